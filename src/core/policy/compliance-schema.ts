import { z } from 'zod';
import { protectedBasisSchema } from '../config/protected-basis.js';

/** The `compliance:` section: which bases are prohibited and how protected attributes may be used. */
export const complianceSchema = z.strictObject({
  prohibited_bases: z.array(protectedBasisSchema).optional(),
  forbid_protected_features: z.boolean().optional(),
  require_protected_in_evaluation: z.boolean().optional(),
  stages: z.array(z.string().regex(/^[a-z][a-z0-9_-]*$/)).optional().describe('stages this policy allows'),
});
export type ComplianceConfig = z.infer<typeof complianceSchema>;
