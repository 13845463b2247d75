/**
 * scikit-learn's `calibration_curve(strategy='uniform')` binning: edges `np.linspace(0, 1, n + 1)`
 * (computed as k·(1/n), exactly as NumPy does) and `np.searchsorted(edges[1:-1], p)` (side left), so
 * bins are right-closed: a probability equal to an inner edge falls in the lower bin.
 */

/** Inner edge k (1 ≤ k < n) as NumPy's linspace computes it. */
function edge(k: number, nBins: number): number {
  return k * (1 / nBins);
}

/** Bin index in [0, nBins) of probability p ∈ [0, 1]: the number of inner edges strictly below p. */
export function calibrationBinOf(p: number, nBins: number): number {
  let b = Math.floor(p * nBins);
  if (b > nBins - 1) b = nBins - 1;
  if (b < 0) b = 0;
  // p·n can round across an edge; settle against the exact edges NumPy uses.
  while (b > 0 && edge(b, nBins) >= p) b--;
  while (b < nBins - 1 && edge(b + 1, nBins) < p) b++;
  return b;
}
