/**
 * DV28 feature→label leakage as ppscore defines the predictive power score: a decision tree predicting
 * the target from one feature, 4-fold cross-validated on at most 5,000 rows, normalised against a naive
 * baseline. Regression: 1 − MAE_model/MAE_median, floored at 0. Classification: (F1w − F1w_naive)/(1 − F1w_naive),
 * 0 below the baseline, where F1w_naive = max(F1w of the most common class, F1w of a shuffled target).
 *
 * Exact parts: the formula, the cases (feature = target → 1, constant target → 0, categorical target
 * with all-unique values (an id) → 0), the tree's cross-validated score for a given row order
 * (one-feature-tree.ts), sklearn's StratifiedKFold/KFold fold assignment and weighted F1.
 * Deviations (named `mergeml-pps`): the row sample and shuffles use MergeML's seeded xoshiro128**
 * rather than numpy's RandomState(123), so scores differ from ppscore by sampling noise only.
 */
import { createRandom, type Random } from '../random/xoshiro128.js';
import { fitOneFeatureTree, type FeatureValue } from './one-feature-tree.js';

export const PPS_METHOD = 'mergeml-pps (ppscore formula; seeded sampling)';

export interface PpsResult {
  readonly feature: string;
  readonly target: string;
  readonly task: 'classification' | 'regression' | 'predict_itself' | 'target_is_constant' | 'target_is_id' | 'feature_is_id' | 'empty';
  readonly ppscore: number;
  readonly model_score: number | null;
  readonly baseline_score: number | null;
  readonly n: number;
}

/** sklearn f1_score(y_true, y_pred, average='weighted') over encoded labels. */
export function weightedF1(truth: readonly number[], pred: readonly number[]): number {
  const labels = new Set([...truth, ...pred]);
  let total = 0;
  for (const c of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < truth.length; i++) {
      if (pred[i] === c && truth[i] === c) tp++;
      else if (pred[i] === c) fp++;
      else if (truth[i] === c) fn++;
    }
    const support = tp + fn;
    const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    total += f1 * support;
  }
  return truth.length === 0 ? 0 : total / truth.length;
}

/** sklearn StratifiedKFold(n_splits, shuffle=False) test-fold index of every row. */
export function stratifiedFolds(y: readonly number[], splits: number): Int32Array {
  const firstSeen = new Map<number, number>();
  y.forEach((c) => firstSeen.has(c) || firstSeen.set(c, firstSeen.size));
  // sklearn orders classes by sorted label, then re-encodes by order of first appearance.
  const sortedLabels = [...firstSeen.keys()].sort((a, b) => a - b);
  const firstIndex = sortedLabels.map((l) => y.indexOf(l));
  const rankByFirst = [...firstIndex.keys()].sort((a, b) => firstIndex[a]! - firstIndex[b]!);
  const enc = new Map<number, number>();
  rankByFirst.forEach((classIdx, k) => enc.set(sortedLabels[classIdx]!, k));
  const encoded = y.map((c) => enc.get(c)!);
  const order = [...encoded].sort((a, b) => a - b);
  const k = sortedLabels.length;
  const allocation = Array.from({ length: splits }, (_, i) => {
    const counts = new Array<number>(k).fill(0);
    for (let j = i; j < order.length; j += splits) counts[order[j]!]! += 1;
    return counts;
  });
  const folds = new Int32Array(y.length);
  for (let c = 0; c < k; c++) {
    const forClass: number[] = [];
    for (let f = 0; f < splits; f++) for (let r = 0; r < allocation[f]![c]!; r++) forClass.push(f);
    let next = 0;
    encoded.forEach((e, i) => {
      if (e === c) folds[i] = forClass[next++]!;
    });
  }
  return folds;
}

/** sklearn KFold(n_splits, shuffle=False): contiguous folds, the first n % splits one row larger. */
export function contiguousFolds(n: number, splits: number): Int32Array {
  const folds = new Int32Array(n);
  let start = 0;
  for (let f = 0; f < splits; f++) {
    const size = Math.floor(n / splits) + (f < n % splits ? 1 : 0);
    folds.fill(f, start, start + size);
    start += size;
  }
  return folds;
}

