/** Number and status formatting shared by the HTML report's tables and headline. */
import type { ReportStatus } from '../report/results-bundle.js';
import { escapeHtmlCapped } from './escape-html.js';

const ICONS: Record<ReportStatus, string> = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️' };
const WORDS: Record<ReportStatus, string> = { pass: 'pass', fail: 'fail', warn: 'warning', skip: 'skipped' };

/** A status as an icon plus a word (the word keeps the page readable without emoji fonts). */
export function statusBadge(status: ReportStatus): string {
  return `<span class="st st-${status}">${ICONS[status]} ${WORDS[status]}</span>`;
}

/** 4 decimals, integers as they are, `—` for null or non-finite values. */
export function formatNumber(value: number | null | undefined, digits = 4): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e9)) return value.toExponential(2);
  return value.toFixed(digits);
}

/** A signed number with a typographic minus. */
export function formatSigned(value: number | null | undefined, digits = 4, suffix = ''): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${formatNumber(Math.abs(value), digits)}${suffix}`;
}

/** A table cell's content: numbers formatted, booleans yes/no, strings escaped and capped. */
export function formatCell(cell: string | number | boolean | null | undefined): string {
  if (cell === null || cell === undefined) return '—';
  if (typeof cell === 'number') return formatNumber(cell);
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  return escapeHtmlCapped(cell, 500);
}
