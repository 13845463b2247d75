/**
 * Maps the outputs of one model's run (validation of both splits, training, evaluation, metric gates,
 * fairness and compliance) onto the results bundle's sections, the one input of every rendering.
 */
import type { CheckResult } from '../../core/checks/check-result.js';
import type { ComparisonReport } from '../../core/compare/comparison.js';
import type { GateReport } from '../../core/gates/metric-gates.js';
import type { MetricsReport } from '../../core/metrics/metrics-report.js';
import { chartsFrom, fairnessSectionFrom, findingsFrom } from '../../core/report/section-mappers.js';
import type { ComplianceSection, FairnessSection, FindingsSection, Gate, MetricsSection, ModelResults, TrainingCard } from '../../core/report/results-bundle.js';
import type { FairnessRunJson } from '../fairness.js';
import type { TrainResult } from '../train.js';

export interface ModelRunOutputs {
  readonly name: string;
  /** Data checks per split (already without drift verdicts), in the order they ran. */
  readonly validation: readonly { readonly file: string; readonly checks: readonly CheckResult[] }[];
  /** Drift verdicts of the test split against the reference. */
  readonly drift: readonly CheckResult[] | null;
  readonly driftAgainst: string | null;
  readonly train: TrainResult;
  readonly trainingCard: Readonly<Record<string, unknown>>;
  readonly metrics: MetricsReport;
  readonly championMetrics: MetricsReport | null;
  readonly comparison: ComparisonReport | null;
  readonly gates: GateReport | null;
  readonly fairness: FairnessRunJson | null;
  readonly championLabel: string | null;
  readonly challengerLabel: string;
  /** Why there is no comparison (no champion yet, bootstrapped, …). */
  readonly notes: readonly string[];
}

const isDrift = (c: CheckResult): boolean => c.id === 'DRIFT';

/** Cuts text to the bundle's caps (cells 500, messages 2,000): long group lists must not invalidate the bundle. */
function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

function clippedFairness(section: FairnessSection): FairnessSection {
  return {
    ...section,
    gates: section.gates.map((g) => ({ ...g, name: clip(g.name, 200), message: clip(g.message, 2000), ...(typeof g.observed === 'string' ? { observed: clip(g.observed, 200) } : {}) })),
    tables: section.tables.map((t) => ({ ...t, rows: t.rows.map((r) => ({ ...r, cells: r.cells.map((c) => (typeof c === 'string' ? clip(c, 500) : c)) })), ...(t.note !== undefined ? { note: clip(t.note, 2000) } : {}) })),
  };
}

/** Splits check results into data findings and drift verdicts. */
export function splitDrift(checks: readonly CheckResult[]): { data: CheckResult[]; drift: CheckResult[] } {
  return { data: checks.filter((c) => !isDrift(c)), drift: checks.filter(isDrift) };
}

function metricGates(report: GateReport | null): Gate[] {
  if (!report) return [];
  const seen = new Map<string, number>();
  return report.results.map((r) => {
    const t = r.gate.threshold;
    const base = `${r.metric}${t !== undefined ? ` ${r.greater_is_better ? '≥' : '≤'} ${t}` : ''} (${r.severity})`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
      name: n === 1 ? base : `${base}, ${n}`,
      status: r.status,
      message: clip(r.reasons.join('; ') || `${r.metric} = ${r.challenger ?? 'undefined'}`, 2000),
      observed: r.challenger,
      threshold: t ?? null,
    };
  });
}

function gateFor(metric: string, report: GateReport | null): MetricsSection['rows'][number]['gate'] {
  const results = report?.results.filter((r) => r.metric === metric) ?? [];
  if (results.length === 0) return undefined;
  const status = results.some((r) => r.status === 'fail') ? 'fail' : results.some((r) => r.status === 'warn') ? 'warn' : 'pass';
  const threshold = results.map((r) => r.gate.threshold).find((t) => t !== undefined);
  return { status, ...(threshold !== undefined ? { threshold: String(threshold) } : {}) };
}

