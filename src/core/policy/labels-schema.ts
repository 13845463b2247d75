import { z } from 'zod';
import { severitySchema } from '../config/protected-basis.js';

const share = z.number().min(0).max(1);

/** The `labels:` section: label balance, conflicting labels (DV27) and leakage (DV28). */
export const labelsSchema = z.strictObject({
  min_class_share: share.optional(),
  max_conflicting_share: share.optional(),
  leakage_pps: share.optional(),
  severity: severitySchema.default('error'),
});
export type LabelsConfig = z.infer<typeof labelsSchema>;
