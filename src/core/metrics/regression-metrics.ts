/** The regression metrics, with scikit-learn's semantics (r2_score uses force_finite=True). */
import type { MetricDefinition } from './metric-definition.js';
import type { RegressionSliceStats } from './regression-stats.js';

type RegressionMetric = MetricDefinition<RegressionSliceStats>;

export const regressionMetrics: readonly RegressionMetric[] = [
  {
    name: 'mae', aliases: ['mean_absolute_error'], task: 'regression', greaterIsBetter: false, input: 'values',
    description: 'Mean absolute error; sklearn mean_absolute_error.',
    compute: (s) => ({ value: s.sumAbsError / s.count }),
  },
  {
    name: 'rmse', aliases: ['root_mean_squared_error'], task: 'regression', greaterIsBetter: false, input: 'values',
    description: 'Root mean squared error; sklearn root_mean_squared_error.',
    compute: (s) => ({ value: Math.sqrt(s.sumSquaredError / s.count) }),
  },
  {
    name: 'r2', aliases: ['r2_score'], task: 'regression', greaterIsBetter: true, input: 'values',
    description: '1 − SS_res/SS_tot; constant y gives 1.0 if perfect else 0.0 (force_finite); sklearn r2_score.',
    compute: (s) => {
      if (s.count < 2) return { value: null, warning: 'R^2 score is not well-defined with less than two samples.' };
      if (s.sumSquaresTotal === 0) return { value: s.sumSquaredError === 0 ? 1 : 0 };
      return { value: 1 - s.sumSquaredError / s.sumSquaresTotal };
    },
  },
  {
    name: 'mape', aliases: ['mean_absolute_percentage_error'], task: 'regression', greaterIsBetter: false, input: 'values',
    description: 'Mean |y − ŷ| / max(|y|, eps64), a fraction (not percent); sklearn mean_absolute_percentage_error.',
    compute: (s) => ({ value: s.sumAbsPercentageError / s.count }),
  },
];