function metricsSection(o: ModelRunOutputs): MetricsSection {
  if (o.comparison) {
    return {
      championLabel: o.championLabel ?? 'champion',
      challengerLabel: o.challengerLabel,
      ciLevel: o.comparison.bootstrap.confidence,
      rows: o.comparison.metrics.map((r) => {
        const gate = gateFor(r.metric, o.gates);
        return {
          metric: r.metric, champion: r.champion, challenger: r.challenger, delta: r.delta,
          deltaPct: r.relative_delta === null ? null : r.relative_delta * 100,
          ci: r.ci.low !== null && r.ci.high !== null ? [r.ci.low, r.ci.high] as [number, number] : null,
          higherIsBetter: r.greater_is_better,
          ...(gate ? { gate } : {}),
        };
      }),
    };
  }
  return {
    championLabel: o.championLabel ?? 'none yet',
    challengerLabel: o.challengerLabel,
    rows: Object.entries(o.metrics.overall.metrics).map(([metric, value]) => {
      const gate = gateFor(metric, o.gates);
      return { metric, champion: null, challenger: value, ...(gate ? { gate } : {}) };
    }),
  };
}

function validationSection(o: ModelRunOutputs): FindingsSection {
  const findings = o.validation.flatMap((v) => findingsFrom(v.checks).map((f) => ({ ...f, message: clip(`${v.file}: ${f.message}`, 2000) })));
  const blocking = findings.filter((f) => f.status === 'fail' && f.severity === 'error').length;
  return {
    status: blocking > 0 ? 'fail' : findings.some((f) => f.status === 'fail') ? 'warn' : 'pass',
    summary: `${o.validation.map((v) => `${v.file}: ${v.checks.length} checks`).join('; ')}.`,
    findings,
    tables: [],
  };
}

function complianceSection(f: FairnessRunJson): ComplianceSection {
  const items = f.compliance.checks.map((c) => ({
    id: c.id,
    requirement: clip(c.message, 1000),
    status: c.status === 'fail' ? (c.severity === 'error' ? 'fail' as const : 'warn' as const) : c.status,
    evidence: `${c.check}${c.column ? ` · ${c.column}` : ''}${c.observed !== null ? ` · observed ${String(c.observed)}` : ''}`.slice(0, 2000),
  }));
  return { status: f.compliance.status, framework: 'Regulation B (ECOA)', items };
}

function trainingCard(o: ModelRunOutputs): TrainingCard {
  const card = o.trainingCard as { config?: { train?: { model?: Record<string, unknown>; epochs?: number } }; data?: { train?: { file?: string; sha256?: string; rows?: number }; test?: { file?: string; sha256?: string; rows?: number } | null }; code?: { commit?: string | null } };
  const t = o.train;
  const fields: TrainingCard['fields'] = [
    { name: 'model', value: t.model },
    { name: 'algorithm', value: JSON.stringify(card.config?.train?.model ?? null) },
    { name: 'trainer', value: t.trainer },
    { name: 'backend', value: t.backend ? `${t.backend.name} (${t.backend.device})` : null },
    { name: 'seed', value: t.seed },
    { name: 'epochs run', value: t.epochs },
    { name: 'train data', value: card.data?.train ? `${card.data.train.file ?? ''} (${card.data.train.rows ?? '?'} rows, sha256 ${card.data.train.sha256 ?? '?'})` : null },
    { name: 'test data', value: card.data?.test ? `${card.data.test.file ?? ''} (${card.data.test.rows ?? '?'} rows, sha256 ${card.data.test.sha256 ?? '?'})` : null },
    { name: 'code commit', value: card.code?.commit ?? null },
    { name: 'weights sha256', value: t.weightsSha256 },
    { name: 'training time (s)', value: Number(t.durations.trainSeconds.toFixed(2)) },
  ];
  return { fields, tables: [], ...(o.notes.length > 0 ? { notes: o.notes.join(' ') } : {}) };
}

/** One model's section of the results bundle. */
export function modelResultsFrom(o: ModelRunOutputs): ModelResults {
  const curves = o.metrics.curves;
  return {
    name: o.name,
    gates: metricGates(o.gates),
    metrics: metricsSection(o),
    validation: validationSection(o),
    ...(o.drift ? { drift: { status: o.drift.some((c) => c.status === 'fail' && c.severity === 'error') ? 'fail' : o.drift.some((c) => c.status === 'fail') ? 'warn' : 'pass', summary: `${o.drift.length} drift verdicts against ${o.driftAgainst ?? 'the reference'}.`, findings: findingsFrom(o.drift), tables: [] } } : {}),
    ...(o.fairness ? { fairness: clippedFairness(fairnessSectionFrom(o.fairness.fairness)), compliance: complianceSection(o.fairness) } : {}),
    trainingCard: trainingCard(o),
    ...(curves ? { charts: chartsFrom(o.championMetrics?.curves ?? null, curves) } : {}),
    annotations: [],
  };
}
