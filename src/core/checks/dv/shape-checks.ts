import { DATA_CHECK_PARAMS } from '../../policy/data-checks-schema.js';
import { columnTexts } from '../cell-access.js';
import { perTable, type CheckDefinition } from '../check-definition.js';
import { ExampleCollector } from '../example-collector.js';

/** Per column: how many distinct non-null values so far, capped at 2; numbers compare by value as pandas does. */
class DistinctUpToTwo {
  count: 0 | 1 | 2 = 0;
  private text = '';
  private num = NaN;
  see(text: string, num: number): void {
    if (this.count === 2) return;
    if (this.count === 0) {
      this.text = text;
      this.num = num;
      this.count = 1;
    } else if (text !== this.text && !(num === this.num)) this.count = 2;
  }
}

/** DV18: Deepchecks `IsSingleValue` / Evidently constant columns: nunique(dropna=True) == 1. */
export const constantColumn: CheckDefinition<'constant_column'> = {
  id: 'DV18',
  name: 'constant_column',
  title: 'Constant column',
  mostly: false,
  params: DATA_CHECK_PARAMS.constant_column,
  create(config) {
    const maxCount = config.max_count ?? 0;
    let targets: { name: string; index: number; state: DistinctUpToTwo }[] | undefined;
    return perTable('DV18', config, {
      consume(batch) {
        targets ??= (config.column !== undefined ? [config.column] : batch.header)
          .map((name) => ({ name, index: batch.header.indexOf(name), state: new DistinctUpToTwo() }))
          .filter((t) => t.index >= 0);
        for (const t of targets) {
          const cells = columnTexts(batch, t.index);
          const nums = batch.numbers(t.index);
          for (let i = 0; i < batch.length && t.state.count < 2; i++) {
            const v = cells[i];
            if (v !== null && v !== undefined) t.state.see(v, nums[i]!);
          }
        }
      },
      finish(header) {
        if (config.column !== undefined && !(header ?? []).includes(config.column)) {
          return { status: 'fail', observed: null, expected: 'column present', message: `column ${config.column} is not in the data` };
        }
        const constant = (targets ?? []).filter((t) => t.state.count === 1).map((t) => t.name);
        return {
          status: constant.length > maxCount ? 'fail' : 'pass',
          observed: constant.length,
          expected: `≤ ${maxCount} constant columns`,
          message: constant.length === 0 ? 'no constant columns' : `constant (a single distinct non-null value): ${constant.join(', ')}`,
        };
      },
    }, config.column);
  },
};

/** DV19: Evidently `TestNumberOfEmptyRows/Columns`: rows or columns whose every value is null. */
export const emptyRowsColumns: CheckDefinition<'empty_rows_columns'> = {
  id: 'DV19',
  name: 'empty_rows_columns',
  title: 'Empty rows/columns',
  mostly: false,
  params: DATA_CHECK_PARAMS.empty_rows_columns,
  create(config) {
    const maxRows = config.max_empty_rows ?? 0;
    const maxColumns = config.max_empty_columns ?? 0;
    let rows = 0;
    let emptyRows = 0;
    let nonNullPerColumn: number[] | undefined;
    const examples = new ExampleCollector();
    return perTable('DV19', config, {
      consume(batch) {
        nonNullPerColumn ??= batch.header.map(() => 0);
        const rowHasValue = new Uint8Array(batch.length);
        for (let c = 0; c < batch.header.length; c++) {
          const cells = columnTexts(batch, c);
          let n = 0;
          for (let r = 0; r < batch.length; r++) {
            if (cells[r] !== null && cells[r] !== undefined) {
              n++;
              rowHasValue[r] = 1;
            }
          }
          nonNullPerColumn[c]! += n;
        }
        for (let r = 0; r < batch.length; r++) {
          if (rowHasValue[r] === 0) {
            emptyRows++;
            examples.add(batch.file, batch.lines[r]!);
          }
        }
        rows += batch.length;
      },
      finish(header) {
        // pandas: `isna().all()` of an empty column is True, so a file without rows has only empty columns.
        const emptyColumns = (header ?? []).filter((_, c) => (nonNullPerColumn?.[c] ?? 0) === 0);
        const fail = emptyRows > maxRows || emptyColumns.length > maxColumns;
        return {
          status: fail ? 'fail' : 'pass',
          observed: `${emptyRows} empty rows, ${emptyColumns.length} empty columns`,
          expected: `≤ ${maxRows} empty rows, ≤ ${maxColumns} empty columns`,
          message: `${emptyRows} of ${rows} rows are empty${emptyColumns.length > 0 ? `; empty columns: ${emptyColumns.join(', ')}` : '; no empty columns'}`,
          unexpectedCount: emptyRows,
          elementCount: rows,
          details: { empty_rows: emptyRows, empty_columns: emptyColumns.length },
          examples: emptyRows > maxRows ? examples.list() : [],
        };
      },
    });
  },
};
