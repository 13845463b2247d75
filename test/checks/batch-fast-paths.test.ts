// The per-batch fast paths (src/core/data/batch-views.ts and the checks and profile that use them) must give
// exactly what the per-cell paths give. A generated CSV file holds every edge case of the number grammar,
// quoting and null tokens, with columns that stay clean for many batches and go off (out of range, out of
// the set, not an integer, null) only in the last 1000 rows. It is read as byte-level batches of several
// sizes (and with 1 KiB chunks, so that batches end where a record is cut) and compared with plain text
// batches of the same rows, and with counts computed here from the generated cells (the oracle), since text
// batches take the columnStats fast paths too.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readBatches } from '../../src/adapters/data/read-batches.js';
import { columnOverviewConsumer } from '../../src/core/checks/column-overview.js';
import { findRegisteredCheck } from '../../src/core/checks/registry.js';
import { MAX_EXAMPLES } from '../../src/core/checks/check-result.js';
import { columnStats, numbersAreDigitLiterals, textDictionary, MAX_DICTIONARY_TEXTS, type ColumnBatchStats } from '../../src/core/data/batch-views.js';
import { CELL_TEXT, cellKinds, isNanLiteral, makeRecordBatch, parseNumber, type BatchConsumer, type RecordBatch } from '../../src/core/data/record-batch.js';
import type { ReadOptions } from '../../src/core/data/read-options.js';
import { dataCheckSchema } from '../../src/core/policy/data-checks-schema.js';
import { ProfileConsumer } from '../../src/core/profile/profile-consumer.js';
import type { ColumnProfile } from '../../src/core/profile/profile-result.js';
import { toBatches } from './dv-helpers.js';

/** One generated cell: its text (what a reader must hand out) and whether the file quotes it. */
interface Cell {
  readonly text: string;
  readonly quoted: boolean;
}
const u = (text: string): Cell => ({ text, quoted: false });
const q = (text: string): Cell => ({ text, quoted: true });
const NULL_TOKENS = ['NA', ''];
const READ = { nullValues: NULL_TOKENS } as const;

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const N = 12_000;
const L64 = `${'L'.repeat(63)}a`;
const L64B = `${'L'.repeat(63)}b`;
const L63 = 'L'.repeat(63);
const L70 = 'M'.repeat(70);
const L70Q = `${'M'.repeat(34)}"${'M'.repeat(35)}`;
const CATS = ['red', 'green', 'blue', 'café', 'a"b'];
const MIXED_EDGES = [
  u('-5'), u('+3'), u(' 7 '), u('\t7'), u('7\t'), u(' \t-3\t '), u('\t1.5'), u('1.5'), u('1e3'), u('1.0'), u('nan'), u('NaN'), u('NAN'), u('inf'), u('-inf'), u('+inf'), u('Infinity'), u('1e400'), u('-1e400'),
  q('12'), q(' 42'), q('nan'), q('-inf'), u('.5'), u('-0'), u(' 8'), u('0012'), u('12345678901234567'), u('NA'), u(''), q(''), u('x1'),
];

