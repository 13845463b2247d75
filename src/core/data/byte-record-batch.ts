import type { ColumnBatchStats, RawCells, RecordBatch } from './record-batch.js';
import { MAX_FORMS, type CsvBatchBuilder } from './csv-scanner.js';

const utf8 = new TextDecoder('utf-8');

/** Decodes one cell's bytes, turning `""` back into `"` where the field was quoted with escapes. */
export function decodeCell(bytes: Uint8Array, start: number, end: number, escaped: boolean, quote = 34): string {
  // Node's Buffer decodes a range without creating a view first; other Uint8Arrays use TextDecoder.
  const fast = (bytes as { utf8Slice?: (s: number, e: number) => string }).utf8Slice;
  const text = fast !== undefined ? fast.call(bytes, start, end) : utf8.decode(bytes.subarray(start, end));
  if (!escaped) return text;
  const q = String.fromCharCode(quote);
  return text.split(q + q).join(q);
}

/**
 * Wraps a filled CsvBatchBuilder (and the buffer its offsets point into) as a RecordBatch. Kinds and
 * numbers were computed by the scanner; `cells` strings are only decoded if a consumer asks for them,
 * once per batch, so consumers that work on numbers, kinds and raw bytes never allocate per-cell strings.
 * The batch owns `bytes` (readers never reuse a buffer a batch points into).
 */
export function makeByteRecordBatch(init: { file: string; header: readonly string[]; firstRow: number; bytes: Uint8Array; builder: CsvBatchBuilder; quote?: number }): RecordBatch {
  const { builder: b, bytes } = init;
  const length = b.length;
  const cap = b.capacity;
  const slice = <T extends Int32Array | Uint8Array | Float64Array>(arr: T, column: number): T => arr.subarray(column * cap, column * cap + length) as T;
  let lines: number[] | undefined;
  let cells: (string | null)[][] | undefined;
  const decodeColumn = (c: number): (string | null)[] => {
    const out: (string | null)[] = new Array<string | null>(length);
    const base = c * cap;
    for (let i = 0; i < length; i++) {
      const k = base + i;
      out[i] = b.kinds[k] === 0 ? null : decodeCell(bytes, b.starts[k] ?? 0, b.ends[k] ?? 0, b.escaped[k] === 1, init.quote);
    }
    return out;
  };
  const raw: RawCells = {
    bytes,
    starts: (c) => slice(b.starts, c),
    ends: (c) => slice(b.ends, c),
    escaped: (c) => slice(b.escaped, c),
    digitCells: (c) => b.digitCells[c] ?? 0,
    forms: (c) => {
      const count = b.formCount[c] ?? -1;
      if (count < 0) return null;
      const base = c * MAX_FORMS;
      return { ids: slice(b.formIds, c), count, start: b.formStart.subarray(base, base + count), length: b.formLen.subarray(base, base + count), escaped: b.formEsc.subarray(base, base + count) };
    },
    ...(b.statsOf !== undefined ? { stats: (c: number) => (b.statsOf as (column: number, length: number) => ColumnBatchStats)(c, length) } : {}),
  };
  return {
    file: init.file,
    header: init.header,
    length,
    firstRow: init.firstRow,
    get lines(): ReadonlyArray<number> {
      return (lines ??= Array.from(b.lines.subarray(0, length)));
    },
    raw,
    get cells(): ReadonlyArray<ReadonlyArray<string | null>> {
      // Each column is decoded on first access only: a consumer that reads one column's text does not pay
      // for the others.
      if (cells === undefined) {
        const columns: (string | null)[][] = [];
        const decoded: ((string | null)[] | undefined)[] = [];
        init.header.forEach((_, c) => {
          Object.defineProperty(columns, c, {
            enumerable: true,
            get: () => (decoded[c] ??= decodeColumn(c)),
          });
        });
        cells = columns;
      }
      return cells;
    },
    numbers: (c) => slice(b.numbers, c),
    kinds: (c) => slice(b.kinds, c),
  };
}
