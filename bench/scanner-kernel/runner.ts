// Runs the three scanners over the same bytes and prints ns per cell (bundled by scanner-kernel.bench.ts:
// under tsx every imported constant is a getter call, which would distort the JavaScript figures).
import { openSync, readFileSync, readSync, closeSync } from 'node:fs';
import { CsvBatchBuilder, scanCsvRecords, type ScanState } from '../../src/core/data/csv-scanner.js';
import { scanCsvRecordsWasm, type WasmApi } from '../../src/core/data/wasm-scanner.js';
import { scanKernel } from './kernel.js';

const [file, wasmPath, mbArg] = process.argv.slice(2) as [string, string, string];
const N = Number(mbArg) * 1e6;
const NCOLS = 14;
const CAP = 8192;
const REPS = 7;

const WA = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
const mem = new WA.Memory({ initial: Math.ceil((N + CAP * NCOLS * 24 + 1e6) / 65536) });
const instance = new WA.Instance(new WA.Module(readFileSync(wasmPath)), {
  env: {
    memory: mem,
    abort: () => {
      throw new Error('abort');
    },
  },
});
const wasm = instance.exports as { scan: (...a: number[]) => number; lastPos: () => number };
const memory = mem;
if (memory.buffer.byteLength < N + CAP * NCOLS * 24 + 1e6) memory.grow(Math.ceil((N + CAP * NCOLS * 24 + 1e6 - memory.buffer.byteLength) / 65536));
const bytes = new Uint8Array(memory.buffer);
const fd = openSync(file, 'r');
const got = readSync(fd, bytes, 0, N, 0);
closeSync(fd);
const start = bytes.indexOf(10) + 1;
const end = bytes.subarray(0, got).lastIndexOf(10) + 1;
const buf = Buffer.from(bytes.buffer, 0, end);

function best(run: () => number): { ms: number; rows: number } {
  let ms = Infinity;
  let rows = 0;
  for (let r = 0; r < REPS; r++) {
    const t0 = performance.now();
    rows = run();
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, rows };
}

const builder = new CsvBatchBuilder(NCOLS, CAP);
const dialect = { delimiter: 44, quote: 34, nullTokens: [new TextEncoder().encode('NA')] };
const scanner = best(() => {
  const st: ScanState = { pos: start, line: 2, lineStart: start };
  let rows = 0;
  for (;;) {
    builder.length = 0;
    const outcome = scanCsvRecords(buf, st, end, true, dialect, builder, Infinity);
    rows += builder.length;
    if (outcome === 'done') return rows;
  }
});
let chunk = 0;
const scannerWasm = best(() => {
  const st: ScanState = { pos: start, line: 2, lineStart: start };
  let rows = 0;
  chunk++;
  for (;;) {
    builder.length = 0;
    const outcome = scanCsvRecordsWasm(buf, st, end, true, dialect, builder, Infinity, chunk);
    rows += builder.length;
    if (outcome === 'done') return rows;
  }
});
const out = { starts: new Int32Array(NCOLS * CAP), ends: new Int32Array(NCOLS * CAP), kinds: new Uint8Array(NCOLS * CAP), numbers: new Float64Array(NCOLS * CAP) };
const js = best(() => {
  let pos = start;
  let rows = 0;
  while (pos < end) {
    const [n, next] = scanKernel(bytes, pos, end, CAP, out);
    rows += n;
    pos = next;
  }
  return rows;
});
const o = (end + 7) & ~7;
const [s, e, k] = [o, o + NCOLS * CAP * 4, o + NCOLS * CAP * 8];
const nums = (k + NCOLS * CAP + 7) & ~7;
const wa = best(() => {
  let pos = start;
  let rows = 0;
  while (pos < end) {
    rows += wasm.scan(pos, end, NCOLS, CAP, s, e, k, nums);
    pos = wasm.lastPos();
  }
  return rows;
});
if (js.rows !== scanner.rows || wa.rows !== scanner.rows || scannerWasm.rows !== scanner.rows) throw new Error(`row counts differ: scanner ${scanner.rows}, js kernel ${js.rows}, wasm kernel ${wa.rows}`);
const cells = scanner.rows * NCOLS;
const line = (label: string, ms: number) => console.log(`${label.padEnd(44)} ${((ms * 1e6) / cells).toFixed(1).padStart(6)} ns/cell ${(((end - start) / ms) / 1e3).toFixed(0).padStart(6)} MB/s`);
console.log(`${(end / 1e6).toFixed(0)} MB, ${scanner.rows.toLocaleString('en-US')} rows, best of ${REPS}`);
line('scanCsvRecords (full CSV semantics)', scanner.ms);
line('scanCsvRecordsWasm (the same, WebAssembly)', scannerWasm.ms);
line('JavaScript kernel (reduced field loop)', js.ms);
line('WebAssembly kernel (same loop, AssemblyScript)', wa.ms);
console.log(`scanCsvRecordsWasm / scanCsvRecords = ${(scannerWasm.ms / scanner.ms).toFixed(2)}; WebAssembly kernel / JavaScript kernel = ${(wa.ms / js.ms).toFixed(2)}`);
