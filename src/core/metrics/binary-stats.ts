/**
 * Sufficient statistics of every binary metric, for the whole data set and every group, in two
 * passes over the rows: one in file order (confusion counts, log loss, Brier, calibration bins) and
 * one in descending score order (ROC area and average precision over distinct thresholds). Every
 * metric in the registry is a function of these statistics, so groups and bootstrap resamples cost
 * one pass each instead of one sort each. Weights are row multiplicities (a bootstrap resample is
 * the data with integer weights), exactly scikit-learn's `sample_weight`.
 */
import type { BinaryData, GroupColumn } from './binary-data.js';
import type { ScoreOrder } from './sort-order.js';
import { calibrationBinOf } from './calibration-bins.js';

/** Statistics of one slice of the rows (everything, or one group). Counts are weighted. */
export interface BinarySliceStats {
  readonly count: number;
  readonly positives: number;
  readonly negatives: number;
  readonly tn: number;
  readonly fp: number;
  readonly fn: number;
  readonly tp: number;
  /** Σ w·(−ln p of the true class), p clipped to [eps, 1 − eps]; NaN unless scores are probabilities. */
  readonly logLossSum: number;
  /** Σ w·(p − y)²; NaN unless scores are probabilities. */
  readonly brierSum: number;
  /** Per calibration bin: weighted count, Σ y, Σ p; null unless scores are probabilities. */
  readonly calibration: { readonly count: Float64Array; readonly sumTrue: Float64Array; readonly sumPred: Float64Array } | null;
  /** Trapezoid area under the unnormalised ROC step curve (fps, tps): AUC·P·N. */
  readonly rocArea: number;
  /** Σ over distinct thresholds of Δtps·precision: AP·P. */
  readonly apSum: number;
}

export interface BinaryStatsOptions {
  readonly calibrationBins: number;
  readonly weights?: Float64Array | undefined;
  readonly groups?: readonly GroupColumn[];
}

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

export interface BinaryStats {
  readonly overall: BinarySliceStats;
  /** groups[g][code]: the slice of group column g whose value has that code. */
  readonly groups: readonly (readonly BinarySliceStats[])[];
}

const EPS = 2.220446049250313e-16;

/** Computes the statistics of all slices; `order` must be `orderByScoreDescending(data.scores)`. */
export function computeBinaryStats(data: BinaryData, order: ScoreOrder, options: BinaryStatsOptions): BinaryStats {
  const groups = options.groups ?? [];
  const bases: number[] = [];
  let slices = 1;
  for (const g of groups) {
    bases.push(slices);
    slices += g.values.length;
  }
  const nBins = options.calibrationBins;
  const conf = new Float64Array(slices * 4);
  const logLoss = new Float64Array(slices);
  const brier = new Float64Array(slices);
  const calib = data.probabilities ? new Float64Array(slices * nBins * 3) : null;
  firstPass(data, options.weights, groups, bases, nBins, conf, logLoss, brier, calib);
  const rocArea = new Float64Array(slices);
  const apSum = new Float64Array(slices);
  secondPass(data, order, options.weights, groups, bases, slices, rocArea, apSum);

  const slice = (s: number): BinarySliceStats => {
    const tn = conf[s * 4]!;
    const fp = conf[s * 4 + 1]!;
    const fn = conf[s * 4 + 2]!;
    const tp = conf[s * 4 + 3]!;
    const cal = calib === null ? null : {
      count: calib.slice(s * nBins * 3, s * nBins * 3 + nBins),
      sumTrue: calib.slice(s * nBins * 3 + nBins, s * nBins * 3 + 2 * nBins),
      sumPred: calib.slice(s * nBins * 3 + 2 * nBins, s * nBins * 3 + 3 * nBins),
    };
    return {
      count: tn + fp + fn + tp,
      positives: fn + tp,
      negatives: tn + fp,
      tn, fp, fn, tp,
      logLossSum: data.probabilities ? logLoss[s]! : NaN,
      brierSum: data.probabilities ? brier[s]! : NaN,
      calibration: cal,
      rocArea: rocArea[s]!,
      apSum: apSum[s]!,
    };
  };
  return {
    overall: slice(0),
    groups: groups.map((g, gi) => g.values.map((_, code) => slice(bases[gi]! + code))),
  };
}

// Each slice family (everything, then each group column) gets its own tight loop: one slice per row
// keeps the loops monomorphic and about 3× faster than one loop updating every family at once.
function firstPass(
  data: BinaryData, weights: Float64Array | undefined, groups: readonly GroupColumn[], bases: readonly number[],
  nBins: number, conf: Float64Array, logLoss: Float64Array, brier: Float64Array, calib: Float64Array | null,
): void {
  rowPass(data, weights, null, 0, nBins, conf, logLoss, brier, calib);
  groups.forEach((g, gi) => rowPass(data, weights, g.codes, bases[gi]!, nBins, conf, logLoss, brier, calib));
}

function rowPass(
  data: BinaryData, weights: Float64Array | undefined, codes: Int32Array | null, base: number,
  nBins: number, conf: Float64Array, logLoss: Float64Array, brier: Float64Array, calib: Float64Array | null,
): void {
  const { labels, preds, scores } = data;
  const n = labels.length;
  for (let i = 0; i < n; i++) {
    const w = weights === undefined ? 1 : weights[i]!;
    if (w === 0) continue;
    const y = labels[i]!;
    const s = codes === null ? 0 : base + codes[i]!;
    conf[s * 4 + y * 2 + preds[i]!]! += w;
    if (calib === null) continue;
    const p = scores[i]!;
    // scikit-learn clips both columns [1 − p, p] to [eps, 1 − eps] and takes −ln of the true one.
    const q = y === 1 ? p : 1 - p;
    logLoss[s]! += w * -Math.log(q < EPS ? EPS : q > 1 - EPS ? 1 - EPS : q);
    const d = p - y;
    brier[s]! += w * d * d;
    const c = s * nBins * 3 + calibrationBinOf(p, nBins);
    calib[c]! += w;
    calib[c + nBins]! += w * y;
    calib[c + 2 * nBins]! += w * p;
  }
}

function secondPass(
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
