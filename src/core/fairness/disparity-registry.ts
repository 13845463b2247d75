import { maxOf } from './extremes.js';
import { fairlearnDifference, fairlearnRatio, groupValues, type DisparityMethod } from './fairlearn-aggregation.js';
import { findGroupMetric, type GroupMetric } from './group-metric-registry.js';
import type { GroupFrame } from './group-frame.js';
import { defined, undefinedValue, type MetricValue } from './metric-value.js';
import { averageOddsDifference, disparateImpact, statisticalParityDifference, theilIndex, truePositiveRateDifference } from './aif360-metrics.js';

/**
 * How a gate reads a disparity: a ratio must stay at or above its threshold; a difference at or below it;
 * a signed difference (AIF360) in absolute value at or below it.
 */
export type DisparityDirection = 'higher_is_better' | 'lower_is_better' | 'abs_lower_is_better';

export interface DisparityOptions {
  readonly method: DisparityMethod;
  /** AIF360's privileged group (a group name); default: the most-selected group of at least privilegedMinCount rows. */
  readonly privileged?: string;
  readonly privilegedMinCount?: number;
}

/** One disparity metric: its name as Fairlearn/AIF360 spell it, direction, valid threshold range, compute. */
export interface DisparityMetric {
  readonly name: string;
  readonly source: 'fairlearn' | 'aif360' | '29 CFR 1607.4(D)';
  readonly description: string;
  readonly direction: DisparityDirection;
  /** The closed interval a gate threshold must lie in; outside it the policy is a ConfigError. */
  readonly thresholdRange: readonly [number, number];
  /** The value of a perfectly fair model. */
  readonly ideal: number;
  /** Whether `method` (between_groups / to_overall) changes the value. */
  readonly usesMethod: boolean;
  /** Whether the metric compares a privileged group with the others (AIF360). */
  readonly usesPrivileged: boolean;
  compute(frame: GroupFrame, options: DisparityOptions): MetricValue;
  /** Per-group values behind the disparity (e.g. impact ratios), so a failing gate can name the groups. */
  perGroup?(frame: GroupFrame): { group: string; value: number | null }[];
}

function metric(name: string): GroupMetric {
  const m = findGroupMetric(name);
  if (m === undefined) throw new Error(`group metric ${name} is not registered`);
  return m;
}

const SR = metric('selection_rate');
const TPR = metric('true_positive_rate');
const FPR = metric('false_positive_rate');

function difference(m: GroupMetric) {
  return (frame: GroupFrame, o: DisparityOptions) => fairlearnDifference(groupValues(frame, m), o.method, m.name);
}
function ratio(m: GroupMetric) {
  return (frame: GroupFrame, o: DisparityOptions) => fairlearnRatio(groupValues(frame, m), o.method, m.name);
}

/** Fairlearn worst_case aggregation of two disparities (max of differences, min of ratios). */
function worstOf(a: MetricValue, b: MetricValue, pick: (x: number, y: number) => number): MetricValue {
  if (a.value === null) return undefinedValue(`TPR part: ${a.note ?? 'undefined'}`);
  if (b.value === null) return undefinedValue(`FPR part: ${b.note ?? 'undefined'}`);
  const notes = [a.note, b.note].filter((x): x is string => x !== undefined);
  return defined(pick(a.value, b.value), notes.length > 0 ? notes.join('; ') : undefined);
}

const unit: readonly [number, number] = [0, 1];

