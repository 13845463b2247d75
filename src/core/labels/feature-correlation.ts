/**
 * DV29 feature–feature correlation (Deepchecks FeatureFeatureCorrelation): Spearman's ρ for numeric
 * pairs, symmetric Theil's U (= 2·MI/(H(x) + H(y)), the arithmetic NMI) for categorical pairs and the
 * correlation ratio η for mixed pairs, on a bounded row sample (Deepchecks samples 10,000 rows too).
 */
import { contingencyTable, normalizedMutualInformation, spearmanCorrelation } from '../stats/association.js';
import type { RowSample, SampledColumn } from '../stats/row-reservoir.js';

export interface CorrelatedPair {
  readonly a: string;
  readonly b: string;
  readonly method: 'spearman' | 'theils_u' | 'correlation_ratio';
  readonly value: number;
}

/** Correlation ratio η of numeric values y by category x. */
export function correlationRatio(categories: readonly string[], values: readonly number[]): number | null {
  const groups = new Map<string, { sum: number; n: number }>();
  let total = 0;
  categories.forEach((c, i) => {
    const g = groups.get(c) ?? { sum: 0, n: 0 };
    g.sum += values[i]!;
    g.n++;
    groups.set(c, g);
    total += values[i]!;
  });
  const mean = total / values.length;
  let between = 0;
  for (const g of groups.values()) between += g.n * (g.sum / g.n - mean) ** 2;
  let all = 0;
  for (const v of values) all += (v - mean) ** 2;
  return all === 0 ? null : Math.sqrt(between / all);
}

function pairValue(a: SampledColumn, b: SampledColumn, size: number): { method: CorrelatedPair['method']; value: number | null } {
  const present = (c: SampledColumn, r: number): boolean => (c.numeric ? Number.isFinite(c.numbers[r]!) : c.text(r) !== null);
  const rows: number[] = [];
  for (let r = 0; r < size; r++) if (present(a, r) && present(b, r)) rows.push(r);
  if (a.numeric && b.numeric) return { method: 'spearman', value: spearmanCorrelation(rows.map((r) => a.numbers[r]!), rows.map((r) => b.numbers[r]!)) };
  if (!a.numeric && !b.numeric) {
    const t = contingencyTable(rows.map((r) => a.text(r)), rows.map((r) => b.text(r)));
    return { method: 'theils_u', value: t.rows.length < 2 || t.columns.length < 2 ? null : normalizedMutualInformation(t) };
  }
  const [cat, num] = a.numeric ? [b, a] : [a, b];
  return { method: 'correlation_ratio', value: correlationRatio(rows.map((r) => cat.text(r)!), rows.map((r) => num.numbers[r]!)) };
}

/** Every feature pair, strongest first (absolute value); constant columns give no value and are left out. */
export function featureCorrelations(sample: RowSample, features: readonly string[]): CorrelatedPair[] {
  const cols = features.map((f) => sample.columns.get(f)).filter((c): c is SampledColumn => c !== undefined && !(c.textOverflow && !c.numeric));
  const out: CorrelatedPair[] = [];
  for (let i = 0; i < cols.length; i++) {
    for (let j = i + 1; j < cols.length; j++) {
      const { method, value } = pairValue(cols[i]!, cols[j]!, sample.size);
      if (value !== null) out.push({ a: cols[i]!.name, b: cols[j]!.name, method, value });
    }
  }
  return out.sort((x, y) => Math.abs(y.value) - Math.abs(x.value));
}
