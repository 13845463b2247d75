import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { gitSandbox, writeResults, type GitSandbox } from '../registry/registry-fixture.js';
import { runActionBundle } from './run-action.js';

let sb: GitSandbox;
let clone: string;
before(() => {
  sb = gitSandbox();
  clone = sb.clone('work');
});
after(() => sb.cleanup());

const promote = (inputs: Record<string, string>) => runActionBundle('promote', { workspace: clone, eventName: 'push', inputs: { model: 'credit-risk', 'github-token': 'ghs_test', ...inputs }, env: { ...sb.env, GITHUB_ACTOR: 'carol' } });

test('promote: registers the merged results into production, again for a retrain, then rolls back; a re-run changes nothing', async () => {
  writeResults(join(clone, 'mergeml-results/credit-risk'), { weights: 'w1' });
  const first = await promote({ stage: 'production' });
  assert.equal(first.status, 0, first.stdout + first.stderr);
  assert.equal(first.outputs['version'], 'v1.0.0');
  assert.match(first.outputs['tag']!, /^credit-risk#production#\d+$/);
  const again = await promote({ stage: 'production' });
  assert.equal(again.status, 0, again.stderr);
  assert.equal(again.outputs['version'], 'v1.0.0');

  writeResults(join(clone, 'mergeml-results/credit-risk'), { weights: 'w2' });
  const second = await promote({ stage: 'production' });
  assert.equal(second.outputs['version'], 'v1.1.0', second.stderr);

  const rollback = await promote({ rollback: 'true', reason: 'latency regression' });
  assert.equal(rollback.status, 0, rollback.stdout + rollback.stderr);
  assert.deepEqual([rollback.outputs['version'], rollback.outputs['previous']], ['v1.0.0', 'v1.1.0']);
  const tags = sb.git(sb.remote, ['tag', '--list']).split('\n').filter(Boolean);
  assert.ok(tags.includes('credit-risk@v1.0.0') && tags.includes('credit-risk@v1.1.0'), tags.join(' '));

  // The rollback workflow's `version` input reaches `registry rollback --version`: v1.1.0 (rolled away from,
  // named explicitly) goes back into production; a version never at the stage is refused (exit 2).
  const named = await promote({ rollback: 'true', version: 'v1.1.0', reason: 'fixed upstream' });
  assert.equal(named.status, 0, named.stdout + named.stderr);
  assert.deepEqual([named.outputs['version'], named.outputs['previous']], ['v1.1.0', 'v1.0.0']);
  const unknown = await promote({ rollback: 'true', version: 'v9.0.0' });
  assert.equal(unknown.status, 2, unknown.stdout + unknown.stderr);
  assert.match(unknown.stdout + unknown.stderr, /v9\.0\.0 is not a registered version of credit-risk/);
});

test('promote: results whose gates failed are refused with exit 1', async () => {
  writeResults(join(clone, 'mergeml-results/credit-risk'), { weights: 'w3', passed: false });
  const res = await promote({ stage: 'production' });
  assert.equal(res.status, 1, res.stdout + res.stderr);
  assert.match(res.stdout, /::error::/);
});
