import type { CheckResult } from '../checks/check-result.js';
import type { FairnessReport } from '../fairness/fairness-report.js';
import type { AuditDecision } from './audit-trail.js';

/** Every fairness gate decision with its inputs, threshold and result, as audit-trail records. */
export function fairnessDecisions(report: FairnessReport): AuditDecision[] {
  return report.gates.map((g) => ({
    kind: 'fairness',
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
      excluded_groups: g.excludedGroups.map((e) => `${e.group} (${e.count})`).join('; ') || null,
    },
    threshold: g.threshold,
    value: g.value,
    result: g.status,
    severity: g.severity,
    reasons: [...g.reasons],
  }));
}

/** Every compliance check as an audit-trail record. */
export function complianceDecisions(checks: readonly CheckResult[]): AuditDecision[] {
  return checks.map((c) => ({
    kind: 'compliance',
    name: c.check,
    attributes: c.column === undefined ? [] : [c.column],
    inputs: { id: c.id, observed: c.observed, expected: c.expected },
    threshold: null,
    value: typeof c.observed === 'number' ? c.observed : null,
    result: c.status === 'fail' && c.severity === 'warning' ? 'warn' : c.status,
    severity: c.severity,
    reasons: [c.message],
  }));
}
