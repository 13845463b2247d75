/**
 * A sample stored as sorted distinct values with counts: the exact form of a column that drift and
 * proxy statistics need (KS, Wasserstein, histograms, quantiles) in memory proportional to the number
 * of distinct values rather than rows.
 */
export interface WeightedSample {
  /** Distinct values, strictly increasing, finite. */
  readonly values: Float64Array;
  /** counts[i] = how many times values[i] occurs (integer for exact samples). */
  readonly counts: Float64Array;
  /** Σ counts. */
  readonly total: number;
}

/** Builds a weighted sample from raw values (NaN and ±Infinity are dropped). */
export function weightedSampleOf(raw: ArrayLike<number>): WeightedSample {
  const finite: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i]!;
    if (Number.isFinite(v)) finite.push(v);
  }
  finite.sort((a, b) => a - b);
  const values: number[] = [];
  const counts: number[] = [];
  for (const v of finite) {
    if (values.length > 0 && values[values.length - 1] === v) counts[counts.length - 1]! += 1;
    else {
      values.push(v === 0 ? 0 : v);
      counts.push(1);
    }
  }
  return { values: Float64Array.from(values), counts: Float64Array.from(counts), total: finite.length };
}

/** Mean and population standard deviation (ddof = 0, as numpy's np.std). */
export function weightedMoments(s: WeightedSample): { mean: number; std: number } {
  let sum = 0;
  for (let i = 0; i < s.values.length; i++) sum += s.values[i]! * s.counts[i]!;
  const mean = sum / s.total;
  let ss = 0;
  for (let i = 0; i < s.values.length; i++) ss += s.counts[i]! * (s.values[i]! - mean) ** 2;
  return { mean, std: Math.sqrt(ss / s.total) };
}

/** Walks the union of two samples' distinct values, yielding each value with both cumulative counts. */
export function* mergedCumulative(a: WeightedSample, b: WeightedSample): Generator<{ value: number; cumA: number; cumB: number }> {
  let i = 0;
  let j = 0;
  let cumA = 0;
  let cumB = 0;
  while (i < a.values.length || j < b.values.length) {
    const va = i < a.values.length ? a.values[i]! : Infinity;
    const vb = j < b.values.length ? b.values[j]! : Infinity;
    const value = Math.min(va, vb);
    if (va === value) cumA += a.counts[i++]!;
    if (vb === value) cumB += b.counts[j++]!;
    yield { value, cumA, cumB };
  }
}
