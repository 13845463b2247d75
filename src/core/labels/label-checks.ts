/**
 * Label and leakage checks in one streaming consumer, for validate's single pass: class balance,
 * DV27 conflicting labels, DV28 feature→label leakage (PPS) and DV29 feature–feature correlation.
 * Each check runs when its bound is given (the DEFAULT_* constants are the anchors' defaults).
 */
import type { CheckResult, Severity } from '../checks/check-result.js';
import type { BatchConsumer, RecordBatch } from '../data/record-batch.js';
import { createRowReservoir, type RowSample } from '../stats/row-reservoir.js';
import { createConflictingLabelsConsumer, type ConflictingLabelsResult } from './conflicting-labels.js';
import { featureCorrelations, type CorrelatedPair } from './feature-correlation.js';
import { PPS_METHOD, predictivePowerScore, type PpsResult } from './predictive-power-score.js';

/** Deepchecks defaults: conflicting share <= 0, feature PPS < 0.8, correlation threshold 0.9 with 0 pairs. */
export const DEFAULT_MAX_CONFLICTING_SHARE = 0;
export const DEFAULT_LEAKAGE_PPS = 0.8;
export const DEFAULT_CORRELATION_THRESHOLD = 0.9;
/** Rows sampled (uniformly, seeded) for PPS and correlations; Deepchecks samples 10,000 too. */
export const LABEL_SAMPLE_ROWS = 10_000;

export interface LabelCheckOptions {
  readonly label: string;
  readonly features: readonly string[];
  readonly severity: Severity;
  readonly minClassShare?: number;
  readonly maxConflictingShare?: number;
  readonly leakagePps?: number;
  /** Only these features for DV28 (default: all features). */
  readonly leakageColumns?: readonly string[];
  readonly correlationThreshold?: number;
  readonly maxCorrelatedPairs?: number;
  readonly seed?: number;
}

export interface LabelChecksReport {
  readonly classes: readonly { readonly label: string; readonly count: number; readonly share: number }[];
  readonly conflicting: ConflictingLabelsResult | null;
  readonly leakage: readonly PpsResult[];
  readonly leakage_method: string;
  readonly correlations: readonly CorrelatedPair[];
  readonly checks: readonly CheckResult[];
}

function fmt(x: number): string {
  return Number(x.toPrecision(4)).toString();
}

function sampleValues(sample: RowSample, column: string): { values: (number | string | null)[]; numeric: boolean } | null {
  const c = sample.columns.get(column);
  if (!c) return null;
  const values = Array.from({ length: sample.size }, (_, r) => (c.numeric ? (Number.isFinite(c.numbers[r]!) ? c.numbers[r]! : null) : c.text(r)));
  return { values, numeric: c.numeric };
}

