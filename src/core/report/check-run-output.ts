/**
 * A model's check run: name, conclusion, title, summary (the comment body without its marker, under the
 * 65,535-character output limit) and annotations at file and line, batched by 50 per API call.
 */
import { composeModelComment, type ReportContext } from './compose-report.js';
import type { ModelResults, ReportAnnotation } from './results-bundle.js';

/** GitHub accepts at most 50 annotations per create/update call; later calls append. */
export const ANNOTATIONS_PER_REQUEST = 50;
const MAX_ANNOTATIONS = 1000;

export interface CheckRunAnnotation {
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  readonly annotation_level: 'notice' | 'warning' | 'failure';
  readonly message: string;
  readonly title?: string;
}

export interface CheckRunOutput {
  readonly name: string;
  readonly conclusion: 'success' | 'failure' | 'neutral';
  readonly title: string;
  readonly summary: string;
  /** Annotations split into batches of at most 50. */
  readonly annotationBatches: readonly (readonly CheckRunAnnotation[])[];
}

/** The check run's name for a model: `MergeML / <model>`. */
export function checkRunName(model: string, workflow: string): string {
  return `MergeML ${workflow} / ${model}`.slice(0, 200);
}

function toAnnotation(a: ReportAnnotation): CheckRunAnnotation {
  return {
    path: a.file,
    start_line: a.line,
    end_line: Math.max(a.line, a.endLine ?? a.line),
    annotation_level: a.level,
    message: a.message.slice(0, 60_000),
    ...(a.title ? { title: a.title } : {}),
  };
}

/** Annotations of a model: its own plus one per failing finding example, deduplicated, capped at 1000. */
export function collectAnnotations(model: ModelResults): CheckRunAnnotation[] {
  const derived: ReportAnnotation[] = [];
  for (const section of [model.validation, model.drift]) {
    for (const f of section?.findings ?? []) {
      if (f.status !== 'fail') continue;
      for (const ex of f.examples) {
        if (ex.line < 1) continue;
        derived.push({ file: ex.file, line: ex.line, level: f.severity === 'error' ? 'failure' : 'warning', title: `${f.id} ${f.check}`.slice(0, 255), message: f.message });
      }
    }
  }
  const seen = new Set<string>();
  const out: CheckRunAnnotation[] = [];
  for (const a of [...model.annotations, ...derived]) {
    const key = `${a.file}\u0000${a.line}\u0000${a.title ?? ''}\u0000${a.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(toAnnotation(a));
    if (out.length === MAX_ANNOTATIONS) break;
  }
  return out;
}

/** Splits a list into consecutive batches of `size`. */
export function batch<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

/** Renders the check run of one model. */
export function renderCheckRun(model: ModelResults, context: ReportContext): CheckRunOutput {
  const report = composeModelComment(model, context);
  const summary = report.body.slice(report.marker.length + 1);
  const conclusion = report.verdict.status === 'fail' ? 'failure' : report.verdict.status === 'warn' ? 'neutral' : 'success';
  const title = `${report.verdict.status === 'fail' ? 'Blocked' : report.verdict.status === 'warn' ? 'Passed with warnings' : 'Ready to merge'}: ${report.verdict.reasons[0] ?? ''}`.slice(0, 250);
  return { name: checkRunName(model.name, context.workflow), conclusion, title, summary, annotationBatches: batch(collectAnnotations(model), ANNOTATIONS_PER_REQUEST) };
}
