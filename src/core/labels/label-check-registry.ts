/**
 * DV27–DV30 as registered data checks, so `mergeml validate` runs them in its single pass when a policy's
 * `data_checks:` names them. They need what a data check entry does not say — the label, the features and,
 * for DV30, the control dataset's column profiles — so the registrations are built per run.
 */
import type { CheckResult } from '../checks/check-result.js';
import { register, type RegisteredCheck } from '../checks/registry.js';
import type { BatchConsumer } from '../data/record-batch.js';
import { DATA_CHECK_PARAMS } from '../policy/data-checks-schema.js';
import { createDriftProfileConsumer } from '../drift/drift-profile-consumer.js';
import type { ColumnProfile } from '../drift/column-profile.js';
import { DEFAULT_CORRELATION_THRESHOLD, DEFAULT_LEAKAGE_PPS, DEFAULT_MAX_CONFLICTING_SHARE, createLabelChecksConsumer } from './label-checks.js';
import { skewCheckResults } from './skew-checks.js';

export interface LabelCheckContext {
  /** The target column; without it DV27/DV28 report `skip`. */
  readonly label?: string;
  /** Feature columns (default: every column but the label). */
  readonly features?: readonly string[];
  /** Column profiles of the control dataset for DV30 (validate's reference). */
  readonly control?: readonly ColumnProfile[];
  readonly seed?: number;
}

function skipped(id: string, check: string, severity: 'error' | 'warning', message: string): BatchConsumer<CheckResult[]> {
  return { consume() {}, finish: () => [{ id, check, severity, status: 'skip', observed: null, expected: null, message, examples: [] }] };
}

function featuresOf(ctx: LabelCheckContext, header: readonly string[]): string[] {
  return [...(ctx.features ?? header.filter((h) => h !== ctx.label))];
}

/** Wraps a label-check consumer whose feature list is known only from the first batch's header. */
function lazy(make: (header: readonly string[]) => BatchConsumer<{ checks: readonly CheckResult[] }>): BatchConsumer<CheckResult[]> {
  let inner: BatchConsumer<{ checks: readonly CheckResult[] }> | null = null;
  return {
    consume(batch) {
      inner ??= make(batch.header);
      inner.consume(batch);
    },
    finish: () => [...(inner?.finish().checks ?? [])],
  };
}

/** The DV27–DV30 registrations for one validate run. */
export function labelDataChecks(ctx: LabelCheckContext): RegisteredCheck[] {
  return [
    register({
      id: 'DV27', name: 'conflicting_labels', title: 'Conflicting labels', mostly: false, params: DATA_CHECK_PARAMS.conflicting_labels,
      create(config) {
        if (!ctx.label) return skipped('DV27', config.check, config.severity, 'conflicting_labels needs the model target (label column).');
        const label = ctx.label;
        return lazy((header) => createLabelChecksConsumer({ label, features: featuresOf(ctx, header), severity: config.severity, maxConflictingShare: config.max_share ?? DEFAULT_MAX_CONFLICTING_SHARE }));
      },
    }),
    register({
      id: 'DV28', name: 'feature_label_leakage', title: 'Feature→label leakage', mostly: false, params: DATA_CHECK_PARAMS.feature_label_leakage,
      create(config) {
        if (!ctx.label) return skipped('DV28', config.check, config.severity, 'feature_label_leakage needs the model target (label column).');
        const label = ctx.label;
        return lazy((header) => createLabelChecksConsumer({ label, features: featuresOf(ctx, header), severity: config.severity, leakagePps: config.max_pps ?? DEFAULT_LEAKAGE_PPS, ...(config.columns ? { leakageColumns: config.columns } : {}), ...(ctx.seed !== undefined ? { seed: ctx.seed } : {}) }));
      },
    }),
    register({
      id: 'DV29', name: 'feature_correlation', title: 'Feature–feature correlation', mostly: false, params: DATA_CHECK_PARAMS.feature_correlation,
      create(config) {
        return lazy((header) => createLabelChecksConsumer({ label: ctx.label ?? '', features: featuresOf(ctx, header), severity: config.severity, correlationThreshold: config.threshold ?? DEFAULT_CORRELATION_THRESHOLD, maxCorrelatedPairs: config.max_pairs ?? 0 }));
      },
    }),
    register({
      id: 'DV30', name: 'distribution_skew', title: 'Distribution skew/drift vs a control dataset', mostly: false, params: DATA_CHECK_PARAMS.distribution_skew,
      create(config) {
        const control = ctx.control;
        if (!control) return skipped('DV30', config.check, config.severity, 'distribution_skew needs a control dataset (--reference).');
        const current = createDriftProfileConsumer(config.column !== undefined ? { columns: [config.column] } : {});
        return {
          consume: (batch) => current.consume(batch),
          finish: () => skewCheckResults(control, current.finish(), [{ ...(config.column !== undefined ? { column: config.column } : {}), metric: config.metric, threshold: config.threshold, severity: config.severity }]),
        };
      },
    }),
  ];
}
