/**
 * The `mergeml metrics` result (schemaVersion 1, documented in docs/metrics.md): every registry
 * metric for the whole file and per group, the confusion matrix, bounded curves and scikit-learn's
 * warnings. Values that scikit-learn reports as NaN are null here, with the warning that explains why.
 */
import type { BinaryData, GroupColumn, RegressionData } from './binary-data.js';
import { computeBinaryStats, packGroupCodes, type BinarySliceStats } from './binary-stats.js';
import { computeRegressionStats, type RegressionSliceStats } from './regression-stats.js';
import { binaryMetrics, regressionMetrics } from './metric-registry.js';
import type { MetricDefinition } from './metric-definition.js';
import { computeCurves, type Curves } from './curves.js';
import { orderByScoreDescending, type ScoreOrder } from './sort-order.js';

export const METRICS_SCHEMA_VERSION = 1;

export interface MetricWarning {
  readonly metric: string;
  readonly message: string;
}

export interface ConfusionMatrix {
  readonly tn: number;
  readonly fp: number;
  readonly fn: number;
  readonly tp: number;
}

export interface SliceMetrics {
  readonly count: number;
  readonly positives?: number;
  readonly negatives?: number;
  readonly metrics: Readonly<Record<string, number | null>>;
  readonly confusion_matrix?: ConfusionMatrix;
  readonly warnings: readonly MetricWarning[];
}

export interface GroupMetrics extends SliceMetrics {
  readonly value: string;
}

export interface MetricsReport {
  readonly schemaVersion: typeof METRICS_SCHEMA_VERSION;
  readonly kind: 'metrics';
  readonly task: 'binary' | 'regression';
  readonly source: Readonly<Record<string, string | number | boolean | null>>;
  readonly overall: SliceMetrics;
  readonly curves: Curves | null;
  readonly groups: readonly { readonly column: string; readonly groups: readonly GroupMetrics[] }[];
}

export interface BinaryReportOptions {
  readonly calibrationBins: number;
  readonly curvePoints: number;
  readonly groups: readonly GroupColumn[];
  readonly source: MetricsReport['source'];
  /** Reuse a sort already computed for these scores. */
  readonly order?: ScoreOrder;
}

/** Evaluates every metric of a registry list on one slice's statistics. */
export function evaluateMetrics<S>(metrics: readonly MetricDefinition<S>[], stats: S): { metrics: Record<string, number | null>; warnings: MetricWarning[] } {
  const values: Record<string, number | null> = {};
  const warnings: MetricWarning[] = [];
  for (const metric of metrics) {
    const outcome = metric.compute(stats);
    values[metric.name] = outcome.value !== null && Number.isFinite(outcome.value) ? outcome.value : null;
    if (outcome.warning !== undefined) warnings.push({ metric: metric.name, message: outcome.warning });
  }
  return { metrics: values, warnings };
}

function binarySlice(stats: BinarySliceStats): SliceMetrics {
  const { metrics, warnings } = evaluateMetrics(binaryMetrics, stats);
  return {
    count: stats.count,
    positives: stats.positives,
    negatives: stats.negatives,
    metrics,
    confusion_matrix: { tn: stats.tn, fp: stats.fp, fn: stats.fn, tp: stats.tp },
    warnings,
  };
}

function regressionSlice(stats: RegressionSliceStats): SliceMetrics {
  const { metrics, warnings } = evaluateMetrics(regressionMetrics, stats);
  return { count: stats.count, metrics, warnings };
}

/** Builds the metrics report of a binary classifier's predictions. */
export function binaryMetricsReport(data: BinaryData, options: BinaryReportOptions): MetricsReport {
  const order = options.order ?? orderByScoreDescending(data.scores, data.labels, packGroupCodes(options.groups) ?? undefined);
  const stats = computeBinaryStats(data, order, { calibrationBins: options.calibrationBins, groups: options.groups });
  return {
    schemaVersion: METRICS_SCHEMA_VERSION,
    kind: 'metrics',
    task: 'binary',
    source: options.source,
    overall: binarySlice(stats.overall),
    curves: computeCurves(data, order, stats.overall, options.curvePoints),
    groups: options.groups.map((g, gi) => ({
      column: g.name,
      groups: g.values.map((value, code) => ({ value, ...binarySlice(stats.groups[gi]![code]!) })),
    })),
  };
}

/** Builds the metrics report of a regressor's predictions. */
export function regressionMetricsReport(data: RegressionData, options: { groups: readonly GroupColumn[]; source: MetricsReport['source'] }): MetricsReport {
  const stats = computeRegressionStats(data, { groups: options.groups });
  return {
    schemaVersion: METRICS_SCHEMA_VERSION,
    kind: 'metrics',
    task: 'regression',
    source: options.source,
    overall: regressionSlice(stats.overall),
    curves: null,
    groups: options.groups.map((g, gi) => ({
      column: g.name,
      groups: g.values.map((value, code) => ({ value, ...regressionSlice(stats.groups[gi]![code]!) })),
    })),
  };
}
