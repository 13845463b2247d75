import { z } from 'zod';
import { columnNameSchema, severitySchema } from '../config/protected-basis.js';
import { DISPARITY_METRICS, DISPARITY_METRIC_NAMES } from '../fairness/disparity-registry.js';
import { formatMetric } from '../fairness/format-number.js';

const metricNames = DISPARITY_METRIC_NAMES as [string, ...string[]];

/** One fairness gate over one protected attribute or the intersection of several. */
export const fairnessGateSchema = z
  .strictObject({
    metric: z.enum(metricNames).describe('a Fairlearn/AIF360 disparity name, e.g. demographic_parity_ratio or four_fifths'),
    attributes: z.array(columnNameSchema).min(1).describe('several = intersection'),
    method: z.enum(['between_groups', 'to_overall']).default('between_groups'),
    threshold: z.number(),
    severity: severitySchema.default('error'),
    min_group_size: z.number().int().min(1).optional(),
    ci_must_cross: z.boolean().optional().describe('fail only if the whole bootstrap CI lies beyond the threshold'),
    max_worsening: z.number().min(0).optional().describe('largest allowed worsening vs the champion'),
    privileged: z.string().min(1).optional().describe('AIF360 privileged group (a group name); default: the most-selected group'),
  })
  .superRefine((gate, ctx) => {
    // The valid range is a property of the metric in the registry, so the schema never switches on names.
    const metric = DISPARITY_METRICS.find((m) => m.name === gate.metric);
    if (metric === undefined) return;
    if (gate.privileged !== undefined && !metric.usesPrivileged) {
      ctx.addIssue({ code: 'custom', path: ['privileged'], message: `privileged applies only to AIF360 pairwise metrics (${DISPARITY_METRICS.filter((m) => m.usesPrivileged).map((m) => m.name).join(', ')}), not ${gate.metric}` });
    }
    if (gate.method === 'to_overall' && !metric.usesMethod) {
      ctx.addIssue({ code: 'custom', path: ['method'], message: `${gate.metric} has no to_overall form (expected method: between_groups or no method)` });
    }
    const [lo, hi] = metric.thresholdRange;
    if (!(gate.threshold >= lo && gate.threshold <= hi)) {
      ctx.addIssue({
        code: 'custom',
        path: ['threshold'],
        message: `threshold ${gate.threshold} is outside the valid range of ${gate.metric} (expected a number in [${formatMetric(lo)}, ${hi === Number.MAX_VALUE ? 'inf' : formatMetric(hi)}])`,
      });
    }
  });
export type FairnessGateConfig = z.infer<typeof fairnessGateSchema>;

/** Seeded bootstrap of disparities (intervals in reports; `ci_must_cross` gates). */
export const fairnessBootstrapSchema = z.strictObject({
  n_resamples: z.number().int().min(50).max(100_000).default(1000),
  confidence_level: z.number().gt(0).lt(1).default(0.95),
  seed: z.number().int().default(0),
});

/** The `fairness:` section of a policy file. */
export const fairnessSchema = z.strictObject({
  buckets: z
    .record(
      columnNameSchema,
      z
        .array(z.number())
        .min(1)
        .refine((cuts) => cuts.every((c, i) => i === 0 || c > (cuts[i - 1] as number)), 'cut points must be strictly increasing'),
    )
    .optional()
    .describe('cut points for numeric attributes; buckets are [c_i, c_{i+1})'),
  min_group_size: z.number().int().min(1).optional(),
  favorable_label: z.string().min(1).optional().describe('label value counted as selected (e.g. good); default: the positive class'),
  bootstrap: fairnessBootstrapSchema.optional(),
  gates: z.array(fairnessGateSchema).default([]),
});
export type FairnessConfig = z.infer<typeof fairnessSchema>;
