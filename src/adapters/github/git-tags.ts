/**
 * Idempotent tags: a tag that already points at the wanted commit is success, a tag at another commit is
 * an error (tags are never moved), and a create whose response was lost is checked before trying again.
 * Annotated tags create the tag object first (an unreferenced extra object is harmless).
 */
import { InputError } from '../../core/errors.js';
import type { GitHubClient } from './github-client.js';
import { mayHaveBeenApplied, statusOf, wrapGitHubError } from './github-error.js';

const PERMISSION = 'contents: write';

export interface TagRequest {
  readonly owner: string;
  readonly repo: string;
  /** Tag name without `refs/tags/`. */
  readonly tag: string;
  /** The commit the tag must point at. */
  readonly sha: string;
  /** When set, an annotated tag with this message; otherwise a lightweight tag. */
  readonly message?: string;
}

export interface TagResult {
  readonly action: 'created' | 'exists';
  readonly ref: string;
}

/** The commit a tag points at (peeling one annotated tag object), or undefined when there is no tag. */
export async function tagCommit(client: GitHubClient, owner: string, repo: string, tag: string): Promise<string | undefined> {
  try {
    const { data } = await client.rest.git.getRef({ owner, repo, ref: `tags/${tag}` });
    if (data.object.type !== 'tag') return data.object.sha;
    const { data: tagObject } = await client.rest.git.getTag({ owner, repo, tag_sha: data.object.sha });
    return tagObject.object.sha;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw wrapGitHubError(error, `read tag ${tag}`, PERMISSION);
  }
}

/** Creates `refs/tags/<tag>` at `sha` unless it already exists there. */
export async function ensureTag(client: GitHubClient, request: TagRequest, attempts = 3): Promise<TagResult> {
  const { owner, repo, tag, sha } = request;
  const ref = `refs/tags/${tag}`;
  for (let attempt = 1; ; attempt++) {
    const current = await tagCommit(client, owner, repo, tag);
    if (current === sha) return { action: attempt > 1 ? 'created' : 'exists', ref };
    if (current !== undefined) {
      throw new InputError(`tag ${tag} already exists at another commit`, [{ file: ref, message: `points at ${current}`, expected: `${sha} (tags are never moved)` }]);
    }
    try {
      let target = sha;
      if (request.message !== undefined) {
        const { data } = await client.rest.git.createTag({ owner, repo, tag, message: request.message, object: sha, type: 'commit' });
        target = data.sha;
      }
      await client.rest.git.createRef({ owner, repo, ref, sha: target, request: { retries: 0 } });
      return { action: 'created', ref };
    } catch (error) {
      // 422 "Reference already exists": someone (or our lost first attempt) won the race; look again.
      const retry = mayHaveBeenApplied(error) || statusOf(error) === 422;
      if (!retry || attempt >= attempts) throw wrapGitHubError(error, `create tag ${tag}`, PERMISSION);
    }
  }
}
