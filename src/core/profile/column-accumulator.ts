import { CELL_NULL, CELL_NUMBER, cellKinds, type RecordBatch } from '../data/record-batch.js';
import { decodeCell } from '../data/byte-record-batch.js';
import { columnStats, numbersAreDigitLiterals, textDictionary } from '../data/batch-views.js';
import { HASH_PARTS, hashNumber, hashRawCell, hashStringInto } from '../sketch/hash.js';
import { HyperLogLog } from '../sketch/hyperloglog.js';
import { KllSketch, type KllState } from '../sketch/kll-sketch.js';
import { FrequentItems, type FrequentItem } from '../sketch/misra-gries.js';

/** Distinct values counted exactly; beyond this a column switches to HyperLogLog, KLL and Misra–Gries. */
export const EXACT_DISTINCT_LIMIT = 10_000;
const DENSE = 1 << 16;
/** Interleaved count tables of consumeDenseIntegers: lanes, and the widest range they are used for. */
const LANES = 4;
const MAX_LANE_SPAN = 1024;
const lanesBuffer = new Int32Array(MAX_LANE_SPAN * LANES);

/** The zeroed first `size` entries of the shared lane tables (one thread runs one accumulator at a time). */
function laneScratch(size: number): Int32Array {
  const lanes = lanesBuffer.subarray(0, size);
  lanes.fill(0);
  return lanes;
}

/** A distinct text value: the map is keyed by one 30-bit hash half, `check` is the other; collisions chain. */
export interface TextEntry {
  readonly check: number;
  readonly key: number;
  readonly text: string;
  count: number;
  next: TextEntry | null;
}

/** Every entry of a text table, chains included. */
export function* textEntries(map: ReadonlyMap<number, TextEntry>): Generator<TextEntry> {
  for (const head of map.values()) for (let e: TextEntry | null = head; e !== null; e = e.next) yield e;
}

/** Structured-cloneable state of one column, for merging partial profiles across worker threads. */
export interface ColumnState {
  count: number;
  nulls: number;
  numbers: number;
  texts: number;
  nonFinite: number;
  integral: number;
  finite: number;
  mean: number;
  m2: number;
  min: number;
  max: number;
  exact: boolean;
  denseBase: number;
  dense: Float64Array | null;
  denseDistinct: number;
  numberMap: Map<number, number>;
  textMap: Map<number, TextEntry>;
  textDistinct: number;
  hll: Uint8Array | null;
  kll: KllState | null;
  frequent: { items: Map<number, FrequentItem>; offset: number } | null;
}

/** Per-column profile statistics over a stream of batches; mergeable. */
export class ColumnAccumulator {
  s: ColumnState;
  private hll: HyperLogLog | null = null;
  private kll: KllSketch | null = null;
  private frequent: FrequentItems | null = null;

  constructor(state?: ColumnState) {
    this.s = state ?? { count: 0, nulls: 0, numbers: 0, texts: 0, nonFinite: 0, integral: 0, finite: 0, mean: 0, m2: 0, min: Infinity, max: -Infinity, exact: true, denseBase: NaN, dense: null, denseDistinct: 0, numberMap: new Map(), textMap: new Map(), textDistinct: 0, hll: null, kll: null, frequent: null };
    if (state && !state.exact) {
      this.hll = new HyperLogLog(state.hll ?? undefined);
      this.kll = state.kll ? KllSketch.fromState(state.kll) : new KllSketch();
      this.frequent = new FrequentItems();
      if (state.frequent) this.frequent.merge(state.frequent);
    }
  }

  get distinctSoFar(): number {
    return this.s.denseDistinct + this.s.numberMap.size + this.s.textDistinct;
  }