// Each column: its name and its cell at row i (rows ≥ 11,000 are the last batch of 1000: the late findings).
function generate(): { header: string[]; cells: Cell[][] } {
  const rnd = lcg(20261123);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const maybeQuoted = (text: string, p: number): Cell => (rnd() < p ? q(text) : u(text));
  const columns: [string, (i: number) => Cell][] = [
    ['id', (i) => u(String(i))],
    ['int_late', (i) => (i === 11_003 ? u('-5') : i === 11_201 ? u('+3') : i === 11_517 ? u('1.0') : i === 11_900 ? u('NA') : u(String(Math.floor(rnd() * 100))))],
    ['mixed', () => (rnd() < 0.8 ? u(String(Math.floor(rnd() * 1000))) : pick(MIXED_EDGES))],
    ['sparse', (i) => (i < 6000 ? u('') : i === 11_950 ? u('x') : u(String(Math.floor(rnd() * 10))))],
    ['float', (i) => (i === 11_777 ? u('1.0001') : rnd() < 0.05 ? u('nan') : rnd() < 0.05 ? u(pick(['0', '1'])) : u((Math.floor(rnd() * 1001) / 1000).toFixed(3)))],
    ['cat', (i) => (i === 11_911 ? u('purple') : i === 11_912 ? q(' red') : i === 11_913 ? u('bluf') : i === 11_914 ? u('clue') : rnd() < 0.03 ? u('NA') : maybeQuoted(pick(CATS), 0.3))],
    ['crowded', (i) => (i === 11_600 ? u('c11') : i === 11_601 ? u('c1') : rnd() < 0.1 ? u('zz') : maybeQuoted(`c${String(Math.floor(rnd() * 11)).padStart(2, '0')}`, 0.2))],
    ['long', (i) => (i === 11_444 ? u(L64B) : i === 11_445 ? u(L63) : maybeQuoted(pick([L64, L70, 'short', L70Q]), 0.3))],
    ['numcat', (i) => (i === 11_303 ? u('3.5') : pick([u('1'), u('2'), u('3'), u('1.0'), u('2e0'), u(' 3'), u('4'), q('2'), u('04')]))],
    ['bool', (i) => (i === 11_800 ? u('yes') : i === 11_801 ? u('1') : rnd() < 0.05 ? u('') : u(pick(['true', 'false', 'True', 'FALSE'])))],
    ['bool_clean', () => maybeQuoted(pick(['true', 'false']), 0.2)],
    ['texts', () => pick([q('x, y'), q('say "hi"'), u('naïve'), u('日本'), q('12'), u('plain'), q(' padded '), u('a"b'), q('a"b'), u('a""b'), u('NA')])],
    ['wide', (i) => maybeQuoted(`w${(i * 7919) % 700}`, 0.1)],
    ['huge', (i) => u(`h${(i * 7919) % 11_000}`)],
  ];
  const cells: Cell[][] = [];
  for (let i = 0; i < N; i++) cells.push(columns.map(([, cell]) => cell(i)));
  return { header: columns.map(([name]) => name), cells };
}

function csvField(cell: Cell): string {
  if (cell.quoted) return `"${cell.text.replaceAll('"', '""')}"`;
  assert.ok(!/[,\r\n]/.test(cell.text) && !cell.text.startsWith('"'), `unquoted cell ${JSON.stringify(cell.text)} must be quoted`);
  return cell.text;
}

const { header, cells } = generate();
const rows: (string | null)[][] = cells.map((r) => r.map((cell) => (NULL_TOKENS.includes(cell.text) ? null : cell.text)));
const path = join(mkdtempSync(join(tmpdir(), 'mergeml-fast-paths-')), 'd.csv');
writeFileSync(path, `${header.join(',')}\n${cells.map((r) => r.map(csvField).join(',')).join('\n')}\n`);
const col = (name: string): number => header.indexOf(name);

async function byteBatches(options: ReadOptions): Promise<RecordBatch[]> {
  const out: RecordBatch[] = [];
  for await (const b of readBatches(path, { ...READ, ...options })) out.push(b);
  assert.ok(out.every((b) => b.raw !== undefined), 'the CSV reader gives byte-level batches');
  assert.equal(out.reduce((n, b) => n + b.length, 0), N);
  return out;
}

/** Text batches with the same rows, boundaries and lines as `batches`, built from the generated texts. */
function textTwins(batches: readonly RecordBatch[]): RecordBatch[] {
  return batches.map((b) => {
    const chunk = rows.slice(b.firstRow, b.firstRow + b.length);
    return makeRecordBatch({ file: path, header, firstRow: b.firstRow, cells: header.map((_, c) => chunk.map((r) => r[c] ?? null)), lines: [...b.lines] });
  });
}

function feed<R>(consumer: BatchConsumer<R>, batches: readonly RecordBatch[]): R {
  for (const b of batches) consumer.consume(b);
  return consumer.finish();
}

function runCheck(entry: Record<string, unknown>, batches: readonly RecordBatch[]): unknown {
  const config = dataCheckSchema.parse(entry);
  return feed(findRegisteredCheck(config.check)!.create(config, {}), batches);
}

const isNumber = (t: string): boolean => !Number.isNaN(parseNumber(t)) || isNanLiteral(t);
const isInteger = (t: string): boolean => isNumber(t) && /^\s*[+-]?\d+\s*$/.test(t);

/** What a per-column check must report, from the generated texts: which cells count and which are off. */
interface Oracle {
  readonly entry: Record<string, unknown>;
  readonly counted: (t: string | null) => boolean;
  readonly bad: (t: string | null) => boolean;
}

function typeOracle(column: string, type: string): Oracle {
  const accepts: Record<string, (t: string) => boolean> = {
    integer: isInteger,
    float: isNumber,
    number: isNumber,
    string: () => true,
    boolean: (t) => !isNumber(t) && /^(true|false)$/i.test(t.trim()),
  };
  return { entry: { check: 'column_type', column, type }, counted: (t) => t !== null, bad: (t) => !accepts[type]!(t!) };
}

