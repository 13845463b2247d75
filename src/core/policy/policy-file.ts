import { z } from 'zod';
import { complianceSchema } from './compliance-schema.js';
import { dataChecksSchema } from './data-checks-schema.js';
import { driftSchema } from './drift-schema.js';
import { fairnessSchema } from './fairness-schema.js';
import { labelsSchema } from './labels-schema.js';
import { metricGatesSchema } from './metric-gates-schema.js';
import { proxiesSchema } from './proxies-schema.js';

/** A policy file: named sections, each with its own schema (owned by the capability that enforces it). */
export const policySchema = z.strictObject({
  version: z.literal(1),
  name: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'a policy name is lowercase letters, digits, ".", "_" or "-"'),
  description: z.string().optional(),
  extends: z.array(z.string().min(1)).optional().describe('builtin:NAME or paths, applied before this file'),
  data_checks: dataChecksSchema.optional(),
  drift: driftSchema.optional(),
  proxies: proxiesSchema.optional(),
  labels: labelsSchema.optional(),
  metric_gates: metricGatesSchema.optional(),
  fairness: fairnessSchema.optional(),
  compliance: complianceSchema.optional(),
});
export type PolicyConfig = z.infer<typeof policySchema>;
