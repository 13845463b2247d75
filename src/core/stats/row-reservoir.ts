/**
 * A bounded, seeded uniform sample of whole rows over selected columns (Vitter's Algorithm R with
 * xoshiro128**): exact — every row, in file order — while the data has at most `capacity` rows, a uniform
 * random sample of `capacity` rows above that. Proxy detection, PPS leakage and feature–feature
 * correlation need joint values of several columns and read them from here.
 */
import type { BatchConsumer, RecordBatch } from '../data/record-batch.js';
import { createRandom } from '../random/xoshiro128.js';
import { CELL_NULL, CELL_NUMBER, CELL_TEXT, cellKinds } from '../data/record-batch.js';

/** Default capacity: 100,000 rows (≈ 12 bytes per cell, 1.2 MB per column). */
export const DEFAULT_ROW_CAPACITY = 100_000;
/** Distinct texts kept per column; beyond it the column can still be read as numbers. */
const MAX_TEXTS = 50_000;
// Cell ids: a text id >= 0, or one of these.
const NULL_ID = -1;
const OVERFLOW_ID = -2;
/** A number cell: its text is the number's canonical form, so `1` and `1.0` are one category. */
const NUMBER_ID = -3;

export interface SampledColumn {
  readonly name: string;
  /** Parsed numbers (NaN where null or not numeric). */
  readonly numbers: Float64Array;
  /** Cell text (numbers in canonical form), null where the cell was null or NaN. */
  text(row: number): string | null;
  /** True when every non-null cell of the whole column (not only the sample) parsed as a number. */
  readonly numeric: boolean;
  /** True when the text dictionary overflowed (too many distinct values to treat the column as categories). */
  readonly textOverflow: boolean;
}

export interface RowSample {
  /** Rows in the sample. */
  readonly size: number;
  /** Rows seen in the stream. */
  readonly rowsSeen: number;
  readonly sampled: boolean;
  readonly file: string;
  /** 1-based line of each sampled row. */
  readonly lines: Int32Array;
  readonly columns: ReadonlyMap<string, SampledColumn>;
}

/** Collects a RowSample of the named columns (columns absent from the file are ignored). */
export function createRowReservoir(columns: readonly string[], capacity = DEFAULT_ROW_CAPACITY, seed = 0): BatchConsumer<RowSample> {
  const random = createRandom(seed);
  const lines = new Int32Array(capacity);
  let file = '';
  let seen = 0;
  let state: { name: string; index: number; numbers: Float64Array; ids: Int32Array; dict: Map<string, number>; texts: string[]; nonNumeric: boolean; overflow: boolean }[] | null = null;
  return {
    consume(batch: RecordBatch): void {
      if (!state) {
        file = batch.file;
        state = columns
          .map((name) => ({ name, index: batch.header.indexOf(name) }))
          .filter((c) => c.index >= 0)
          .map((c) => ({ ...c, numbers: new Float64Array(capacity), ids: new Int32Array(capacity).fill(NULL_ID), dict: new Map(), texts: [], nonNumeric: false, overflow: false }));
      }
      const views = state.map((s) => ({ s, kinds: cellKinds(batch, s.index), nums: batch.numbers(s.index), cells: null as ReadonlyArray<string | null> | null }));
      for (const v of views) if (!v.s.nonNumeric && v.kinds.includes(CELL_TEXT)) v.s.nonNumeric = true;
      for (let r = 0; r < batch.length; r++) {
        let slot = seen;
        if (seen >= capacity) slot = Math.floor(random.nextFloat() * (seen + 1));
        seen++;
        if (slot >= capacity) continue;
        lines[slot] = batch.lines[r]!;
        for (const v of views) {
          const s = v.s;
          s.numbers[slot] = v.nums[r]!;
          const kind = v.kinds[r];
          if (kind === CELL_NULL) s.ids[slot] = NULL_ID;
          else if (kind === CELL_NUMBER) s.ids[slot] = Number.isNaN(v.nums[r]!) ? NULL_ID : NUMBER_ID;
          else {
            v.cells ??= batch.cells[s.index] ?? [];
            const cell = v.cells[r] ?? '';
            let id = s.dict.get(cell);
            if (id === undefined && !s.overflow) {
              if (s.dict.size >= MAX_TEXTS) s.overflow = true;
              else {
                id = s.texts.length;
                s.dict.set(cell, id);
                s.texts.push(cell);
              }
            }
            s.ids[slot] = id ?? OVERFLOW_ID;
          }
        }
      }
    },
    finish(): RowSample {
      const size = Math.min(seen, capacity);
      const map = new Map<string, SampledColumn>();
      for (const s of state ?? []) {
        map.set(s.name, {
          name: s.name,
          numbers: s.numbers.subarray(0, size),
          numeric: !s.nonNumeric,
          textOverflow: s.overflow,
          text: (row: number) => {
            const id = s.ids[row]!;
            if (id === NULL_ID) return null;
            if (id === NUMBER_ID) return String(s.numbers[row]);
            return id === OVERFLOW_ID ? '\u0000overflow' : s.texts[id]!;
          },
        });
      }
      return { size, rowsSeen: seen, sampled: seen > capacity, file, lines: lines.subarray(0, size), columns: map };
    },
  };
}
