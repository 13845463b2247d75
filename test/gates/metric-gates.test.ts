import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateGate, evaluateGates } from '../../src/core/gates/metric-gates.js';
import type { ComparisonRow } from '../../src/core/compare/comparison.js';
import type { MetricGateConfig } from '../../src/core/policy/metric-gates-schema.js';

const row = (metric: string, champion: number, challenger: number, p: number | null, greater = true): ComparisonRow => ({
  metric, greater_is_better: greater, champion, challenger, delta: challenger - champion, relative_delta: (challenger - champion) / Math.abs(champion),
  ci: { level: 0.95, low: null, high: null, resamples_used: 0 }, test: { test: 'delong', statistic: null, p_value: p, details: {} }, p_value: p,
});
const gate = (g: Partial<MetricGateConfig> & { metric: string }): MetricGateConfig => ({ severity: 'error', ...g }) as MetricGateConfig;

// [description, gate, challenger metrics, comparison row, expected status]
const cases: [string, MetricGateConfig, Record<string, number | null>, ComparisonRow | undefined, string][] = [
  ['threshold met (greater is better)', gate({ metric: 'roc_auc', threshold: 0.8 }), { roc_auc: 0.8 }, undefined, 'pass'],
  ['threshold missed', gate({ metric: 'roc_auc', threshold: 0.8 }), { roc_auc: 0.79 }, undefined, 'fail'],
  ['threshold missed, severity warning → warn', gate({ metric: 'roc_auc', threshold: 0.8, severity: 'warning' }), { roc_auc: 0.79 }, undefined, 'warn'],
  ['lower is better from the registry: log_loss ≤ threshold', gate({ metric: 'log_loss', threshold: 0.5 }), { log_loss: 0.49 }, undefined, 'pass'],
  ['lower is better, missed', gate({ metric: 'log_loss', threshold: 0.5 }), { log_loss: 0.51 }, undefined, 'fail'],
  ['alias brier_score_loss resolves to brier_score', gate({ metric: 'brier_score_loss', threshold: 0.2 }), { brier_score: 0.19 }, undefined, 'pass'],
  ['min_absolute_change: challenger ≥ champion + m', gate({ metric: 'roc_auc', min_absolute_change: 0.01 }), { roc_auc: 0.82 }, row('roc_auc', 0.8, 0.82, 0.01), 'pass'],
  ['min_absolute_change violated', gate({ metric: 'roc_auc', min_absolute_change: 0.01 }), { roc_auc: 0.805 }, row('roc_auc', 0.8, 0.805, 0.01), 'fail'],
  ['negative m tolerates a small drop', gate({ metric: 'roc_auc', min_absolute_change: -0.01 }), { roc_auc: 0.795 }, row('roc_auc', 0.8, 0.795, 0.3), 'pass'],
  ['negative m: a larger drop fails', gate({ metric: 'roc_auc', min_absolute_change: -0.01 }), { roc_auc: 0.78 }, row('roc_auc', 0.8, 0.78, 0.3), 'fail'],
  ['significance: a large but insignificant drop counts as no change', gate({ metric: 'roc_auc', min_absolute_change: -0.01, significance: 0.05 }), { roc_auc: 0.78 }, row('roc_auc', 0.8, 0.78, 0.3), 'pass'],
  ['significance: a significant drop beyond m fails', gate({ metric: 'roc_auc', min_absolute_change: -0.01, significance: 0.05 }), { roc_auc: 0.78 }, row('roc_auc', 0.8, 0.78, 0.001), 'fail'],
  ['significance: a required improvement must be significant', gate({ metric: 'roc_auc', min_absolute_change: 0.005, significance: 0.05 }), { roc_auc: 0.82 }, row('roc_auc', 0.8, 0.82, 0.2), 'fail'],
  ['significance: a significant improvement passes', gate({ metric: 'roc_auc', min_absolute_change: 0.005, significance: 0.05 }), { roc_auc: 0.82 }, row('roc_auc', 0.8, 0.82, 0.01), 'pass'],
  ['min_relative_change, lower is better: (champion − challenger)/champion', gate({ metric: 'log_loss', min_relative_change: 0.05 }), { log_loss: 0.45 }, row('log_loss', 0.5, 0.45, 0.01, false), 'pass'],
  ['min_relative_change violated', gate({ metric: 'log_loss', min_relative_change: 0.05 }), { log_loss: 0.48 }, row('log_loss', 0.5, 0.48, 0.01, false), 'fail'],
  ['relative change against a champion of 0 needs a strictly better challenger (MLflow)', gate({ metric: 'mcc', min_relative_change: 0.1 }), { mcc: 0 }, row('mcc', 0, 0, 1), 'fail'],
  ['no champion: change conditions not checked', gate({ metric: 'roc_auc', min_absolute_change: 0.01 }), { roc_auc: 0.8 }, undefined, 'pass'],
  ['undefined metric fails', gate({ metric: 'roc_auc', threshold: 0.5 }), { roc_auc: null }, undefined, 'fail'],
];

for (const [name, g, metrics, r, expected] of cases) {
  test(`gate: ${name} → ${expected}`, () => {
    const result = evaluateGate(g, { metrics, ...(r ? { comparison: [r] } : {}) });
    assert.equal(result.status, expected, result.reasons.join('; '));
    assert.ok(result.reasons.length > 0 && result.reasons.every((x) => x.length > 10));
  });
}

test('the report passes unless an error-severity gate fails; reasons are in words', () => {
  const report = evaluateGates([gate({ metric: 'roc_auc', threshold: 0.9, severity: 'warning' }), gate({ metric: 'accuracy', threshold: 0.5 })], { metrics: { roc_auc: 0.8, accuracy: 0.6 } });
  assert.equal(report.passed, true);
  assert.deepEqual(report.counts, { pass: 1, warn: 1, fail: 0 });
  assert.match(report.results[0]!.reasons[0]!, /roc_auc 0\.8 misses the threshold \(at least 0\.9\)/);
  const failing = evaluateGates([gate({ metric: 'accuracy', threshold: 0.7 })], { metrics: { accuracy: 0.6 } });
  assert.equal(failing.passed, false);
  assert.equal(failing.schemaVersion, 1);
});
