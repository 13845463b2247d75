/**
 * The predictions of an unpruned scikit-learn decision tree (DecisionTreeClassifier/Regressor with
 * default parameters) trained on ONE feature, without building the tree.
 *
 * Why this is exact: a fully grown tree keeps splitting a node until it is pure or all its rows share
 * one feature value. So every distinct training value ends in a leaf that is either pure or holds only
 * that value; its prediction is the majority class (ties → the smallest encoded class, as argmax) or
 * the mean target of the rows with that value. Splits on a numeric feature sit at midpoints between
 * consecutive distinct values and send x <= threshold left, so an unseen value takes the prediction of
 * its nearest training value (the lower one at an exact midpoint). For a one-hot-encoded categorical
 * feature (ppscore's encoding) every seen category is isolated the same way; an unseen category
 * depends on the tree's shape, and here takes the overall training majority / mean (a documented deviation).
 * Numeric values are rounded to float32 first, as scikit-learn's trees store X as float32.
 * scikit-learn's 1e-7 FEATURE_THRESHOLD (values closer than that are not split) is not reproduced.
 */

export type FeatureValue = number | string;

/** A fitted one-feature tree: predicts the encoded class (classification) or the mean (regression). */
export interface OneFeatureTree {
  predict(x: FeatureValue): number;
}

/** Fits on training rows; `classes` = number of encoded classes for classification, 0 for regression. */
export function fitOneFeatureTree(x: readonly FeatureValue[], y: readonly number[], classes: number): OneFeatureTree {
  const groups = new Map<FeatureValue, number[]>();
  x.forEach((raw, i) => {
    const v = typeof raw === 'number' ? Math.fround(raw) : raw;
    let g = groups.get(v);
    if (!g) groups.set(v, (g = []));
    g.push(y[i]!);
  });
  const summarise = (ys: readonly number[]): number => {
    if (classes === 0) return ys.reduce((s, v) => s + v, 0) / ys.length;
    const counts = new Array<number>(classes).fill(0);
    for (const c of ys) counts[c]! += 1;
    let best = 0;
    for (let c = 1; c < classes; c++) if (counts[c]! > counts[best]!) best = c;
    return best;
  };
  const leaf = new Map<FeatureValue, number>();
  for (const [v, ys] of groups) leaf.set(v, summarise(ys));
  const fallback = summarise(y);
  const numericKeys = [...groups.keys()].filter((k): k is number => typeof k === 'number').sort((a, b) => a - b);
  return {
    predict(raw: FeatureValue): number {
      const v = typeof raw === 'number' ? Math.fround(raw) : raw;
      const hit = leaf.get(v);
      if (hit !== undefined) return hit;
      if (typeof v === 'string' || numericKeys.length === 0) return fallback;
      // Binary search for the neighbours; x <= midpoint goes to the lower value.
      let lo = 0;
      let hi = numericKeys.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (numericKeys[mid]! < v) lo = mid + 1;
        else hi = mid;
      }
      if (lo === 0) return leaf.get(numericKeys[0]!)!;
      if (lo === numericKeys.length) return leaf.get(numericKeys[lo - 1]!)!;
      const below = numericKeys[lo - 1]!;
      const above = numericKeys[lo]!;
      return leaf.get(v <= below / 2 + above / 2 ? below : above)!;
    },
  };
}
