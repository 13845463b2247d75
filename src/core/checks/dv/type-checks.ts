import { DATA_CHECK_PARAMS } from '../../policy/data-checks-schema.js';
import { CELL_NULL, CELL_NUMBER } from '../../data/record-batch.js';
import { cellKinds, cellText, integerMask } from '../cell-access.js';
import { columnStats, numbersAreDigitLiterals } from '../../data/batch-views.js';
import { mergeablePerColumn, mostlySuccess, percent, perColumn, type CheckDefinition } from '../check-definition.js';
import type { CheckExample } from '../check-result.js';
import { ExampleCollector } from '../example-collector.js';
import { isBooleanText, pythonFloatParses } from '../value-forms.js';

type TypeName = 'integer' | 'float' | 'number' | 'string' | 'boolean';

// What a raw cell must look like to be a value of each type; CSV cells are text, so "type" is parseability.
// Numbers are classified from the scanner's kinds and an integer mask over the raw bytes; only text cells
// are decoded (for booleans).
const ACCEPTS: Readonly<Record<TypeName, (kind: number, isInt: boolean, text: string | null) => boolean>> = {
  integer: (kind, isInt) => kind === CELL_NUMBER && isInt,
  float: (kind) => kind === CELL_NUMBER,
  number: (kind) => kind === CELL_NUMBER,
  string: () => true,
  boolean: (kind, _isInt, text) => kind !== CELL_NUMBER && isBooleanText(text ?? ''),
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
    const needsText = config.type === 'boolean';
    const isNumeric = config.type === 'integer' || config.type === 'float' || config.type === 'number';
    const integerOnly = config.type === 'integer';
    const mostly = config.mostly ?? 1;
    return mergeablePerColumn('DV07', config, (column) => {
      let nonNull = 0;
      let unexpected = 0;
      let allInt = true;
      let allNum = true;
      let allBool = true;
      const examples = new ExampleCollector();
      return {
        consume(batch, c) {
          const stats = columnStats(batch, c);
          // Batches of numbers only: the per-batch counts decide them when every number is accepted and the
          // integer form is either vouched for by the scanner or no longer matters.
          if (stats.texts === 0 && config.type !== 'boolean' && (stats.numbers === 0 || numbersAreDigitLiterals(batch, c) || (!allInt && !integerOnly))) {
            nonNull += stats.numbers;
            if (stats.numbers > 0) allBool = false;
            return;
          }
          if (config.type === 'string' && !allInt && !allNum && !allBool) {
            // A string column that already reads as string: every non-null cell is accepted, nothing left to learn.
            nonNull += batch.length - stats.nulls;
            return;
          }
          const kinds = cellKinds(batch, c);
          const ints = integerMask(batch, c);
          for (let i = 0; i < batch.length; i++) {
            const kind = kinds[i]!;
            if (kind === CELL_NULL) continue;
            nonNull++;
            let text: string | null = null;
            if (kind === CELL_NUMBER) {
              allBool = false;
              if (ints[i] === 0) allInt = false;
              // Numbers: integer needs the integer form, string/float/number accept any, boolean none.
              if (isNumeric ? !integerOnly || ints[i] === 1 : config.type === 'string') continue;
            } else {
              allInt = false;
              allNum = false;
              if (allBool || needsText) {
                text = cellText(batch, c, i);
                if (allBool && !isBooleanText(text ?? '')) allBool = false;
              }
            }
            if (!accepts(kind, ints[i] === 1, text)) {
              unexpected++;
              if (examples.wants(batch.lines[i]!)) examples.add(batch.file, batch.lines[i]!, column, cellText(batch, c, i));
            }
          }
        },
        state: () => ({ nonNull, unexpected, allInt, allNum, allBool, examples: examples.state() }),
        merge(s: { nonNull: number; unexpected: number; allInt: boolean; allNum: boolean; allBool: boolean; examples: readonly CheckExample[] }, lineOffset: number) {
          nonNull += s.nonNull;
          unexpected += s.unexpected;
          allInt &&= s.allInt;
          allNum &&= s.allNum;
          allBool &&= s.allBool;
          examples.merge(s.examples, lineOffset);
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
          const kinds = cellKinds(batch, c);
          for (let i = 0; i < batch.length; i++) {
            const kind = kinds[i]!;
            if (kind === CELL_NULL) continue;
            nonNull++;
            const line = batch.lines[i]!;
            // Every number the scanner accepts is accepted by float(); text cells may still be ('1_000').
            if (kind === CELL_NUMBER || pythonFloatParses(cellText(batch, c, i) ?? '')) {
              nums++;
              if (numExamples.wants(line)) numExamples.add(batch.file, line, column, cellText(batch, c, i));
            } else if (strExamples.wants(line)) strExamples.add(batch.file, line, column, cellText(batch, c, i));
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
