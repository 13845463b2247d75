import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { binaryMetricsReport } from '../../src/core/metrics/metrics-report.js';
import { orderByScoreDescending } from '../../src/core/metrics/sort-order.js';

const metricsOf = (y: number[], s: number[], threshold = 0.5) => binaryMetricsReport(
  { labels: Uint8Array.from(y), scores: Float64Array.from(s), preds: Uint8Array.from(s.map((v) => (v >= threshold ? 1 : 0))), probabilities: s.every((v) => v >= 0 && v <= 1) },
  { calibrationBins: 5, curvePoints: 50, groups: [], source: {} },
).overall.metrics;

// Rows with both classes; scores drawn from a small grid so that ties are common.
const sample = fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 20 })), { minLength: 2, maxLength: 60 })
  .filter((rows) => rows.some(([y]) => y === 1) && rows.some(([y]) => y === 0));

test('roc_auc and average_precision are invariant under strictly increasing transforms of the score', () => {
  const transforms = [(x: number) => x * x * x + 2 * x, (x: number) => Math.exp(x / 3), (x: number) => 1 / (1 + Math.exp(-(x - 10) / 4)), (x: number) => 5 * x - 100];
  fc.assert(fc.property(sample, fc.integer({ min: 0, max: transforms.length - 1 }), (rows, t) => {
    const y = rows.map(([l]) => l);
    const s = rows.map(([, v]) => v / 20);
    const base = metricsOf(y, s);
    const moved = metricsOf(y, s.map(transforms[t]!));
    return Math.abs(base['roc_auc']! - moved['roc_auc']!) < 1e-12 && Math.abs(base['average_precision']! - moved['average_precision']!) < 1e-12;
  }), { numRuns: 200 });
});

test('roc_auc equals the pairwise probability P(s+ > s−) + ½P(s+ = s−)', () => {
  fc.assert(fc.property(sample, (rows) => {
    let wins = 0;
    let pairs = 0;
    for (const [yi, si] of rows) for (const [yj, sj] of rows) if (yi === 1 && yj === 0) { pairs++; wins += si > sj ? 1 : si === sj ? 0.5 : 0; }
    return Math.abs(metricsOf(rows.map(([l]) => l), rows.map(([, v]) => v / 20))['roc_auc']! - wins / pairs) < 1e-12;
  }), { numRuns: 200 });
});

test('a perfect predictor scores 1 on every ranking and label metric, 0 on the losses of exact probabilities', () => {
  fc.assert(fc.property(sample, (rows) => {
    const y = rows.map(([l]) => l);
    const m = metricsOf(y, y.map((l) => l));
    return ['roc_auc', 'average_precision', 'accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'mcc'].every((k) => m[k] === 1) && m['brier_score'] === 0 && m['ece'] === 0 && m['log_loss']! < 1e-15;
  }), { numRuns: 100 });
});

test('a constant predictor: roc_auc 0.5, average_precision = prevalence, mcc 0', () => {
  fc.assert(fc.property(sample, fc.double({ min: 0, max: 1, noNaN: true }), (rows, c) => {
    const y = rows.map(([l]) => l);
    const m = metricsOf(y, y.map(() => c));
    const prevalence = y.filter((l) => l === 1).length / y.length;
    return m['roc_auc'] === 0.5 && Math.abs(m['average_precision']! - prevalence) < 1e-12 && m['mcc'] === 0;
  }), { numRuns: 100 });
});

test('the radix order sorts any doubles (negative, zero, subnormal, infinite) descending and stably', () => {
  fc.assert(fc.property(fc.array(fc.double({ noNaN: true }), { maxLength: 200 }), (xs) => {
    const s = Float64Array.from(xs);
    const { order, sorted } = orderByScoreDescending(s);
    const descending = [...order].every((i, k) => (k === 0 || s[order[k - 1]!]! >= s[i]!) && Object.is(sorted[k], s[i]));
    const stable = [...order].every((i, k) => k === 0 || !Object.is(s[order[k - 1]!], s[i]) || order[k - 1]! < i);
    return descending && stable && new Set(order).size === xs.length;
  }), { numRuns: 300 });
});
