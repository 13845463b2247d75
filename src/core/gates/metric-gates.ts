/**
 * Metric gates in the style of MLflow's MetricThreshold (mlflow/models/evaluation/validation.py):
 * - threshold: the challenger's value must be ≥ threshold (≤ when lower is better);
 * - min_absolute_change: challenger ≥ champion + m (≤ champion − m when lower is better);
 * - min_relative_change: (challenger − champion)/champion ≥ r (the sign flipped when lower is better);
 *   a champion of 0 falls back to "strictly better by 1e-10", as MLflow does;
 * - significance α (MergeML's addition): a difference whose p-value is not below α counts as no
 *   change (Δ = 0) when the change conditions are checked. So "improve by ≥ m" needs a significant
 *   improvement, and "worsen by at most m" (m < 0) fails only on a significant worsening.
 * A failed condition gives `fail` for severity error and `warn` for severity warning. Pure.
 */
import type { MetricGateConfig } from '../policy/metric-gates-schema.js';
import { findMetric } from '../metrics/metric-registry.js';
import type { ComparisonRow } from '../compare/comparison.js';

export const GATES_SCHEMA_VERSION = 1;

export type GateStatus = 'pass' | 'fail' | 'warn';

export interface GateResult {
  readonly metric: string;
  readonly status: GateStatus;
  readonly severity: 'error' | 'warning';
  readonly greater_is_better: boolean;
  readonly challenger: number | null;
  readonly champion: number | null;
  readonly delta: number | null;
  readonly p_value: number | null;
  /** One sentence per condition checked, in words. */
  readonly reasons: readonly string[];
  readonly gate: MetricGateConfig;
}

export interface GateReport {
  readonly schemaVersion: typeof GATES_SCHEMA_VERSION;
  readonly kind: 'gates';
  readonly passed: boolean;
  readonly counts: { readonly pass: number; readonly warn: number; readonly fail: number };
  readonly results: readonly GateResult[];
}

export interface GateInput {
  /** The challenger's metric values (a metrics report's `overall.metrics`). */
  readonly metrics: Readonly<Record<string, number | null>>;
  /** The comparison with the champion, when there is one. */
  readonly comparison?: readonly ComparisonRow[];
}

const fmt = (v: number): string => (Math.abs(v) >= 1e-4 || v === 0 ? String(Number(v.toPrecision(6))) : v.toExponential(3));
const signed = (v: number): string => (v >= 0 ? `+${fmt(v)}` : fmt(v));

/** Evaluates one gate. */
export function evaluateGate(gate: MetricGateConfig, input: GateInput): GateResult {
  const definition = findMetric(gate.metric);
  const name = definition?.name ?? gate.metric;
  const greater = gate.greater_is_better ?? definition?.greaterIsBetter ?? true;
  const row = input.comparison?.find((r) => r.metric === name);
  const value = input.metrics[name] ?? row?.challenger ?? null;
  const champion = row?.champion ?? null;
  const p = row?.p_value ?? null;
  const reasons: string[] = [];
  let failed = false;
  const base = { metric: name, severity: gate.severity, greater_is_better: greater, challenger: value, champion, delta: row?.delta ?? null, p_value: p, gate };
  if (value === null) {
    reasons.push(definition === undefined ? `${gate.metric} is not a metric MergeML computes` : `${name} is undefined for the challenger (see the metrics warnings)`);
    return { ...base, status: gate.severity === 'error' ? 'fail' : 'warn', reasons };
  }
  const better = greater ? 'at least' : 'at most';
  if (gate.threshold !== undefined) {
    const ok = greater ? value >= gate.threshold : value <= gate.threshold;
    reasons.push(`${name} ${fmt(value)} ${ok ? 'meets' : 'misses'} the threshold (${better} ${fmt(gate.threshold)})`);
    failed ||= !ok;
  }
  const absolute = gate.min_absolute_change ?? null;
  const relative = gate.min_relative_change ?? null;
  if (absolute !== null || relative !== null) {
    if (champion === null) {
      reasons.push('no champion value to compare with: change conditions not checked');
    } else {
      let candidate = value;
      if (gate.significance !== undefined) {
        const significant = p !== null && p < gate.significance;
        const test = row?.test.test ?? 'test';
        if (!significant) {
          candidate = champion;
          reasons.push(`Δ ${signed(value - champion)} is not significant at α = ${gate.significance} (${test} p = ${p === null ? 'n/a' : fmt(p)}): counted as no change`);
        } else {
          reasons.push(`Δ ${signed(value - champion)} is significant at α = ${gate.significance} (${test} p = ${fmt(p)})`);
        }
      }
      const change = candidate - champion;
      if (absolute !== null) {
        const ok = greater ? candidate >= champion + absolute : candidate <= champion - absolute;
        const wanted = greater ? `≥ ${signed(absolute)}` : `≤ ${signed(-absolute)}`;
        reasons.push(`change ${signed(change)} ${ok ? 'satisfies' : 'violates'} min_absolute_change (Δ ${wanted})`);
        failed ||= !ok;
      }
      if (relative !== null) {
        let ok: boolean;
        if (champion === 0) {
          ok = greater ? candidate >= champion + 1e-10 : candidate <= champion - 1e-10;
          reasons.push(`champion is 0, so min_relative_change needs a strictly better challenger: ${ok ? 'it is' : 'it is not'}`);
        } else {
          const rel = (greater ? candidate - champion : champion - candidate) / champion;
          ok = rel >= relative;
          reasons.push(`relative improvement ${signed(rel * 100)}% ${ok ? 'satisfies' : 'violates'} min_relative_change (≥ ${signed(relative * 100)}%)`);
        }
        failed ||= !ok;
      }
    }
  }
  if (reasons.length === 0) reasons.push('no condition set: nothing to check');
  return { ...base, status: !failed ? 'pass' : gate.severity === 'error' ? 'fail' : 'warn', reasons };
}

/** Evaluates every gate; the report passes when no error-severity gate fails. */
export function evaluateGates(gates: readonly MetricGateConfig[], input: GateInput): GateReport {
  const results = gates.map((g) => evaluateGate(g, input));
  const counts = { pass: 0, warn: 0, fail: 0 };
  for (const r of results) counts[r.status]++;
  return { schemaVersion: GATES_SCHEMA_VERSION, kind: 'gates', passed: counts.fail === 0, counts, results };
}
