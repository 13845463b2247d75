/**
 * Proxy strength between every feature and every protected attribute (Regulation B, reference/metrics.md §3):
 * Cramér's V and normalised mutual information on a contingency table for every pair — numeric features
 * cut into quantile bins (pandas.qcut(x, 10, duplicates='drop')), numeric protected attributes bucketed
 * at the policy's cut points — plus Pearson and Spearman correlation when both are numeric, or the
 * point-biserial (Pearson with a 0/1 indicator) when one is numeric and the other has two values.
 */
import { binIndex, contingencyTable, cramersV, mutualInformation, normalizedMutualInformation, pearsonCorrelation, quantileBinEdges, spearmanCorrelation } from '../stats/association.js';
import type { RowSample, SampledColumn } from '../stats/row-reservoir.js';

/** Default cut points for numeric protected attributes (age): <25, [25,35), …, >=65. */
export const DEFAULT_AGE_BUCKETS: readonly number[] = Object.freeze([25, 35, 45, 55, 65]);
/** Quantile bins for numeric features. */
export const DEFAULT_FEATURE_BINS = 10;

export interface ProtectedAttribute {
  readonly column: string;
  readonly basis?: string;
}

export interface ProxyAssociation {
  readonly protected: string;
  readonly basis: string | null;
  readonly feature: string;
  readonly feature_type: 'num' | 'cat';
  readonly protected_type: 'num' | 'cat';
  /** Rows where both values are present. */
  readonly n: number;
  readonly cramers_v: number | null;
  readonly mutual_info: number;
  readonly normalized_mutual_info: number;
  /** Pearson (both numeric) or point-biserial (one numeric, one binary); null otherwise. */
  readonly correlation: number | null;
  readonly correlation_method: 'pearson' | 'point_biserial' | null;
  readonly spearman: number | null;
  /** max(V, NMI, |correlation|): what the findings are sorted by. */
  readonly strength: number;
}

/** The bucket label of v for sorted cut points: `<25`, `[25, 35)`, …, `>=65`. */
export function bucketLabel(cuts: readonly number[], v: number): string {
  if (v < cuts[0]!) return `<${cuts[0]}`;
  for (let i = 1; i < cuts.length; i++) if (v < cuts[i]!) return `[${cuts[i - 1]}, ${cuts[i]})`;
  return `>=${cuts[cuts.length - 1]}`;
}

function labelsOf(col: SampledColumn, size: number, numericLabel: ((v: number) => string) | null): (string | null)[] {
  const out: (string | null)[] = new Array(size);
  for (let r = 0; r < size; r++) {
    if (numericLabel) {
      const v = col.numbers[r]!;
      out[r] = Number.isFinite(v) ? numericLabel(v) : null;
    } else out[r] = col.text(r);
  }
  return out;
}

function binaryIndicator(labels: readonly (string | null)[], numbers: Float64Array): { x: number[]; y: number[] } | null {
  const values = [...new Set(labels.filter((l): l is string => l !== null))].sort();
  if (values.length !== 2) return null;
  const x: number[] = [];
  const y: number[] = [];
  labels.forEach((l, r) => {
    if (l !== null && Number.isFinite(numbers[r]!)) {
      x.push(l === values[0] ? 1 : 0);
      y.push(numbers[r]!);
    }
  });
  return { x, y };
}

/** Computes the association of each feature with each protected attribute, strongest first. */
export function proxyAssociations(sample: RowSample, features: readonly string[], protectedAttributes: readonly ProtectedAttribute[], options: { ageBuckets?: readonly number[]; featureBins?: number } = {}): ProxyAssociation[] {
  const cuts = [...(options.ageBuckets ?? DEFAULT_AGE_BUCKETS)].sort((a, b) => a - b);
  const out: ProxyAssociation[] = [];
  for (const p of protectedAttributes) {
    const pc = sample.columns.get(p.column);
    if (!pc) continue;
    const pNumeric = pc.numeric;
    const pLabels = labelsOf(pc, sample.size, pNumeric ? (v) => bucketLabel(cuts, v) : null);
    for (const f of features) {
      if (f === p.column) continue;
      const fc = sample.columns.get(f);
      if (!fc) continue;
      const fNumeric = fc.numeric;
      let fLabels: (string | null)[];
      if (fNumeric) {
        const finite = Array.from(fc.numbers).filter(Number.isFinite);
        const edges = quantileBinEdges(finite, options.featureBins ?? DEFAULT_FEATURE_BINS);
        fLabels = labelsOf(fc, sample.size, (v) => String(binIndex(edges, v)));
      } else fLabels = labelsOf(fc, sample.size, null);
      const table = contingencyTable(fLabels, pLabels);
      let correlation: number | null = null;
      let method: ProxyAssociation['correlation_method'] = null;
      let spearman: number | null = null;
      if (fNumeric && pNumeric) {
        const x: number[] = [];
        const y: number[] = [];
        for (let r = 0; r < sample.size; r++) {
          if (Number.isFinite(fc.numbers[r]!) && Number.isFinite(pc.numbers[r]!)) {
            x.push(fc.numbers[r]!);
            y.push(pc.numbers[r]!);
          }
        }
        correlation = pearsonCorrelation(x, y);
        spearman = spearmanCorrelation(x, y);
        method = correlation === null ? null : 'pearson';
      } else if (fNumeric !== pNumeric) {
        const pair = fNumeric ? binaryIndicator(pLabels, fc.numbers) : binaryIndicator(fLabels, pc.numbers);
        if (pair) {
          correlation = pearsonCorrelation(pair.x, pair.y);
          method = correlation === null ? null : 'point_biserial';
        }
      }
      const v = cramersV(table);
      const nmi = normalizedMutualInformation(table);
      out.push({
        protected: p.column,
        basis: p.basis ?? null,
        feature: f,
        feature_type: fNumeric ? 'num' : 'cat',
        protected_type: pNumeric ? 'num' : 'cat',
        n: table.total,
        cramers_v: v,
        mutual_info: mutualInformation(table),
        normalized_mutual_info: nmi,
        correlation,
        correlation_method: method,
        spearman,
        strength: Math.max(v ?? 0, nmi, Math.abs(correlation ?? 0)),
      });
    }
  }
  return out.sort((a, b) => b.strength - a.strength || a.protected.localeCompare(b.protected) || a.feature.localeCompare(b.feature));
}
