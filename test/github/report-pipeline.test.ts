import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postReport } from '../../src/pipeline/report.js';
import { seedPullRequest } from '../emulator/seed.js';
import { HEAD_SHA, sampleModel } from '../report/sample-results.js';
import { type GitHubFixture, startGitHubFixture } from './github-fixture.js';

describe('report pipeline (workflow_run flow)', () => {
  let fx: GitHubFixture;
  let dir: string;
  let artifactPath: string;
  let summaryPath: string;
  let prNumber: number;
  const options = () => ({ owner: 'o', repo: 'r', workflow: 'mergeml', artifactPath, workflowRun: { headSha: HEAD_SHA, event: 'pull_request' }, summaryUrl: 'https://github.com/o/r/actions/runs/9' });
  const bot = () => [...fx.gh.state.findRepo('o', 'r')!.comments.values()].filter((c) => c.user.login === 'github-actions[bot]');
  const checkRuns = () => [...fx.gh.state.findRepo('o', 'r')!.checkRuns.values()];
  const writeBundle = (bundle: unknown) => writeFile(artifactPath, JSON.stringify(bundle));

  beforeEach(async () => {
    fx = await startGitHubFixture();
    dir = await mkdtemp(join(tmpdir(), 'mergeml-report-'));
    artifactPath = join(dir, 'results.json');
    summaryPath = join(dir, 'summary.md');
    prNumber = seedPullRequest(fx.gh.state, { repo: 'o/r', headSha: HEAD_SHA, headRepo: 'fork-owner/r' }).number;
    await writeBundle({ schemaVersion: 1, kind: 'mergeml.results', pullRequest: { number: prNumber, headSha: HEAD_SHA }, models: [sampleModel('credit-risk'), sampleModel('churn')] });
  });
  afterEach(async () => {
    await fx.gh.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('posting twice gives exactly one comment and one check run per model, updated', async () => {
    const first = await postReport({ github: fx.client, summaryPath }, options());
    assert.equal(first.verdict, 'fail');
    assert.deepEqual(first.models.map((m) => [m.model, m.comment?.action, m.checkRun?.action]), [['credit-risk', 'created', 'created'], ['churn', 'created', 'created']]);
    const second = await postReport({ github: fx.client, summaryPath }, options());
    assert.deepEqual(second.models.map((m) => [m.comment?.action, m.checkRun?.action]), [['unchanged', 'updated'], ['unchanged', 'updated']]);
    assert.equal(bot().length, 2);
    assert.deepEqual(bot().map((c) => c.body.split('\n')[0]), ['<!-- mergeml:report model=credit-risk workflow=mergeml -->', '<!-- mergeml:report model=churn workflow=mergeml -->']);
    assert.equal(checkRuns().length, 2);
    assert.deepEqual(checkRuns().map((r) => [r.name, r.conclusion, r.annotations.length]), [['MergeML mergeml / credit-risk', 'failure', 3], ['MergeML mergeml / churn', 'failure', 3]]);
    const summary = await readFile(summaryPath, 'utf8');
    assert.match(summary, /^# MergeML report/);
    fx.gh.assertNoViolations();
  });

  test('502 and secondary-rate-limit faults still end with one comment and one check run per model', async () => {
    fx.gh.inject('issues/create-comment', { kind: 'secondary-rate-limit', retryAfterSeconds: 1 }, 2);
    fx.gh.inject('issues/create-comment', { kind: 'status', status: 502, afterApply: true });
    fx.gh.inject('checks/create', { kind: 'status', status: 502, afterApply: true });
    fx.gh.inject('checks/create', { kind: 'secondary-rate-limit', retryAfterSeconds: 1 });
    fx.gh.inject('checks/update', { kind: 'status', status: 502 }, 2);
    fx.gh.inject('issues/list-comments', { kind: 'status', status: 502 });
    await postReport({ github: fx.client, summaryPath }, options());
    assert.equal(fx.gh.faults.pending().length, 0);
    assert.equal(bot().length, 2);
    assert.equal(checkRuns().length, 2);
    assert.ok(checkRuns().every((r) => r.annotations.length === 3));
    fx.gh.assertNoViolations();
  });

  test('refuses an artifact for another commit, a moved pull request head, and a non-pull_request run', async () => {
    await assert.rejects(postReport({ github: fx.client }, { ...options(), workflowRun: { headSha: 'd'.repeat(40), event: 'pull_request' } }), (e: Error) => e.name === 'InputError' && /different commit/.test(e.message));
    fx.gh.state.findRepo('o', 'r')!.pulls.get(prNumber)!.headSha = 'c'.repeat(40);
    await assert.rejects(postReport({ github: fx.client }, options()), (e: Error) => e.name === 'InputError' && /does not point at the commit/.test(e.message));
    await assert.rejects(postReport({ github: fx.client }, { ...options(), workflowRun: { headSha: HEAD_SHA, event: 'push' } }), /pull_request event/);
    assert.equal(bot().length, 0);
    assert.equal(checkRuns().length, 0);
  });

  test('refuses oversize, non-JSON and schema-breaking artifacts before any write', async () => {
    await writeFile(artifactPath, 'x'.repeat(2000));
    await assert.rejects(postReport({ github: fx.client }, { ...options(), maxArtifactBytes: 1000 }), /too large/);
    await assert.rejects(postReport({ github: fx.client }, options()), /not JSON/);
    await writeBundle({ schemaVersion: 1, kind: 'mergeml.results', pullRequest: { number: prNumber, headSha: HEAD_SHA }, models: [{ name: 'm', metrics: { rows: [{ metric: 'auc', champion: 'high' }] } }] });
    await assert.rejects(postReport({ github: fx.client }, options()), (e: Error & { problems?: { path?: string }[] }) => {
      assert.equal(e.name, 'InputError');
      assert.ok(e.problems?.some((p) => p.path === 'models.0.metrics.rows.0.champion'));
      return true;
    });
    await writeBundle({ schemaVersion: 2, kind: 'mergeml.results', models: [] });
    await assert.rejects(postReport({ github: fx.client }, options()), /schema/);
    assert.equal(fx.gh.requests().length, 0);
  });
});
