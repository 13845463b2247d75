import { isBlocking, type CheckResult } from './check-result.js';
import type { DataProfile } from '../profile/profile-result.js';
import type { ColumnOverview } from './column-overview.js';

/** Version of the `mergeml validate --json` report; bump on any incompatible change (docs/validate.md). */
export const VALIDATE_SCHEMA_VERSION = 1;

export interface ValidateReport {
  readonly schemaVersion: number;
  readonly kind: 'mergeml.validate';
  readonly status: 'pass' | 'fail';
  readonly data: { readonly file: string; readonly rows: number; readonly columns: number };
  readonly reference: { readonly file: string; readonly rows: number } | null;
  readonly contract: string | null;
  readonly policies: readonly string[];
  readonly summary: {
    readonly checks: number;
    readonly passed: number;
    readonly failed: number;
    readonly errors: number;
    readonly warnings: number;
    readonly skipped: number;
  };
  readonly columns: readonly ColumnOverview[];
  readonly checks: readonly CheckResult[];
  /** Proxy strength between features and protected attributes (docs/proxies.md), null when none were given. */
  readonly proxies: { readonly rows: number; readonly rows_seen: number; readonly sampled: boolean; readonly findings: readonly unknown[] } | null;
  /** The profile of the data (docs/profile.md) when asked for (`--profile`), else null. */
  readonly profile: DataProfile | null;
}

/** One GitHub annotation for an offending record. */
export interface Annotation {
  readonly file: string;
  readonly line: number;
  readonly level: 'error' | 'warning';
  readonly title: string;
  readonly message: string;
}

// Stable key order of a check in the JSON report, whatever order a producer built it in.
function normaliseCheck(r: CheckResult): CheckResult {
  return {
    id: r.id,
    check: r.check,
    ...(r.column !== undefined ? { column: r.column } : {}),
    severity: r.severity,
    status: r.status,
    observed: r.observed,
    expected: r.expected,
    message: r.message,
    ...(r.unexpectedCount !== undefined ? { unexpectedCount: r.unexpectedCount } : {}),
    ...(r.elementCount !== undefined ? { elementCount: r.elementCount } : {}),
    ...(r.details !== undefined ? { details: Object.fromEntries(Object.entries(r.details).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) } : {}),
    examples: r.examples.map((e) => ({ file: e.file, line: e.line, ...(e.column !== undefined ? { column: e.column } : {}), ...(e.value !== undefined ? { value: e.value } : {}) })),
  };
}

/** Assembles the versioned report; `status` is fail when any error-severity check failed. */
export function buildValidateReport(input: {
  data: { file: string; rows: number; columns: number };
  reference?: { file: string; rows: number } | undefined;
  contract?: string | undefined;
  policies: readonly string[];
  columns: readonly ColumnOverview[];
  checks: readonly CheckResult[];
  proxies?: { rows: number; rows_seen: number; sampled: boolean; findings: readonly unknown[] } | null;
  profile?: DataProfile | null;
}): ValidateReport {
  const checks = input.checks.map(normaliseCheck);
  const failed = checks.filter((c) => c.status === 'fail');
  return {
    schemaVersion: VALIDATE_SCHEMA_VERSION,
    kind: 'mergeml.validate',
    status: checks.some(isBlocking) ? 'fail' : 'pass',
    data: { file: input.data.file, rows: input.data.rows, columns: input.data.columns },
    reference: input.reference ? { file: input.reference.file, rows: input.reference.rows } : null,
    contract: input.contract ?? null,
    policies: [...input.policies],
    summary: {
      checks: checks.length,
      passed: checks.filter((c) => c.status === 'pass').length,
      failed: failed.length,
      errors: failed.filter((c) => c.severity === 'error').length,
      warnings: failed.filter((c) => c.severity === 'warning').length,
      skipped: checks.filter((c) => c.status === 'skip').length,
    },
    columns: input.columns.map((c) => ({ name: c.name, type: c.type, count: c.count, nulls: c.nulls, nullShare: c.nullShare })),
    checks,
    proxies: input.proxies ? { rows: input.proxies.rows, rows_seen: input.proxies.rows_seen, sampled: input.proxies.sampled, findings: input.proxies.findings } : null,
    profile: input.profile ?? null,
  };
}

/** Annotations at file and line for the offending records of failed checks, errors first, at most `limit`. */
export function validateAnnotations(report: ValidateReport, limit = 50): Annotation[] {
  const out: Annotation[] = [];
  const failed = report.checks.filter((c) => c.status === 'fail');
  const ordered = [...failed.filter((c) => c.severity === 'error'), ...failed.filter((c) => c.severity === 'warning')];
  for (const c of ordered) {
    for (const e of c.examples) {
      if (out.length >= limit) return out;
      const value = e.value === undefined ? '' : e.value === null ? ' (value: null)' : ` (value: ${JSON.stringify(e.value)})`;
      out.push({ file: e.file, line: e.line, level: c.severity, title: `${c.id} ${c.check}${c.column !== undefined ? ` ${c.column}` : ''}`, message: `${c.message}${value}` });
    }
  }
  return out;
}
