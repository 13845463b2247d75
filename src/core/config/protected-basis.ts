import { z } from 'zod';

/**
 * The nine prohibited bases of Regulation B, 12 CFR 1002.2(z) (ECOA, 15 U.S.C. 1691(a)).
 * Order follows the regulation's text.
 */
export const PROTECTED_BASES = Object.freeze([
  'race',
  'color',
  'religion',
  'national_origin',
  'sex',
  'marital_status',
  'age',
  'public_assistance_income',
  'exercised_ccpa_rights',
] as const);

export type ProtectedBasis = (typeof PROTECTED_BASES)[number];

export const protectedBasisSchema = z.enum(PROTECTED_BASES).describe('A prohibited basis of Regulation B, 12 CFR 1002.2(z).');

/** Severity of a failing check or gate: `error` fails the run (exit 1), `warning` is reported only. */
export const severitySchema = z.enum(['error', 'warning']).describe('error fails the run; warning is reported only.');
export type Severity = z.infer<typeof severitySchema>;

/** Column names are free text in data files; only emptiness is rejected. */
export const columnNameSchema = z.string().min(1, 'a column name must not be empty');
