/** Repository metadata, users, rate limit, deployments, environments, workflow runs and their artifacts. */
import type { WorkflowRunRecord } from '../emulator-state.js';
import { ApiFailure, type Handler, type HandlerContext, numberParam, ok, paginate, repoApiUrl, repoOf, userJson } from '../handler-kit.js';

function runJson(ctx: HandlerContext, run: WorkflowRunRecord): Record<string, unknown> {
  const repo = repoOf(ctx);
  return {
    id: run.id,
    name: run.name,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    head_sha: run.headSha,
    head_branch: run.headBranch,
    head_repository: { full_name: run.headRepository },
    repository: { full_name: `${repo.owner}/${repo.name}` },
    pull_requests: run.pullRequests.map((n) => ({ number: n, url: `${repoApiUrl(ctx, repo)}/pulls/${n}` })),
    html_url: `https://github.com/${repo.owner}/${repo.name}/actions/runs/${run.id}`,
  };
}

export const platformHandlers: Record<string, Handler> = {
  'repos/get': (ctx) => {
    const repo = repoOf(ctx);
    return ok({
      id: repo.id,
      name: repo.name,
      full_name: `${repo.owner}/${repo.name}`,
      owner: userJson(ctx, ctx.state.user(repo.owner)),
      private: repo.private,
      default_branch: repo.defaultBranch,
      url: repoApiUrl(ctx, repo),
      html_url: `https://github.com/${repo.owner}/${repo.name}`,
    });
  },
  'users/get-authenticated': (ctx) => {
    if (!ctx.identity.canReadAuthenticatedUser) throw new ApiFailure(403, 'Resource not accessible by integration');
    return ok(userJson(ctx, ctx.identity.user));
  },
  'users/get-by-username': (ctx) => {
    const user = ctx.state.users.get(ctx.params.username ?? '');
    if (!user) throw new ApiFailure(404, 'Not Found');
    return ok(userJson(ctx, user));
  },
  'rate-limit/get': () => {
    const core = { limit: 1000, used: 0, remaining: 1000, reset: 1767225600 };
    return ok({ resources: { core }, rate: core });
  },
  'repos/create-deployment': (ctx) => {
    const repo = repoOf(ctx);
    const id = ctx.state.id();
    const d = {
      id,
      ref: ctx.body.ref,
      sha: ctx.body.ref,
      task: ctx.body.task ?? 'deploy',
      environment: ctx.body.environment ?? 'production',
      description: ctx.body.description ?? null,
      payload: ctx.body.payload ?? {},
      created_at: ctx.state.now(),
      url: `${repoApiUrl(ctx, repo)}/deployments/${id}`,
    };
    repo.deployments.set(id, d);
    return ok(d, 201);
  },
  'repos/list-deployments': (ctx) => {
    const repo = repoOf(ctx);
    const env = ctx.query.get('environment');
    const list = [...repo.deployments.values()].filter((d) => !env || d.environment === env).reverse();
    return paginate(ctx, list);
  },
  'repos/get-deployment': (ctx) => {
    const d = repoOf(ctx).deployments.get(numberParam(ctx, 'deployment_id'));
    if (!d) throw new ApiFailure(404, 'Not Found');
    return ok(d);
  },
  'repos/create-deployment-status': (ctx) => {
    const repo = repoOf(ctx);
    const id = numberParam(ctx, 'deployment_id');
    if (!repo.deployments.has(id)) throw new ApiFailure(404, 'Not Found');
    const s = { id: ctx.state.id(), state: ctx.body.state, description: ctx.body.description ?? '', environment_url: ctx.body.environment_url ?? '', created_at: ctx.state.now() };
    repo.deploymentStatuses.set(id, [...(repo.deploymentStatuses.get(id) ?? []), s]);
    return ok(s, 201);
  },
  'repos/list-deployment-statuses': (ctx) => {
    const repo = repoOf(ctx);
    return paginate(ctx, [...(repo.deploymentStatuses.get(numberParam(ctx, 'deployment_id')) ?? [])].reverse());
  },
  'repos/get-environment': (ctx) => {
    const env = repoOf(ctx).environments.get(ctx.params.environment_name ?? '');
    if (!env) throw new ApiFailure(404, 'Not Found');
    return ok(env);
  },
  'repos/get-all-environments': (ctx) => {
    const envs = [...repoOf(ctx).environments.values()];
    return ok({ total_count: envs.length, environments: envs });
  },
  'repos/create-or-update-environment': (ctx) => {
    const repo = repoOf(ctx);
    const name = ctx.params.environment_name ?? '';
    const env = { id: repo.environments.get(name)?.id ?? ctx.state.id(), name, protection_rules: [], ...(ctx.body ?? {}) };
    repo.environments.set(name, env);
    return ok(env);
  },
  'actions/get-workflow-run': (ctx) => {
    const run = repoOf(ctx).workflowRuns.get(numberParam(ctx, 'run_id'));
    if (!run) throw new ApiFailure(404, 'Not Found');
    return ok(runJson(ctx, run));
  },
  'actions/list-workflow-run-artifacts': (ctx) => {
    const repo = repoOf(ctx);
    const runId = numberParam(ctx, 'run_id');
    const name = ctx.query.get('name');
    const list = [...repo.artifacts.values()]
      .filter((a) => a.runId === runId && (!name || a.name === name))
      .map((a) => ({ id: a.id, name: a.name, size_in_bytes: a.data.length, expired: false, workflow_run: { id: a.runId } }));
    return paginate(ctx, list, (page) => ({ total_count: list.length, artifacts: page }));
  },
  'actions/get-artifact': (ctx) => {
    const a = repoOf(ctx).artifacts.get(numberParam(ctx, 'artifact_id'));
    if (!a) throw new ApiFailure(404, 'Not Found');
    return ok({ id: a.id, name: a.name, size_in_bytes: a.data.length, expired: false, workflow_run: { id: a.runId } });
  },
  // GitHub answers with a redirect to blob storage; the emulator serves the stored zip bytes itself.
  'actions/download-artifact': (ctx) => {
    const a = repoOf(ctx).artifacts.get(numberParam(ctx, 'artifact_id'));
    if (!a) throw new ApiFailure(404, 'Not Found');
    return { status: 200, body: a.data, headers: { 'content-type': 'application/zip' } };
  },
};
