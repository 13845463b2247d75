import { CELL_NULL, CELL_NUMBER, CELL_TEXT, type ColumnBatchStats } from './record-batch.js';
import { latin1, parseNumberBytes } from './number-bytes.js';

/** The byte-level CSV dialect: single-byte delimiter and quote, null tokens as UTF-8 bytes. */
export interface CsvDialect {
  readonly delimiter: number;
  readonly quote: number;
  readonly nullTokens: readonly Uint8Array[];
}

/** A syntax problem found by the scanner, with a 1-based line and byte column relative to the scan's start. */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number | undefined,
    readonly expected: string,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

/** Where a scan is: byte offset in the buffer, 1-based line at that offset, and where that line starts. */
export interface ScanState {
  pos: number;
  line: number;
  lineStart: number;
  /** Columns whose texts overflowed a batch dictionary (1): later batches of the scan skip the dictionary. */
  noDictionary?: Uint8Array;
}

/**
 * Column-major storage for one batch of records, filled by `scanCsvRecords`: flat typed arrays indexed
 * `column * capacity + row`, so the hot loop touches no per-cell objects or strings.
 */
export class CsvBatchBuilder {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly escaped: Uint8Array;
  readonly kinds: Uint8Array;
  readonly numbers: Float64Array;
  readonly lines: Float64Array;
  /** Per column: cells of this batch that are unsigned digit-only literals (a subset of the integer literals). */
  readonly digitCells: Int32Array;
  /**
   * The batch's dictionary of text cells by raw form, per column (read through batch-views' textDictionary):
   * `formIds` gives each text cell (kind CELL_TEXT) the index of its raw form within its column; a form is
   * the bytes of its first cell (`formStart`, `formLen`) and whether they hold `""` escapes (`formEsc`).
   * `formCount` is the column's number of forms, or -1 when it held more than MAX_FORMS (no dictionary).
   * Forms of a record cut by the end of the buffer may be listed without any committed cell holding them.
   */
  readonly formIds: Int32Array;
  readonly formCount: Int32Array;
  readonly formStart: Int32Array;
  readonly formLen: Int32Array;
  readonly formEsc: Uint8Array;
  readonly formSlots: Int32Array;
  length = 0;
  /** Computes a column's ColumnBatchStats over the first `length` rows where the arrays live (optional). */
  statsOf: ((column: number, length: number) => ColumnBatchStats) | undefined;
  /**
   * `arrays`: storage to use instead of fresh arrays (the WebAssembly scanner's memory, so batches need no
   * copying out); each must have the length the fields below give it.
   */
  constructor(
    readonly ncols: number,
    readonly capacity: number,
    arrays?: Omit<BuilderArrays, 'formSlots'>,
  ) {
    const cells = ncols * capacity;
    this.starts = arrays?.starts ?? new Int32Array(cells);
    this.ends = arrays?.ends ?? new Int32Array(cells);
    this.escaped = arrays?.escaped ?? new Uint8Array(cells);
    this.kinds = arrays?.kinds ?? new Uint8Array(cells);
    this.numbers = arrays?.numbers ?? new Float64Array(cells);
    this.lines = arrays?.lines ?? new Float64Array(capacity);
    this.digitCells = arrays?.digitCells ?? new Int32Array(ncols);
    this.formIds = arrays?.formIds ?? new Int32Array(cells);
    this.formCount = arrays?.formCount ?? new Int32Array(ncols);
    this.formStart = arrays?.formStart ?? new Int32Array(ncols * MAX_FORMS);
    this.formLen = arrays?.formLen ?? new Int32Array(ncols * MAX_FORMS);
    this.formEsc = arrays?.formEsc ?? new Uint8Array(ncols * MAX_FORMS);
    this.formSlots = new Int32Array(ncols * FORM_SLOTS);
  }
}

/** The typed arrays of a CsvBatchBuilder. */
export type BuilderArrays = Pick<CsvBatchBuilder, 'starts' | 'ends' | 'escaped' | 'kinds' | 'numbers' | 'lines' | 'digitCells' | 'formIds' | 'formCount' | 'formStart' | 'formLen' | 'formEsc' | 'formSlots'>;

/** Raw forms a column's per-batch text dictionary holds at most (beyond: no dictionary for that batch). */
export const MAX_FORMS = 1024;
const FORM_SLOTS = 2048;

function isNullToken(bytes: Uint8Array, s: number, e: number, tokens: readonly Uint8Array[]): boolean {
  const len = e - s;
  for (const t of tokens) {
    if (t.length !== len) continue;
    let j = 0;
    while (j < len && bytes[s + j] === t[j]) j++;
    if (j === len) return true;
  }
  return false;
}

