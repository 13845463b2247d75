/**
 * Promote on merge: re-verify the merged pull request's evidence, register the next version with `staging`
 * in one atomic push, then create the release with assets and comment on the pull request. Each step is
 * idempotent, so a job that crashed anywhere is completed by running it again.
 */
import type { GitHubClient } from '../adapters/github/github-client.js';
import { wrapGitHubError } from '../adapters/github/github-error.js';
import { InternalError } from '../core/errors.js';
import { publishRelease } from './registry-release.js';
import { registerVersion, type RegisterRequest, type RegisterResult } from './registry-register.js';
import type { RegistryPorts } from './registry-ports.js';

export interface PromoteOnMergeRequest extends RegisterRequest {
  readonly github?: { readonly client: GitHubClient; readonly owner: string; readonly repo: string; readonly botLogin: string };
}

export interface PromoteOnMergeResult extends RegisterResult {
  readonly release: { readonly id: number; readonly assets: readonly string[]; readonly commentUrl: string | null } | null;
}

/** Fills what the caller did not pass (opened time, author, head) from `pulls.get`: lead time needs `openedAt`. */
async function completePullRequest(request: PromoteOnMergeRequest): Promise<PromoteOnMergeRequest> {
  const pr = request.pullRequest;
  if (request.github === undefined || pr === undefined || (pr.openedAt !== null && pr.headSha !== null && pr.author)) return request;
  const { client, owner, repo } = request.github;
  let data: { created_at?: unknown; user?: { login?: unknown } | null; head?: { sha?: unknown }; merged_by?: { login?: unknown } | null; merged_at?: unknown };
  try {
    data = (await client.rest.pulls.get({ owner, repo, pull_number: pr.number })).data as typeof data;
  } catch (error) {
    throw wrapGitHubError(error, `read pull request #${pr.number}`, 'pull-requests: read');
  }
  const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);
  return {
    ...request,
    pullRequest: {
      ...pr,
      openedAt: pr.openedAt ?? str(data.created_at),
      headSha: pr.headSha ?? str(data.head?.sha),
      author: pr.author ?? str(data.user?.login),
      mergedBy: pr.mergedBy ?? str(data.merged_by?.login),
      mergedAt: pr.mergedAt ?? str(data.merged_at),
    },
  };
}

export async function promoteOnMerge(ports: RegistryPorts, given: PromoteOnMergeRequest): Promise<PromoteOnMergeResult> {
  const request = await completePullRequest(given);
  const registered = await registerVersion(ports, request);
  if (request.github === undefined) return { ...registered, release: null };
  const { client, owner, repo, botLogin } = request.github;
  const versionTag = (await ports.git.listTags()).find((t) => t.name === registered.tags[0]);
  if (versionTag === undefined) throw new InternalError(`tag ${registered.tags[0]} was published but is not in this clone`);
  const rel = await publishRelease(client, {
    versionTag: { commit: versionTag.commit, message: versionTag.message },
    owner, repo, manifest: registered.manifest, modelCard: registered.modelCard, artifactDir: request.evidence.artifactDir, stage: registered.stage, botLogin,
    ...(request.pullRequest ? { pullRequest: request.pullRequest.number } : {}),
  });
  ports.afterStep?.('released');
  ports.afterStep?.('commented');
  return { ...registered, release: { id: rel.releaseId, assets: rel.assets, commentUrl: rel.commentUrl } };
}
