import type { DriftConfig } from '../policy/drift-schema.js';
import { DEFAULT_DRIFT_OPTIONS, type DriftOptions } from './drift-report.js';

/** Resolves the policy's `drift:` section (absent → Evidently's defaults, severity warning). */
export function driftOptionsFromPolicy(config: DriftConfig | undefined): DriftOptions {
  if (!config) return DEFAULT_DRIFT_OPTIONS;
  return {
    stattest: config.stattest ?? 'auto',
    driftShare: config.drift_share ?? 0.5,
    severity: config.severity ?? 'warning',
    ...(config.threshold !== undefined ? { threshold: config.threshold } : {}),
    ...(config.columns ? { columns: config.columns } : {}),
  };
}
