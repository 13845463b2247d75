import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderComparisonMarkdown, renderComparisonText } from '../../src/core/compare/render-comparison.js';
import { evaluateGates } from '../../src/core/gates/metric-gates.js';
import { renderGatesMarkdown } from '../../src/core/gates/render-gates.js';
import type { ComparisonReport, ComparisonRow } from '../../src/core/compare/comparison.js';
import type { MetricGateConfig } from '../../src/core/policy/metric-gates-schema.js';

const row = (metric: string, greater: boolean, champion: number | null, challenger: number, ci: [number | null, number | null], test: string, p: number | null): ComparisonRow => ({
  metric, greater_is_better: greater, champion, challenger, delta: champion === null ? null : challenger - champion,
  relative_delta: champion === null ? null : (challenger - champion) / Math.abs(champion),
  ci: { level: 0.95, low: ci[0], high: ci[1], resamples_used: ci[0] === null ? 0 : 1000 }, test: { test, statistic: null, p_value: p, details: {} }, p_value: p,
});
const report: ComparisonReport = {
  schemaVersion: 1, kind: 'comparison', task: 'binary', rows: 100,
  // User-controlled names: table pipes, HTML and links must not survive unescaped.
  champion: { name: 'prod|<img src=x onerror=alert(1)>' }, challenger: { name: '[new](http://evil)' },
  bootstrap: { method: 'percentile', resamples: 1000, seed: 42, confidence: 0.95 },
  metrics: [
    { ...row('roc_auc', true, 0.8, 0.78, [-0.04, -0.001], 'delong', 0.0357), delta: -0.02, relative_delta: -0.025 },
    { ...row('log_loss', false, 0.5, 0.45, [-0.07, -0.03], 'paired_bootstrap', 0), delta: -0.05, relative_delta: -0.1 },
    row('recall', true, null, 0.5, [null, null], 'paired_bootstrap', null),
  ],
};
const gates = evaluateGates(
  [{ metric: 'roc_auc', min_absolute_change: -0.01, significance: 0.05, severity: 'error' }, { metric: 'log_loss', threshold: 0.4, severity: 'warning' }] as MetricGateConfig[],
  { metrics: { roc_auc: 0.78, log_loss: 0.45 }, comparison: report.metrics },
);

test('comparison markdown matches the snapshot (user text escaped, ▲/▼ by direction, gate verdicts with reasons)', () => {
  const expected = readFileSync(new URL('../fixtures/metrics/comparison-snapshot.md', import.meta.url), 'utf8');
  assert.equal(renderComparisonMarkdown(report, gates), expected);
  assert.doesNotMatch(expected, /<img/);
});

test('plain-text table and gate list carry the same verdicts', () => {
  const text = renderComparisonText(report, gates);
  assert.match(text, /^roc_auc\s+0\.8\s+0\.78\s+-0\.02 ▼/m);
  assert.match(text, /FAIL roc_auc \(error\)/);
  assert.match(renderGatesMarkdown(gates), /❌ `roc_auc` \(error\): Δ -0\.02 is significant/);
});
