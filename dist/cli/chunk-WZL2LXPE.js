import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  columnNameSchema,
  severitySchema
} from "./chunk-MCVS3WYR.js";
import {
  external_exports
} from "./chunk-4AU2CRBH.js";

// src/core/policy/data-check-registry.ts
var DATA_CHECKS = Object.freeze([
  { id: "DV01", name: "column_exists", title: "Column exists" },
  { id: "DV02", name: "columns_match_set", title: "No unexpected columns" },
  { id: "DV03", name: "column_order", title: "Column order" },
  { id: "DV04", name: "row_count_between", title: "Row count bounds" },
  { id: "DV05", name: "row_count_vs_previous", title: "Row count vs previous" },
  { id: "DV06", name: "values_not_null", title: "Presence / completeness" },
  { id: "DV07", name: "column_type", title: "Physical type" },
  { id: "DV08", name: "mixed_types", title: "Mixed types in a string column" },
  { id: "DV09", name: "mixed_nulls", title: "Mixed null tokens" },
  { id: "DV10", name: "values_between", title: "Numeric range" },
  { id: "DV11", name: "no_nan_inf", title: "NaN / Inf" },
  { id: "DV12", name: "values_in_set", title: "Categorical domain" },
  { id: "DV13", name: "values_per_example", title: "Values per example" },
  { id: "DV14", name: "distinct_count_between", title: "Distinct-count bounds" },
  { id: "DV15", name: "values_unique", title: "Unique key" },
  { id: "DV16", name: "duplicate_rows", title: "Duplicate rows" },
  { id: "DV17", name: "duplicate_columns", title: "Duplicate columns" },
  { id: "DV18", name: "constant_column", title: "Constant column" },
  { id: "DV19", name: "empty_rows_columns", title: "Empty rows/columns" },
  { id: "DV20", name: "values_match_regex", title: "Regex" },
  { id: "DV21", name: "string_length_between", title: "String length" },
  { id: "DV22", name: "string_variants", title: "String variants" },
  { id: "DV23", name: "special_characters", title: "Special characters" },
  { id: "DV24", name: "string_length_outliers", title: "String-length outliers" },
  { id: "DV25", name: "dominant_value", title: "Dominant value" },
  { id: "DV26", name: "summary_statistics", title: "Summary statistics" },
  { id: "DV27", name: "conflicting_labels", title: "Conflicting labels" },
  { id: "DV28", name: "feature_label_leakage", title: "Feature\u2192label leakage" },
  { id: "DV29", name: "feature_correlation", title: "Feature\u2013feature correlation" },
  { id: "DV30", name: "distribution_skew", title: "Distribution skew/drift vs a control dataset" }
].map((e) => Object.freeze(e)));
var DATA_CHECK_NAMES = Object.freeze(DATA_CHECKS.map((e) => e.name));

