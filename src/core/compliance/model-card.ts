import type { CheckResult } from '../checks/check-result.js';
import { escapeMarkdown } from '../report/escape-markdown.js';
import { formatMetric } from '../fairness/format-number.js';
import { markdownTable, MarkdownNotes } from '../fairness/markdown-notes.js';
import { renderFairnessMarkdown } from '../fairness/fairness-markdown.js';
import type { FairnessReport } from '../fairness/fairness-report.js';
import { renderComplianceChecklist } from './compliance-markdown.js';

/** Everything a model card shows; the renderer reads nothing else (time and hashes come in as values). */
export interface ModelCardInput {
  readonly model: { readonly name: string; readonly version: string | null; readonly description: string | null; readonly task: string | null };
  readonly intendedUse: string | null;
  readonly outOfScopeUses: readonly string[];
  readonly data: readonly { readonly role: string; readonly path: string; readonly sha256: string | null; readonly rows: number | null }[];
  readonly metrics: readonly { readonly name: string; readonly value: number | null; readonly low?: number | null; readonly high?: number | null; readonly confidenceLevel?: number | null; readonly note?: string }[];
  readonly fairness: FairnessReport | null;
  readonly compliance: readonly CheckResult[];
  readonly limitations: readonly string[];
  readonly lineage: { readonly commit: string | null; readonly configPath: string | null; readonly configSha256: string | null; readonly backend: string | null; readonly seed: number | null; readonly mergemlVersion: string | null };
  /** Gate decisions other than fairness (metric, data) as rows. */
  readonly gates: readonly { readonly kind: string; readonly name: string; readonly status: 'pass' | 'fail' | 'warn' | 'skip'; readonly reason: string }[];
  /** ISO-8601 time the card was generated, passed in by the caller. */
  readonly generatedAt: string;
}

const text = (s: string | null, fallback: string) => (s === null || s.trim() === '' ? `_${fallback}_` : escapeMarkdown(s));
const STATUS = { pass: '✅ pass', fail: '❌ fail', warn: '⚠️ warn', skip: '⏭️ skipped' } as const;

function metricsSection(input: ModelCardInput): string[] {
  if (input.metrics.length === 0) return ['_No evaluation metrics were recorded._'];
  const notes = new MarkdownNotes();
  const rows = input.metrics.map((m) => {
    const value = notes.cell({ value: m.value, ...(m.note !== undefined ? { note: m.note } : {}) });
    const ci = m.low === undefined || m.low === null || m.high === undefined || m.high === null ? notes.na('no confidence interval was computed for this metric') : `[${formatMetric(m.low)}, ${formatMetric(m.high)}]${m.confidenceLevel ? ` (${Math.round(m.confidenceLevel * 100)}%)` : ''}`;
    return [`\`${m.name.replace(/`/g, '')}\``, value, ci];
  });
  return [...markdownTable(['metric', 'value', 'interval'], rows, [false, true, false]), ...notes.render()];
}

/** Renders the model card (markdown): use, data with sha256, metrics with intervals, fairness, limits, lineage, gates. */
export function renderModelCard(input: ModelCardInput): string {
  const m = input.model;
  const lines: string[] = [
    `# Model card: ${escapeMarkdown(m.name)}${m.version ? ` ${escapeMarkdown(m.version)}` : ''}`,
    '',
    `Generated ${escapeMarkdown(input.generatedAt)} by MergeML${input.lineage.mergemlVersion ? ` ${input.lineage.mergemlVersion.replace(/[^0-9A-Za-z.+-]/g, '')}` : ''}.`,
    '',
    '## Intended use',
    '',
    text(input.intendedUse ?? m.description, 'not stated in the project file'),
    ...(m.task ? ['', `Task: ${escapeMarkdown(m.task)}.`] : []),
    ...(input.outOfScopeUses.length > 0 ? ['', 'Out of scope:', '', ...input.outOfScopeUses.map((u) => `- ${escapeMarkdown(u)}`)] : []),
    '',
    '## Training and evaluation data',
    '',
    ...(input.data.length === 0
      ? ['_No data files were recorded._']
      : markdownTable(['role', 'file', 'rows', 'sha256'], input.data.map((d) => [escapeMarkdown(d.role), escapeMarkdown(d.path), d.rows === null ? 'n/a (not counted)' : String(d.rows), d.sha256 === null ? 'n/a (not hashed)' : `\`${d.sha256.replace(/[^0-9a-f]/g, '')}\``]), [false, false, true, false])),
    '',
    '## Metrics',
    '',
    ...metricsSection(input),
    '',
    '## Fairness',
    '',
    input.fairness === null ? '_Fairness was not evaluated._' : renderFairnessMarkdown(input.fairness).trimEnd(),
    '',
    '## Compliance',
    '',
    input.compliance.length === 0 ? '_No compliance checks ran._' : renderComplianceChecklist(input.compliance).trimEnd(),
    '',
    '## Limitations',
    '',
    ...(input.limitations.length === 0 ? ['_None recorded._'] : input.limitations.map((l) => `- ${escapeMarkdown(l)}`)),
    '',
    '## Lineage',
    '',
    ...markdownTable(['item', 'value'], [
      ['commit', input.lineage.commit === null ? 'n/a (not in a git repository)' : `\`${input.lineage.commit.replace(/[^0-9a-f]/g, '')}\``],
      ['config', input.lineage.configPath === null ? 'n/a (no project file)' : `${escapeMarkdown(input.lineage.configPath)}${input.lineage.configSha256 ? ` (sha256 \`${input.lineage.configSha256.replace(/[^0-9a-f]/g, '')}\`)` : ''}`],
      ['backend', input.lineage.backend === null ? 'n/a (not trained by MergeML)' : escapeMarkdown(input.lineage.backend)],
      ['seed', input.lineage.seed === null ? 'n/a (not recorded)' : String(input.lineage.seed)],
    ]),
    '',
    '## Gate decisions',
    '',
  ];
  const gateRows = [
    ...input.gates.map((g) => [STATUS[g.status], escapeMarkdown(g.kind), escapeMarkdown(g.name), escapeMarkdown(g.reason)]),
    ...(input.fairness?.gates ?? []).map((g) => [STATUS[g.status], 'fairness', `\`${g.metric}\` over ${g.attributes.map((a) => escapeMarkdown(a)).join(' × ')}`, escapeMarkdown(g.reasons.join(' '))]),
    ...input.compliance.filter((c) => c.status !== 'pass').map((c) => [c.status === 'skip' ? STATUS.skip : c.severity === 'error' ? STATUS.fail : STATUS.warn, 'compliance', escapeMarkdown(c.check), escapeMarkdown(c.message)]),
  ];
  lines.push(...(gateRows.length === 0 ? ['_No gates were evaluated._'] : markdownTable(['result', 'kind', 'gate', 'reason'], gateRows)), '');
  return lines.join('\n');
}
