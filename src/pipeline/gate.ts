/**
 * `mergeml gate`: applies the metric gates of a policy to a metrics report (and, for change
 * conditions, a comparison report). Gates come from a policy file, or from a project file's model
 * (every policy it lists, builtin packs and `extends` folded in) through the config loader.
 */
import { readFile } from 'node:fs/promises';
import { nodeConfigFiles } from '../adapters/config/node-config-files.js';
import { InputError, UsageError } from '../core/errors.js';
import type { ComparisonReport } from '../core/compare/comparison.js';
import { evaluateGates, type GateReport } from '../core/gates/metric-gates.js';
import type { MetricsReport } from '../core/metrics/metrics-report.js';
import type { MetricGateConfig } from '../core/policy/metric-gates-schema.js';
import { suggest } from '../core/did-you-mean.js';
import { loadProject } from './load-project.js';
import { loadPolicyFile } from './load-policy-file.js';

export type GateSource = { readonly kind: 'policy'; readonly path: string; readonly file?: string } | { readonly kind: 'project'; readonly path: string; readonly model?: string | undefined };

/** The metric gates of a policy file or of a project's model. */
export async function loadMetricGates(source: GateSource, cwd: string): Promise<{ gates: readonly MetricGateConfig[]; policies: readonly string[] }> {
  if (source.kind === 'policy') {
    // The fairness helper's standalone loader resolves `extends` and builtin packs.
    const loaded = await loadPolicyFile(source.path, nodeConfigFiles(), cwd, []);
    return { gates: loaded.policy.metric_gates, policies: loaded.policy.names };
  }
  const project = await loadProject(source.path, nodeConfigFiles(), cwd);
  const names = project.models.map((m) => m.name);
  const model = source.model === undefined
    ? (names.length === 1 ? project.models[0] : undefined)
    : project.models.find((m) => m.name === source.model);
  if (model === undefined) {
    const hint = source.model ? suggest(source.model, names) : undefined;
    throw new UsageError(source.model === undefined
      ? `${project.file} defines ${names.length} models (${names.join(', ')}): pass --model NAME`
      : `${project.file} has no model ${JSON.stringify(source.model)}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}`);
  }
  return { gates: model.policy.metric_gates, policies: model.policy.names };
}

/** Reads a versioned MergeML JSON report of the expected kind, or throws an InputError naming the file. */
export async function readReport<T extends { schemaVersion: number; kind: string }>(path: string, file: string, kind: T['kind']): Promise<T> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new InputError(`${file}: cannot read ${kind} JSON`, [{ file, message: error instanceof Error ? error.message : String(error), expected: `the ${kind} JSON written by mergeml (schemaVersion 1)` }], { cause: error });
  }
  const v = value as Partial<T> | null;
  if (v === null || typeof v !== 'object' || v.kind !== kind || v.schemaVersion !== 1) {
    throw new InputError(`${file}: not a ${kind} report`, [{ file, message: `kind ${JSON.stringify(v?.kind)}, schemaVersion ${JSON.stringify(v?.schemaVersion)}`, expected: `"kind": "${kind}", "schemaVersion": 1` }]);
  }
  return v as T;
}

export interface GateOptions {
  readonly source: GateSource;
  readonly metrics?: { readonly path: string; readonly file: string };
  readonly comparison?: { readonly path: string; readonly file: string };
}

/** Evaluates the gates; the caller writes the report and exits 1 when it did not pass. */
export async function runGates(options: GateOptions, cwd: string): Promise<{ report: GateReport; comparison: ComparisonReport | null; policies: readonly string[] }> {
  if (!options.metrics && !options.comparison) throw new UsageError('mergeml gate: pass --metrics FILE and/or --comparison FILE');
  const { gates, policies } = await loadMetricGates(options.source, cwd);
  const metrics = options.metrics ? await readReport<MetricsReport>(options.metrics.path, options.metrics.file, 'metrics') : null;
  const comparison = options.comparison ? await readReport<ComparisonReport>(options.comparison.path, options.comparison.file, 'comparison') : null;
  const values: Record<string, number | null> = metrics ? { ...metrics.overall.metrics } : Object.fromEntries(comparison!.metrics.map((r) => [r.metric, r.challenger]));
  const report = evaluateGates(gates, { metrics: values, ...(comparison ? { comparison: comparison.metrics } : {}) });
  return { report, comparison, policies };
}
