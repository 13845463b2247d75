/**
 * McNemar's test for paired accuracies, as statsmodels' `mcnemar(table, exact=True)` computes it:
 * b and c are the discordant counts (only the champion right; only the challenger right) and
 * p = min(1, 2·BinomCDF(min(b, c); b + c, ½)). The continuity-corrected χ² variant is reported too.
 */
import type { PairedBinaryInput, PairedTestResult } from './paired-test.js';
import { chiSquare1Survival } from './normal-distribution.js';

/** P(X ≤ k) for X ~ Binomial(n, ½), summed from k downwards in ratios (stable for large n). */
export function binomialHalfCdf(k: number, n: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  // ln C(n, k) − n·ln 2, then Σ_{i ≤ k} C(n, i)/C(n, k) by the ratio C(n, i−1)/C(n, i) = i/(n − i + 1).
  let logTerm = -n * Math.LN2;
  for (let i = 1; i <= k; i++) logTerm += Math.log((n - i + 1) / i);
  let ratio = 1;
  let acc = 1;
  for (let i = k; i >= 1; i--) {
    ratio *= i / (n - i + 1);
    acc += ratio;
    if (ratio < acc * 1e-17) break;
  }
  return Math.min(1, Math.exp(logTerm) * acc);
}

/** Exact McNemar p-value from the discordant counts. */
export function mcnemarExactPValue(b: number, c: number): number {
  return Math.min(1, 2 * binomialHalfCdf(Math.min(b, c), b + c));
}

/** McNemar's exact test of equal accuracy of two models' predicted labels on the same rows. */
export function mcnemarExactTest(input: PairedBinaryInput): PairedTestResult {
  const { labels } = input;
  const a = input.champion.preds;
  const z = input.challenger.preds;
  let b = 0;
  let c = 0;
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i]!;
    const champRight = a[i] === y;
    const challRight = z[i] === y;
    if (champRight && !challRight) b++;
    else if (!champRight && challRight) c++;
  }
  const chi2 = b + c === 0 ? null : (Math.abs(b - c) - 1) ** 2 / (b + c);
  return {
    test: 'mcnemar_exact',
    statistic: Math.min(b, c),
    p_value: mcnemarExactPValue(b, c),
    details: { b, c, chi2_corrected: chi2, chi2_p_value: chi2 === null ? null : chiSquare1Survival(chi2) },
  };
}