/** Cross-validated model score for rows in the given order: mean weighted F1 or mean MAE over folds. */
export function crossValidatedScore(x: readonly FeatureValue[], y: readonly number[], classes: number, splits = 4): number {
  const folds = classes > 0 ? stratifiedFolds(y, splits) : contiguousFolds(y.length, splits);
  let sum = 0;
  for (let f = 0; f < splits; f++) {
    const trainX: FeatureValue[] = [];
    const trainY: number[] = [];
    const testIdx: number[] = [];
    for (let i = 0; i < y.length; i++) {
      if (folds[i] === f) testIdx.push(i);
      else {
        trainX.push(x[i]!);
        trainY.push(y[i]!);
      }
    }
    const tree = fitOneFeatureTree(trainX, trainY, classes);
    const pred = testIdx.map((i) => tree.predict(x[i]!));
    const truth = testIdx.map((i) => y[i]!);
    sum += classes > 0 ? weightedF1(truth, pred) : truth.reduce((s, t, j) => s + Math.abs(t - pred[j]!), 0) / truth.length;
  }
  return sum / splits;
}

function shuffle<T>(xs: T[], random: Random): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = random.nextBelow(i + 1);
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The PPS of `feature` for `target` from paired values (null = missing; rows with a missing side are dropped). */
export function predictivePowerScore(
  feature: { name: string; values: readonly (FeatureValue | null)[]; numeric: boolean },
  target: { name: string; values: readonly (FeatureValue | null)[]; numeric: boolean },
  options: { sample?: number; splits?: number; seed?: number } = {},
): PpsResult {
  const base = { feature: feature.name, target: target.name };
  if (feature.name === target.name) return { ...base, task: 'predict_itself', ppscore: 1, model_score: null, baseline_score: null, n: 0 };
  const random = createRandom(options.seed ?? 123);
  let rows: [FeatureValue, FeatureValue][] = [];
  feature.values.forEach((x, i) => {
    const y = target.values[i];
    if (x !== null && x !== undefined && y !== null && y !== undefined) rows.push([x, y]);
  });
  const sample = options.sample ?? 5000;
  if (rows.length > sample) rows = shuffle(rows, random).slice(0, sample);
  const n = rows.length;
  if (n === 0) return { ...base, task: 'empty', ppscore: 0, model_score: null, baseline_score: null, n };
  rows = shuffle(rows, random);
  const distinctY = new Set(rows.map((r) => r[1]));
  if (distinctY.size === 1) return { ...base, task: 'target_is_constant', ppscore: 0, model_score: null, baseline_score: null, n };
  if (!target.numeric && distinctY.size === n) return { ...base, task: 'target_is_id', ppscore: 0, model_score: null, baseline_score: null, n };
  if (!feature.numeric && new Set(rows.map((r) => r[0])).size === n) return { ...base, task: 'feature_is_id', ppscore: 0, model_score: null, baseline_score: null, n };
  const x = rows.map((r) => r[0]);
  if (target.numeric) {
    const y = rows.map((r) => r[1] as number);
    const model = crossValidatedScore(x, y, 0, options.splits ?? 4);
    const med = median(y);
    const naive = y.reduce((s, v) => s + Math.abs(v - med), 0) / n;
    return { ...base, task: 'regression', ppscore: model > naive ? 0 : 1 - model / naive, model_score: model, baseline_score: naive, n };
  }
  const labels = [...distinctY].map(String).sort();
  const code = new Map(labels.map((l, i) => [l, i]));
  const y = rows.map((r) => code.get(String(r[1]))!);
  const model = crossValidatedScore(x, y, labels.length, options.splits ?? 4);
  const counts = new Array<number>(labels.length).fill(0);
  for (const c of y) counts[c]! += 1;
  const mostCommon = counts.indexOf(Math.max(...counts));
  const naive = Math.max(weightedF1(y, y.map(() => mostCommon)), weightedF1(y, shuffle([...y], random)));
  return { ...base, task: 'classification', ppscore: model < naive ? 0 : (model - naive) / (1 - naive), model_score: model, baseline_score: naive, n };
}
