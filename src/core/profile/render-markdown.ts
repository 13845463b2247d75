import { escapeValue } from '../report/escape-markdown.js';
import { formatStat } from './format-number.js';
import type { ColumnProfile, DataProfile } from './profile-result.js';

function topText(col: ColumnProfile, max: number): string {
  const top = col.text?.top ?? [];
  if (top.length === 0) return '';
  // Every category is user text: escaped so that `|`, backticks, `<`, `@` render literally.
  const shown = top.slice(0, max).map((c) => `${escapeValue(c.value, 40)} (${c.count}${col.text?.topExact ? '' : '+'})`);
  return shown.join(', ') + (top.length > max ? ', …' : '');
}

/**
 * The profile as a markdown section for the PR comment: one row per column. Column names and category
 * values are escaped (src/core/report/escape-markdown.ts) so data cannot inject markdown, HTML or mentions.
 */
export function renderProfileMarkdown(profile: DataProfile, options: { heading?: string; maxColumns?: number; maxCategories?: number } = {}): string {
  const maxColumns = options.maxColumns ?? 50;
  const maxCategories = options.maxCategories ?? 3;
  const lines = [
    `### ${options.heading ?? 'Data profile'}`,
    '',
    `${escapeValue(profile.file, 120)}: ${profile.rows} rows, ${profile.columns.length} columns.`,
    '',
    '| Column | Type | Nulls | Distinct | Min | Median | Max | Mean | Std | Top values |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const col of profile.columns.slice(0, maxColumns)) {
    const num = col.numeric;
    const nulls = col.nulls === 0 ? '0' : `${col.nulls} (${(col.nullFraction * 100).toFixed(1)}%)`;
    const distinct = col.distinctExact ? String(col.distinct) : `≈${col.distinct}`;
    const nonFinite = num && num.nonFinite > 0 ? ` (${num.nonFinite} non-finite)` : '';
    lines.push(
      `| ${escapeValue(col.name, 80)} | ${col.type}${nonFinite} | ${nulls} | ${distinct} | ${formatStat(num?.min)} | ${formatStat(num?.quantiles.p50)} | ${formatStat(num?.max)} | ${formatStat(num?.mean)} | ${formatStat(num?.std)} | ${topText(col, maxCategories)} |`,
    );
  }
  if (profile.columns.length > maxColumns) lines.push('', `…and ${profile.columns.length - maxColumns} more columns (see the JSON report).`);
  return `${lines.join('\n')}\n`;
}
