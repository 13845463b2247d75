import { CsvBatchBuilder, CsvSyntaxError, MAX_FORMS, isNanBytes, scanCsvRecords, type CsvDialect, type ScanOutcome, type ScanState } from './csv-scanner.js';
import { parseNumberBytes } from './number-bytes.js';
import { CELL_NUMBER, CELL_TEXT } from './record-batch.js';
import { CSV_SCAN_WASM } from './wasm/csv-scan-wasm.js';

/**
 * `scanCsvRecords` run by the WebAssembly build of the same scanner (src/core/data/wasm/csv-scan.as): same
 * arguments, same outcomes, same errors, the same batch contents, about three times faster. The chunk is
 * copied into the module's memory once per chunk (`chunk` numbers them), the batch's new rows are copied out
 * into the builder, and the few cells the module leaves undecided (inf words, numbers beyond the fast path)
 * are parsed here. Falls back to the JavaScript scanner where the module cannot follow (a builder it did not
 * start). One module instance per thread; not reentrant (scans are synchronous).
 */

interface WasmGlobal {
  value: number;
}
interface ScanExports {
  layout(base: number, inBytes: number, ncols: number, cap: number): number;
  scan(limit: number, eof: number, delimiter: number, quote: number, stopAt: number): number;
  tokensAt(): number;
  startsAt(): number;
  endsAt(): number;
  escapedAt(): number;
  kindsAt(): number;
  numbersAt(): number;
  linesAt(): number;
  digitsAt(): number;
  formIdsAt(): number;
  formCountAt(): number;
  formStartAt(): number;
  formLenAt(): number;
  formEscAt(): number;
  noDictAt(): number;
  hardAt(): number;
  statsAt(): number;
  prepareTokens(): void;
  columnStats(col: number, n: number): void;
  readonly pos: WasmGlobal;
  readonly line: WasmGlobal;
  readonly lineStart: WasmGlobal;
  readonly length: WasmGlobal;
  readonly errLine: WasmGlobal;
  readonly errCol: WasmGlobal;
  readonly errCount: WasmGlobal;
}
/** The WebAssembly API as used here (this project's TypeScript libraries do not declare it). */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
export interface WasmApi {
  Memory: new (descriptor: { initial: number }) => WasmMemory;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}

const PAGE = 65536;
/** Static data of the module lives below this offset; the scanner's regions start here. */
const BASE = PAGE;

interface Scanner {
  readonly x: ScanExports;
  readonly memory: WasmMemory;
  layout: { ncols: number; cap: number; inBytes: number } | undefined;
  tokens: readonly Uint8Array[] | undefined;
  chunk: number | undefined;
  builder: CsvBatchBuilder | undefined;
  /** The builder over the module's memory, while a scan holds it (see wasmBatchBuilder). */
  view: CsvBatchBuilder | undefined;
}

let scanner: Scanner | null | undefined;

function load(): Scanner | null {
  try {
    const api = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
    if (api === undefined) return null;
    const memory = new api.Memory({ initial: 2 });
    const bytes = Buffer.from(CSV_SCAN_WASM, 'base64');
    const instance = new api.Instance(new api.Module(bytes), {
      env: {
        memory,
        abort: () => {
          throw new Error('csv-scan.wasm aborted');
        },
      },
    });
    return { x: instance.exports as ScanExports, memory, layout: undefined, tokens: undefined, chunk: undefined, builder: undefined, view: undefined };
  } catch {
    return null;
  }
}

/** True when the WebAssembly scanner loaded (it does on Node 20+); false means the JavaScript scanner runs. */
export function wasmScannerAvailable(): boolean {
  if (scanner === undefined) scanner = load();
  return scanner !== null;
}

function fits(sc: Scanner, ncols: number, cap: number, inBytes: number): boolean {
  const l = sc.layout;
  return l !== undefined && l.ncols === ncols && l.cap === cap && l.inBytes >= inBytes;
}

function ensureLayout(sc: Scanner, ncols: number, cap: number, inBytes: number, room = inBytes): void {
  if (fits(sc, ncols, cap, inBytes)) return;
  room = Math.max(room, inBytes, sc.layout?.inBytes ?? 0, 4 * 1024 * 1024);
  const end = sc.x.layout(BASE, room, ncols, cap);
  if (end > sc.memory.buffer.byteLength) sc.memory.grow(Math.ceil((end - sc.memory.buffer.byteLength) / PAGE));
  sc.layout = { ncols, cap, inBytes: room };
  sc.tokens = undefined;
  sc.chunk = undefined;
  sc.builder = undefined;
}

/** Bytes of the module's token region (its byte-class table follows): [count][lengths...][tokens, each padded to 32]. */
const TOKEN_ROOM = 3840;

function tokenRegionBytes(tokens: readonly Uint8Array[]): number {
  return tokens.reduce((n, t) => n + 4 + ((t.length + 31) & ~31), 4);
}

