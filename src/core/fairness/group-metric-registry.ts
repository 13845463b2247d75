import { negatives, positives, total, type ConfusionCounts } from './confusion-counts.js';
import { defined, undefinedValue, type MetricValue } from './metric-value.js';

/** Whether a larger value of a group metric is better for the group (used to mark the worst group). */
export type GroupMetricDirection = 'higher_is_better' | 'lower_is_better' | 'neutral';

/** One per-group metric: Fairlearn's name, what it means, and how it is computed from confusion counts. */
export interface GroupMetric {
  readonly name: string;
  readonly label: string;
  readonly description: string;
  readonly direction: GroupMetricDirection;
  compute(c: ConfusionCounts): MetricValue;
}

// sklearn's confusion_matrix(normalize='true') turns the 0/0 row of a group without positives (or
// negatives) into zeros via nan_to_num, so Fairlearn reports TPR = FNR = 0 (FPR = 0) instead of NaN.
function rateOrZero(num: number, den: number, whenZero: string): MetricValue {
  return den === 0 ? defined(0, whenZero) : defined(num / den);
}

const NO_POSITIVES = 'group has no positive labels; 0 as Fairlearn defines it (sklearn nan_to_num)';
const NO_NEGATIVES = 'group has no negative labels; 0 as Fairlearn defines it (sklearn nan_to_num)';

/** The group metrics of MetricFrame reports, in report column order. */
export const GROUP_METRICS: readonly GroupMetric[] = Object.freeze([
  {
    name: 'count', label: 'count', description: 'Number of rows in the group.', direction: 'neutral',
    compute: (c: ConfusionCounts) => defined(total(c)),
  },
  {
    name: 'selection_rate', label: 'selection rate', description: 'Share of rows predicted positive, P(ŷ = 1).', direction: 'neutral',
    compute: (c: ConfusionCounts) => (total(c) === 0 ? undefinedValue('empty group') : defined((c.tp + c.fp) / total(c))),
  },
  {
    name: 'true_positive_rate', label: 'TPR', description: 'Recall: TP / (TP + FN).', direction: 'higher_is_better',
    compute: (c: ConfusionCounts) => rateOrZero(c.tp, positives(c), NO_POSITIVES),
  },
  {
    name: 'false_positive_rate', label: 'FPR', description: 'FP / (FP + TN).', direction: 'lower_is_better',
    compute: (c: ConfusionCounts) => rateOrZero(c.fp, negatives(c), NO_NEGATIVES),
  },
  {
    name: 'false_negative_rate', label: 'FNR', description: 'FN / (TP + FN).', direction: 'lower_is_better',
    compute: (c: ConfusionCounts) => rateOrZero(c.fn, positives(c), NO_POSITIVES),
  },
  {
    name: 'precision', label: 'precision', description: 'TP / (TP + FP); sklearn zero_division gives 0.', direction: 'higher_is_better',
    compute: (c: ConfusionCounts) => rateOrZero(c.tp, c.tp + c.fp, 'no row predicted positive; 0 as sklearn precision_score defines it (zero_division)'),
  },
  {
    name: 'accuracy', label: 'accuracy', description: '(TP + TN) / n.', direction: 'higher_is_better',
    compute: (c: ConfusionCounts) => (total(c) === 0 ? undefinedValue('empty group') : defined((c.tp + c.tn) / total(c))),
  },
]);

/** Looks a group metric up by name. */
export function findGroupMetric(name: string): GroupMetric | undefined {
  return GROUP_METRICS.find((m) => m.name === name);
}
