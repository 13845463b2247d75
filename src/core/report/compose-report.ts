/**
 * Composes one model's report: the hidden marker, the verdict headline with its reasons, then the sections
 * in reading order. When the result is over budget, whole sections are dropped, lowest priority first,
 * and a notice links to the job summary. Pure: the same input renders the same bytes.
 */
import { InternalError } from '../errors.js';
import { escapeValue } from './escape-markdown.js';
import { renderFindingsSection } from './findings-section.js';
import { renderComplianceSection, renderFairnessSection, renderTrainingCard } from './governance-sections.js';
import { statusIcon } from './markdown-blocks.js';
import { renderGatesSection, renderMetricsSection } from './metrics-section.js';
import { renderChartsSection } from './mermaid-charts.js';
import { COMMENT_ROW_LIMITS, type ReportSection, type RowLimits } from './report-section.js';
import type { ModelResults } from './results-bundle.js';
import { deriveVerdict, type Verdict } from './verdict.js';

/** The comment budget: GitHub rejects bodies over 65,536 characters; keep a margin. */
export const COMMENT_BUDGET_CHARS = 60_000;
const MAX_REASONS = 10;

export interface ReportContext {
  /** The workflow the report belongs to (from the privileged job, never from the artifact). */
  readonly workflow: string;
  /** Link to the run's job summary, shown in truncation notices; must be http(s). */
  readonly summaryUrl?: string;
  readonly source?: { readonly branch?: string; readonly commit?: string };
}

export interface ComposedReport {
  readonly marker: string;
  readonly body: string;
  readonly verdict: Verdict;
  /** Ids of sections left out to fit the budget, in the order they were cut. */
  readonly cutSections: readonly string[];
}

function markerValue(value: string): string {
  // Percent-encoding keeps `-->`, spaces and quotes out of the HTML comment; `--` is split as well.
  return encodeURIComponent(value).replace(/--/g, '-%2D');
}

/** The hidden marker that identifies one model's sticky comment in one workflow. */
export function reportMarker(model: string, workflow: string): string {
  return `<!-- mergeml:report model=${markerValue(model)} workflow=${markerValue(workflow)} -->`;
}

/** Renders every section a model has, in reading order. */
export function renderSections(model: ModelResults, limits: RowLimits = COMMENT_ROW_LIMITS): ReportSection[] {
  const sections: (ReportSection | undefined)[] = [
    model.gates.length > 0 ? renderGatesSection(model.gates) : undefined,
    model.metrics ? renderMetricsSection(model.metrics) : undefined,
    model.validation ? renderFindingsSection('validation', model.validation, limits) : undefined,
    model.drift ? renderFindingsSection('drift', model.drift, limits) : undefined,
    model.fairness ? renderFairnessSection(model.fairness, limits) : undefined,
    model.compliance ? renderComplianceSection(model.compliance, limits) : undefined,
    model.charts ? renderChartsSection(model.charts) : undefined,
    model.trainingCard ? renderTrainingCard(model.trainingCard, limits) : undefined,
  ];
  return sections.filter((s): s is ReportSection => s !== undefined);
}

/** The verdict headline: icon, model name, status word, then up to ten reasons. */
export function renderHeadline(model: ModelResults, verdict: Verdict, context: ReportContext, level = 2): string {
  const word = verdict.status === 'pass' ? 'ready to merge' : verdict.status === 'warn' ? 'passes with warnings' : 'blocked';
  const lines = [`${'#'.repeat(level)} ${statusIcon(verdict.status)} MergeML: ${escapeValue(model.name, 100)} — ${word}`, ''];
  const shown = verdict.reasons.slice(0, MAX_REASONS);
  lines.push(...shown.map((r) => `- ${escapeValue(r, 300)}`));
  if (verdict.reasons.length > shown.length) lines.push(`- …and ${verdict.reasons.length - shown.length} more`);
  const src = context.source;
  if (src?.branch || src?.commit) {
    // An inline <sub> inside a paragraph: markdown is still parsed there, so markdown escaping applies.
    const parts = [src.branch ? `branch ${escapeValue(src.branch, 120)}` : '', src.commit ? `commit ${escapeValue(src.commit.slice(0, 12))}` : ''].filter(Boolean);
    lines.push('', `<sub>${parts.join(' · ')} · workflow ${escapeValue(context.workflow, 120)}</sub>`);
  }
  return lines.join('\n');
}

