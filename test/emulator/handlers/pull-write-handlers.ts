/**
 * Pull requests, write side and commit lookups: `pulls/create` (from branches the emulator knows through its
 * refs, as a push would have set them) and `repos/list-pull-requests-associated-with-commit`.
 */
import type { PullRecord } from '../emulator-state.js';
import { ApiFailure, type Handler, ok, paginate, repoOf } from '../handler-kit.js';
import { addIssue, MAX_BODY_CHARS } from './issue-handlers.js';
import { pullJson } from './pull-check-handlers.js';

const invalid = (field: string) => new ApiFailure(422, 'Validation Failed', [{ resource: 'PullRequest', field, code: 'invalid' }]);
const custom = (message: string) => new ApiFailure(422, 'Validation Failed', [{ resource: 'PullRequest', code: 'custom', message }]);

export const pullWriteHandlers: Record<string, Handler> = {
  'pulls/create': (ctx) => {
    const repo = repoOf(ctx);
    const b = ctx.body as { title?: string; head: string; head_repo?: string; base: string; body?: string; issue?: number };
    // Converting an issue is not something MergeML does; the title is then required, as GitHub requires it.
    if (b.title === undefined) throw new ApiFailure(422, 'Validation Failed', [{ resource: 'PullRequest', field: 'title', code: 'missing_field' }]);
    if (b.body !== undefined && b.body.length > MAX_BODY_CHARS) throw new ApiFailure(422, 'Validation Failed', [{ resource: 'Issue', field: 'body', code: 'custom', message: `body is too long (maximum is ${MAX_BODY_CHARS} characters)` }]);
    const [owner, branch] = b.head.includes(':') ? (b.head.split(':', 2) as [string, string]) : [repo.owner, b.head];
    // Only same-repository heads: the emulator holds one repository's refs, not a fork network.
    if (owner.toLowerCase() !== repo.owner.toLowerCase()) throw invalid('head');
    const headSha = repo.refs.get(`refs/heads/${branch}`);
    if (headSha === undefined) throw invalid('head');
    const baseSha = repo.refs.get(`refs/heads/${b.base}`);
    if (baseSha === undefined) throw invalid('base');
    if (headSha === baseSha || ctx.state.isAncestor(repo, headSha, baseSha)) throw custom(`No commits between ${b.base} and ${branch}`);
    const open = [...repo.pulls.values()].find((p) => p.headRef === branch && p.baseRef === b.base && p.merged === undefined && repo.issues.get(p.number)?.state === 'open');
    if (open) throw custom(`A pull request already exists for ${repo.owner}:${branch}.`);
    const issue = addIssue(ctx, repo, { title: b.title, body: b.body ?? null, user: ctx.identity.user, isPullRequest: true });
    const pull: PullRecord = { number: issue.number, headSha, headRef: branch, headRepo: `${repo.owner}/${repo.name}`, baseRef: b.base, baseSha, files: [], createdAt: ctx.state.now() };
    repo.pulls.set(pull.number, pull);
    return ok(pullJson(ctx, repo, pull), 201);
  },
  'repos/list-pull-requests-associated-with-commit': (ctx) => {
    const repo = repoOf(ctx);
    const sha = ctx.params.commit_sha ?? '';
    const pulls = [...repo.pulls.values()].filter((p) => p.headSha === sha || p.merged?.commitSha === sha).sort((a, b) => b.number - a.number);
    return paginate(ctx, pulls.map((p) => pullJson(ctx, repo, p)));
  },
};
