import { DATA_CHECK_PARAMS } from '../../policy/data-checks-schema.js';
import { CELL_NUMBER } from '../../data/record-batch.js';
import { cellKinds, columnTexts } from '../cell-access.js';
import { mostlySuccess, percent, perColumn, type CheckDefinition } from '../check-definition.js';
import { ExampleCollector } from '../example-collector.js';
import { baseForm, codePointLength } from '../value-forms.js';

/**
 * DV20: GX `expect_column_values_to_match_regex` searches anywhere (`str.contains`); pandera `str_matches`
 * anchors at the start (`str.match`). `mode` picks one (default search). Nulls are skipped; `mostly` applies.
 * Patterns are JavaScript regular expressions with the `u` flag.
 */
export const valuesMatchRegex: CheckDefinition<'values_match_regex'> = {
  id: 'DV20',
  name: 'values_match_regex',
  title: 'Regex',
  mostly: true,
  params: DATA_CHECK_PARAMS.values_match_regex,
  create(config) {
    const mode = config.mode ?? 'search';
    // Sticky matching starts exactly at lastIndex 0: Python's re.match.
    const re = new RegExp(config.regex, mode === 'match' ? 'uy' : 'u');
    const mostly = config.mostly ?? 1;
    return perColumn('DV20', config, (column) => {
      let nonNull = 0;
      let unexpected = 0;
      const examples = new ExampleCollector();
      return {
        consume(batch, c) {
          const cells = columnTexts(batch, c);
          for (let i = 0; i < batch.length; i++) {
            const v = cells[i];
            if (v === null || v === undefined) continue;
            nonNull++;
            re.lastIndex = 0;
            if (!re.test(v)) {
              unexpected++;
              examples.add(batch.file, batch.lines[i]!, column, v);
            }
          }
        },
        finish() {
          return {
            status: mostlySuccess(nonNull, unexpected, mostly) ? 'pass' : 'fail',
            observed: nonNull === 0 ? null : (nonNull - unexpected) / nonNull,
            expected: `share ${mode === 'match' ? 'matching at the start' : 'containing a match'} ≥ ${mostly}`,
            message: `${unexpected} of ${nonNull} values do not ${mode === 'match' ? 'match' : 'contain'} /${config.regex}/`,
            unexpectedCount: unexpected,
            elementCount: nonNull,
            examples: unexpected > 0 ? examples.list() : [],
          };
        },
      };
    });
  },
};

/** DV21: GX `expect_column_value_lengths_to_be_between` / pandera `str_length`: min ≤ len ≤ max in code points. */
export const stringLengthBetween: CheckDefinition<'string_length_between'> = {
  id: 'DV21',
  name: 'string_length_between',
  title: 'String length',
  mostly: true,
  params: DATA_CHECK_PARAMS.string_length_between,
  create(config) {
    const mostly = config.mostly ?? 1;
    const expected = `${config.min ?? 0} ≤ length ≤ ${config.max ?? '∞'}`;
    return perColumn('DV21', config, (column) => {
      let nonNull = 0;
      let unexpected = 0;
      const examples = new ExampleCollector();
      return {
        consume(batch, c) {
          const cells = columnTexts(batch, c);
          for (let i = 0; i < batch.length; i++) {
            const v = cells[i];
            if (v === null || v === undefined) continue;
            nonNull++;
            const n = codePointLength(v);
            if ((config.min !== undefined && n < config.min) || (config.max !== undefined && n > config.max)) {
              unexpected++;
              examples.add(batch.file, batch.lines[i]!, column, v);
            }
          }
        },
        finish() {
          return {
            status: mostlySuccess(nonNull, unexpected, mostly) ? 'pass' : 'fail',
            observed: nonNull === 0 ? null : (nonNull - unexpected) / nonNull,
            expected,
            message: `${unexpected} of ${nonNull} values have a length outside ${expected}`,
            unexpectedCount: unexpected,
            elementCount: nonNull,
            examples: unexpected > 0 ? examples.list() : [],
          };
        },
      };
    });
  },
};

/**
 * DV23: Deepchecks special characters: share of values made only of non-alphanumeric characters
 * (`string_baseform(x, True) == ''`, non-empty), over the column size with nulls counted. Numeric columns
 * (pandas would read them as numbers) are not checked.
 */
export const specialCharacters: CheckDefinition<'special_characters'> = {
  id: 'DV23',
  name: 'special_characters',
  title: 'Special characters',
  mostly: false,
  params: DATA_CHECK_PARAMS.special_characters,
  create(config) {
    const maxRatio = config.max_ratio ?? 0.001;
    return perColumn('DV23', config, (column) => {
      let size = 0;
      let special = 0;
      let allNumeric = true;
      const examples = new ExampleCollector();
      return {
        consume(batch, c) {
          const cells = columnTexts(batch, c);
          const kinds = cellKinds(batch, c);
          size += batch.length;
          for (let i = 0; i < batch.length; i++) {
            const v = cells[i];
            if (v === null || v === undefined) continue;
            if (allNumeric && kinds[i] !== CELL_NUMBER) allNumeric = false;
            if (v.length > 0 && baseForm(v, true) === '') {
              special++;
              examples.add(batch.file, batch.lines[i]!, column, v);
            }
          }
        },
        finish() {
          if (allNumeric) {
            if (config.column === undefined) return { notApplicable: 'numeric column' };
            return { status: 'pass', observed: 0, expected: `ratio ≤ ${maxRatio}`, message: 'numeric column: no special-character values' };
          }
          const ratio = size === 0 ? 0 : special / size;
          return {
            status: ratio > maxRatio ? 'fail' : 'pass',
            observed: ratio,
            expected: `ratio ≤ ${maxRatio}`,
            message: `${special} of ${size} values (${percent(ratio)}) contain only special characters`,
            unexpectedCount: special,
            elementCount: size,
            examples: ratio > maxRatio ? examples.list() : [],
          };
        },
      };
    });
  },
};
