/**
 * The job summary ($GITHUB_STEP_SUMMARY): an overview table of every model, then each model's full report
 * with larger row limits. GitHub refuses summaries over 1 MiB, so each model gets an equal share of a
 * byte budget and is cut section by section like the comment.
 */
import { escapeValue } from './escape-markdown.js';
import { fitSections, renderHeadline, renderSections, type ReportContext } from './compose-report.js';
import { markdownTable, statusIcon } from './markdown-blocks.js';
import { COMMENT_ROW_LIMITS, SUMMARY_ROW_LIMITS } from './report-section.js';
import type { ResultsBundle } from './results-bundle.js';
import { allGates, deriveVerdict } from './verdict.js';

/** GitHub's per-step summary limit is 1 MiB; stay below it with room for other steps' appends. */
export const SUMMARY_BUDGET_BYTES = 1_000_000;

const encoder = new TextEncoder();
function utf8Bytes(s: string): number {
  return encoder.encode(s).length;
}

/** Renders the job summary for all models of a bundle, at most `budget` UTF-8 bytes. */
export function renderJobSummary(bundle: ResultsBundle, context: Omit<ReportContext, 'summaryUrl'>, budget = SUMMARY_BUDGET_BYTES): string {
  const verdicts = bundle.models.map((m) => ({ model: m, verdict: deriveVerdict(m) }));
  const overview = markdownTable(
    ['', 'Model', 'Verdict', 'Failed gates'],
    verdicts.map(({ model, verdict }) => [
      statusIcon(verdict.status),
      escapeValue(model.name, 100),
      verdict.status,
      String(allGates(model).filter((g) => g.status === 'fail').length),
    ]),
  );
  const head = `# MergeML report\n\n${overview}\n`;
  const share = Math.floor((budget - utf8Bytes(head) - 1024) / Math.max(1, bundle.models.length));
  // With many models each share is small: long tables would be rendered only to be cut again.
  const limits = share >= 200_000 ? SUMMARY_ROW_LIMITS : COMMENT_ROW_LIMITS;
  const bodies = verdicts.map(({ model, verdict }) => {
    const { body } = fitSections(renderHeadline(model, verdict, context, 2), renderSections(model, limits), share, undefined, utf8Bytes);
    return body;
  });
  return [head, ...bodies].join('\n');
}
