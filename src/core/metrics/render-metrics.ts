/** Plain-text rendering of a metrics report for the terminal (the JSON is the machine contract). */
import type { MetricsReport, SliceMetrics } from './metrics-report.js';

/** Formats a metric value for people: 6 significant digits, `n/a` for undefined. */
export function formatMetricValue(value: number | null | undefined): string {
  if (value === null || value === undefined) return 'n/a';
  if (value === 0) return '0';
  const abs = Math.abs(value);
  return abs >= 1e6 || abs < 1e-4 ? value.toExponential(4) : Number(value.toPrecision(6)).toString();
}

function pad(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd()).join('\n');
}

function sliceLines(slice: SliceMetrics): string[] {
  const names = Object.keys(slice.metrics);
  const lines = [pad([['metric', 'value'], ...names.map((n) => [n, formatMetricValue(slice.metrics[n])])])];
  if (slice.confusion_matrix) {
    const c = slice.confusion_matrix;
    lines.push(`confusion matrix: tn ${c.tn}  fp ${c.fp}  fn ${c.fn}  tp ${c.tp}`);
  }
  for (const w of slice.warnings) lines.push(`warning: ${w.metric}: ${w.message}`);
  return lines;
}

/** Renders the overall metrics and one compact table per group column. */
export function renderMetricsReport(report: MetricsReport): string {
  const out: string[] = [];
  const counts = report.overall.positives !== undefined ? ` (${report.overall.positives} positive, ${report.overall.negatives} negative)` : '';
  out.push(`${report.source['file']}: ${report.overall.count} rows${counts}`, ...sliceLines(report.overall));
  for (const column of report.groups) {
    const names = Object.keys(report.overall.metrics);
    out.push('', `by ${column.column}:`);
    out.push(pad([['group', 'count', ...names], ...column.groups.map((g) => [g.value, String(g.count), ...names.map((n) => formatMetricValue(g.metrics[n]))])]));
  }
  return `${out.join('\n')}\n`;
}
