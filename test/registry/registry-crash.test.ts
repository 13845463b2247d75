/**
 * Crash safety: the promotion process is SIGKILLed after each step (MERGEML_TEST_CRASH_AFTER); the remote
 * then holds either nothing of it or all of it, and the next run completes it without registering twice.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli } from '../helpers/run-cli.js';
import { gitSandbox, writeResults, type GitSandbox } from './registry-fixture.js';

const STEPS = ['verified', 'planned', 'committed', 'tagged', 'pushed'] as const;

describe('a crash between any two steps of a promotion', () => {
  let sb: GitSandbox;
  let clone: string;
  before(() => {
    sb = gitSandbox();
    clone = sb.clone('work');
  });
  after(() => sb.cleanup());
  const remoteRefs = () => sb.git(sb.remote, ['for-each-ref', '--format=%(refname) %(objectname)']);

  for (const [i, step] of STEPS.entries()) {
    test(`after "${step}": all or nothing on the remote, and the next run completes it once`, () => {
      const results = writeResults(join(sb.root, `results-${step}`), { weights: `weights-${step}` });
      const args = ['registry', 'register', '--results', results, '--stage', 'staging', '--pr', String(i + 1), '--json'];
      const before = remoteRefs();
      const crashed = runCli(args, { cwd: clone, env: { ...sb.env, MERGEML_TEST_CRASH_AFTER: step } });
      assert.equal(crashed.status, null, `killed after ${step}: ${crashed.stderr}`);
      const tagsNow = sb.git(sb.remote, ['tag', '-l']).trim().split('\n').filter(Boolean);
      if (step === 'pushed') assert.ok(tagsNow.includes(`credit-risk@v1.${i}.0`) && tagsNow.includes(`credit-risk#staging#${i + 1}`), 'pushed: both tags are there');
      else assert.equal(remoteRefs(), before, 'nothing of the crashed run is visible on the remote');
      // Whatever the crash left, a fresh clone verifies: no tag without files, no files without a tag.
      const fresh = sb.clone(`fresh-${step}`);
      const v = runCli(['registry', 'verify'], { cwd: fresh, env: sb.env });
      assert.equal(v.status, 0, v.stdout);
      const rerun = runCli(args, { cwd: clone, env: sb.env });
      assert.equal(rerun.status, 0, rerun.stderr);
      const out = JSON.parse(rerun.stdout);
      assert.equal(out.created, step !== 'pushed', 'a run that crashed after pushing is found, not repeated');
      const versions = sb.git(sb.remote, ['tag', '-l', 'credit-risk@*']).trim().split('\n');
      assert.equal(versions.length, i + 1, 'exactly one version per registration');
      assert.deepEqual(sb.git(sb.remote, ['tag', '-l', 'credit-risk#staging#*']).trim().split('\n').length, i + 1);
    });
  }

  for (const step of ['tagged', 'pushed'] as const) {
    test(`a stage assignment killed after "${step}" is completed or found by the next run`, () => {
      const promote = ['registry', 'promote', 'credit-risk', '--version', 'v1.0.0', '--stage', 'production', '--approver', 'carol', '--json'];
      if (step === 'pushed') {
        // Move production away first so the assignment is a real change.
        assert.equal(runCli(['registry', 'promote', 'credit-risk', '--version', 'v1.1.0', '--stage', 'production', '--approver', 'carol'], { cwd: clone, env: sb.env }).status, 0);
      }
      const before = remoteRefs();
      assert.equal(runCli(promote, { cwd: clone, env: { ...sb.env, MERGEML_TEST_CRASH_AFTER: step } }).status, null);
      if (step === 'tagged') assert.equal(remoteRefs(), before);
      const rerun = runCli(promote, { cwd: clone, env: sb.env });
      assert.equal(rerun.status, 0, rerun.stderr);
      assert.equal(JSON.parse(rerun.stdout).created, step === 'tagged');
      const list = JSON.parse(runCli(['registry', 'list', '--json'], { cwd: clone, env: sb.env }).stdout);
      assert.equal(list.models[0].stages.production, 'v1.0.0');
      const trail = JSON.parse(sb.git(sb.remote, ['show', 'main:registry/credit-risk/audit-trail.json']));
      assert.equal(trail.entries.filter((e: { event: string; stage: string }) => e.event === 'promoted' && e.stage === 'production').length, step === 'tagged' ? 1 : 3);
    });
  }
});