function rangeOracle(column: string, bounds: { min?: number; max?: number; strict_min?: boolean; strict_max?: boolean }): Oracle {
  const inside = (x: number): boolean =>
    (bounds.min === undefined || (bounds.strict_min ? x > bounds.min : x >= bounds.min)) && (bounds.max === undefined || (bounds.strict_max ? x < bounds.max : x <= bounds.max));
  return {
    entry: { check: 'values_between', column, ...bounds },
    // A `nan` number is read as null by pandas: not counted.
    counted: (t) => t !== null && !(isNumber(t) && Number.isNaN(parseNumber(t))),
    bad: (t) => !isNumber(t!) || !inside(parseNumber(t!)),
  };
}

function setOracle(column: string, values: readonly (string | number)[]): Oracle {
  const texts = new Set(values.map(String));
  const numbers = new Set(values.filter((v) => typeof v === 'number'));
  return { entry: { check: 'values_in_set', column, values }, counted: (t) => t !== null, bad: (t) => !texts.has(t!) && !numbers.has(parseNumber(t)) };
}

const TYPED = ['id', 'int_late', 'mixed', 'sparse', 'float', 'bool', 'bool_clean', 'texts', 'numcat', 'cat'];
const ORACLES: Oracle[] = [
  ...header.map((column) => ({ entry: { check: 'values_not_null', column }, counted: () => true, bad: (t: string | null) => t === null })),
  ...TYPED.flatMap((column) => ['integer', 'float', 'number', 'string', 'boolean'].map((type) => typeOracle(column, type))),
  rangeOracle('id', { min: 0, max: N - 1 }),
  rangeOracle('id', { min: 0, max: N - 1, strict_min: true }),
  rangeOracle('id', { min: 1, max: N - 2 }),
  rangeOracle('int_late', { min: 0, max: 99 }),
  rangeOracle('int_late', { min: 0, max: 99, strict_max: true }),
  rangeOracle('int_late', { min: 0 }),
  rangeOracle('int_late', { max: 50 }),
  rangeOracle('float', { min: 0, max: 1 }),
  rangeOracle('float', { min: 0, max: 1, strict_min: true }),
  rangeOracle('float', { min: 0, max: 1, strict_max: true }),
  rangeOracle('float', { max: 1 }),
  rangeOracle('mixed', { min: -10, max: 1000 }),
  rangeOracle('mixed', { min: -1e300 }),
  rangeOracle('mixed', { max: 1e300, strict_max: true }),
  rangeOracle('sparse', { min: 0, max: 9 }),
  rangeOracle('numcat', { min: 1, max: 4 }),
  setOracle('cat', CATS),
  setOracle('crowded', [...Array.from({ length: 11 }, (_, k) => `c${String(k).padStart(2, '0')}`), 'zz']),
  setOracle('long', [L64, L70, 'short', L70Q]),
  setOracle('numcat', [1, 2, 3, '4']),
  setOracle('mixed', [7, 12, 42, 3, 'x1', 'inf']),
  setOracle('texts', ['x, y', 'say "hi"', 'naïve', '日本', 'a"b', ' padded ']),
  // Raw bytes of a quoted "a""b" are a""b: only the unquoted a""b is in this set.
  setOracle('texts', ['a""b']),
  setOracle('wide', Array.from({ length: 600 }, (_, k) => `w${k}`)),
];

/** The counts and the first examples the check must report, computed cell by cell from the generated texts. */
function expectedFromOracle(o: Oracle): { unexpectedCount: number; elementCount: number; examples: unknown[] } {
  const c = col(o.entry['column'] as string);
  let elementCount = 0;
  const badRows: number[] = [];
  rows.forEach((r, i) => {
    const t = r[c] ?? null;
    if (!o.counted(t)) return;
    elementCount++;
    if (o.bad(t)) badRows.push(i);
  });
  const examples = badRows.slice(0, MAX_EXAMPLES).map((i) => ({ file: path, line: i + 2, column: o.entry['column'], value: rows[i]![c] ?? null }));
  return { unexpectedCount: badRows.length, elementCount, examples };
}

const VARIANTS: { name: string; options: ReadOptions }[] = [
  { name: 'batchRows 7', options: { batchRows: 7 } },
  { name: 'batchRows 64', options: { batchRows: 64 } },
  { name: 'batchRows 1000', options: { batchRows: 1000 } },
  // 1 KiB chunks: almost every batch ends where the next record is cut by the end of the buffer.
  { name: 'batchRows 1000, chunkBytes 1024', options: { batchRows: 1000, chunkBytes: 1024 } },
];

