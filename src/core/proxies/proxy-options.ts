import type { ProxiesConfig } from '../policy/proxies-schema.js';
import type { ProxyOptions } from './proxy-checks.js';

/** Resolves the policy's `proxies:` section; without one, findings are reported with no bounds (warning). */
export function proxyOptionsFromPolicy(config: ProxiesConfig | undefined): ProxyOptions {
  if (!config) return { severity: 'warning' };
  return {
    severity: config.severity ?? 'error',
    ...(config.cramers_v !== undefined ? { cramersV: config.cramers_v } : {}),
    ...(config.normalized_mutual_info !== undefined ? { normalizedMutualInfo: config.normalized_mutual_info } : {}),
    ...(config.correlation !== undefined ? { correlation: config.correlation } : {}),
    ...(config.age_buckets !== undefined ? { ageBuckets: config.age_buckets } : {}),
  };
}
