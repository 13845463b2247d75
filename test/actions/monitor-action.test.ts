import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_TOKEN, type GitHubEmulator, startEmulator } from '../emulator/github-emulator.js';
import { seedPullRequest, seedRepo } from '../emulator/seed.js';
import { runActionBundle } from './run-action.js';

// Deterministic rows: the current data shifts both features far outside the reference's range.
const rows = (n: number, shift: number) => ['a,b,y', ...Array.from({ length: n }, (_, i) => `${((i * 37) % 100) / 10 + shift},${((i * 53) % 100) / 10 + shift},${i % 3 === 0 ? 1 : 0}`)].join('\n') + '\n';

describe('monitor action against the emulator', () => {
  let gh: GitHubEmulator;
  let ws: string;
  beforeEach(async () => {
    gh = await startEmulator();
    seedRepo(gh.state, 'o/r', { defaultBranch: 'main' });
    ws = mkdtempSync(join(tmpdir(), 'mergeml-monitor-'));
    writeFileSync(join(ws, 'train.csv'), rows(300, 0));
    writeFileSync(join(ws, 'reference.csv'), rows(300, 0.05));
    writeFileSync(join(ws, 'drifted.csv'), rows(300, 20));
    writeFileSync(join(ws, 'calm.csv'), rows(300, 0));
    writeFileSync(join(ws, 'mergeml.yaml'), 'version: 1\nmodels:\n  scorer:\n    data:\n      train: train.csv\n      reference: reference.csv\n    target: y\n    positive_class: 1\n    features: [a, b]\n');
  });
  afterEach(async () => {
    await gh.close();
    rmSync(ws, { recursive: true, force: true });
  });
  const issues = () => [...gh.state.findRepo('o', 'r')!.issues.values()].filter((i) => !i.isPullRequest);
  const monitor = (current: string, extra: Record<string, string> = {}) =>
    runActionBundle('monitor', { workspace: ws, eventName: 'schedule', event: { repository: { default_branch: 'main' } }, apiUrl: gh.url, token: DEFAULT_TOKEN, inputs: { model: 'scorer', current, 'github-token': DEFAULT_TOKEN, ...extra } });

  test('drift opens one issue, a second run updates it, calm data closes it', async () => {
    const first = await monitor('drifted.csv');
    assert.equal(first.status, 0, first.stdout + first.stderr);
    assert.deepEqual([first.outputs['drifted'], first.outputs['issue-action'], first.outputs['drifted-columns']], ['true', 'created', 'a,b']);
    const second = await monitor('drifted.csv');
    assert.equal(second.outputs['issue-action'], 'updated');
    assert.equal(issues().length, 1);
    assert.match(issues()[0]!.body ?? '', /^<!-- mergeml:monitor model=scorer -->\nData drift detected for \*\*scorer\*\*: drifted\.csv \(300 rows\)/);
    assert.deepEqual(issues()[0]!.labels, ['mergeml', 'drift']);
    const calm = await monitor('calm.csv');
    assert.deepEqual([calm.outputs['drifted'], calm.outputs['issue-action']], ['false', 'closed']);
    assert.equal(issues()[0]!.state, 'closed');
    const quiet = await monitor('calm.csv');
    assert.equal(quiet.outputs['issue-action'], 'none');
    assert.equal(issues().length, 1);
    assert.match(first.summary, /❌ drift in 2 column/);
    gh.assertNoViolations();
  });

  test('retrain: the open retraining pull request from the branch is found, never duplicated', async () => {
    const pr = seedPullRequest(gh.state, { repo: 'o/r', headSha: 'c'.repeat(40), headRef: 'mergeml/retrain-scorer', headRepo: 'o/r' });
    const res = await monitor('drifted.csv', { retrain: 'true' });
    assert.equal(res.status, 0, res.stdout + res.stderr);
    assert.equal(res.outputs['pull-request'], String(pr.number));
    assert.equal(gh.state.findRepo('o', 'r')!.pulls.size, 1);
    gh.assertNoViolations();
  });

  test('an unknown model is a usage error (exit 2) and nothing is posted', async () => {
    const res = await monitor('drifted.csv', { model: 'nope' });
    assert.equal(res.status, 2);
    assert.match(res.stdout, /no model "nope" in mergeml\.yaml/);
    assert.equal(gh.requests().length, 0);
  });
});