test('the generated file has findings only where the oracle puts them', () => {
  // Guards the test itself: the off values of these columns sit in the last batch of 1000, after clean batches
  // that the fast paths decide whole; only the per-cell loops of that batch can find them.
  const lines = (o: Oracle): number[] => expectedFromOracle(o).examples.map((e) => (e as { line: number }).line);
  assert.deepEqual(lines(rangeOracle('int_late', { min: 0, max: 99 })), [11_005]);
  assert.deepEqual(lines(typeOracle('int_late', 'integer')), [11_519]);
  assert.deepEqual(lines({ entry: { column: 'int_late' }, counted: () => true, bad: (t) => t === null }), [11_902]);
  assert.deepEqual(lines(rangeOracle('float', { min: 0, max: 1 })), [11_779]);
  assert.deepEqual(lines(typeOracle('sparse', 'integer')), [11_952]);
  assert.deepEqual(lines(setOracle('cat', CATS)), [11_913, 11_914, 11_915, 11_916]);
  assert.deepEqual(lines(setOracle('long', [L64, L70, 'short', L70Q])), [11_446, 11_447]);
  assert.deepEqual(lines(setOracle('crowded', [...Array.from({ length: 11 }, (_, k) => `c${String(k).padStart(2, '0')}`), 'zz'])), [11_602, 11_603]);
  assert.deepEqual(lines(typeOracle('bool', 'boolean')), [11_802, 11_803]);
  assert.ok(rows.slice(0, 11_000).every((r) => /^\d+$/.test(r[col('int_late')] ?? '')));
});

const loaded = new Map<string, Promise<RecordBatch[]>>();
function variantBatches(options: ReadOptions): Promise<RecordBatch[]> {
  const key = JSON.stringify(options);
  let hit = loaded.get(key);
  if (hit === undefined) loaded.set(key, (hit = byteBatches(options)));
  return hit;
}

/** Text batches for a variant: toBatches where the boundaries are every `batchRows`, twins otherwise. */
function textBatchesFor(options: ReadOptions, bytes: readonly RecordBatch[]): RecordBatch[] {
  if (options.chunkBytes !== undefined) return textTwins(bytes);
  const text = toBatches(header, rows, options.batchRows, path);
  assert.deepEqual(
    text.map((b) => b.length),
    bytes.map((b) => b.length),
    'byte batches are cut every batchRows records',
  );
  return text;
}

function expectedStats(texts: readonly (string | null)[]): ColumnBatchStats {
  let nulls = 0;
  let numbers = 0;
  let nans = 0;
  let infinite = 0;
  const values: number[] = [];
  for (const t of texts) {
    if (t === null) nulls++;
    else if (isNumber(t)) {
      numbers++;
      const v = parseNumber(t);
      if (Number.isNaN(v)) nans++;
      else {
        values.push(v);
        if (!Number.isFinite(v)) infinite++;
      }
    }
  }
  const finite = values.filter((v) => Number.isFinite(v));
  return {
    nulls,
    numbers,
    texts: texts.length - nulls - numbers,
    nans,
    infinite,
    min: Math.min(Infinity, ...values),
    max: Math.max(-Infinity, ...values),
    finiteMin: Math.min(Infinity, ...finite),
    finiteMax: Math.max(-Infinity, ...finite),
  };
}

/** textDictionary as a Map would build it: distinct text cells in order of first occurrence. */
function expectedDictionary(texts: readonly (string | null)[]): { ids: number[]; texts: string[]; counts: number[]; firstRows: number[] } | undefined {
  const index = new Map<string, number>();
  const out = { ids: [] as number[], texts: [] as string[], counts: [] as number[], firstRows: [] as number[] };
  for (const [i, t] of texts.entries()) {
    if (t === null || isNumber(t)) {
      out.ids.push(-1);
      continue;
    }
    let id = index.get(t);
    if (id === undefined) {
      index.set(t, (id = out.texts.length));
      out.texts.push(t);
      out.counts.push(0);
      out.firstRows.push(i);
    }
    out.counts[id]!++;
    out.ids.push(id);
  }
  return out.texts.length > MAX_DICTIONARY_TEXTS ? undefined : out;
}