/** True when the trimmed bytes spell a NaN literal (`nan`, `NaN`, `NAN`). */
export function isNanBytes(bytes: Uint8Array, s: number, e: number): boolean {
  let a = s;
  let z = e;
  while (a < z && (bytes[a] === 32 || bytes[a] === 9)) a++;
  while (z > a && (bytes[z - 1] === 32 || bytes[z - 1] === 9)) z--;
  if (z - a !== 3) return false;
  const t = latin1(bytes, a, z);
  return t === 'nan' || t === 'NaN' || t === 'NAN';
}

/** `need-more`: the buffer ends inside a record; `full`: the batch is full; `stop`: reached stopAt; `done`: end of input. */
export type ScanOutcome = 'need-more' | 'full' | 'stop' | 'done';

/**
 * Scans complete RFC 4180 records from bytes[state.pos..limit) into the builder, classifying every cell
 * (null token, number, text) and parsing numbers on the way. Quoted fields may hold delimiters, `""`
 * and newlines; records end at LF, CRLF or CR; blank lines are skipped. A record cut by `limit` is left
 * for the next call unless `eof`. Stops after the first record that ends at or beyond `stopAt`.
 * Throws CsvSyntaxError for ragged records, text after a closing quote, and quotes never closed.
 */
export function scanCsvRecords(bytes: Uint8Array, st: ScanState, limit: number, eof: boolean, d: CsvDialect, b: CsvBatchBuilder, stopAt: number): ScanOutcome {
  const DELIM = d.delimiter;
  const QUOTE = d.quote;
  const ncols = b.ncols;
  const cap = b.capacity;
  const tokens = d.nullTokens;
  const { starts, ends, escaped, kinds, numbers, lines, digitCells, formIds, formCount, formStart, formLen, formEsc, formSlots } = b;
  if (b.length === 0) {
    digitCells.fill(0);
    escaped.fill(0);
    formSlots.fill(0);
    // Columns that overflowed the dictionary in an earlier batch of this scan are high-cardinality text:
    // they are not hashed again.
    for (let c = 0; c < ncols; c++) formCount[c] = st.noDictionary?.[c] === 1 ? -1 : 0;
  }
  let tokenLengths = 0;
  let longTokens = 0;
  // First bytes of the non-empty null tokens, as a 256-bit set in eight words: `NA` is not tried on `27`.
  const firstBytes = new Int32Array(8);
  let emptyToken = 0;
  for (const t of tokens) {
    if (t.length < 32) tokenLengths |= 1 << t.length;
    else longTokens = 1;
    if (t.length === 0) emptyToken = 1;
    else firstBytes[(t[0] as number) >> 5] = (firstBytes[(t[0] as number) >> 5] as number) | (1 << ((t[0] as number) & 31));
  }
  let pos = st.pos;
  let line = st.line;
  let lineStart = st.lineStart;
  for (;;) {
    if (pos >= stopAt) return 'stop';
    if (b.length >= cap) return 'full';
    if (pos >= limit) return eof ? 'done' : 'need-more';
    const recLine = line;
    const row = b.length;
    let col = 0;
    let lastEmpty = false;
    for (;;) {
      let s: number;
      let e: number;
      let esc = 0;
      let digitsOnly = false;
      let intValue = 0;
      if (bytes[pos] === QUOTE && pos < limit) {
        const qLine = line;
        const qCol = pos - lineStart + 1;
        pos++;
        s = pos;
        for (;;) {
          while (pos < limit) {
            const c = bytes[pos];
            if (c === QUOTE) break;
            if (c === 10) {
              line++;
              lineStart = pos + 1;
            }
            pos++;
          }
          if (pos >= limit || (pos + 1 >= limit && !eof)) {
            if (!eof) return uncountPartial(b, bytes, row, col, QUOTE);
            throw new CsvSyntaxError(`unterminated quoted field: the quote opened at line ${qLine}, column ${qCol} is never closed`, qLine, qCol, 'a closing " before the end of the file (write a quote inside a field as "")');
          }
          if (bytes[pos + 1] === QUOTE) {
            esc = 1;
            pos += 2;
            continue;
          }
          e = pos;
          pos++;
          break;
        }
        if (pos < limit) {
          const c = bytes[pos];
          if (c !== DELIM && c !== 10 && c !== 13) {
            throw new CsvSyntaxError('unexpected character after a closing quote', line, pos - lineStart + 1, 'a delimiter or the end of the line after a quoted field (write a quote inside a field as "")');
          }
        }
        lastEmpty = false;
      } else {
        s = pos;
        // Accumulate an unsigned integer while looking for the field's end: most numeric cells are
        // short integers, and this spares them a second pass and a call.
        let acc = 0;
        digitsOnly = true;
        while (pos < limit) {
          // Digits first: they are most of the bytes of unquoted cells.
          const dg = (bytes[pos] as number) - 48;
          if (dg >>> 0 <= 9) {
            acc = acc * 10 + dg;
            pos++;
            continue;
          }
          const c = dg + 48;
          if (c === DELIM || c === 10 || c === 13) break;
          digitsOnly = false;
          pos++;
        }
        if (pos >= limit && !eof) return uncountPartial(b, bytes, row, col, QUOTE);
        e = pos;
        lastEmpty = s === e;
        intValue = acc;
      }
      if (col < ncols) {
        const k = col * cap + row;
        const len = e - s;
        starts[k] = s;
        ends[k] = e;
        // Escaped cells are rare: only they are written (the array is zeroed per batch).
        if (esc === 1) escaped[k] = 1;
        if (len === 0 ? emptyToken === 1 : (len < 32 ? (tokenLengths >>> len) & 1 : longTokens) && ((firstBytes[(bytes[s] as number) >> 5] as number) >>> ((bytes[s] as number) & 31)) & 1 && isNullToken(bytes, s, e, tokens)) {
          kinds[k] = CELL_NULL;
          numbers[k] = NaN;
        } else if (digitsOnly && len > 0 && len <= 15) {
          numbers[k] = intValue;
          kinds[k] = CELL_NUMBER;
          digitCells[col] = (digitCells[col] as number) + 1;
        } else {
          // Only a cell that starts like a number (digit, sign, point, blank, inf/nan) can parse as one:
          // quoted categories skip the parse.
          const c0 = len === 0 ? 0 : (bytes[s] as number);
          const maybe = (c0 >= 48 && c0 <= 57) || c0 === 45 || c0 === 43 || c0 === 46 || c0 === 32 || c0 === 9 || (c0 | 32) === 105 || (c0 | 32) === 110;
          const v = esc === 1 || !maybe ? NaN : parseNumberBytes(bytes, s, e);
          numbers[k] = v;
          if (v === v || (maybe && esc === 0 && len <= 12 && isNanBytes(bytes, s, e))) kinds[k] = CELL_NUMBER;
          else {
            kinds[k] = CELL_TEXT;
            const fc = formCount[col] as number;
            if (fc >= 0) {
              // The slot comes from the length and five sampled bytes (no per-byte hashing: categories differ
              // in length or at their ends); a hit is confirmed byte by byte, so collisions only cost probes.
              const h = len === 0 ? 0 : Math.imul(len ^ ((bytes[s] as number) << 8) ^ ((bytes[e - 1] as number) << 16) ^ ((bytes[s + (len >> 1)] as number) << 24) ^ ((bytes[s + (len >> 2)] as number) << 4) ^ ((bytes[e - 1 - (len >> 2)] as number) << 12), 0x9e3779b1);
              // Open addressing per column: slot → form + 1.
              const sbase = col * FORM_SLOTS;
              const fbase = col * MAX_FORMS;
              let slot = (h >>> 21) & (FORM_SLOTS - 1);
              for (;;) {
                const f = (formSlots[sbase + slot] as number) - 1;
                if (f < 0) {
                  if (fc >= MAX_FORMS) {
                    formCount[col] = -1;
                    (st.noDictionary ??= new Uint8Array(ncols))[col] = 1;
                    break;
                  }
                  formSlots[sbase + slot] = fc + 1;
                  formStart[fbase + fc] = s;
                  formLen[fbase + fc] = len;
                  formEsc[fbase + fc] = esc;
                  formIds[k] = fc;
                  formCount[col] = fc + 1;
                  break;
                }
                if (formLen[fbase + f] === len && formEsc[fbase + f] === esc) {
                  const fs = formStart[fbase + f] as number;
                  let j = 0;
                  while (j < len && bytes[s + j] === bytes[fs + j]) j++;
                  if (j === len) {
                    formIds[k] = f;
                    break;
                  }
                }
                slot = (slot + 1) & (FORM_SLOTS - 1);
              }
            }
          }
        }
      }
      col++;
      if (pos >= limit) break; // eof without a final newline
      const c = bytes[pos];
      if (c === DELIM) {
        pos++;
        continue;
      }
      if (c === 13) {
        if (pos + 1 < limit) pos += bytes[pos + 1] === 10 ? 2 : 1;
        else if (eof) pos++;
        else return uncountPartial(b, bytes, row, col, QUOTE);
      } else pos++;
      line++;
      lineStart = pos;
      break;
    }
    st.pos = pos;
    st.line = line;
    st.lineStart = lineStart;
    if (col === 1 && lastEmpty) continue; // a blank line
    if (col !== ncols) {
      throw new CsvSyntaxError(`record has ${col} field${col === 1 ? '' : 's'}, the header has ${ncols}`, recLine, undefined, `${ncols} fields separated by '${String.fromCharCode(DELIM)}' (quote fields that contain the delimiter)`);
    }
    lines[row] = recLine;
    b.length = row + 1;
  }
}

