/**
 * Paired bootstrap of metric differences: each resample draws n row indices with replacement and
 * applies the SAME indices to both models; the statistic is Δ = challenger − champion. A resample
 * is the data with integer row multiplicities, so it is evaluated as weighted metrics over the
 * already-sorted rows in O(n) (no re-sort). Resamples where a metric is undefined for either model
 * (for example one class only, for ROC AUC) are dropped for that metric and counted. The interval is
 * the percentile interval with NumPy's default (linear) percentile interpolation.
 */
import type { MetricDefinition } from '../metrics/metric-definition.js';
import { createRandom } from '../random/xoshiro128.js';

export interface BootstrapOptions {
  readonly resamples: number;
  readonly seed: number;
  /** Two-sided confidence level of the interval, e.g. 0.95. */
  readonly confidence: number;
}

export interface BootstrapInterval {
  readonly low: number | null;
  readonly high: number | null;
  /** Resamples in which the metric was defined for both models. */
  readonly resamples_used: number;
  /** Two-sided percentile-bootstrap p-value of Δ = 0: 2·min(share Δ* ≤ 0, share Δ* ≥ 0), capped at 1. */
  readonly p_value: number | null;
}

/** Runs the paired bootstrap for every metric; `statsOf(weights)` evaluates one model on weighted rows. */
export function pairedBootstrap<S>(
  rows: number,
  metrics: readonly MetricDefinition<S>[],
  champion: (weights: Float64Array) => S,
  challenger: (weights: Float64Array) => S,
  options: BootstrapOptions,
): Map<string, BootstrapInterval> {
  const random = createRandom(options.seed);
  const weights = new Float64Array(rows);
  const deltas = metrics.map(() => new Float64Array(options.resamples));
  const used = metrics.map(() => 0);
  for (let r = 0; r < options.resamples; r++) {
    weights.fill(0);
    for (let i = 0; i < rows; i++) weights[random.nextBelow(rows)]!++;
    const a = champion(weights);
    const b = challenger(weights);
    metrics.forEach((metric, j) => {
      const va = metric.compute(a).value;
      const vb = metric.compute(b).value;
      if (va === null || vb === null || !Number.isFinite(va) || !Number.isFinite(vb)) return;
      deltas[j]![used[j]!] = vb - va;
      used[j]!++;
    });
  }
  const alpha = (1 - options.confidence) / 2;
  const out = new Map<string, BootstrapInterval>();
  metrics.forEach((metric, j) => {
    const count = used[j]!;
    const sample = deltas[j]!.subarray(0, count).sort();
    if (count === 0) {
      out.set(metric.name, { low: null, high: null, resamples_used: 0, p_value: null });
      return;
    }
    let atOrBelow = 0;
    let atOrAbove = 0;
    for (const d of sample) {
      if (d <= 0) atOrBelow++;
      if (d >= 0) atOrAbove++;
    }
    out.set(metric.name, {
      low: percentile(sample, alpha),
      high: percentile(sample, 1 - alpha),
      resamples_used: count,
      p_value: Math.min(1, (2 * Math.min(atOrBelow, atOrAbove)) / count),
    });
  });
  return out;
}

/** NumPy's `np.percentile(sorted, 100·q)` with the default linear method, on an ascending array. */
export function percentile(sorted: Float64Array, q: number): number {
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const frac = pos - lo;
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  // NumPy's _lerp: interpolate from the nearer end so the result is exact at t = 0 and t = 1.
  return frac >= 0.5 ? b - (b - a) * (1 - frac) : a + (b - a) * frac;
}
