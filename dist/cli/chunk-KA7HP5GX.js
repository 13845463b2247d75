import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));

// src/core/compare/normal-distribution.ts
var INV_SQRT_PI = 0.5641895835477563;
function erfc(x) {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < 3) return 1 - erfSeries(x);
  if (x > 27) return 0;
  let f = x;
  for (let k = 120; k >= 1; k--) f = x + k / 2 / f;
  return Math.exp(-x * x) * INV_SQRT_PI / f;
}
function erfSeries(x) {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= 2 * x2 / (2 * n + 1);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return 2 * INV_SQRT_PI * Math.exp(-x2) * sum;
}
function twoSidedNormalPValue(z) {
  return erfc(Math.abs(z) / Math.SQRT2);
}
function chiSquare1Survival(x) {
  return x <= 0 ? 1 : erfc(Math.sqrt(x / 2));
}

// src/core/compare/delong.ts
function delongPlacements(labels, order, m, n) {
  const { order: idx, sorted } = order;
  const total = idx.length;
  const v = new Float64Array(total);
  let posSeen = 0;
  let negSeen = 0;
  let sumTzPos = 0;
  let start = 0;
  for (let k = 0; k < total; k++) {
    if (k < total - 1 && sorted[k + 1] === sorted[k]) continue;
    let posInBlock = 0;
    const sortedLabels = order.labels;
    for (let j = start; j <= k; j++) if ((sortedLabels === void 0 ? labels[idx[j]] : sortedLabels[j]) === 1) posInBlock++;
    const negInBlock = k - start + 1 - posInBlock;
    const tz = (2 * total - start - k) / 2;
    const tx = (2 * m - 2 * posSeen - posInBlock + 1) / 2;
    const ty = (2 * n - 2 * negSeen - negInBlock + 1) / 2;
    for (let j = start; j <= k; j++) {
      const row = idx[j];
      if (labels[row] === 1) {
        v[row] = (tz - tx) / n;
        sumTzPos += tz;
      } else {
        v[row] = 1 - (tz - ty) / m;
      }
    }
    posSeen += posInBlock;
    negSeen += negInBlock;
    start = k + 1;
  }
  return { auc: (sumTzPos - m * (m + 1) / 2) / (m * n), v };
}
function covariance(labels, label, a, b, count) {
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] !== label) continue;
    ma += a[i];
    mb += b[i];
  }
  ma /= count;
  mb /= count;
  let saa = 0;
  let sbb = 0;
  let sab = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] !== label) continue;
    const da = a[i] - ma;
    const db = b[i] - mb;
    saa += da * da;
    sbb += db * db;
    sab += da * db;
  }
  return [saa / (count - 1), sbb / (count - 1), sab / (count - 1)];
}
function delongTest(input) {
  const { labels } = input;
  let m = 0;
  for (let i = 0; i < labels.length; i++) m += labels[i];
  const n = labels.length - m;
  if (m < 2 || n < 2) {
    return { test: "delong", statistic: null, p_value: null, details: { auc_champion: null, auc_challenger: null, variance: null }, note: "DeLong needs at least two positives and two negatives" };
  }
  const champ = delongPlacements(labels, input.champion.order, m, n);
  const chal = delongPlacements(labels, input.challenger.order, m, n);
  const [s10cc, s10hh, s10ch] = covariance(labels, 1, champ.v, chal.v, m);
  const [s01cc, s01hh, s01ch] = covariance(labels, 0, champ.v, chal.v, n);
  const varChamp = s10cc / m + s01cc / n;
  const varChal = s10hh / m + s01hh / n;
  const cov = s10ch / m + s01ch / n;
  const variance = varChamp + varChal - 2 * cov;
  const details = { auc_champion: champ.auc, auc_challenger: chal.auc, variance, variance_champion: varChamp, variance_challenger: varChal, covariance: cov };
  if (!(variance > 0)) {
    return { test: "delong", statistic: null, p_value: null, details, note: "the variance of the AUC difference is zero (the two rankings agree); nothing to test" };
  }
  const z = (chal.auc - champ.auc) / Math.sqrt(variance);
  return { test: "delong", statistic: z, p_value: twoSidedNormalPValue(z), details };
}

