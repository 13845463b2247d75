import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_TOKEN, type GitHubEmulator, startEmulator } from '../emulator/github-emulator.js';
import { seedComment, seedPullRequest } from '../emulator/seed.js';
import { HEAD_SHA, sampleModel } from '../report/sample-results.js';
import { CONFIGS, writeMonorepo } from '../plan/monorepo-fixture.js';
import { runActionBundle } from './run-action.js';

describe('GitHub-facing actions against the emulator, through the runner protocol', () => {
  let gh: GitHubEmulator;
  let ws: string;
  beforeEach(async () => {
    gh = await startEmulator();
    ws = mkdtempSync(join(tmpdir(), 'mergeml-ws-'));
  });
  afterEach(async () => {
    await gh.close();
    rmSync(ws, { recursive: true, force: true });
  });
  const bot = () => [...gh.state.findRepo('o', 'r')!.comments.values()].filter((c) => c.user.login === 'github-actions[bot]');
  const checkRuns = () => [...gh.state.findRepo('o', 'r')!.checkRuns.values()];
  const run = (name: string, inputs: Record<string, string>, event: unknown, eventName = 'pull_request') => runActionBundle(name, { workspace: ws, inputs, event, eventName, apiUrl: gh.url, token: DEFAULT_TOKEN });

  test('report: collect in the pull_request job, then post twice from workflow_run: one comment and one check run, updated', async () => {
    const pr = seedPullRequest(gh.state, { repo: 'o/r', headSha: HEAD_SHA, headRepo: 'fork-owner/r', headRef: 'feature/`x`' });
    seedComment(gh.state, 'o/r', pr.number, 'mallory', '<!-- mergeml:report model=credit-risk workflow=mergeml --> fake');
    mkdirSync(join(ws, 'mergeml-results/credit-risk'), { recursive: true });
    writeFileSync(join(ws, 'mergeml-results/credit-risk/gates.json'), JSON.stringify({ schemaVersion: 1, kind: 'gates', passed: false, counts: { pass: 0, warn: 0, fail: 1 }, results: [{ metric: 'roc_auc', status: 'fail', severity: 'error', greater_is_better: true, challenger: 0.61, champion: null, delta: null, p_value: null, reasons: ['roc_auc 0.61 is below the threshold 0.75.'], gate: { metric: 'roc_auc', threshold: 0.75 } }] }));
    writeFileSync(join(ws, 'mergeml-results/plan.json'), JSON.stringify({ schemaVersion: 1, kind: 'mergeml.plan', changedFiles: 1, models: [], matrix: { include: [] }, skipped: [{ model: 'churn', note: 'no change to its data' }] }));
    const collect = await run('report', { mode: 'collect' }, { pull_request: { number: pr.number, head: { sha: HEAD_SHA, ref: 'feature/`x`' } } });
    assert.equal(collect.status, 0, collect.stdout + collect.stderr);
    assert.deepEqual(JSON.parse(collect.outputs['models']!), ['credit-risk', 'churn']);
    const bundle = JSON.parse(readFileSync(join(ws, 'mergeml-results/results.json'), 'utf8'));
    assert.deepEqual(bundle.pullRequest, { number: pr.number, headSha: HEAD_SHA });
    assert.equal(gh.requests().length, 0, 'collect never talks to GitHub');

    const event = { workflow_run: { head_sha: HEAD_SHA, event: 'pull_request', id: 7 } };
    const first = await run('report', { 'github-token': DEFAULT_TOKEN, mode: 'post' }, event, 'workflow_run');
    assert.equal(first.status, 0, first.stdout + first.stderr);
    assert.equal(first.outputs['verdict'], 'fail');
    assert.equal(first.outputs['pull-request'], String(pr.number));
    const second = await run('report', { 'github-token': DEFAULT_TOKEN, mode: 'post' }, event, 'workflow_run');
    assert.equal(second.status, 0, second.stdout + second.stderr);
    assert.deepEqual(JSON.parse(second.outputs['result']!).models.map((m: { comment: { action: string } }) => m.comment.action), ['unchanged', 'unchanged']);
    assert.equal(bot().length, 2, 'one comment per model; the pasted marker of another user is not ours');
    assert.match(bot()[0]!.body, /^<!-- mergeml:report model=credit-risk workflow=mergeml -->\n## ❌/);
    assert.match(bot()[1]!.body, /skipped: no change to its data/);
    assert.equal(checkRuns().length, 2);
    assert.match(second.summary, /^# MergeML report/);
    gh.assertNoViolations();
  });

  test('report: an artifact for another commit is refused (exit 2) and nothing is posted', async () => {
    seedPullRequest(gh.state, { repo: 'o/r', headSha: HEAD_SHA });
    mkdirSync(join(ws, 'mergeml-results'), { recursive: true });
    writeFileSync(join(ws, 'mergeml-results/results.json'), JSON.stringify({ schemaVersion: 1, kind: 'mergeml.results', pullRequest: { number: 1, headSha: HEAD_SHA }, models: [sampleModel('m')] }));
    const res = await run('report', { 'github-token': DEFAULT_TOKEN }, { workflow_run: { head_sha: 'a'.repeat(40), event: 'pull_request' } }, 'workflow_run');
    assert.equal(res.status, 2, res.stdout);
    assert.match(res.stdout, /::error::error: .*head/i);
    assert.equal(bot().length, 0);
    assert.equal(checkRuns().length, 0);
  });

  test('plan: changed files listed through the API select the affected models of a monorepo', async () => {
    rmSync(ws, { recursive: true, force: true });
    ws = writeMonorepo();
    const pr = seedPullRequest(gh.state, { repo: 'o/r', headSha: HEAD_SHA, files: [{ filename: 'shared/policies/lending.yaml', status: 'modified', additions: 1, deletions: 0, changes: 1 }] });
    const res = await run('plan', { config: CONFIGS.join('\n'), 'github-token': DEFAULT_TOKEN }, { pull_request: { number: pr.number } });
    assert.equal(res.status, 0, res.stdout + res.stderr);
    assert.deepEqual(JSON.parse(res.outputs['matrix']!), { include: [{ model: 'credit-risk', config: 'models/credit/mergeml.yaml' }] });
    assert.equal(res.outputs['any'], 'true');
    assert.deepEqual(JSON.parse(res.outputs['skipped']!).map((s: { model: string }) => s.model), ['credit-limit', 'churn']);
    assert.match(res.summary, /\| credit-risk \| ▶️ run \| policy: shared/);
    gh.assertNoViolations();
  });

  test('plan: outside a pull request every model is planned', async () => {
    rmSync(ws, { recursive: true, force: true });
    ws = writeMonorepo();
    const res = await run('plan', { config: CONFIGS.join(' ') }, {}, 'push');
    assert.equal(res.status, 0, res.stdout);
    assert.deepEqual(JSON.parse(res.outputs['models']!), ['credit-risk', 'credit-limit', 'churn']);
  });
});
