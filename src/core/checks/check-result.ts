/**
 * The result shape shared by every data check (DV01–DV30), drift verdict, proxy finding and label check,
 * so that validate's JSON, its markdown section, annotations and gates iterate over one list.
 */
export type Severity = 'error' | 'warning';

/** pass: the check holds; fail: it does not (severity decides whether it blocks); skip: not applicable. */
export type CheckStatus = 'pass' | 'fail' | 'skip';

/** One offending record, for reviewers and for annotations at file and line. */
export interface CheckExample {
  readonly file: string;
  readonly line: number;
  readonly column?: string;
  readonly value?: string | null;
}

export interface CheckResult {
  /** Reference id from metrics.md, e.g. `DV06`, or a family id such as `DRIFT`, `PROXY`, `LABEL`. */
  readonly id: string;
  /** The check's name as written in policy files, e.g. `values_not_null`. */
  readonly check: string;
  readonly column?: string;
  readonly severity: Severity;
  readonly status: CheckStatus;
  /** The measured value the verdict was made on (a fraction, a count, a statistic), or null. */
  readonly observed: number | string | null;
  /** The bound it was compared with, in words or as a number, or null. */
  readonly expected: number | string | null;
  /** One sentence a reviewer understands without the docs. */
  readonly message: string;
  /** At most 20 offending records, in file order. */
  readonly examples: readonly CheckExample[];
  /** Counts that `mostly` tolerances are computed from, where they apply. */
  readonly unexpectedCount?: number;
  readonly elementCount?: number;
  /** Check-specific measurements a reviewer may need (for example TFDV's relaxed `min_fraction`). */
  readonly details?: Readonly<Record<string, number | string | boolean | null>>;
}

/** The maximum number of examples a check reports. */
export const MAX_EXAMPLES = 20;

/** True when a result should block (an error-severity failure). */
export function isBlocking(result: CheckResult): boolean {
  return result.status === 'fail' && result.severity === 'error';
}