// src/core/compare/mcnemar.ts
function binomialHalfCdf(k, n) {
  if (k < 0) return 0;
  if (k >= n) return 1;
  let logTerm = -n * Math.LN2;
  for (let i = 1; i <= k; i++) logTerm += Math.log((n - i + 1) / i);
  let ratio = 1;
  let acc = 1;
  for (let i = k; i >= 1; i--) {
    ratio *= i / (n - i + 1);
    acc += ratio;
    if (ratio < acc * 1e-17) break;
  }
  return Math.min(1, Math.exp(logTerm) * acc);
}
function mcnemarExactPValue(b, c) {
  return Math.min(1, 2 * binomialHalfCdf(Math.min(b, c), b + c));
}
function mcnemarExactTest(input) {
  const { labels } = input;
  const a = input.champion.preds;
  const z = input.challenger.preds;
  let b = 0;
  let c = 0;
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i];
    const champRight = a[i] === y;
    const challRight = z[i] === y;
    if (champRight && !challRight) b++;
    else if (!champRight && challRight) c++;
  }
  const chi2 = b + c === 0 ? null : (Math.abs(b - c) - 1) ** 2 / (b + c);
  return {
    test: "mcnemar_exact",
    statistic: Math.min(b, c),
    p_value: mcnemarExactPValue(b, c),
    details: { b, c, chi2_corrected: chi2, chi2_p_value: chi2 === null ? null : chiSquare1Survival(chi2) }
  };
}

// src/core/metrics/binary-metrics.ts
var needsProbabilities = (s, f) => s.calibration === null ? { value: null, warning: "scores are not probabilities in [0, 1]" } : { value: f() };
var binaryMetrics = [
  {
    name: "roc_auc",
    aliases: ["roc_auc_score"],
    task: "binary",
    greaterIsBetter: true,
    input: "scores",
    description: "Area under the ROC curve (ties count \xBD); sklearn roc_auc_score.",
    compute: (s) => s.positives === 0 || s.negatives === 0 ? { value: null, warning: "Only one class is present in y_true. ROC AUC score is not defined in that case." } : { value: s.rocArea / (s.positives * s.negatives) },
    pairedTest: delongTest
  },
  {
    name: "average_precision",
    aliases: ["average_precision_score"],
    task: "binary",
    greaterIsBetter: true,
    input: "scores",
    description: "\u03A3 (R_n \u2212 R_{n\u22121})\xB7P_n over distinct thresholds, no interpolation; sklearn average_precision_score.",
    compute: (s) => s.positives === 0 ? { value: 0, warning: "No positive class found in y_true, recall is set to one for all thresholds; average precision is 0.0." } : { value: s.apSum / s.positives }
  },
  {
    name: "log_loss",
    aliases: [],
    task: "binary",
    greaterIsBetter: false,
    input: "probabilities",
    description: "Mean negative log-likelihood, p clipped to [eps, 1 \u2212 eps] (eps = float64 eps); sklearn log_loss.",
    compute: (s) => needsProbabilities(s, () => s.logLossSum / s.count)
  },
  {
    name: "brier_score",
    aliases: ["brier_score_loss"],
    task: "binary",
    greaterIsBetter: false,
    input: "probabilities",
    description: "Mean squared difference of probability and outcome; sklearn brier_score_loss.",
    compute: (s) => needsProbabilities(s, () => s.brierSum / s.count)
  },
  {
    name: "accuracy",
    aliases: ["accuracy_score"],
    task: "binary",
    greaterIsBetter: true,
    input: "labels",
    description: "Share of correct predicted labels; sklearn accuracy_score.",
    compute: (s) => ({ value: (s.tp + s.tn) / s.count }),
    pairedTest: mcnemarExactTest
  },
  {
    name: "balanced_accuracy",
    aliases: ["balanced_accuracy_score"],
    task: "binary",
    greaterIsBetter: true,
    input: "labels",
    description: "Mean recall over the classes present in y_true; sklearn balanced_accuracy_score.",
    compute: balancedAccuracy
  },
  {
    name: "precision",
    aliases: ["precision_score"],
    task: "binary",
    greaterIsBetter: true,
    input: "labels",
    description: "TP / (TP + FP), 0.0 with a warning when nothing is predicted positive; sklearn precision_score.",
    compute: (s) => s.tp + s.fp === 0 ? { value: 0, warning: "Precision is ill-defined and being set to 0.0 due to no predicted samples." } : { value: s.tp / (s.tp + s.fp) }
  },
  {
    name: "recall",
    aliases: ["recall_score"],
    task: "binary",
    greaterIsBetter: true,
    input: "labels",
    description: "TP / (TP + FN), 0.0 with a warning when there are no positives; sklearn recall_score.",
    compute: (s) => s.tp + s.fn === 0 ? { value: 0, warning: "Recall is ill-defined and being set to 0.0 due to no true samples." } : { value: s.tp / (s.tp + s.fn) }
  },
  {
    name: "f1",
    aliases: ["f1_score"],
    task: "binary",
    greaterIsBetter: true,
    input: "labels",
    description: "2TP / (2TP + FP + FN), 0.0 with a warning when TP + FP + FN = 0; sklearn f1_score.",
    compute: (s) => s.tp + s.fp + s.fn === 0 ? { value: 0, warning: "F-score is ill-defined and being set to 0.0 due to no true nor predicted samples." } : { value: 2 * s.tp / (2 * s.tp + s.fp + s.fn) }
  },
  {
    name: "mcc",
    aliases: ["matthews_corrcoef"],
    task: "binary",
    greaterIsBetter: true,
    input: "labels",
    description: "Matthews correlation coefficient, 0.0 when the denominator is 0; sklearn matthews_corrcoef.",
    compute: matthews
  },
  {
    name: "ece",
    aliases: ["expected_calibration_error"],
    task: "binary",
    greaterIsBetter: false,
    input: "probabilities",
    description: "Expected calibration error over calibration_curve bins: \u03A3 (n_b/N)\xB7|\u0233_b \u2212 p\u0304_b|.",
    compute: (s) => needsProbabilities(s, () => {
      const { count, sumTrue, sumPred } = s.calibration;
      let ece = 0;
      for (let b = 0; b < count.length; b++) {
        const nb = count[b];
        if (nb > 0) ece += nb / s.count * Math.abs(sumTrue[b] / nb - sumPred[b] / nb);
      }
      return ece;
    })
  }
];
function balancedAccuracy(s) {
  const recalls = [];
  if (s.positives > 0) recalls.push(s.tp / s.positives);
  if (s.negatives > 0) recalls.push(s.tn / s.negatives);
  const value = recalls.reduce((a, b) => a + b, 0) / recalls.length;
  const extraClass = s.positives === 0 && s.tp + s.fp > 0 || s.negatives === 0 && s.tn + s.fn > 0;
  return extraClass ? { value, warning: "y_pred contains classes not in y_true" } : { value };
}
function matthews(s) {
  const n = s.count;
  const tTrue = [s.negatives, s.positives];
  const tPred = [s.tn + s.fn, s.fp + s.tp];
  const covYtYp = (s.tp + s.tn) * n - (tTrue[0] * tPred[0] + tTrue[1] * tPred[1]);
  const covYpYp = n * n - (tPred[0] * tPred[0] + tPred[1] * tPred[1]);
  const covYtYt = n * n - (tTrue[0] * tTrue[0] + tTrue[1] * tTrue[1]);
  if (covYtYt * covYpYp === 0) return { value: 0 };
  return { value: covYtYp / Math.sqrt(covYtYt * covYpYp) };
}

