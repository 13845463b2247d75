import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));

// src/core/compliance/audit-decisions.ts
function fairnessDecisions(report) {
  return report.gates.map((g) => ({
    kind: "fairness",
    name: g.metric,
    attributes: [...g.attributes],
    inputs: {
      method: g.method,
      min_group_size: g.minGroupSize,
      rows: report.rows,
      positive_label: report.positiveLabel,
      ci_low: g.interval?.low ?? null,
      ci_high: g.interval?.high ?? null,
      confidence_level: g.interval?.confidenceLevel ?? null,
      bootstrap_seed: g.interval?.seed ?? null,
      bootstrap_resamples: g.interval?.nResamples ?? null,
      champion_value: g.champion?.value ?? null,
      max_worsening: g.champion?.maxWorsening ?? null,
      excluded_groups: g.excludedGroups.map((e) => `${e.group} (${e.count})`).join("; ") || null
    },
    threshold: g.threshold,
    value: g.value,
    result: g.status,
    severity: g.severity,
    reasons: [...g.reasons]
  }));
}
function complianceDecisions(checks) {
  return checks.map((c) => ({
    kind: "compliance",
    name: c.check,
    attributes: c.column === void 0 ? [] : [c.column],
    inputs: { id: c.id, observed: c.observed, expected: c.expected },
    threshold: null,
    value: typeof c.observed === "number" ? c.observed : null,
    result: c.status === "fail" && c.severity === "warning" ? "warn" : c.status,
    severity: c.severity,
    reasons: [c.message]
  }));
}

export {
  fairnessDecisions,
  complianceDecisions
};
