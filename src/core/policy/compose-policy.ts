import type { ComplianceConfig } from './compliance-schema.js';
import type { DataCheckConfig } from './data-checks-schema.js';
import type { DriftConfig } from './drift-schema.js';
import type { FairnessGateConfig } from './fairness-schema.js';
import type { LabelsConfig } from './labels-schema.js';
import type { MetricGateConfig } from './metric-gates-schema.js';
import type { PolicyConfig } from './policy-file.js';
import type { ProxiesConfig } from './proxies-schema.js';

/** The policy that applies to a model: every policy file (and what it extends) folded in order. */
export interface EffectivePolicy {
  /** Names of the policies folded in, in application order. */
  readonly names: readonly string[];
  readonly data_checks: readonly DataCheckConfig[];
  readonly drift?: DriftConfig;
  readonly proxies?: ProxiesConfig;
  readonly labels?: LabelsConfig;
  readonly metric_gates: readonly MetricGateConfig[];
  readonly fairness: {
    readonly buckets: Readonly<Record<string, readonly number[]>>;
    readonly min_group_size?: number;
    readonly gates: readonly FairnessGateConfig[];
  };
  readonly compliance?: ComplianceConfig;
}

/** In `fairness.gates[].attributes`, stands for each protected attribute of the model, one gate each. */
export const EACH_PROTECTED = '*';

/**
 * Folds policies in application order: lists (data checks, metric gates, fairness gates) concatenate;
 * sections that are settings (drift, proxies, labels, compliance, fairness buckets) merge key by key with
 * later files winning, so a project policy can tighten a builtin pack. A fairness gate over `['*']` (how a
 * builtin pack names columns it cannot know) becomes one gate per protected attribute of the model.
 */
export function composePolicies(policies: readonly PolicyConfig[], protectedColumns: readonly string[] = []): EffectivePolicy {
  const merge = <T extends object>(a: T | undefined, b: T | undefined): T | undefined => (a === undefined ? b : b === undefined ? a : { ...a, ...b });
  let drift: DriftConfig | undefined;
  let proxies: ProxiesConfig | undefined;
  let labels: LabelsConfig | undefined;
  let compliance: ComplianceConfig | undefined;
  let minGroupSize: number | undefined;
  const buckets: Record<string, readonly number[]> = {};
  const dataChecks: DataCheckConfig[] = [];
  const metricGates: MetricGateConfig[] = [];
  const fairnessGates: FairnessGateConfig[] = [];
  for (const p of policies) {
    dataChecks.push(...(p.data_checks ?? []));
    metricGates.push(...(p.metric_gates ?? []));
    for (const gate of p.fairness?.gates ?? []) {
      if (gate.attributes.includes(EACH_PROTECTED)) fairnessGates.push(...protectedColumns.map((column) => ({ ...gate, attributes: [column] })));
      else fairnessGates.push(gate);
    }
    Object.assign(buckets, p.fairness?.buckets ?? {});
    minGroupSize = p.fairness?.min_group_size ?? minGroupSize;
    drift = merge(drift, p.drift);
    proxies = merge(proxies, p.proxies);
    labels = merge(labels, p.labels);
    compliance = merge(compliance, p.compliance);
  }
  return Object.freeze({
    names: policies.map((p) => p.name),
    data_checks: dataChecks,
    ...(drift ? { drift } : {}),
    ...(proxies ? { proxies } : {}),
    ...(labels ? { labels } : {}),
    metric_gates: metricGates,
    fairness: { buckets, ...(minGroupSize !== undefined ? { min_group_size: minGroupSize } : {}), gates: fairnessGates },
    ...(compliance ? { compliance } : {}),
  });
}

/** Number of gates and checks a policy declares, for summaries. */
export function countPolicyGates(p: PolicyConfig): { data_checks: number; metric_gates: number; fairness_gates: number; sections: string[] } {
  const sections = (['drift', 'proxies', 'labels', 'compliance'] as const).filter((k) => p[k] !== undefined);
  return { data_checks: p.data_checks?.length ?? 0, metric_gates: p.metric_gates?.length ?? 0, fairness_gates: p.fairness?.gates.length ?? 0, sections: [...sections] };
}
