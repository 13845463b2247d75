import { encodeAttribute, type AttributeCodes, type AttributeSpec } from './attribute-grouping.js';
import { DISPARITY_METRICS, impactRatios } from './disparity-registry.js';
import type { BootstrapOptions } from './disparity-bootstrap.js';
import { evaluateFairnessGate, type FairnessGate, type FairnessGateResult, type GateStatus } from './fairness-gates.js';
import { buildGroupFrame, type GroupFrame, type IndexedFrame } from './group-frame.js';
import { GROUP_METRICS } from './group-metric-registry.js';
import { total } from './confusion-counts.js';
import type { MetricValue } from './metric-value.js';

/** Labels (1 = positive) and the raw cells of every protected column, row-aligned. */
export interface FairnessInput {
  readonly yTrue: Uint8Array;
  readonly yPred: Uint8Array;
  readonly columns: ReadonlyMap<string, ReadonlyArray<string | null>>;
}

export interface FairnessReportOptions {
  readonly protected: readonly AttributeSpec[];
  readonly gates: readonly FairnessGate[];
  /** Groups smaller than this are flagged in the tables. */
  readonly minGroupSize: number;
  readonly bootstrap: BootstrapOptions | null;
  readonly positiveLabel: string;
  readonly champion?: FairnessInput;
}

export interface GroupRow {
  readonly name: string;
  readonly key: readonly string[];
  readonly count: number;
  readonly small: boolean;
  readonly metrics: Readonly<Record<string, MetricValue>>;
  /** Selection rate over the most-selected group's (the four-fifths impact ratio). */
  readonly impactRatio: MetricValue;
}

export interface DisparityRow {
  readonly metric: string;
  readonly method: 'between_groups' | 'to_overall' | null;
  readonly value: number | null;
  readonly note: string | null;
}

/** MetricFrame-style table of one attribute or intersection, with its disparities. */
export interface FairnessTable {
  readonly attributes: readonly string[];
  readonly groups: readonly GroupRow[];
  readonly overall: Readonly<Record<string, MetricValue>>;
  readonly disparities: readonly DisparityRow[];
  /** Cartesian-product cells with no rows, skipped as Fairlearn's min/max skip NaN. */
  readonly unobservedIntersections: number;
}

export interface FairnessReport {
  readonly schemaVersion: 1;
  readonly kind: 'mergeml.fairness';
  readonly rows: number;
  readonly positiveLabel: string;
  readonly minGroupSize: number;
  readonly buckets: Readonly<Record<string, readonly number[]>>;
  readonly tables: readonly FairnessTable[];
  readonly gates: readonly FairnessGateResult[];
  /** fail if any gate fails (blocking), warn if any warns, else pass. */
  readonly status: GateStatus;
}

function metricsOf(counts: Parameters<(typeof GROUP_METRICS)[number]['compute']>[0]): Record<string, MetricValue> {
  return Object.fromEntries(GROUP_METRICS.map((m) => [m.name, m.compute(counts)]));
}

function tableOf(indexed: IndexedFrame, codes: readonly AttributeCodes[], minGroupSize: number): FairnessTable {
  const frame: GroupFrame = indexed.frame;
  const ratios = new Map(impactRatios(frame).map((r) => [r.group, r.ratio]));
  const groups = frame.groups.map((g) => ({
    name: g.name,
    key: g.key,
    count: total(g.counts),
    small: total(g.counts) < minGroupSize,
    metrics: metricsOf(g.counts),
    impactRatio: ratios.get(g.name) as MetricValue,
  }));
  const disparities: DisparityRow[] = DISPARITY_METRICS.flatMap((m) =>
    (m.usesMethod ? (['between_groups', 'to_overall'] as const) : [null]).map((method) => {
      const v = m.compute(frame, { method: method ?? 'between_groups', privilegedMinCount: minGroupSize });
      return { metric: m.name, method, value: v.value, note: v.note ?? null };
    }),
  );
  // Only labels that occur in the data count towards the product (the empty `(missing)` label does not).
  const used = codes.map((c) => new Set(c.codes).size);
  const product = used.reduce((a, b) => a * b, 1);
  return { attributes: frame.attributes, groups, overall: metricsOf(frame.overall), disparities, unobservedIntersections: product - frame.groups.length };
}

function frameFor(input: FairnessInput, specs: readonly AttributeSpec[]): { indexed: IndexedFrame; codes: AttributeCodes[] } | null {
  const codes: AttributeCodes[] = [];
  for (const spec of specs) {
    const cells = input.columns.get(spec.column);
    if (cells === undefined) return null;
    codes.push(encodeAttribute(spec, cells));
  }
  return { indexed: buildGroupFrame(input.yTrue, input.yPred, codes), codes };
}

function missingAttributeResult(gate: FairnessGate, missing: readonly string[]): FairnessGateResult {
  return {
    metric: gate.metric, attributes: gate.attributes, method: gate.method, threshold: gate.threshold, severity: gate.severity,
    minGroupSize: gate.minGroupSize, status: gate.severity === 'error' ? 'fail' : 'warn', value: null, valueNote: 'attribute missing',
    interval: null, champion: null, excludedGroups: [],
    reasons: [`Protected attribute ${missing.map((c) => `\`${c}\``).join(', ')} is missing from the evaluation data, so the gate cannot be evaluated.`],
  };
}

/** Builds the fairness report: a table per attribute and for their intersection, and every gate's decision. */
export function buildFairnessReport(input: FairnessInput, options: FairnessReportOptions): FairnessReport {
  const specOf = new Map(options.protected.map((s) => [s.column, s]));
  const sets: string[][] = options.protected.map((s) => [s.column]);
  if (options.protected.length > 1) sets.push(options.protected.map((s) => s.column));
  // One table per set of attributes: a gate over [Marital, Age] reuses the Age × Marital table.
  const setKey = (attrs: readonly string[]) => [...attrs].sort().join('\u0000');
  for (const gate of options.gates) if (!sets.some((s) => setKey(s) === setKey(gate.attributes))) sets.push([...gate.attributes]);
  const specsFor = (attrs: readonly string[]) => attrs.map((c) => specOf.get(c) ?? { column: c });
  const tables: FairnessTable[] = [];
  for (const attrs of sets) {
    const built = frameFor(input, specsFor(attrs));
    if (built !== null) tables.push(tableOf(built.indexed, built.codes, options.minGroupSize));
  }
  const gates = options.gates.map((gate) => {
    const missing = gate.attributes.filter((c) => !input.columns.has(c));
    const candidate = frameFor(input, specsFor(gate.attributes));
    if (missing.length > 0 || candidate === null) return missingAttributeResult(gate, missing);
    const champion = options.champion === undefined ? null : frameFor(options.champion, specsFor(gate.attributes));
    return evaluateFairnessGate(gate, { candidate: candidate.indexed, ...(champion !== null ? { champion: champion.indexed } : {}) }, options.bootstrap);
  });
  const status: GateStatus = gates.some((g) => g.status === 'fail') ? 'fail' : gates.some((g) => g.status === 'warn') ? 'warn' : 'pass';
  const buckets = Object.fromEntries(options.protected.flatMap((s) => (s.buckets === undefined ? [] : [[s.column, s.buckets]])));
  return { schemaVersion: 1, kind: 'mergeml.fairness', rows: input.yTrue.length, positiveLabel: options.positiveLabel, minGroupSize: options.minGroupSize, buckets, tables, gates, status };
}
