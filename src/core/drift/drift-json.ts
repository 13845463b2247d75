/**
 * The versioned JSON report of `mergeml drift` (docs/drift.md). Key order is fixed here; names follow
 * Evidently's DataDriftTable (drift_score, stattest_name, drift_detected, share_of_drifted_columns).
 */
import type { ColumnDrift, DatasetDrift, DriftOptions, DriftResult } from './drift-report.js';

export const DRIFT_SCHEMA_VERSION = 1;

export interface DriftJsonReport {
  readonly schemaVersion: typeof DRIFT_SCHEMA_VERSION;
  readonly kind: 'drift';
  readonly reference: { readonly file: string; readonly rows: number };
  readonly current: { readonly file: string; readonly rows: number };
  readonly options: { readonly stattest: string; readonly threshold: number | null; readonly drift_share: number; readonly severity: string };
  readonly dataset: DatasetDrift;
  readonly columns: readonly ColumnDrift[];
  /** error-severity dataset drift: the command exits 1. */
  readonly failed: boolean;
}

function column(c: ColumnDrift): ColumnDrift {
  return {
    column: c.column,
    column_type: c.column_type,
    stattest: c.stattest,
    stattest_name: c.stattest_name,
    threshold: c.threshold,
    drift_score: c.drift_score !== null && !Number.isFinite(c.drift_score) ? null : c.drift_score,
    drift_detected: c.drift_detected,
    status: c.status,
    ...(c.reason !== undefined ? { reason: c.reason } : {}),
    reference_count: c.reference_count,
    current_count: c.current_count,
    n_unique: c.n_unique,
    sampled: c.sampled,
    ...(c.details !== undefined ? { details: c.details } : {}),
  };
}

/** Builds the report with a stable key order. */
export function buildDriftJson(input: { reference: { file: string; rows: number }; current: { file: string; rows: number }; options: DriftOptions; result: DriftResult }): DriftJsonReport {
  const d = input.result.dataset;
  return {
    schemaVersion: DRIFT_SCHEMA_VERSION,
    kind: 'drift',
    reference: { file: input.reference.file, rows: input.reference.rows },
    current: { file: input.current.file, rows: input.current.rows },
    options: { stattest: input.options.stattest, threshold: input.options.threshold ?? null, drift_share: input.options.driftShare, severity: input.options.severity },
    dataset: {
      number_of_columns: d.number_of_columns,
      number_of_drifted_columns: d.number_of_drifted_columns,
      share_of_drifted_columns: d.share_of_drifted_columns,
      drift_share: d.drift_share,
      dataset_drift: d.dataset_drift,
    },
    columns: input.result.columns.map(column),
    failed: d.dataset_drift && input.options.severity === 'error',
  };
}
