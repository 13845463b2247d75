/**
 * The results bundle: the typed, versioned JSON the unprivileged `pull_request` job uploads and the report
 * renders from (PR comment, job summary, check run). Every section is optional and structured — tables of
 * cells with a status, findings, gates, checklist items, curves — so capabilities map their outputs onto
 * it without the renderer knowing any metric or check by name. Strings and arrays are capped because the
 * bundle crosses a trust boundary (fork pull requests). See docs/report.md for the mapping.
 */
import { z } from 'zod';

const text = (max: number) => z.string().max(max);
const sha = z.string().regex(/^[0-9a-f]{40}$/, 'a 40-character lowercase hex commit SHA');

/** pass ✅, fail ❌, warn ⚠️, skip ⏭️ — the only statuses a report shows. */
export const reportStatusSchema = z.enum(['pass', 'fail', 'warn', 'skip']);

const cellSchema = z.union([text(500), z.number(), z.boolean(), z.null()]);

/** A generic table: column headers, rows of cells, an optional status per row (rendered as a leading icon). */
export const reportTableSchema = z.object({
  title: text(200).optional(),
  columns: z.array(text(200)).min(1).max(40),
  rows: z.array(z.object({ cells: z.array(cellSchema).max(40), status: reportStatusSchema.optional() })).max(10_000),
  note: text(2000).optional(),
});

/** One check verdict; the same fields as src/core/checks/check-result.ts `CheckResult`. */
export const findingSchema = z.object({
  id: text(50),
  check: text(200),
  column: text(500).optional(),
  severity: z.enum(['error', 'warning']),
  status: z.enum(['pass', 'fail', 'skip']),
  observed: z.union([z.number(), text(500), z.null()]),
  expected: z.union([z.number(), text(500), z.null()]),
  message: text(2000),
  examples: z
    .array(z.object({ file: text(1000), line: z.number().int().nonnegative(), column: text(500).optional(), value: z.union([text(500), z.null()]).optional() }))
    .max(20)
    .default([]),
});

/** Validation or drift: a list of check verdicts plus optional extra tables (e.g. per-feature drift statistics). */
export const findingsSectionSchema = z.object({
  status: reportStatusSchema.optional(),
  summary: text(2000).optional(),
  findings: z.array(findingSchema).max(5000).default([]),
  tables: z.array(reportTableSchema).max(20).default([]),
});

/** A gate outcome: name, status and the sentence that explains it (shown in the verdict when it fails). */
export const gateSchema = z.object({
  name: text(200),
  status: reportStatusSchema,
  message: text(2000),
  observed: z.union([z.number(), text(200), z.null()]).optional(),
  threshold: z.union([z.number(), text(200), z.null()]).optional(),
});

/** One metric compared: values, optional precomputed Δ/Δ%, a confidence interval of Δ, and its gate. */
export const metricRowSchema = z.object({
  metric: text(100),
  champion: z.number().nullable(),
  challenger: z.number().nullable(),
  delta: z.number().nullable().optional(),
  deltaPct: z.number().nullable().optional(),
  ci: z.tuple([z.number(), z.number()]).nullable().optional(),
  higherIsBetter: z.boolean().optional(),
  gate: z.object({ status: reportStatusSchema, threshold: text(200).optional() }).optional(),
});

export const metricsSectionSchema = z.object({
  championLabel: text(200).optional(),
  challengerLabel: text(200).optional(),
  /** Confidence level of `ci`, e.g. 0.95. */
  ciLevel: z.number().gt(0).lt(1).optional(),
  rows: z.array(metricRowSchema).max(200),
});

const curveSchema = z
  .object({ x: z.array(z.number()).max(2000), y: z.array(z.number()).max(2000) })
  .refine((c) => c.x.length === c.y.length, 'x and y must have the same length');

/** A curve of the challenger and, when there is one, the champion. */
export const curvePairSchema = z.object({ champion: curveSchema.nullable().optional(), challenger: curveSchema });

