import { kolmognSf } from './kolmogorov-smirnov-distribution.js';
import { mergedCumulative, type WeightedSample } from './weighted-sample.js';

/** Result of scipy.stats.ks_2samp(…, alternative='two-sided', method='auto'). */
export interface KsResult {
  readonly statistic: number;
  readonly pvalue: number;
  /** Which p-value scipy's `auto` rule used. */
  readonly method: 'exact' | 'asymp';
}

/** scipy's MAX_AUTO_N: `auto` is exact when max(n1, n2) <= this. */
export const KS_MAX_AUTO_N = 10000;

/** Rounds half to even, as numpy's np.round. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Pr(D_{n,n} >= h/n), scipy's _compute_prob_outside_square. */
function probOutsideSquare(n: number, h: number): number {
  let P = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    P = p1 * (1 - P);
  }
  return 2 * P;
}

/** 1 − proportion of lattice paths staying strictly inside |x/m − y/n| < h/lcm, scipy's pythran kernel. */
function outerProbInsideMethod(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  for (let j = minj; j < maxj; j++) A[j] = 0;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj]! * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) for (let c = maxj - minj; c < maxj - minj + (lastlen - curlen) && c < lenA; c++) A[c] = 1;
  }
  return A[maxj - minj - 1]!;
}

/** The two-sided KS statistic D = sup|F₁ − F₂| computed exactly as scipy does (searchsorted, side='right'). */
export function ksStatistic(a: WeightedSample, b: WeightedSample): number {
  let maxS = -Infinity;
  let minS = Infinity;
  for (const { cumA, cumB } of mergedCumulative(a, b)) {
    const diff = cumA / a.total - cumB / b.total;
    if (diff > maxS) maxS = diff;
    if (diff < minS) minS = diff;
  }
  const negMin = Math.min(Math.max(-minS, 0), 1);
  return negMin > maxS ? negMin : maxS;
}

/** Two-sample KS test with scipy.stats.ks_2samp's method='auto' p-value (exact up to 10,000 per side). */
export function ksTwoSample(a: WeightedSample, b: WeightedSample): KsResult {
  const n1 = a.total;
  const n2 = b.total;
  if (n1 === 0 || n2 === 0) throw new RangeError('ks_2samp needs two non-empty samples');
  let d = ksStatistic(a, b);
  if (Math.max(n1, n2) <= KS_MAX_AUTO_N) {
    const g = gcd(n1, n2);
    const lcm = (n1 / g) * n2;
    const h = roundHalfEven(d * lcm);
    d = h / lcm;
    if (h === 0) return { statistic: d, pvalue: 1, method: 'exact' };
    const prob = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInsideMethod(n1, n2, g, h);
    // scipy falls back to the asymptotic p-value when the exact computation is not a probability.
    if (Number.isFinite(prob) && prob >= 0 && prob <= 1) return { statistic: d, pvalue: prob, method: 'exact' };
  }
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
  const en = (m * n) / (m + n);
  const p = kolmognSf(roundHalfEven(en), d);
  return { statistic: d, pvalue: Math.min(Math.max(p, 0), 1), method: 'asymp' };
}
