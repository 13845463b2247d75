/**
 * Racing promotions with real git: a bare remote, three clones, three `mergeml registry register --stage
 * staging` processes started at once, ten rounds. Every registration must land exactly once, with a
 * distinct version, its files in the tagged commit and on main, and an intact audit trail.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../helpers/run-cli.js';
import { gitSandbox, writeResults, type GitSandbox } from './registry-fixture.js';
import { verifyAuditTrail } from '../../src/core/compliance/audit-trail.js';

const ROUNDS = 10;
const RACERS = 3;

function runAsync(args: string[], cwd: string, env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`${repoRoot}/bin/mergeml.js`, ...args], { cwd, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('concurrent promotions (real git, concurrent processes)', () => {
  let sb: GitSandbox;
  before(() => {
    sb = gitSandbox();
  });
  after(() => sb.cleanup());

  test(`${ROUNDS} rounds × ${RACERS} racing registrations: no version twice, none lost, no tag without files`, async () => {
    const clones = Array.from({ length: RACERS }, (_, i) => sb.clone(`clone-${i}`));
    let maxAttempts = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const runs = clones.map((clone, i) => {
        const pr = round * RACERS + i + 1;
        const results = writeResults(join(sb.root, `results-${pr}`), { weights: `weights-of-pr-${pr}` });
        return runAsync(['registry', 'register', '--results', results, '--stage', 'staging', '--pr', String(pr), '--json'], clone, sb.env);
      });
      for (const r of await Promise.all(runs)) {
        assert.equal(r.status, 0, r.stderr);
        maxAttempts = Math.max(maxAttempts, JSON.parse(r.stdout).attempts);
      }
    }
    const count = ROUNDS * RACERS;
    const tags = sb.git(sb.remote, ['tag', '-l', '--format=%(refname:strip=2) %(*objectname)']).trim().split('\n').map((l) => l.split(' ') as [string, string]);
    const versions = tags.filter(([t]) => t.includes('@'));
    const stages = tags.filter(([t]) => t.includes('#'));
    // Exactly one version per registration: v1.0.0 then a minor bump per retrain, no gaps, no duplicates.
    assert.deepEqual(versions.map(([t]) => t).sort(), Array.from({ length: count }, (_, i) => `credit-risk@v1.${i}.0`).sort());
    assert.deepEqual(stages.map(([t]) => Number(t.split('#')[2])).sort((a, b) => a - b), Array.from({ length: count }, (_, i) => i + 1));
    const prs = new Set<number>();
    for (const [tag, commit] of versions) {
      const version = tag.split('@')[1];
      const message = sb.git(sb.remote, ['tag', '-l', '--format=%(contents)', tag]);
      prs.add(JSON.parse(message.slice(message.indexOf('{'))).pullRequest.number);
      // The tag's commit holds its files, and so does main.
      for (const rev of [commit, 'main']) assert.match(sb.git(sb.remote, ['ls-tree', '--name-only', `${rev}:registry/credit-risk/${version}`]), /manifest\.json/);
      // Its staging tag points at the same commit.
      assert.equal(stages.filter(([, c]) => c === commit).length, 1, `one staging tag for ${tag}`);
    }
    assert.equal(prs.size, count, 'every pull request registered exactly once');
    const folders = sb.git(sb.remote, ['ls-tree', '--name-only', 'main:registry/credit-risk']).trim().split('\n').filter((f) => f.startsWith('v'));
    assert.equal(folders.length, count, 'no folder without its tag');
    const trail = JSON.parse(sb.git(sb.remote, ['show', 'main:registry/credit-risk/audit-trail.json']));
    assert.equal(trail.entries.length, 2 * count);
    assert.deepEqual(verifyAuditTrail(trail), []);
    const verify = await runAsync(['registry', 'verify', '--json'], clones[0] as string, sb.env);
    assert.equal(verify.status, 0, verify.stdout);
    // Races did happen (a clean run every time would not test the retry path).
    assert.ok(maxAttempts > 1, `expected at least one conflict retry, max attempts ${maxAttempts}`);
  });

  test('registrations racing a production promotion: assignment numbers stay unique, no audit entry is lost', async () => {
    const clones = Array.from({ length: 3 }, (_, i) => sb.clone(`mixed-${i}`));
    const before = JSON.parse(sb.git(sb.remote, ['show', 'main:registry/credit-risk/audit-trail.json'])).entries.length;
    for (let round = 0; round < 3; round++) {
      const pr = 100 + round * 2;
      const runs = [
        runAsync(['registry', 'register', '--results', writeResults(join(sb.root, `mixed-${pr}`), { weights: `mixed-${pr}` }), '--stage', 'staging', '--pr', String(pr)], clones[0] as string, sb.env),
        runAsync(['registry', 'register', '--results', writeResults(join(sb.root, `mixed-${pr + 1}`), { weights: `mixed-${pr + 1}` }), '--stage', 'staging', '--pr', String(pr + 1)], clones[1] as string, sb.env),
        runAsync(['registry', 'promote', 'credit-risk', '--version', `v1.${round}.0`, '--stage', 'production', '--approver', 'carol'], clones[2] as string, sb.env),
      ];
      for (const r of await Promise.all(runs)) assert.equal(r.status, 0, r.stderr);
    }
    const numbers = sb.git(sb.remote, ['tag', '-l', 'credit-risk#*']).trim().split('\n').map((t) => Number(t.split('#')[2]));
    assert.equal(new Set(numbers).size, numbers.length, 'no assignment number used twice');
    assert.deepEqual([...numbers].sort((a, b) => a - b), Array.from({ length: numbers.length }, (_, i) => i + 1));
    const trail = JSON.parse(sb.git(sb.remote, ['show', 'main:registry/credit-risk/audit-trail.json']));
    assert.equal(trail.entries.length - before, 3 * (2 * 2 + 1));
    assert.deepEqual(verifyAuditTrail(trail), []);
    const list = await runAsync(['registry', 'list', '--json'], clones[2] as string, sb.env);
    assert.equal(JSON.parse(list.stdout).models[0].stages.production, 'v1.2.0');
  });
});
