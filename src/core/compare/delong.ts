/**
 * DeLong's test for the difference of two correlated ROC AUCs, with Sun & Xu's (2014) fast
 * algorithm: midranks replace the O(m·n) pairwise kernel. Each model's rows are already ordered by
 * score (one radix sort, shared with the metrics), so all midranks come from one walk per model:
 * O(n) after the sort. Matches yandexdataschool/roc_comparison's `delong_roc_test` (np.cov, ddof 1).
 */
import type { PairedBinaryInput, PairedTestResult } from './paired-test.js';
import type { ScoreOrder } from '../metrics/sort-order.js';
import { twoSidedNormalPValue } from './normal-distribution.js';

/** Structural components of one model: V10 on positive rows, V01 on negative rows (indexed by row). */
interface Placements {
  readonly auc: number;
  readonly v: Float64Array;
}

/**
 * Placements from midranks: T_z over all rows, T_x over positives, T_y over negatives;
 * V10 = (T_z − T_x)/n for positives and V01 = 1 − (T_z − T_y)/m for negatives.
 */
export function delongPlacements(labels: Uint8Array, order: ScoreOrder, m: number, n: number): Placements {
  const { order: idx, sorted } = order;
  const total = idx.length;
  const v = new Float64Array(total);
  let posSeen = 0;
  let negSeen = 0;
  let sumTzPos = 0;
  let start = 0;
  for (let k = 0; k < total; k++) {
    if (k < total - 1 && sorted[k + 1] === sorted[k]) continue;
    // Tie block [start, k] in descending order = ascending positions [total−1−k, total−1−start].
    let posInBlock = 0;
    const sortedLabels = order.labels;
    for (let j = start; j <= k; j++) if ((sortedLabels === undefined ? labels[idx[j]!] : sortedLabels[j]) === 1) posInBlock++;
    const negInBlock = k - start + 1 - posInBlock;
    const tz = (2 * total - start - k) / 2; // 1-based midrank of the block
    const tx = (2 * m - 2 * posSeen - posInBlock + 1) / 2;
    const ty = (2 * n - 2 * negSeen - negInBlock + 1) / 2;
    for (let j = start; j <= k; j++) {
      const row = idx[j]!;
      if (labels[row] === 1) {
        v[row] = (tz - tx) / n;
        sumTzPos += tz;
      } else {
        v[row] = 1 - (tz - ty) / m;
      }
    }
    posSeen += posInBlock;
    negSeen += negInBlock;
    start = k + 1;
  }
  return { auc: (sumTzPos - (m * (m + 1)) / 2) / (m * n), v };
}

/** Sample covariance matrix entries (ddof 1) of two placement vectors over rows with the given label. */
function covariance(labels: Uint8Array, label: number, a: Float64Array, b: Float64Array, count: number): [number, number, number] {
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] !== label) continue;
    ma += a[i]!;
    mb += b[i]!;
  }
  ma /= count;
  mb /= count;
  let saa = 0;
  let sbb = 0;
  let sab = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] !== label) continue;
    const da = a[i]! - ma;
    const db = b[i]! - mb;
    saa += da * da;
    sbb += db * db;
    sab += da * db;
  }
  return [saa / (count - 1), sbb / (count - 1), sab / (count - 1)];
}

/** DeLong's test of H0: AUC(challenger) = AUC(champion); z and p refer to challenger − champion. */
export function delongTest(input: PairedBinaryInput): PairedTestResult {
  const { labels } = input;
  let m = 0;
  for (let i = 0; i < labels.length; i++) m += labels[i]!;
  const n = labels.length - m;
  if (m < 2 || n < 2) {
    return { test: 'delong', statistic: null, p_value: null, details: { auc_champion: null, auc_challenger: null, variance: null }, note: 'DeLong needs at least two positives and two negatives' };
  }
  const champ = delongPlacements(labels, input.champion.order, m, n);
  const chal = delongPlacements(labels, input.challenger.order, m, n);
  const [s10cc, s10hh, s10ch] = covariance(labels, 1, champ.v, chal.v, m);
  const [s01cc, s01hh, s01ch] = covariance(labels, 0, champ.v, chal.v, n);
  const varChamp = s10cc / m + s01cc / n;
  const varChal = s10hh / m + s01hh / n;
  const cov = s10ch / m + s01ch / n;
  const variance = varChamp + varChal - 2 * cov;
  const details = { auc_champion: champ.auc, auc_challenger: chal.auc, variance, variance_champion: varChamp, variance_challenger: varChal, covariance: cov };
  if (!(variance > 0)) {
    return { test: 'delong', statistic: null, p_value: null, details, note: 'the variance of the AUC difference is zero (the two rankings agree); nothing to test' };
  }
  const z = (chal.auc - champ.auc) / Math.sqrt(variance);
  return { test: 'delong', statistic: z, p_value: twoSidedNormalPValue(z), details };
}