/** Writes the null tokens into the module (callers checked tokenRegionBytes ≤ TOKEN_ROOM). */
function writeTokens(sc: Scanner, tokens: readonly Uint8Array[]): void {
  if (sc.tokens === tokens) return;
  const at = sc.x.tokensAt();
  const view = new DataView(sc.memory.buffer);
  let bytesAt = at + 4 + tokens.length * 4;
  const mem = new Uint8Array(sc.memory.buffer);
  view.setInt32(at, tokens.length, true);
  tokens.forEach((t, i) => {
    const padded = (t.length + 31) & ~31;
    view.setInt32(at + 4 + i * 4, t.length, true);
    mem.set(t, bytesAt);
    bytesAt += padded;
  });
  sc.x.prepareTokens();
  sc.tokens = tokens;
}

/**
 * A batch builder whose arrays are the module's own memory, for a scan that reuses one builder batch after
 * batch (consumers that never keep a batch): the scanner's output needs no copying out. Undefined when the
 * module is missing or another scan holds it; give it back with releaseWasmBatchBuilder. While it is held,
 * scans with other builders run in JavaScript, so nothing else writes the memory it lives in.
 */
export function wasmBatchBuilder(ncols: number, capacity: number, chunkBytes: number): CsvBatchBuilder | undefined {
  if (!wasmScannerAvailable()) return undefined;
  const sc = scanner as Scanner;
  if (sc.view !== undefined) return undefined;
  // Room for chunks four times the usual size (a long record grows the buffer) without moving the layout.
  ensureLayout(sc, ncols, capacity, chunkBytes + 1, 4 * chunkBytes);
  const x = sc.x;
  const buf = sc.memory.buffer;
  const cells = ncols * capacity;
  sc.view = new CsvBatchBuilder(ncols, capacity, {
    starts: new Int32Array(buf, x.startsAt(), cells),
    ends: new Int32Array(buf, x.endsAt(), cells),
    escaped: new Uint8Array(buf, x.escapedAt(), cells),
    kinds: new Uint8Array(buf, x.kindsAt(), cells),
    numbers: new Float64Array(buf, x.numbersAt(), cells),
    lines: new Float64Array(buf, x.linesAt(), capacity),
    digitCells: new Int32Array(buf, x.digitsAt(), ncols),
    formIds: new Int32Array(buf, x.formIdsAt(), cells),
    formCount: new Int32Array(buf, x.formCountAt(), ncols),
    formStart: new Int32Array(buf, x.formStartAt(), ncols * MAX_FORMS),
    formLen: new Int32Array(buf, x.formLenAt(), ncols * MAX_FORMS),
    formEsc: new Uint8Array(buf, x.formEscAt(), ncols * MAX_FORMS),
  });
  // Column counts and ranges by the module, over the memory the batch lives in (valid while it is current).
  const out = new Float64Array(buf, x.statsAt(), 8);
  sc.view.statsOf = (c, n) => {
    x.columnStats(c, n);
    return { nulls: out[0]!, numbers: n - out[0]! - out[1]!, texts: out[1]!, nans: out[2]!, infinite: out[3]!, min: out[4]!, max: out[5]!, finiteMin: out[6]!, finiteMax: out[7]! };
  };
  return sc.view;
}

/** Gives back the builder of wasmBatchBuilder (its batches are then no longer valid). */
export function releaseWasmBatchBuilder(b: CsvBatchBuilder): void {
  if (scanner && scanner.view === b) scanner.view = undefined;
}

/**
 * Scans like scanCsvRecords. `chunk` identifies the contents of `bytes`: the same number for the same
 * contents (several batches of one chunk), a new one whenever the buffer was refilled.
 */