// src/core/metrics/regression-metrics.ts
var regressionMetrics = [
  {
    name: "mae",
    aliases: ["mean_absolute_error"],
    task: "regression",
    greaterIsBetter: false,
    input: "values",
    description: "Mean absolute error; sklearn mean_absolute_error.",
    compute: (s) => ({ value: s.sumAbsError / s.count })
  },
  {
    name: "rmse",
    aliases: ["root_mean_squared_error"],
    task: "regression",
    greaterIsBetter: false,
    input: "values",
    description: "Root mean squared error; sklearn root_mean_squared_error.",
    compute: (s) => ({ value: Math.sqrt(s.sumSquaredError / s.count) })
  },
  {
    name: "r2",
    aliases: ["r2_score"],
    task: "regression",
    greaterIsBetter: true,
    input: "values",
    description: "1 \u2212 SS_res/SS_tot; constant y gives 1.0 if perfect else 0.0 (force_finite); sklearn r2_score.",
    compute: (s) => {
      if (s.count < 2) return { value: null, warning: "R^2 score is not well-defined with less than two samples." };
      if (s.sumSquaresTotal === 0) return { value: s.sumSquaredError === 0 ? 1 : 0 };
      return { value: 1 - s.sumSquaredError / s.sumSquaresTotal };
    }
  },
  {
    name: "mape",
    aliases: ["mean_absolute_percentage_error"],
    task: "regression",
    greaterIsBetter: false,
    input: "values",
    description: "Mean |y \u2212 \u0177| / max(|y|, eps64), a fraction (not percent); sklearn mean_absolute_percentage_error.",
    compute: (s) => ({ value: s.sumAbsPercentageError / s.count })
  }
];

// src/core/metrics/metric-registry.ts
var all = [...binaryMetrics, ...regressionMetrics];
var metricNames = all.map((m) => m.name);
var metricSpellings = all.flatMap((m) => [m.name, ...m.aliases]);
function findMetric(name) {
  return all.find((m) => m.name === name || m.aliases.includes(name));
}

export {
  binaryMetrics,
  regressionMetrics,
  metricSpellings,
  findMetric
};
