import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));

// src/core/fairness/extremes.ts
function maxOf(xs) {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  return m;
}
function minOf(xs) {
  let m = Infinity;
  for (const x of xs) if (x < m) m = x;
  return m;
}

// src/core/fairness/confusion-counts.ts
var CELL = Object.freeze({ tp: 0, fp: 1, tn: 2, fn: 3 });
function cellOf(yTrue, yPred) {
  if (yTrue === 1) return yPred === 1 ? CELL.tp : CELL.fn;
  return yPred === 1 ? CELL.fp : CELL.tn;
}
function countsFromVector(v, offset = 0) {
  return { tp: v[offset + CELL.tp] ?? 0, fp: v[offset + CELL.fp] ?? 0, tn: v[offset + CELL.tn] ?? 0, fn: v[offset + CELL.fn] ?? 0 };
}
function total(c) {
  return c.tp + c.fp + c.tn + c.fn;
}
function positives(c) {
  return c.tp + c.fn;
}
function negatives(c) {
  return c.tn + c.fp;
}
function sumCounts(list) {
  let tp = 0, fp = 0, tn = 0, fn = 0;
  for (const c of list) {
    tp += c.tp;
    fp += c.fp;
    tn += c.tn;
    fn += c.fn;
  }
  return { tp, fp, tn, fn };
}

// src/core/fairness/metric-value.ts
function defined(value, note) {
  if (!Number.isFinite(value)) return { value: null, note: note ?? "not a finite number" };
  return note === void 0 ? { value } : { value, note };
}
function undefinedValue(reason) {
  return { value: null, note: reason };
}

// src/core/fairness/group-metric-registry.ts
function rateOrZero(num, den, whenZero) {
  return den === 0 ? defined(0, whenZero) : defined(num / den);
}
var NO_POSITIVES = "group has no positive labels; 0 as Fairlearn defines it (sklearn nan_to_num)";
var NO_NEGATIVES = "group has no negative labels; 0 as Fairlearn defines it (sklearn nan_to_num)";
var GROUP_METRICS = Object.freeze([
  {
    name: "count",
    label: "count",
    description: "Number of rows in the group.",
    direction: "neutral",
    compute: (c) => defined(total(c))
  },
  {
    name: "selection_rate",
    label: "selection rate",
    description: "Share of rows predicted positive, P(\u0177 = 1).",
    direction: "neutral",
    compute: (c) => total(c) === 0 ? undefinedValue("empty group") : defined((c.tp + c.fp) / total(c))
  },
  {
    name: "true_positive_rate",
    label: "TPR",
    description: "Recall: TP / (TP + FN).",
    direction: "higher_is_better",
    compute: (c) => rateOrZero(c.tp, positives(c), NO_POSITIVES)
  },
  {
    name: "false_positive_rate",
    label: "FPR",
    description: "FP / (FP + TN).",
    direction: "lower_is_better",
    compute: (c) => rateOrZero(c.fp, negatives(c), NO_NEGATIVES)
  },
  {
    name: "false_negative_rate",
    label: "FNR",
    description: "FN / (TP + FN).",
    direction: "lower_is_better",
    compute: (c) => rateOrZero(c.fn, positives(c), NO_POSITIVES)
  },
  {
    name: "precision",
    label: "precision",
    description: "TP / (TP + FP); sklearn zero_division gives 0.",
    direction: "higher_is_better",
    compute: (c) => rateOrZero(c.tp, c.tp + c.fp, "no row predicted positive; 0 as sklearn precision_score defines it (zero_division)")
  },
  {
    name: "accuracy",
    label: "accuracy",
    description: "(TP + TN) / n.",
    direction: "higher_is_better",
    compute: (c) => total(c) === 0 ? undefinedValue("empty group") : defined((c.tp + c.tn) / total(c))
  }
]);
function findGroupMetric(name) {
  return GROUP_METRICS.find((m) => m.name === name);
}

