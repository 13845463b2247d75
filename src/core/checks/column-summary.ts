import { CELL_NULL, type RecordBatch } from '../data/record-batch.js';
import { cellKinds, columnTexts } from './cell-access.js';
import { BoundedSample } from '../stats/bounded-sample.js';
import type { WeightedSample } from '../stats/weighted-sample.js';

/** Counters kept by the Misra–Gries summary: exact while a column has at most this many distinct values. */
export const TOP_VALUE_COUNTERS = 10_000;


/**
 * Most-common-value counting in bounded memory (Misra–Gries): exact while the column has at most
 * TOP_VALUE_COUNTERS distinct values, otherwise each count is low by at most n / (k + 1).
 * Numbers are keyed by value, as pandas' value_counts on a numeric column; nulls count as one value (dropna=False).
 * Numbers and texts live in separate maps so that counting a cell allocates nothing.
 */
export class TopValueCounter {
  private readonly numbers = new Map<number, number>();
  private readonly texts = new Map<string, number>();
  private nulls = 0;
  exact = true;
  total = 0;

  add(text: string | null, num: number): void {
    this.total++;
    if (text === null) {
      this.nulls++;
      return;
    }
    if (Number.isNaN(num)) this.bump(this.texts, text);
    else this.bump(this.numbers, num === 0 ? 0 : num);
  }

  private bump<K>(map: Map<K, number>, key: K): void {
    const c = map.get(key);
    if (c !== undefined) map.set(key, c + 1);
    else if (this.numbers.size + this.texts.size < TOP_VALUE_COUNTERS) map.set(key, 1);
    else {
      // Misra–Gries: a new key with no free counter decrements every counter instead.
      this.exact = false;
      for (const m of [this.numbers, this.texts] as Map<unknown, number>[]) {
        for (const [k, v] of m) {
          if (v <= 1) m.delete(k);
          else m.set(k, v - 1);
        }
      }
    }
  }

  /** The distinct non-null values (numbers as numbers), or null when the summary is not exact. */
  domain(): (string | number)[] | null {
    return this.exact ? [...this.numbers.keys(), ...this.texts.keys()] : null;
  }

  /** Share of rows that are null. */
  nullShare(): number {
    return this.total === 0 ? 0 : this.nulls / this.total;
  }

  /** The most common value (as text; `null` for nulls) and its share of all rows. */
  top(): { value: string | null; count: number; share: number } | null {
    if (this.total === 0) return null;
    let value: string | null = null;
    let count = this.nulls;
    let found = this.nulls > 0;
    for (const [k, v] of this.numbers) if (!found || v > count) [value, count, found] = [String(k), v, true];
    for (const [k, v] of this.texts) if (!found || v > count) [value, count, found] = [k, v, true];
    if (!found) return null;
    return { value, count, share: count / this.total };
  }
}

/** Welford mean and sample variance (ddof = 1, as pandas' std) plus a bounded sample for quantiles. */
export class NumericSummary {
  count = 0;
  private mean = 0;
  private m2 = 0;
  readonly sample = new BoundedSample();

  consume(batch: RecordBatch, column: number): void {
    const nums = batch.numbers(column);
    for (let i = 0; i < batch.length; i++) {
      const x = nums[i]!;
      if (!Number.isFinite(x)) continue;
      this.count++;
      const d = x - this.mean;
      this.mean += d / this.count;
      this.m2 += d * (x - this.mean);
      this.sample.add(x);
    }
  }

  result(): { count: number; mean: number | null; std: number | null; quantile: (q: number) => number | null; sampled: boolean } {
    const s = this.sample.result();
    return {
      count: this.count,
      mean: this.count === 0 ? null : this.mean,
      std: this.count < 2 ? null : Math.sqrt(this.m2 / (this.count - 1)),
      quantile: (q) => (s.sample.total === 0 ? null : linearQuantile(s.sample, q)),
      sampled: s.sampled,
    };
  }
}

/** pandas' default quantile (numpy 'linear'): value at position (n − 1)·q, interpolated between neighbours. */
export function linearQuantile(sample: WeightedSample, q: number): number {
  const h = (sample.total - 1) * q;
  const lo = Math.floor(h);
  const at = (rank: number): number => {
    let acc = 0;
    for (let i = 0; i < sample.values.length; i++) {
      acc += sample.counts[i]!;
      if (rank < acc) return sample.values[i]!;
    }
    return sample.values[sample.values.length - 1]!;
  };
  const a = at(lo);
  const b = at(Math.min(lo + 1, sample.total - 1));
  return a + (h - lo) * (b - a);
}

/** Feeds one column of a batch to a counter, decoding text only for cells that are not numbers. */
export function countValues(counter: TopValueCounter, batch: RecordBatch, column: number): void {
  const kinds = cellKinds(batch, column);
  const nums = batch.numbers(column);
  let texts: readonly (string | null)[] | undefined;
  for (let i = 0; i < batch.length; i++) {
    const x = nums[i]!;
    if (kinds[i] === CELL_NULL) counter.add(null, NaN);
    else if (!Number.isNaN(x)) counter.add('', x);
    else counter.add((texts ??= columnTexts(batch, column))[i] ?? '', NaN);
  }
}
