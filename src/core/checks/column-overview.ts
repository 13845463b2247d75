import { CELL_NULL, CELL_NUMBER, type MergeableConsumer } from '../data/record-batch.js';
import { cellKinds, cellText, integerMask } from './cell-access.js';
import { columnStats, numbersAreDigitLiterals } from '../data/batch-views.js';
import { isBooleanText } from './value-forms.js';

/** Per-column counts every validate report carries, whatever checks ran (the `NA` counts reviewers look for). */
export interface ColumnOverview {
  readonly name: string;
  readonly type: 'boolean' | 'integer' | 'float' | 'string' | 'empty';
  readonly count: number;
  readonly nulls: number;
  readonly nullShare: number;
}

interface OverviewState {
  readonly header: readonly string[];
  readonly nulls: readonly number[];
  readonly flags: readonly { int: boolean; num: boolean; bool: boolean; any: boolean }[];
  readonly rows: number;
}

/** Counts rows and nulls per column and the narrowest type its non-null values parse as, in one pass (mergeable). */
export function columnOverviewConsumer(): MergeableConsumer<OverviewState, ColumnOverview[]> {
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
        const f = flags[c]!;
        const stats = columnStats(batch, c);
        // Numbers only, in integer form or where the integer form no longer matters: decided per batch.
        if (stats.texts === 0 && (stats.numbers === 0 || !f.int || numbersAreDigitLiterals(batch, c))) {
          if (stats.nulls < batch.length) f.any = true;
          if (stats.numbers > 0) f.bool = false;
          nulls[c]! += stats.nulls;
          continue;
        }
        const kinds = cellKinds(batch, c);
        let n = 0;
        if (!f.num && !f.bool) {
          // Already a string column (the common case after the first batch): only nulls are left to count.
          if (stats.nulls < batch.length) f.any = true;
          nulls[c]! += stats.nulls;
          continue;
        }
        const ints = f.int ? integerMask(batch, c) : undefined;
        // Flags in locals: property writes per cell cost more than the whole test.
        let { int, num, bool } = f;
        for (let i = 0; i < batch.length; i++) {
          const kind = kinds[i]!;
          if (kind === CELL_NULL) {
            n++;
          } else if (kind === CELL_NUMBER) {
            bool = false;
            if (ints !== undefined && ints[i] === 0) int = false;
          } else {
            num = false;
            int = false;
            if (bool && !isBooleanText(cellText(batch, c, i) ?? '')) bool = false;
          }
        }
        if (n < batch.length) f.any = true;
        f.int = int;
        f.num = num;
        f.bool = bool;
        nulls[c]! += n;
      }
    },
    state: () => ({ header, nulls, flags, rows }),
    merge(s) {
      if (s.header.length === 0) return;
      if (header.length === 0 && nulls.length === 0) {
        header = s.header;
        nulls = header.map(() => 0);
        flags = header.map(() => ({ int: true, num: true, bool: true, any: false }));
      }
      rows += s.rows;
      s.nulls.forEach((n, c) => (nulls[c]! += n));
      s.flags.forEach((g, c) => {
        const f = flags[c]!;
        f.int &&= g.int;
        f.num &&= g.num;
        f.bool &&= g.bool;
        f.any ||= g.any;
      });
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
