import { DATA_CHECK_PARAMS } from '../../policy/data-checks-schema.js';
import { perTable, type CheckDefinition } from '../check-definition.js';

/** Evidently's `approx(value, relative=0.1)`: |x − ref| ≤ max(0.1·|ref|, 1e-12). */
export function withinRelative(x: number, ref: number, relative = 0.1): boolean {
  return Math.abs(x - ref) <= Math.max(relative * Math.abs(ref), 1e-12);
}

/**
 * DV04: GX `expect_table_row_count_to_be_between` (inclusive; an unset bound is one-sided). With neither bound,
 * Evidently `TestNumberOfRows`: within ±10% of the reference, or more than 30 rows without a reference.
 */
export const rowCountBetween: CheckDefinition<'row_count_between'> = {
  id: 'DV04',
  name: 'row_count_between',
  title: 'Row count bounds',
  mostly: false,
  params: DATA_CHECK_PARAMS.row_count_between,
  create(config, context) {
    let n = 0;
    return perTable('DV04', config, {
      consume(batch) {
        n += batch.length;
      },
      finish() {
        let ok: boolean;
        let expected: string;
        if (config.min !== undefined || config.max !== undefined) {
          ok = (config.min === undefined || n >= config.min) && (config.max === undefined || n <= config.max);
          expected = `${config.min ?? '-∞'} ≤ rows ≤ ${config.max ?? '∞'}`;
        } else if (context.reference !== undefined) {
          const ref = context.reference.rows;
          ok = withinRelative(n, ref);
          expected = `${ref} ± 10% (reference)`;
        } else {
          ok = n > 30;
          expected = 'rows > 30';
        }
        return { status: ok ? 'pass' : 'fail', observed: n, expected, message: `${n} rows (expected ${expected})` };
      },
    });
  },
};

/** DV05: TFDV `NumericValueComparator` against the previous (reference) dataset → COMPARATOR_LOW/HIGH_NUM_EXAMPLES. */
export const rowCountVsPrevious: CheckDefinition<'row_count_vs_previous'> = {
  id: 'DV05',
  name: 'row_count_vs_previous',
  title: 'Row count vs previous',
  mostly: false,
  params: DATA_CHECK_PARAMS.row_count_vs_previous,
  create(config, context) {
    let n = 0;
    return perTable('DV05', config, {
      consume(batch) {
        n += batch.length;
      },
      finish() {
        const prev = context.reference?.rows;
        if (prev === undefined) {
          return { status: 'skip', observed: n, expected: null, message: 'no previous dataset: pass --reference to compare row counts' };
        }
        if (config.min_fraction === undefined && config.max_fraction === undefined) {
          return { status: 'skip', observed: n, expected: null, message: 'no thresholds set (TFDV leaves the comparator unset by default)' };
        }
        const low = config.min_fraction !== undefined && n < prev * config.min_fraction;
        const high = config.max_fraction !== undefined && n > prev * config.max_fraction;
        const expected = `${config.min_fraction !== undefined ? `${prev * config.min_fraction} ≤ ` : ''}rows${config.max_fraction !== undefined ? ` ≤ ${prev * config.max_fraction}` : ''}`;
        const ratio = prev === 0 ? null : n / prev;
        return {
          status: low || high ? 'fail' : 'pass',
          observed: n,
          expected,
          message: low
            ? `${n} rows is below ${config.min_fraction} × ${prev} previous rows (COMPARATOR_LOW_NUM_EXAMPLES)`
            : high
              ? `${n} rows is above ${config.max_fraction} × ${prev} previous rows (COMPARATOR_HIGH_NUM_EXAMPLES)`
              : `${n} rows against ${prev} previous rows`,
          details: { previous: prev, ratio },
        };
      },
    });
  },
};
