/**
 * Pure renderings of a drift report: the markdown section of the PR comment and the terminal table.
 * Column names and file names are user text and are escaped.
 */
import { escapeMarkdown } from '../report/escape-markdown.js';
import type { DriftJsonReport } from './drift-json.js';
import { formatScore, type ColumnDrift } from './drift-report.js';

function verdict(r: DriftJsonReport): string {
  const d = r.dataset;
  const share = `${d.number_of_drifted_columns} of ${d.number_of_columns} columns drifted (${(d.share_of_drifted_columns * 100).toFixed(1)}%, dataset drift at ≥ ${d.drift_share * 100}%)`;
  if (!d.dataset_drift) return `✅ **No dataset drift**: ${share}.`;
  return `${r.failed ? '❌' : '⚠️'} **Dataset drift**: ${share}.`;
}

function score(c: ColumnDrift): string {
  return c.drift_score === null ? '–' : formatScore(c.drift_score);
}

/** The markdown section for the PR comment: verdict, then drifted columns first. */
export function renderDriftMarkdown(r: DriftJsonReport): string {
  const rows = [...r.columns].sort((a, b) => Number(b.drift_detected) - Number(a.drift_detected) || (a.status === 'skipped' ? 1 : 0) - (b.status === 'skipped' ? 1 : 0));
  const lines = [
    '### Data drift',
    '',
    verdict(r),
    '',
    `Reference ${escapeMarkdown(r.reference.file)} (${r.reference.rows} rows) → current ${escapeMarkdown(r.current.file)} (${r.current.rows} rows).`,
    '',
    '| Column | Type | Test | Score | Threshold | Drift |',
    '|---|---|---|---:|---:|:---:|',
    ...rows.map((c) =>
      c.status === 'skipped'
        ? `| ${escapeMarkdown(c.column)} | ${c.column_type} | – | – | – | skipped: ${escapeMarkdown(c.reason ?? '')} |`
        : `| ${escapeMarkdown(c.column)} | ${c.column_type} | ${c.stattest_name}${c.sampled ? ' (sampled)' : ''} | ${score(c)} | ${c.threshold} | ${c.drift_detected ? '**yes**' : 'no'} |`,
    ),
  ];
  return lines.join('\n');
}

/** The human table printed on the terminal. */
export function renderDriftText(r: DriftJsonReport): string {
  const header = ['column', 'type', 'test', 'score', 'threshold', 'drift'];
  const rows = r.columns.map((c) => [c.column, c.column_type, c.stattest ?? '-', score(c), c.threshold === null ? '-' : String(c.threshold), c.status === 'skipped' ? `skipped (${c.reason})` : c.drift_detected ? 'DRIFT' : 'ok']);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ');
  const d = r.dataset;
  return [
    line(header),
    ...rows.map(line),
    '',
    `${d.dataset_drift ? 'Dataset drift' : 'No dataset drift'}: ${d.number_of_drifted_columns}/${d.number_of_columns} columns drifted (share ${formatScore(d.share_of_drifted_columns)}, threshold ${d.drift_share}, severity ${r.options.severity}).`,
    '',
  ].join('\n');
}
