import { DATA_CHECK_PARAMS } from '../../policy/data-checks-schema.js';
import { columnTexts } from '../cell-access.js';
import { mostlySuccess, percent, perColumn, perTable, type CheckDefinition } from '../check-definition.js';
import { ExampleCollector } from '../example-collector.js';
import { FingerprintTable } from '../hash-table64.js';
import { Hasher64 } from '../hash64.js';

const SATURATED = ' (the bounded fingerprint table filled up: values after it filled were compared with earlier ones only)';

/**
 * DV15: GX `expect_column_values_to_be_unique`: every copy of a duplicated value is unexpected
 * (`~duplicated(keep=False)`), nulls are skipped, `mostly` applies. Values are 64-bit fingerprints.
 */
export const valuesUnique: CheckDefinition<'values_unique'> = {
  id: 'DV15',
  name: 'values_unique',
  title: 'Unique key',
  mostly: true,
  params: DATA_CHECK_PARAMS.values_unique,
  create(config) {
    const mostly = config.mostly ?? 1;
    return perColumn('DV15', config, (column) => {
      const table = new FingerprintTable();
      const hasher = new Hasher64();
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
            hasher.ofString(v);
            const line = batch.lines[i]!;
            const before = table.observe(hasher.hi, hasher.lo, line);
            if (before === 0) continue;
            // The second copy also makes the first one unexpected.
            unexpected += before === 1 ? 2 : 1;
            if (before === 1) examples.add(batch.file, table.firstLine, column, v);
            examples.add(batch.file, line, column, v);
          }
        },
        finish() {
          const ok = mostlySuccess(nonNull, unexpected, mostly);
          return {
            status: ok ? 'pass' : 'fail',
            observed: nonNull === 0 ? null : (nonNull - unexpected) / nonNull,
            expected: `unique share ≥ ${mostly}`,
            message: `${unexpected} of ${nonNull} non-null values are copies of a duplicated value${table.saturated ? SATURATED : ''}`,
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
 * DV16: Deepchecks data duplicates: ratio = 1 − unique rows / rows, grouping with `dropna=False` (null equals
 * null). Rows are compared on their raw cells through 64-bit fingerprints. No rows is an error (Deepchecks raises).
 */
export const duplicateRows: CheckDefinition<'duplicate_rows'> = {
  id: 'DV16',
  name: 'duplicate_rows',
  title: 'Duplicate rows',
  mostly: false,
  params: DATA_CHECK_PARAMS.duplicate_rows,
  create(config) {
    const maxRatio = config.max_ratio ?? 0;
    const table = new FingerprintTable();
    const hasher = new Hasher64();
    const examples = new ExampleCollector();
    let rows = 0;
    let duplicates = 0;
    let indices: number[] | undefined;
    let absent: string[] = [];
    return perTable('DV16', config, {
      consume(batch) {
        if (indices === undefined) {
          const wanted = config.columns ?? batch.header;
          absent = wanted.filter((c) => !batch.header.includes(c));
          indices = wanted.map((c) => batch.header.indexOf(c)).filter((i) => i >= 0);
        }
        const cols = indices.map((i) => columnTexts(batch, i));
        for (let r = 0; r < batch.length; r++) {
          hasher.reset();
          for (const col of cols) {
            const v = col[r];
            if (v === null || v === undefined) hasher.updateNull();
            else hasher.updateString(v);
          }
          hasher.digest();
          rows++;
          const line = batch.lines[r]!;
          if (table.observe(hasher.hi, hasher.lo, line) !== 0) {
            duplicates++;
            examples.add(batch.file, line, undefined, `duplicate of line ${table.firstLine}`);
          }
        }
      },
      finish() {
        if (absent.length > 0) return { status: 'fail', observed: null, expected: `ratio ≤ ${maxRatio}`, message: `columns not in the data: ${absent.join(', ')}` };
        if (rows === 0) return { status: 'fail', observed: null, expected: `ratio ≤ ${maxRatio}`, message: 'no rows: the duplicate ratio is undefined' };
        const ratio = 1 - (rows - duplicates) / rows;
        const ok = ratio <= maxRatio;
        return {
          status: ok ? 'pass' : 'fail',
          observed: ratio,
          expected: `ratio ≤ ${maxRatio}`,
          message: `${duplicates} of ${rows} rows (${percent(ratio)}) repeat an earlier row${table.saturated ? SATURATED : ''}`,
          unexpectedCount: duplicates,
          elementCount: rows,
          examples: duplicates > 0 ? examples.list() : [],
        };
      },
    });
  },
};

/** DV17: Evidently `TestNumberOfDuplicatedColumns`: columns whose every cell equals an earlier column's (fingerprints). */
export const duplicateColumns: CheckDefinition<'duplicate_columns'> = {
  id: 'DV17',
  name: 'duplicate_columns',
  title: 'Duplicate columns',
  mostly: false,
  params: DATA_CHECK_PARAMS.duplicate_columns,
  create(config) {
    const maxCount = config.max_count ?? 0;
    let hashers: Hasher64[] | undefined;
    return perTable('DV17', config, {
      consume(batch) {
        hashers ??= batch.header.map(() => new Hasher64().reset());
        for (let c = 0; c < hashers.length; c++) {
          const h = hashers[c]!;
          const cells = columnTexts(batch, c);
          for (let r = 0; r < batch.length; r++) {
            const v = cells[r];
            if (v === null || v === undefined) h.updateNull();
            else h.updateString(v);
          }
        }
      },
      finish(header) {
        const seen = new Map<string, string>();
        const pairs: string[] = [];
        (hashers ?? []).forEach((h, c) => {
          h.digest();
          const key = `${h.hi}:${h.lo}`;
          const name = header?.[c] ?? String(c);
          const earlier = seen.get(key);
          if (earlier !== undefined) pairs.push(`${name} = ${earlier}`);
          else seen.set(key, name);
        });
        return {
          status: pairs.length > maxCount ? 'fail' : 'pass',
          observed: pairs.length,
          expected: `≤ ${maxCount}`,
          message: pairs.length === 0 ? 'no duplicated columns' : `${pairs.length} duplicated column${pairs.length === 1 ? '' : 's'}: ${pairs.join(', ')}`,
        };
      },
    });
  },
};
