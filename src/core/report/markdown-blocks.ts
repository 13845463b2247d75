/**
 * Markdown building blocks of the report: status icons, number formatting, GFM tables whose cells are
 * always escaped, and collapsible `<details>` blocks. Every user string passes through escape-markdown.
 */
import { escapeHtmlText, escapeValue } from './escape-markdown.js';
import type { ReportStatus, ReportTable } from './results-bundle.js';

const ICONS: Record<ReportStatus, string> = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️' };

/** The emoji a status is shown with. */
export function statusIcon(status: ReportStatus): string {
  return ICONS[status];
}

/** Fixed-precision number for tables: 4 significant decimals, `—` for null/non-finite. */
export function formatNumber(value: number | null | undefined, digits = 4): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e9)) return value.toExponential(2);
  return value.toFixed(digits);
}

/** Signed number (`+0.0123`, `−0.0040`); the typographic minus keeps columns readable. */
export function formatSigned(value: number | null | undefined, digits = 4, suffix = ''): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const body = formatNumber(Math.abs(value), digits);
  return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${body}${suffix}`;
}

/** Renders one cell: numbers formatted, booleans as yes/no, strings escaped and capped. */
export function formatCell(cell: string | number | boolean | null | undefined): string {
  if (cell === null || cell === undefined) return '—';
  if (typeof cell === 'number') return formatNumber(cell);
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  return escapeValue(cell, 200);
}

/**
 * A GFM table from header labels (escaped) and already-rendered cell strings. Rows are padded or cut to
 * the header width so a malformed row cannot shift columns.
 */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = headers.length;
  const line = (cells: readonly string[]): string => `| ${Array.from({ length: width }, (_x, i) => cells[i] ?? '').join(' | ')} |`;
  return [line(headers.map((h) => escapeValue(h, 100))), `|${' --- |'.repeat(width)}`, ...rows.map(line)].join('\n');
}

/** Renders a structured table with at most `maxRows` rows and a "N more rows" line when cut. */
export function renderReportTable(table: ReportTable, maxRows: number): string {
  const hasStatus = table.rows.some((r) => r.status !== undefined);
  const headers = hasStatus ? ['', ...table.columns] : [...table.columns];
  const shown = table.rows.slice(0, maxRows).map((r) => {
    const cells = table.columns.map((_c, i) => formatCell(r.cells[i]));
    return hasStatus ? [r.status ? statusIcon(r.status) : '', ...cells] : cells;
  });
  const parts: string[] = [];
  if (table.title) parts.push(`**${escapeValue(table.title, 200)}**`, '');
  parts.push(markdownTable(headers, shown));
  if (table.rows.length > maxRows) parts.push('', `_${table.rows.length - maxRows} more rows not shown; see the job summary._`);
  if (table.note) parts.push('', `_${escapeValue(table.note, 2000)}_`);
  return parts.join('\n');
}

/** A collapsible block; `summary` is user-influenced text and is HTML-escaped (it is not markdown). */
export function details(summary: string, body: string, open = false): string {
  // The blank line after </summary> makes GitHub parse the body as markdown.
  return `<details${open ? ' open' : ''}>\n<summary>${escapeHtmlText(summary)}</summary>\n\n${body}\n\n</details>`;
}
