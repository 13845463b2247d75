/**
 * Distances between two distributions given as aligned proportions or counts (reference/metrics.md §2):
 * PSI (D1), Jensen–Shannon (D5), L∞ and normalised absolute difference (D7), Wasserstein-1 (D6).
 */
import { mergedCumulative, type WeightedSample } from './weighted-sample.js';

/** Population stability index Σ (r − c)·ln(r/c) over already filled proportions (Evidently psi.py). */
export function populationStabilityIndex(reference: readonly number[], current: readonly number[]): number {
  let psi = 0;
  for (let i = 0; i < reference.length; i++) {
    const r = reference[i]!;
    const c = current[i]!;
    psi += (r - c) * Math.log(r / c);
  }
  return psi;
}

function klTerms(p: readonly number[], m: readonly number[]): number {
  // scipy.special.rel_entr: x·ln(x/y), 0 when x = 0.
  let s = 0;
  for (let i = 0; i < p.length; i++) if (p[i]! > 0) s += p[i]! * Math.log(p[i]! / m[i]!);
  return s;
}

/** scipy.spatial.distance.jensenshannon(p, q, base): normalises p and q, then √((KL(p‖m) + KL(q‖m))/2). */
export function jensenShannonDistance(p: readonly number[], q: readonly number[], base?: number): number {
  const sp = p.reduce((a, b) => a + b, 0);
  const sq = q.reduce((a, b) => a + b, 0);
  const pn = p.map((v) => v / sp);
  const qn = q.map((v) => v / sq);
  const m = pn.map((v, i) => (v + qn[i]!) / 2);
  let js = (klTerms(pn, m) + klTerms(qn, m)) / 2;
  if (base !== undefined) js /= Math.log(base);
  return Math.sqrt(Math.max(js, 0));
}

/** TFDV's Jensen–Shannon divergence: the squared base-2 distance, capped at 1.0 (anomalies/metrics.cc). */
export function jensenShannonDivergenceBase2(p: readonly number[], q: readonly number[]): number {
  return Math.min(jensenShannonDistance(p, q, 2) ** 2, 1);
}

/** TFDV L∞: max_i |p_i − q_i| with each side normalised separately (metrics.cc::LInftyDistance). */
export function lInfinityDistance(p: readonly number[], q: readonly number[]): number {
  const sp = p.reduce((a, b) => a + b, 0);
  const sq = q.reduce((a, b) => a + b, 0);
  let max = 0;
  for (let i = 0; i < p.length; i++) max = Math.max(max, Math.abs(p[i]! / sp - q[i]! / sq));
  return max;
}

/** TFDV normalized_abs_difference: max_i |x_i − y_i| / Σ(x + y) on raw counts. */
export function normalizedAbsDifference(x: readonly number[], y: readonly number[]): number {
  let max = 0;
  let total = 0;
  for (let i = 0; i < x.length; i++) {
    max = Math.max(max, Math.abs(x[i]! - y[i]!));
    total += x[i]! + y[i]!;
  }
  return total === 0 ? 0 : max / total;
}

/** First Wasserstein distance ∫|F_a − F_b| (scipy.stats.wasserstein_distance with unit weights). */
export function wassersteinDistance(a: WeightedSample, b: WeightedSample): number {
  let w = 0;
  let previous: { value: number; fa: number; fb: number } | undefined;
  for (const { value, cumA, cumB } of mergedCumulative(a, b)) {
    if (previous) w += Math.abs(previous.fa - previous.fb) * (value - previous.value);
    previous = { value, fa: cumA / a.total, fb: cumB / b.total };
  }
  return w;
}