/** Builds the consumer; call finish() after the last batch for the report and its CheckResults. */
export function createLabelChecksConsumer(o: LabelCheckOptions): BatchConsumer<LabelChecksReport> {
  const classes = new Map<string, number>();
  let labelIndex: number | null = null;

  const conflicting = o.maxConflictingShare !== undefined ? createConflictingLabelsConsumer(o.features, o.label) : null;
  const needSample = o.leakagePps !== undefined || o.correlationThreshold !== undefined;
  const reservoir = needSample ? createRowReservoir([...o.features, o.label], LABEL_SAMPLE_ROWS, o.seed ?? 0) : null;
  return {
    consume(batch: RecordBatch): void {

      if (labelIndex === null) labelIndex = batch.header.indexOf(o.label);
      const cells = batch.cells[labelIndex] ?? [];
      for (let r = 0; r < batch.length; r++) {
        const l = cells[r];
        if (l !== null && l !== undefined) classes.set(l, (classes.get(l) ?? 0) + 1);
      }
      conflicting?.consume(batch);
      reservoir?.consume(batch);
    },
    finish(): LabelChecksReport {
      const checks: CheckResult[] = [];
      const total = [...classes.values()].reduce((s, c) => s + c, 0);
      const classList = [...classes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([label, count]) => ({ label, count, share: total === 0 ? 0 : count / total }));
      if (o.minClassShare !== undefined) {
        const smallest = classList[classList.length - 1];
        const ok = smallest !== undefined && smallest.share >= o.minClassShare;
        checks.push({
          id: 'LABEL', check: 'class_balance', column: o.label, severity: o.severity, status: total === 0 ? 'skip' : ok ? 'pass' : 'fail',
          observed: smallest ? smallest.share : null, expected: `every class share >= ${o.minClassShare}`,
          message: smallest ? `Smallest class of ${o.label} is ${smallest.label} with share ${fmt(smallest.share)} (${smallest.count} of ${total} rows).` : `${o.label} has no non-null labels.`,
          examples: [], elementCount: total,
        });
      }
      const conf = conflicting?.finish() ?? null;
      if (conf && o.maxConflictingShare !== undefined) {
        checks.push({
          id: 'DV27', check: 'conflicting_labels', column: o.label, severity: o.severity, status: conf.rows === 0 ? 'skip' : conf.share <= o.maxConflictingShare ? 'pass' : 'fail',
          observed: conf.share, expected: `share <= ${o.maxConflictingShare}`,
          message: `${conf.conflictingRows} of ${conf.rowsInScope} rows${conf.sampled ? ' (hash-sampled groups)' : ''} share identical features but different ${o.label} labels (share ${fmt(conf.share)}).`,
          examples: conf.examples, unexpectedCount: conf.conflictingRows, elementCount: conf.rowsInScope,
        });
      }
      const sample = reservoir?.finish() ?? null;
      let leakage: PpsResult[] = [];
      if (sample && o.leakagePps !== undefined) {
        const target = sampleValues(sample, o.label);
        for (const f of o.leakageColumns ?? o.features) {
          const x = sampleValues(sample, f);
          if (!x || !target) continue;
          leakage.push(predictivePowerScore({ name: f, ...x }, { name: o.label, ...target }, { seed: o.seed ?? 123 }));
        }
        leakage = leakage.sort((a, b) => b.ppscore - a.ppscore);
        for (const p of leakage) {
          checks.push({
            id: 'DV28', check: 'feature_label_leakage', column: p.feature, severity: o.severity, status: p.ppscore < o.leakagePps ? 'pass' : 'fail',
            observed: p.ppscore, expected: `PPS < ${o.leakagePps}`,
            message: `${p.feature} predicts ${o.label} with PPS ${fmt(p.ppscore)} (${p.task}${p.model_score !== null ? `, model ${fmt(p.model_score)} vs baseline ${fmt(p.baseline_score!)}` : ''}).${p.ppscore >= o.leakagePps ? ' The feature may leak the label.' : ''}`,
            examples: [], elementCount: p.n,
          });
        }
      }
      let correlations: CorrelatedPair[] = [];
      if (sample && o.correlationThreshold !== undefined) {
        const thr = o.correlationThreshold;
        correlations = featureCorrelations(sample, o.features.filter((f) => f !== o.label));
        const above = correlations.filter((p) => Math.abs(p.value) > thr);
        const maxPairs = o.maxCorrelatedPairs ?? 0;
        checks.push({
          id: 'DV29', check: 'feature_correlation', severity: o.severity, status: above.length <= maxPairs ? 'pass' : 'fail',
          observed: above.length, expected: `at most ${maxPairs} pairs with |correlation| > ${thr}`,
          message: above.length === 0 ? `No feature pair is correlated above ${thr}.` : `${above.length} feature pairs correlated above ${thr}: ${above.slice(0, 5).map((p) => `${p.a}–${p.b} ${fmt(p.value)} (${p.method})`).join(', ')}.`,
          examples: [], unexpectedCount: above.length, elementCount: correlations.length,
        });
      }
      return { classes: classList, conflicting: conf, leakage, leakage_method: PPS_METHOD, correlations, checks };
    },
  };
}
