import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectResults } from '../../src/pipeline/collect-results.js';
import { InputError } from '../../src/core/errors.js';

test('collectResults: validation findings, metrics without a champion, gates and skipped models in one valid bundle', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mergeml-collect-'));
  try {
    await assert.rejects(collectResults({ resultsDir: dir }), InputError);
    mkdirSync(join(dir, 'credit-risk'));
    writeFileSync(join(dir, 'credit-risk/metrics.json'), JSON.stringify({ schemaVersion: 1, kind: 'metrics', overall: { metrics: { roc_auc: 0.8, log_loss: null } } }));
    writeFileSync(join(dir, 'credit-risk/gates.json'), JSON.stringify({ schemaVersion: 1, kind: 'gates', passed: true, counts: { pass: 1, warn: 0, fail: 0 }, results: [{ metric: 'roc_auc', status: 'pass', severity: 'error', greater_is_better: true, challenger: 0.8, champion: null, delta: null, p_value: null, reasons: ['roc_auc 0.8 meets the threshold (at least 0.75)'], gate: { metric: 'roc_auc', threshold: 0.75 } }] }));
    writeFileSync(join(dir, 'credit-risk/validate.json'), JSON.stringify({ schemaVersion: 1, kind: 'mergeml.validate', status: 'fail', data: { file: 'train.csv', rows: 3, columns: 2 }, summary: { checks: 1, passed: 0, failed: 1, errors: 1, warnings: 0, skipped: 0 }, checks: [{ id: 'DV10', check: 'values_between', column: 'amount', severity: 'error', status: 'fail', observed: -5, expected: '>= 0', message: '1 value below 0', examples: [{ file: 'train.csv', line: 3, value: '-5' }] }] }));
    writeFileSync(join(dir, 'plan.json'), JSON.stringify({ schemaVersion: 1, kind: 'mergeml.plan', changedFiles: 1, models: [], matrix: { include: [] }, skipped: [{ model: 'churn', note: 'no change' }] }));
    const bundle = await collectResults({ resultsDir: dir, pullRequest: { number: 4, headSha: 'a'.repeat(40) }, source: { branch: 'x', commit: 'a'.repeat(40) } });
    assert.deepEqual(bundle.models.map((m) => m.name), ['credit-risk', 'churn']);
    const credit = bundle.models[0]!;
    assert.deepEqual(credit.metrics!.rows.map((r) => [r.metric, r.champion, r.challenger, r.gate?.status]), [['roc_auc', null, 0.8, 'pass'], ['log_loss', null, null, undefined]]);
    assert.deepEqual(credit.gates.map((g) => [g.name, g.status]), [['metric gate roc_auc', 'pass']]);
    assert.deepEqual(credit.validation!.findings.map((f) => [f.id, f.examples[0]!.line]), [['DV10', 3]]);
    assert.deepEqual(bundle.models[1]!.gates, [{ name: 'plan', status: 'skip', message: 'skipped: no change' }]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