test('per-batch views (kinds, numbers, columnStats, digit cells, dictionaries) match the generated cells on every batch', async () => {
  let fastBatches = 0;
  let overflowed = 0;
  for (const v of VARIANTS) {
    const bytes = await variantBatches(v.options);
    const text = textTwins(bytes);
    for (const [k, b] of bytes.entries()) {
      assert.deepEqual(b.lines, Array.from({ length: b.length }, (_, i) => b.firstRow + i + 2), `${v.name}: lines of batch ${k}`);
      for (let c = 0; c < header.length; c++) {
        const where = `${v.name}, batch ${k} (rows ${b.firstRow}..${b.firstRow + b.length - 1}), column ${header[c]}`;
        const gen = cells.slice(b.firstRow, b.firstRow + b.length).map((r) => r[c]!);
        const texts = rows.slice(b.firstRow, b.firstRow + b.length).map((r) => r[c] ?? null);
        const t = text[k]!;
        assert.deepEqual(cellKinds(b, c), cellKinds(t, c), `kinds: ${where}`);
        assert.deepEqual([...b.numbers(c)], [...t.numbers(c)], `numbers: ${where}`);
        const stats = expectedStats(texts);
        assert.deepEqual(columnStats(b, c), stats, `columnStats (bytes): ${where}`);
        assert.deepEqual(columnStats(t, c), stats, `columnStats (text): ${where}`);
        // The scanner's digit cells: unquoted, unsigned, digits only, at most 15 of them, not a null token.
        const digits = gen.filter((cell) => !cell.quoted && /^\d{1,15}$/.test(cell.text)).length;
        assert.equal(b.raw!.digitCells!(c), digits, `digitCells: ${where}`);
        assert.equal(numbersAreDigitLiterals(b, c), digits === stats.numbers, `numbersAreDigitLiterals: ${where}`);
        assert.equal(numbersAreDigitLiterals(t, c), false, `text batches never vouch for digit literals: ${where}`);
        if (digits === stats.numbers && stats.numbers > 0) fastBatches++;
        const dict = expectedDictionary(texts);
        if (dict === undefined) overflowed++;
        // `ids` is only valid until the next dictionary of the column: compare at once.
        for (const [kind, batch] of [['bytes', b], ['text', t]] as const) {
          const got = textDictionary(batch, c);
          assert.deepEqual(got === undefined ? undefined : { ids: textIds(batch, c, got.ids), texts: [...got.texts], counts: [...got.counts], firstRows: [...got.firstRows] }, dict, `textDictionary (${kind}): ${where}`);
        }
      }
    }
  }
  // The comparisons above covered both sides of each fast path.
  assert.ok(fastBatches > 1000, `batches vouched for as digit literals: ${fastBatches}`);
  assert.ok(overflowed > 10, `batches with more than ${MAX_DICTIONARY_TEXTS} distinct texts: ${overflowed}`);
});

function overviewOracle(): unknown[] {
  return header.map((name, c) => {
    const present = rows.map((r) => r[c] ?? null).filter((t): t is string => t !== null);
    const nulls = N - present.length;
    const type =
      present.length === 0
        ? 'empty'
        : present.every((t) => !isNumber(t) && /^(true|false)$/i.test(t.trim()))
          ? 'boolean'
          : present.every(isInteger)
            ? 'integer'
            : present.every(isNumber)
              ? 'float'
              : 'string';
    return { name, type, count: N, nulls, nullShare: nulls / N };
  });
}

test('DV06, DV07, DV10, DV12 and the column overview give the same results on byte and text batches of every size, and what the cells say', async () => {
  const overview = overviewOracle();
  // Every type occurs, so the overview's fast and slow paths both decide some column.
  assert.deepEqual(new Set(overview.map((o) => (o as { type: string }).type)), new Set(['integer', 'float', 'string', 'boolean']));
  const first = new Map<number, unknown>();
  for (const v of VARIANTS) {
    const bytes = await variantBatches(v.options);
    const text = textBatchesFor(v.options, bytes);
    for (const [k, o] of ORACLES.entries()) {
      const label = `${v.name}: ${JSON.stringify(o.entry)}`;
      const got = runCheck(o.entry, bytes) as { unexpectedCount: number; elementCount: number; examples: unknown[] }[];
      assert.deepEqual(got, runCheck(o.entry, text), `bytes vs text, ${label}`);
      assert.equal(got.length, 1, label);
      const want = expectedFromOracle(o);
      assert.deepEqual({ unexpectedCount: got[0]!.unexpectedCount, elementCount: got[0]!.elementCount, examples: got[0]!.examples }, want, `vs the cells, ${label}`);
      if (!first.has(k)) first.set(k, got);
      else assert.deepEqual(got, first.get(k), `same result at every batch size, ${label}`);
    }
    assert.deepEqual(feed(columnOverviewConsumer(), bytes), overview, `overview (bytes), ${v.name}`);
    assert.deepEqual(feed(columnOverviewConsumer(), text), overview, `overview (text), ${v.name}`);
  }
});

