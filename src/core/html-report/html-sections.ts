/** The sections of one model in the HTML report: gates, metrics, findings, fairness, compliance, charts, card. */
import type { ChartsSection, ComplianceSection, FairnessSection, Finding, FindingsSection, Gate, MetricsSection, ReportTable, TrainingCard } from '../report/results-bundle.js';
import { escapeHtml, escapeHtmlCapped } from './escape-html.js';
import { formatCell, formatNumber, formatSigned, statusBadge } from './format-values.js';
import { CHALLENGER_COLOR, CHAMPION_COLOR, renderLineChart } from './svg-chart.js';

/** Row caps: the page stays small enough to open even for wide data. */
const MAX_TABLE_ROWS = 500;
const MAX_FINDINGS = 1000;

/** A table from escaped header labels and already-rendered cell HTML. */
export function htmlTable(headers: readonly string[], rows: readonly (readonly string[])[], rowClasses: readonly (string | undefined)[] = []): string {
  const head = `<tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
  const body = rows.map((r, i) => `<tr${rowClasses[i] ? ` class="${rowClasses[i]}"` : ''}>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function more(total: number, shown: number, what: string): string {
  return total > shown ? `<p class="note">${total - shown} more ${what} not shown (see results.json).</p>` : '';
}

/** A generic report table (fairness groups, disparities, drift statistics). */
export function renderTable(table: ReportTable): string {
  const rows = table.rows.slice(0, MAX_TABLE_ROWS);
  const hasStatus = rows.some((r) => r.status !== undefined);
  const headers = hasStatus ? ['', ...table.columns] : [...table.columns];
  const cells = rows.map((r) => {
    const c = table.columns.map((_, i) => formatCell(r.cells[i]));
    return hasStatus ? [r.status ? statusBadge(r.status) : '', ...c] : c;
  });
  return [
    table.title ? `<h4>${escapeHtmlCapped(table.title, 200)}</h4>` : '',
    htmlTable(headers, cells, rows.map((r) => (r.status ? `row-${r.status}` : undefined))),
    more(table.rows.length, rows.length, 'rows'),
    table.note ? `<p class="note">${escapeHtmlCapped(table.note, 2000)}</p>` : '',
  ].join('\n');
}

/** Gates with their status and the reason in words. */
export function renderGates(gates: readonly Gate[]): string {
  if (gates.length === 0) return '<p class="note">No gates configured.</p>';
  const rows = gates.map((g) => [statusBadge(g.status), escapeHtmlCapped(g.name, 200), formatCell(g.observed ?? null), formatCell(g.threshold ?? null), escapeHtmlCapped(g.message, 2000)]);
  return htmlTable(['Status', 'Gate', 'Observed', 'Threshold', 'Reason'], rows, gates.map((g) => `row-${g.status}`));
}

/** Champion vs challenger per metric: values, Δ, Δ%, confidence interval of Δ and the gate. */
export function renderMetrics(metrics: MetricsSection): string {
  const level = Math.round((metrics.ciLevel ?? 0.95) * 100);
  const rows = metrics.rows.map((r) => {
    const delta = r.delta ?? (r.champion !== null && r.challenger !== null ? r.challenger - r.champion : null);
    const pct = r.deltaPct ?? (delta !== null && r.champion !== null && r.champion !== 0 ? (delta / Math.abs(r.champion)) * 100 : null);
    const better = delta === null || delta === 0 || r.higherIsBetter === undefined ? '' : (delta > 0) === r.higherIsBetter ? ' class="better"' : ' class="worse"';
    const ci = r.ci ? `[${formatSigned(r.ci[0])}, ${formatSigned(r.ci[1])}]` : '—';
    return [escapeHtmlCapped(r.metric, 100), formatNumber(r.champion), formatNumber(r.challenger), `<span${better}>${formatSigned(delta)}</span>`, formatSigned(pct, 2, '%'), ci, r.gate ? statusBadge(r.gate.status) : ''];
  });
  const names = `<p>Champion: <b>${escapeHtmlCapped(metrics.championLabel ?? 'none', 200)}</b> · challenger: <b>${escapeHtmlCapped(metrics.challengerLabel ?? 'this run', 200)}</b></p>`;
  return names + htmlTable(['Metric', 'Champion', 'Challenger', 'Δ', 'Δ%', `${level}% CI of Δ`, 'Gate'], rows);
}

function findingRows(findings: readonly Finding[]): string {
  const order = (f: Finding) => (f.status === 'fail' ? (f.severity === 'error' ? 0 : 1) : f.status === 'skip' ? 2 : 3);
  const sorted = [...findings].sort((a, b) => order(a) - order(b)).slice(0, MAX_FINDINGS);
  const rows = sorted.map((f) => {
    const status = f.status === 'fail' ? (f.severity === 'error' ? 'fail' : 'warn') : f.status;
    const example = f.examples[0];
    const where = example ? `${escapeHtmlCapped(example.file, 200)}:${example.line}${example.value !== undefined && example.value !== null ? ` <code>${escapeHtmlCapped(example.value, 100)}</code>` : ''}` : '';
    return [statusBadge(status), escapeHtml(f.id), escapeHtmlCapped(f.check, 200), escapeHtmlCapped(f.column ?? '', 200), escapeHtmlCapped(f.message, 2000), where];
  });
  return htmlTable(['Status', 'Id', 'Check', 'Column', 'Message', 'Example'], rows, sorted.map((f) => (f.status === 'fail' ? `row-${f.severity === 'error' ? 'fail' : 'warn'}` : undefined))) + more(findings.length, sorted.length, 'findings');
}

/** Data validation or drift: counts, failures first, extra tables. */
export function renderFindings(section: FindingsSection): string {
  const failed = section.findings.filter((f) => f.status === 'fail');
  const errors = failed.filter((f) => f.severity === 'error').length;
  const counts = `<p>${section.findings.length} checks: ${section.findings.length - failed.length} passed or skipped, ${errors} blocking failure(s), ${failed.length - errors} warning(s).</p>`;
  return [section.summary ? `<p>${escapeHtmlCapped(section.summary, 2000)}</p>` : '', counts, findingRows(section.findings), ...section.tables.map(renderTable)].join('\n');
}

/** Bias gates, then every group and disparity table. */
export function renderFairness(section: FairnessSection): string {
  return [section.summary ? `<p>${escapeHtmlCapped(section.summary, 2000)}</p>` : '', '<h4>Bias gates</h4>', renderGates(section.gates), ...section.tables.map(renderTable)].join('\n');
}

/** The compliance checklist. */
export function renderCompliance(section: ComplianceSection): string {
  const met = section.items.filter((i) => i.status === 'pass').length;
  const rows = section.items.map((i) => [statusBadge(i.status), escapeHtmlCapped(i.id, 100), escapeHtmlCapped(i.requirement, 1000), escapeHtmlCapped(i.evidence ?? '', 2000)]);
  return `<p>${section.framework ? `${escapeHtmlCapped(section.framework, 200)}: ` : ''}${met} of ${section.items.length} requirements met.</p>\n${htmlTable(['Status', 'Id', 'Requirement', 'Evidence'], rows, section.items.map((i) => `row-${i.status}`))}`;
}

/** Key facts of the training run. */
export function renderTrainingCard(card: TrainingCard): string {
  return [
    htmlTable(['Field', 'Value'], card.fields.map((f) => [escapeHtmlCapped(f.name, 200), formatCell(f.value)])),
    ...card.tables.map(renderTable),
    card.notes ? `<p class="note">${escapeHtmlCapped(card.notes, 5000)}</p>` : '',
  ].join('\n');
}

/** ROC, precision–recall and calibration as inline SVG, champion vs challenger. */
export function renderCharts(charts: ChartsSection, championLabel: string, challengerLabel: string): string {
  const svgs = [
    charts.roc ? renderLineChart({ title: 'ROC curve', xLabel: 'false positive rate', yLabel: 'true positive rate', pair: charts.roc, reference: { from: [0, 0], to: [1, 1], label: 'chance' } }) : '',
    charts.precisionRecall ? renderLineChart({ title: 'Precision–recall curve', xLabel: 'recall', yLabel: 'precision', pair: charts.precisionRecall }) : '',
    charts.calibration ? renderLineChart({ title: 'Calibration', xLabel: 'mean predicted probability', yLabel: 'fraction of positives', pair: charts.calibration, reference: { from: [0, 0], to: [1, 1], label: 'perfectly calibrated' }, markers: true }) : '',
  ].filter((s) => s !== '');
  if (svgs.length === 0) return '<p class="note">No curves (not a binary classifier with probabilities).</p>';
  const champion = charts.roc?.champion || charts.precisionRecall?.champion || charts.calibration?.champion ? `<span style="color:${CHAMPION_COLOR}">■</span> champion: ${escapeHtmlCapped(championLabel, 200)} · ` : '';
  return `<div class="charts">${svgs.join('\n')}</div>\n<p class="note">${champion}<span style="color:${CHALLENGER_COLOR}">■</span> challenger: ${escapeHtmlCapped(challengerLabel, 200)}</p>`;
}
