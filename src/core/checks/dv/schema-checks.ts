import { DATA_CHECK_PARAMS } from '../../policy/data-checks-schema.js';
import { headerCheck, type CheckDefinition } from '../check-definition.js';

/** DV01: GX `expect_column_to_exist`; TFDV `SCHEMA_MISSING_COLUMN`. */
export const columnExists: CheckDefinition<'column_exists'> = {
  id: 'DV01',
  name: 'column_exists',
  title: 'Column exists',
  mostly: false,
  params: DATA_CHECK_PARAMS.column_exists,
  create(config) {
    return headerCheck('DV01', config, (header) => {
      const present = header?.includes(config.column) ?? false;
      return {
        status: present ? 'pass' : 'fail',
        observed: present ? 'present' : 'absent',
        expected: 'present',
        message: present ? `column ${config.column} is present` : `column ${config.column} is missing (TFDV SCHEMA_MISSING_COLUMN)`,
      };
    }, config.column);
  },
};

/** DV02: GX `expect_table_columns_to_match_set` (exact_match defaults to true); TFDV `SCHEMA_NEW_COLUMN`. */
export const columnsMatchSet: CheckDefinition<'columns_match_set'> = {
  id: 'DV02',
  name: 'columns_match_set',
  title: 'No unexpected columns',
  mostly: false,
  params: DATA_CHECK_PARAMS.columns_match_set,
  create(config) {
    const exact = config.exact_match ?? true;
    return headerCheck('DV02', config, (header) => {
      const actual = new Set(header ?? []);
      const wanted = new Set(config.columns);
      const missing = config.columns.filter((c) => !actual.has(c));
      const unexpected = exact ? [...actual].filter((c) => !wanted.has(c)) : [];
      const ok = missing.length === 0 && unexpected.length === 0;
      const parts = [
        ...(unexpected.length > 0 ? [`unexpected columns: ${unexpected.join(', ')}`] : []),
        ...(missing.length > 0 ? [`missing columns: ${missing.join(', ')}`] : []),
      ];
      return {
        status: ok ? 'pass' : 'fail',
        observed: (header ?? []).join(', '),
        expected: `${exact ? 'exactly' : 'at least'} ${config.columns.join(', ')}`,
        message: ok ? 'the columns match the expected set' : parts.join('; '),
        details: { missing: missing.length, unexpected: unexpected.length },
      };
    });
  },
};

/** DV03: GX `expect_table_columns_to_match_ordered_list`: the ordered lists are equal. */
export const columnOrder: CheckDefinition<'column_order'> = {
  id: 'DV03',
  name: 'column_order',
  title: 'Column order',
  mostly: false,
  params: DATA_CHECK_PARAMS.column_order,
  create(config) {
    return headerCheck('DV03', config, (header) => {
      const actual = header ?? [];
      const n = Math.max(actual.length, config.columns.length);
      let firstDiff = -1;
      for (let i = 0; i < n && firstDiff < 0; i++) if (actual[i] !== config.columns[i]) firstDiff = i;
      const ok = firstDiff < 0;
      return {
        status: ok ? 'pass' : 'fail',
        observed: actual.join(', '),
        expected: config.columns.join(', '),
        message: ok
          ? 'the columns are in the expected order'
          : `column ${firstDiff + 1} is ${actual[firstDiff] ?? '(none)'} but ${config.columns[firstDiff] ?? '(none)'} was expected`,
      };
    });
  },
};
