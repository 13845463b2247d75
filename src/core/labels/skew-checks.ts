import type { CheckResult, Severity } from '../checks/check-result.js';
import type { ColumnProfile } from '../drift/column-profile.js';
import { distributionSkew, type SkewMetric } from './distribution-skew.js';

/** One DV30 request, as a `distribution_skew` data check names it. */
export interface SkewRequest {
  readonly column?: string;
  readonly metric: SkewMetric;
  readonly threshold: number;
  readonly severity: Severity;
}

/** DV30 results: one per column (every shared column when `column` is omitted); TFDV fires if value > threshold. */
export function skewCheckResults(control: readonly ColumnProfile[], current: readonly ColumnProfile[], requests: readonly SkewRequest[]): CheckResult[] {
  const byName = new Map(control.map((p) => [p.column, p]));
  const out: CheckResult[] = [];
  for (const r of requests) {
    const columns = r.column !== undefined ? current.filter((c) => c.column === r.column) : current.filter((c) => byName.has(c.column));
    for (const cur of columns) {
      const ctl = byName.get(cur.column);
      const value = ctl ? distributionSkew(ctl, cur, r.metric) : null;
      out.push({
        id: 'DV30', check: 'distribution_skew', column: cur.column, severity: r.severity,
        status: value === null ? 'skip' : value > r.threshold ? 'fail' : 'pass',
        observed: value, expected: `${r.metric} <= ${r.threshold}`,
        message: value === null
          ? `${r.metric} does not apply to ${cur.column}${ctl ? '' : ' (absent from the control data)'}.`
          : `${r.metric} between control and current ${cur.column} is ${Number(value.toPrecision(4))} (threshold ${r.threshold}).`,
        examples: [],
      });
    }
  }
  return out;
}
