import { z } from 'zod';
import { columnNameSchema, severitySchema } from '../config/protected-basis.js';
import { DATA_CHECKS } from './data-check-registry.js';

// Fields every data check accepts. `mostly` follows Great Expectations: the share of rows that must pass.
const common = {
  severity: severitySchema.default('error'),
  description: z.string().optional(),
};
const column = { column: columnNameSchema };
const optionalColumn = { column: columnNameSchema.optional().describe('omit to check every applicable column') };
const mostly = { mostly: z.number().min(0).max(1).optional().describe('share of non-null rows that must pass (GX `mostly`, default 1.0)') };
const share = (what: string) => z.number().min(0).max(1).describe(what);
const nonNegativeInt = z.number().int().min(0);

/** Parameters of each check, keyed by its registry name (see data-check-registry.ts). */
export const DATA_CHECK_PARAMS = {
  column_exists: { ...column },
  columns_match_set: { columns: z.array(columnNameSchema).min(1), exact_match: z.boolean().optional() },
  column_order: { columns: z.array(columnNameSchema).min(1) },
  row_count_between: { min: nonNegativeInt.optional(), max: nonNegativeInt.optional() },
  row_count_vs_previous: { min_fraction: z.number().min(0).optional(), max_fraction: z.number().min(0).optional() },
  values_not_null: { ...column, ...mostly, min_count: nonNegativeInt.optional(), min_fraction: share('TFDV presence.min_fraction: least fraction of rows where the value is present').optional() },
  column_type: { ...column, ...mostly, type: z.enum(['integer', 'float', 'number', 'string', 'boolean']) },
  mixed_types: { ...optionalColumn, min_ratio: share('lower bound of the minority share (default 0.01)').optional(), max_ratio: share('upper bound of the minority share (default 0.1)').optional() },
  mixed_nulls: { ...optionalColumn, max_kinds: nonNegativeInt.optional().describe('default 1') },
  values_between: { ...column, ...mostly, min: z.number().nullable().optional(), max: z.number().nullable().optional(), strict_min: z.boolean().optional(), strict_max: z.boolean().optional() },
  no_nan_inf: { ...optionalColumn, disallow_nan: z.boolean().optional(), disallow_inf: z.boolean().optional() },
  values_in_set: { ...column, ...mostly, values: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1).optional().describe('omit to take the set from the reference data (Evidently)'), min_domain_mass: share('TFDV distribution_constraints.min_domain_mass: least share of values inside the set').optional() },
  values_per_example: { ...column, min: nonNegativeInt.optional(), max: nonNegativeInt.optional() },
  distinct_count_between: { ...column, min: nonNegativeInt.optional(), max: nonNegativeInt.optional() },
  values_unique: { ...column, ...mostly },
  duplicate_rows: { columns: z.array(columnNameSchema).optional(), max_ratio: share('largest allowed duplicate share (default 0)').optional() },
  duplicate_columns: { max_count: nonNegativeInt.optional() },
  constant_column: { ...optionalColumn, max_count: nonNegativeInt.optional() },
  empty_rows_columns: { max_empty_rows: nonNegativeInt.optional(), max_empty_columns: nonNegativeInt.optional() },
  values_match_regex: { ...column, ...mostly, regex: z.string().min(1), mode: z.enum(['search', 'match']).optional().describe('search: unanchored (GX); match: anchored at the start (pandera)') },
  string_length_between: { ...column, ...mostly, min: nonNegativeInt.optional(), max: nonNegativeInt.optional() },
  string_variants: { ...optionalColumn, max_variants: nonNegativeInt.optional() },
  special_characters: { ...optionalColumn, max_ratio: share('default 0.001').optional() },
  string_length_outliers: { ...optionalColumn, max_ratio: share('default 0').optional() },
  dominant_value: { ...optionalColumn, max_share: share('default 0.8').optional() },
  summary_statistics: {
    ...column,
    statistic: z.enum(['mean', 'median', 'std', 'quantile', 'mean_in_n_sigmas']),
    quantile: z.number().min(0).max(1).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    n_sigmas: z.number().positive().optional(),
    strict_min: z.boolean().optional(),
    strict_max: z.boolean().optional(),
  },
  conflicting_labels: { max_share: share('default 0').optional() },
  feature_label_leakage: { columns: z.array(columnNameSchema).optional(), max_pps: share('default 0.8').optional() },
  feature_correlation: { threshold: z.number().min(0).max(1).optional(), max_pairs: nonNegativeInt.optional() },
  distribution_skew: { ...optionalColumn, metric: z.enum(['linf', 'jensen_shannon', 'normalized_abs_difference']), threshold: z.number().min(0) },
} as const satisfies Record<string, z.ZodRawShape>;

export type DataCheckName = keyof typeof DATA_CHECK_PARAMS;

/** Cross-field rules of some checks (GX raises on them), reported as config problems at the entry. */
const RULES: Partial<Record<DataCheckName, (entry: Record<string, unknown>) => { path: string; message: string } | undefined>> = {
  values_between: (e) => ((e['min'] ?? null) === null && (e['max'] ?? null) === null ? { path: 'min', message: 'set min, max or both (both unset is an error, as in Great Expectations)' } : undefined),
  string_length_between: (e) => (e['min'] === undefined && e['max'] === undefined ? { path: 'min', message: 'set min, max or both' } : undefined),
  values_match_regex: (e) => {
    try {
      new RegExp(String(e['regex']), 'u');
      return undefined;
    } catch (error) {
      return { path: 'regex', message: `invalid regular expression: ${error instanceof Error ? error.message : String(error)}` };
    }
  },
  summary_statistics: (e) => (e['statistic'] === 'quantile' && e['quantile'] === undefined ? { path: 'quantile', message: 'statistic: quantile needs `quantile` (0..1)' } : undefined),
};

function checkSchema<N extends DataCheckName>(name: N) {
  const id = DATA_CHECKS.find((e) => e.name === name)?.id ?? '';
  const rule = RULES[name];
  const schema = z.strictObject({ check: z.literal(name), ...common, ...DATA_CHECK_PARAMS[name] }).describe(`${id} ${name}`);
  if (rule === undefined) return schema;
  return schema.superRefine((entry, ctx) => {
    const problem = rule(entry as Record<string, unknown>);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
  });
}

const names = Object.keys(DATA_CHECK_PARAMS) as DataCheckName[];
const [first, ...rest] = names.map((n) => checkSchema(n));

/** One entry of `data_checks:`; `check` selects the check and its parameters. */
export const dataCheckSchema = z.discriminatedUnion('check', [first!, ...rest]);
export type DataCheckConfig = z.infer<typeof dataCheckSchema>;

/** The `data_checks:` section of a policy file. */
export const dataChecksSchema = z.array(dataCheckSchema).describe('Data checks (DV01–DV30), see docs/policies.md.');
export type DataChecksConfig = z.infer<typeof dataChecksSchema>;