/** The profile of one column as the cells say: counts, distinct values, numeric range and mean, top texts. */
function profileOracle(c: number): Record<string, unknown> {
  const present = rows.map((r) => r[c] ?? null).filter((t): t is string => t !== null);
  const numbers = present.filter(isNumber).map(parseNumber);
  const texts = present.filter((t) => !isNumber(t));
  const finite = numbers.filter((v) => Number.isFinite(v));
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  const top = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, 20)
    .map(([value, count]) => ({ value, count }));
  return {
    count: present.length,
    nulls: N - present.length,
    numberCount: numbers.length,
    textCount: texts.length,
    // Set compares numbers by value as the profile does (NaN is one value, -0 is 0).
    distinct: new Set(numbers).size + counts.size,
    numeric: numbers.length === 0 ? null : { count: finite.length, nonFinite: numbers.length - finite.length, min: finite.length > 0 ? Math.min(...finite) : null, max: finite.length > 0 ? Math.max(...finite) : null },
    mean: finite.length === 0 ? null : finite.reduce((a, b) => a + b, 0) / finite.length,
    top: texts.length === 0 ? null : top,
  };
}

function profileSummary(p: ColumnProfile): Record<string, unknown> {
  return {
    count: p.count,
    nulls: p.nulls,
    numberCount: p.numberCount,
    textCount: p.textCount,
    distinct: p.distinct,
    numeric: p.numeric === null ? null : { count: p.numeric.count, nonFinite: p.numeric.nonFinite, min: p.numeric.min, max: p.numeric.max },
    mean: p.numeric?.mean ?? null,
    top: p.text?.top ?? null,
  };
}

/** Moments depend on where batches are cut (per-batch sums merged by Chan's update): compared approximately. */
function withoutMoments(p: ColumnProfile): unknown {
  return { ...p, numeric: p.numeric === null ? null : { ...p.numeric, mean: undefined, std: undefined } };
}

test('the profile gives the same result on byte and text batches of every size, and the cells exact counts', async () => {
  // id (12,000 integers) and huge (11,000 texts) pass 10,000 distinct values: the profile switches to sketches.
  const sketched = ['id', 'huge'];
  const exact = header.filter((name) => !sketched.includes(name));
  let reference: ColumnProfile[] | undefined;
  for (const v of VARIANTS) {
    const bytes = await variantBatches(v.options);
    const text = textBatchesFor(v.options, bytes);
    const fromBytes = feed(new ProfileConsumer(path), bytes);
    const fromText = feed(new ProfileConsumer(path), text);
    for (const name of exact) {
      const c = col(name);
      const got = fromBytes.columns[c]!;
      assert.deepEqual(got, fromText.columns[c], `bytes vs text, ${v.name}, column ${name}`);
      assert.equal(got.distinctExact, true, `${name} is counted exactly`);
      const want = profileOracle(c);
      const mean = got.numeric?.mean ?? null;
      if (mean !== null) assert.ok(Math.abs(mean - (want['mean'] as number)) <= 1e-9 * Math.max(1, Math.abs(mean)), `mean of ${name}, ${v.name}: ${mean} vs ${String(want['mean'])}`);
      assert.deepEqual({ ...profileSummary(got), mean: null }, { ...want, mean: null }, `vs the cells, ${v.name}, column ${name}`);
      if (reference === undefined) continue;
      const ref = reference[c]!;
      assert.deepEqual(withoutMoments(got), withoutMoments(ref), `same profile at every batch size, ${v.name}, column ${name}`);
    }
    for (const name of sketched) {
      const got = fromBytes.columns[col(name)]!;
      assert.equal(got.distinctExact, false, `${name} is sketched`);
      assert.deepEqual(got, fromText.columns[col(name)], `bytes vs text, ${v.name}, column ${name}`);
      const want = profileOracle(col(name));
      assert.deepEqual({ count: got.count, nulls: got.nulls, numberCount: got.numberCount, textCount: got.textCount }, { count: want['count'], nulls: want['nulls'], numberCount: want['numberCount'], textCount: want['textCount'] });
    }
    reference ??= fromBytes.columns.slice();
  }
});

async function readCsv(csv: string, options: ReadOptions = {}): Promise<RecordBatch[]> {
  const file = join(mkdtempSync(join(tmpdir(), 'mergeml-fast-paths-')), 'small.csv');
  writeFileSync(file, csv);
  const out: RecordBatch[] = [];
  for await (const b of readBatches(file, { ...READ, ...options })) out.push(b);
  return out;
}

