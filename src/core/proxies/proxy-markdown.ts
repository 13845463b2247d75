/** Pure markdown rendering of Regulation B proxy findings for the PR comment; user text is escaped. */
import { escapeMarkdown } from '../report/escape-markdown.js';
import type { ProxyReport } from './proxy-checks.js';

const f = (x: number | null): string => (x === null ? '–' : x.toFixed(3));

/** Every pair that exceeds a bound, then the strongest others up to `limit` rows, plus any protected attribute used as a feature. */
export function renderProxyMarkdown(report: ProxyReport, limit = 10): string {
  const misuse = report.checks.filter((c) => c.check === 'protected_not_feature' && c.status === 'fail');
  const failing = report.findings.filter((x) => x.exceeded.length > 0);
  const shown = [...failing, ...report.findings.filter((x) => x.exceeded.length === 0)].slice(0, Math.max(limit, failing.length));
  const lines = ['### Protected attributes and proxies (Regulation B)', ''];
  for (const m of misuse) lines.push(`❌ ${escapeMarkdown(m.message)}`, '');
  lines.push(
    failing.length === 0 ? '✅ No feature exceeds the proxy bounds.' : `${failing.length} feature × attribute pairs exceed the proxy bounds.`,
    '',
    `Computed on ${report.rows} rows${report.sampled ? ` (a seeded uniform sample of ${report.rows_seen})` : ''}.`,
    '',
    "| Feature | Protected | Cramér's V | NMI | Correlation | Exceeds |",
    '|---|---|---:|---:|---:|---|',
    ...shown.map((x) => `| ${escapeMarkdown(x.feature)} | ${escapeMarkdown(x.protected)} | ${f(x.cramers_v)} | ${f(x.normalized_mutual_info)} | ${x.correlation === null ? '–' : `${f(x.correlation)} (${x.correlation_method === 'pearson' ? 'Pearson' : 'point-biserial'})`} | ${x.exceeded.length ? `**${x.exceeded.join(', ')}**` : ''} |`),
  );
  if (report.findings.length > shown.length) lines.push('', `${report.findings.length - shown.length} weaker pairs not shown.`);
  return lines.join('\n');
}
