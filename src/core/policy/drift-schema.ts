import { z } from 'zod';
import { columnNameSchema, severitySchema } from '../config/protected-basis.js';

/** Statistical tests for drift; `auto` picks Evidently's default per column (reference/metrics.md §2). */
export const STATTESTS = Object.freeze(['auto', 'psi', 'ks', 'chisquare', 'z', 'jensenshannon', 'wasserstein'] as const);
export const stattestSchema = z.enum(STATTESTS);

const columnDriftSchema = z.strictObject({
  stattest: stattestSchema.optional(),
  threshold: z.number().min(0).optional(),
});

/** The `drift:` section of a policy file. */
export const driftSchema = z.strictObject({
  stattest: stattestSchema.default('auto'),
  threshold: z.number().min(0).optional().describe('default depends on the test: p-value 0.05, distances 0.1'),
  drift_share: z.number().min(0).max(1).default(0.5).describe('dataset drift when the share of drifted columns >= this'),
  severity: severitySchema.default('warning'),
  columns: z.record(columnNameSchema, columnDriftSchema).optional(),
});
export type DriftConfig = z.infer<typeof driftSchema>;
