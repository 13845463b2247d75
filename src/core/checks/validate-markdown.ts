import { details, formatCell, markdownTable, statusIcon } from '../report/markdown-blocks.js';
import { escapeValue } from '../report/escape-markdown.js';
import type { ReportSection } from '../report/report-section.js';
import type { CheckResult } from './check-result.js';
import type { ValidateReport } from './validate-report.js';

function icon(c: CheckResult): string {
  return statusIcon(c.status === 'fail' ? (c.severity === 'error' ? 'fail' : 'warn') : c.status);
}

function examplesCell(c: CheckResult): string {
  if (c.examples.length === 0) return '—';
  const shown = c.examples.slice(0, 3).map((e) => `${e.file}:${e.line}${e.value === undefined ? '' : e.value === null ? ' null' : ` ${JSON.stringify(e.value)}`}`);
  return escapeValue(`${shown.join('; ')}${c.examples.length > 3 ? ` (+${c.examples.length - 3})` : ''}`, 300);
}

function checkRow(c: CheckResult): string[] {
  return [icon(c), escapeValue(`${c.id} ${c.check}`, 60), formatCell(c.column ?? null), formatCell(c.observed), formatCell(c.expected), escapeValue(c.message, 300), examplesCell(c)];
}

const HEADERS = ['', 'Check', 'Column', 'Observed', 'Expected', 'Finding', 'Examples (file:line)'];

/** The validation section of the PR comment: failures in a table, passes and null counts folded away. */
export function renderValidateMarkdown(report: ValidateReport, maxRows = 30): ReportSection {
  const s = report.summary;
  const headline = `${report.status === 'pass' ? '✅' : '❌'} **Data validation ${report.status === 'pass' ? 'passed' : 'failed'}**: ${escapeValue(report.data.file, 120)}, ${report.data.rows} rows × ${report.data.columns} columns; ${s.checks} checks: ${s.passed} passed, ${s.errors} errors, ${s.warnings} warnings, ${s.skipped} skipped.`;
  const parts = [headline];
  const failed = report.checks.filter((c) => c.status === 'fail');
  const failedSorted = [...failed.filter((c) => c.severity === 'error'), ...failed.filter((c) => c.severity === 'warning')];
  if (failedSorted.length > 0) {
    parts.push('', markdownTable(HEADERS, failedSorted.slice(0, maxRows).map(checkRow)));
    if (failedSorted.length > maxRows) parts.push('', `_${failedSorted.length - maxRows} more failed checks not shown; see the JSON report._`);
  }
  const rest = report.checks.filter((c) => c.status !== 'fail');
  if (rest.length > 0) parts.push('', details(`${rest.length} checks passed or skipped`, markdownTable(HEADERS, rest.slice(0, maxRows * 4).map(checkRow))));
  const withNulls = report.columns.filter((c) => c.nulls > 0);
  const nullTable = markdownTable(
    ['Column', 'Type', 'Nulls', 'Null share'],
    report.columns.map((c) => [escapeValue(c.name, 100), c.type, String(c.nulls), formatCell(c.nullShare)]),
  );
  parts.push('', details(`Columns: ${withNulls.length} of ${report.columns.length} have nulls`, nullTable));
  return { id: 'validation', title: 'Data validation', priority: 80, markdown: parts.join('\n') };
}

/** The human summary printed on stdout. */
export function renderValidateText(report: ValidateReport): string {
  const s = report.summary;
  const lines = [
    `${report.data.file}: ${report.data.rows} rows, ${report.data.columns} columns${report.contract ? `; contract ${report.contract}` : ''}${report.policies.length > 0 ? `; policies ${report.policies.join(', ')}` : ''}`,
    `nulls: ${report.columns.filter((c) => c.nulls > 0).map((c) => `${c.name} ${c.nulls}`).join(', ') || 'none'}`,
  ];
  for (const c of report.checks) {
    if (c.status !== 'fail') continue;
    lines.push(`${c.severity === 'error' ? 'ERROR' : 'WARN '} ${c.id} ${c.check}${c.column !== undefined ? ` [${c.column}]` : ''}: ${c.message}`);
    for (const e of c.examples.slice(0, 3)) lines.push(`      at ${e.file}:${e.line}${e.value === undefined ? '' : e.value === null ? ' (null)' : ` ${JSON.stringify(e.value)}`}`);
  }
  lines.push(`${report.status === 'pass' ? 'PASS' : 'FAIL'}: ${s.checks} checks, ${s.passed} passed, ${s.errors} errors, ${s.warnings} warnings, ${s.skipped} skipped`);
  return `${lines.join('\n')}\n`;
}
