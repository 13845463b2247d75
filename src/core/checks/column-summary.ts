import type { RecordBatch } from '../data/record-batch.js';
import { BoundedSample } from '../stats/bounded-sample.js';
import type { WeightedSample } from '../stats/weighted-sample.js';

/** Counters kept by the Misra–Gries summary: exact while a column has at most this many distinct values. */
export const TOP_VALUE_COUNTERS = 10_000;

const NULL_KEY = '\u0000null';

/**
 * Most-common-value counting in bounded memory (Misra–Gries): exact while the column has at most
 * TOP_VALUE_COUNTERS distinct values, otherwise each count is low by at most n / (k + 1).
 * Numbers are keyed by value, as pandas' value_counts on a numeric column; nulls count as one value (dropna=False).
 */
export class TopValueCounter {
  private readonly counts = new Map<string, number>();
  exact = true;
  total = 0;

  add(text: string | null, num: number): void {
    this.total++;
    const key = text === null ? NULL_KEY : Number.isNaN(num) ? `s${text}` : `n${num}`;
    const c = this.counts.get(key);
    if (c !== undefined) this.counts.set(key, c + 1);
    else if (this.counts.size < TOP_VALUE_COUNTERS) this.counts.set(key, 1);
    else {
      this.exact = false;
      for (const [k, v] of this.counts) {
        if (v <= 1) this.counts.delete(k);
        else this.counts.set(k, v - 1);
      }
    }
  }

  /** The distinct non-null values (numbers as numbers), or null when the summary is not exact. */
  domain(): (string | number)[] | null {
    if (!this.exact) return null;
    const out: (string | number)[] = [];
    for (const k of this.counts.keys()) if (k !== NULL_KEY) out.push(k.startsWith('n') ? Number(k.slice(1)) : k.slice(1));
    return out;
  }

  /** Share of rows that are null. */
  nullShare(): number {
    return this.total === 0 ? 0 : (this.counts.get(NULL_KEY) ?? 0) / this.total;
  }

  /** The most common value (as text; `null` for nulls) and its share of all rows. */
  top(): { value: string | null; count: number; share: number } | null {
    let best: [string, number] | undefined;
    for (const e of this.counts) if (best === undefined || e[1] > best[1]) best = e;
    if (best === undefined || this.total === 0) return null;
    const value = best[0] === NULL_KEY ? null : best[0].slice(1);
    return { value, count: best[1], share: best[1] / this.total };
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
