/**
 * Writes the outputs of a run: results.json (the bundle), comment.md (each model's PR comment exactly as
 * the report action posts it), report.html (self-contained) and run.json. Every file is written through
 * a temp file and a rename.
 */
import { join } from 'node:path';
import { renderHtmlReport } from '../../core/html-report/render-html-report.js';
import { composeModelComment } from '../../core/report/compose-report.js';
import type { ResultsBundle } from '../../core/report/results-bundle.js';
import { writeOutputAtomic } from '../metrics.js';

export interface RunFiles {
  readonly results: string;
  /** One file with every model's comment (the only comment when the project has one model). */
  readonly comment: string;
  /** Per model: `<out>/<model>/comment.md`. */
  readonly comments: Readonly<Record<string, string>>;
  readonly html: string;
  readonly run: string;
}

/** The separator between models' comments in comment.md (GitHub receives one comment per model). */
export const COMMENT_SEPARATOR = '\n<!-- mergeml: next model comment -->\n\n';

export function writeRunOutputs(
  outDir: string,
  bundle: ResultsBundle,
  run: object,
  context: { readonly workflow: string; readonly generatedAt: string; readonly notes: readonly string[] },
): RunFiles {
  const files: RunFiles = {
    results: join(outDir, 'results.json'),
    comment: join(outDir, 'comment.md'),
    comments: Object.fromEntries(bundle.models.map((m) => [m.name, join(outDir, m.name, 'comment.md')])),
    html: join(outDir, 'report.html'),
    run: join(outDir, 'run.json'),
  };
  writeOutputAtomic(files.results, `${JSON.stringify(bundle, null, 2)}\n`);
  const reportContext = { workflow: context.workflow, ...(bundle.source ? { source: bundle.source } : {}) };
  const bodies = bundle.models.map((m) => {
    const body = composeModelComment(m, reportContext).body;
    writeOutputAtomic(files.comments[m.name]!, body);
    return body;
  });
  writeOutputAtomic(files.comment, bodies.join(COMMENT_SEPARATOR));
  writeOutputAtomic(files.html, renderHtmlReport(bundle, { title: `MergeML report: ${bundle.models.map((m) => m.name).join(', ')}`, generatedAt: context.generatedAt, notes: context.notes }));
  writeOutputAtomic(files.run, `${JSON.stringify({ ...run, files }, null, 2)}\n`);
  return files;
}
