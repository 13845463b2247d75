/**
 * The comparison table of the PR comment (markdown) and of the terminal (plain text): metric,
 * champion, challenger, Δ, Δ%, confidence interval, p-value and gate verdict. Pure; user-controlled
 * text (file names, model names) is escaped.
 */
import { escapeValue } from '../report/escape-markdown.js';
import type { GateReport, GateStatus } from '../gates/metric-gates.js';
import type { ComparisonReport, ComparisonRow } from './comparison.js';

const num = (v: number | null): string => {
  if (v === null) return 'n/a';
  if (v === 0) return '0';
  const abs = Math.abs(v);
  return abs >= 1e6 || abs < 1e-4 ? v.toExponential(3) : String(Number(v.toPrecision(4)));
};
const signed = (v: number | null): string => (v === null ? 'n/a' : v > 0 ? `+${num(v)}` : num(v));
const percent = (v: number | null): string => (v === null ? 'n/a' : `${v > 0 ? '+' : ''}${(v * 100).toFixed(2)}%`);
const ci = (r: ComparisonRow): string => (r.ci.low === null || r.ci.high === null ? 'n/a' : `[${signed(r.ci.low)}, ${signed(r.ci.high)}]`);
const pValue = (r: ComparisonRow): string => (r.p_value === null ? 'n/a' : r.p_value < 1e-4 ? '<0.0001' : r.p_value.toFixed(4));

/** The worst verdict among a metric's gates, or null when no gate names it. */
function verdictOf(metric: string, gates: GateReport | undefined): GateStatus | null {
  const statuses = gates?.results.filter((g) => g.metric === metric).map((g) => g.status) ?? [];
  if (statuses.length === 0) return null;
  return statuses.includes('fail') ? 'fail' : statuses.includes('warn') ? 'warn' : 'pass';
}
const MARK: Record<GateStatus, string> = { pass: '✅ pass', warn: '⚠️ warn', fail: '❌ fail' };

/** Arrow showing whether Δ is an improvement given the metric's direction. */
function arrow(r: ComparisonRow): string {
  if (r.delta === null || r.delta === 0) return '';
  return (r.delta > 0) === r.greater_is_better ? ' ▲' : ' ▼';
}

function tableRows(report: ComparisonReport, gates: GateReport | undefined): string[][] {
  const level = `${Math.round(report.bootstrap.confidence * 100)}% CI`;
  const header = ['metric', 'champion', 'challenger', 'Δ', 'Δ%', level, 'p', 'gate'];
  const body = report.metrics.map((r) => {
    const v = verdictOf(r.metric, gates);
    return [r.metric, num(r.champion), num(r.challenger), `${signed(r.delta)}${arrow(r)}`, percent(r.relative_delta), ci(r), `${pValue(r)} (${r.test.test})`, v === null ? '—' : MARK[v]];
  });
  return [header, ...body];
}

/** Markdown for the PR comment: a summary line, the table, and failed/warned gates with reasons. */
export function renderComparisonMarkdown(report: ComparisonReport, gates?: GateReport): string {
  const rows = tableRows(report, gates);
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  const champion = escapeValue(String(report.champion['name'] ?? report.champion['file'] ?? 'champion'));
  const challenger = escapeValue(String(report.challenger['name'] ?? report.challenger['file'] ?? 'challenger'));
  const out = [
    `**Challenger** ${challenger} vs **champion** ${champion} on ${report.rows} identical rows ` +
      `(paired bootstrap, ${report.bootstrap.resamples} resamples, seed ${report.bootstrap.seed}).`,
    '',
    line(rows[0]!),
    `|${rows[0]!.map((_, i) => (i === 0 || i === 7 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...rows.slice(1).map(line),
  ];
  const notable = gates?.results.filter((g) => g.status !== 'pass') ?? [];
  if (gates) {
    out.push('', gates.passed ? `Metric gates: ${gates.counts.pass} passed, ${gates.counts.warn} warned, none failed.` : `Metric gates: **${gates.counts.fail} failed**, ${gates.counts.warn} warned, ${gates.counts.pass} passed.`);
    for (const g of notable) out.push(`- ${MARK[g.status]} \`${g.metric}\` (${g.severity}): ${g.reasons.map((r) => escapeValue(r)).join('; ')}`);
  }
  return `${out.join('\n')}\n`;
}

/** The same table as aligned plain text for the terminal. */
export function renderComparisonText(report: ComparisonReport, gates?: GateReport): string {
  const rows = tableRows(report, gates);
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...r[c]!].length)));
  const lines = rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd());
  const name = (side: ComparisonReport['champion'], fallback: string) => String(side['name'] ?? side['file'] ?? fallback);
  const out = [`challenger ${name(report.challenger, 'challenger')} vs champion ${name(report.champion, 'champion')} on ${report.rows} identical rows`, ...lines];
  for (const g of gates?.results ?? []) out.push(`${g.status.toUpperCase().padEnd(4)} ${g.metric} (${g.severity}): ${g.reasons.join('; ')}`);
  return `${out.join('\n')}\n`;
}
