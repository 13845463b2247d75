import { DATA_CHECK_PARAMS } from '../../policy/data-checks-schema.js';
import { columnTexts } from '../cell-access.js';
import { perColumn, type CheckDefinition } from '../check-definition.js';
import { ExampleCollector } from '../example-collector.js';
import { baseForm } from '../value-forms.js';
import { NULL_BASE_FORMS } from './type-checks.js';

/** Distinct null spellings kept per column; more than this is reported as a lower bound. */
const MAX_NULL_SPELLINGS = 1000;

/**
 * DV09: Deepchecks mixed nulls. Kinds = one for cells the reader already read as null (the configured tokens,
 * pandas' NaN) plus each distinct raw string whose base form is in {none, null, nan, na, '', \x00, \x00\x00}.
 */
export const mixedNulls: CheckDefinition<'mixed_nulls'> = {
  id: 'DV09',
  name: 'mixed_nulls',
  title: 'Mixed null tokens',
  mostly: false,
  params: DATA_CHECK_PARAMS.mixed_nulls,
  create(config) {
    const maxKinds = config.max_kinds ?? 1;
    return perColumn('DV09', config, (column) => {
      let nulls = 0;
      const spellings = new Map<string, number>();
      const examples = new ExampleCollector();
      return {
        consume(batch, c) {
          const cells = columnTexts(batch, c);
          for (let i = 0; i < batch.length; i++) {
            const v = cells[i];
            if (v === null || v === undefined) {
              if (nulls++ === 0) examples.add(batch.file, batch.lines[i]!, column, null);
              continue;
            }
            // Cheap filter first: a null spelling has at most a few alphanumerics.
            if (v.length > 16 || !NULL_BASE_FORMS.has(baseForm(v))) continue;
            const seen = spellings.get(v);
            if (seen === undefined) {
              if (spellings.size < MAX_NULL_SPELLINGS) spellings.set(v, 1);
              examples.add(batch.file, batch.lines[i]!, column, v);
            } else spellings.set(v, seen + 1);
          }
        },
        finish() {
          const kinds = (nulls > 0 ? 1 : 0) + spellings.size;
          const list = [...(nulls > 0 ? [`null (${nulls})`] : []), ...[...spellings].map(([k, n]) => `${JSON.stringify(k)} (${n})`)];
          return {
            status: kinds > maxKinds ? 'fail' : 'pass',
            observed: kinds,
            expected: `≤ ${maxKinds} kinds`,
            message: kinds === 0 ? 'no null values' : `${kinds} kind${kinds === 1 ? '' : 's'} of null: ${list.join(', ')}`,
            details: { nulls, textual_nulls: [...spellings.values()].reduce((a, b) => a + b, 0) },
            examples: kinds > maxKinds ? examples.list() : [],
          };
        },
      };
    });
  },
};
