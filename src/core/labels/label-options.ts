import type { LabelsConfig } from '../policy/labels-schema.js';
import type { LabelCheckOptions } from './label-checks.js';

/** Resolves the policy's `labels:` section for a model's target and features (checks run only when bounded). */
export function labelCheckOptionsFromPolicy(config: LabelsConfig | undefined, label: string, features: readonly string[]): LabelCheckOptions {
  return {
    label,
    features,
    severity: config?.severity ?? 'error',
    ...(config?.min_class_share !== undefined ? { minClassShare: config.min_class_share } : {}),
    ...(config?.max_conflicting_share !== undefined ? { maxConflictingShare: config.max_conflicting_share } : {}),
    ...(config?.leakage_pps !== undefined ? { leakagePps: config.leakage_pps } : {}),
  };
}
