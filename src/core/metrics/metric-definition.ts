/**
 * A metric is a value in a registry: name, direction and a compute function over sufficient
 * statistics. Gates, comparisons, reports and docs iterate over the registry; nothing switches on a
 * metric's name.
 */
import type { PairedTest } from '../compare/paired-test.js';

/** A metric's value on one slice; `value` is null where scikit-learn would return NaN. */
export interface MetricOutcome {
  readonly value: number | null;
  /** scikit-learn's warning text (UndefinedMetricWarning and friends) when it would warn. */
  readonly warning?: string;
}

export type MetricTask = 'binary' | 'regression';

export interface MetricDefinition<S> {
  /** scikit-learn-style snake_case name, used in JSON, policies and tables. */
  readonly name: string;
  /** Other accepted spellings in policies: the scikit-learn function name (`f1_score`, `brier_score_loss`). */
  readonly aliases: readonly string[];
  readonly task: MetricTask;
  readonly greaterIsBetter: boolean;
  /** What the metric reads: thresholded labels, ranking scores, or probabilities in [0, 1]. */
  readonly input: 'labels' | 'scores' | 'probabilities' | 'values';
  /** One line for docs and `--help`. */
  readonly description: string;
  compute(stats: S): MetricOutcome;
  /** Paired test of "no difference" between two models on the same rows, if the metric has one. */
  readonly pairedTest?: PairedTest;
}