/** ROC (x fpr, y tpr), precision–recall (x recall, y precision), calibration (x prob_pred, y prob_true). */
export const chartsSectionSchema = z.object({
  roc: curvePairSchema.optional(),
  precisionRecall: curvePairSchema.optional(),
  calibration: curvePairSchema.optional(),
});

export const fairnessSectionSchema = z.object({
  status: reportStatusSchema.optional(),
  summary: text(2000).optional(),
  tables: z.array(reportTableSchema).max(50).default([]),
  gates: z.array(gateSchema).max(200).default([]),
});

export const complianceSectionSchema = z.object({
  status: reportStatusSchema.optional(),
  framework: text(200).optional(),
  items: z.array(z.object({ id: text(100), requirement: text(1000), status: reportStatusSchema, evidence: text(2000).optional() })).max(500),
});

export const trainingCardSchema = z.object({
  fields: z.array(z.object({ name: text(200), value: z.union([text(2000), z.number(), z.boolean(), z.null()]) })).max(200),
  tables: z.array(reportTableSchema).max(20).default([]),
  notes: text(5000).optional(),
});

/** A check-run annotation at a file and line. */
export const annotationSchema = z.object({
  file: text(1000),
  line: z.number().int().positive(),
  endLine: z.number().int().positive().optional(),
  level: z.enum(['notice', 'warning', 'failure']),
  title: text(255).optional(),
  message: text(60_000),
});

export const modelResultsSchema = z.object({
  /** The model id from the project config; escaped when rendered, encoded in the comment marker. */
  name: text(100).min(1),
  gates: z.array(gateSchema).max(500).default([]),
  metrics: metricsSectionSchema.optional(),
  validation: findingsSectionSchema.optional(),
  drift: findingsSectionSchema.optional(),
  fairness: fairnessSectionSchema.optional(),
  compliance: complianceSectionSchema.optional(),
  trainingCard: trainingCardSchema.optional(),
  charts: chartsSectionSchema.optional(),
  annotations: z.array(annotationSchema).max(1000).default([]),
});

export const RESULTS_BUNDLE_SCHEMA_VERSION = 1;

export const resultsBundleSchema = z.object({
  schemaVersion: z.literal(RESULTS_BUNDLE_SCHEMA_VERSION),
  kind: z.literal('mergeml.results'),
  /** The pull request the results are for; required by the workflow_run report flow. */
  pullRequest: z.object({ number: z.number().int().positive(), headSha: sha }).optional(),
  /** Branch and commit the results were computed on (user-controlled: escaped when shown). */
  source: z.object({ branch: text(255).optional(), commit: sha.optional() }).optional(),
  models: z
    .array(modelResultsSchema)
    .min(1)
    .max(100)
    .refine((models) => new Set(models.map((m) => m.name)).size === models.length, 'model names must be unique'),
});

export type ReportStatus = z.infer<typeof reportStatusSchema>;
export type ReportTable = z.infer<typeof reportTableSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type FindingsSection = z.infer<typeof findingsSectionSchema>;
export type Gate = z.infer<typeof gateSchema>;
export type MetricRow = z.infer<typeof metricRowSchema>;
export type MetricsSection = z.infer<typeof metricsSectionSchema>;
export type CurvePair = z.infer<typeof curvePairSchema>;
export type ChartsSection = z.infer<typeof chartsSectionSchema>;
export type FairnessSection = z.infer<typeof fairnessSectionSchema>;
export type ComplianceSection = z.infer<typeof complianceSectionSchema>;
export type TrainingCard = z.infer<typeof trainingCardSchema>;
export type ReportAnnotation = z.infer<typeof annotationSchema>;
export type ModelResults = z.infer<typeof modelResultsSchema>;
/** The parsed bundle (defaults applied). */
export type ResultsBundle = z.infer<typeof resultsBundleSchema>;
/** What a producer may write (optional arrays may be omitted). */
export type ResultsBundleInput = z.input<typeof resultsBundleSchema>;
