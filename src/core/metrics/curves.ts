/**
 * ROC, precision–recall and calibration curves, bounded in size for reports: the ROC/PR points are
 * a subset of scikit-learn's `roc_curve(drop_intermediate=False)` / `precision_recall_curve` points
 * (one per distinct threshold), taken at evenly spaced shares of the rows ranked by score, plus both
 * ends; the calibration curve is `calibration_curve`'s (empty bins dropped).
 */
import type { BinaryData } from './binary-data.js';
import type { BinarySliceStats } from './binary-stats.js';
import type { ScoreOrder } from './sort-order.js';

export interface RocCurve {
  readonly fpr: number[];
  readonly tpr: number[];
  /** Score at or above which rows are predicted positive; null for the first point (scikit-learn's +inf). */
  readonly thresholds: (number | null)[];
}
export interface PrecisionRecallCurve {
  readonly precision: number[];
  readonly recall: number[];
  readonly thresholds: number[];
}
export interface CalibrationCurve {
  readonly prob_true: number[];
  readonly prob_pred: number[];
  readonly count: number[];
}
export interface Curves {
  /** null when y_true has one class (scikit-learn returns NaN rates then). */
  readonly roc: RocCurve | null;
  /** null when there are no positives. */
  readonly precision_recall: PrecisionRecallCurve | null;
  /** null unless the scores are probabilities. */
  readonly calibration: CalibrationCurve | null;
}

/** Samples the ROC and PR curves to at most `maxPoints` + 1 points and builds the calibration curve. */
export function computeCurves(data: BinaryData, order: ScoreOrder, stats: BinarySliceStats, maxPoints: number): Curves {
  const P = stats.positives;
  const N = stats.negatives;
  const fpsAt: number[] = [];
  const tpsAt: number[] = [];
  const thrAt: number[] = [];
  const { order: idx, sorted } = order;
  const n = idx.length;
  const step = n / Math.max(1, maxPoints - 1);
  let nextMark = step;
  let tps = 0;
  let fps = 0;
  for (let k = 0; k < n; k++) {
    if ((order.labels === undefined ? data.labels[idx[k]!] : order.labels[k]) === 1) tps++;
    else fps++;
    const last = k === n - 1;
    if (last || sorted[k + 1] !== sorted[k]) {
      if (last || k + 1 >= nextMark) {
        fpsAt.push(fps);
        tpsAt.push(tps);
        thrAt.push(sorted[k]!);
        while (nextMark <= k + 1) nextMark += step;
      }
    }
  }
  const roc: RocCurve | null = P > 0 && N > 0
    ? { fpr: [0, ...fpsAt.map((f) => f / N)], tpr: [0, ...tpsAt.map((t) => t / P)], thresholds: [null, ...thrAt] }
    : null;
  // scikit-learn lists PR points by increasing threshold and ends with (recall 0, precision 1).
  const precision_recall: PrecisionRecallCurve | null = P > 0
    ? {
        precision: [...tpsAt.map((t, j) => t / (t + fpsAt[j]!)).reverse(), 1],
        recall: [...tpsAt.map((t) => t / P).reverse(), 0],
        thresholds: [...thrAt].reverse(),
      }
    : null;
  let calibration: CalibrationCurve | null = null;
  if (stats.calibration !== null) {
    const { count, sumTrue, sumPred } = stats.calibration;
    const c: CalibrationCurve = { prob_true: [], prob_pred: [], count: [] };
    for (let b = 0; b < count.length; b++) {
      if (count[b]! === 0) continue;
      c.prob_true.push(sumTrue[b]! / count[b]!);
      c.prob_pred.push(sumPred[b]! / count[b]!);
      c.count.push(count[b]!);
    }
    calibration = c;
  }
  return { roc, precision_recall, calibration };
}
