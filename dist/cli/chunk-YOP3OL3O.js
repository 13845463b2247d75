import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  DISPARITY_METRICS,
  DISPARITY_METRIC_NAMES,
  formatMetric
} from "./chunk-BM5OXL35.js";
import {
  dataChecksSchema
} from "./chunk-WZL2LXPE.js";
import {
  columnNameSchema,
  protectedBasisSchema,
  severitySchema
} from "./chunk-MCVS3WYR.js";
import {
  external_exports
} from "./chunk-4AU2CRBH.js";
import {
  metricSpellings
} from "./chunk-KA7HP5GX.js";

// src/core/policy/compliance-schema.ts
var complianceSchema = external_exports.strictObject({
  prohibited_bases: external_exports.array(protectedBasisSchema).optional(),
  forbid_protected_features: external_exports.boolean().optional(),
  require_protected_in_evaluation: external_exports.boolean().optional(),
  stages: external_exports.array(external_exports.string().regex(/^[a-z][a-z0-9_-]*$/)).optional().describe("stages this policy allows")
});

// src/core/policy/drift-schema.ts
var STATTESTS = Object.freeze(["auto", "psi", "ks", "chisquare", "z", "jensenshannon", "wasserstein"]);
var stattestSchema = external_exports.enum(STATTESTS);
var columnDriftSchema = external_exports.strictObject({
  stattest: stattestSchema.optional(),
  threshold: external_exports.number().min(0).optional()
});
var driftSchema = external_exports.strictObject({
  stattest: stattestSchema.default("auto"),
  threshold: external_exports.number().min(0).optional().describe("default depends on the test: p-value 0.05, distances 0.1"),
  drift_share: external_exports.number().min(0).max(1).default(0.5).describe("dataset drift when the share of drifted columns >= this"),
  severity: severitySchema.default("warning"),
  columns: external_exports.record(columnNameSchema, columnDriftSchema).optional()
});

// src/core/policy/fairness-schema.ts
var metricNames = DISPARITY_METRIC_NAMES;
var fairnessGateSchema = external_exports.strictObject({
  metric: external_exports.enum(metricNames).describe("a Fairlearn/AIF360 disparity name, e.g. demographic_parity_ratio or four_fifths"),
  attributes: external_exports.array(columnNameSchema).min(1).describe("several = intersection"),
  method: external_exports.enum(["between_groups", "to_overall"]).default("between_groups"),
  threshold: external_exports.number(),
  severity: severitySchema.default("error"),
  min_group_size: external_exports.number().int().min(1).optional(),
  ci_must_cross: external_exports.boolean().optional().describe("fail only if the whole bootstrap CI lies beyond the threshold"),
  max_worsening: external_exports.number().min(0).optional().describe("largest allowed worsening vs the champion"),
  privileged: external_exports.string().min(1).optional().describe("AIF360 privileged group (a group name); default: the most-selected group")
}).superRefine((gate, ctx) => {
  const metric = DISPARITY_METRICS.find((m) => m.name === gate.metric);
  if (metric === void 0) return;
  if (gate.privileged !== void 0 && !metric.usesPrivileged) {
    ctx.addIssue({ code: "custom", path: ["privileged"], message: `privileged applies only to AIF360 pairwise metrics (${DISPARITY_METRICS.filter((m) => m.usesPrivileged).map((m) => m.name).join(", ")}), not ${gate.metric}` });
  }
  if (gate.method === "to_overall" && !metric.usesMethod) {
    ctx.addIssue({ code: "custom", path: ["method"], message: `${gate.metric} has no to_overall form (expected method: between_groups or no method)` });
  }
  const [lo, hi] = metric.thresholdRange;
  if (!(gate.threshold >= lo && gate.threshold <= hi)) {
    ctx.addIssue({
      code: "custom",
      path: ["threshold"],
      message: `threshold ${gate.threshold} is outside the valid range of ${gate.metric} (expected a number in [${formatMetric(lo)}, ${hi === Number.MAX_VALUE ? "inf" : formatMetric(hi)}])`
    });
  }
});
var fairnessBootstrapSchema = external_exports.strictObject({
  n_resamples: external_exports.number().int().min(50).max(1e5).default(1e3),
  confidence_level: external_exports.number().gt(0).lt(1).default(0.95),
  seed: external_exports.number().int().default(0)
});
var fairnessSchema = external_exports.strictObject({
  buckets: external_exports.record(
    columnNameSchema,
    external_exports.array(external_exports.number()).min(1).refine((cuts) => cuts.every((c, i) => i === 0 || c > cuts[i - 1]), "cut points must be strictly increasing")
  ).optional().describe("cut points for numeric attributes; buckets are [c_i, c_{i+1})"),
  min_group_size: external_exports.number().int().min(1).optional(),
  favorable_label: external_exports.string().min(1).optional().describe("label value counted as selected (e.g. good); default: the positive class"),
  bootstrap: fairnessBootstrapSchema.optional(),
  gates: external_exports.array(fairnessGateSchema).default([])
});

// src/core/policy/labels-schema.ts
var share = external_exports.number().min(0).max(1);
var labelsSchema = external_exports.strictObject({
  min_class_share: share.optional(),
  max_conflicting_share: share.optional(),
  leakage_pps: share.optional(),
  severity: severitySchema.default("error")
});

// src/core/policy/metric-gates-schema.ts
var metricGateSchema = external_exports.strictObject({
  // An enum (not a free string) so editors complete metric names and typos fail with file:line:col.
  metric: external_exports.enum(metricSpellings).describe("a metric of the registry (docs/metrics.md), e.g. roc_auc; scikit-learn function names such as f1_score are accepted"),
  threshold: external_exports.number().optional(),
  greater_is_better: external_exports.boolean().optional().describe("default from the metric registry"),
  min_absolute_change: external_exports.number().nullable().optional(),
  min_relative_change: external_exports.number().nullable().optional(),
  significance: external_exports.number().gt(0).lt(1).optional().describe("the change must be significant at this level"),
  severity: severitySchema.default("error")
});
var metricGatesSchema = external_exports.array(metricGateSchema);

// src/core/policy/proxies-schema.ts
var bound = external_exports.number().min(0).max(1);
var proxiesSchema = external_exports.strictObject({
  cramers_v: bound.optional(),
  normalized_mutual_info: bound.optional(),
  correlation: bound.optional().describe("absolute Pearson / point-biserial correlation"),
  age_buckets: external_exports.array(external_exports.number()).min(1).optional().describe("cut points for numeric protected attributes"),
  severity: severitySchema.default("error")
});

// src/core/policy/policy-file.ts
var policySchema = external_exports.strictObject({
  version: external_exports.literal(1),
  name: external_exports.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'a policy name is lowercase letters, digits, ".", "_" or "-"'),
  description: external_exports.string().optional(),
  extends: external_exports.array(external_exports.string().min(1)).optional().describe("builtin:NAME or paths, applied before this file"),
  data_checks: dataChecksSchema.optional(),
  drift: driftSchema.optional(),
  proxies: proxiesSchema.optional(),
  labels: labelsSchema.optional(),
  metric_gates: metricGatesSchema.optional(),
  fairness: fairnessSchema.optional(),
  compliance: complianceSchema.optional()
});

export {
  policySchema
};