  /** Adds column `c` of a batch. */
  consume(batch: RecordBatch, c: number): void {
    const s = this.s;
    const n = batch.length;
    const kinds = cellKinds(batch, c);
    const nums = batch.numbers(c);
    const stats = columnStats(batch, c);
    if (s.exact && s.dense !== null && stats.texts === 0 && stats.numbers > 0 && numbersAreDigitLiterals(batch, c)) {
      // Integers only, all inside the dense window, and too few possible new values to leave the exact
      // tables: the per-cell path would do exactly this loop's work (same sums in the same order).
      const lo = stats.finiteMin - s.denseBase;
      const hi = stats.finiteMax - s.denseBase;
      if (lo >= 0 && hi < DENSE && this.distinctSoFar + Math.min(stats.numbers, hi - lo + 1) <= EXACT_DISTINCT_LIMIT) {
        this.consumeDenseIntegers(kinds, nums, n, stats.nulls, lo, hi);
        if (stats.finiteMin < s.min) s.min = stats.finiteMin;
        if (stats.finiteMax > s.max) s.max = stats.finiteMax;
        return;
      }
    }
    const raw = batch.raw;
    const starts = raw?.starts(c);
    const ends = raw?.ends(c);
    const escaped = raw?.escaped(c);
    const bytes = raw?.bytes;
    const cells = raw === undefined ? batch.cells[c] : undefined;
    let nulls = 0;
    let texts = 0;
    let finite = 0;
    let min = s.min;
    let max = s.max;
    let dense = s.dense;
    let base = s.denseBase;
    let exact = s.exact;
    const rawText = bytes !== undefined && starts !== undefined && ends !== undefined && escaped !== undefined;
    // Text cells of a low-cardinality batch are counted per distinct text (the dictionary), after the loop.
    const dict = stats.texts > 0 ? textDictionary(batch, c) : undefined;
    // Shifted sums (shift = the batch's first finite value) give the batch's M2 in one pass without the
    // cancellation of raw sums of squares.
    let shift = NaN;
    let s1 = 0;
    let s2 = 0;
    let integral = 0;
    let nonFinite = 0;
    // Nulls and dictionary texts only (a category column): the batch's counts are all the loop would find.
    const cellsLeft = dict === undefined || stats.numbers > 0 ? n : 0;
    if (cellsLeft === 0) {
      nulls = stats.nulls;
      texts = stats.texts;
    }
    for (let i = 0; i < cellsLeft; i++) {
      const k = kinds[i];
      if (k === CELL_NULL) {
        nulls++;
        continue;
      }
      if (k === CELL_NUMBER) {
        const v = nums[i] as number;
        if (v - v === 0) {
          if (finite === 0) shift = v;
          finite++;
          const d = v - shift;
          s1 += d;
          s2 += d * d;
          if (v < min) min = v;
          if (v > max) max = v;
          if (v === Math.floor(v)) {
            integral++;
            // Hot path: a repeated integer inside the dense window just increments its slot.
            if (dense !== null && exact) {
              const idx = v - base;
              if (idx >= 0 && idx < DENSE) {
                const seen = dense[idx] as number;
                if (seen !== 0) {
                  dense[idx] = seen + 1;
                  continue;
                }
              }
            }
          }
        } else nonFinite++;
        if (exact) {
          this.countNumber(v);
          exact = s.exact;
          dense = s.dense;
          base = s.denseBase;
        } else {
          this.hll?.add(hashNumber(v));
          if (v - v === 0) this.kll?.update(v);
        }
        continue;
      }
      texts++;
      if (dict !== undefined) continue;
      if (rawText) hashRawCell(bytes, starts[i] as number, ends[i] as number, escaped[i] === 1);
      else hashStringInto(this.text(batch, c, i, cells));
      this.countText(1, () => this.text(batch, c, i, cells));
      exact = s.exact;
    }
    if (dict !== undefined) {
      // The same keys and table updates as the per-cell path, once per distinct text with its count.
      for (let id = 0; id < dict.texts.length; id++) {
        const row = dict.firstRows[id] as number;
        const text = dict.texts[id] as string;
        if (rawText) hashRawCell(bytes, starts[row] as number, ends[row] as number, escaped[row] === 1);
        else hashStringInto(text);
        this.countText(dict.counts[id] as number, () => text);
      }
    }
    s.integral += integral;
    s.nonFinite += nonFinite;
    s.count += n - nulls;
    s.nulls += nulls;
    s.texts += texts;
    s.numbers += n - nulls - texts;
    s.min = min;
    s.max = max;
    if (finite > 0) {
      // Chan et al.'s parallel update merges the batch's mean and M2 into the running Welford state.
      const bMean = shift + s1 / finite;
      const bM2 = Math.max(0, s2 - (s1 * s1) / finite);
      this.mergeMoments(finite, bMean, bM2);
    }
  }