// src/core/fairness/fairlearn-aggregation.ts
function groupValues(frame, metric2) {
  const notes = [];
  const byGroup = frame.groups.map((g) => {
    const v = metric2.compute(g.counts);
    if (v.note !== void 0) notes.push(`${metric2.name} of group \`${g.name}\`: ${v.note}`);
    return { group: g.name, value: v.value };
  });
  return { byGroup, overall: metric2.compute(frame.overall).value, notes };
}
function present(values) {
  return values.byGroup.flatMap((g) => g.value === null ? [] : [g.value]);
}
var MAX_NOTES = 5;
function withNotes(v, notes) {
  if (notes.length === 0) return v;
  const shown = notes.length > MAX_NOTES ? [...notes.slice(0, MAX_NOTES), `and ${notes.length - MAX_NOTES} more group(s) alike`] : notes;
  const note = [v.note, ...shown].filter((x) => x !== void 0).join("; ");
  return { value: v.value, note };
}
function fairlearnDifference(values, method, metricName) {
  const xs = present(values);
  if (xs.length === 0) return undefinedValue(`no group has a defined ${metricName}`);
  if (method === "between_groups") return withNotes(defined(maxOf(xs) - minOf(xs)), values.notes);
  if (values.overall === null) return undefinedValue(`overall ${metricName} is undefined`);
  const overall = values.overall;
  return withNotes(defined(maxOf(xs.map((x) => Math.abs(x - overall)))), values.notes);
}
function fairlearnRatio(values, method, metricName) {
  const xs = present(values);
  if (xs.length === 0) return undefinedValue(`no group has a defined ${metricName}`);
  if (method === "between_groups") {
    const max = maxOf(xs);
    if (max === 0) return undefinedValue(`${metricName} is 0 in every group, so min/max is 0/0 (NaN in Fairlearn)`);
    return withNotes(defined(minOf(xs) / max), values.notes);
  }
  const overall = values.overall;
  if (overall === null || overall === 0) return undefinedValue(`overall ${metricName} is ${overall === null ? "undefined" : "0"}, so group/overall is undefined (NaN in Fairlearn)`);
  const ratios = xs.map((x) => x / overall).map((r) => r > 1 ? 1 / r : r);
  return withNotes(defined(minOf(ratios)), values.notes);
}

// src/core/fairness/aif360-metrics.ts
function selectionRate(c) {
  return (c.tp + c.fp) / total(c);
}
function splitPrivileged(frame, privileged, minCount = 1) {
  if (frame.groups.length < 2) return "only one group is observed, so there is no unprivileged group to compare";
  let chosen = frame.groups[0];
  if (privileged !== void 0) {
    chosen = frame.groups.find((g) => g.name === privileged);
    if (chosen === void 0) return `privileged group \`${privileged}\` is not observed in the data`;
  } else {
    const candidates = frame.groups.some((g) => total(g.counts) >= minCount) ? frame.groups.filter((g) => total(g.counts) >= minCount) : frame.groups;
    chosen = candidates[0];
    for (const g of candidates) if (selectionRate(g.counts) > selectionRate(chosen.counts)) chosen = g;
  }
  const p = chosen;
  return { privileged: p.name, privilegedCounts: p.counts, unprivilegedCounts: sumCounts(frame.groups.filter((g) => g !== p).map((g) => g.counts)) };
}
function rate(num, den, what) {
  return den === 0 ? `${what} has a zero denominator (NaN in AIF360)` : num / den;
}
function pairwise(frame, privileged, minCount, f) {
  const split = splitPrivileged(frame, privileged, minCount);
  if (typeof split === "string") return undefinedValue(split);
  const v = f(split.unprivilegedCounts, split.privilegedCounts);
  if (typeof v === "string") return undefinedValue(v);
  return defined(v, `privileged group: \`${split.privileged}\`; unprivileged: all other groups pooled`);
}
function tprFpr(c, who) {
  const tpr = rate(c.tp, positives(c), `TPR of the ${who} rows`);
  if (typeof tpr === "string") return tpr;
  const fpr = rate(c.fp, negatives(c), `FPR of the ${who} rows`);
  if (typeof fpr === "string") return fpr;
  return { tpr, fpr };
}
function statisticalParityDifference(frame, privileged, minCount = 1) {
  return pairwise(frame, privileged, minCount, (u, p) => selectionRate(u) - selectionRate(p));
}
function disparateImpact(frame, privileged, minCount = 1) {
  return pairwise(frame, privileged, minCount, (u, p) => {
    const sp = selectionRate(p);
    return sp === 0 ? "the privileged selection rate is 0, so SR_u / SR_p is undefined (NaN or inf in AIF360)" : selectionRate(u) / sp;
  });
}
function truePositiveRateDifference(frame, privileged, minCount = 1) {
  return pairwise(frame, privileged, minCount, (u, p) => {
    const a = rate(u.tp, positives(u), "TPR of the unprivileged rows");
    const b = rate(p.tp, positives(p), "TPR of the privileged rows");
    if (typeof a === "string") return a;
    if (typeof b === "string") return b;
    return a - b;
  });
}
function averageOddsDifference(frame, privileged, minCount = 1) {
  return pairwise(frame, privileged, minCount, (u, p) => {
    const a = tprFpr(u, "unprivileged");
    const b = tprFpr(p, "privileged");
    if (typeof a === "string") return a;
    if (typeof b === "string") return b;
    return 0.5 * (a.fpr - b.fpr + (a.tpr - b.tpr));
  });
}
function theilIndex(c) {
  const n = total(c);
  if (n === 0) return undefinedValue("no rows");
  const mu = (c.tp + c.tn + 2 * c.fp) / n;
  if (mu === 0) return undefinedValue("every row is a false negative, so mean benefit \u03BC = 0 (NaN in AIF360)");
  const term = (b) => b === 0 ? 0 : b / mu * Math.log(b / mu);
  return defined(((c.tp + c.tn) * term(1) + c.fp * term(2)) / n);
}

