import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { binaryMetricsReport, regressionMetricsReport } from '../../src/core/metrics/metrics-report.js';
import type { GroupColumn } from '../../src/core/metrics/binary-data.js';
import { orderByScoreDescending } from '../../src/core/metrics/sort-order.js';
import { computeBinaryStats, packGroupCodes } from '../../src/core/metrics/binary-stats.js';
import { calibrationBinOf } from '../../src/core/metrics/calibration-bins.js';
import { weightedStatsKernel } from '../../src/core/metrics/weighted-stats.js';

// Values frozen from scikit-learn by test/fixtures/metrics/generate_fixtures.py.
const fixtures = JSON.parse(readFileSync(new URL('../fixtures/metrics/sklearn-fixtures.json', import.meta.url), 'utf8'));
const TOL = 1e-9;

function close(actual: number | null | undefined, expected: number | null, what: string): void {
  if (expected === null) {
    assert.equal(actual, null, `${what}: expected undefined (null)`);
    return;
  }
  assert.ok(typeof actual === 'number' && Math.abs(actual - expected) <= TOL, `${what}: ${actual} vs scikit-learn ${expected}`);
}

function groupColumns(groups: Record<string, string[]>): GroupColumn[] {
  return Object.entries(groups).map(([name, raw]) => {
    const values = [...new Set(raw)];
    return { name, values, codes: Int32Array.from(raw.map((v) => values.indexOf(v))) };
  });
}

for (const c of fixtures.binary) {
  test(`binary metrics equal scikit-learn ${fixtures.sklearn_version} to 1e-9: ${c.name}`, () => {
    const data = { labels: Uint8Array.from(c.labels), scores: Float64Array.from(c.scores), preds: Uint8Array.from(c.preds), probabilities: true };
    const groups = groupColumns(c.groups);
    const report = binaryMetricsReport(data, { calibrationBins: 5, curvePoints: 100000, groups, source: {} });
    for (const [name, expected] of Object.entries(c.overall)) close(report.overall.metrics[name], expected as number | null, `${c.name} ${name}`);
    assert.deepEqual(report.overall.confusion_matrix, c.confusion_matrix);
    for (const g of report.groups) {
      for (const slice of g.groups) {
        const want = c.by_group[g.column][slice.value];
        assert.equal(slice.count, want.count);
        assert.deepEqual(slice.confusion_matrix, want.confusion_matrix);
        for (const [name, expected] of Object.entries(want.metrics)) close(slice.metrics[name], expected as number | null, `${c.name} ${g.column}=${slice.value} ${name}`);
      }
    }
    if (c.roc_curve) {
      // With enough points every distinct threshold is kept: the curve is scikit-learn's exactly.
      const roc = report.curves!.roc!;
      assert.equal(roc.fpr.length, c.roc_curve.fpr.length);
      roc.fpr.forEach((v, i) => close(v, c.roc_curve.fpr[i], `fpr[${i}]`));
      roc.tpr.forEach((v, i) => close(v, c.roc_curve.tpr[i], `tpr[${i}]`));
      assert.deepEqual(roc.thresholds.slice(1), c.roc_curve.thresholds);
      const pr = report.curves!.precision_recall!;
      pr.precision.forEach((v, i) => close(v, c.pr_curve.precision[i], `precision[${i}]`));
      pr.recall.forEach((v, i) => close(v, c.pr_curve.recall[i], `recall[${i}]`));
      assert.deepEqual(pr.thresholds, c.pr_curve.thresholds);
    }
    const cal = report.curves!.calibration!;
    cal.prob_true.forEach((v, i) => close(v, c.calibration_curve.prob_true[i], `prob_true[${i}]`));
    cal.prob_pred.forEach((v, i) => close(v, c.calibration_curve.prob_pred[i], `prob_pred[${i}]`));
  });
}

test('regression metrics equal scikit-learn to 1e-9, overall and per group', () => {
  const r = fixtures.regression;
  const report = regressionMetricsReport({ targets: Float64Array.from(r.targets), predictions: Float64Array.from(r.predictions) }, { groups: groupColumns(r.groups), source: {} });
  for (const [name, expected] of Object.entries(r.overall)) close(report.overall.metrics[name], expected as number, name);
  for (const slice of report.groups[0]!.groups) {
    const want = r.by_group.region[slice.value];
    assert.equal(slice.count, want.count);
    for (const [name, expected] of Object.entries(want.metrics)) close(slice.metrics[name], expected as number, `${slice.value} ${name}`);
  }
});

test('calibration bins follow np.searchsorted(np.linspace(0, 1, n + 1)[1:-1], p)', () => {
  const b = fixtures.calibration_bins;
  b.n_bins.forEach((nBins: number, k: number) => {
    assert.deepEqual(b.probs.map((p: number) => calibrationBinOf(p, nBins)), b.ids[k], `n_bins=${nBins}`);
  });
});

test('weights are row multiplicities: integer weights equal repeating the rows', () => {
  const c = fixtures.binary[0];
  const n = c.labels.length;
  const w = Float64Array.from({ length: n }, (_, i) => (i * 7) % 3);
  const rep = (xs: number[]) => xs.flatMap((x, i) => Array(w[i]).fill(x));
  const data = { labels: Uint8Array.from(c.labels), scores: Float64Array.from(c.scores), preds: Uint8Array.from(c.preds), probabilities: true };
  const repeated = { labels: Uint8Array.from(rep(c.labels)), scores: Float64Array.from(rep(c.scores)), preds: Uint8Array.from(rep(c.preds)), probabilities: true };
  const a = computeBinaryStats(data, orderByScoreDescending(data.scores), { calibrationBins: 5, weights: w }).overall;
  const b = computeBinaryStats(repeated, orderByScoreDescending(repeated.scores), { calibrationBins: 5 }).overall;
  for (const key of ['count', 'tp', 'fp', 'tn', 'fn', 'rocArea', 'apSum', 'logLossSum', 'brierSum'] as const) {
    assert.ok(Math.abs(a[key] - b[key]) <= 1e-9 * Math.max(1, Math.abs(b[key])), `${key}: ${a[key]} vs ${b[key]}`);
  }
});

test('per-group statistics are the same whether group codes travel with the sort or are read through it', () => {
  const c = fixtures.binary[0];
  const data = { labels: Uint8Array.from(c.labels), scores: Float64Array.from(c.scores), preds: Uint8Array.from(c.preds), probabilities: true };
  const groups = groupColumns(c.groups);
  const packed = computeBinaryStats(data, orderByScoreDescending(data.scores, data.labels, packGroupCodes(groups)!), { calibrationBins: 5, groups });
  const plain = computeBinaryStats(data, orderByScoreDescending(data.scores), { calibrationBins: 5, groups });
  assert.deepEqual(packed, plain);
  assert.equal(packGroupCodes([]), null);
});

test('the bootstrap kernel gives exactly computeBinaryStats(…, { weights }).overall', () => {
  for (const c of fixtures.binary) {
    const data = { labels: Uint8Array.from(c.labels), scores: Float64Array.from(c.scores), preds: Uint8Array.from(c.preds), probabilities: true };
    const order = orderByScoreDescending(data.scores, data.labels);
    const kernel = weightedStatsKernel(data, order, 5);
    const w = Float64Array.from({ length: data.labels.length }, (_, i) => (i * 31) % 4);
    assert.deepEqual(kernel(w), computeBinaryStats(data, order, { calibrationBins: 5, weights: w }).overall, c.name);
  }
});