/**
 * A record cut by the end of the buffer is scanned again from its start (in this batch or the next), so
 * the digit literals already counted for its cells are taken back: a cell was counted when it is a number
 * whose bytes are 1–15 digits and it was not quoted. Runs once per buffer, not per record.
 * (The record's text forms stay listed; the dictionary counts only cells of committed records.)
 */
function uncountPartial(b: CsvBatchBuilder, bytes: Uint8Array, row: number, cols: number, quote: number): 'need-more' {
  for (let col = 0; col < Math.min(cols, b.ncols); col++) {
    const k = col * b.capacity + row;
    // Only escaped cells are written: clear the cut record's, in case this builder scans it again.
    b.escaped[k] = 0;
    if (b.kinds[k] !== CELL_NUMBER) continue;
    const s = b.starts[k] as number;
    const e = b.ends[k] as number;
    if (e - s < 1 || e - s > 15 || (s > 0 && bytes[s - 1] === quote)) continue;
    let digits = true;
    for (let j = s; j < e && digits; j++) digits = (bytes[j] as number) >= 48 && (bytes[j] as number) <= 57;
    if (digits) b.digitCells[col] = (b.digitCells[col] as number) - 1;
  }
  return 'need-more';
}

/**
 * Parses the first record (the header) from bytes[pos..limit) into strings; null when the buffer ends
 * inside it and more input may follow. Uses a one-column-unbounded variant of the record grammar.
 */
