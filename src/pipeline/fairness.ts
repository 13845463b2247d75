import type { CheckResult } from '../core/checks/check-result.js';
import type { BatchConsumer, RecordBatch } from '../core/data/record-batch.js';
import type { ReadOptions } from '../core/data/read-options.js';
import { InputError } from '../core/errors.js';
import type { ProtectedBasis } from '../core/config/protected-basis.js';
import type { ComplianceConfig } from '../core/policy/compliance-schema.js';
import { collectPredictions, type CollectedPredictions, type PredictionColumns } from '../core/fairness/prediction-collector.js';
import { buildFairnessReport, type FairnessReport } from '../core/fairness/fairness-report.js';
import { encodeAttribute } from '../core/fairness/attribute-grouping.js';
import type { FairnessGate } from '../core/fairness/fairness-gates.js';
import type { BootstrapOptions } from '../core/fairness/disparity-bootstrap.js';
import { renderFairnessMarkdown } from '../core/fairness/fairness-markdown.js';
import { runComplianceChecks } from '../core/compliance/compliance-checks.js';
import { complianceFailed, renderComplianceChecklist } from '../core/compliance/compliance-markdown.js';
import { complianceDecisions, fairnessDecisions } from '../core/compliance/audit-decisions.js';
import type { AuditDecision } from '../core/compliance/audit-trail.js';

/** A protected attribute to evaluate; `required` ones (named on the command line) must be in the file. */
export interface ProtectedInput {
  readonly column: string;
  readonly basis: ProtectedBasis | null;
  readonly buckets?: readonly number[];
  readonly required: boolean;
}

export interface FairnessRunOptions {
  readonly predictions: string;
  readonly baseline?: string;
  readonly columns: Omit<PredictionColumns, 'protected' | 'required'>;
  readonly protected: readonly ProtectedInput[];
  readonly gates: readonly FairnessGate[];
  readonly minGroupSize: number;
  readonly bootstrap: BootstrapOptions | null;
  readonly features: readonly string[] | null;
  readonly compliance?: ComplianceConfig;
  readonly proxyFindings: readonly CheckResult[] | null;
  readonly read: ReadOptions;
}

/** Where data comes from: the streaming readers in production, in-memory batches in tests. */
export interface FairnessPorts {
  readBatches(path: string, options: ReadOptions): AsyncIterable<RecordBatch>;
}

/** The JSON document of `mergeml fairness --json` (docs/fairness.md). */
export interface FairnessRunJson {
  readonly schemaVersion: 1;
  readonly kind: 'mergeml.fairness-run';
  readonly status: 'pass' | 'warn' | 'fail';
  readonly predictions: { readonly file: string; readonly rows: number };
  readonly baseline: { readonly file: string; readonly rows: number } | null;
  readonly fairness: FairnessReport;
  readonly compliance: { readonly status: 'pass' | 'fail'; readonly checks: readonly CheckResult[] };
  readonly decisions: readonly AuditDecision[];
}

export interface FairnessRunResult {
  readonly json: FairnessRunJson;
  readonly markdown: string;
  /** True when a fairness gate or a compliance check blocks (exit 1). */
  readonly blocking: boolean;
}

async function pass<R>(ports: FairnessPorts, path: string, read: ReadOptions, consumer: BatchConsumer<R>): Promise<R> {
  for await (const batch of ports.readBatches(path, read)) consumer.consume(batch);
  return consumer.finish();
}

// A bucketed attribute must hold numbers; a stray text value would silently join the `(missing)` group.
function checkBuckets(file: string, data: CollectedPredictions, protectedInputs: readonly ProtectedInput[]): void {
  for (const p of protectedInputs) {
    const cells = data.columns.get(p.column);
    if (p.buckets === undefined || cells === undefined) continue;
    const bad = encodeAttribute({ column: p.column, buckets: p.buckets }, cells).nonNumericRows;
    if (bad.length > 0) {
      throw new InputError(`${file}: protected attribute \`${p.column}\` is bucketed at cut points but holds ${bad.length} non-numeric value(s)`, bad.slice(0, 20).map((row) => ({
        file, line: data.lines[row] ?? 0, message: `\`${p.column}\` is ${JSON.stringify(cells[row])}`, expected: 'a number, or a configured null value',
      })));
    }
  }
}

/** Evaluates fairness gates and compliance checks on a predictions file (and the champion's, if given). */
export async function runFairness(options: FairnessRunOptions, ports: FairnessPorts): Promise<FairnessRunResult> {
  const columns: PredictionColumns = { ...options.columns, protected: options.protected.map((p) => p.column), required: new Set(options.protected.filter((p) => p.required).map((p) => p.column)) };
  const candidate = await pass(ports, options.predictions, options.read, collectPredictions(columns));
  checkBuckets(options.predictions, candidate, options.protected);
  // The champion is compared on the same groups, so every attribute evaluated for the candidate must be there.
  const championColumns: PredictionColumns = { ...columns, required: new Set(candidate.columns.keys()) };
  const champion = options.baseline === undefined ? undefined : await pass(ports, options.baseline, options.read, collectPredictions(championColumns));
  if (champion !== undefined && options.baseline !== undefined) checkBuckets(options.baseline, champion, options.protected);
  const report = buildFairnessReport(candidate, {
    protected: options.protected.filter((p) => candidate.columns.has(p.column)).map((p) => ({ column: p.column, ...(p.buckets !== undefined ? { buckets: p.buckets } : {}) })),
    gates: options.gates,
    minGroupSize: options.minGroupSize,
    bootstrap: options.bootstrap,
    positiveLabel: options.columns.positiveLabel,
    ...(champion !== undefined ? { champion } : {}),
  });
  const checks = runComplianceChecks({
    features: options.features,
    protected: options.protected.map((p) => ({ column: p.column, basis: p.basis })),
    evaluationColumns: candidate.header,
    proxyFindings: options.proxyFindings,
    ...(options.compliance?.prohibited_bases !== undefined ? { prohibitedBases: options.compliance.prohibited_bases } : {}),
    ...(options.compliance?.forbid_protected_features !== undefined ? { forbidProtectedFeatures: options.compliance.forbid_protected_features } : {}),
    ...(options.compliance?.require_protected_in_evaluation !== undefined ? { requireProtectedInEvaluation: options.compliance.require_protected_in_evaluation } : {}),
  });
  const complianceBlocks = complianceFailed(checks);
  const blocking = report.status === 'fail' || complianceBlocks;
  const warned = report.status === 'warn' || checks.some((c) => c.status === 'fail');
  const json: FairnessRunJson = {
    schemaVersion: 1,
    kind: 'mergeml.fairness-run',
    status: blocking ? 'fail' : warned ? 'warn' : 'pass',
    predictions: { file: options.predictions, rows: candidate.yTrue.length },
    baseline: champion === undefined || options.baseline === undefined ? null : { file: options.baseline, rows: champion.yTrue.length },
    fairness: report,
    compliance: { status: complianceBlocks ? 'fail' : 'pass', checks },
    decisions: [...fairnessDecisions(report), ...complianceDecisions(checks)],
  };
  const markdown = `${renderFairnessMarkdown(report)}\n${renderComplianceChecklist(checks)}`;
  return { json, markdown, blocking };
}
