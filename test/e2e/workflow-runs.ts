/**
 * Plays the jobs of the reusable workflows (reusable/*.yml) for the end-to-end test, in their order: each
 * job gets a fresh runner workspace (a clone of the bare remote, as actions/checkout makes it), each
 * MergeML step runs the committed action bundle through the runner protocol (test/actions/run-action.ts),
 * and artifacts travel between jobs through a folder, as upload-artifact / download-artifact move them.
 * Pushes made by the actions reach the emulator through the remote's post-receive hook (mirrorOnPush).
 * The `run:` steps of the workflows (the changed-files diff of promote, the retraining branch preparation
 * and push of monitor) are done here with the same git commands.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_TOKEN, type GitHubEmulator } from '../emulator/github-emulator.js';
import { runActionBundle, type ActionRun } from '../actions/run-action.js';
import { pushAndMirror } from './remote-mirror.js';
import { checkout, download, emptyWorkspace, type RunnerHost, upload } from './runner-workspace.js';

export interface Life extends RunnerHost {
  readonly gh: GitHubEmulator;
  /** `owner/name` in the emulator. */
  readonly repository: string;
  /** The project file, repository-relative (the `config` input of the workflows). */
  readonly config: string;
}

let runs = 100;

interface StepContext {
  readonly workspace: string;
  readonly eventName: string;
  readonly event: unknown;
  readonly sha: string;
  readonly ref: string;
  readonly runId: number;
  readonly actor?: string;
}

/** One `uses: ./.mergeml/actions/<name>` step; a non-zero exit fails the job (and the test, with the log). */
async function step(life: Life, action: string, s: StepContext, inputs: Record<string, string>): Promise<ActionRun> {
  const run = await runActionBundle(action, {
    workspace: s.workspace,
    eventName: s.eventName,
    event: s.event,
    apiUrl: life.gh.url,
    token: DEFAULT_TOKEN,
    inputs,
    env: { ...life.sb.env, GITHUB_REPOSITORY: life.repository, GITHUB_SHA: s.sha, GITHUB_REF: s.ref, GITHUB_RUN_ID: String(s.runId), GITHUB_ACTOR: s.actor ?? 'github-actions[bot]' },
  });
  if (run.status !== 0) throw new Error(`step ${action} exited ${run.status}\n--- stdout\n${run.stdout.slice(-4000)}\n--- stderr\n${run.stderr.slice(-4000)}`);
  return run;
}