// src/core/policy/data-checks-schema.ts
var common = {
  severity: severitySchema.default("error"),
  description: external_exports.string().optional()
};
var column = { column: columnNameSchema };
var optionalColumn = { column: columnNameSchema.optional().describe("omit to check every applicable column") };
var mostly = { mostly: external_exports.number().min(0).max(1).optional().describe("share of non-null rows that must pass (GX `mostly`, default 1.0)") };
var share = (what) => external_exports.number().min(0).max(1).describe(what);
var nonNegativeInt = external_exports.number().int().min(0);
var DATA_CHECK_PARAMS = {
  column_exists: { ...column },
  columns_match_set: { columns: external_exports.array(columnNameSchema).min(1), exact_match: external_exports.boolean().optional() },
  column_order: { columns: external_exports.array(columnNameSchema).min(1) },
  row_count_between: { min: nonNegativeInt.optional(), max: nonNegativeInt.optional() },
  row_count_vs_previous: { min_fraction: external_exports.number().min(0).optional(), max_fraction: external_exports.number().min(0).optional() },
  values_not_null: { ...column, ...mostly, min_count: nonNegativeInt.optional(), min_fraction: share("TFDV presence.min_fraction: least fraction of rows where the value is present").optional() },
  column_type: { ...column, ...mostly, type: external_exports.enum(["integer", "float", "number", "string", "boolean"]) },
  mixed_types: { ...optionalColumn, min_ratio: share("lower bound of the minority share (default 0.01)").optional(), max_ratio: share("upper bound of the minority share (default 0.1)").optional() },
  mixed_nulls: { ...optionalColumn, max_kinds: nonNegativeInt.optional().describe("default 1") },
  values_between: { ...column, ...mostly, min: external_exports.number().nullable().optional(), max: external_exports.number().nullable().optional(), strict_min: external_exports.boolean().optional(), strict_max: external_exports.boolean().optional() },
  no_nan_inf: { ...optionalColumn, disallow_nan: external_exports.boolean().optional(), disallow_inf: external_exports.boolean().optional() },
  values_in_set: { ...column, ...mostly, values: external_exports.array(external_exports.union([external_exports.string(), external_exports.number(), external_exports.boolean()])).min(1).optional().describe("omit to take the set from the reference data (Evidently)"), min_domain_mass: share("TFDV distribution_constraints.min_domain_mass: least share of values inside the set").optional() },
  values_per_example: { ...column, min: nonNegativeInt.optional(), max: nonNegativeInt.optional() },
  distinct_count_between: { ...column, min: nonNegativeInt.optional(), max: nonNegativeInt.optional() },
  values_unique: { ...column, ...mostly },
  duplicate_rows: { columns: external_exports.array(columnNameSchema).optional(), max_ratio: share("largest allowed duplicate share (default 0)").optional() },
  duplicate_columns: { max_count: nonNegativeInt.optional() },
  constant_column: { ...optionalColumn, max_count: nonNegativeInt.optional() },
  empty_rows_columns: { max_empty_rows: nonNegativeInt.optional(), max_empty_columns: nonNegativeInt.optional() },
  values_match_regex: { ...column, ...mostly, regex: external_exports.string().min(1), mode: external_exports.enum(["search", "match"]).optional().describe("search: unanchored (GX); match: anchored at the start (pandera)") },
  string_length_between: { ...column, ...mostly, min: nonNegativeInt.optional(), max: nonNegativeInt.optional() },
  string_variants: { ...optionalColumn, max_variants: nonNegativeInt.optional() },
  special_characters: { ...optionalColumn, max_ratio: share("default 0.001").optional() },
  string_length_outliers: { ...optionalColumn, max_ratio: share("default 0").optional() },
  dominant_value: { ...optionalColumn, max_share: share("default 0.8").optional() },
  summary_statistics: {
    ...column,
    statistic: external_exports.enum(["mean", "median", "std", "quantile", "mean_in_n_sigmas"]),
    quantile: external_exports.number().min(0).max(1).optional(),
    min: external_exports.number().optional(),
    max: external_exports.number().optional(),
    n_sigmas: external_exports.number().positive().optional(),
    strict_min: external_exports.boolean().optional(),
    strict_max: external_exports.boolean().optional()
  },
  conflicting_labels: { max_share: share("default 0").optional() },
  feature_label_leakage: { columns: external_exports.array(columnNameSchema).optional(), max_pps: share("default 0.8").optional() },
  feature_correlation: { threshold: external_exports.number().min(0).max(1).optional(), max_pairs: nonNegativeInt.optional() },
  distribution_skew: { ...optionalColumn, metric: external_exports.enum(["linf", "jensen_shannon", "normalized_abs_difference"]), threshold: external_exports.number().min(0) }
};
var RULES = {
  values_between: (e) => (e["min"] ?? null) === null && (e["max"] ?? null) === null ? { path: "min", message: "set min, max or both (both unset is an error, as in Great Expectations)" } : void 0,
  string_length_between: (e) => e["min"] === void 0 && e["max"] === void 0 ? { path: "min", message: "set min, max or both" } : void 0,
  values_match_regex: (e) => {
    try {
      new RegExp(String(e["regex"]), "u");
      return void 0;
    } catch (error) {
      return { path: "regex", message: `invalid regular expression: ${error instanceof Error ? error.message : String(error)}` };
    }
  },
  summary_statistics: (e) => e["statistic"] === "quantile" && e["quantile"] === void 0 ? { path: "quantile", message: "statistic: quantile needs `quantile` (0..1)" } : void 0
};
function checkSchema(name) {
  const id = DATA_CHECKS.find((e) => e.name === name)?.id ?? "";
  const rule = RULES[name];
  const schema = external_exports.strictObject({ check: external_exports.literal(name), ...common, ...DATA_CHECK_PARAMS[name] }).describe(`${id} ${name}`);
  if (rule === void 0) return schema;
  return schema.superRefine((entry, ctx) => {
    const problem = rule(entry);
    if (problem !== void 0) ctx.addIssue({ code: "custom", path: [problem.path], message: problem.message });
  });
}
var names = Object.keys(DATA_CHECK_PARAMS);
var [first, ...rest] = names.map((n) => checkSchema(n));
var dataCheckSchema = external_exports.discriminatedUnion("check", [first, ...rest]);
var dataChecksSchema = external_exports.array(dataCheckSchema).describe("Data checks (DV01\u2013DV30), see docs/policies.md.");

export {
  DATA_CHECK_PARAMS,
  dataCheckSchema,
  dataChecksSchema
};
