/** Issues and issue comments (pull request conversation comments are issue comments). */
import type { CommentRecord, IssueRecord, RepoState } from '../emulator-state.js';
import { ApiFailure, type Handler, type HandlerContext, numberParam, ok, paginate, repoApiUrl, repoOf, userJson } from '../handler-kit.js';

/** GitHub rejects comment and issue bodies longer than this with 422. */
export const MAX_BODY_CHARS = 65536;

function checkBodyLength(body: unknown, resource: string): void {
  // GitHub counts characters; JS string length counts UTF-16 units, which matches its behaviour for BMP text.
  if (typeof body === 'string' && body.length > MAX_BODY_CHARS) {
    throw new ApiFailure(422, 'Validation Failed', [
      { resource, code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_BODY_CHARS} characters)` },
    ]);
  }
}

function commentJson(ctx: HandlerContext, repo: RepoState, c: CommentRecord): Record<string, unknown> {
  const base = repoApiUrl(ctx, repo);
  return {
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${base}/issues/comments/${c.id}`,
    html_url: `https://github.com/${repo.owner}/${repo.name}/issues/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${base}/issues/${c.issueNumber}`,
    body: c.body,
    user: userJson(ctx, c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: 'NONE',
  };
}

function issueJson(ctx: HandlerContext, repo: RepoState, i: IssueRecord): Record<string, unknown> {
  const base = repoApiUrl(ctx, repo);
  return {
    id: i.number * 7919,
    node_id: `I_${i.number}`,
    number: i.number,
    url: `${base}/issues/${i.number}`,
    html_url: `https://github.com/${repo.owner}/${repo.name}/issues/${i.number}`,
    title: i.title,
    body: i.body,
    state: i.state,
    labels: i.labels.map((name) => ({ name })),
    user: userJson(ctx, i.user),
    comments: [...repo.comments.values()].filter((c) => c.issueNumber === i.number).length,
    ...(i.isPullRequest ? { pull_request: { url: `${base}/pulls/${i.number}` } } : {}),
  };
}

function issueOf(ctx: HandlerContext, repo: RepoState): IssueRecord {
  const issue = repo.issues.get(numberParam(ctx, 'issue_number'));
  if (!issue) throw new ApiFailure(404, 'Not Found');
  return issue;
}

function commentOf(ctx: HandlerContext, repo: RepoState): CommentRecord {
  const comment = repo.comments.get(numberParam(ctx, 'comment_id'));
  if (!comment) throw new ApiFailure(404, 'Not Found');
  return comment;
}

/** Creates an issue (or the issue half of a pull request) with the next number. */
export function addIssue(ctx: Pick<HandlerContext, 'state'>, repo: RepoState, fields: Partial<IssueRecord> & { title: string; user: IssueRecord['user'] }): IssueRecord {
  const number = Math.max(0, ...repo.issues.keys()) + 1;
  const issue: IssueRecord = { number, body: null, state: 'open', labels: [], isPullRequest: false, ...fields };
  repo.issues.set(number, issue);
  return issue;
}

export const issueHandlers: Record<string, Handler> = {
  'issues/list-comments': (ctx) => {
    const repo = repoOf(ctx);
    const issue = issueOf(ctx, repo);
    const comments = [...repo.comments.values()].filter((c) => c.issueNumber === issue.number).sort((a, b) => a.id - b.id);
    return paginate(ctx, comments.map((c) => commentJson(ctx, repo, c)));
  },
  'issues/create-comment': (ctx) => {
    const repo = repoOf(ctx);
    const issue = issueOf(ctx, repo);
    checkBodyLength(ctx.body.body, 'IssueComment');
    const at = ctx.state.now();
    const c: CommentRecord = { id: ctx.state.id(), issueNumber: issue.number, body: ctx.body.body, user: ctx.identity.user, createdAt: at, updatedAt: at };
    repo.comments.set(c.id, c);
    return ok(commentJson(ctx, repo, c), 201);
  },
  'issues/get-comment': (ctx) => {
    const repo = repoOf(ctx);
    return ok(commentJson(ctx, repo, commentOf(ctx, repo)));
  },
  'issues/update-comment': (ctx) => {
    const repo = repoOf(ctx);
    const c = commentOf(ctx, repo);
    checkBodyLength(ctx.body.body, 'IssueComment');
    if (c.user.login !== ctx.identity.user.login) throw new ApiFailure(403, 'Must have admin rights to Repository.');
    c.body = ctx.body.body;
    c.updatedAt = ctx.state.now();
    return ok(commentJson(ctx, repo, c));
  },
  'issues/delete-comment': (ctx) => {
    const repo = repoOf(ctx);
    const c = commentOf(ctx, repo);
    repo.comments.delete(c.id);
    return { status: 204 };
  },
  'issues/create': (ctx) => {
    const repo = repoOf(ctx);
    checkBodyLength(ctx.body.body, 'Issue');
    const labels = ((ctx.body.labels ?? []) as (string | { name?: string })[]).map((l) => (typeof l === 'string' ? l : l.name ?? ''));
    const issue = addIssue(ctx, repo, { title: String(ctx.body.title), body: ctx.body.body ?? null, labels, user: ctx.identity.user });
    return ok(issueJson(ctx, repo, issue), 201);
  },
  'issues/get': (ctx) => {
    const repo = repoOf(ctx);
    return ok(issueJson(ctx, repo, issueOf(ctx, repo)));
  },
  'issues/update': (ctx) => {
    const repo = repoOf(ctx);
    const issue = issueOf(ctx, repo);
    checkBodyLength(ctx.body.body, 'Issue');
    if (ctx.body.title !== undefined && ctx.body.title !== null) issue.title = String(ctx.body.title);
    if (ctx.body.body !== undefined) issue.body = ctx.body.body;
    if (ctx.body.state === 'open' || ctx.body.state === 'closed') issue.state = ctx.body.state;
    if (Array.isArray(ctx.body.labels)) issue.labels = (ctx.body.labels as (string | { name?: string })[]).map((l) => (typeof l === 'string' ? l : l.name ?? ''));
    return ok(issueJson(ctx, repo, issue));
  },
  'issues/list-for-repo': (ctx) => {
    const repo = repoOf(ctx);
    const state = ctx.query.get('state') ?? 'open';
    const labels = (ctx.query.get('labels') ?? '').split(',').filter(Boolean);
    const issues = [...repo.issues.values()]
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => labels.every((l) => i.labels.includes(l)))
      .sort((a, b) => b.number - a.number);
    return paginate(ctx, issues.map((i) => issueJson(ctx, repo, i)));
  },
};