test('columnStats counts nulls, numbers, texts, nan and ±inf cells and gives the range with and without infinities', async () => {
  const csv = ['v,w,x', '3,nan,10', 'nan,NaN,2', '-inf,NA, 4 ', 'NA,NA,"5"', '1e400,nan,0', 'x,NA,-1', '-2.5,NA,abc', '7,NA,"x,y"', ',NA,NA'].join('\n');
  const [bytes, ...more] = await readCsv(`${csv}\n`);
  assert.equal(more.length, 0);
  const text = toBatches(['v', 'w', 'x'], [
    ['3', 'nan', '10'], ['nan', 'NaN', '2'], ['-inf', null, ' 4 '], [null, null, '5'], ['1e400', 'nan', '0'], ['x', null, '-1'], ['-2.5', null, 'abc'], ['7', null, 'x,y'], [null, null, null],
  ], 100)[0]!;
  const want: ColumnBatchStats[] = [
    { nulls: 2, numbers: 6, texts: 1, nans: 1, infinite: 2, min: -Infinity, max: Infinity, finiteMin: -2.5, finiteMax: 7 },
    // Only nan numbers: no range at all.
    { nulls: 6, numbers: 3, texts: 0, nans: 3, infinite: 0, min: Infinity, max: -Infinity, finiteMin: Infinity, finiteMax: -Infinity },
    { nulls: 1, numbers: 6, texts: 2, nans: 0, infinite: 0, min: -1, max: 10, finiteMin: -1, finiteMax: 10 },
  ];
  for (const batch of [bytes!, text]) want.forEach((stats, c) => assert.deepEqual(columnStats(batch, c), stats, `column ${c}, ${batch.raw ? 'bytes' : 'text'}`));
});

test('numbersAreDigitLiterals: true only when every number cell of the batch is an unquoted unsigned digit literal', async () => {
  const columns: [string, string[], boolean][] = [
    ['digits', ['1', '22', '333', 'NA', 'x'], true],
    ['fifteen', ['123456789012345', '0', '0', '0', '0'], true],
    ['negative', ['1', '-5', '3', '3', '3'], false],
    ['plus', ['1', '+3', '3', '3', '3'], false],
    ['quoted', ['1', '"12"', '3', '3', '3'], false],
    ['dot_zero', ['1', '1.0', '3', '3', '3'], false],
    ['blank', ['1', ' 7', '3', '3', '3'], false],
    ['exponent', ['1', '1e3', '3', '3', '3'], false],
    ['nan', ['1', 'nan', '3', '3', '3'], false],
  ];
  const csv = `${columns.map(([name]) => name).join(',')}\n${[0, 1, 2, 3, 4].map((i) => columns.map(([, v]) => v[i]).join(',')).join('\n')}\n`;
  const [whole] = await readCsv(csv);
  columns.forEach(([name, , want], c) => assert.equal(numbersAreDigitLiterals(whole!, c), want, name));
  // Per batch: with 2 rows per batch only the batch holding the odd cell loses the guarantee.
  const pairs = await readCsv(csv, { batchRows: 2 });
  assert.deepEqual(
    pairs.map((b) => numbersAreDigitLiterals(b, columns.findIndex(([name]) => name === 'negative'))),
    [false, true, true],
  );
  const text = toBatches(['digits'], [['1'], ['22']], 10)[0]!;
  assert.equal(numbersAreDigitLiterals(text, 0), false, 'batches without a scanner never vouch');
});

test('numbersAreDigitLiterals does not count the digit cells of a record cut at the end of a chunk', async () => {
  // 44 records fit in the first 1 KiB chunk; the 45th is cut after its first cell (`7`). That cell must not
  // be counted for the first batch, whose 1.5 would otherwise be hidden by it (43 digit cells + 1 = 44 numbers).
  const csv = `a,b\n${Array.from({ length: 200 }, (_, i) => `${i === 0 ? '1.5' : '7'},${'x'.repeat(20)}`).join('\n')}\n`;
  const batches = await readCsv(csv, { chunkBytes: 1024, batchRows: 1000 });
  assert.ok(batches.length > 1 && batches[0]!.length === 44, 'the first batch ends where a record is cut');
  assert.equal(batches[0]!.raw!.digitCells!(0), 43);
  assert.equal(numbersAreDigitLiterals(batches[0]!, 0), false);
  assert.ok(batches.slice(1).every((b) => numbersAreDigitLiterals(b, 0)));
  const config = dataCheckSchema.parse({ check: 'column_type', column: 'a', type: 'integer' });
  const [dv07] = feed(findRegisteredCheck('column_type')!.create(config, {}), batches);
  assert.equal(dv07?.unexpectedCount, 1);
  assert.equal(dv07?.observed, 'float');
  assert.equal(feed(columnOverviewConsumer(), batches)[0]?.type, 'float');
});

