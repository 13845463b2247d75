import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { profileFile } from '../../src/adapters/data/parallel-profile.js';
import { runPass } from '../../src/adapters/data/read-batches.js';
import { ProfileConsumer } from '../../src/core/profile/profile-consumer.js';
import { makeRecordBatch } from '../../src/core/data/record-batch.js';
import { InputError } from '../../src/core/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'mergeml-profile-'));

function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

// Records with quoted multi-line notes everywhere, so split points land inside quoted fields.
function multilineCsv(rows: number, seed: number): string {
  const r = rng(seed);
  const out = ['id,amount,city,note'];
  for (let i = 0; i < rows; i++) {
    const note = r() < 0.7 ? `"line one\n${'x'.repeat(Math.floor(r() * 300))}\nsaid ""ok"""` : 'plain';
    out.push(`${i},${r() < 0.1 ? 'NA' : (r() * 1000).toFixed(2)},${['Zürich', 'Bern', 'Genève', ''][Math.floor(r() * 4)]},${note}`);
  }
  return `${out.join('\n')}\n`;
}

test('parallel profiling (splits inside quoted newlines included) equals the sequential pass', async () => {
  const path = join(dir, 'multi.csv');
  writeFileSync(path, multilineCsv(3000, 7));
  const sequential = await profileFile(path, { nullValues: ['NA', ''] }, 1);
  for (const threads of [2, 3, 5]) {
    const parallel = await profileFile(path, { nullValues: ['NA', ''] }, threads, 20_000);
    assert.equal(parallel.rows, 3000);
    // Welford merges round differently in the last bits; everything else is identical.
    const strip = (p: typeof sequential): unknown => JSON.parse(JSON.stringify(p, (k, v: unknown) => (k === 'mean' || k === 'std' ? Math.round((v as number) * 1e6) : v)));
    assert.deepEqual(strip(parallel), strip(sequential), `threads=${threads}`);
  }
});

test('an error in a later part is reported at its absolute line', async () => {
  const path = join(dir, 'ragged-late.csv');
  const text = multilineCsv(2000, 3);
  const lines = text.split('\n');
  const at = lines.length - 5; // a record-start line near the end
  lines.splice(at, 0, '1,2');
  writeFileSync(path, lines.join('\n'));
  const seq = await profileFile(path, {}, 1).then(() => undefined, (e: unknown) => e);
  const par = await profileFile(path, {}, 3, 20_000).then(() => undefined, (e: unknown) => e);
  assert.ok(seq instanceof InputError && par instanceof InputError);
  assert.match(seq.message, /record has 2 fields, the header has 4/);
  assert.equal(par.message, seq.message);
  assert.equal(seq.problems[0]?.line, at + 1);
});

test('high-cardinality columns: HyperLogLog distinct within 2%, KLL quantiles within 1% rank, approximate flags set', async () => {
  const r = rng(11);
  const n = 60_000;
  const values = Array.from({ length: n }, () => Math.exp(r() * 6));
  const path = join(dir, 'wide.csv');
  writeFileSync(path, `v,name\n${values.map((v, i) => `${v},n${i % 25_000}`).join('\n')}\n`);
  const profile = await profileFile(path, {}, 2, 200_000);
  const [v, name] = profile.columns;
  assert.ok(v && name);
  assert.equal(v.distinctExact, false);
  assert.ok(Math.abs(v.distinct - n) / n <= 0.02, `distinct ${v.distinct}`);
  assert.ok(Math.abs(name.distinct - 25_000) / 25_000 <= 0.02, `distinct ${name.distinct}`);
  assert.equal(v.numeric?.quantilesExact, false);
  const sorted = [...values].sort((a, b) => a - b);
  for (const [q, p] of [['p1', 0.01], ['p25', 0.25], ['p50', 0.5], ['p99', 0.99]] as const) {
    const est = v.numeric?.quantiles[q] ?? NaN;
    const rank = sorted.filter((x) => x <= est).length / n;
    assert.ok(Math.abs(rank - p) <= 0.01, `${q}: rank ${rank}`);
  }
  assert.equal(v.numeric?.histogram.counts.reduce((a, b) => a + b, 0), n);
  assert.equal(name.text?.topExact, false);
  assert.equal(name.type, 'string');
});

test('ProfileConsumer works on any RecordBatch (string cells, no raw bytes) and merges states', () => {
  const batch = (cells: (string | null)[][], firstRow: number) => makeRecordBatch({ file: 'x', header: ['a', 'b'], firstRow, cells, lines: cells[0]?.map((_, i) => firstRow + i + 2) ?? [] });
  const one = new ProfileConsumer('x');
  one.consume(batch([['1', '2', null], ['true', 'False', 'TRUE']], 0));
  const two = new ProfileConsumer('x');
  two.consume(batch([['3.5', 'inf'], ['false', null]], 3));
  one.merge(two.state());
  const p = one.finish();
  const [a, b] = p.columns;
  assert.equal(p.rows, 5);
  assert.equal(a?.type, 'float');
  assert.equal(a?.numeric?.nonFinite, 1);
  assert.equal(a?.numeric?.mean, 6.5 / 3);
  assert.equal(b?.type, 'boolean');
  assert.equal(b?.nulls, 1);
  assert.equal(b?.distinct, 4);
});

test('runPass runs the profile beside other consumers in the same pass', async () => {
  const path = join(dir, 'same-pass.csv');
  writeFileSync(path, 'a,b\n1,x\n2,y\n');
  let seen = 0;
  const counter = { consume: (b: { length: number }) => void (seen += b.length), finish: () => seen };
  const pass = await runPass(path, {}, [new ProfileConsumer(path), counter] as const);
  assert.equal(pass.results[0].columns[0]?.numeric?.mean, 1.5);
  assert.equal(pass.results[1], 2);
});
