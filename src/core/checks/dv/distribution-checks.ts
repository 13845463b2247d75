import { DATA_CHECK_PARAMS } from '../../policy/data-checks-schema.js';
import { percent, perColumn, type CheckDefinition, type Verdict } from '../check-definition.js';
import { NumericSummary, TopValueCounter, countValues } from '../column-summary.js';
import { describeInterval } from './range-checks.js';
import { withinRelative } from './row-count-checks.js';

/**
 * DV25: Evidently `TestMostCommonValueShare`: share of the most common value (nulls count as a value) must be
 * < max_share (default 0.8); with a reference and no max_share, within ±10% of the reference's share.
 */
export const dominantValue: CheckDefinition<'dominant_value'> = {
  id: 'DV25',
  name: 'dominant_value',
  title: 'Dominant value',
  mostly: false,
  params: DATA_CHECK_PARAMS.dominant_value,
  create(config, context) {
    return perColumn('DV25', config, (column) => {
      const counter = new TopValueCounter();
      return {
        consume(batch, c) {
          countValues(counter, batch, c);
        },
        finish(): Verdict {
          const top = counter.top();
          const share = top?.share ?? 0;
          const ref = config.max_share === undefined ? context.reference?.columns.get(column)?.mostCommonShare ?? null : null;
          const ok = ref !== null ? withinRelative(share, ref) : share < (config.max_share ?? 0.8);
          const expected = ref !== null ? `${ref} ± 10% (reference)` : `share < ${config.max_share ?? 0.8}`;
          return {
            status: ok ? 'pass' : 'fail',
            observed: share,
            expected,
            message: top === null ? 'no values' : `most common value ${top.value === null ? 'null' : JSON.stringify(top.value)} is ${percent(share)} of rows${counter.exact ? '' : ' (approximate)'}`,
          };
        },
      };
    });
  },
};

type Statistic = 'mean' | 'median' | 'std' | 'quantile' | 'mean_in_n_sigmas';

/**
 * DV26: GX `expect_column_{mean,median,stdev,quantile_values}_to_be_between` (inclusive unless strict); without
 * bounds and with a reference, Evidently's ±10% (`approx(relative=0.1)`); `mean_in_n_sigmas` is Evidently's
 * `TestMeanInNSigmas`: μ_ref − nσ_ref < μ < μ_ref + nσ_ref (strict, n = 2). std is the sample std (ddof = 1).
 */
export const summaryStatistics: CheckDefinition<'summary_statistics'> = {
  id: 'DV26',
  name: 'summary_statistics',
  title: 'Summary statistics',
  mostly: false,
  params: DATA_CHECK_PARAMS.summary_statistics,
  create(config, context) {
    const statistic: Statistic = config.statistic;
    const q = statistic === 'median' ? 0.5 : (config.quantile ?? 0.5);
    return perColumn('DV26', config, (column) => {
      const summary = new NumericSummary();
      return {
        consume(batch, c) {
          summary.consume(batch, c);
        },
        finish(): Verdict {
          const s = summary.result();
          const value = statistic === 'mean' || statistic === 'mean_in_n_sigmas' ? s.mean : statistic === 'std' ? s.std : s.quantile(q);
          const name = statistic === 'quantile' ? `quantile ${q}` : statistic === 'mean_in_n_sigmas' ? 'mean' : statistic;
          const ref = context.reference?.columns.get(column);
          if (value === null) return { status: 'fail', observed: null, expected: null, message: `${name} is undefined: too few numeric values` };
          if (statistic === 'mean_in_n_sigmas') {
            const n = config.n_sigmas ?? 2;
            if (ref?.mean == null || ref.std == null) return { status: 'skip', observed: value, expected: null, message: 'mean_in_n_sigmas needs a reference with numeric values (--reference)' };
            const lo = ref.mean - n * ref.std;
            const hi = ref.mean + n * ref.std;
            const ok = lo < value && value < hi;
            return { status: ok ? 'pass' : 'fail', observed: value, expected: `(${lo}, ${hi})`, message: `mean ${value} is ${ok ? 'within' : 'outside'} ${n} reference standard deviations of ${ref.mean}` };
          }
          if (config.min !== undefined || config.max !== undefined) {
            const okMin = config.min === undefined || (config.strict_min ? value > config.min : value >= config.min);
            const okMax = config.max === undefined || (config.strict_max ? value < config.max : value <= config.max);
            const interval = describeInterval(config.min, config.max, config.strict_min, config.strict_max);
            return { status: okMin && okMax ? 'pass' : 'fail', observed: value, expected: interval, message: `${name} ${value} is ${okMin && okMax ? 'in' : 'outside'} ${interval}${s.sampled ? ' (from a bounded sample)' : ''}` };
          }
          const refValue = ref === undefined ? null : statistic === 'mean' ? ref.mean : statistic === 'std' ? ref.std : ref.quantile(q);
          if (refValue === null) return { status: 'skip', observed: value, expected: null, message: `no bounds and no reference: ${name} is ${value}` };
          const ok = withinRelative(value, refValue);
          return { status: ok ? 'pass' : 'fail', observed: value, expected: `${refValue} ± 10% (reference)`, message: `${name} ${value} against reference ${refValue}` };
        },
      };
    });
  },
};
