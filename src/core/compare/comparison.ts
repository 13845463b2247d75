/**
 * Champion–challenger comparison on identical rows (schemaVersion 1, docs/evaluate.md): per metric
 * both values, Δ = challenger − champion, Δ relative to |champion|, a paired percentile-bootstrap
 * interval of Δ, and the metric's paired test (DeLong for roc_auc, McNemar exact for accuracy) or,
 * for the others, the bootstrap p-value. Pure: rows, labels and seeds come in as arguments.
 */
import type { BinaryData, RegressionData } from '../metrics/binary-data.js';
import { computeBinaryStats } from '../metrics/binary-stats.js';
import { weightedStatsKernel } from '../metrics/weighted-stats.js';
import { computeRegressionStats } from '../metrics/regression-stats.js';
import { binaryMetrics, regressionMetrics } from '../metrics/metric-registry.js';
import type { MetricDefinition } from '../metrics/metric-definition.js';
import { orderByScoreDescending, type ScoreOrder } from '../metrics/sort-order.js';
import { pairedBootstrap, type BootstrapInterval, type BootstrapOptions } from './paired-bootstrap.js';
import type { PairedBinaryInput, PairedTestResult } from './paired-test.js';

export const COMPARISON_SCHEMA_VERSION = 1;

export interface ComparisonRow {
  readonly metric: string;
  readonly greater_is_better: boolean;
  readonly champion: number | null;
  readonly challenger: number | null;
  /** challenger − champion. */
  readonly delta: number | null;
  /** (challenger − champion) / |champion|; null when the champion's value is 0 or undefined. */
  readonly relative_delta: number | null;
  readonly ci: { readonly level: number; readonly low: number | null; readonly high: number | null; readonly resamples_used: number };
  /** The test behind `p_value`: the metric's paired test, else the paired bootstrap. */
  readonly test: PairedTestResult;
  readonly p_value: number | null;
}

export interface ComparisonReport {
  readonly schemaVersion: typeof COMPARISON_SCHEMA_VERSION;
  readonly kind: 'comparison';
  readonly task: 'binary' | 'regression';
  readonly rows: number;
  readonly champion: Readonly<Record<string, string | number | boolean | null>>;
  readonly challenger: Readonly<Record<string, string | number | boolean | null>>;
  readonly bootstrap: { readonly method: 'percentile'; readonly resamples: number; readonly seed: number; readonly confidence: number };
  readonly metrics: readonly ComparisonRow[];
}

export interface ComparisonOptions extends BootstrapOptions {
  readonly calibrationBins: number;
  readonly champion: ComparisonReport['champion'];
  readonly challenger: ComparisonReport['challenger'];
}

function rows<S>(
  metrics: readonly MetricDefinition<S>[], a: S, b: S, boot: Map<string, BootstrapInterval>, confidence: number,
  paired: ((m: MetricDefinition<S>) => PairedTestResult | null),
): ComparisonRow[] {
  return metrics.map((metric) => {
    const champion = finite(metric.compute(a).value);
    const challenger = finite(metric.compute(b).value);
    const delta = champion === null || challenger === null ? null : challenger - champion;
    const interval = boot.get(metric.name)!;
    const test = paired(metric) ?? { test: 'paired_bootstrap', statistic: delta, p_value: interval.p_value, details: { resamples_used: interval.resamples_used } };
    return {
      metric: metric.name,
      greater_is_better: metric.greaterIsBetter,
      champion,
      challenger,
      delta,
      relative_delta: delta === null || champion === 0 ? null : delta / Math.abs(champion!),
      ci: { level: confidence, low: interval.low, high: interval.high, resamples_used: interval.resamples_used },
      test,
      p_value: test.p_value,
    };
  });
}

function finite(v: number | null): number | null {
  return v !== null && Number.isFinite(v) ? v : null;
}

/** Compares two binary classifiers' outputs on the same rows (labels shared). */
export function compareBinary(
  labels: Uint8Array,
  champion: Omit<BinaryData, 'labels'>,
  challenger: Omit<BinaryData, 'labels'>,
  options: ComparisonOptions,
): ComparisonReport {
  const a: BinaryData = { ...champion, labels };
  const b: BinaryData = { ...challenger, labels };
  const orderA: ScoreOrder = orderByScoreDescending(a.scores, labels);
  const orderB: ScoreOrder = orderByScoreDescending(b.scores, labels);
  // Probability metrics apply only when both models output probabilities.
  const probabilities = a.probabilities && b.probabilities;
  const metrics = binaryMetrics.filter((m) => probabilities || m.input !== 'probabilities');
  const boot = pairedBootstrap(labels.length, metrics, weightedStatsKernel(a, orderA, options.calibrationBins), weightedStatsKernel(b, orderB, options.calibrationBins), options);
  const statsA = () => computeBinaryStats(a, orderA, { calibrationBins: options.calibrationBins }).overall;
  const statsB = () => computeBinaryStats(b, orderB, { calibrationBins: options.calibrationBins }).overall;
  const input: PairedBinaryInput = { labels, champion: { scores: a.scores, preds: a.preds, order: orderA }, challenger: { scores: b.scores, preds: b.preds, order: orderB } };
  return {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    kind: 'comparison',
    task: 'binary',
    rows: labels.length,
    champion: options.champion,
    challenger: options.challenger,
    bootstrap: { method: 'percentile', resamples: options.resamples, seed: options.seed, confidence: options.confidence },
    metrics: rows(metrics, statsA(), statsB(), boot, options.confidence, (m) => (m.pairedTest ? m.pairedTest(input) : null)),
  };
}

/** Compares two regressors' predictions of the same targets. */
export function compareRegression(targets: Float64Array, champion: Float64Array, challenger: Float64Array, options: ComparisonOptions): ComparisonReport {
  const statsA = (weights?: Float64Array) => computeRegressionStats({ targets, predictions: champion } satisfies RegressionData, { weights }).overall;
  const statsB = (weights?: Float64Array) => computeRegressionStats({ targets, predictions: challenger }, { weights }).overall;
  const boot = pairedBootstrap(targets.length, regressionMetrics, statsA, statsB, options);
  return {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    kind: 'comparison',
    task: 'regression',
    rows: targets.length,
    champion: options.champion,
    challenger: options.challenger,
    bootstrap: { method: 'percentile', resamples: options.resamples, seed: options.seed, confidence: options.confidence },
    metrics: rows(regressionMetrics, statsA(), statsB(), boot, options.confidence, () => null),
  };
}