  /**
   * Counts `count` occurrences of the text whose hash is in HASH_PARTS: in the exact table while it fits
   * (`textOf` is only called for a new entry), else in the sketches.
   */
  private countText(count: number, textOf: () => string): void {
    const s = this.s;
    if (!s.exact) {
      const key = HASH_PARTS[2] as number;
      this.hll?.add(key);
      this.frequent?.add(key, textOf, count);
      return;
    }
    const a = HASH_PARTS[0] as number;
    const check = HASH_PARTS[1] as number;
    const head = s.textMap.get(a);
    let e = head ?? null;
    while (e !== null && e.check !== check) e = e.next;
    if (e !== null) e.count += count;
    else {
      s.textMap.set(a, { check, key: HASH_PARTS[2] as number, text: textOf(), count, next: head ?? null });
      s.textDistinct++;
      if (this.distinctSoFar > EXACT_DISTINCT_LIMIT) this.overflow();
    }
  }

  /**
   * A batch of integers in [base + lo, base + hi] of the dense window. A narrow range is counted in LANES
   * interleaved tables (cell i in lane i % LANES) and folded into the window after the loop: a run of equal
   * values (a column of zeros) would otherwise make each increment wait for the previous one's store.
   */
  private consumeDenseIntegers(kinds: Uint8Array, nums: Float64Array, n: number, nulls: number, lo: number, hi: number): void {
    const s = this.s;
    const dense = s.dense as Float64Array;
    const base = s.denseBase;
    const span = hi - lo + 1;
    const lanes = span <= MAX_LANE_SPAN ? laneScratch(span * LANES) : undefined;
    let shift = NaN;
    let finite = 0;
    let s1 = 0;
    let s2 = 0;
    let fresh = 0;
    // Table indices are integers (the caller checked the range): a double index takes a slower typed-array path.
    if (lanes !== undefined) {
      const from = base + lo;
      for (let i = 0; i < n; i++) {
        if (kinds[i] !== CELL_NUMBER) continue;
        const v = nums[i] as number;
        if (finite === 0) shift = v;
        finite++;
        const d = v - shift;
        s1 += d;
        s2 += d * d;
        const j = ((v - from) | 0) * LANES + (i & (LANES - 1));
        lanes[j] = (lanes[j] as number) + 1;
      }
    } else {
      for (let i = 0; i < n; i++) {
        if (kinds[i] !== CELL_NUMBER) continue;
        const v = nums[i] as number;
        if (finite === 0) shift = v;
        finite++;
        const d = v - shift;
        s1 += d;
        s2 += d * d;
        const idx = (v - base) | 0;
        const seen = dense[idx] as number;
        if (seen === 0) fresh++;
        dense[idx] = seen + 1;
      }
    }
    if (lanes !== undefined) {
      for (let k = 0; k < span; k++) {
        const j = k * LANES;
        const count = (lanes[j] as number) + (lanes[j + 1] as number) + (lanes[j + 2] as number) + (lanes[j + 3] as number);
        if (count === 0) continue;
        const seen = dense[lo + k] as number;
        if (seen === 0) fresh++;
        dense[lo + k] = seen + count;
      }
    }
    s.denseDistinct += fresh;
    s.integral += finite;
    s.count += n - nulls;
    s.nulls += nulls;
    s.numbers += finite;
    this.mergeMoments(finite, shift + s1 / finite, Math.max(0, s2 - (s1 * s1) / finite));
  }

  private text(batch: RecordBatch, c: number, i: number, cells: ReadonlyArray<string | null> | undefined): string {
    const raw = batch.raw;
    if (raw !== undefined) return decodeCell(raw.bytes, raw.starts(c)[i] ?? 0, raw.ends(c)[i] ?? 0, raw.escaped(c)[i] === 1);
    return (cells ?? batch.cells[c])?.[i] ?? '';
  }

  private mergeMoments(n: number, mean: number, m2: number): void {
    const s = this.s;
    const total = s.finite + n;
    const delta = mean - s.mean;
    s.mean += (delta * n) / total;
    s.m2 += m2 + (delta * delta * s.finite * n) / total;
    s.finite = total;
  }

