/** The terminal summary of a run: the verdict first, then the areas, the key metrics and where the reports are. */
import { relative } from 'node:path';
import type { RunResult } from '../run.js';

const ICON = { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' } as const;
const WORD = { pass: 'ready to merge', warn: 'passes with warnings', fail: 'blocked' } as const;
const KEY_METRICS = ['roc_auc', 'average_precision', 'accuracy', 'f1', 'log_loss', 'r2', 'rmse'];

const fmt = (v: number | null | undefined): string => (v === null || v === undefined || !Number.isFinite(v) ? 'n/a' : v.toFixed(4));

/** Plain text for stdout; paths relative to `cwd` when inside it. */
export function renderRunSummary(result: RunResult, cwd: string): string {
  const show = (p: string) => {
    const r = relative(cwd, p);
    return r === '' || r.startsWith('..') ? p : r;
  };
  const lines: string[] = [];
  for (const m of result.models) {
    const areas = (['data', 'metrics', 'fairness'] as const).map((a) => `${a} ${ICON[m.areas[a] as keyof typeof ICON] ?? ''} ${m.areas[a]}`).join(' · ');
    lines.push(`${ICON[m.verdict]} ${m.name} — ${WORD[m.verdict]}   (${areas})`);
    for (const r of m.reasons.slice(0, 10)) lines.push(`   - ${r}`);
    if (m.reasons.length > 10) lines.push(`   - …and ${m.reasons.length - 10} more`);
    lines.push(`   champion: ${m.champion ? m.champion.label : m.bootstrapped ? 'none before this run (bootstrapped from it)' : 'none yet'}`);
    for (const n of m.notes) lines.push(`   note: ${n}`);
    const keys = KEY_METRICS.filter((k) => k in m.metrics);
    for (const k of keys) {
      const now = m.metrics[k] ?? null;
      const before = m.championMetrics?.[k];
      const delta = before !== undefined && before !== null && now !== null ? ` (champion ${fmt(before)}, Δ ${now - before >= 0 ? '+' : ''}${(now - before).toFixed(4)})` : '';
      lines.push(`   ${k.padEnd(18)} ${fmt(now)}${delta}`);
    }
  }
  lines.push('', `Verdict: ${ICON[result.verdict]} ${WORD[result.verdict]}`);
  for (const p of result.promotion ?? []) lines.push(`Promotion: ${p.message}`);
  lines.push(`PR comment:  ${show(result.files.comment)}`);
  lines.push(`HTML report: ${show(result.files.html)}`);
  lines.push(`Results:     ${show(result.files.results)} (bundle), ${show(result.files.run)}, per-step JSON in ${result.models.map((m) => show(m.dir)).join(', ')}`);
  return `${lines.join('\n')}\n`;
}
