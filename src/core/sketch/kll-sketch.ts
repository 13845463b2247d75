/**
 * KLL quantile sketch (Karnin, Lang, Liberty 2016) in the lazy-compaction form of the reference
 * implementation (edoliberty/streaming-quantiles): level h holds items of weight 2^h; a full level is
 * sorted and every other item (random offset) moves up. Mergeable: levels are concatenated and
 * recompacted. With k = 400 the normalised rank error stays well under 1% (property-tested). The coin
 * is a seeded xorshift so results are reproducible (core code takes no ambient randomness).
 */
export interface KllState {
  readonly k: number;
  readonly n: number;
  readonly levels: readonly Float64Array[];
  readonly seed: number;
}

const MIN_WIDTH = 8;

export class KllSketch {
  private levels: number[][] = [[]];
  private size = 0;
  private maxSize = 0;
  private rng: number;
  n = 0;

  constructor(
    readonly k = 400,
    seed = 0x9e3779b9,
  ) {
    this.rng = seed >>> 0 || 1;
    this.maxSize = this.capacity(0);
  }

  static fromState(state: KllState): KllSketch {
    const sketch = new KllSketch(state.k, state.seed);
    sketch.levels = state.levels.map((l) => Array.from(l));
    sketch.n = state.n;
    sketch.refresh();
    return sketch;
  }

  /** A structured-cloneable copy (for worker threads). */
  state(): KllState {
    return { k: this.k, n: this.n, levels: this.levels.map((l) => Float64Array.from(l)), seed: this.rng };
  }

  private capacity(h: number): number {
    const depth = this.levels.length - h - 1;
    return Math.max(MIN_WIDTH, Math.ceil(this.k * (2 / 3) ** depth));
  }

  private refresh(): void {
    this.size = this.levels.reduce((s, l) => s + l.length, 0);
    this.maxSize = this.levels.reduce((s, _l, h) => s + this.capacity(h), 0);
  }

  private coin(): number {
    let x = this.rng;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.rng = x >>> 0;
    return this.rng & 1;
  }

  /** Adds one value (NaN is ignored). */
  update(value: number): void {
    if (value !== value) return;
    (this.levels[0] as number[]).push(value);
    this.n++;
    if (++this.size >= this.maxSize) this.compress();
  }

  /** Adds `value` with integer weight `count`, one item per set bit (level h carries weight 2^h). */
  updateWeighted(value: number, count: number): void {
    if (value !== value || count <= 0) return;
    let w = count;
    for (let h = 0; w > 0; h++, w = Math.floor(w / 2)) {
      if (w % 2 === 1) {
        while (this.levels.length <= h) this.levels.push([]);
        (this.levels[h] as number[]).push(value);
      }
    }
    this.n += count;
    this.refresh();
    while (this.size >= this.maxSize) this.compress();
  }

  private compress(): void {
    for (let h = 0; h < this.levels.length; h++) {
      const level = this.levels[h] as number[];
      if (level.length < this.capacity(h)) continue;
      if (h + 1 >= this.levels.length) this.levels.push([]);
      const sorted = Float64Array.from(level).sort();
      const keep = sorted.length % 2 === 1;
      const end = keep ? sorted.length - 1 : sorted.length;
      const up = this.levels[h + 1] as number[];
      for (let i = this.coin(); i < end; i += 2) up.push(sorted[i] as number);
      this.levels[h] = keep ? [sorted[end] as number] : [];
      this.refresh();
      if (this.size < this.maxSize) return;
    }
  }

  /** Folds another sketch into this one. */
  merge(other: KllSketch | KllState): void {
    const o = other instanceof KllSketch ? other.state() : other;
    while (this.levels.length < o.levels.length) this.levels.push([]);
    o.levels.forEach((l, h) => {
      const level = this.levels[h] as number[];
      for (const v of l) level.push(v);
    });
    this.n += o.n;
    this.refresh();
    while (this.size >= this.maxSize) this.compress();
  }

  /** Items with their weights, sorted by value, and the cumulative weights. */
  private sortedView(): { values: Float64Array; cumulative: Float64Array } {
    const pairs: [number, number][] = [];
    this.levels.forEach((l, h) => {
      for (const v of l) pairs.push([v, 2 ** h]);
    });
    pairs.sort((a, b) => a[0] - b[0]);
    const values = new Float64Array(pairs.length);
    const cumulative = new Float64Array(pairs.length);
    let acc = 0;
    pairs.forEach(([v, w], i) => {
      acc += w;
      values[i] = v;
      cumulative[i] = acc;
    });
    return { values, cumulative };
  }

  /** The value whose rank is about q·n (0 ≤ q ≤ 1); NaN when empty. */
  quantiles(qs: readonly number[]): number[] {
    const { values, cumulative } = this.sortedView();
    const total = cumulative[cumulative.length - 1] ?? 0;
    return qs.map((q) => {
      if (values.length === 0) return NaN;
      const target = q * total;
      let lo = 0;
      let hi = values.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cumulative[mid] as number) < target) lo = mid + 1;
        else hi = mid;
      }
      return values[lo] as number;
    });
  }

  /** Estimated fraction of values ≤ x. */
  cdf(x: number): number {
    let below = 0;
    this.levels.forEach((l, h) => {
      for (const v of l) if (v <= x) below += 2 ** h;
    });
    return this.n === 0 ? 0 : below / this.n;
  }
}
