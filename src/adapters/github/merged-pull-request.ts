/** The pull request a pushed commit merged, through `GET /repos/{owner}/{repo}/commits/{sha}/pulls`. */
import type { GitHubClient } from './github-client.js';
import { wrapGitHubError } from './github-error.js';

/** A merged pull request as the registry records it (lead time needs `openedAt`). */
export interface MergedPullRequest {
  readonly number: number;
  readonly openedAt: string | null;
  readonly headSha: string | null;
  readonly author: string | null;
}

/**
 * The merged pull request of a pushed commit: the one whose merge commit is `sha`, else the first merged one
 * associated with it (a fast-forward or rebase merge); undefined when the push merged no pull request.
 */
export async function findMergedPullRequest(client: GitHubClient, at: { owner: string; repo: string; sha: string }): Promise<MergedPullRequest | undefined> {
  let rows;
  try {
    rows = (await client.rest.repos.listPullRequestsAssociatedWithCommit({ owner: at.owner, repo: at.repo, commit_sha: at.sha, per_page: 100 })).data;
  } catch (error) {
    throw wrapGitHubError(error, `list the pull requests of commit ${at.sha}`, 'pull-requests: read');
  }
  const merged = rows.filter((r) => typeof r.merged_at === 'string' && r.merged_at.length > 0);
  const pr = merged.find((r) => r.merge_commit_sha === at.sha) ?? merged[0];
  if (pr === undefined) return undefined;
  const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);
  return { number: pr.number, openedAt: str(pr.created_at), headSha: str(pr.head?.sha), author: str(pr.user?.login) };
}