async function api(life: Life, path: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${life.gh.url}${path}`, { headers: { authorization: `token ${DEFAULT_TOKEN}` } });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}

/** The `repository` object of webhook payloads, as the emulator describes the repository. */
const repositoryPayload = (life: Life) => api(life, `/repos/${life.repository}`);

type Matrix = { include: { model: string; config: string }[] };

export interface PullRequestRun {
  readonly runId: number;
  readonly headSha: string;
  readonly headRef: string;
  readonly pullRequest: number;
  readonly matrix: Matrix;
  readonly steps: Readonly<Record<string, ActionRun>>;
}

/** reusable/mergeml-pr.yml on a `pull_request` event: plan → validate → train, evaluate, gate → results. */
export async function runPullRequestWorkflow(life: Life, pullNumber: number, action: 'opened' | 'synchronize'): Promise<PullRequestRun> {
  const runId = ++runs;
  const pr = await api(life, `/repos/${life.repository}/pulls/${pullNumber}`);
  const head = pr['head'] as { sha: string; ref: string };
  const event = { action, number: pullNumber, pull_request: pr, repository: await repositoryPayload(life), sender: pr['user'] };
  const at = (workspace: string): StepContext => ({ workspace, eventName: 'pull_request', event, sha: head.sha, ref: `refs/pull/${pullNumber}/merge`, runId });
  const steps: Record<string, ActionRun> = {};

  const planWs = checkout(life, 'plan', head.sha);
  steps['plan'] = await step(life, 'plan', at(planWs), { config: life.config, 'global-paths': '', 'github-token': DEFAULT_TOKEN });
  upload(life, runId, 'mergeml-plan', join(planWs, 'mergeml-results/plan.json'));
  const matrix = JSON.parse(steps['plan'].outputs['matrix'] ?? '{"include":[]}') as Matrix;

  if (steps['plan'].outputs['any'] === 'true') {
    for (const m of matrix.include) {
      const ws = checkout(life, `validate-${m.model}`, head.sha);
      steps[`validate/${m.model}`] = await step(life, 'validate', at(ws), { config: m.config, model: m.model });
      upload(life, runId, `mergeml-validate-${m.model}`, join(ws, 'mergeml-results'));
    }
    for (const m of matrix.include) {
      const ws = checkout(life, `train-${m.model}`, head.sha);
      steps[`train/${m.model}`] = await step(life, 'train', at(ws), { config: m.config, model: m.model, out: `mergeml-models/${m.model}` });
      const evaluate = await step(life, 'evaluate', at(ws), { config: m.config, model: m.model, challenger: `mergeml-models/${m.model}`, champion: '' });
      steps[`evaluate/${m.model}`] = evaluate;
      if (evaluate.outputs['metrics']) {
        steps[`gate/${m.model}`] = await step(life, 'gate', at(ws), { config: m.config, model: m.model, metrics: evaluate.outputs['metrics'], comparison: evaluate.outputs['comparison'] ?? '' });
      }
      upload(life, runId, `mergeml-evaluate-${m.model}`, join(ws, 'mergeml-results'));
    }
  }

  const resultsWs = emptyWorkspace(life, 'results');
  download(life, runId, 'mergeml-*', join(resultsWs, 'mergeml-results'));
  steps['report-collect'] = await step(life, 'report', at(resultsWs), { mode: 'collect', 'results-dir': 'mergeml-results', results: 'mergeml-results/results.json' });
  upload(life, runId, 'mergeml-results', join(resultsWs, 'mergeml-results/results.json'));
  return { runId, headSha: head.sha, headRef: head.ref, pullRequest: pullNumber, matrix, steps };
}

/** reusable/mergeml-report.yml on the `workflow_run` event of a completed PR run: download, validate, post. */
export async function runReportWorkflow(life: Life, prRun: PullRequestRun): Promise<ActionRun> {
  const repository = await repositoryPayload(life);
  const mainSha = life.sb.git(life.sb.remote, ['rev-parse', 'refs/heads/main']).trim();
  const workflowRun = {
    id: prRun.runId, name: 'MergeML PR', event: 'pull_request', status: 'completed', conclusion: 'success', head_sha: prRun.headSha, head_branch: prRun.headRef,
    pull_requests: [{ number: prRun.pullRequest, head: { ref: prRun.headRef, sha: prRun.headSha }, base: { ref: 'main', sha: mainSha } }],
  };
  const ws = emptyWorkspace(life, 'report');
  const temp = mkdtempSync(join(life.sb.root, 'runner-temp-'));
  download(life, prRun.runId, 'mergeml-results', join(temp, 'mergeml-artifact'));
  const event = { action: 'completed', workflow_run: workflowRun, repository };
  return step(life, 'report', { workspace: ws, eventName: 'workflow_run', event, sha: mainSha, ref: 'refs/heads/main', runId: ++runs }, {
    mode: 'post', 'github-token': DEFAULT_TOKEN, results: join(temp, 'mergeml-artifact/results.json'), 'workflow-id': 'mergeml', 'bot-login': '',
  });
}

export interface PromoteRun {
  readonly plan: ActionRun;
  readonly promote: Readonly<Record<string, ActionRun>>;
}

/** reusable/mergeml-promote.yml on a `push` to main: changed files → plan → train, evaluate, promote per model. */
export async function runPromoteWorkflow(life: Life, push: { before: string; after: string; stage: string; pusher: string }): Promise<PromoteRun> {
  const runId = ++runs;
  const message = life.sb.git(life.sb.remote, ['log', '-1', '--format=%B', push.after]).trim();
  const event = { ref: 'refs/heads/main', before: push.before, after: push.after, created: false, deleted: false, forced: false, head_commit: { id: push.after, message }, pusher: { name: push.pusher }, repository: await repositoryPayload(life), sender: { login: push.pusher } };
  const at = (workspace: string): StepContext => ({ workspace, eventName: 'push', event, sha: push.after, ref: 'refs/heads/main', runId, actor: push.pusher });
  const planWs = checkout(life, 'promote-plan', 'main');
  // The workflow's `changed` step: a diff when BEFORE exists, else every model.
  let known = true;
  try {
    life.sb.git(planWs, ['cat-file', '-e', `${push.before}^{commit}`]);
  } catch {
    known = false;
  }
  const files = known ? life.sb.git(planWs, ['diff', '--name-only', push.before, push.after]).trim() : '';
  const plan = await step(life, 'plan', at(planWs), { config: life.config, 'changed-files': files, all: String(!known) });
  const matrix = JSON.parse(plan.outputs['matrix'] ?? '{"include":[]}') as Matrix;
  const promote: Record<string, ActionRun> = {};
  if (plan.outputs['any'] === 'true') {
    for (const m of matrix.include) {
      const ws = checkout(life, `promote-${m.model}`, 'main');
      await step(life, 'train', at(ws), { config: m.config, model: m.model, out: `mergeml-results/${m.model}/model` });
      await step(life, 'evaluate', at(ws), { config: m.config, model: m.model, challenger: `mergeml-results/${m.model}/model` });
      promote[m.model] = await step(life, 'promote', at(ws), { config: m.config, model: m.model, stage: push.stage, results: `mergeml-results/${m.model}`, release: 'true', 'github-token': DEFAULT_TOKEN });
    }
  }
  return { plan, promote };
}

/**
 * The promote action with a `version`: a maintainer assigns a registered version to a stage (the run that
 * passed the production Environment's reviewers). No reusable workflow calls this form today.
 */
export async function runStageAssignment(life: Life, a: { model: string; version: string; stage: string; approver: string; reason: string }): Promise<ActionRun> {
  const sha = life.sb.git(life.sb.remote, ['rev-parse', 'refs/heads/main']).trim();
  const event = { inputs: { model: a.model, version: a.version, stage: a.stage, reason: a.reason }, ref: 'refs/heads/main', repository: await repositoryPayload(life), sender: { login: a.approver } };
  const ws = checkout(life, 'assign', 'main');
  const run = await step(life, 'promote', { workspace: ws, eventName: 'workflow_dispatch', event, sha, ref: 'refs/heads/main', runId: ++runs, actor: a.approver }, {
    config: life.config, model: a.model, version: a.version, stage: a.stage, reason: a.reason, 'github-token': DEFAULT_TOKEN,
  });
  return run;
}

export interface MonitorRun {
  readonly drift: ActionRun;
  readonly retrain: ActionRun | undefined;
}

/** reusable/mergeml-monitor.yml on a `schedule`: drift → issue; with retrain, push the branch and open the PR. */
export async function runMonitorWorkflow(life: Life, m: { model: string; current: string; retrain: boolean; trainData: string }): Promise<MonitorRun> {
  const runId = ++runs;
  const sha = life.sb.git(life.sb.remote, ['rev-parse', 'refs/heads/main']).trim();
  const event = { schedule: '17 6 * * *', repository: await repositoryPayload(life) };
  const ws = checkout(life, 'monitor', 'main');
  const at: StepContext = { workspace: ws, eventName: 'schedule', event, sha, ref: 'refs/heads/main', runId };
  const inputs = { config: life.config, model: m.model, current: m.current, 'github-token': DEFAULT_TOKEN };
  const drift = await step(life, 'monitor', at, inputs);
  if (!(m.retrain && m.trainData !== '' && drift.outputs['drifted'] === 'true')) return { drift, retrain: undefined };
  // "Push the retraining branch" (a run: step), pushing to the bare remote instead of the server URL.
  const branch = `mergeml/retrain-${m.model}`;
  const git = (args: string[]) => life.sb.git(ws, args);
  git(['switch', '-q', '-C', branch]);
  cpSync(join(ws, m.current), join(ws, m.trainData));
  // "Re-pin the training data": the project file's data.train.sha256 must name the new file.
  await step(life, 'monitor', at, { ...inputs, 'pin-train-data': 'true' });
  git(['add', '--', m.trainData, life.config]);
  git(['-c', 'user.name=github-actions[bot]', '-c', 'user.email=41898282+github-actions[bot]@users.noreply.github.com', 'commit', '-q', '-m', `mergeml: retrain ${m.model} on new data`]);
  pushAndMirror(life.gh.state, life.repository, life.sb, ws, `HEAD:refs/heads/${branch}`, true);
  const retrain = await step(life, 'monitor', at, { ...inputs, retrain: 'true' });
  return { drift, retrain };
}

/** reusable/mergeml-rollback.yml on a maintainer's `workflow_dispatch`. */
export async function runRollbackWorkflow(life: Life, r: { model: string; stage: string; version: string; reason: string; actor: string }): Promise<ActionRun> {
  const sha = life.sb.git(life.sb.remote, ['rev-parse', 'refs/heads/main']).trim();
  const event = { inputs: { model: r.model, version: r.version, reason: r.reason }, ref: 'refs/heads/main', repository: await repositoryPayload(life), sender: { login: r.actor } };
  const ws = checkout(life, 'rollback', 'main');
  const run = await step(life, 'promote', { workspace: ws, eventName: 'workflow_dispatch', event, sha, ref: 'refs/heads/main', runId: ++runs, actor: r.actor }, {
    config: life.config, model: r.model, stage: r.stage, rollback: 'true', version: r.version, reason: r.reason, 'github-token': DEFAULT_TOKEN,
  });
  return run;
}
