import { maxOf, minOf } from './extremes.js';
import type { GroupFrame } from './group-frame.js';
import type { GroupMetric } from './group-metric-registry.js';
import { defined, undefinedValue, type MetricValue } from './metric-value.js';

/** Fairlearn's two ways of aggregating a per-group metric into one disparity. */
export type DisparityMethod = 'between_groups' | 'to_overall';

/** A group metric's value per group and overall, with the notes of conventionally defined values. */
export interface GroupValues {
  readonly byGroup: readonly { readonly group: string; readonly value: number | null }[];
  readonly overall: number | null;
  readonly notes: readonly string[];
}

/** Evaluates a group metric on every group of the frame and overall. */
export function groupValues(frame: GroupFrame, metric: GroupMetric): GroupValues {
  const notes: string[] = [];
  const byGroup = frame.groups.map((g) => {
    const v = metric.compute(g.counts);
    if (v.note !== undefined) notes.push(`${metric.name} of group \`${g.name}\`: ${v.note}`);
    return { group: g.name, value: v.value };
  });
  return { byGroup, overall: metric.compute(frame.overall).value, notes };
}

function present(values: GroupValues): number[] {
  // Fairlearn's min/max skip NaN cells (unobserved intersections, non-scalar values).
  return values.byGroup.flatMap((g) => (g.value === null ? [] : [g.value]));
}

const MAX_NOTES = 5;

function withNotes(v: MetricValue, notes: readonly string[]): MetricValue {
  if (notes.length === 0) return v;
  // Thousands of groups without positives must not make one note thousands of sentences long.
  const shown = notes.length > MAX_NOTES ? [...notes.slice(0, MAX_NOTES), `and ${notes.length - MAX_NOTES} more group(s) alike`] : notes;
  const note = [v.note, ...shown].filter((x) => x !== undefined).join('; ');
  return { value: v.value, note };
}

/** Fairlearn `difference`: max − min between groups, or the largest |group − overall|. */
export function fairlearnDifference(values: GroupValues, method: DisparityMethod, metricName: string): MetricValue {
  const xs = present(values);
  if (xs.length === 0) return undefinedValue(`no group has a defined ${metricName}`);
  if (method === 'between_groups') return withNotes(defined(maxOf(xs) - minOf(xs)), values.notes);
  if (values.overall === null) return undefinedValue(`overall ${metricName} is undefined`);
  const overall = values.overall;
  return withNotes(defined(maxOf(xs.map((x) => Math.abs(x - overall)))), values.notes);
}

/** Fairlearn `ratio`: min/max between groups, or the smallest group/overall (inverted when above 1). */
export function fairlearnRatio(values: GroupValues, method: DisparityMethod, metricName: string): MetricValue {
  const xs = present(values);
  if (xs.length === 0) return undefinedValue(`no group has a defined ${metricName}`);
  if (method === 'between_groups') {
    const max = maxOf(xs);
    if (max === 0) return undefinedValue(`${metricName} is 0 in every group, so min/max is 0/0 (NaN in Fairlearn)`);
    return withNotes(defined(minOf(xs) / max), values.notes);
  }
  const overall = values.overall;
  if (overall === null || overall === 0) return undefinedValue(`overall ${metricName} is ${overall === null ? 'undefined' : '0'}, so group/overall is undefined (NaN in Fairlearn)`);
  const ratios = xs.map((x) => x / overall).map((r) => (r > 1 ? 1 / r : r));
  return withNotes(defined(minOf(ratios)), values.notes);
}
