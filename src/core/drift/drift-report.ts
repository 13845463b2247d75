/**
 * Per-column drift verdicts and the dataset verdict (Evidently's get_one_column_drift / get_dataset_drift),
 * computed from the two datasets' column profiles.
 */
import type { CheckResult, Severity } from '../checks/check-result.js';
import type { ColumnProfile, ColumnType } from './column-profile.js';
import { uniqueCount } from './binned-frequencies.js';
import { STAT_TESTS, defaultStatTest, type StatTestId } from './stattests.js';

/** Drift options, as the policy's `drift:` section resolves them. */
export interface DriftOptions {
  readonly stattest: StatTestId | 'auto';
  readonly threshold?: number;
  readonly driftShare: number;
  readonly severity: Severity;
  readonly columns?: Readonly<Record<string, { readonly stattest?: StatTestId | 'auto'; readonly threshold?: number }>>;
}

export const DEFAULT_DRIFT_OPTIONS: DriftOptions = Object.freeze({ stattest: 'auto', driftShare: 0.5, severity: 'warning' });

export interface ColumnDrift {
  readonly column: string;
  readonly column_type: ColumnType;
  /** Test id as in policy files, and Evidently's display name. */
  readonly stattest: StatTestId | null;
  readonly stattest_name: string | null;
  readonly threshold: number | null;
  readonly drift_score: number | null;
  readonly drift_detected: boolean;
  /** tested, or skipped with `reason`. */
  readonly status: 'tested' | 'skipped';
  readonly reason?: string;
  readonly reference_count: number;
  readonly current_count: number;
  readonly n_unique: number | null;
  /** True when the score came from a bounded reservoir sample rather than every value. */
  readonly sampled: boolean;
  readonly details?: string;
}

export interface DatasetDrift {
  readonly number_of_columns: number;
  readonly number_of_drifted_columns: number;
  readonly share_of_drifted_columns: number;
  readonly drift_share: number;
  readonly dataset_drift: boolean;
}

export interface DriftResult {
  readonly dataset: DatasetDrift;
  readonly columns: readonly ColumnDrift[];
}

function countOf(p: ColumnProfile, type: ColumnType): number {
  return type === 'num' ? (p.numeric?.count ?? 0) : (p.categories?.count ?? p.rows);
}

/** Tests one column: Evidently's default or the policy's test, the policy's or the test's threshold. */
export function columnDrift(reference: ColumnProfile, current: ColumnProfile, options: DriftOptions = DEFAULT_DRIFT_OPTIONS): ColumnDrift {
  const type: ColumnType = reference.type === 'num' && current.type === 'num' ? 'num' : 'cat';
  const override = options.columns?.[reference.column];
  const base = {
    column: reference.column,
    column_type: type,
    reference_count: countOf(reference, type),
    current_count: countOf(current, type),
    sampled: type === 'num' && Boolean(reference.numeric?.sampled || current.numeric?.sampled),
  };
  const skip = (reason: string, n: number | null = null): ColumnDrift => ({ ...base, stattest: null, stattest_name: null, threshold: null, drift_score: null, drift_detected: false, status: 'skipped', reason, n_unique: n });
  if (base.reference_count === 0 || base.current_count === 0) return skip(`no non-missing values in the ${base.reference_count === 0 ? 'reference' : 'current'} data`);
  const unique = uniqueCount(type, reference, current);
  const requested = override?.stattest ?? options.stattest;
  if (unique === null && (requested === 'auto' ? type === 'cat' : requested !== 'ks' && requested !== 'wasserstein')) {
    return skip('more than 10,000 distinct categories: category frequencies are not compared');
  }
  const id = requested === 'auto' ? defaultStatTest(type, base.reference_count, unique ?? Infinity) : requested;
  const test = STAT_TESTS[id];
  const threshold = override?.threshold ?? options.threshold ?? test.defaultThreshold;
  const outcome = test.compute({ type, reference, current });
  if ('notApplicable' in outcome) return skip(outcome.notApplicable, unique);
  return {
    ...base,
    stattest: id,
    stattest_name: test.name,
    threshold,
    drift_score: outcome.score,
    drift_detected: test.isDrift(outcome.score, threshold),
    status: 'tested',
    n_unique: unique,
    ...(outcome.note ? { details: outcome.note } : {}),
  };
}

/** Tests every column present in both profiles and decides dataset drift: share of drifted columns >= drift_share. */
export function computeDrift(reference: readonly ColumnProfile[], current: readonly ColumnProfile[], options: DriftOptions = DEFAULT_DRIFT_OPTIONS): DriftResult {
  const byName = new Map(current.map((p) => [p.column, p]));
  const columns = reference.map((r) => {
    const c = byName.get(r.column);
    if (!c) return { ...columnDrift(r, { ...r, rows: 0, numeric: null, categories: null }, options), status: 'skipped', reason: 'missing from the current data' } as ColumnDrift;
    return columnDrift(r, c, options);
  });
  for (const c of current) if (!reference.some((r) => r.column === c.column)) columns.push({ ...columnDrift(c, c, options), stattest: null, stattest_name: null, threshold: null, drift_score: null, drift_detected: false, status: 'skipped', reason: 'missing from the reference data' });
  const tested = columns.filter((c) => c.status === 'tested');
  const drifted = tested.filter((c) => c.drift_detected).length;
  const share = tested.length === 0 ? 0 : drifted / tested.length;
  return {
    dataset: {
      number_of_columns: tested.length,
      number_of_drifted_columns: drifted,
      share_of_drifted_columns: share,
      drift_share: options.driftShare,
      dataset_drift: tested.length > 0 && share >= options.driftShare,
    },
    columns,
  };
}

/** The drift verdicts as check results (family id DRIFT) for validate's report and annotations. */
export function driftCheckResults(result: DriftResult, severity: Severity): CheckResult[] {
  const perColumn: CheckResult[] = result.columns.map((c) => ({
    id: 'DRIFT',
    check: 'column_drift',
    column: c.column,
    severity,
    status: c.status === 'skipped' ? 'skip' : c.drift_detected ? 'fail' : 'pass',
    observed: c.drift_score,
    expected: c.threshold === null ? null : `${STAT_TESTS[c.stattest!].kind === 'p_value' ? 'p-value above' : 'distance below'} ${c.threshold}`,
    message:
      c.status === 'skipped'
        ? `Drift not tested: ${c.reason}.`
        : `${c.stattest_name} = ${formatScore(c.drift_score!)} (threshold ${c.threshold}): ${c.drift_detected ? 'drift detected' : 'no drift'}.`,
    examples: [],
  }));
  const d = result.dataset;
  perColumn.push({
    id: 'DRIFT',
    check: 'dataset_drift',
    severity,
    status: d.number_of_columns === 0 ? 'skip' : d.dataset_drift ? 'fail' : 'pass',
    observed: d.share_of_drifted_columns,
    expected: `share of drifted columns below ${d.drift_share}`,
    message: `${d.number_of_drifted_columns} of ${d.number_of_columns} columns drifted (share ${formatScore(d.share_of_drifted_columns)}, dataset drift at >= ${d.drift_share}).`,
    examples: [],
  });
  return perColumn;
}

/** Formats a score with 6 significant digits (p-values keep their exponent). */
export function formatScore(x: number): string {
  if (x === 0 || !Number.isFinite(x)) return String(x);
  return Math.abs(x) < 1e-4 ? x.toExponential(3) : String(Number(x.toPrecision(6)));
}
