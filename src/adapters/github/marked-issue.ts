/**
 * One issue per (model, purpose), found by a hidden marker and the bot's authorship among open issues
 * (paginated), then updated in place; the drift monitor's issue. A pull request for retraining is found by
 * its head branch before one is created, so a re-run never opens a second one.
 */
import type { GitHubClient } from './github-client.js';
import { wrapGitHubError } from './github-error.js';

export interface MarkedIssue {
  readonly marker: string;
  readonly title: string;
  readonly body: string;
  readonly labels: readonly string[];
  readonly botLogin: string;
}

export interface IssueOutcome {
  readonly number: number | null;
  readonly action: 'created' | 'updated' | 'closed' | 'none';
  readonly url: string | null;
}

type Repo = { readonly owner: string; readonly repo: string };

async function findOpen(client: GitHubClient, at: Repo, marker: string, botLogin: string) {
  const issues = await client.paginate(client.rest.issues.listForRepo, { ...at, state: 'open', per_page: 100 });
  return issues.find((i) => !i.pull_request && i.user?.login === botLogin && (i.body ?? '').includes(marker));
}

/** Opens the marked issue or updates the open one; `open: false` closes an open one (the condition cleared). */
export async function upsertMarkedIssue(client: GitHubClient, at: Repo, issue: MarkedIssue, open: boolean): Promise<IssueOutcome> {
  const body = `${issue.marker}\n${issue.body}`;
  try {
    const existing = await findOpen(client, at, issue.marker, issue.botLogin);
    if (existing && !open) {
      const { data } = await client.rest.issues.update({ ...at, issue_number: existing.number, body, state: 'closed', state_reason: 'completed' });
      return { number: data.number, action: 'closed', url: data.html_url };
    }
    if (existing) {
      const { data } = await client.rest.issues.update({ ...at, issue_number: existing.number, title: issue.title, body });
      return { number: data.number, action: 'updated', url: data.html_url };
    }
    if (!open) return { number: null, action: 'none', url: null };
    const { data } = await client.rest.issues.create({ ...at, title: issue.title, body, labels: [...issue.labels], request: { retries: 0 } });
    return { number: data.number, action: 'created', url: data.html_url };
  } catch (error) {
    throw wrapGitHubError(error, `open or update the issue ${issue.title}`, 'issues: write');
  }
}

/** Returns the open pull request from `head` into `base`, creating it when there is none. */
export async function ensurePullRequest(client: GitHubClient, at: Repo, pr: { head: string; base: string; title: string; body: string }): Promise<{ number: number; action: 'created' | 'exists'; url: string }> {
  try {
    const open = await client.paginate(client.rest.pulls.list, { ...at, state: 'open', head: `${at.owner}:${pr.head}`, base: pr.base, per_page: 100 });
    const found = open.find((p) => p.head.ref === pr.head);
    if (found) return { number: found.number, action: 'exists', url: found.html_url };
    const { data } = await client.rest.pulls.create({ ...at, head: pr.head, base: pr.base, title: pr.title, body: pr.body, request: { retries: 0 } });
    return { number: data.number, action: 'created', url: data.html_url };
  } catch (error) {
    throw wrapGitHubError(error, `open the pull request from ${pr.head}`, 'pull-requests: write');
  }
}
