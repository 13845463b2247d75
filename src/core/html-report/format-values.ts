/** Number and status formatting shared by the HTML report's tables and headline. */
import type { ReportStatus } from '../report/results-bundle.js';
import { escapeHtmlCapped } from './escape-html.js';
import { formatNumber, formatSigned } from '../report/markdown-blocks.js';

// The HTML report formats numbers exactly as the PR comment does.
export { formatNumber, formatSigned };

const ICONS: Record<ReportStatus, string> = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️' };
const WORDS: Record<ReportStatus, string> = { pass: 'pass', fail: 'fail', warn: 'warning', skip: 'skipped' };

/** A status as an icon plus a word (the word keeps the page readable without emoji fonts). */
export function statusBadge(status: ReportStatus): string {
  return `<span class="st st-${status}">${ICONS[status]} ${WORDS[status]}</span>`;
}

/** A table cell's content: numbers formatted, booleans yes/no, strings escaped and capped. */
export function formatCell(cell: string | number | boolean | null | undefined): string {
  if (cell === null || cell === undefined) return '—';
  if (typeof cell === 'number') return formatNumber(cell);
  if (typeof cell === 'boolean') return cell ? 'yes' : 'no';
  return escapeHtmlCapped(cell, 500);
}
