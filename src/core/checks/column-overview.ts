import type { BatchConsumer } from '../data/record-batch.js';
import { isBooleanText, isIntegerText, isNumberText } from './value-forms.js';

/** Per-column counts every validate report carries, whatever checks ran (the `NA` counts reviewers look for). */
export interface ColumnOverview {
  readonly name: string;
  readonly type: 'boolean' | 'integer' | 'float' | 'string' | 'empty';
  readonly count: number;
  readonly nulls: number;
  readonly nullShare: number;
}

/** Counts rows and nulls per column and the narrowest type its non-null values parse as, in one pass. */
export function columnOverviewConsumer(): BatchConsumer<ColumnOverview[]> {
  let header: readonly string[] = [];
  let nulls: number[] = [];
  let flags: { int: boolean; num: boolean; bool: boolean; any: boolean }[] = [];
  let rows = 0;
  return {
    consume(batch) {
      if (header.length === 0 && nulls.length === 0) {
        header = batch.header;
        nulls = header.map(() => 0);
        flags = header.map(() => ({ int: true, num: true, bool: true, any: false }));
      }
      rows += batch.length;
      for (let c = 0; c < header.length; c++) {
        const cells = batch.cells[c]!;
        const f = flags[c]!;
        let n = 0;
        for (let i = 0; i < batch.length; i++) {
          const v = cells[i];
          if (v === null || v === undefined) {
            n++;
            continue;
          }
          f.any = true;
          if (f.num && !isNumberText(v)) f.num = false;
          if (f.int && !isIntegerText(v)) f.int = false;
          if (f.bool && !isBooleanText(v)) f.bool = false;
        }
        nulls[c]! += n;
      }
    },
    finish() {
      return header.map((name, c) => {
        const f = flags[c]!;
        const type = !f.any ? 'empty' : f.bool ? 'boolean' : f.int ? 'integer' : f.num ? 'float' : 'string';
        return { name, type, count: rows, nulls: nulls[c]!, nullShare: rows === 0 ? 0 : nulls[c]! / rows };
      });
    },
  };
}
