/** Metrics computed on the validation rows after each epoch (names as Keras spells them in history). */

/** ROC AUC by the rank-sum (Mann–Whitney) formula with average ranks for ties; NaN with one class. */
export function rocAuc(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  const n = labels.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (scores[a] as number) - (scores[b] as number));
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1] as number] === scores[order[i] as number]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (labels[order[k] as number] === 1) {
        positives++;
        rankSum += rank;
      }
    }
    i = j + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Share of rows whose thresholded score (≥ 0.5) equals the 0/1 label. */
export function accuracy(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  let correct = 0;
  for (let i = 0; i < labels.length; i++) if (((scores[i] as number) >= 0.5 ? 1 : 0) === labels[i]) correct++;
  return labels.length === 0 ? NaN : correct / labels.length;
}

/** Mean binary cross-entropy of probabilities, clipped as Keras does (epsilon 1e-7). */
export function logLoss(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < labels.length; i++) {
    const p = Math.min(Math.max(scores[i] as number, 1e-7), 1 - 1e-7);
    sum += labels[i] === 1 ? -Math.log(p) : -Math.log(1 - p);
  }
  return sum / labels.length;
}

/** Mean squared error. */
export function meanSquaredError(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < labels.length; i++) sum += ((scores[i] as number) - (labels[i] as number)) ** 2;
  return sum / labels.length;
}
