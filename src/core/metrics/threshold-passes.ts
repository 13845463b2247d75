/**
 * The score-order passes of computeBinaryStats: ROC area and average-precision sums per slice, one
 * ROC/PR point per tie block. Labels and packed group codes arrive in score order with the sort when
 * available (sequential reads); otherwise they are read through the permutation.
 */
import type { BinaryData, GroupColumn } from './binary-data.js';
import type { ScoreOrder } from './sort-order.js';

/**
 * Packs every group column's code of a row into one 32-bit number (mixed radix), to travel through
 * the score sort as its payload; null when the product of the group counts exceeds 2^32.
 */
export function packGroupCodes(groups: readonly GroupColumn[]): Uint32Array | null {
  if (groups.length === 0) return null;
  let product = 1;
  for (const g of groups) product *= Math.max(1, g.values.length);
  if (product > 2 ** 32) return null;
  const n = groups[0]!.codes.length;
  const out = new Uint32Array(n);
  let stride = 1;
  for (const g of groups) {
    const codes = g.codes;
    for (let i = 0; i < n; i++) out[i]! += codes[i]! * stride;
    stride *= Math.max(1, g.values.length);
  }
  return out;
}

/** Adds every slice's ROC area and average-precision sum, walking the rows by descending score. */
export function accumulateThresholds(
  data: BinaryData, order: ScoreOrder, weights: Float64Array | undefined, groups: readonly GroupColumn[],
  bases: readonly number[], slices: number, rocArea: Float64Array, apSum: Float64Array,
): void {
  const state = { tps: new Float64Array(slices), fps: new Float64Array(slices), blockTp: new Float64Array(slices), blockFp: new Float64Array(slices), touched: new Uint8Array(slices), stack: new Int32Array(slices) };
  if (weights === undefined && order.labels !== undefined) secondPassOverall(order.labels, order.sorted, rocArea, apSum);
  else thresholdPass(data, order, weights, null, 0, state, rocArea, apSum);
  let stride = 1;
  groups.forEach((g, gi) => {
    // Packed codes in score order (see packGroupCodes) are read sequentially; else through the permutation.
    if (order.payload !== undefined && order.labels !== undefined && weights === undefined) {
      packedThresholdPass(order, stride, Math.max(1, g.values.length), bases[gi]!, state, rocArea, apSum);
    } else {
      thresholdPass(data, order, weights, g.codes, bases[gi]!, state, rocArea, apSum);
    }
    stride *= Math.max(1, g.values.length);
  });
}

/** thresholdPass for one group column whose codes come packed, in score order, with the sort. */
function packedThresholdPass(order: ScoreOrder, stride: number, levels: number, base: number, state: ThresholdState, rocArea: Float64Array, apSum: Float64Array): void {
  const { sorted } = order;
  const labels = order.labels!;
  const payload = order.payload!;
  const { tps, fps, blockTp, blockFp, touched, stack } = state;
  const n = labels.length;
  let top = 0;
  for (let k = 0; k < n; k++) {
    const s = base + (Math.floor(payload[k]! / stride) % levels);
    if (touched[s] === 0) {
      touched[s] = 1;
      stack[top++] = s;
    }
    if (labels[k] === 1) blockTp[s]!++;
    else blockFp[s]!++;
    if (k === n - 1 || sorted[k + 1] !== sorted[k]) {
      while (top > 0) {
        const t = stack[--top]!;
        touched[t] = 0;
        const t0 = tps[t]!;
        const bt = blockTp[t]!;
        const bf = blockFp[t]!;
        const t1 = t0 + bt;
        const f1 = fps[t]! + bf;
        rocArea[t]! += (bf * (t0 + t1)) / 2;
        if (bt > 0) apSum[t]! += (bt * t1) / (t1 + f1);
        tps[t] = t1;
        fps[t] = f1;
        blockTp[t] = 0;
        blockFp[t] = 0;
      }
    }
  }
}

interface ThresholdState {
  readonly tps: Float64Array;
  readonly fps: Float64Array;
  readonly blockTp: Float64Array;
  readonly blockFp: Float64Array;
  readonly touched: Uint8Array;
  readonly stack: Int32Array;
}

/** Walks the rows by descending score for one slice family; each tie block adds one ROC/PR point per slice it touches. */
function thresholdPass(
  data: BinaryData, order: ScoreOrder, weights: Float64Array | undefined, codes: Int32Array | null, base: number,
  state: ThresholdState, rocArea: Float64Array, apSum: Float64Array,
): void {
  const { labels } = data;
  const { order: idx, sorted } = order;
  const sortedLabels = order.labels;
  const { tps, fps, blockTp, blockFp, touched, stack } = state;
  const n = idx.length;
  let top = 0;
  for (let k = 0; k < n; k++) {
    const i = idx[k]!;
    const w = weights === undefined ? 1 : weights[i]!;
    if (w !== 0) {
      const s = codes === null ? 0 : base + codes[i]!;
      if (touched[s] === 0) {
        touched[s] = 1;
        stack[top++] = s;
      }
      if ((sortedLabels === undefined ? labels[i] : sortedLabels[k]) === 1) blockTp[s]! += w;
      else blockFp[s]! += w;
    }
    if (top > 0 && (k === n - 1 || sorted[k + 1] !== sorted[k])) {
      while (top > 0) {
        const s = stack[--top]!;
        touched[s] = 0;
        const t0 = tps[s]!;
        const bt = blockTp[s]!;
        const bf = blockFp[s]!;
        const t1 = t0 + bt;
        const f1 = fps[s]! + bf;
        rocArea[s]! += (bf * (t0 + t1)) / 2;
        if (bt > 0) apSum[s]! += (bt * t1) / (t1 + f1);
        tps[s] = t1;
        fps[s] = f1;
        blockTp[s] = 0;
        blockFp[s] = 0;
      }
    }
  }
}

/** The common case (no groups, no weights): one sequential walk with the state in locals. */
function secondPassOverall(labels: Uint8Array, sorted: Float64Array, rocArea: Float64Array, apSum: Float64Array): void {
  const n = labels.length;
  let tps = 0;
  let fps = 0;
  let bt = 0;
  let bf = 0;
  let area = 0;
  let ap = 0;
  for (let k = 0; k < n; k++) {
    if (labels[k] === 1) bt++;
    else bf++;
    if (k === n - 1 || sorted[k + 1] !== sorted[k]) {
      const t1 = tps + bt;
      const f1 = fps + bf;
      area += (bf * (tps + t1)) / 2;
      if (bt > 0) ap += (bt * t1) / (t1 + f1);
      tps = t1;
      fps = f1;
      bt = 0;
      bf = 0;
    }
  }
  rocArea[0] = area;
  apSum[0] = ap;
}
