import { createRandom } from '../random/xoshiro128.js';
import { frameFromCounts, type GroupFrame, type IndexedFrame } from './group-frame.js';
import type { MetricValue } from './metric-value.js';

export interface BootstrapOptions {
  readonly nResamples: number;
  /** Two-sided confidence level, e.g. 0.95. */
  readonly confidenceLevel: number;
  readonly seed: number;
}

/** A percentile bootstrap interval; low/high are null when too few resamples gave a defined value. */
export interface BootstrapInterval {
  readonly low: number | null;
  readonly high: number | null;
  readonly confidenceLevel: number;
  readonly nResamples: number;
  /** Resamples on which the disparity was undefined (excluded from the percentiles). */
  readonly nUndefined: number;
  readonly method: 'percentile, stratified by group';
  readonly seed: number;
}

/** numpy.percentile's default (linear) interpolation on sorted values, q in [0, 1]. */
export function percentile(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return a + (h - lo) * (b - a);
}

/**
 * Seeded percentile bootstrap of a disparity. Rows are resampled with replacement within each group, so every
 * resample keeps every group at its observed size (a resample that drops a small group would measure a
 * different disparity). Same data, seed and resample count give the same interval on every platform.
 */
export function bootstrapDisparity(indexed: IndexedFrame, compute: (frame: GroupFrame) => MetricValue, options: BootstrapOptions): BootstrapInterval {
  const rng = createRandom(options.seed);
  // Only each row's confusion cell matters, so a resample draws cells per group and counts them directly.
  const cellsOf: number[][] = indexed.keys.map(() => []);
  for (let i = 0; i < indexed.rowGroup.length; i++) (cellsOf[indexed.rowGroup[i] as number] as number[]).push(indexed.rowCell[i] as number);
  const groupCells = cellsOf.map((c) => Uint8Array.from(c));
  const counts = new Float64Array(indexed.keys.length * 4);
  const values: number[] = [];
  let nUndefined = 0;
  for (let r = 0; r < options.nResamples; r++) {
    counts.fill(0);
    groupCells.forEach((cells, g) => {
      for (let k = 0; k < cells.length; k++) counts[g * 4 + (cells[rng.nextBelow(cells.length)] as number)]! += 1;
    });
    const v = compute(frameFromCounts(indexed.frame.attributes, indexed.keys, counts)).value;
    if (v === null) nUndefined++;
    else values.push(v);
  }
  values.sort((a, b) => a - b);
  const alpha = (1 - options.confidenceLevel) / 2;
  // Fewer than half the resamples defined: the interval would describe a different population.
  const usable = values.length > 0 && values.length * 2 >= options.nResamples;
  return {
    low: usable ? percentile(values, alpha) : null,
    high: usable ? percentile(values, 1 - alpha) : null,
    confidenceLevel: options.confidenceLevel,
    nResamples: options.nResamples,
    nUndefined,
    method: 'percentile, stratified by group',
    seed: options.seed,
  };
}
