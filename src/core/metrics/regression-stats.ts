/**
 * Sufficient statistics of the regression metrics per slice (everything, or one group), weighted
 * like scikit-learn's `sample_weight`. Two passes so that R²'s total sum of squares is computed
 * around the weighted mean exactly as scikit-learn does (no one-pass cancellation).
 */
import type { GroupColumn, RegressionData } from './binary-data.js';

export interface RegressionSliceStats {
  readonly count: number;
  readonly sumAbsError: number;
  readonly sumSquaredError: number;
  /** Σ w·|y − ŷ| / max(|y|, eps64). */
  readonly sumAbsPercentageError: number;
  /** Σ w·(y − ȳ)², the total sum of squares. */
  readonly sumSquaresTotal: number;
}

export interface RegressionStats {
  readonly overall: RegressionSliceStats;
  readonly groups: readonly (readonly RegressionSliceStats[])[];
}

const EPS = 2.220446049250313e-16;

/** Computes the regression statistics of all slices. */
export function computeRegressionStats(data: RegressionData, options: { weights?: Float64Array | undefined; groups?: readonly GroupColumn[] }): RegressionStats {
  const groups = options.groups ?? [];
  const weights = options.weights;
  const bases: number[] = [];
  let slices = 1;
  for (const g of groups) {
    bases.push(slices);
    slices += g.values.length;
  }
  const sliceOf = (i: number, k: number): number => (k === 0 ? 0 : bases[k - 1]! + groups[k - 1]!.codes[i]!);
  const count = new Float64Array(slices);
  const sumY = new Float64Array(slices);
  const abs = new Float64Array(slices);
  const sq = new Float64Array(slices);
  const ape = new Float64Array(slices);
  const { targets: y, predictions: p } = data;
  for (let i = 0; i < y.length; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    if (w === 0) continue;
    const e = y[i]! - p[i]!;
    const ae = Math.abs(e);
    const pe = ae / Math.max(Math.abs(y[i]!), EPS);
    for (let k = 0; k <= groups.length; k++) {
      const s = sliceOf(i, k);
      count[s]! += w;
      sumY[s]! += w * y[i]!;
      abs[s]! += w * ae;
      sq[s]! += w * e * e;
      ape[s]! += w * pe;
    }
  }
  const tot = new Float64Array(slices);
  for (let i = 0; i < y.length; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    if (w === 0) continue;
    for (let k = 0; k <= groups.length; k++) {
      const s = sliceOf(i, k);
      const d = y[i]! - sumY[s]! / count[s]!;
      tot[s]! += w * d * d;
    }
  }
  const slice = (s: number): RegressionSliceStats => ({
    count: count[s]!, sumAbsError: abs[s]!, sumSquaredError: sq[s]!, sumAbsPercentageError: ape[s]!, sumSquaresTotal: tot[s]!,
  });
  return { overall: slice(0), groups: groups.map((g, gi) => g.values.map((_, code) => slice(bases[gi]! + code))) };
}
