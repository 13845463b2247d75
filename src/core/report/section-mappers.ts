/**
 * Maps capability outputs onto the report's structured sections, so producers of the results bundle do
 * not hand-copy fields: check verdicts (validation, drift) → findings, metric curves → chart pairs, the
 * fairness report → fairness section.
 */
import type { CheckResult } from '../checks/check-result.js';
import type { FairnessReport, FairnessTable } from '../fairness/fairness-report.js';
import type { Curves } from '../metrics/curves.js';
import type { ChartsSection, Finding, FairnessSection, Gate, ReportTable } from './results-bundle.js';

/** Check results (DV checks, drift verdicts, proxy and label findings) as report findings. */
export function findingsFrom(results: readonly CheckResult[]): Finding[] {
  return results.map((r) => ({
    id: r.id,
    check: r.check,
    ...(r.column !== undefined ? { column: r.column } : {}),
    severity: r.severity,
    status: r.status,
    observed: r.observed,
    expected: r.expected,
    message: r.message,
    examples: r.examples.map((e) => ({ file: e.file, line: e.line, ...(e.column !== undefined ? { column: e.column } : {}), ...(e.value !== undefined ? { value: e.value } : {}) })),
  }));
}

/** Champion (optional) and challenger curves as the three chart pairs. */
export function chartsFrom(champion: Curves | null, challenger: Curves): ChartsSection {
  const charts: ChartsSection = {};
  if (challenger.roc) charts.roc = { champion: champion?.roc ? { x: [...champion.roc.fpr], y: [...champion.roc.tpr] } : null, challenger: { x: [...challenger.roc.fpr], y: [...challenger.roc.tpr] } };
  if (challenger.precision_recall) {
    const c = champion?.precision_recall;
    charts.precisionRecall = { champion: c ? { x: [...c.recall], y: [...c.precision] } : null, challenger: { x: [...challenger.precision_recall.recall], y: [...challenger.precision_recall.precision] } };
  }
  if (challenger.calibration) {
    const c = champion?.calibration;
    charts.calibration = { champion: c ? { x: [...c.prob_pred], y: [...c.prob_true] } : null, challenger: { x: [...challenger.calibration.prob_pred], y: [...challenger.calibration.prob_true] } };
  }
  return charts;
}

function groupTable(t: FairnessTable): ReportTable {
  const metrics = Object.keys(t.overall);
  return {
    title: t.attributes.join(' × '),
    columns: ['Group', 'Count', ...metrics, 'impact_ratio'],
    rows: [
      ...t.groups.map((g) => ({
        cells: [g.name, g.count, ...metrics.map((m) => g.metrics[m]?.value ?? null), g.impactRatio.value],
        ...(g.small ? { status: 'warn' as const } : {}),
      })),
      { cells: ['(overall)', t.groups.reduce((n, g) => n + g.count, 0), ...metrics.map((m) => t.overall[m]?.value ?? null), null] },
    ],
    ...(t.groups.some((g) => g.small) ? { note: '⚠️ marks groups smaller than the minimum group size.' } : {}),
  };
}

function disparityTable(t: FairnessTable): ReportTable {
  return {
    title: `${t.attributes.join(' × ')}: disparities`,
    columns: ['Metric', 'Method', 'Value', 'Note'],
    rows: t.disparities.map((d) => ({ cells: [d.metric, d.method, d.value, d.note] })),
  };
}

/** The fairness report as the fairness section: bias gates with their reasons, group and disparity tables. */
export function fairnessSectionFrom(report: FairnessReport): FairnessSection {
  const gates: Gate[] = report.gates.map((g) => ({
    name: `${g.metric} (${g.attributes.join(' × ')}${g.method ? `, ${g.method}` : ''})`,
    status: g.status,
    message: g.reasons.join(' ') || `${g.metric} = ${g.value ?? 'undefined'}`,
    observed: g.value,
    threshold: g.threshold,
  }));
  return { status: report.status, gates, tables: report.tables.flatMap((t) => [groupTable(t), disparityTable(t)]) };
}
