import { DATA_CHECK_PARAMS } from '../../policy/data-checks-schema.js';
import { mostlySuccess, percent, perColumn, type CheckDefinition } from '../check-definition.js';
import { ExampleCollector } from '../example-collector.js';
import { isBooleanText, isIntegerText, isNumberText, pythonFloatParses } from '../value-forms.js';

type TypeName = 'integer' | 'float' | 'number' | 'string' | 'boolean';

// What a raw cell must look like to be a value of each type; CSV cells are text, so "type" is parseability.
const ACCEPTS: Readonly<Record<TypeName, (text: string) => boolean>> = {
  integer: isIntegerText,
  float: isNumberText,
  number: isNumberText,
  string: () => true,
  boolean: isBooleanText,
};

/** DV07: GX `expect_column_values_to_be_of_type` per value (nulls skipped, `mostly`); TFDV type anomalies. */
export const columnType: CheckDefinition<'column_type'> = {
  id: 'DV07',
  name: 'column_type',
  title: 'Physical type',
  mostly: true,
  params: DATA_CHECK_PARAMS.column_type,
  create(config) {
    const accepts = ACCEPTS[config.type];
    const mostly = config.mostly ?? 1;
    return perColumn('DV07', config, (column) => {
      let nonNull = 0;
      let unexpected = 0;
      let allInt = true;
      let allNum = true;
      let allBool = true;
      const examples = new ExampleCollector();
      return {
        consume(batch, c) {
          const cells = batch.cells[c]!;
          for (let i = 0; i < batch.length; i++) {
            const v = cells[i];
            if (v === null || v === undefined) continue;
            nonNull++;
            if (allInt && !isIntegerText(v)) allInt = false;
            if (allNum && !isNumberText(v)) allNum = false;
            if (allBool && !isBooleanText(v)) allBool = false;
            if (!accepts(v)) {
              unexpected++;
              examples.add(batch.file, batch.lines[i]!, column, v);
            }
          }
        },
        finish() {
          const observed = nonNull === 0 ? 'empty' : allBool ? 'boolean' : allInt ? 'integer' : allNum ? 'float' : 'string';
          const ok = mostlySuccess(nonNull, unexpected, mostly);
          return {
            status: ok ? 'pass' : 'fail',
            observed,
            expected: config.type,
            message: unexpected === 0 ? `all ${nonNull} values are ${config.type}` : `${unexpected} of ${nonNull} non-null values are not ${config.type} (the column reads as ${observed})`,
            unexpectedCount: unexpected,
            elementCount: nonNull,
            examples: unexpected > 0 ? examples.list() : [],
          };
        },
      };
    });
  },
};

/** DV08: Deepchecks mixed data types: among non-null values r_num = share where `float(x)` succeeds; fail if min(r_num, 1 − r_num) ∈ (min, max) strictly. */
export const mixedTypes: CheckDefinition<'mixed_types'> = {
  id: 'DV08',
  name: 'mixed_types',
  title: 'Mixed types in a string column',
  mostly: false,
  params: DATA_CHECK_PARAMS.mixed_types,
  create(config) {
    const lo = config.min_ratio ?? 0.01;
    const hi = config.max_ratio ?? 0.1;
    return perColumn('DV08', config, (column) => {
      let nonNull = 0;
      let nums = 0;
      const numExamples = new ExampleCollector();
      const strExamples = new ExampleCollector();
      return {
        consume(batch, c) {
          const cells = batch.cells[c]!;
          for (let i = 0; i < batch.length; i++) {
            const v = cells[i];
            if (v === null || v === undefined) continue;
            nonNull++;
            if (pythonFloatParses(v)) {
              nums++;
              numExamples.add(batch.file, batch.lines[i]!, column, v);
            } else strExamples.add(batch.file, batch.lines[i]!, column, v);
          }
        },
        finish() {
          const rNum = nonNull === 0 ? 0 : nums / nonNull;
          const rStr = nonNull === 0 ? 0 : (nonNull - nums) / nonNull;
          const minority = Math.min(rNum, rStr);
          const fail = lo < minority && minority < hi;
          const minorityKind = rNum <= rStr ? 'numbers' : 'strings';
          return {
            status: fail ? 'fail' : 'pass',
            observed: minority,
            expected: `minority share not strictly inside (${lo}, ${hi})`,
            message: minority === 0 ? 'values are not mixed' : `${percent(rNum)} numbers and ${percent(rStr)} strings among non-null values`,
            unexpectedCount: minorityKind === 'numbers' ? nums : nonNull - nums,
            elementCount: nonNull,
            details: { numbers_ratio: rNum, strings_ratio: rStr },
            examples: fail ? (minorityKind === 'numbers' ? numExamples : strExamples).list() : [],
          };
        },
      };
    });
  },
};

/** Deepchecks' default textual null forms, compared after `string_baseform`. */
export const NULL_BASE_FORMS: ReadonlySet<string> = new Set(['none', 'null', 'nan', 'na', '', '\x00', '\x00\x00']);
