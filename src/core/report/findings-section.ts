/** Data validation and drift findings: failures first (visible), passes and extra tables collapsed. */
import { escapeValue } from './escape-markdown.js';
import { details, formatNumber, markdownTable, renderReportTable, statusIcon } from './markdown-blocks.js';
import type { ReportSection, RowLimits } from './report-section.js';
import type { Finding, FindingsSection, ReportStatus } from './results-bundle.js';

function findingStatus(f: Finding): ReportStatus {
  if (f.status === 'fail') return f.severity === 'error' ? 'fail' : 'warn';
  return f.status;
}

function value(v: number | string | null): string {
  return typeof v === 'number' ? formatNumber(v) : v === null ? '—' : escapeValue(v, 120);
}

function findingRows(findings: readonly Finding[]): string[][] {
  return findings.map((f) => {
    const ex = f.examples[0];
    return [
      statusIcon(findingStatus(f)),
      `${escapeValue(f.id, 20)} ${escapeValue(f.check, 60)}`,
      f.column === undefined ? '—' : escapeValue(f.column, 80),
      value(f.observed),
      value(f.expected),
      escapeValue(f.message, 300),
      ex ? `${escapeValue(ex.file, 120)}:${ex.line}` : '—',
    ];
  });
}

const HEADERS = ['', 'Check', 'Column', 'Observed', 'Expected', 'Detail', 'First example'];

/** Renders a findings section (`validation` or `drift`). */
export function renderFindingsSection(id: 'validation' | 'drift', section: FindingsSection, limits: RowLimits): ReportSection {
  const title = id === 'validation' ? 'Data validation' : 'Drift';
  const failed = section.findings.filter((f) => f.status === 'fail');
  const ordered = [...failed.filter((f) => f.severity === 'error'), ...failed.filter((f) => f.severity === 'warning')];
  const passed = section.findings.filter((f) => f.status === 'pass');
  const skipped = section.findings.filter((f) => f.status === 'skip').length;
  const errors = ordered.filter((f) => f.severity === 'error').length;
  const parts: string[] = [];
  parts.push(`${section.findings.length} check${section.findings.length === 1 ? '' : 's'}: ${passed.length} passed, ${errors} failed, ${ordered.length - errors} warnings, ${skipped} skipped.`);
  if (section.summary) parts.push('', escapeValue(section.summary, 2000));
  if (ordered.length > 0) {
    const shown = ordered.slice(0, limits.findings);
    const table = markdownTable(HEADERS, findingRows(shown));
    const more = ordered.length > shown.length ? `\n\n_${ordered.length - shown.length} more findings not shown; see the job summary._` : '';
    parts.push('', shown.length > 10 ? details(`${ordered.length} findings`, table + more, true) : table + more);
  }
  if (passed.length > 0) {
    const shown = passed.slice(0, limits.findings);
    const more = passed.length > shown.length ? `\n\n_${passed.length - shown.length} more not shown._` : '';
    parts.push('', details(`${passed.length} passed checks`, markdownTable(HEADERS, findingRows(shown)) + more));
  }
  for (const table of section.tables) {
    parts.push('', details(table.title ?? `${title} table`, renderReportTable({ ...table, title: undefined }, limits.tableRows)));
  }
  return { id, title, priority: id === 'validation' ? 70 : 60, markdown: parts.join('\n') };
}
