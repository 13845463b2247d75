/**
 * The per-value or per-bin frequencies Evidently's tests compare (stattests/utils.py::get_binned_data and
 * the value-count alignment of chisquare/z tests), computed from two column profiles.
 */
import { histogramCounts, sturgesBinEdges } from '../stats/histogram.js';
import { mergedCumulative } from '../stats/weighted-sample.js';
import type { ColumnProfile, ColumnType } from './column-profile.js';

/** Aligned counts over the union of non-null values (or bins), with each side's total. */
export interface AlignedCounts {
  readonly keys: readonly string[];
  readonly reference: readonly number[];
  readonly current: readonly number[];
  readonly referenceTotal: number;
  readonly currentTotal: number;
}

/** Value counts over the union of values: numbers for a numerical column, raw text for a categorical one. */
export function valueCounts(type: ColumnType, ref: ColumnProfile, cur: ColumnProfile): AlignedCounts | null {
  if (type === 'num') {
    const a = ref.numeric;
    const b = cur.numeric;
    if (!a || !b) return null;
    const keys: string[] = [];
    const reference: number[] = [];
    const current: number[] = [];
    let prevA = 0;
    let prevB = 0;
    for (const { value, cumA, cumB } of mergedCumulative(a.sample, b.sample)) {
      keys.push(String(value));
      reference.push(cumA - prevA);
      current.push(cumB - prevB);
      prevA = cumA;
      prevB = cumB;
    }
    return { keys, reference, current, referenceTotal: a.sample.total, currentTotal: b.sample.total };
  }
  const a = ref.categories;
  const b = cur.categories;
  if (!a || !b) return null;
  const keys = [...new Set([...a.counts.keys(), ...b.counts.keys()])].sort();
  return {
    keys,
    reference: keys.map((k) => a.counts.get(k) ?? 0),
    current: keys.map((k) => b.counts.get(k) ?? 0),
    referenceTotal: a.count,
    currentTotal: b.count,
  };
}

/** Number of distinct non-null values in the union of both sides (Evidently's `nunique(concat)`). */
export function uniqueCount(type: ColumnType, ref: ColumnProfile, cur: ColumnProfile): number | null {
  return valueCounts(type, ref, cur)?.keys.length ?? null;
}

/** Replaces zero proportions as Evidently does for PSI: 1e-4, or min_nonzero/1e6 if that is <= 1e-4. */
export function fillZeroProportions(p: readonly number[]): number[] {
  const nonzero = p.filter((v) => v !== 0);
  if (nonzero.length === 0) return [...p];
  const min = Math.min(...nonzero);
  const fill = min <= 0.0001 ? min / 1e6 : 0.0001;
  return p.map((v) => (v === 0 ? fill : v));
}

/**
 * Evidently's get_binned_data: a numerical column whose reference has more than 20 distinct values is
 * cut at np.histogram_bin_edges(concat, 'sturges'); otherwise proportions of each distinct value.
 * Proportions are counts / len(side) and are NOT renormalised after the zero fill.
 */
export function binnedProportions(type: ColumnType, ref: ColumnProfile, cur: ColumnProfile, fillZeros: boolean): { reference: number[]; current: number[] } | null {
  let reference: number[];
  let current: number[];
  if (type === 'num' && ref.numeric && cur.numeric && ref.numeric.sample.values.length > 20) {
    const a = ref.numeric;
    const b = cur.numeric;
    const edges = sturgesBinEdges(Math.min(a.min, b.min), Math.max(a.max, b.max), a.count + b.count);
    reference = [...histogramCounts(a.sample, edges)].map((c) => c / a.sample.total);
    current = [...histogramCounts(b.sample, edges)].map((c) => c / b.sample.total);
  } else {
    const counts = valueCounts(type, ref, cur);
    if (!counts) return null;
    reference = counts.reference.map((c) => c / counts.referenceTotal);
    current = counts.current.map((c) => c / counts.currentTotal);
  }
  return fillZeros ? { reference: fillZeroProportions(reference), current: fillZeroProportions(current) } : { reference, current };
}