  private countNumber(v: number, count = 1): void {
    const s = this.s;
    if (v === Math.floor(v) && v - v === 0) {
      if (s.dense === null) {
        s.dense = new Float64Array(DENSE);
        s.denseBase = v - DENSE / 2;
      }
      const idx = v - s.denseBase;
      if (idx >= 0 && idx < DENSE) {
        if (s.dense[idx] === 0) {
          s.denseDistinct++;
          if (this.distinctSoFar > EXACT_DISTINCT_LIMIT) {
            s.dense[idx] = count;
            this.overflow();
            return;
          }
        }
        s.dense[idx] = (s.dense[idx] as number) + count;
        return;
      }
    }
    const prev = s.numberMap.get(v);
    s.numberMap.set(v, (prev ?? 0) + count);
    if (prev === undefined && this.distinctSoFar > EXACT_DISTINCT_LIMIT) this.overflow();
  }

  /** Every exactly counted number with its count (non-finite included), unsorted. */
  numberCounts(): [number, number][] {
    const s = this.s;
    const out: [number, number][] = [...s.numberMap];
    if (s.dense !== null) for (let i = 0; i < DENSE; i++) if ((s.dense[i] as number) > 0) out.push([s.denseBase + i, s.dense[i] as number]);
    return out;
  }

  /** Switches from exact tables to sketches, replaying the exact tables into them with their counts. */
  private overflow(): void {
    const s = this.s;
    if (!s.exact) return;
    const hll = new HyperLogLog();
    const kll = new KllSketch();
    const frequent = new FrequentItems();
    for (const [v, count] of this.numberCounts()) {
      hll.add(hashNumber(v));
      if (v - v === 0) kll.updateWeighted(v, count);
    }
    for (const item of textEntries(s.textMap)) {
      hll.add(item.key);
      frequent.add(item.key, () => item.text, item.count);
    }
    s.exact = false;
    s.dense = null;
    s.denseDistinct = 0;
    s.numberMap = new Map();
    s.textMap = new Map();
    s.textDistinct = 0;
    this.hll = hll;
    this.kll = kll;
    this.frequent = frequent;
  }

  /** A structured-cloneable snapshot of the state. */
  state(): ColumnState {
    return { ...this.s, hll: this.hll?.registers ?? null, kll: this.kll?.state() ?? null, frequent: this.frequent ? { items: this.frequent.items, offset: this.frequent.offset } : null };
  }

  /** Folds another column's state into this one (same column of another part of the file). */
  merge(o: ColumnState): void {
    const s = this.s;
    s.count += o.count;
    s.nulls += o.nulls;
    s.numbers += o.numbers;
    s.texts += o.texts;
    s.nonFinite += o.nonFinite;
    s.integral += o.integral;
    s.min = Math.min(s.min, o.min);
    s.max = Math.max(s.max, o.max);
    if (o.finite > 0) this.mergeMoments(o.finite, o.mean, o.m2);
    if (o.exact) {
      // Entries go into the exact tables while they fit; if the union overflows part-way, overflow()
      // replays what is already counted and the rest goes straight into the sketches.
      const other = new ColumnAccumulator(o);
      for (const [v, count] of other.numberCounts()) {
        if (s.exact) this.countNumber(v, count);
        else {
          this.hll?.add(hashNumber(v));
          if (v - v === 0) this.kll?.updateWeighted(v, count);
        }
      }
      for (const item of textEntries(o.textMap)) {
        // The entry's hash parts, as hashing its text would give them.
        HASH_PARTS[0] = Math.floor(item.key / 2097152) & 0x3fffffff;
        HASH_PARTS[1] = item.check;
        HASH_PARTS[2] = item.key;
        this.countText(item.count, () => item.text);
      }
      return;
    }
    if (s.exact) this.overflow();
    if (o.hll) this.hll?.merge(o.hll);
    if (o.kll) this.kll?.merge(o.kll);
    if (o.frequent) this.frequent?.merge(o.frequent);
  }

  sketches(): { hll: HyperLogLog | null; kll: KllSketch | null; frequent: FrequentItems | null } {
    return { hll: this.hll, kll: this.kll, frequent: this.frequent };
  }
}
