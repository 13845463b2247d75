// The WebAssembly scanner (src/core/data/wasm/csv-scan.as through src/core/data/wasm-scanner.ts) must do exactly
// what the JavaScript scanner (scanCsvRecords) does: same outcomes, scan state, errors and batch contents,
// on generated CSV with every construct of the grammar, cut at many buffer ends and batch sizes.
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { scanCsvRange } from '../../src/adapters/data/csv-reader.js';
import { resolveReadOptions } from '../../src/core/data/read-options.js';
import type { RecordBatch } from '../../src/core/data/record-batch.js';
import { CsvBatchBuilder, CsvSyntaxError, scanCsvRecords, type CsvDialect, type ScanOutcome, type ScanState } from '../../src/core/data/csv-scanner.js';
import { scanCsvRecordsWasm, wasmScannerAvailable } from '../../src/core/data/wasm-scanner.js';
import { columnStats } from '../../src/core/data/batch-views.js';

/** A deterministic generator (no Math.random in tests: failures must reproduce). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const CELLS = [
  '0', '-0', '7', '42', '123456789012345', '1234567890123456', '-5', '+3', ' 7 ', '\t8', '1.5', '-0.25', '1e3', '2E-4', '1.0', '.5', '5.',
  'nan', 'NaN', 'NAN', ' nan ', 'inf', '-inf', 'Infinity', '+INF', '1e400', '123456789012345678901234567890', '0.1234567890123456789',
  '1e', '1.2.3', 'abc', 'café', 'x y', 'NA', '', 'none', 'no', 'yes', 'Infinite', 'infinity', '"q"', '"a""b"', '"x,y"', '"line\nbreak"',
  '"crlf\r\nin"', '""', '"NA"', '"12"', '" 7"', '"é""x"', 'a"b', '"nan"', 'é"x', 'true', 'false',
];

function generate(seed: number, rows: number, cols: number): string {
  const next = lcg(seed);
  const ends = ['\n', '\r\n', '\r'];
  const lineEnd = ends[Math.floor(next() * 3)]!;
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    if (next() < 0.03) lines.push(''); // a blank line
    const cells: string[] = [];
    for (let c = 0; c < cols; c++) cells.push(CELLS[Math.floor(next() * CELLS.length)]!);
    lines.push(cells.join(','));
  }
  // Some files hold a syntax error late: a ragged record, text after a closing quote, a quote never closed.
  if (seed % 5 === 0) lines.splice(rows - 5, 0, Array.from({ length: cols + 1 }, () => '1').join(','));
  if (seed % 7 === 0) lines.splice(rows - 8, 0, ['"bad"x', ...Array.from({ length: cols - 1 }, () => '2')].join(','));
  if (seed % 9 === 0) lines.push(['"never closed', ...Array.from({ length: cols - 1 }, () => '3')].join(','));
  return lines.join(lineEnd) + (next() < 0.5 ? lineEnd : '');
}

type Result = { outcome: ScanOutcome; st: ScanState; length: number } | { error: { message: string; line: number; column: number | undefined } };

function run(scan: (b: CsvBatchBuilder, st: ScanState) => ScanOutcome, b: CsvBatchBuilder, st: ScanState): Result {
  try {
    const outcome = scan(b, st);
    return { outcome, st: { pos: st.pos, line: st.line, lineStart: st.lineStart }, length: b.length };
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return { error: { message: error.message, line: error.line, column: error.column } };
  }
}

/** The batch as comparable data: per committed cell its bytes, kind, number, escape flag; lines; counts; forms. */
function contents(b: CsvBatchBuilder): unknown {
  const cells: unknown[] = [];
  for (let c = 0; c < b.ncols; c++) {
    for (let r = 0; r < b.length; r++) {
      const k = c * b.capacity + r;
      const n = b.numbers[k]!;
      cells.push([b.starts[k], b.ends[k], b.escaped[k], b.kinds[k], Number.isNaN(n) ? 'NaN' : Object.is(n, -0) ? '-0' : n, b.kinds[k] === 2 && b.formCount[c]! >= 0 ? b.formIds[k] : null]);
    }
  }
  const forms: unknown[] = [];
  for (let c = 0; c < b.ncols; c++) {
    const n = b.formCount[c]!;
    const list: unknown[] = [];
    for (let f = 0; f < n; f++) list.push([b.formStart[c * 1024 + f], b.formLen[c * 1024 + f], b.formEsc[c * 1024 + f]]);
    forms.push([n < 0 ? -1 : n, list]);
  }
  return { cells, lines: Array.from(b.lines.subarray(0, b.length)), digits: Array.from(b.digitCells), forms };
}

const dialect = (nulls: string[]): CsvDialect => ({ delimiter: 44, quote: 34, nullTokens: nulls.map((t) => new TextEncoder().encode(t)) });

test('the WebAssembly scanner loads (Node 20 and later have WebAssembly)', () => {
  assert.equal(wasmScannerAvailable(), true);
});

