/**
 * Collects a numeric column in bounded memory for statistics that need the values themselves
 * (KS, Wasserstein, histograms, quantiles, rank correlations).
 *
 * - Exact while the column has at most `maxDistinct` distinct finite values: values are buffered,
 *   sorted and run-length merged into (value, count) pairs, 16 bytes per distinct value.
 * - Above that, it becomes a uniform random sample of `maxDistinct` values (Vitter's Algorithm R,
 *   seeded xoshiro128**, so the same input and seed give the same sample). The multiset seen so
 *   far is first sampled without replacement (Knuth's Algorithm S), which leaves the reservoir in
 *   exactly the state Algorithm R would have reached. `sampled` tells consumers the result is a sample.
 * Count, min and max are always exact.
 */
import { createRandom, type Random } from '../random/xoshiro128.js';
import type { WeightedSample } from './weighted-sample.js';

/** Default exact/reservoir capacity: 100,000 distinct values (1.6 MB exact, 0.8 MB as a reservoir). */
export const DEFAULT_MAX_DISTINCT = 100_000;
// Values are buffered and merged in chunks: larger chunks mean fewer O(distinct) merges.
const BUFFER = 65536;

export interface BoundedSampleResult {
  readonly sample: WeightedSample;
  /** True when `sample` is a reservoir sample of `count` values rather than all of them. */
  readonly sampled: boolean;
  readonly count: number;
  readonly min: number;
  readonly max: number;
}

export class BoundedSample {
  private buffer = new Float64Array(BUFFER);
  private buffered = 0;
  private values = new Float64Array(0);
  private counts = new Float64Array(0);
  private reservoir: Float64Array | null = null;
  private random: Random;
  count = 0;
  min = Infinity;
  max = -Infinity;

  constructor(
    private readonly maxDistinct = DEFAULT_MAX_DISTINCT,
    seed = 0,
  ) {
    this.random = createRandom(seed);
  }

  /** Adds one finite value. */
  add(v: number): void {
    this.count++;
    if (v < this.min) this.min = v;
    if (v > this.max) this.max = v;
    if (this.reservoir) {
      const j = Math.floor(this.random.nextFloat() * this.count);
      if (j < this.reservoir.length) this.reservoir[j] = v;
      return;
    }
    this.buffer[this.buffered++] = v === 0 ? 0 : v;
    if (this.buffered === BUFFER) this.compact();
  }

  private compact(): void {
    const chunk = this.buffer.subarray(0, this.buffered).sort();
    this.buffered = 0;
    const outV = new Float64Array(this.values.length + chunk.length);
    const outC = new Float64Array(outV.length);
    let i = 0;
    let j = 0;
    let k = 0;
    const push = (v: number, c: number): void => {
      if (k > 0 && outV[k - 1] === v) outC[k - 1] = outC[k - 1]! + c;
      else {
        outV[k] = v;
        outC[k++] = c;
      }
    };
    while (i < this.values.length || j < chunk.length) {
      if (j >= chunk.length || (i < this.values.length && this.values[i]! <= chunk[j]!)) {
        push(this.values[i]!, this.counts[i]!);
        i++;
      } else push(chunk[j++]!, 1);
    }
    this.values = outV.slice(0, k);
    this.counts = outC.slice(0, k);
    if (k > this.maxDistinct) this.toReservoir();
  }

  private toReservoir(): void {
    const size = this.maxDistinct;
    const reservoir = new Float64Array(size);
    let seen = 0;
    let chosen = 0;
    const total = this.count;
    for (let i = 0; i < this.values.length && chosen < size; i++) {
      for (let c = 0; c < this.counts[i]! && chosen < size; c++) {
        if (this.random.nextFloat() * (total - seen) < size - chosen) reservoir[chosen++] = this.values[i]!;
        seen++;
      }
    }
    this.reservoir = reservoir;
    this.values = new Float64Array(0);
    this.counts = new Float64Array(0);
  }

  /** The exact weighted sample, or the reservoir sample once the distinct cap was passed. */
  result(): BoundedSampleResult {
    if (!this.reservoir && this.buffered > 0) this.compact();
    const common = { count: this.count, min: this.min, max: this.max };
    if (!this.reservoir) {
      return { sample: { values: this.values, counts: this.counts, total: this.count }, sampled: false, ...common };
    }
    const sorted = Float64Array.from(this.reservoir).sort();
    const values: number[] = [];
    const counts: number[] = [];
    for (const v of sorted) {
      if (values.length > 0 && values[values.length - 1] === v) counts[counts.length - 1]! += 1;
      else {
        values.push(v);
        counts.push(1);
      }
    }
    return { sample: { values: Float64Array.from(values), counts: Float64Array.from(counts), total: sorted.length }, sampled: true, ...common };
  }
}
