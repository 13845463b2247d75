import { z } from 'zod';
import { severitySchema } from '../config/protected-basis.js';

const bound = z.number().min(0).max(1);

/** The `proxies:` section: a feature fails when its association with a protected attribute exceeds a bound. */
export const proxiesSchema = z.strictObject({
  cramers_v: bound.optional(),
  normalized_mutual_info: bound.optional(),
  correlation: bound.optional().describe('absolute Pearson / point-biserial correlation'),
  age_buckets: z.array(z.number()).min(1).optional().describe('cut points for numeric protected attributes'),
  severity: severitySchema.default('error'),
});
export type ProxiesConfig = z.infer<typeof proxiesSchema>;