test('the WebAssembly and JavaScript scanners give the same outcomes, state, errors and batches', () => {
  let chunk = 1_000_000;
  let compared = 0;
  let errors = 0;
  let needMore = 0;
  for (let seed = 1; seed <= 40; seed++) {
    const cols = 1 + (seed % 5);
    const text = generate(seed, 60, cols);
    const bytes = Buffer.from(text);
    const d = dialect(seed % 3 === 0 ? ['NA', ''] : seed % 3 === 1 ? ['NA'] : ['', 'none']);
    for (const cap of [1, 3, 7, 64]) {
      // Whole text at once (eof), and cut at several buffer ends (not eof: the scanner must ask for more).
      for (const cut of [bytes.length, Math.floor(bytes.length / 3), Math.floor(bytes.length / 2) + 1, bytes.length - 1]) {
        const eof = cut === bytes.length;
        const stopAt = seed % 4 === 0 ? Math.floor(cut * 0.6) : Number.POSITIVE_INFINITY;
        const js: ScanState = { pos: 0, line: 1, lineStart: 0 };
        const wa: ScanState = { pos: 0, line: 1, lineStart: 0 };
        chunk++;
        for (let step = 0; step < 200; step++) {
          const bj = new CsvBatchBuilder(cols, cap);
          const bw = new CsvBatchBuilder(cols, cap);
          const rj = run((b, st) => scanCsvRecords(bytes, st, cut, eof, d, b, stopAt), bj, js);
          const rw = run((b, st) => scanCsvRecordsWasm(bytes, st, cut, eof, d, b, stopAt, chunk), bw, wa);
          const where = `seed ${seed}, cap ${cap}, cut ${cut}/${bytes.length}, step ${step}`;
          assert.deepEqual(rw, rj, where);
          compared++;
          if ('error' in rj) {
            errors++;
            break;
          }
          assert.deepEqual(contents(bw), contents(bj), where);
          if (rj.outcome === 'need-more') needMore++;
          if (rj.outcome !== 'full') break;
        }
      }
    }
  }
  // The corpus reaches every branch that matters: many batches, cut buffers and syntax errors.
  assert.ok(compared > 2000, `${compared} scans compared`);
  assert.ok(needMore > 50, `${needMore} need-more outcomes`);
  assert.ok(errors > 0, `${errors} syntax errors`);
});

test('syntax errors: same message, line and column from both scanners', () => {
  const cases = ['a,b\n"open\n', 'a,b\n"x"y,1\n', 'a,b\n1,2,3\n', 'a,b\n1\n', 'a\n"x""\n', 'a,b\r\n1,"2"\r\n"3"x,4'];
  for (const [i, text] of cases.entries()) {
    const bytes = Buffer.from(text);
    const js = run((b, st) => scanCsvRecords(bytes, st, bytes.length, true, dialect(['']), b, Infinity), new CsvBatchBuilder(2, 8), { pos: 0, line: 1, lineStart: 0 });
    const wa = run((b, st) => scanCsvRecordsWasm(bytes, st, bytes.length, true, dialect(['']), b, Infinity, 9_000_000 + i), new CsvBatchBuilder(2, 8), { pos: 0, line: 1, lineStart: 0 });
    assert.deepEqual(wa, js, JSON.stringify(text));
    assert.ok('error' in js, `${JSON.stringify(text)} is an error`);
  }
});

test('batches over the module memory (reused builder) equal fresh batches, also with a second scan interleaved; the module computes the same column stats', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mergeml-wasm-view-'));
  const text = `h1,h2,h3\n${generate(3, 400, 3)}\n`.replace(/\r\n?/g, '\n');
  const path = join(dir, 'd.csv');
  writeFileSync(path, text);
  const options = resolveReadOptions(path, { nullValues: ['NA', ''], batchRows: 7, chunkBytes: 1024 });
  const header = ['h1', 'h2', 'h3'];
  const range = { start: text.indexOf('\n') + 1, stopAt: Number.POSITIVE_INFINITY, line: 2 };
  const snapshot = (b: RecordBatch) => JSON.stringify({ lines: b.lines, cells: b.cells, kinds: [0, 1, 2].map((c) => Array.from(b.kinds!(c))), numbers: [0, 1, 2].map((c) => Array.from(b.numbers(c), (n) => (Number.isNaN(n) ? 'NaN' : n))), digits: [0, 1, 2].map((c) => b.raw?.digitCells?.(c)), stats: [0, 1, 2].map((c) => Object.entries(columnStats(b, c)).map(([k, v]) => `${k}=${Object.is(v, -0) ? '-0' : String(v)}`)) });
  const scan = (reuse: boolean) => {
    const fd = openSync(path, 'r');
    return { fd, it: scanCsvRange(fd, statSync(path).size, path, header, range, options, undefined, reuse) };
  };
  const fresh = scan(false);
  const reused = scan(true);
  const other = scan(true); // asks for the module's builder while the first holds it: gets an ordinary one
  let batches = 0;
  try {
    for (;;) {
      const a = fresh.it.next();
      const b = reused.it.next();
      const c = other.it.next();
      assert.equal(a.done, b.done);
      assert.equal(a.done, c.done);
      if (a.done || b.done || c.done) break;
      assert.equal(snapshot(b.value), snapshot(a.value), `batch ${batches}`);
      assert.equal(snapshot(c.value), snapshot(a.value), `batch ${batches} (interleaved scan)`);
      batches++;
    }
  } finally {
    for (const s of [fresh, reused, other]) closeSync(s.fd);
  }
  assert.ok(batches > 50, `${batches} batches`);
});
