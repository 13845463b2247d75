/**
 * The binary classification metrics, with scikit-learn's semantics (recent releases; see
 * docs/metrics.md for the version choices): `zero_division="warn"` acts as 0 and warns, one-class
 * ROC AUC is undefined (null here, NaN there), average precision without positives is 0.0, log loss
 * clips to float64 eps, MCC with a zero denominator is 0.0.
 */
import type { MetricDefinition, MetricOutcome } from './metric-definition.js';
import type { BinarySliceStats } from './binary-stats.js';
import { delongTest } from '../compare/delong.js';
import { mcnemarExactTest } from '../compare/mcnemar.js';

type BinaryMetric = MetricDefinition<BinarySliceStats>;

const needsProbabilities = (s: BinarySliceStats, f: () => number): MetricOutcome =>
  s.calibration === null ? { value: null, warning: 'scores are not probabilities in [0, 1]' } : { value: f() };

export const binaryMetrics: readonly BinaryMetric[] = [
  {
    name: 'roc_auc', aliases: ['roc_auc_score'], task: 'binary', greaterIsBetter: true, input: 'scores',
    description: 'Area under the ROC curve (ties count ½); sklearn roc_auc_score.',
    compute: (s) => s.positives === 0 || s.negatives === 0
      ? { value: null, warning: 'Only one class is present in y_true. ROC AUC score is not defined in that case.' }
      : { value: s.rocArea / (s.positives * s.negatives) },
    pairedTest: delongTest,
  },
  {
    name: 'average_precision', aliases: ['average_precision_score'], task: 'binary', greaterIsBetter: true, input: 'scores',
    description: 'Σ (R_n − R_{n−1})·P_n over distinct thresholds, no interpolation; sklearn average_precision_score.',
    compute: (s) => s.positives === 0
      ? { value: 0, warning: 'No positive class found in y_true, recall is set to one for all thresholds; average precision is 0.0.' }
      : { value: s.apSum / s.positives },
  },
  {
    name: 'log_loss', aliases: [], task: 'binary', greaterIsBetter: false, input: 'probabilities',
    description: 'Mean negative log-likelihood, p clipped to [eps, 1 − eps] (eps = float64 eps); sklearn log_loss.',
    compute: (s) => needsProbabilities(s, () => s.logLossSum / s.count),
  },
  {
    name: 'brier_score', aliases: ['brier_score_loss'], task: 'binary', greaterIsBetter: false, input: 'probabilities',
    description: 'Mean squared difference of probability and outcome; sklearn brier_score_loss.',
    compute: (s) => needsProbabilities(s, () => s.brierSum / s.count),
  },
  {
    name: 'accuracy', aliases: ['accuracy_score'], task: 'binary', greaterIsBetter: true, input: 'labels',
    description: 'Share of correct predicted labels; sklearn accuracy_score.',
    compute: (s) => ({ value: (s.tp + s.tn) / s.count }),
    pairedTest: mcnemarExactTest,
  },
  {
    name: 'balanced_accuracy', aliases: ['balanced_accuracy_score'], task: 'binary', greaterIsBetter: true, input: 'labels',
    description: 'Mean recall over the classes present in y_true; sklearn balanced_accuracy_score.',
    compute: balancedAccuracy,
  },
  {
    name: 'precision', aliases: ['precision_score'], task: 'binary', greaterIsBetter: true, input: 'labels',
    description: 'TP / (TP + FP), 0.0 with a warning when nothing is predicted positive; sklearn precision_score.',
    compute: (s) => s.tp + s.fp === 0
      ? { value: 0, warning: 'Precision is ill-defined and being set to 0.0 due to no predicted samples.' }
      : { value: s.tp / (s.tp + s.fp) },
  },
  {
    name: 'recall', aliases: ['recall_score'], task: 'binary', greaterIsBetter: true, input: 'labels',
    description: 'TP / (TP + FN), 0.0 with a warning when there are no positives; sklearn recall_score.',
    compute: (s) => s.tp + s.fn === 0
      ? { value: 0, warning: 'Recall is ill-defined and being set to 0.0 due to no true samples.' }
      : { value: s.tp / (s.tp + s.fn) },
  },
  {
    name: 'f1', aliases: ['f1_score'], task: 'binary', greaterIsBetter: true, input: 'labels',
    description: '2TP / (2TP + FP + FN), 0.0 with a warning when TP + FP + FN = 0; sklearn f1_score.',
    compute: (s) => s.tp + s.fp + s.fn === 0
      ? { value: 0, warning: 'F-score is ill-defined and being set to 0.0 due to no true nor predicted samples.' }
      : { value: (2 * s.tp) / (2 * s.tp + s.fp + s.fn) },
  },
  {
    name: 'mcc', aliases: ['matthews_corrcoef'], task: 'binary', greaterIsBetter: true, input: 'labels',
    description: 'Matthews correlation coefficient, 0.0 when the denominator is 0; sklearn matthews_corrcoef.',
    compute: matthews,
  },
  {
    name: 'ece', aliases: ['expected_calibration_error'], task: 'binary', greaterIsBetter: false, input: 'probabilities',
    description: 'Expected calibration error over calibration_curve bins: Σ (n_b/N)·|ȳ_b − p̄_b|.',
    compute: (s) => needsProbabilities(s, () => {
      const { count, sumTrue, sumPred } = s.calibration!;
      let ece = 0;
      for (let b = 0; b < count.length; b++) {
        const nb = count[b]!;
        if (nb > 0) ece += (nb / s.count) * Math.abs(sumTrue[b]! / nb - sumPred[b]! / nb);
      }
      return ece;
    }),
  },
];

function balancedAccuracy(s: BinarySliceStats): MetricOutcome {
  const recalls: number[] = [];
  if (s.positives > 0) recalls.push(s.tp / s.positives);
  if (s.negatives > 0) recalls.push(s.tn / s.negatives);
  const value = recalls.reduce((a, b) => a + b, 0) / recalls.length;
  const extraClass = (s.positives === 0 && s.tp + s.fp > 0) || (s.negatives === 0 && s.tn + s.fn > 0);
  return extraClass ? { value, warning: 'y_pred contains classes not in y_true' } : { value };
}

// scikit-learn's covariance form (matthews_corrcoef), which equals the 2×2 formula in exact arithmetic.
function matthews(s: BinarySliceStats): MetricOutcome {
  const n = s.count;
  const tTrue = [s.negatives, s.positives];
  const tPred = [s.tn + s.fn, s.fp + s.tp];
  const covYtYp = (s.tp + s.tn) * n - (tTrue[0]! * tPred[0]! + tTrue[1]! * tPred[1]!);
  const covYpYp = n * n - (tPred[0]! * tPred[0]! + tPred[1]! * tPred[1]!);
  const covYtYt = n * n - (tTrue[0]! * tTrue[0]! + tTrue[1]! * tTrue[1]!);
  if (covYtYt * covYpYp === 0) return { value: 0 };
  return { value: covYtYp / Math.sqrt(covYtYt * covYpYp) };
}