export function scanCsvRecordsWasm(bytes: Uint8Array, st: ScanState, limit: number, eof: boolean, d: CsvDialect, b: CsvBatchBuilder, stopAt: number, chunk: number): ScanOutcome {
  if (scanner === undefined) scanner = load();
  const sc = scanner;
  if (sc === null || (b.length > 0 && sc.builder !== b) || tokenRegionBytes(d.nullTokens) > TOKEN_ROOM) return scanCsvRecords(bytes, st, limit, eof, d, b, stopAt);
  const view = sc.view === b;
  // Memory that a held builder lives in is neither laid out again nor written for another builder.
  if (sc.view !== undefined && (!view || !fits(sc, b.ncols, b.capacity, bytes.length + 1))) {
    if (view) sc.builder = undefined;
    return scanCsvRecords(bytes, st, limit, eof, d, b, stopAt);
  }
  ensureLayout(sc, b.ncols, b.capacity, bytes.length + 1);
  writeTokens(sc, d.nullTokens);
  const x = sc.x;
  const mem = new Uint8Array(sc.memory.buffer);
  // The chunk's bytes from the scan position on (earlier ones are never read again).
  if (sc.chunk !== chunk) mem.set(bytes.subarray(st.pos, limit), BASE + st.pos);
  // A newline after the data: the scanner's field loops stop there without a bound check per byte.
  mem[BASE + limit] = 10;
  sc.chunk = chunk;
  sc.builder = b;
  const ncols = b.ncols;
  const cap = b.capacity;
  const noDict = new Uint8Array(sc.memory.buffer, x.noDictAt(), ncols);
  if (b.length === 0) {
    if (st.noDictionary) noDict.set(st.noDictionary);
    else noDict.fill(0);
  }
  x.pos.value = st.pos;
  x.line.value = st.line;
  x.lineStart.value = st.lineStart;
  const from = b.length;
  x.length.value = from;
  const code = x.scan(limit, eof ? 1 : 0, d.delimiter, d.quote, Math.min(stopAt, 2 ** 52));
  if (code < 0) {
    const line = x.errLine.value;
    if (code === -1) {
      const col = x.errCol.value;
      throw new CsvSyntaxError(`unterminated quoted field: the quote opened at line ${line}, column ${col} is never closed`, line, col, 'a closing " before the end of the file (write a quote inside a field as "")');
    }
    if (code === -2) throw new CsvSyntaxError('unexpected character after a closing quote', line, x.errCol.value, 'a delimiter or the end of the line after a quoted field (write a quote inside a field as "")');
    const count = x.errCount.value;
    throw new CsvSyntaxError(`record has ${count} field${count === 1 ? '' : 's'}, the header has ${ncols}`, line, undefined, `${ncols} fields separated by '${String.fromCharCode(d.delimiter)}' (quote fields that contain the delimiter)`);
  }
  const to = x.length.value;
  copyOut(sc, b, from, to, view);
  st.pos = x.pos.value;
  st.line = x.line.value;
  st.lineStart = x.lineStart.value;
  if (noDict.some((f) => f === 1)) st.noDictionary = Uint8Array.from(noDict);
  b.length = to;
  return code === 0 ? 'need-more' : code === 1 ? 'full' : code === 2 ? 'stop' : 'done';
}

/** Copies rows [from, to) of every column, the per-batch counts and dictionaries, and settles undecided cells. */
function copyOut(sc: Scanner, b: CsvBatchBuilder, from: number, to: number, view: boolean): void {
  const x = sc.x;
  const buf = sc.memory.buffer;
  const ncols = b.ncols;
  const cap = b.capacity;
  const cells = ncols * cap;
  const starts = new Int32Array(buf, x.startsAt(), cells);
  const ends = new Int32Array(buf, x.endsAt(), cells);
  const escaped = new Uint8Array(buf, x.escapedAt(), cells);
  const kinds = new Uint8Array(buf, x.kindsAt(), cells);
  const numbers = new Float64Array(buf, x.numbersAt(), cells);
  const formIds = new Int32Array(buf, x.formIdsAt(), cells);
  if (to > from && !view) {
    for (let c = 0; c < ncols; c++) {
      const a = c * cap + from;
      const z = c * cap + to;
      b.starts.set(starts.subarray(a, z), a);
      b.ends.set(ends.subarray(a, z), a);
      b.escaped.set(escaped.subarray(a, z), a);
      b.kinds.set(kinds.subarray(a, z), a);
      b.numbers.set(numbers.subarray(a, z), a);
      b.formIds.set(formIds.subarray(a, z), a);
    }
    b.lines.set(new Float64Array(buf, x.linesAt(), cap).subarray(from, to), from);
  }
  if (!view) b.digitCells.set(new Int32Array(buf, x.digitsAt(), ncols));
  const formCount = new Int32Array(buf, x.formCountAt(), ncols);
  // Cells the module left to JavaScript: inf words and numbers beyond the fast path (rare).
  const hard = new Int32Array(buf, x.hardAt(), 1 + cells);
  const bytes = new Uint8Array(buf, BASE);
  for (let h = 1; h <= (hard[0] as number); h++) {
    const k = hard[h] as number;
    const row = k % cap;
    if (row >= to) continue; // a record cut by the end of the chunk: scanned again
    const s = b.starts[k] as number;
    const e = b.ends[k] as number;
    const v = parseNumberBytes(bytes, s, e);
    if (v === v || isNanBytes(bytes, s, e)) {
      b.kinds[k] = CELL_NUMBER;
      b.numbers[k] = v;
    } else {
      // A text cell outside the column's dictionary: no dictionary for this column in this batch.
      b.kinds[k] = CELL_TEXT;
      b.numbers[k] = NaN;
      formCount[(k - row) / cap] = -1;
    }
  }
  if (view) return;
  b.formCount.set(formCount);
  const formStart = new Int32Array(buf, x.formStartAt(), ncols * MAX_FORMS);
  const formLen = new Int32Array(buf, x.formLenAt(), ncols * MAX_FORMS);
  const formEsc = new Uint8Array(buf, x.formEscAt(), ncols * MAX_FORMS);
  for (let c = 0; c < ncols; c++) {
    const n = formCount[c] as number;
    if (n <= 0) continue;
    const a = c * MAX_FORMS;
    b.formStart.set(formStart.subarray(a, a + n), a);
    b.formLen.set(formLen.subarray(a, a + n), a);
    b.formEsc.set(formEsc.subarray(a, a + n), a);
  }
}
