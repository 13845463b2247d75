/**
 * `mergeml registry kpis` on a generated history: every registry command runs with GIT_COMMITTER_DATE
 * set, so tagger dates are controlled and the figures can be computed by hand (see the comments).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli } from '../helpers/run-cli.js';
import { gitSandbox, writeResults, type GitSandbox } from './registry-fixture.js';

describe('registry KPIs from git history alone', () => {
  let sb: GitSandbox;
  let clone: string;
  before(() => {
    sb = gitSandbox();
    clone = sb.clone('work');
  });
  after(() => sb.cleanup());

  test('deployment frequency, lead time, change-failure rate and time to restore match the hand-computed figures', () => {
    const at = (date: string, args: string[]) => {
      const r = runCli(['registry', ...args], { cwd: clone, env: { ...sb.env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date, MERGEML_APPROVER: 'carol' } });
      assert.equal(r.status, 0, r.stderr);
    };
    const register = (n: number, opened: string, date: string) =>
      at(date, ['register', '--results', writeResults(join(sb.root, `r${n}`), { weights: `w${n}` }), '--stage', 'staging', '--pr', String(n), '--pr-opened-at', opened]);
    register(1, '2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z');
    at('2026-03-03T00:00:00Z', ['promote', 'credit-risk', '--version', 'v1.0.0', '--stage', 'production']); // lead 48 h
    register(2, '2026-03-05T00:00:00Z', '2026-03-05T12:00:00Z');
    at('2026-03-06T00:00:00Z', ['promote', 'credit-risk', '--version', 'v1.1.0', '--stage', 'production']); // lead 24 h
    at('2026-03-06T06:00:00Z', ['rollback', 'credit-risk', '--stage', 'production']); // restored after 6 h
    register(3, '2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z');
    at('2026-03-10T00:00:00Z', ['promote', 'credit-risk', '--version', 'v1.2.0', '--stage', 'production']); // lead 48 h
    const r = runCli(['registry', 'kpis', '--json'], { cwd: clone, env: sb.env });
    assert.equal(r.status, 0, r.stderr);
    const k = JSON.parse(r.stdout);
    // Window 03-03 → 03-10 (the latest event) = 7 days with 3 deployments = 3 per week; leads 48, 24, 48 h:
    // median 48, mean 40; 1 rollback over 3 deployments; time to restore 6 h.
    assert.deepEqual(k, {
      schemaVersion: 1, kind: 'mergeml.registry-kpis', stage: 'production', asOf: null,
      models: [{ model: 'credit-risk', deployments: 3, rollbacks: 1, windowDays: 7, deploymentsPerWeek: 3, leadTimeHours: { count: 3, median: 48, mean: 40 }, changeFailureRate: 1 / 3, timeToRestoreHours: { count: 1, median: 6, mean: 6 } }],
    });
    // A later as-of widens the window: 14 days → 1.5 per week.
    const later = JSON.parse(runCli(['registry', 'kpis', '--model', 'credit-risk', '--as-of', '2026-03-17T00:00:00Z', '--json'], { cwd: clone, env: sb.env }).stdout);
    assert.equal(later.models[0].deploymentsPerWeek, 1.5);
    const text = runCli(['registry', 'kpis'], { cwd: clone, env: sb.env });
    assert.match(text.stdout, /credit-risk\s+3\s+3\.00\s+48\.00\s+0\.33\s+6\.00/);
  });
});