// src/core/fairness/disparity-registry.ts
function metric(name) {
  const m = findGroupMetric(name);
  if (m === void 0) throw new Error(`group metric ${name} is not registered`);
  return m;
}
var SR = metric("selection_rate");
var TPR = metric("true_positive_rate");
var FPR = metric("false_positive_rate");
function difference(m) {
  return (frame, o) => fairlearnDifference(groupValues(frame, m), o.method, m.name);
}
function ratio(m) {
  return (frame, o) => fairlearnRatio(groupValues(frame, m), o.method, m.name);
}
function worstOf(a, b, pick) {
  if (a.value === null) return undefinedValue(`TPR part: ${a.note ?? "undefined"}`);
  if (b.value === null) return undefinedValue(`FPR part: ${b.note ?? "undefined"}`);
  const notes = [a.note, b.note].filter((x) => x !== void 0);
  return defined(pick(a.value, b.value), notes.length > 0 ? notes.join("; ") : void 0);
}
var unit = [0, 1];
var DISPARITY_METRICS = Object.freeze([
  {
    name: "demographic_parity_difference",
    source: "fairlearn",
    description: "Difference of selection rates.",
    direction: "lower_is_better",
    thresholdRange: unit,
    ideal: 0,
    usesMethod: true,
    usesPrivileged: false,
    compute: difference(SR)
  },
  {
    name: "demographic_parity_ratio",
    source: "fairlearn",
    description: "Ratio of selection rates.",
    direction: "higher_is_better",
    thresholdRange: unit,
    ideal: 1,
    usesMethod: true,
    usesPrivileged: false,
    compute: ratio(SR)
  },
  {
    name: "equalized_odds_difference",
    source: "fairlearn",
    description: "max(TPR difference, FPR difference) (worst case).",
    direction: "lower_is_better",
    thresholdRange: unit,
    ideal: 0,
    usesMethod: true,
    usesPrivileged: false,
    compute: (f, o) => worstOf(difference(TPR)(f, o), difference(FPR)(f, o), Math.max)
  },
  {
    name: "equalized_odds_ratio",
    source: "fairlearn",
    description: "min(TPR ratio, FPR ratio) (worst case).",
    direction: "higher_is_better",
    thresholdRange: unit,
    ideal: 1,
    usesMethod: true,
    usesPrivileged: false,
    compute: (f, o) => worstOf(ratio(TPR)(f, o), ratio(FPR)(f, o), Math.min)
  },
  {
    name: "equal_opportunity_difference",
    source: "fairlearn",
    description: "Difference of true positive rates.",
    direction: "lower_is_better",
    thresholdRange: unit,
    ideal: 0,
    usesMethod: true,
    usesPrivileged: false,
    compute: difference(TPR)
  },
  {
    name: "equal_opportunity_ratio",
    source: "fairlearn",
    description: "Ratio of true positive rates.",
    direction: "higher_is_better",
    thresholdRange: unit,
    ideal: 1,
    usesMethod: true,
    usesPrivileged: false,
    compute: ratio(TPR)
  },
  {
    name: "four_fifths",
    source: "29 CFR 1607.4(D)",
    description: "Lowest impact ratio SR_g / max_h SR_h; adverse impact below 0.8.",
    direction: "higher_is_better",
    thresholdRange: unit,
    ideal: 1,
    usesMethod: false,
    usesPrivileged: false,
    compute: (f) => ratio(SR)(f, { method: "between_groups" }),
    perGroup: (f) => impactRatios(f).map((r) => ({ group: r.group, value: r.ratio.value }))
  },
  {
    name: "disparate_impact",
    source: "aif360",
    description: "SR_unprivileged / SR_privileged.",
    direction: "higher_is_better",
    thresholdRange: unit,
    ideal: 1,
    usesMethod: false,
    usesPrivileged: true,
    compute: (f, o) => disparateImpact(f, o.privileged, o.privilegedMinCount)
  },
  {
    name: "statistical_parity_difference",
    source: "aif360",
    description: "SR_unprivileged \u2212 SR_privileged.",
    direction: "abs_lower_is_better",
    thresholdRange: unit,
    ideal: 0,
    usesMethod: false,
    usesPrivileged: true,
    compute: (f, o) => statisticalParityDifference(f, o.privileged, o.privilegedMinCount)
  },
  {
    name: "true_positive_rate_difference",
    source: "aif360",
    description: "TPR_unprivileged \u2212 TPR_privileged (AIF360 equal_opportunity_difference).",
    direction: "abs_lower_is_better",
    thresholdRange: unit,
    ideal: 0,
    usesMethod: false,
    usesPrivileged: true,
    compute: (f, o) => truePositiveRateDifference(f, o.privileged, o.privilegedMinCount)
  },
  {
    name: "average_odds_difference",
    source: "aif360",
    description: "\xBD[(FPR_u \u2212 FPR_p) + (TPR_u \u2212 TPR_p)].",
    direction: "abs_lower_is_better",
    thresholdRange: unit,
    ideal: 0,
    usesMethod: false,
    usesPrivileged: true,
    compute: (f, o) => averageOddsDifference(f, o.privileged, o.privilegedMinCount)
  },
  {
    name: "theil_index",
    source: "aif360",
    description: "Generalized entropy (\u03B1 = 1) of b = \u0177 \u2212 y + 1 over all rows.",
    direction: "lower_is_better",
    thresholdRange: [0, Number.MAX_VALUE],
    ideal: 0,
    usesMethod: false,
    usesPrivileged: false,
    compute: (f) => theilIndex(f.overall)
  }
]);
var DISPARITY_METRIC_NAMES = DISPARITY_METRICS.map((m) => m.name);
function findDisparityMetric(name) {
  return DISPARITY_METRICS.find((m) => m.name === name);
}
function impactRatios(frame) {
  const values = groupValues(frame, SR);
  const max = maxOf(values.byGroup.map((g) => g.value ?? 0));
  return values.byGroup.map((g) => ({
    group: g.group,
    ratio: max === 0 || g.value === null ? undefinedValue("no group is selected, so SR_g / max SR is 0/0") : defined(g.value / max)
  }));
}

// src/core/fairness/format-number.ts
function formatMetric(x) {
  if (!Number.isFinite(x)) return String(x);
  const s = x.toFixed(4).replace(/\.?0+$/, "");
  return s === "-0" ? "0" : s;
}

export {
  maxOf,
  minOf,
  cellOf,
  countsFromVector,
  total,
  GROUP_METRICS,
  DISPARITY_METRICS,
  DISPARITY_METRIC_NAMES,
  findDisparityMetric,
  impactRatios,
  formatMetric
};