function isSafeUrl(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\/[^\s()<>"'`]+$/.test(url);
}

/** The notice that replaces cut sections. */
export function truncationNotice(cut: readonly ReportSection[], summaryUrl: string | undefined): string {
  const names = cut.map((s) => s.title).join(', ');
  const where = isSafeUrl(summaryUrl) ? `the [job summary](${summaryUrl})` : 'the job summary of this run';
  return `> [!NOTE]\n> This report was shortened to stay under GitHub's comment size limit. Left out: ${names}. The full report is in ${where}.`;
}

function assemble(parts: readonly string[]): string {
  return `${parts.filter((p) => p.length > 0).join('\n\n')}\n`;
}

/**
 * Composes head + sections within `budget` (measured by `measure`, characters by default), cutting whole
 * sections lowest priority first, then restoring any cut section that fits again (highest priority first).
 */
export function fitSections(
  head: string,
  sections: readonly ReportSection[],
  budget: number,
  summaryUrl: string | undefined,
  measure: (s: string) => number = (s) => s.length,
): { body: string; cut: ReportSection[] } {
  const blocks = sections.map((s) => ({ section: s, text: `### ${s.title}\n\n${s.markdown}` }));
  const render = (kept: readonly { text: string }[], cut: readonly ReportSection[]): string =>
    assemble([head, ...(cut.length > 0 ? [truncationNotice(cut, summaryUrl)] : []), ...kept.map((b) => b.text)]);
  // Each block is measured once; the sum (+ separators) equals the measure of the assembled body.
  const sizes = new Map(blocks.map((b) => [b, measure(b.text) + 2]));
  let kept = [...blocks];
  const cut: ReportSection[] = [];
  const total = (): number => measure(head) + 1 + (cut.length > 0 ? measure(truncationNotice(cut, summaryUrl)) + 2 : 0) + kept.reduce((n, b) => n + (sizes.get(b) ?? 0), 0);
  const removed: typeof blocks = [];
  while (total() > budget && kept.length > 0) {
    const victim = kept.reduce((low, b) => (b.section.priority < low.section.priority ? b : low));
    kept = kept.filter((b) => b !== victim);
    removed.push(victim);
    cut.push(victim.section);
  }
  // Refill: a small low-priority section cut before one large hog may fit again; highest priority first.
  for (const block of [...removed].sort((a, b) => b.section.priority - a.section.priority)) {
    const restoredCut = cut.filter((c) => c !== block.section);
    const trial = kept.concat(block);
    const size = measure(head) + 1 + (restoredCut.length > 0 ? measure(truncationNotice(restoredCut, summaryUrl)) + 2 : 0) + trial.reduce((n, b) => n + (sizes.get(b) ?? 0), 0);
    if (size <= budget) {
      kept = blocks.filter((b) => trial.includes(b));
      cut.splice(cut.indexOf(block.section), 1);
    }
  }
  const body = render(kept, cut);
  if (measure(body) > budget) throw new InternalError(`report head alone exceeds the budget of ${budget}`);
  return { body, cut };
}

/** Renders one model's sticky PR comment, under COMMENT_BUDGET_CHARS. */
export function composeModelComment(model: ModelResults, context: ReportContext, budget = COMMENT_BUDGET_CHARS): ComposedReport {
  const verdict = deriveVerdict(model);
  const marker = reportMarker(model.name, context.workflow);
  const head = `${marker}\n${renderHeadline(model, verdict, context)}`;
  const { body, cut } = fitSections(head, renderSections(model), budget, context.summaryUrl);
  return { marker, body, verdict, cutSections: cut.map((s) => s.id) };
}
