/**
 * Regulation B data checks as CheckResults (family id PROXY): a protected attribute used as a feature is
 * an error, and a feature whose association with a protected attribute exceeds a policy bound fails.
 */
import type { CheckResult, Severity } from '../checks/check-result.js';
import type { BatchConsumer } from '../data/record-batch.js';
import { createRowReservoir, DEFAULT_ROW_CAPACITY } from '../stats/row-reservoir.js';
import { proxyAssociations, type ProtectedAttribute, type ProxyAssociation } from './proxy-associations.js';

/** The policy's `proxies:` section, resolved. Bounds are optional: no anchor sets a default. */
export interface ProxyOptions {
  readonly cramersV?: number;
  readonly normalizedMutualInfo?: number;
  readonly correlation?: number;
  readonly ageBuckets?: readonly number[];
  readonly featureBins?: number;
  readonly severity: Severity;
  /** Row sample capacity (exact below it), default 100,000; and its seed. */
  readonly capacity?: number;
  readonly seed?: number;
}

export interface ProxyFinding extends ProxyAssociation {
  /** Which bounds the association exceeds (empty when it passes or no bound is set). */
  readonly exceeded: readonly ('cramers_v' | 'normalized_mutual_info' | 'correlation')[];
}

export interface ProxyReport {
  /** Rows the associations were computed on, rows seen, and whether that is a sample. */
  readonly rows: number;
  readonly rows_seen: number;
  readonly sampled: boolean;
  readonly findings: readonly ProxyFinding[];
  readonly checks: readonly CheckResult[];
}

/** Which bounds an association exceeds (strictly greater, as "fails above"). */
export function exceededBounds(a: ProxyAssociation, o: ProxyOptions): ProxyFinding['exceeded'] {
  const out: ('cramers_v' | 'normalized_mutual_info' | 'correlation')[] = [];
  if (o.cramersV !== undefined && a.cramers_v !== null && a.cramers_v > o.cramersV) out.push('cramers_v');
  if (o.normalizedMutualInfo !== undefined && a.normalized_mutual_info > o.normalizedMutualInfo) out.push('normalized_mutual_info');
  if (o.correlation !== undefined && a.correlation !== null && Math.abs(a.correlation) > o.correlation) out.push('correlation');
  return out;
}

/** A protected attribute listed among the model's features is an error whatever the policy severity. */
export function protectedFeatureChecks(features: readonly string[], protectedAttributes: readonly ProtectedAttribute[]): CheckResult[] {
  return protectedAttributes.map((p) => {
    const used = features.includes(p.column);
    return {
      id: 'PROXY',
      check: 'protected_not_feature',
      column: p.column,
      severity: 'error',
      status: used ? 'fail' : 'pass',
      observed: used ? 'used as a feature' : 'not a feature',
      expected: 'not a feature',
      message: used
        ? `Protected attribute ${p.column}${p.basis ? ` (${p.basis.replace(/_/g, ' ')})` : ''} is used directly as a model feature (Regulation B, 12 CFR 1002.2(z)).`
        : `Protected attribute ${p.column} is not a model feature.`,
      examples: [],
    };
  });
}

function fmt(x: number | null): string {
  return x === null ? 'n/a' : x.toFixed(4);
}

/** Turns associations into findings and one CheckResult per feature × protected attribute. */
export function proxyReportOf(associations: readonly ProxyAssociation[], o: ProxyOptions, rows: { rows: number; rowsSeen: number; sampled: boolean }, features: readonly string[], protectedAttributes: readonly ProtectedAttribute[]): ProxyReport {
  const findings = associations.map((a) => ({ ...a, exceeded: exceededBounds(a, o) }));
  const anyBound = o.cramersV !== undefined || o.normalizedMutualInfo !== undefined || o.correlation !== undefined;
  const bounds = [o.cramersV !== undefined ? `V <= ${o.cramersV}` : '', o.normalizedMutualInfo !== undefined ? `NMI <= ${o.normalizedMutualInfo}` : '', o.correlation !== undefined ? `|r| <= ${o.correlation}` : ''].filter(Boolean).join(', ');
  const checks: CheckResult[] = [...protectedFeatureChecks(features, protectedAttributes)];
  for (const f of findings) {
    checks.push({
      id: 'PROXY',
      check: 'proxy_association',
      column: f.feature,
      severity: o.severity,
      status: f.exceeded.length > 0 ? 'fail' : 'pass',
      observed: Number(f.strength.toFixed(6)),
      expected: anyBound ? bounds : null,
      message: `${f.feature} vs ${f.protected}: Cramér's V ${fmt(f.cramers_v)}, NMI ${fmt(f.normalized_mutual_info)}${f.correlation !== null ? `, ${f.correlation_method === 'pearson' ? 'Pearson r' : 'point-biserial r'} ${fmt(f.correlation)}` : ''}${f.exceeded.length > 0 ? ` — exceeds ${f.exceeded.join(', ')}: ${f.feature} may act as a proxy for ${f.protected}` : anyBound ? '' : ' (no bound configured)'}.`,
      examples: [],
    });
  }
  return { rows: rows.rows, rows_seen: rows.rowsSeen, sampled: rows.sampled, findings, checks };
}

/** A streaming consumer for validate's single pass: collects the row sample, then reports proxies. */
export function createProxyConsumer(features: readonly string[], protectedAttributes: readonly ProtectedAttribute[], options: ProxyOptions): BatchConsumer<ProxyReport> {
  const reservoir = createRowReservoir([...new Set([...features, ...protectedAttributes.map((p) => p.column)])], options.capacity ?? DEFAULT_ROW_CAPACITY, options.seed ?? 0);
  return {
    consume: (batch) => reservoir.consume(batch),
    finish(): ProxyReport {
      const sample = reservoir.finish();
      const candidates = features.filter((f) => !protectedAttributes.some((p) => p.column === f));
      const associations = proxyAssociations(sample, candidates, protectedAttributes, { ...(options.ageBuckets ? { ageBuckets: options.ageBuckets } : {}), ...(options.featureBins ? { featureBins: options.featureBins } : {}) });
      return proxyReportOf(associations, options, { rows: sample.size, rowsSeen: sample.rowsSeen, sampled: sample.sampled }, features, protectedAttributes);
    },
  };
}
