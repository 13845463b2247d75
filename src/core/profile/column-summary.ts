import { textEntries, type ColumnAccumulator } from './column-accumulator.js';
import { PROFILE_QUANTILES, type ColumnProfile, type InferredType, type NumericProfile, type QuantileName, type TextProfile } from './profile-result.js';

const HISTOGRAM_BINS = 10;
const TOP_CATEGORIES = 20;
const BOOLEAN = /^(true|false)$/i;

const finiteOrNull = (v: number): number | null => (Number.isFinite(v) ? v : null);

/** pandas-style linear-interpolated quantiles over sorted (value, count) pairs. */
function exactQuantiles(pairs: readonly [number, number][], total: number): number[] {
  const cum: number[] = [];
  let acc = 0;
  for (const [, c] of pairs) cum.push((acc += c));
  const orderStat = (i: number): number => {
    let lo = 0;
    let hi = pairs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cum[mid] as number) <= i) lo = mid + 1;
      else hi = mid;
    }
    return pairs[lo]?.[0] ?? NaN;
  };
  return PROFILE_QUANTILES.map(([, p]) => {
    const h = (total - 1) * p;
    const lo = Math.floor(h);
    const a = orderStat(lo);
    if (h === lo) return a;
    // numpy's _lerp: interpolate from the nearer end so that results match pandas bit for bit.
    const t = h - lo;
    const b = orderStat(lo + 1);
    return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
  });
}

function numericProfile(acc: ColumnAccumulator): NumericProfile {
  const s = acc.s;
  const { kll } = acc.sketches();
  const n = s.finite;
  let quantiles: number[];
  let counts: number[];
  const lo = n > 0 ? s.min : NaN;
  const hi = n > 0 ? s.max : NaN;
  const [a, b] = lo === hi ? [lo - 0.5, hi + 0.5] : [lo, hi];
  const edges = n > 0 ? Array.from({ length: HISTOGRAM_BINS + 1 }, (_, i) => (i === HISTOGRAM_BINS ? b : a + ((b - a) / HISTOGRAM_BINS) * i)) : [];
  if (s.exact) {
    const pairs = acc.numberCounts().filter(([v]) => Number.isFinite(v)).sort((x, y) => x[0] - y[0]);
    quantiles = n > 0 ? exactQuantiles(pairs, n) : PROFILE_QUANTILES.map(() => NaN);
    counts = n > 0 ? new Array<number>(HISTOGRAM_BINS).fill(0) : [];
    if (n > 0) {
      for (const [v, c] of pairs) {
        // numpy.histogram: half-open bins, the last one closed.
        const bin = Math.min(HISTOGRAM_BINS - 1, Math.floor(((v - a) / (b - a)) * HISTOGRAM_BINS));
        counts[bin] = (counts[bin] ?? 0) + c;
      }
    }
  } else {
    quantiles = kll ? kll.quantiles(PROFILE_QUANTILES.map(([, p]) => p)) : [];
    const cdf = edges.map((e, i) => (i === edges.length - 1 ? n : Math.round((kll?.cdf(e - Number.EPSILON * Math.abs(e)) ?? 0) * n)));
    counts = edges.length > 0 ? cdf.slice(1).map((c, i) => Math.max(0, c - (cdf[i] ?? 0))) : [];
  }
  const std = n > 1 ? Math.sqrt(s.m2 / (n - 1)) : NaN;
  return {
    count: n,
    nonFinite: s.nonFinite,
    min: n > 0 ? s.min : null,
    max: n > 0 ? s.max : null,
    mean: n > 0 ? s.mean : null,
    std: finiteOrNull(std),
    quantilesExact: s.exact,
    quantiles: Object.fromEntries(PROFILE_QUANTILES.map(([name], i) => [name, finiteOrNull(quantiles[i] ?? NaN)])) as Record<QuantileName, number | null>,
    histogram: { exact: s.exact, edges, counts },
  };
}

function textProfile(acc: ColumnAccumulator): TextProfile {
  const s = acc.s;
  const { frequent } = acc.sketches();
  const items = s.exact ? [...textEntries(s.textMap)] : [...(frequent?.items.values() ?? [])];
  const top = items
    .filter((i) => i.count > 0)
    .sort((x, y) => y.count - x.count || (x.text < y.text ? -1 : x.text > y.text ? 1 : 0))
    .slice(0, TOP_CATEGORIES)
    .map((i) => ({ value: i.text, count: i.count }));
  return { count: s.texts, topExact: s.exact, maxUndercount: s.exact ? 0 : (frequent?.maxError() ?? 0), top };
}

function inferType(acc: ColumnAccumulator): InferredType {
  const s = acc.s;
  if (s.numbers + s.texts === 0) return 'empty';
  if (s.texts === 0) return s.integral === s.numbers ? 'integer' : 'float';
  if (s.numbers > 0) return 'mixed';
  return s.exact && [...textEntries(s.textMap)].every((i) => BOOLEAN.test(i.text)) ? 'boolean' : 'string';
}

/** Turns a column's accumulated state into its profile entry. */
export function summarizeColumn(name: string, acc: ColumnAccumulator): ColumnProfile {
  const s = acc.s;
  const { hll } = acc.sketches();
  const rows = s.count + s.nulls;
  return {
    name,
    type: inferType(acc),
    count: s.count,
    nulls: s.nulls,
    nullFraction: rows === 0 ? 0 : s.nulls / rows,
    distinct: s.exact ? acc.distinctSoFar : Math.round(hll?.estimate() ?? 0),
    distinctExact: s.exact,
    numberCount: s.numbers,
    textCount: s.texts,
    numeric: s.numbers > 0 ? numericProfile(acc) : null,
    text: s.texts > 0 ? textProfile(acc) : null,
  };
}
