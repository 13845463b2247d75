import { maxOf, minOf } from './extremes.js';
import { escapeMarkdown } from '../report/escape-markdown.js';
import { GROUP_METRICS } from './group-metric-registry.js';
import { findDisparityMetric } from './disparity-registry.js';
import { formatMetric } from './format-number.js';
import { MarkdownNotes, markdownTable } from './markdown-notes.js';
import type { FairnessGateResult } from './fairness-gates.js';
import type { FairnessReport, FairnessTable, GroupRow } from './fairness-report.js';
import type { MetricValue } from './metric-value.js';

/** Group rows per table in markdown; the JSON report keeps every group. */
const MAX_TABLE_ROWS = 100;

const VERDICT = { pass: '✅ pass', fail: '❌ fail', warn: '⚠️ warn' } as const;

/** A code span for MergeML's own identifiers (metric names); user text goes through escapeMarkdown instead. */
function code(text: string): string {
  return `\`${text}\``;
}

/** Index of the worst group for a column, or -1 when nothing stands out (fewer than two distinct values). */
function worstIndex(values: readonly (number | null)[], direction: 'higher_is_better' | 'lower_is_better' | 'neutral'): number {
  if (direction === 'neutral') return -1;
  const defined = values.filter((v): v is number => v !== null);
  if (defined.length < 2 || minOf(defined) === maxOf(defined)) return -1;
  const target = direction === 'higher_is_better' ? minOf(defined) : maxOf(defined);
  return values.indexOf(target);
}

function groupTable(table: FairnessTable, report: FairnessReport): string[] {
  const notes = new MarkdownNotes();
  const columns = GROUP_METRICS.filter((m) => m.name !== 'count');
  const header = ['group', 'count', ...columns.slice(0, 1).map((m) => m.label), 'impact ratio', ...columns.slice(1).map((m) => m.label)];
  const worst = new Map(columns.map((m) => [m.name, worstIndex(table.groups.map((g) => g.metrics[m.name]?.value ?? null), m.direction)]));
  const worstImpact = worstIndex(table.groups.map((g) => g.impactRatio.value), 'higher_is_better');
  const cell = (g: GroupRow, i: number, name: string) => notes.cell(g.metrics[name], worst.get(name) === i);
  const shownGroups = table.groups.slice(0, MAX_TABLE_ROWS);
  const rows = shownGroups.map((g, i) => [
    escapeMarkdown(g.name),
    g.small ? `${g.count} ⚠ (note ${notes.ref(`fewer than ${report.minGroupSize} rows: insufficient data for reliable rates; gates leave such groups out and warn`)})` : String(g.count),
    cell(g, i, 'selection_rate'),
    notes.cell(g.impactRatio, worstImpact === i),
    ...columns.slice(1).map((m) => cell(g, i, m.name)),
  ]);
  const overall = (name: string): MetricValue | undefined => table.overall[name];
  rows.push(['**overall**', String(overall('count')?.value ?? 0), notes.cell(overall('selection_rate')), '1', ...columns.slice(1).map((m) => notes.cell(overall(m.name)))]);
  const title = table.attributes.map((a) => escapeMarkdown(a)).join(' × ');
  const lines = [`#### By ${title}`, '', ...markdownTable(header, rows, header.map((_, i) => i > 0))];
  if (table.groups.length > shownGroups.length) lines.push('', `${table.groups.length - shownGroups.length} more group(s) are in the JSON report (\`--json\`); bucket the attribute to get fewer, larger groups.`);
  if (table.unobservedIntersections > 0) lines.push('', `${table.unobservedIntersections} intersection(s) with no rows are skipped, as in Fairlearn's MetricFrame.`);
  const disparityRows = table.disparities.map((d) => [
    code(d.metric) + (d.method === null ? '' : ` (${d.method})`),
    findDisparityMetric(d.metric)?.source ?? '',
    notes.cell({ value: d.value, ...(d.note !== null ? { note: d.note } : {}) }),
  ]);
  lines.push('', '<details><summary>Disparities</summary>', '', ...markdownTable(['disparity', 'source', 'value'], disparityRows, [false, false, true]), '', '</details>');
  lines.push(...notes.render());
  return lines;
}

function gateRow(g: FairnessGateResult, notes: MarkdownNotes): string[] {
  const ci = g.interval === null ? 'not computed' : g.interval.low === null || g.interval.high === null ? notes.na(`bootstrap interval undefined: the disparity was undefined in ${g.interval.nUndefined} of ${g.interval.nResamples} resamples`) : `[${formatMetric(g.interval.low)}, ${formatMetric(g.interval.high)}]`;
  const champion = g.champion === null ? '—' : g.champion.value === null ? notes.na('champion value undefined') : `${formatMetric(g.champion.value)} (max worsening ${formatMetric(g.champion.maxWorsening)})`;
  return [
    VERDICT[g.status],
    code(g.metric) + (findDisparityMetric(g.metric)?.usesMethod ? ` (${g.method})` : ''),
    g.attributes.map((a) => escapeMarkdown(a)).join(' × '),
    g.value === null ? notes.na(g.valueNote ?? 'undefined') : formatMetric(g.value),
    ci,
    formatMetric(g.threshold),
    champion,
    escapeMarkdown(g.reasons.join(' ')),
  ];
}

/** The fairness gates table with verdicts (one section of the PR comment). */
export function renderFairnessGates(report: FairnessReport): string[] {
  if (report.gates.length === 0) return ['#### Disparity gates', '', 'No fairness gates are configured in the policy.'];
  const notes = new MarkdownNotes();
  const level = report.gates.find((g) => g.interval !== null)?.interval?.confidenceLevel;
  const header = ['verdict', 'gate', 'attributes', 'value', level === undefined ? 'CI' : `${Math.round(level * 100)}% CI`, 'threshold', 'champion', 'reason'];
  return ['#### Disparity gates', '', ...markdownTable(header, report.gates.map((g) => gateRow(g, notes))), ...notes.render()];
}

/** The fairness section of the PR comment: a table per attribute and intersection, then the gates. */
export function renderFairnessMarkdown(report: FairnessReport): string {
  const summary = report.status === 'fail' ? '❌ a fairness gate failed' : report.status === 'warn' ? '⚠️ fairness gates warn' : '✅ fairness gates pass';
  const buckets = Object.entries(report.buckets).map(([c, cuts]) => `${escapeMarkdown(c)} at ${cuts.map(formatMetric).join(', ')}`);
  const lines = [
    `### Fairness: ${summary}`,
    '',
    `${report.rows} rows; selection = predicted ${escapeMarkdown(report.positiveLabel)}. Worst value per column in **bold** ▼; groups under ${report.minGroupSize} rows marked ⚠.` +
      (buckets.length > 0 ? ` Numeric attributes bucketed into [low, high) intervals: ${buckets.join('; ')}.` : '') +
      ' Null attribute values form the group `(missing)`.',
    '',
  ];
  for (const table of report.tables) lines.push(...groupTable(table, report), '');
  lines.push(...renderFairnessGates(report), '');
  return lines.join('\n');
}
