import { createRandom } from '../random/xoshiro128.js';
import { frameFromAssignments, type GroupFrame, type IndexedFrame } from './group-frame.js';
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
  const members: number[][] = indexed.keys.map(() => []);
  for (let i = 0; i < indexed.rowGroup.length; i++) (members[indexed.rowGroup[i] as number] as number[]).push(i);
  const sample = new Int32Array(indexed.rowGroup.length);
  const values: number[] = [];
  let nUndefined = 0;
  for (let r = 0; r < options.nResamples; r++) {
    let j = 0;
    for (const rows of members) {
      for (let k = 0; k < rows.length; k++) sample[j++] = rows[rng.nextBelow(rows.length)] as number;
    }
    const v = compute(frameFromAssignments(indexed.frame.attributes, indexed.keys, indexed.rowGroup, indexed.rowCell, sample)).value;
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
