/**
 * Orders rows by score, descending, in O(n): an LSD radix sort on the IEEE-754 bits of each score.
 * Threshold metrics (ROC AUC, average precision, curves) and DeLong's midranks all walk the rows
 * from the highest score down, so one permutation serves them all. Comparison sorts on 10^7 doubles
 * cost seconds in JavaScript; four 16-bit counting passes cost a fraction of that, and passes whose
 * digit is the same for every row (common for probabilities, whose exponent bits barely vary) are
 * skipped. Stable, so tied rows keep file order (tie blocks are aggregated anyway). Assumes a
 * little-endian platform (every platform Node supports in practice) for the word order of doubles.
 */

const RADIX_BITS = 16;
const BUCKETS = 1 << RADIX_BITS;
const MASK = BUCKETS - 1;

/** Rows ordered by score from highest to lowest, and the scores in that order. */
export interface ScoreOrder {
  readonly order: Uint32Array;
  readonly sorted: Float64Array;
  /** The 0/1 labels in that order, when labels were given: later passes read them sequentially. */
  readonly labels?: Uint8Array;
  /** The caller's per-row payload (e.g. packed group codes) in that order, when one was given. */
  readonly payload?: Uint32Array;
}

/** Returns row indices ordered by score from highest to lowest, with the sorted scores. No NaN. */
export function orderByScoreDescending(scores: Float64Array, labels?: Uint8Array, payload?: Uint32Array): ScoreOrder {
  const n = scores.length;
  if (n >= 2 ** 31) throw new RangeError(`at most 2^31 − 1 rows can be ordered, got ${n}`);
  // Sortable keys: for x >= 0 flip the sign bit, for x < 0 flip every bit; then unsigned order is
  // numeric order. Inverting all bits once more turns ascending into descending.
  const bits = new Uint32Array(scores.buffer, scores.byteOffset, n * 2);
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  let idx = new Uint32Array(n);
  const counts = new Uint32Array(BUCKETS * 4);
  for (let i = 0; i < n; i++) {
    const h = bits[2 * i + 1]!;
    const l = bits[2 * i]!;
    // Descending key = NOT(ascending key): negatives keep their bits, non-negatives flip all but the sign.
    if (h >>> 31 === 1) {
      hi[i] = h;
      lo[i] = l;
    } else {
      hi[i] = (h ^ 0x7fffffff) >>> 0;
      lo[i] = ~l >>> 0;
    }
    // The label rides in the index's top bit through every pass: no random reads of labels later.
    idx[i] = labels === undefined ? i : (i | (labels[i]! << 31)) >>> 0;
  }
  // Histograms of the four 16-bit digits, in one pass.
  for (let i = 0; i < n; i++) {
    const l = lo[i]!;
    const h = hi[i]!;
    counts[l & MASK]!++;
    counts[BUCKETS + (l >>> 16)]!++;
    counts[2 * BUCKETS + (h & MASK)]!++;
    counts[3 * BUCKETS + (h >>> 16)]!++;
  }
  let hi2 = new Uint32Array(n);
  let lo2 = new Uint32Array(n);
  let idx2 = new Uint32Array(n);
  // Moving a payload with the keys costs a sequential copy per pass; reading it later through the
  // permutation would cost a cache miss per row.
  let pay = payload === undefined ? null : payload.slice();
  let pay2 = pay === null ? null : new Uint32Array(n);
  const offsets = new Uint32Array(BUCKETS);
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * BUCKETS;
    let trivial = false;
    let sum = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const c = counts[base + b]!;
      if (c === n) trivial = true;
      offsets[b] = sum;
      sum += c;
    }
    if (trivial) continue; // every row has the same digit: order unchanged
    const useHigh = pass >= 2;
    const shift = pass % 2 === 0 ? 0 : 16;
    const keys = useHigh ? hi : lo;
    for (let i = 0; i < n; i++) {
      const digit = (keys[i]! >>> shift) & MASK;
      const to = offsets[digit]!++;
      hi2[to] = hi[i]!;
      lo2[to] = lo[i]!;
      idx2[to] = idx[i]!;
      if (pay !== null) pay2![to] = pay[i]!;
    }
    [hi, hi2] = [hi2, hi];
    [lo, lo2] = [lo2, lo];
    [idx, idx2] = [idx2, idx];
    [pay, pay2] = [pay2, pay];
  }
  // Decode the sorted keys back into scores, so consumers read them sequentially (no cache misses).
  const sorted = new Float64Array(n);
  const out = new Uint32Array(sorted.buffer);
  for (let i = 0; i < n; i++) {
    const kh = hi[i]!;
    const kl = lo[i]!;
    if (kh >>> 31 === 1) {
      out[2 * i + 1] = kh;
      out[2 * i] = kl;
    } else {
      out[2 * i + 1] = (kh ^ 0x7fffffff) >>> 0;
      out[2 * i] = ~kl >>> 0;
    }
  }
  const extra = pay === null ? {} : { payload: pay };
  if (labels === undefined) return { order: idx, sorted, ...extra };
  const sortedLabels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const packed = idx[i]!;
    sortedLabels[i] = packed >>> 31;
    idx[i] = packed & 0x7fffffff;
  }
  return { order: idx, sorted, labels: sortedLabels, ...extra };
}
