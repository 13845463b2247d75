/**
 * Collects what the PR jobs wrote (`<results-dir>/<model>/validate.json`, `comparison.json`, `gates.json`,
 * and `<results-dir>/plan.json`) into one results bundle (docs/report.md) for the upload artifact. Models
 * the plan skipped appear with a `skip` note, so the report says why they did not run.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ValidateReport } from '../core/checks/validate-report.js';
import type { ComparisonReport } from '../core/compare/comparison.js';
import type { GateReport, GateResult } from '../core/gates/metric-gates.js';
import type { MetricsReport } from '../core/metrics/metrics-report.js';
import type { Plan } from '../core/plan/affected-models.js';
import { resultsBundleSchema, type Gate, type ModelResults, type ResultsBundle } from '../core/report/results-bundle.js';
import { findingsFrom } from '../core/report/section-mappers.js';
import { InputError } from '../core/errors.js';

async function readJson<T>(path: string): Promise<T | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new InputError(`${path}: not JSON`, [{ file: path, message: String(error), expected: 'a JSON report written by mergeml' }], { cause: error });
  }
}

const gateStatus = (r: GateResult): Gate['status'] => r.status;

function modelFrom(name: string, validate?: ValidateReport, comparison?: ComparisonReport, gates?: GateReport, metrics?: MetricsReport): ModelResults {
  const gateRows = new Map((gates?.results ?? []).map((g) => [g.metric, g]));
  return {
    name,
    gates: (gates?.results ?? []).map((g) => ({ name: `metric gate ${g.metric}`, status: gateStatus(g), message: g.reasons.join(' '), observed: g.challenger })),
    ...(comparison
      ? {
          metrics: {
            ciLevel: comparison.bootstrap.confidence,
            rows: comparison.metrics.map((m) => {
              const gate = gateRows.get(m.metric);
              const ci = m.ci.low !== null && m.ci.high !== null ? ([m.ci.low, m.ci.high] as [number, number]) : null;
              return { metric: m.metric, champion: m.champion, challenger: m.challenger, delta: m.delta, deltaPct: m.relative_delta === null ? null : m.relative_delta * 100, ci, higherIsBetter: m.greater_is_better, ...(gate ? { gate: { status: gate.status } } : {}) };
            }),
          },
        }
      : metrics
        ? { metrics: { championLabel: 'no champion yet', rows: Object.entries(metrics.overall.metrics).map(([metric, value]) => ({ metric, champion: null, challenger: value, ...(gateRows.has(metric) ? { gate: { status: gateRows.get(metric)!.status } } : {}) })) } }
        : {}),
    ...(validate ? { validation: { status: validate.status, summary: `${validate.data.file}: ${validate.summary.checks} checks, ${validate.summary.errors} errors, ${validate.summary.warnings} warnings`, findings: findingsFrom(validate.checks), tables: [] } } : {}),
    annotations: [],
  } as ModelResults;
}

export interface CollectOptions {
  readonly resultsDir: string;
  readonly pullRequest?: { readonly number: number; readonly headSha: string };
  readonly source?: { readonly branch?: string; readonly commit?: string };
}

/** Builds and validates the bundle; throws InputError when there is nothing to report. */
export async function collectResults(options: CollectOptions): Promise<ResultsBundle> {
  const plan = await readJson<Plan>(join(options.resultsDir, 'plan.json'));
  const entries = await readdir(options.resultsDir, { withFileTypes: true }).catch(() => []);
  const models: ModelResults[] = [];
  for (const dir of entries.filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    const at = (f: string) => join(options.resultsDir, dir, f);
    const [validate, comparison, gates, metrics] = await Promise.all([readJson<ValidateReport>(at('validate.json')), readJson<ComparisonReport>(at('comparison.json')), readJson<GateReport>(at('gates.json')), readJson<MetricsReport>(at('metrics.json'))]);
    if (validate || comparison || gates || metrics) models.push(modelFrom(dir, validate, comparison, gates, metrics));
  }
  for (const s of plan?.skipped ?? []) {
    if (!models.some((m) => m.name === s.model)) models.push({ name: s.model, gates: [{ name: 'plan', status: 'skip', message: `skipped: ${s.note}` }], annotations: [] });
  }
  if (models.length === 0) throw new InputError(`${options.resultsDir}: no model results to report`, [{ file: options.resultsDir, message: 'no <model>/validate.json, comparison.json or gates.json and no plan.json', expected: 'the results of the validate, evaluate and gate steps' }]);
  return resultsBundleSchema.parse({ schemaVersion: 1, kind: 'mergeml.results', ...(options.pullRequest ? { pullRequest: options.pullRequest } : {}), ...(options.source ? { source: options.source } : {}), models });
}
