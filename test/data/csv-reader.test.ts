import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { readBatches, runPass } from '../../src/adapters/data/read-batches.js';
import type { BatchConsumer, RecordBatch } from '../../src/core/data/record-batch.js';
import { CELL_NULL, CELL_NUMBER, CELL_TEXT, cellKinds, parseNumber } from '../../src/core/data/record-batch.js';
import { parseNumberBytes } from '../../src/core/data/number-bytes.js';
import { InputError } from '../../src/core/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'mergeml-csv-'));
let n = 0;
function file(content: string | Uint8Array, ext = 'csv'): string {
  const path = join(dir, `f${n++}.${ext}`);
  writeFileSync(path, content);
  return path;
}

async function readAll(path: string, options: Parameters<typeof readBatches>[1] = {}): Promise<{ header: readonly string[]; rows: (string | null)[][]; lines: number[]; kinds: number[][] }> {
  const rows: (string | null)[][] = [];
  const lines: number[] = [];
  const kinds: number[][] = [];
  let header: readonly string[] = [];
  for await (const b of readBatches(path, options)) {
    header = b.header;
    const k = b.header.map((_, c) => cellKinds(b, c));
    for (let i = 0; i < b.length; i++) {
      rows.push(b.header.map((_, c) => b.cells[c]?.[i] ?? null));
      kinds.push(k.map((col) => col[i] ?? -1));
      lines.push(b.lines[i] ?? -1);
    }
  }
  return { header, rows, lines, kinds };
}

test('RFC 4180: quoted fields, escaped quotes, embedded newlines, CRLF, BOM', async () => {
  const path = file('\ufeffid,"na""me",note\r\n1,"Smith, J","said ""hi"""\r\n2,plain,"two\r\nlines"\r\n3,,x\r\n');
  const r = await readAll(path);
  assert.deepEqual(r.header, ['id', 'na"me', 'note']);
  assert.deepEqual(r.rows, [
    ['1', 'Smith, J', 'said "hi"'],
    ['2', 'plain', 'two\r\nlines'],
    ['3', null, 'x'],
  ]);
  assert.deepEqual(r.lines, [2, 3, 5]);
});

test('configurable delimiter and null tokens; kinds and numbers per cell', async () => {
  const path = file('a;b;c\nNA;1e3;x\n-2.5;NA;\n"7";inf;nan\n');
  const r = await readAll(path, { delimiter: ';', nullValues: ['NA', ''] });
  assert.deepEqual(r.rows, [
    [null, '1e3', 'x'],
    ['-2.5', null, null],
    ['7', 'inf', 'nan'],
  ]);
  assert.deepEqual(r.kinds, [
    [CELL_NULL, CELL_NUMBER, CELL_TEXT],
    [CELL_NUMBER, CELL_NULL, CELL_NULL],
    [CELL_NUMBER, CELL_NUMBER, CELL_NUMBER],
  ]);
  const tsv = await readAll(file('a\tb\n1\t2\n'), { delimiter: 'tab' });
  assert.deepEqual(tsv.rows, [['1', '2']]);
});

test('blank lines are skipped; a last record without a newline is read; lone CR ends records', async () => {
  const r = await readAll(file('a,b\n\n1,2\n\n3,4'));
  assert.deepEqual(r.rows, [['1', '2'], ['3', '4']]);
  assert.deepEqual(r.lines, [3, 5]);
  const cr = await readAll(file('a,b\r1,2\r3,4\r'));
  assert.deepEqual(cr.rows, [['1', '2'], ['3', '4']]);
});

test('parseNumberBytes agrees with parseNumber on numbers and non-numbers', () => {
  const enc = new TextEncoder();
  const numberish = fc.oneof(
    fc.double({ noNaN: false }).map(String),
    fc.integer().map(String),
    fc.stringMatching(/^[ ]?[+-]?(\d{0,20}\.?\d{0,20})([eE][+-]?\d{1,4})?[ ]?$/),
    fc.constantFrom('inf', '-Infinity', 'NaN', 'nan', 'INF', 'infinity', 'x1', '1x', '1e', '.', '-', '', '0x1f', '1_000', '1.2.3', '١٢'),
    fc.string({ maxLength: 6 }),
  );
  fc.assert(
    fc.property(numberish, (text) => {
      const bytes = enc.encode(`,${text},`);
      const got = parseNumberBytes(bytes, 1, bytes.length - 1);
      const want = parseNumber(text);
      assert.ok(Object.is(got, want) || (Number.isNaN(got) && Number.isNaN(want)), `${JSON.stringify(text)}: ${got} vs ${want}`);
    }),
    { numRuns: 3000 },
  );
});

