import { z } from 'zod';
import { severitySchema } from '../config/protected-basis.js';
import { metricSpellings } from '../metrics/metric-registry.js';

/** One metric gate: an absolute threshold and/or a bound on the change against the champion. */
export const metricGateSchema = z.strictObject({
  // An enum (not a free string) so editors complete metric names and typos fail with file:line:col.
  metric: z.enum(metricSpellings as [string, ...string[]]).describe('a metric of the registry (docs/metrics.md), e.g. roc_auc; scikit-learn function names such as f1_score are accepted'),
  threshold: z.number().optional(),
  greater_is_better: z.boolean().optional().describe('default from the metric registry'),
  min_absolute_change: z.number().nullable().optional(),
  min_relative_change: z.number().nullable().optional(),
  significance: z.number().gt(0).lt(1).optional().describe('the change must be significant at this level'),
  severity: severitySchema.default('error'),
});
export type MetricGateConfig = z.infer<typeof metricGateSchema>;

/** The `metric_gates:` section of a policy file. */
export const metricGatesSchema = z.array(metricGateSchema);
export type MetricGatesConfig = z.infer<typeof metricGatesSchema>;