/** Every disparity metric MergeML computes and gates on, in report order. */
export const DISPARITY_METRICS: readonly DisparityMetric[] = Object.freeze([
  {
    name: 'demographic_parity_difference', source: 'fairlearn', description: 'Difference of selection rates.',
    direction: 'lower_is_better', thresholdRange: unit, ideal: 0, usesMethod: true, usesPrivileged: false, compute: difference(SR),
  },
  {
    name: 'demographic_parity_ratio', source: 'fairlearn', description: 'Ratio of selection rates.',
    direction: 'higher_is_better', thresholdRange: unit, ideal: 1, usesMethod: true, usesPrivileged: false, compute: ratio(SR),
  },
  {
    name: 'equalized_odds_difference', source: 'fairlearn', description: 'max(TPR difference, FPR difference) (worst case).',
    direction: 'lower_is_better', thresholdRange: unit, ideal: 0, usesMethod: true, usesPrivileged: false,
    compute: (f: GroupFrame, o: DisparityOptions) => worstOf(difference(TPR)(f, o), difference(FPR)(f, o), Math.max),
  },
  {
    name: 'equalized_odds_ratio', source: 'fairlearn', description: 'min(TPR ratio, FPR ratio) (worst case).',
    direction: 'higher_is_better', thresholdRange: unit, ideal: 1, usesMethod: true, usesPrivileged: false,
    compute: (f: GroupFrame, o: DisparityOptions) => worstOf(ratio(TPR)(f, o), ratio(FPR)(f, o), Math.min),
  },
  {
    name: 'equal_opportunity_difference', source: 'fairlearn', description: 'Difference of true positive rates.',
    direction: 'lower_is_better', thresholdRange: unit, ideal: 0, usesMethod: true, usesPrivileged: false, compute: difference(TPR),
  },
  {
    name: 'equal_opportunity_ratio', source: 'fairlearn', description: 'Ratio of true positive rates.',
    direction: 'higher_is_better', thresholdRange: unit, ideal: 1, usesMethod: true, usesPrivileged: false, compute: ratio(TPR),
  },
  {
    name: 'four_fifths', source: '29 CFR 1607.4(D)', description: 'Lowest impact ratio SR_g / max_h SR_h; adverse impact below 0.8.',
    direction: 'higher_is_better', thresholdRange: unit, ideal: 1, usesMethod: false, usesPrivileged: false,
    compute: (f: GroupFrame) => ratio(SR)(f, { method: 'between_groups' }),
    perGroup: (f: GroupFrame) => impactRatios(f).map((r) => ({ group: r.group, value: r.ratio.value })),
  },
  {
    name: 'disparate_impact', source: 'aif360', description: 'SR_unprivileged / SR_privileged.',
    direction: 'higher_is_better', thresholdRange: unit, ideal: 1, usesMethod: false, usesPrivileged: true,
    compute: (f: GroupFrame, o: DisparityOptions) => disparateImpact(f, o.privileged, o.privilegedMinCount),
  },
  {
    name: 'statistical_parity_difference', source: 'aif360', description: 'SR_unprivileged − SR_privileged.',
    direction: 'abs_lower_is_better', thresholdRange: unit, ideal: 0, usesMethod: false, usesPrivileged: true,
    compute: (f: GroupFrame, o: DisparityOptions) => statisticalParityDifference(f, o.privileged, o.privilegedMinCount),
  },
  {
    name: 'true_positive_rate_difference', source: 'aif360', description: 'TPR_unprivileged − TPR_privileged (AIF360 equal_opportunity_difference).',
    direction: 'abs_lower_is_better', thresholdRange: unit, ideal: 0, usesMethod: false, usesPrivileged: true,
    compute: (f: GroupFrame, o: DisparityOptions) => truePositiveRateDifference(f, o.privileged, o.privilegedMinCount),
  },
  {
    name: 'average_odds_difference', source: 'aif360', description: '½[(FPR_u − FPR_p) + (TPR_u − TPR_p)].',
    direction: 'abs_lower_is_better', thresholdRange: unit, ideal: 0, usesMethod: false, usesPrivileged: true,
    compute: (f: GroupFrame, o: DisparityOptions) => averageOddsDifference(f, o.privileged, o.privilegedMinCount),
  },
  {
    name: 'theil_index', source: 'aif360', description: 'Generalized entropy (α = 1) of b = ŷ − y + 1 over all rows.',
    direction: 'lower_is_better', thresholdRange: [0, Number.MAX_VALUE], ideal: 0, usesMethod: false, usesPrivileged: false,
    compute: (f: GroupFrame) => theilIndex(f.overall),
  },
]);

/** Names of all disparity metrics (for schema enums and did-you-mean). */
export const DISPARITY_METRIC_NAMES: readonly string[] = DISPARITY_METRICS.map((m) => m.name);

/** Looks a disparity metric up by name. */
export function findDisparityMetric(name: string): DisparityMetric | undefined {
  return DISPARITY_METRICS.find((m) => m.name === name);
}

/** Impact ratio of every group against the most-selected group (the four-fifths table). */
export function impactRatios(frame: GroupFrame): { group: string; ratio: MetricValue }[] {
  const values = groupValues(frame, SR);
  const max = maxOf(values.byGroup.map((g) => g.value ?? 0));
  return values.byGroup.map((g) => ({
    group: g.group,
    ratio: max === 0 || g.value === null ? undefinedValue('no group is selected, so SR_g / max SR is 0/0') : defined(g.value / max),
  }));
}
