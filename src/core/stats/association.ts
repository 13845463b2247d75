/**
 * Association between two variables (reference/metrics.md §3, proxy detection): Cramér's V without
 * continuity correction (scipy.stats.contingency.association(method='cramer', correction=False)), mutual
 * information in nats and its arithmetic-mean normalisation (sklearn mutual_info_score,
 * normalized_mutual_info_score), Pearson and Spearman correlation (scipy.stats.pearsonr/spearmanr).
 */

/** A contingency table: counts[i][j] = rows with the i-th value of A and the j-th value of B. */
export interface ContingencyTable {
  readonly rows: readonly string[];
  readonly columns: readonly string[];
  readonly counts: readonly (readonly number[])[];
  readonly total: number;
}

/** Cross-tabulates two aligned label arrays (pairs with a null on either side are dropped, as pandas.crosstab). */
export function contingencyTable(a: readonly (string | null)[], b: readonly (string | null)[]): ContingencyTable {
  const rowIndex = new Map<string, number>();
  const colIndex = new Map<string, number>();
  let total = 0;
  const ids: [number, number][] = [];
  for (let k = 0; k < a.length; k++) {
    const x = a[k];
    const y = b[k];
    if (x === null || x === undefined || y === null || y === undefined) continue;
    let i = rowIndex.get(x);
    if (i === undefined) rowIndex.set(x, (i = rowIndex.size));
    let j = colIndex.get(y);
    if (j === undefined) colIndex.set(y, (j = colIndex.size));
    ids.push([i, j]);
    total++;
  }
  const counts = Array.from({ length: rowIndex.size }, () => new Array<number>(colIndex.size).fill(0));
  for (const [i, j] of ids) counts[i]![j]! += 1;
  return { rows: [...rowIndex.keys()], columns: [...colIndex.keys()], counts, total };
}

function marginals(t: ContingencyTable): { row: number[]; col: number[] } {
  const row = t.counts.map((r) => r.reduce((s, c) => s + c, 0));
  const col = t.columns.map((_, j) => t.counts.reduce((s, r) => s + r[j]!, 0));
  return { row, col };
}

/** Pearson's χ² of independence without continuity correction. */
export function chiSquaredStatistic(t: ContingencyTable): number {
  const { row, col } = marginals(t);
  let chi = 0;
  for (let i = 0; i < row.length; i++) {
    for (let j = 0; j < col.length; j++) {
      const expected = (row[i]! * col[j]!) / t.total;
      chi += (t.counts[i]![j]! - expected) ** 2 / expected;
    }
  }
  return chi;
}

/** Cramér's V = √(χ²/(n·(min(r, c) − 1))); null when either variable has a single value (undefined). */
export function cramersV(t: ContingencyTable): number | null {
  const k = Math.min(t.rows.length, t.columns.length);
  if (k < 2 || t.total === 0) return null;
  return Math.sqrt(chiSquaredStatistic(t) / (t.total * (k - 1)));
}

function entropyOf(counts: readonly number[], n: number): number {
  let h = 0;
  for (const c of counts) if (c > 0) h -= (c / n) * Math.log(c / n);
  return h;
}

/** Mutual information in nats (sklearn.metrics.mutual_info_score), clipped at 0 as sklearn does. */
export function mutualInformation(t: ContingencyTable): number {
  const { row, col } = marginals(t);
  const n = t.total;
  let mi = 0;
  for (let i = 0; i < row.length; i++) {
    for (let j = 0; j < col.length; j++) {
      const c = t.counts[i]![j]!;
      if (c > 0) mi += (c / n) * (Math.log(c) - Math.log(row[i]!) - Math.log(col[j]!) + Math.log(n));
    }
  }
  return Math.max(mi, 0);
}

/** sklearn normalized_mutual_info_score(average_method='arithmetic'), with sklearn's special cases. */
export function normalizedMutualInformation(t: ContingencyTable): number {
  const r = t.rows.length;
  const c = t.columns.length;
  if ((r === 1 && c === 1) || (r === 0 && c === 0)) return 1;
  const mi = mutualInformation(t);
  if (mi === 0) return 0;
  const { row, col } = marginals(t);
  const normaliser = (entropyOf(row, t.total) + entropyOf(col, t.total)) / 2;
  return mi / normaliser;
}

/** Pearson correlation of paired finite values; null when either side is constant. */
export function pearsonCorrelation(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  const n = x.length;
  if (n < 2) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/** Ranks with ties averaged (scipy.stats.rankdata method='average'), 1-based. */
export function averageRanks(x: ArrayLike<number>): Float64Array {
  const order = Array.from({ length: x.length }, (_, i) => i).sort((a, b) => x[a]! - x[b]!);
  const ranks = new Float64Array(x.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && x[order[j + 1]!] === x[order[i]!]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]!] = rank;
    i = j + 1;
  }
  return ranks;
}

/** Spearman's rank correlation: Pearson correlation of average ranks. */
export function spearmanCorrelation(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  return pearsonCorrelation(averageRanks(x), averageRanks(y));
}

/** np.quantile(x, q) with linear interpolation over sorted values. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const t = h - lo;
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
}

/**
 * pandas.qcut(x, q, duplicates='drop', labels=False) edges: quantiles at 0, 1/q, …, 1, deduplicated.
 * A value v falls in bin i when edges[i] < v <= edges[i+1] (the first bin also holds edges[0]).
 */
export function quantileBinEdges(values: ArrayLike<number>, q: number): number[] {
  const sorted = Float64Array.from(values).sort();
  const edges: number[] = [];
  for (let i = 0; i <= q; i++) {
    const e = quantileSorted(sorted, i / q);
    if (edges.length === 0 || edges[edges.length - 1] !== e) edges.push(e);
  }
  return edges;
}

/** The bin index of v for quantileBinEdges' edges (right-closed, lowest included). */
export function binIndex(edges: readonly number[], v: number): number {
  let lo = 0;
  let hi = edges.length; // first index with edges[i] >= v
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edges[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(Math.max(lo - 1, 0), Math.max(edges.length - 2, 0));
}
