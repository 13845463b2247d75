/** Renderings of a gate report: plain text for the terminal and a markdown list for the PR comment. */
import { escapeValue } from '../report/escape-markdown.js';
import type { GateReport } from './metric-gates.js';

const MARK = { pass: '✅', warn: '⚠️', fail: '❌' } as const;

/** One line per gate: verdict, metric, severity and the reasons in words. */
export function renderGatesText(report: GateReport): string {
  const lines = report.results.map((r) => `${r.status.toUpperCase().padEnd(4)} ${r.metric} (${r.severity}): ${r.reasons.join('; ')}`);
  lines.push(report.passed ? `metric gates passed (${report.counts.pass} pass, ${report.counts.warn} warn)` : `metric gates FAILED (${report.counts.fail} fail, ${report.counts.warn} warn, ${report.counts.pass} pass)`);
  return `${lines.join('\n')}\n`;
}

/** Markdown list of every gate with its verdict and reasons (user text escaped). */
export function renderGatesMarkdown(report: GateReport): string {
  const lines = report.results.map((r) => `- ${MARK[r.status]} \`${r.metric}\` (${r.severity}): ${r.reasons.map((x) => escapeValue(x)).join('; ')}`);
  return `${[report.passed ? '**Metric gates passed.**' : `**Metric gates failed: ${report.counts.fail}.**`, '', ...lines].join('\n')}\n`;
}
