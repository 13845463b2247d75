import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { upsertCheckRun } from '../../src/adapters/github/check-runs.js';
import { batch, type CheckRunOutput } from '../../src/core/report/check-run-output.js';
import { seedPullRequest } from '../emulator/seed.js';
import { type GitHubFixture, startGitHubFixture } from './github-fixture.js';

const SHA = 'e'.repeat(40);

function output(annotations: number, summary = 'summary'): CheckRunOutput {
  const list = Array.from({ length: annotations }, (_x, i) => ({ path: 'data/train.csv', start_line: i + 1, end_line: i + 1, annotation_level: 'warning' as const, message: `row ${i + 1} is odd` }));
  return { name: 'MergeML mergeml / credit-risk', conclusion: 'failure', title: 'Blocked: gate recall_min', summary, annotationBatches: batch(list, 50) };
}

describe('check runs', () => {
  let fx: GitHubFixture;
  const target = { owner: 'o', repo: 'r', headSha: SHA };
  const runs = () => [...fx.gh.state.findRepo('o', 'r')!.checkRuns.values()];

  beforeEach(async () => {
    fx = await startGitHubFixture();
    seedPullRequest(fx.gh.state, { repo: 'o/r', headSha: SHA });
  });
  afterEach(() => fx.gh.close());

  test('creates once with 120 annotations in batches of 50, then updates without duplicating them', async () => {
    const first = await upsertCheckRun(fx.client, target, output(120));
    assert.equal(first.action, 'created');
    assert.equal(first.annotationCalls, 3);
    assert.equal(first.annotationsSent, 120);
    const second = await upsertCheckRun(fx.client, target, output(125, 'summary 2'));
    assert.equal(second.action, 'updated');
    assert.equal(second.checkRunId, first.checkRunId);
    assert.equal(second.annotationsSent, 5);
    assert.equal(runs().length, 1);
    const run = runs()[0]!;
    assert.equal(run.annotations.length, 125);
    assert.equal(run.conclusion, 'failure');
    assert.equal(run.status, 'completed');
    assert.equal(run.output.summary, 'summary 2');
    fx.gh.assertNoViolations();
  });

  test('502 and secondary rate limits on create and on annotation batches still give one run, no duplicate annotations', async () => {
    fx.gh.inject('checks/create', { kind: 'secondary-rate-limit', retryAfterSeconds: 1 });
    fx.gh.inject('checks/create', { kind: 'status', status: 502, afterApply: true });
    fx.gh.inject('checks/update', { kind: 'status', status: 502 });
    fx.gh.inject('checks/list-for-ref', { kind: 'rate-limit', retryAfterSeconds: 1 });
    const r = await upsertCheckRun(fx.client, target, output(60));
    // A batch of annotations applied but unanswered (2nd update call: the 1st completes the run).
    fx.gh.inject('checks/update', { kind: 'drop', afterApply: true }, 1, 1);
    const again = await upsertCheckRun(fx.client, target, output(110));
    assert.equal(r.checkRunId, again.checkRunId);
    assert.equal(runs().length, 1);
    assert.equal(runs()[0]!.annotations.length, 110);
    assert.equal(new Set(runs()[0]!.annotations.map((a) => a.start_line)).size, 110);
    assert.equal(fx.gh.faults.pending().length, 0);
    fx.gh.assertNoViolations();
  });
});
