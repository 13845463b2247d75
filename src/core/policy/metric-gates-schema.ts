import { z } from 'zod';
import { severitySchema } from '../config/protected-basis.js';

/** One metric gate: an absolute threshold and/or a bound on the change against the champion. */
export const metricGateSchema = z.strictObject({
  metric: z.string().regex(/^[a-z][a-z0-9_]*$/, 'a metric name as scikit-learn spells it, e.g. roc_auc'),
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
