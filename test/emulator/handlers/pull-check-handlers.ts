/** Pull requests (read side: get, list, files) and check runs (create, update with appended annotations, list). */
import type { CheckRunRecord, PullRecord, RepoState } from '../emulator-state.js';
import { ApiFailure, type Handler, type HandlerContext, numberParam, ok, paginate, repoApiUrl, repoOf, userJson } from '../handler-kit.js';

/** A pull request as GitHub's `pull-request` schema shapes it (the fields MergeML reads). */
export function pullJson(ctx: HandlerContext, repo: RepoState, p: PullRecord): Record<string, unknown> {
  const issue = repo.issues.get(p.number);
  const [headOwner = repo.owner, headName = repo.name] = p.headRepo.split('/');
  return {
    id: p.number * 104729,
    number: p.number,
    url: `${repoApiUrl(ctx, repo)}/pulls/${p.number}`,
    html_url: `https://github.com/${repo.owner}/${repo.name}/pull/${p.number}`,
    state: issue?.state ?? 'open',
    title: issue?.title ?? '',
    body: issue?.body ?? null,
    user: issue ? userJson(ctx, issue.user) : null,
    head: { ref: p.headRef, sha: p.headSha, label: `${headOwner}:${p.headRef}`, repo: { full_name: `${headOwner}/${headName}`, fork: p.headRepo.toLowerCase() !== `${repo.owner}/${repo.name}`.toLowerCase() } },
    base: { ref: p.baseRef, sha: p.baseSha, label: `${repo.owner}:${p.baseRef}`, repo: { full_name: `${repo.owner}/${repo.name}`, fork: false } },
    created_at: p.createdAt ?? null,
    merged: p.merged !== undefined,
    merged_at: p.merged?.at ?? null,
    merged_by: p.merged ? userJson(ctx, ctx.state.user(p.merged.by)) : null,
    merge_commit_sha: p.merged?.commitSha ?? null,
  };
}

function pullOf(ctx: HandlerContext, repo: RepoState): PullRecord {
  const p = repo.pulls.get(numberParam(ctx, 'pull_number'));
  if (!p) throw new ApiFailure(404, 'Not Found');
  return p;
}

function checkRunJson(ctx: HandlerContext, repo: RepoState, c: CheckRunRecord): Record<string, unknown> {
  return {
    id: c.id,
    name: c.name,
    head_sha: c.headSha,
    status: c.status,
    conclusion: c.conclusion,
    external_id: c.externalId,
    details_url: c.detailsUrl,
    started_at: c.startedAt,
    completed_at: c.completedAt,
    url: `${repoApiUrl(ctx, repo)}/check-runs/${c.id}`,
    html_url: `https://github.com/${repo.owner}/${repo.name}/runs/${c.id}`,
    output: { ...c.output, annotations_count: c.annotations.length, annotations_url: `${repoApiUrl(ctx, repo)}/check-runs/${c.id}/annotations` },
    app: { slug: 'github-actions', name: 'GitHub Actions' },
  };
}

function checkRunOf(ctx: HandlerContext, repo: RepoState): CheckRunRecord {
  const c = repo.checkRuns.get(numberParam(ctx, 'check_run_id'));
  if (!c) throw new ApiFailure(404, 'Not Found');
  return c;
}

/** Applies create/update fields; annotations are appended, as GitHub does across update calls. */
function applyCheckRunFields(ctx: HandlerContext, c: CheckRunRecord): void {
  const b = ctx.body as Record<string, unknown>;
  if (typeof b.name === 'string') c.name = b.name;
  if (typeof b.status === 'string') c.status = b.status;
  if (typeof b.conclusion === 'string') {
    c.conclusion = b.conclusion;
    c.status = 'completed';
  }
  if (c.status === 'completed' && c.conclusion === null) {
    throw new ApiFailure(422, 'Validation Failed', [{ resource: 'CheckRun', code: 'missing_field', field: 'conclusion' }]);
  }
  if (typeof b.external_id === 'string') c.externalId = b.external_id;
  if (typeof b.details_url === 'string') c.detailsUrl = b.details_url;
  if (typeof b.started_at === 'string') c.startedAt = b.started_at;
  if (typeof b.completed_at === 'string') c.completedAt = b.completed_at;
  const output = b.output as { title?: string; summary?: string; text?: string; annotations?: Record<string, unknown>[] } | undefined;
  if (output) {
    c.output = { title: output.title ?? c.output.title, summary: output.summary ?? c.output.summary, text: output.text ?? c.output.text };
    c.annotations.push(...(output.annotations ?? []));
  }
}

export const pullCheckHandlers: Record<string, Handler> = {
  'pulls/get': (ctx) => {
    const repo = repoOf(ctx);
    return ok(pullJson(ctx, repo, pullOf(ctx, repo)));
  },
  'pulls/list': (ctx) => {
    const repo = repoOf(ctx);
    const state = ctx.query.get('state') ?? 'open';
    const head = ctx.query.get('head');
    const pulls = [...repo.pulls.values()]
      .filter((p) => state === 'all' || (repo.issues.get(p.number)?.state ?? 'open') === state)
      .filter((p) => !head || `${p.headRepo.split('/')[0]}:${p.headRef}` === head)
      .sort((a, b) => b.number - a.number);
    return paginate(ctx, pulls.map((p) => pullJson(ctx, repo, p)));
  },
  'pulls/list-files': (ctx) => {
    const repo = repoOf(ctx);
    return paginate(ctx, pullOf(ctx, repo).files);
  },
  'checks/create': (ctx) => {
    const repo = repoOf(ctx);
    const c: CheckRunRecord = {
      id: ctx.state.id(),
      name: String(ctx.body.name),
      headSha: String(ctx.body.head_sha),
      status: 'queued',
      conclusion: null,
      externalId: null,
      detailsUrl: null,
      startedAt: ctx.state.now(),
      completedAt: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
    };
    if (!/^[0-9a-f]{40}$/.test(c.headSha)) throw new ApiFailure(422, 'Validation Failed', [{ resource: 'CheckRun', code: 'invalid', field: 'head_sha' }]);
    applyCheckRunFields(ctx, c);
    repo.checkRuns.set(c.id, c);
    return ok(checkRunJson(ctx, repo, c), 201);
  },
  'checks/update': (ctx) => {
    const repo = repoOf(ctx);
    const c = checkRunOf(ctx, repo);
    applyCheckRunFields(ctx, c);
    return ok(checkRunJson(ctx, repo, c));
  },
  'checks/get': (ctx) => {
    const repo = repoOf(ctx);
    return ok(checkRunJson(ctx, repo, checkRunOf(ctx, repo)));
  },
  'checks/list-annotations': (ctx) => {
    const repo = repoOf(ctx);
    return paginate(ctx, checkRunOf(ctx, repo).annotations);
  },
  'checks/list-for-ref': (ctx) => {
    const repo = repoOf(ctx);
    const ref = ctx.params.ref ?? '';
    const sha = /^[0-9a-f]{40}$/.test(ref) ? ref : repo.refs.get(ref.startsWith('refs/') ? ref : `refs/heads/${ref}`) ?? '';
    const name = ctx.query.get('check_name');
    const status = ctx.query.get('status');
    const runs = [...repo.checkRuns.values()]
      .filter((c) => c.headSha === sha && (!name || c.name === name) && (!status || c.status === status))
      .sort((a, b) => b.id - a.id);
    const json = runs.map((c) => checkRunJson(ctx, repo, c));
    return paginate(ctx, json, (page) => ({ total_count: json.length, check_runs: page }));
  },
};
