/**
 * Confusion counts of one group. Every group metric and every disparity is a function of these counts,
 * which is what makes the bootstrap cheap: resampling rows only re-counts four cells per group.
 */
export interface ConfusionCounts {
  readonly tp: number;
  readonly fp: number;
  readonly tn: number;
  readonly fn: number;
}

/** Cell codes used for per-row bookkeeping (index into a counts vector). */
export const CELL = Object.freeze({ tp: 0, fp: 1, tn: 2, fn: 3 });

/** The cell of one row given its true and predicted label (1 = positive). */
export function cellOf(yTrue: number, yPred: number): number {
  if (yTrue === 1) return yPred === 1 ? CELL.tp : CELL.fn;
  return yPred === 1 ? CELL.fp : CELL.tn;
}

/** Builds counts from a 4-vector indexed by CELL. */
export function countsFromVector(v: ArrayLike<number>, offset = 0): ConfusionCounts {
  return { tp: v[offset + CELL.tp] ?? 0, fp: v[offset + CELL.fp] ?? 0, tn: v[offset + CELL.tn] ?? 0, fn: v[offset + CELL.fn] ?? 0 };
}

/** Number of rows. */
export function total(c: ConfusionCounts): number {
  return c.tp + c.fp + c.tn + c.fn;
}

/** Number of rows whose true label is positive. */
export function positives(c: ConfusionCounts): number {
  return c.tp + c.fn;
}

/** Number of rows whose true label is negative. */
export function negatives(c: ConfusionCounts): number {
  return c.tn + c.fp;
}

/** Sums counts (the pooled group of several groups). */
export function sumCounts(list: readonly ConfusionCounts[]): ConfusionCounts {
  let tp = 0, fp = 0, tn = 0, fn = 0;
  for (const c of list) {
    tp += c.tp; fp += c.fp; tn += c.tn; fn += c.fn;
  }
  return { tp, fp, tn, fn };
}
