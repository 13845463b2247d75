import { negatives, positives, sumCounts, total, type ConfusionCounts } from './confusion-counts.js';
import type { GroupFrame } from './group-frame.js';
import { defined, undefinedValue, type MetricValue } from './metric-value.js';

/** The privileged group and the pooled unprivileged rows that AIF360's pairwise metrics compare. */
export interface PrivilegedSplit {
  readonly privileged: string;
  readonly privilegedCounts: ConfusionCounts;
  readonly unprivilegedCounts: ConfusionCounts;
}

function selectionRate(c: ConfusionCounts): number {
  return (c.tp + c.fp) / total(c);
}

/**
 * Splits the frame into the privileged group and everyone else, pooled, as AIF360 does when the
 * unprivileged groups are all other values. Without a named privileged group the most-selected group is
 * used (the same reference group as the four-fifths rule).
 */
export function splitPrivileged(frame: GroupFrame, privileged: string | undefined, minCount = 1): PrivilegedSplit | string {
  if (frame.groups.length < 2) return 'only one group is observed, so there is no unprivileged group to compare';
  let chosen = frame.groups[0];
  if (privileged !== undefined) {
    chosen = frame.groups.find((g) => g.name === privileged);
    if (chosen === undefined) return `privileged group \`${privileged}\` is not observed in the data`;
  } else {
    // A one-row group selected by chance must not become the reference: prefer groups of at least minCount rows.
    const candidates = frame.groups.some((g) => total(g.counts) >= minCount) ? frame.groups.filter((g) => total(g.counts) >= minCount) : frame.groups;
    chosen = candidates[0];
    for (const g of candidates) if (selectionRate(g.counts) > selectionRate((chosen as (typeof frame.groups)[number]).counts)) chosen = g;
  }
  const p = chosen as (typeof frame.groups)[number];
  return { privileged: p.name, privilegedCounts: p.counts, unprivilegedCounts: sumCounts(frame.groups.filter((g) => g !== p).map((g) => g.counts)) };
}

// AIF360's classic API divides with numpy (0/0 -> NaN); those cases are reported as undefined with the reason.
function rate(num: number, den: number, what: string): number | string {
  return den === 0 ? `${what} has a zero denominator (NaN in AIF360)` : num / den;
}

function pairwise(frame: GroupFrame, privileged: string | undefined, minCount: number, f: (u: ConfusionCounts, p: ConfusionCounts) => number | string): MetricValue {
  const split = splitPrivileged(frame, privileged, minCount);
  if (typeof split === 'string') return undefinedValue(split);
  const v = f(split.unprivilegedCounts, split.privilegedCounts);
  if (typeof v === 'string') return undefinedValue(v);
  return defined(v, `privileged group: \`${split.privileged}\`; unprivileged: all other groups pooled`);
}

function tprFpr(c: ConfusionCounts, who: string): { tpr: number; fpr: number } | string {
  const tpr = rate(c.tp, positives(c), `TPR of the ${who} rows`);
  if (typeof tpr === 'string') return tpr;
  const fpr = rate(c.fp, negatives(c), `FPR of the ${who} rows`);
  if (typeof fpr === 'string') return fpr;
  return { tpr, fpr };
}

/** AIF360 statistical_parity_difference = SR_u − SR_p. */
export function statisticalParityDifference(frame: GroupFrame, privileged?: string, minCount = 1): MetricValue {
  return pairwise(frame, privileged, minCount, (u, p) => selectionRate(u) - selectionRate(p));
}

/** AIF360 disparate_impact = SR_u / SR_p. */
export function disparateImpact(frame: GroupFrame, privileged?: string, minCount = 1): MetricValue {
  return pairwise(frame, privileged, minCount, (u, p) => {
    const sp = selectionRate(p);
    return sp === 0 ? 'the privileged selection rate is 0, so SR_u / SR_p is undefined (NaN or inf in AIF360)' : selectionRate(u) / sp;
  });
}

/** AIF360 equal_opportunity_difference (true_positive_rate_difference) = TPR_u − TPR_p. */
export function truePositiveRateDifference(frame: GroupFrame, privileged?: string, minCount = 1): MetricValue {
  return pairwise(frame, privileged, minCount, (u, p) => {
    const a = rate(u.tp, positives(u), 'TPR of the unprivileged rows');
    const b = rate(p.tp, positives(p), 'TPR of the privileged rows');
    if (typeof a === 'string') return a;
    if (typeof b === 'string') return b;
    return a - b;
  });
}

/** AIF360 average_odds_difference = ½[(FPR_u − FPR_p) + (TPR_u − TPR_p)]. */
export function averageOddsDifference(frame: GroupFrame, privileged?: string, minCount = 1): MetricValue {
  return pairwise(frame, privileged, minCount, (u, p) => {
    const a = tprFpr(u, 'unprivileged');
    const b = tprFpr(p, 'privileged');
    if (typeof a === 'string') return a;
    if (typeof b === 'string') return b;
    return 0.5 * (a.fpr - b.fpr + (a.tpr - b.tpr));
  });
}

/**
 * AIF360 theil_index: generalized entropy with α = 1 of b_i = ŷ_i − y_i + 1 over all rows. b takes only the
 * values 0 (FN), 1 (TP, TN) and 2 (FP), so it is a function of the overall confusion counts; 0·ln 0 = 0.
 */
export function theilIndex(c: ConfusionCounts): MetricValue {
  const n = total(c);
  if (n === 0) return undefinedValue('no rows');
  const mu = (c.tp + c.tn + 2 * c.fp) / n;
  if (mu === 0) return undefinedValue('every row is a false negative, so mean benefit μ = 0 (NaN in AIF360)');
  const term = (b: number) => (b === 0 ? 0 : (b / mu) * Math.log(b / mu));
  return defined(((c.tp + c.tn) * term(1) + c.fp * term(2)) / n);
}
