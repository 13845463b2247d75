import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, repoRoot } from '../helpers/run-cli.js';

// Acceptance (issue 5): on examples/credit, a trained challenger against a trained champion prints the
// comparison table with confidence intervals and the gate verdicts of the example's policies.
test('evaluate on examples/credit: two trained model dirs, CI table and gate verdicts from the policy', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'mergeml-credit-eval-'));
  const config = join(repoRoot, 'examples/credit/mergeml.yaml');
  for (const [role, seed] of [['champion', '1'], ['challenger', '7']] as const) {
    const t = runCli(['train', '--config', config, '--out', join(dir, role), '--seed', seed, '--backend', 'cpu'], { cwd: dir, timeoutMs: 100_000 });
    assert.equal(t.status, 0, t.stderr);
  }
  const r = runCli(['evaluate', '--config', config, '--challenger', 'challenger', '--champion', 'champion', '--out', 'eval', '--backend', 'cpu', '--resamples', '500'], { cwd: dir });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  assert.match(r.stdout, /challenger challenger vs champion champion on 891 identical rows/);
  assert.match(r.stdout, /roc_auc\s+0\.\d+\s+0\.\d+\s+[+-]0\.\d+.*\[[+-]\d.*, [+-]\d.*\]\s+[<\d.]+ \(delong\)\s+(✅ pass|❌ fail|⚠️ warn)/);
  assert.match(r.stdout, /(PASS|FAIL|WARN) roc_auc \(error\): roc_auc 0\.\d+ (meets|misses) the threshold \(at least 0\.75\)/);
  const md = readFileSync(join(dir, 'eval', 'comparison.md'), 'utf8');
  assert.match(md, /\| metric \| champion \| challenger \| Δ \| Δ% \| 95% CI \| p \| gate \|/);
  const gates = JSON.parse(readFileSync(join(dir, 'eval', 'gates.json'), 'utf8'));
  assert.equal(gates.kind, 'gates');
  assert.ok(gates.results.some((g: { metric: string }) => g.metric === 'f1'));
  assert.match(readFileSync(join(dir, 'eval', 'challenger-predictions.csv'), 'utf8'), /^line,"Status",score\n/);
});
