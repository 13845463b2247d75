/**
 * The unit of data flow between readers (src/adapters), profiling, checks, drift and metrics.
 * Readers stream a file as a sequence of column-major batches so that every consumer sees each
 * record once, in bounded memory, and can still name the file and line of any record it reports.
 */
export interface RecordBatch {
  /** The file the records came from, as the user named it (for messages). */
  readonly file: string;
  /** Column names in file order (the header row, or the keys of JSON Lines records). */
  readonly header: readonly string[];
  /** Number of records in this batch. */
  readonly length: number;
  /** 0-based index of this batch's first record within the file. */
  readonly firstRow: number;
  /**
   * Raw cell text, column-major: cells[column][row]. `null` where the cell is a configured null
   * token (for example `NA` or empty). Text is exactly what the file holds, unquoted.
   */
  readonly cells: ReadonlyArray<ReadonlyArray<string | null>>;
  /** 1-based line number where each record starts (records may span lines in CSV). */
  readonly lines: ReadonlyArray<number>;
  /**
   * The column parsed as numbers, computed at most once per batch and column and shared by all
   * consumers: NaN where the cell is null or not a number (check `cells` to tell which).
   */
  numbers(column: number): Float64Array;
}

/** A consumer of a streaming pass: sees every batch once, then produces its result. */
export interface BatchConsumer<R> {
  consume(batch: RecordBatch): void;
  finish(): R;
}

/** Parses one cell as a finite-or-infinite number the way the readers define it; NaN if not a number. */
export function parseNumber(text: string | null): number {
  if (text === null) return NaN;
  const t = text.trim();
  if (t === '') return NaN;
  // Number('') and Number('0x1f') are not what a data file means by a number.
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?(inf|infinity|Infinity|Inf|INF)$|^(nan|NaN|NAN)$/.test(t)) return NaN;
  if (/^[+-]?inf/i.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
  return Number(t);
}

/** Builds a RecordBatch from column-major cells, with the shared, lazily computed numeric view. */
export function makeRecordBatch(init: {
  file: string;
  header: readonly string[];
  firstRow: number;
  cells: ReadonlyArray<ReadonlyArray<string | null>>;
  lines: ReadonlyArray<number>;
}): RecordBatch {
  const length = init.lines.length;
  const cache = new Map<number, Float64Array>();
  return {
    ...init,
    length,
    numbers(column: number): Float64Array {
      let out = cache.get(column);
      if (out === undefined) {
        const col = init.cells[column] ?? [];
        out = new Float64Array(length);
        for (let i = 0; i < length; i++) out[i] = parseNumber(col[i] ?? null);
        cache.set(column, out);
      }
      return out;
    },
  };
}