/** A dictionary's ids as a plain array: the text id at text cells, -1 elsewhere (where ids are unspecified). */
function textIds(batch: RecordBatch, c: number, ids: Int32Array): number[] {
  const kinds = cellKinds(batch, c);
  return Array.from(ids.subarray(0, batch.length), (id, i) => (kinds[i] === CELL_TEXT ? id : -1));
}

function plainDictionary(batch: RecordBatch, c: number): unknown {
  // Copied at once: `ids` belongs to the column's next dictionary after this one.
  const d = textDictionary(batch, c);
  return d === undefined ? undefined : { ids: textIds(batch, c, d.ids), texts: [...d.texts], counts: [...d.counts], firstRows: [...d.firstRows] };
}

test('textDictionary: ids, counts and first rows per distinct text; a quoted "a""b" and an unquoted a"b are one text, unquoted a""b another', async () => {
  const [bytes] = await readCsv('v\nb\n"a""b"\na"b\n7\nNA\nb\n"b"\ncafé\n"7"\n"a""b"\na""b\n');
  const text = toBatches(['v'], [['b'], ['a"b'], ['a"b'], ['7'], [null], ['b'], ['b'], ['café'], ['7'], ['a"b'], ['a""b']], 100)[0]!;
  // The last two cells have the same raw bytes (a""b), one quoted with escapes: two texts.
  const want = { ids: [0, 1, 1, -1, -1, 0, 0, 2, -1, 1, 3], texts: ['b', 'a"b', 'café', 'a""b'], counts: [3, 3, 1, 1], firstRows: [0, 1, 7, 10] };
  assert.deepEqual(plainDictionary(bytes!, 0), want);
  assert.deepEqual(plainDictionary(text, 0), want);
});

test(`textDictionary is undefined above ${MAX_DICTIONARY_TEXTS} distinct texts in a batch, whatever the number of raw forms`, async () => {
  // c512: exactly 512 distinct; c600: 600; forms: 300 texts, each quoted with "" escapes and unquoted (600 raw forms).
  const n = 600;
  const rowsOf = Array.from({ length: n }, (_, i) => [`t${i % 512}`, `t${i}`, i < 300 ? `q${i}"x` : `q${i - 300}"x`]);
  const csv = `c512,c600,forms\n${rowsOf.map(([a, b, f], i) => `${a},${b},${i < 300 ? `"${f!.replaceAll('"', '""')}"` : f}`).join('\n')}\n`;
  const [bytes] = await readCsv(csv);
  const text = toBatches(['c512', 'c600', 'forms'], rowsOf, n)[0]!;
  for (const batch of [bytes!, text]) {
    const kind = batch.raw ? 'bytes' : 'text';
    const d512 = plainDictionary(batch, 0) as { texts: string[]; counts: number[] } | undefined;
    assert.equal(d512?.texts.length, 512, kind);
    assert.equal(d512?.counts.reduce((a, b) => a + b, 0), n, kind);
    assert.equal(plainDictionary(batch, 1), undefined, kind);
    const forms = plainDictionary(batch, 2) as { ids: number[]; texts: string[]; counts: number[] } | undefined;
    assert.equal(forms?.texts.length, 300, kind);
    assert.ok(forms.counts.every((count) => count === 2), kind);
    assert.equal(forms.ids[0], forms.ids[300], kind);
  }
});

test('profile: both raw forms of a non-ASCII text with a quote ("é""x" quoted, é"x unquoted) are one value, per cell and per dictionary', async () => {
  const rows = ['"é""x"', 'é"x', '"é""x"', 'é"x', 'plain'];
  const csv = `v\n${rows.join('\n')}\n`;
  for (const batchRows of [1, 2, 100]) {
    const profile = new ProfileConsumer('d.csv');
    for (const b of await readCsv(csv, { batchRows })) profile.consume(b);
    const column = profile.finish().columns[0]!;
    assert.equal(column.distinct, 2, `batchRows ${batchRows}`);
    assert.deepEqual(
      column.text?.top.map((t) => [t.value, t.count]),
      [
        ['é"x', 4],
        ['plain', 1],
      ],
      `batchRows ${batchRows}`,
    );
  }
});