export function scanHeaderRecord(bytes: Uint8Array, st: ScanState, limit: number, eof: boolean, d: CsvDialect, decode: (b: Uint8Array) => string): string[] | null {
  const fields: string[] = [];
  let pos = st.pos;
  let line = st.line;
  let lineStart = st.lineStart;
  for (;;) {
    let text: string;
    if (bytes[pos] === d.quote && pos < limit) {
      const qLine = line;
      const qCol = pos - lineStart + 1;
      pos++;
      const parts: number[] = [];
      for (;;) {
        if (pos >= limit) {
          if (!eof) return null;
          throw new CsvSyntaxError(`unterminated quoted field: the quote opened at line ${qLine}, column ${qCol} is never closed`, qLine, qCol, 'a closing " before the end of the file');
        }
        const c = bytes[pos] ?? 0;
        if (c === d.quote) {
          if (pos + 1 >= limit && !eof) return null;
          if (bytes[pos + 1] === d.quote) {
            parts.push(c);
            pos += 2;
            continue;
          }
          pos++;
          break;
        }
        if (c === 10) {
          line++;
          lineStart = pos + 1;
        }
        parts.push(c);
        pos++;
      }
      text = decode(Uint8Array.from(parts));
    } else {
      const s = pos;
      while (pos < limit && bytes[pos] !== d.delimiter && bytes[pos] !== 10 && bytes[pos] !== 13) pos++;
      if (pos >= limit && !eof) return null;
      text = decode(bytes.subarray(s, pos));
    }
    fields.push(text);
    if (pos >= limit) break;
    const c = bytes[pos];
    if (c === d.delimiter) {
      pos++;
      continue;
    }
    if (c !== 10 && c !== 13) {
      throw new CsvSyntaxError('unexpected character after a closing quote', line, pos - lineStart + 1, 'a delimiter or the end of the line after a quoted field');
    }
    if (c === 13 && pos + 1 >= limit && !eof) return null;
    pos += c === 13 && bytes[pos + 1] === 10 ? 2 : 1;
    line++;
    lineStart = pos;
    break;
  }
  st.pos = pos;
  st.line = line;
  st.lineStart = lineStart;
  return fields;
}
