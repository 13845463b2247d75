/**
 * The bootstrap's hot loop: the overall statistics of one model under many weight vectors (row
 * multiplicities). Everything that does not depend on the weights — the confusion cell, the clipped
 * log loss, the squared error and the calibration bin of each row — is computed once, so a resample
 * costs two multiply-add passes. Results are identical to computeBinaryStats(…, { weights }).overall
 * (same summation order; tested).
 */
import type { BinaryData } from './binary-data.js';
import type { BinarySliceStats } from './binary-stats.js';
import { calibrationBinOf } from './calibration-bins.js';
import type { ScoreOrder } from './sort-order.js';

const EPS = 2.220446049250313e-16;

/** Returns a function computing one model's overall statistics for a weight vector. */
export function weightedStatsKernel(data: BinaryData, order: ScoreOrder, nBins: number): (weights: Float64Array) => BinarySliceStats {
  const { labels, preds, scores } = data;
  const n = labels.length;
  const cell = new Uint8Array(n);
  const probabilities = data.probabilities;
  const loss = probabilities ? new Float64Array(n) : null;
  const sq = probabilities ? new Float64Array(n) : null;
  const bin = probabilities ? new Uint16Array(n) : null;
  for (let i = 0; i < n; i++) {
    const y = labels[i]!;
    cell[i] = y * 2 + preds[i]!;
    if (!probabilities) continue;
    const p = scores[i]!;
    const q = y === 1 ? p : 1 - p;
    loss![i] = -Math.log(q < EPS ? EPS : q > 1 - EPS ? 1 - EPS : q);
    const d = p - y;
    sq![i] = d * d;
    bin![i] = calibrationBinOf(p, nBins);
  }
  const idx = order.order;
  const sorted = order.sorted;
  const sortedLabels = order.labels ?? Uint8Array.from(idx, (i) => labels[i]!);

  return (w: Float64Array): BinarySliceStats => {
    const conf = [0, 0, 0, 0];
    let logLossSum = 0;
    let brierSum = 0;
    const calib = probabilities ? new Float64Array(nBins * 3) : null;
    for (let i = 0; i < n; i++) {
      const wi = w[i]!;
      if (wi === 0) continue;
      conf[cell[i]!]! += wi;
      if (calib === null) continue;
      logLossSum += wi * loss![i]!;
      brierSum += wi * sq![i]!;
      const b = bin![i]!;
      calib[b]! += wi;
      calib[b + nBins]! += wi * labels[i]!;
      calib[b + 2 * nBins]! += wi * scores[i]!;
    }
    let tps = 0;
    let fps = 0;
    let bt = 0;
    let bf = 0;
    let rocArea = 0;
    let apSum = 0;
    for (let k = 0; k < n; k++) {
      const wi = w[idx[k]!]!;
      if (sortedLabels[k] === 1) bt += wi;
      else bf += wi;
      if (k === n - 1 || sorted[k + 1] !== sorted[k]) {
        const t1 = tps + bt;
        const f1 = fps + bf;
        rocArea += (bf * (tps + t1)) / 2;
        if (bt > 0) apSum += (bt * t1) / (t1 + f1);
        tps = t1;
        fps = f1;
        bt = 0;
        bf = 0;
      }
    }
    const [tn, fp, fn, tp] = conf as [number, number, number, number];
    return {
      count: tn + fp + fn + tp, positives: fn + tp, negatives: tn + fp, tn, fp, fn, tp,
      logLossSum: probabilities ? logLossSum : NaN,
      brierSum: probabilities ? brierSum : NaN,
      calibration: calib === null ? null : { count: calib.slice(0, nBins), sumTrue: calib.slice(nBins, 2 * nBins), sumPred: calib.slice(2 * nBins) },
      rocArea,
      apSum,
    };
  };
}
