import { closeSync, readSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { InputError } from '../../core/errors.js';
import type { RecordBatch } from '../../core/data/record-batch.js';
import { CsvBatchBuilder, CsvSyntaxError, scanHeaderRecord, type CsvDialect, type ScanState } from '../../core/data/csv-scanner.js';
import { releaseWasmBatchBuilder, scanCsvRecordsWasm, wasmBatchBuilder } from '../../core/data/wasm-scanner.js';
import { makeByteRecordBatch } from '../../core/data/byte-record-batch.js';
import { csvDialect, type ResolvedReadOptions } from '../../core/data/read-options.js';
import { firstInvalidUtf8, lineAndColumn } from '../../core/data/utf8-location.js';
import { openInputFile } from './file-input.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The header of a CSV file and where its records start. */
export interface CsvHeader {
  readonly header: readonly string[];
  /** Byte offset of the first record. */
  readonly dataStart: number;
  /** 1-based line of the first record. */
  readonly dataLine: number;
}

/** Turns a scanner problem into the user-facing InputError at file:line(:col); `lineOffset` maps range-relative lines. */
export function syntaxToInputError(error: unknown, file: string, lineOffset = 0): unknown {
  if (!(error instanceof CsvSyntaxError)) return error;
  const line = error.line + lineOffset;
  const message = error.message.replace(/at line (\d+)/, (_m, l: string) => `at line ${Number(l) + lineOffset}`);
  return new InputError(`${file}: cannot read CSV`, [{ file, line, ...(error.column !== undefined ? { column: error.column } : {}), message, expected: error.expected }]);
}

function readFully(fd: number, buf: Uint8Array, offset: number, position: number): number {
  let total = 0;
  while (offset + total < buf.length) {
    const n = readSync(fd, buf, offset + total, buf.length - offset - total, position + total);
    if (n === 0) break;
    total += n;
  }
  return total;
}

function invalidUtf8Error(file: string, bytes: Uint8Array, from: number, line: number, bad: number): InputError {
  const where = lineAndColumn(bytes, from, line, bad);
  return new InputError(`${file}: cannot read CSV`, [
    { file, line: where.line, column: where.column, message: `invalid UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, '0')})`, expected: 'UTF-8 text (convert with e.g. `iconv -f latin1 -t utf-8`)' },
  ]);
}

/** Reads and checks the header: an empty file, invalid UTF-8 and duplicate column names are InputErrors. */
export function readCsvHeader(fd: number, size: number, file: string, options: ResolvedReadOptions, dialect: CsvDialect = csvDialect(options)): CsvHeader {
  let bufSize = Math.min(Math.max(size, 1), 1024 * 1024);
  for (;;) {
    const buf = new Uint8Array(bufSize);
    const n = readFully(fd, buf, 0, 0);
    const eof = n >= size || n < bufSize;
    const bom = n >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    if (n - bom === 0 || (eof && /^[\r\n]*$/.test(Buffer.from(buf.subarray(bom, n)).toString('latin1')))) {
      throw new InputError(`${file}: cannot read CSV`, [{ file, line: 1, message: 'the file is empty', expected: 'a header row naming the columns, then one record per line' }]);
    }
    const st: ScanState = { pos: bom, line: 1, lineStart: bom };
    let fields: string[] | null;
    try {
      fields = scanHeaderRecord(buf, st, n, eof, dialect, (b) => utf8.decode(b));
    } catch (error) {
      if (error instanceof TypeError) {
        const bad = firstInvalidUtf8(buf, bom, n);
        throw invalidUtf8Error(file, buf, 0, 1, bad < 0 ? 0 : bad);
      }
      throw syntaxToInputError(error, file);
    }
    if (fields === null) {
      if (bufSize >= options.maxRecordBytes) {
        throw new InputError(`${file}: cannot read CSV`, [{ file, line: 1, message: `the header is longer than the maximum record size (${options.maxRecordBytes} bytes)`, expected: 'a header row that ends with a newline' }]);
      }
      bufSize = Math.min(bufSize * 4, options.maxRecordBytes + 1);
      continue;
    }
    const seen = new Map<string, number>();
    const problems = [];
    for (const [i, name] of fields.entries()) {
      const first = seen.get(name);
      if (first !== undefined) problems.push({ file, line: 1, message: `duplicate column name ${JSON.stringify(name)} (columns ${first + 1} and ${i + 1})`, expected: 'unique column names in the header' });
      else seen.set(name, i);
    }
    if (problems.length > 0) throw new InputError(`${file}: cannot read CSV`, problems);
    return { header: fields, dataStart: st.pos, dataLine: st.line };
  }
}

let chunkSerial = 0;

/** Where to scan: a byte range starting at a record boundary, and the line number there. */
export interface CsvRange {
  readonly start: number;
  /** Stop after the first record that ends at or beyond this offset (a split point); the file size for all. */
  readonly stopAt: number;
  readonly line: number;
}

/** What a range scan covered: the offset and line just past its last record, and its record count. */
export interface CsvRangeEnd {
  readonly end: number;
  readonly line: number;
  readonly rows: number;
}

/**
 * Scans records of a range in bounded memory (one chunk plus at most one record carried over), yielding
 * batches that each own their chunk buffer. Validates UTF-8 before any cell of a region is handed out.
 * Throws CsvSyntaxError (lines as in `range.line`) or InputError.
 */
export function* scanCsvRange(
  fd: number,
  size: number,
  file: string,
  header: readonly string[],
  range: CsvRange,
  options: ResolvedReadOptions,
  dialect: CsvDialect = csvDialect(options),
  reuseBatches = false,
): Generator<RecordBatch, CsvRangeEnd> {
  // reuseBatches: for consumers known not to keep a batch after consume() (the profile), one set of
  // batch arrays is refilled instead of allocating ~18 bytes per cell per batch.
  let shared: CsvBatchBuilder | undefined;
  let spare: Buffer<ArrayBuffer> | undefined;
  let fileOff = range.start;
  let buf = Buffer.allocUnsafe(Math.min(options.chunkBytes, Math.max(1, size - fileOff)));
  let filled = 0;
  let validated = 0;
  const st: ScanState = { pos: 0, line: range.line, lineStart: 0 };
  let rows = 0;
  try {
    for (;;) {
      const got = readFully(fd, buf, filled, fileOff + filled);
      // Numbers the fillings (unique in this thread): the WebAssembly scanner copies a chunk in once, not per batch.
      const chunk = ++chunkSerial;
      filled += got;
      // A file that shrank while being read ends here too: never wait for bytes that will not come.
      const eof = fileOff + filled >= size || (got === 0 && filled < buf.length);
      const safeEnd = eof ? filled : lastLineBreak(buf, filled) + 1;
      if (safeEnd > validated) {
        if (!isUtf8(buf.subarray(validated, safeEnd))) {
          const bad = firstInvalidUtf8(buf, validated, safeEnd);
          throw invalidUtf8Error(file, buf, st.pos, st.line, bad < 0 ? validated : bad);
        }
        validated = safeEnd;
      }
      for (;;) {
        let builder: CsvBatchBuilder;
        if (reuseBatches) {
          builder = shared ??= wasmBatchBuilder(header.length, options.batchRows, options.chunkBytes) ?? new CsvBatchBuilder(header.length, options.batchRows);
          builder.length = 0;
        } else builder = new CsvBatchBuilder(header.length, options.batchRows);
        const outcome = scanCsvRecordsWasm(buf, st, filled, eof, dialect, builder, range.stopAt - fileOff, chunk);
        if (builder.length > 0) {
          yield makeByteRecordBatch({ file, header, firstRow: rows, bytes: buf, builder, quote: dialect.quote });
          rows += builder.length;
        }
        if (outcome === 'full') continue;
        if (outcome === 'need-more') break;
        return { end: fileOff + st.pos, line: st.line, rows };
      }
      const carry = filled - st.pos;
      if (carry > options.maxRecordBytes) throw tooLongError(file, buf, st, filled, options.maxRecordBytes, dialect.quote);
      let next: Buffer<ArrayBuffer>;
      if (reuseBatches && spare !== undefined && spare.length >= Math.max(options.chunkBytes, carry * 2)) next = spare;
      else next = Buffer.allocUnsafe(Math.max(options.chunkBytes, carry * 2));
      buf.copy(next, 0, st.pos, filled);
      // With reuse, the two chunk buffers alternate: the one just scanned becomes the next spare.
      spare = reuseBatches ? buf : undefined;
      fileOff += st.pos;
      validated = Math.max(0, validated - st.pos);
      st.lineStart -= st.pos;
      st.pos = 0;
      filled = carry;
      buf = next;
    }
  } finally {
    // The WebAssembly memory builder goes back for the next scan of this thread.
    if (shared !== undefined) releaseWasmBatchBuilder(shared);
  }
}

function lastLineBreak(buf: Buffer, filled: number): number {
  if (filled === 0) return -1;
  const lf = buf.lastIndexOf(10, filled - 1);
  // Only a file without LF (old Mac CR endings) pays for the second search.
  return lf >= 0 ? lf : buf.lastIndexOf(13, filled - 1);
}

function tooLongError(file: string, buf: Uint8Array, st: ScanState, filled: number, max: number, quote: number): InputError {
  // Say where an open quote started: the usual reason for a giant record is a quote that never closes.
  let open = -1;
  for (let i = st.pos; i < filled; i++) if (buf[i] === quote) open = open < 0 ? i : -1;
  const mib = max % (1024 * 1024) === 0 ? `${max / 1024 / 1024} MiB` : `${max} bytes`;
  if (open >= 0) {
    const at = lineAndColumn(buf, st.pos, st.line, open);
    return new InputError(`${file}: cannot read CSV`, [{ file, line: at.line, column: at.column, message: `unterminated quoted field: the quote opened at line ${at.line}, column ${at.column} is not closed within the maximum record size (${mib})`, expected: 'a closing " (write a quote inside a field as "")' }]);
  }
  return new InputError(`${file}: cannot read CSV`, [{ file, line: st.line, message: `the record starting at line ${st.line} is longer than the maximum record size (${mib})`, expected: `records shorter than ${mib} (raise it with --max-record-bytes)` }]);
}

/** Streams a CSV file as RecordBatches with 1-based line numbers; every problem is an InputError at file:line. */
export async function* readCsvBatches(path: string, options: ResolvedReadOptions): AsyncGenerator<RecordBatch, void> {
  const { fd, size } = openInputFile(path);
  try {
    const dialect = csvDialect(options);
    const head = readCsvHeader(fd, size, path, options, dialect);
    const it = scanCsvRange(fd, size, path, head.header, { start: head.dataStart, stopAt: Number.POSITIVE_INFINITY, line: head.dataLine }, options, dialect);
    let rows = 0;
    for (;;) {
      let step: IteratorResult<RecordBatch, CsvRangeEnd>;
      try {
        step = it.next();
      } catch (error) {
        throw syntaxToInputError(error, path);
      }
      if (step.done) break;
      rows += step.value.length;
      yield step.value;
    }
    if (rows === 0 && !options.allowEmpty) throw headerOnlyError(path);
  } finally {
    closeSync(fd);
  }
}

/** A header and no records: an error by default (a zero-row data set is almost always a mistake). */
export function headerOnlyError(file: string): InputError {
  return new InputError(`${file}: cannot read CSV`, [{ file, line: 2, message: 'the file has a header but no records', expected: 'at least one record after the header' }]);
}
