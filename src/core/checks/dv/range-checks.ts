import { DATA_CHECK_PARAMS } from '../../policy/data-checks-schema.js';
import { CELL_NULL, CELL_TEXT } from '../../data/record-batch.js';
import { cellKinds, cellText } from '../cell-access.js';
import { columnStats } from '../../data/batch-views.js';
import { mergeablePerColumn, mostlySuccess, perColumn, type CheckDefinition } from '../check-definition.js';
import type { CheckExample } from '../check-result.js';
import { ExampleCollector } from '../example-collector.js';


/** Describes an interval in the GX way: `[min, max]`, open ends for strict bounds, ±∞ for a missing bound. */
export function describeInterval(min: number | null | undefined, max: number | null | undefined, strictMin = false, strictMax = false): string {
  const lo = min === null || min === undefined ? '(-∞' : `${strictMin ? '(' : '['}${min}`;
  const hi = max === null || max === undefined ? '∞)' : `${max}${strictMax ? ')' : ']'}`;
  return `${lo}, ${hi}`;
}

/**
 * DV10: GX `expect_column_values_to_be_between`: min ≤ x ≤ max (strict with strict_min/strict_max), a missing
 * bound is one-sided; nulls (and `nan`, which pandas reads as null) are skipped; a non-number is unexpected.
 */
export const valuesBetween: CheckDefinition<'values_between'> = {
  id: 'DV10',
  name: 'values_between',
  title: 'Numeric range',
  mostly: true,
  params: DATA_CHECK_PARAMS.values_between,
  create(config) {
    const min = config.min ?? null;
    const max = config.max ?? null;
    const strictMin = config.strict_min ?? false;
    const strictMax = config.strict_max ?? false;
    const mostly = config.mostly ?? 1;
    const interval = describeInterval(min, max, strictMin, strictMax);
    return mergeablePerColumn('DV10', config, (column) => {
      let considered = 0;
      let unexpected = 0;
      let observedMin = Infinity;
      let observedMax = -Infinity;
      const examples = new ExampleCollector();
      return {
        consume(batch, c) {
          const stats = columnStats(batch, c);
          if (stats.texts === 0) {
            // No text cell: when the batch's smallest and largest numbers are inside the interval, so is every
            // number, and the batch is decided from the shared per-batch range.
            const lo = stats.min;
            const hi = stats.max;
            const inside = lo > hi || ((min === null || (strictMin ? lo > min : lo >= min)) && (max === null || (strictMax ? hi < max : hi <= max)));
            if (inside) {
              considered += stats.numbers - stats.nans;
              if (lo < observedMin) observedMin = lo;
              if (hi > observedMax) observedMax = hi;
              return;
            }
          }
          const kinds = cellKinds(batch, c);
          const nums = batch.numbers(c);
          for (let i = 0; i < batch.length; i++) {
            const kind = kinds[i]!;
            if (kind === CELL_NULL) continue;
            const x = nums[i]!;
            // A `nan` number cell is what pandas reads as null: skipped like nulls.
            if (kind !== CELL_TEXT && Number.isNaN(x)) continue;
            considered++;
            let ok = kind !== CELL_TEXT;
            if (ok) {
              if (x < observedMin) observedMin = x;
              if (x > observedMax) observedMax = x;
              if (min !== null) ok = strictMin ? x > min : x >= min;
              if (ok && max !== null) ok = strictMax ? x < max : x <= max;
            }
            if (!ok) {
              unexpected++;
              if (examples.wants(batch.lines[i]!)) examples.add(batch.file, batch.lines[i]!, column, cellText(batch, c, i));
            }
          }
        },
        state: () => ({ considered, unexpected, observedMin, observedMax, examples: examples.state() }),
        merge(s: { considered: number; unexpected: number; observedMin: number; observedMax: number; examples: readonly CheckExample[] }, lineOffset: number) {
          considered += s.considered;
          unexpected += s.unexpected;
          if (s.observedMin < observedMin) observedMin = s.observedMin;
          if (s.observedMax > observedMax) observedMax = s.observedMax;
          examples.merge(s.examples, lineOffset);
        },
        finish() {
          const ok = mostlySuccess(considered, unexpected, mostly);
          const range = observedMin <= observedMax ? `[${observedMin}, ${observedMax}]` : null;
          return {
            status: ok ? 'pass' : 'fail',
            observed: range,
            expected: interval,
            message: unexpected === 0 ? `all ${considered} values are in ${interval}` : `${unexpected} of ${considered} values are outside ${interval}`,
            unexpectedCount: unexpected,
            elementCount: considered,
            examples: unexpected > 0 ? examples.list() : [],
          };
        },
      };
    });
  },
};

/** DV11: TFDV float domain `disallow_nan` / `disallow_inf` → FLOAT_TYPE_HAS_NAN / FLOAT_TYPE_HAS_INF. */
export const noNanInf: CheckDefinition<'no_nan_inf'> = {
  id: 'DV11',
  name: 'no_nan_inf',
  title: 'NaN / Inf',
  mostly: false,
  params: DATA_CHECK_PARAMS.no_nan_inf,
  create(config) {
    const disallowNan = config.disallow_nan ?? true;
    const disallowInf = config.disallow_inf ?? true;
    return perColumn('DV11', config, (column) => {
      let numeric = 0;
      let nans = 0;
      let infs = 0;
      const examples = new ExampleCollector();
      return {
        consume(batch, c) {
          const kinds = cellKinds(batch, c);
          const nums = batch.numbers(c);
          for (let i = 0; i < batch.length; i++) {
            const kind = kinds[i]!;
            if (kind === CELL_NULL || kind === CELL_TEXT) continue;
            const x = nums[i]!;
            const isNan = Number.isNaN(x);
            numeric++;
            const isInf = x === Infinity || x === -Infinity;
            if (isNan) nans++;
            if (isInf) infs++;
            if ((isNan && disallowNan) || (isInf && disallowInf)) examples.add(batch.file, batch.lines[i]!, column, cellText(batch, c, i));
          }
        },
        finish() {
          if (numeric === 0 && config.column === undefined) return { notApplicable: 'no numeric values' };
          const bad = (disallowNan ? nans : 0) + (disallowInf ? infs : 0);
          const what = [disallowNan ? 'NaN' : '', disallowInf ? 'Inf' : ''].filter(Boolean).join(' or ');
          return {
            status: bad > 0 ? 'fail' : 'pass',
            observed: bad,
            expected: `no ${what}`,
            message: `${nans} NaN and ${infs} infinite values${bad > 0 ? ` (${[nans > 0 && disallowNan ? 'FLOAT_TYPE_HAS_NAN' : '', infs > 0 && disallowInf ? 'FLOAT_TYPE_HAS_INF' : ''].filter(Boolean).join(', ')})` : ''}`,
            unexpectedCount: bad,
            elementCount: numeric,
            details: { nan: nans, inf: infs },
            examples: bad > 0 ? examples.list() : [],
          };
        },
      };
    });
  },
};