test('chunk and batch boundaries never change what is read (property)', async () => {
  const cell = fc.oneof(fc.constantFrom('', 'NA', '1', '-2.5', 'a,b', 'q"q', 'line\nbreak', 'crlf\r\nx', 'é', '日本'), fc.string({ maxLength: 8 }), fc.integer().map(String));
  await fc.assert(
    fc.asyncProperty(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1024, max: 1500 }), fc.integer({ min: 1, max: 7 }), async (rows, chunkBytes, batchRows) => {
      const quote = (v: string): string => (/[",\r\n]/.test(v) || v === '' ? `"${v.replace(/"/g, '""')}"` : v);
      // Pad rows so that records straddle the small chunks.
      const text = `x,y,z\n${rows.map((r) => r.map((v) => quote(v + 'p'.repeat(60))).join(',')).join('\n')}\n`;
      const path = file(text);
      const small = await readAll(path, { chunkBytes, batchRows, nullValues: ['NA'] });
      const big = await readAll(path, { nullValues: ['NA'] });
      assert.deepEqual(small, big);
      assert.deepEqual(big.rows, rows.map((r) => r.map((v) => v + 'p'.repeat(60))));
      let line = 2;
      big.lines.forEach((l, i) => {
        assert.equal(l, line);
        line += (rows[i] ?? []).join('').split('\n').length;
      });
    }),
    { numRuns: 60 },
  );
});

test('runPass feeds every batch to every consumer once and returns their results in order', async () => {
  const path = file(`v\n${Array.from({ length: 20_000 }, (_, i) => i).join('\n')}\n`);
  const sum: BatchConsumer<number> & { batches: number } = {
    batches: 0,
    total: 0,
    consume(b: RecordBatch) {
      this.batches++;
      const nums = b.numbers(0);
      for (const v of nums) (this as unknown as { total: number }).total += v;
    },
    finish() {
      return (this as unknown as { total: number }).total;
    },
  } as BatchConsumer<number> & { batches: number };
  const count: BatchConsumer<number> = { n: 0, consume(b: RecordBatch) { (this as unknown as { n: number }).n += b.length; }, finish() { return (this as unknown as { n: number }).n; } } as BatchConsumer<number>;
  const pass = await runPass(path, { batchRows: 4096 }, [sum, count] as const);
  assert.equal(pass.rows, 20_000);
  assert.deepEqual(pass.results, [(19_999 * 20_000) / 2, 20_000]);
  assert.equal(sum.batches, 5);
});

test('JSON Lines: header from the first record, missing keys null, values as text, lines kept', async () => {
  const path = file('{"a":1,"b":"x","c":true}\n\n{"b":null,"a":2.5}\n{"a":"NA","b":"y","c":{"k":1}}\n', 'jsonl');
  const r = await readAll(path, { nullValues: ['NA'] });
  assert.deepEqual(r.header, ['a', 'b', 'c']);
  assert.deepEqual(r.rows, [
    ['1', 'x', 'true'],
    ['2.5', null, null],
    [null, 'y', '{"k":1}'],
  ]);
  assert.deepEqual(r.lines, [1, 3, 4]);
});

test('a record longer than maxRecordBytes is an InputError at its line, not unbounded memory', async () => {
  const path = file(`a,b\n1,2\n3,${'x'.repeat(50_000)}\n`);
  await assert.rejects(readAll(path, { maxRecordBytes: 10_000, chunkBytes: 4096 }), (e: unknown) => e instanceof InputError && /:3: the record starting at line 3 is longer than the maximum record size \(10000 bytes\)/.test(e.message));
  const quoted = file(`a,b\n1,"${'x\n'.repeat(20_000)}\n`);
  await assert.rejects(readAll(quoted, { maxRecordBytes: 10_000, chunkBytes: 4096 }), (e: unknown) => e instanceof InputError && /:2:3: unterminated quoted field: the quote opened at line 2, column 3/.test(e.message));
});
