/** The files a pull request changes, through the REST API (paginated; renames count under both names). */
import type { GitHubClient } from './github-client.js';
import { wrapGitHubError } from './github-error.js';

/** GitHub lists at most this many files of a pull request; a list that long may be incomplete. */
export const PULL_FILES_LIMIT = 3000;

/** Changed paths of a pull request, and whether GitHub's listing was cut at its limit. */
export async function listPullRequestFiles(client: GitHubClient, at: { owner: string; repo: string; pullNumber: number }): Promise<{ files: string[]; truncated: boolean }> {
  try {
    const rows = await client.paginate(client.rest.pulls.listFiles, { owner: at.owner, repo: at.repo, pull_number: at.pullNumber, per_page: 100 });
    const files = rows.flatMap((r) => (r.previous_filename ? [r.filename, r.previous_filename] : [r.filename]));
    return { files, truncated: rows.length >= PULL_FILES_LIMIT };
  } catch (error) {
    throw wrapGitHubError(error, `list the files of pull request #${at.pullNumber}`, 'pull-requests: read');
  }
}
