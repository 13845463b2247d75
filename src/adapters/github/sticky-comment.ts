/**
 * One sticky comment per (model, workflow) on a pull request: found by its hidden marker AND the bot's
 * login over every page of comments, updated in place, never duplicated. A create whose outcome is unknown
 * (5xx, dropped connection) is followed by a fresh lookup before anything is created again; duplicates
 * left by an earlier race are deleted, keeping the oldest.
 */
import { InternalError } from '../../core/errors.js';
import type { GitHubClient } from './github-client.js';
import { mayHaveBeenApplied, wrapGitHubError } from './github-error.js';

/** GitHub rejects comment bodies over this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;
const PERMISSION = 'pull-requests: write';

export interface PullRequestRef {
  readonly owner: string;
  readonly repo: string;
  readonly issueNumber: number;
}

export interface StickyComment {
  readonly marker: string;
  readonly body: string;
  readonly botLogin: string;
}

export interface StickyCommentResult {
  readonly action: 'created' | 'updated' | 'unchanged';
  readonly commentId: number;
  readonly url: string;
  readonly deletedDuplicates: number;
}

interface FoundComment {
  readonly id: number;
  readonly body: string;
  readonly url: string;
}

/** Every comment on the PR written by `botLogin` that carries `marker`, oldest first. */
export async function findStickyComments(client: GitHubClient, pr: PullRequestRef, marker: string, botLogin: string): Promise<FoundComment[]> {
  try {
    const comments = await client.paginate(client.rest.issues.listComments, { owner: pr.owner, repo: pr.repo, issue_number: pr.issueNumber, per_page: 100 });
    return comments
      .filter((c) => c.user?.login === botLogin && (c.body ?? '').includes(marker))
      .sort((a, b) => a.id - b.id)
      .map((c) => ({ id: c.id, body: c.body ?? '', url: c.html_url }));
  } catch (error) {
    throw wrapGitHubError(error, `list the comments of #${pr.issueNumber}`, PERMISSION);
  }
}

async function update(client: GitHubClient, pr: PullRequestRef, found: FoundComment, body: string): Promise<StickyCommentResult['action']> {
  if (found.body === body) return 'unchanged';
  try {
    // PATCH with the full body is idempotent, so the retry plugin may repeat it safely.
    await client.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: found.id, body });
    return 'updated';
  } catch (error) {
    throw wrapGitHubError(error, `update comment ${found.id}`, PERMISSION);
  }
}

/** Creates or updates the sticky comment; `attempts` bounds creates whose outcome was unknown. */
export async function upsertStickyComment(client: GitHubClient, pr: PullRequestRef, comment: StickyComment, attempts = 3): Promise<StickyCommentResult> {
  const { marker, botLogin } = comment;
  const body = comment.body.includes(marker) ? comment.body : `${marker}\n${comment.body}`;
  if (body.length > GITHUB_COMMENT_LIMIT) throw new InternalError(`comment body has ${body.length} characters; GitHub accepts at most ${GITHUB_COMMENT_LIMIT}`);
  let triedCreate = false;
  for (let attempt = 1; ; attempt++) {
    const found = await findStickyComments(client, pr, marker, botLogin);
    const [keep, ...duplicates] = found;
    if (keep) {
      for (const dup of duplicates) {
        try {
          await client.rest.issues.deleteComment({ owner: pr.owner, repo: pr.repo, comment_id: dup.id });
        } catch (error) {
          throw wrapGitHubError(error, `delete duplicate comment ${dup.id}`, PERMISSION);
        }
      }
      const updated = await update(client, pr, keep, body);
      // Found after a create whose response was lost: that create is what happened.
      const action = triedCreate && updated === 'unchanged' ? 'created' : updated;
      return { action, commentId: keep.id, url: keep.url, deletedDuplicates: duplicates.length };
    }
    triedCreate = true;
    try {
      // No automatic retry: a 5xx or a dropped connection may hide a comment that was created.
      const { data } = await client.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.issueNumber, body, request: { retries: 0 } });
      return { action: 'created', commentId: data.id, url: data.html_url, deletedDuplicates: 0 };
    } catch (error) {
      if (!mayHaveBeenApplied(error) || attempt >= attempts) throw wrapGitHubError(error, `comment on #${pr.issueNumber}`, PERMISSION);
    }
  }
}
