import { z } from 'zod';
import { columnNameSchema, severitySchema } from '../config/protected-basis.js';

/** One fairness gate over one protected attribute or the intersection of several. */
export const fairnessGateSchema = z.strictObject({
  metric: z.string().regex(/^[a-z][a-z0-9_]*$/, 'a Fairlearn metric name, e.g. demographic_parity_ratio'),
  attributes: z.array(columnNameSchema).min(1).describe('several = intersection'),
  method: z.enum(['between_groups', 'to_overall']).default('between_groups'),
  threshold: z.number(),
  severity: severitySchema.default('error'),
  min_group_size: z.number().int().min(1).optional(),
  ci_must_cross: z.boolean().optional().describe('fail only if the bootstrap CI crosses the threshold'),
  max_worsening: z.number().min(0).optional().describe('largest allowed worsening vs the champion'),
});
export type FairnessGateConfig = z.infer<typeof fairnessGateSchema>;

/** The `fairness:` section of a policy file. */
export const fairnessSchema = z.strictObject({
  buckets: z.record(columnNameSchema, z.array(z.number()).min(1)).optional().describe('cut points for numeric attributes'),
  min_group_size: z.number().int().min(1).optional(),
  gates: z.array(fairnessGateSchema).default([]),
});
export type FairnessConfig = z.infer<typeof fairnessSchema>;
