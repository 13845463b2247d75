import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { CheckResult } from '../core/checks/check-result.js';
import { InputError, UsageError } from '../core/errors.js';
import type { ProtectedBasis } from '../core/config/protected-basis.js';
import { parseProxyFindings } from '../core/compliance/proxy-findings.js';
import type { FairnessGate } from '../core/fairness/fairness-gates.js';
import type { EffectivePolicy } from '../core/policy/compose-policy.js';
import type { PolicyConfig } from '../core/policy/policy-file.js';
import type { ConfigFiles } from './load-project.js';
import { loadFairnessProject } from './fairness-project.js';
import { loadPolicyFile } from './load-policy-file.js';
import type { FairnessRunOptions, ProtectedInput } from './fairness.js';

/** What the command line (or an action's inputs) says; everything else comes from the project and policy. */
export interface FairnessRequest {
  readonly predictions: string;
  readonly baseline?: string;
  readonly label?: string;
  readonly score?: string;
  readonly pred?: string;
  readonly threshold?: number;
  readonly positive?: string;
  readonly scoreClass?: string;
  readonly protected: readonly string[];
  readonly buckets: Readonly<Record<string, readonly number[]>>;
  readonly minGroupSize?: number;
  readonly seed?: number;
  readonly resamples?: number;
  readonly features?: readonly string[];
  readonly proxies?: string;
  readonly nullValues?: readonly string[];
  readonly config?: string;
  readonly model?: string;
  readonly policy?: string;
}

export const DEFAULT_MIN_GROUP_SIZE = 30;

/** A user path kept as typed (for messages) when it already resolves from the process cwd. */
function inputPath(path: string, cwd: string): string {
  return isAbsolute(path) || cwd === process.cwd() ? path : resolve(cwd, path);
}
export const DEFAULT_BOOTSTRAP = Object.freeze({ nResamples: 1000, confidenceLevel: 0.95, seed: 0 });

// Settings of the fairness section that compose-policy does not fold: the last file that sets one wins.
function lastSetting<K extends 'favorable_label' | 'bootstrap'>(configs: readonly PolicyConfig[], key: K): NonNullable<NonNullable<PolicyConfig['fairness']>[K]> | undefined {
  let out: NonNullable<NonNullable<PolicyConfig['fairness']>[K]> | undefined;
  for (const c of configs) {
    const v = c.fairness?.[key];
    if (v !== undefined) out = v as typeof out;
  }
  return out;
}

function gatesOf(policies: readonly EffectivePolicy[], minGroupSize: number): FairnessGate[] {
  return policies.flatMap((p) =>
    p.fairness.gates.map((g) => ({
      metric: g.metric,
      attributes: g.attributes,
      method: g.method,
      threshold: g.threshold,
      severity: g.severity,
      minGroupSize: g.min_group_size ?? minGroupSize,
      ciMustCross: g.ci_must_cross ?? false,
      ...(g.max_worsening !== undefined ? { maxWorsening: g.max_worsening } : {}),
      ...(g.privileged !== undefined ? { privileged: g.privileged } : {}),
    })),
  );
}

/** Resolves a request against the project file and policies into the options of one fairness run. */
export async function resolveFairnessOptions(request: FairnessRequest, files: ConfigFiles, cwd: string): Promise<FairnessRunOptions> {
  const model = request.config === undefined ? undefined : await loadFairnessProject(request.config, request.model, files, cwd);
  const declared = new Map<string, ProtectedBasis>((model?.config.protected ?? []).map((p) => [p.column, p.basis]));
  const protectedColumns = [...new Set([...request.protected, ...declared.keys()])];
  const standalone = request.policy === undefined ? undefined : await loadPolicyFile(request.policy, files, cwd, protectedColumns);
  const policies = [...(model !== undefined ? [model.policy] : []), ...(standalone !== undefined ? [standalone.policy] : [])];
  const configs = [...(model?.policyConfigs ?? []), ...(standalone?.configs ?? [])];
  if (protectedColumns.length === 0) throw new UsageError('mergeml fairness: name at least one protected attribute with --protected COL, or give --config with a model that declares `protected`. Run `mergeml fairness --help`.');
  const buckets: Record<string, readonly number[]> = Object.assign({}, ...policies.map((p) => p.fairness.buckets), request.buckets);
  const minGroupSize = request.minGroupSize ?? policies.reduce<number | undefined>((acc, p) => p.fairness.min_group_size ?? acc, undefined) ?? DEFAULT_MIN_GROUP_SIZE;
  const cliProtected = new Set(request.protected);
  const protectedInputs: ProtectedInput[] = protectedColumns.map((column) => ({
    column,
    basis: declared.get(column) ?? null,
    required: cliProtected.has(column),
    ...(buckets[column] !== undefined ? { buckets: buckets[column] } : {}),
  }));
  const label = request.label ?? model?.config.target;
  if (label === undefined) throw new UsageError('mergeml fairness: --label is required (or --config with a model `target`). Run `mergeml fairness --help`.');
  if ((request.score === undefined) === (request.pred === undefined)) throw new UsageError('mergeml fairness: give exactly one of --score COL or --pred COL. Run `mergeml fairness --help`.');
  const modelPositive = model?.config.positive_class === undefined ? undefined : String(model.config.positive_class);
  const positive = request.positive ?? lastSetting(configs, 'favorable_label') ?? modelPositive ?? '1';
  const policyBootstrap = lastSetting(configs, 'bootstrap');
  const bootstrap = {
    nResamples: request.resamples ?? policyBootstrap?.n_resamples ?? DEFAULT_BOOTSTRAP.nResamples,
    confidenceLevel: policyBootstrap?.confidence_level ?? DEFAULT_BOOTSTRAP.confidenceLevel,
    seed: request.seed ?? policyBootstrap?.seed ?? DEFAULT_BOOTSTRAP.seed,
  };
  let proxyFindings: CheckResult[] | null = null;
  if (request.proxies !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(resolve(cwd, request.proxies), 'utf8'));
    } catch (error) {
      throw new InputError(`cannot read proxy findings ${request.proxies}`, [{ file: request.proxies, message: error instanceof Error ? error.message : String(error), expected: 'a JSON file written by `mergeml validate --json`' }], { cause: error });
    }
    proxyFindings = parseProxyFindings(json, request.proxies);
  }
  const compliance = policies.reduce<EffectivePolicy['compliance']>((acc, p) => (p.compliance === undefined ? acc : { ...acc, ...p.compliance }), undefined);
  const nullValues = request.nullValues ?? model?.config.data.null_values;
  return {
    predictions: inputPath(request.predictions, cwd),
    ...(request.baseline !== undefined ? { baseline: inputPath(request.baseline, cwd) } : {}),
    columns: {
      label,
      ...(request.score !== undefined ? { score: request.score } : {}),
      ...(request.pred !== undefined ? { pred: request.pred } : {}),
      threshold: request.threshold ?? 0.5,
      scoreLabel: request.scoreClass ?? modelPositive ?? positive,
      positiveLabel: positive,
    },
    protected: protectedInputs,
    gates: gatesOf(policies, minGroupSize),
    minGroupSize,
    bootstrap: bootstrap.nResamples === 0 ? null : bootstrap,
    features: request.features ?? model?.config.features ?? null,
    ...(compliance !== undefined ? { compliance } : {}),
    proxyFindings,
    read: { ...(nullValues !== undefined ? { nullValues } : {}), ...(model?.config.data.delimiter !== undefined ? { delimiter: model.config.data.delimiter } : {}) },
  };
}
