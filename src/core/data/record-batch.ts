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
  /**
   * Optional (added for the byte-level readers): the kind of every cell of a column (CELL_NULL,
   * CELL_NUMBER, CELL_TEXT), computed once per batch. Use `cellKinds(batch, column)`, which falls back
   * to classifying `cells` for batches built without it.
   */
  kinds?(column: number): Uint8Array;
  /**
   * Optional: the undecoded bytes behind the cells, so hot consumers (profiling) can hash text without
   * allocating a string per cell. Present on batches of the CSV reader; absent on JSON Lines batches.
   */
  readonly raw?: RawCells;
}

/** A null cell (a configured null token such as `NA` or empty). */
export const CELL_NULL = 0;
/** A cell that parses as a number (including `inf`, `nan` and overflowing values such as `1e400`). */
export const CELL_NUMBER = 1;
/** Any other non-null cell. */
export const CELL_TEXT = 2;

/** Counts and the numeric range of one column of one batch. */
export interface ColumnBatchStats {
  readonly nulls: number;
  /** Cells that parse as numbers (NaN literals included). */
  readonly numbers: number;
  readonly texts: number;
  /** Number cells whose value is NaN (`nan` literals). */
  readonly nans: number;
  /** Number cells whose value is ±Infinity. */
  readonly infinite: number;
  /** Smallest and largest non-NaN number (infinities included); +Infinity / -Infinity when there is none. */
  readonly min: number;
  readonly max: number;
  /** Smallest and largest finite number; +Infinity / -Infinity when there is none. */
  readonly finiteMin: number;
  readonly finiteMax: number;
}

/** The bytes of a batch's cells: cell (column, row) is bytes[starts(column)[row] .. ends(column)[row]). */
export interface RawCells {
  readonly bytes: Uint8Array;
  starts(column: number): Int32Array;
  ends(column: number): Int32Array;
  /** 1 where the cell's bytes hold escaped quotes (`""`) and must be unescaped to get the text. */
  escaped(column: number): Uint8Array;
  /**
   * Optional: how many of the column's cells the scanner saw as unsigned digit-only literals (`0`, `42`).
   * When it equals the column's number cells, every number of the batch is an integer literal.
   */
  digitCells?(column: number): number;
  /**
   * Optional: the scanner's per-batch dictionary of the column's text cells by raw form (see RawForms), or
   * null when the column held too many distinct texts for one.
   */
  forms?(column: number): RawForms | null;
  /** Optional: the column's counts and range (columnStats of batch-views.ts), computed where the cells live. */
  stats?(column: number): ColumnBatchStats;
}

/**
 * The raw forms of one column's text cells in one batch, as the CSV scanner found them: text cell i holds
 * form ids[i] (only meaningful where the cell's kind is CELL_TEXT), form f is bytes[start[f] .. start[f] +
 * length[f]) with `""` escapes when escaped[f] is 1. A form may be held by no cell of the batch.
 */
export interface RawForms {
  readonly ids: Int32Array;
  readonly count: number;
  readonly start: Int32Array;
  readonly length: Int32Array;
  readonly escaped: Uint8Array;
}

/** The kinds of a column's cells, from the batch when it has them, else classified from `cells`. */
export function cellKinds(batch: RecordBatch, column: number): Uint8Array {
  if (batch.kinds) return batch.kinds(column);
  const nums = batch.numbers(column);
  const col = batch.cells[column] ?? [];
  const out = new Uint8Array(batch.length);
  for (let i = 0; i < batch.length; i++) {
    const text = col[i] ?? null;
    out[i] = text === null ? CELL_NULL : !Number.isNaN(nums[i] ?? NaN) || isNanLiteral(text) ? CELL_NUMBER : CELL_TEXT;
  }
  return out;
}

/** True for the spellings of NaN that `parseNumber` accepts. */
export function isNanLiteral(text: string): boolean {
  const t = text.trim();
  return t === 'nan' || t === 'NaN' || t === 'NAN';
}

/** A consumer of a streaming pass: sees every batch once, then produces its result. */
export interface BatchConsumer<R> {
  consume(batch: RecordBatch): void;
  finish(): R;
}

/**
 * A consumer whose partial results over consecutive parts of a file combine, so a pass can run on several
 * cores (src/adapters/data/parallel-pass.ts). Register it by name in src/adapters/data/pass-consumers.ts.
 */
export interface MergeableConsumer<S, R> extends BatchConsumer<R> {
  /** The partial result so far, structured-cloneable (it crosses worker threads). */
  state(): S;
  /**
   * Folds in the state of the next part, in file order. That part's record lines were counted from 1 at
   * its start: add `lineOffset` to every line number it holds.
   */
  merge(state: S, lineOffset: number): void;
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
