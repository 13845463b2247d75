import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/run-cli.js';

const FILE = 'test/fixtures/data/credit_data.csv';
interface Ref {
  nulls: number;
  count: number;
  distinct: number;
  min?: number;
  max?: number;
  mean?: number;
  std?: number;
  quantiles?: Record<string, number>;
  histogram?: { edges: number[]; counts: number[] };
  top?: { value: string; count: number }[];
}
const reference = JSON.parse(readFileSync('test/fixtures/data/credit-pandas-reference.json', 'utf8')) as { columns: Record<string, Ref> };

const r = runCli(['profile', '--data', FILE, '--null', 'NA', '--json', '-']);
const profile = JSON.parse(r.stdout) as { schemaVersion: number; rows: number; columns: Record<string, unknown>[] };
const byName = new Map(profile.columns.map((c) => [c.name as string, c as Record<string, any>]));

const close = (a: number, b: number, rel = 1e-12): boolean => Math.abs(a - b) <= rel * Math.max(1, Math.abs(b));

test('credit example: the real NA counts per column', () => {
  assert.equal(r.status, 0, r.stderr);
  assert.equal(profile.schemaVersion, 1);
  assert.equal(profile.rows, 4454);
  const nulls = Object.fromEntries(profile.columns.filter((c) => (c.nulls as number) > 0).map((c) => [c.name, c.nulls]));
  assert.deepEqual(nulls, { Home: 6, Marital: 1, Job: 2, Income: 381, Assets: 47, Debt: 18 });
});

test('credit example: count, distinct, min, max, mean, std (ddof=1), histogram equal pandas/numpy', () => {
  for (const [name, ref] of Object.entries(reference.columns)) {
    const col = byName.get(name);
    assert.ok(col, name);
    assert.equal(col.count, ref.count, `${name} count`);
    assert.equal(col.nulls, ref.nulls, `${name} nulls`);
    assert.equal(col.distinct, ref.distinct, `${name} distinct`);
    if (ref.mean === undefined) {
      assert.equal(col.type, 'string', name);
      assert.deepEqual(col.text.top, ref.top, `${name} top`);
      continue;
    }
    assert.equal(col.type, 'integer', name);
    const n = col.numeric;
    assert.equal(n.min, ref.min);
    assert.equal(n.max, ref.max);
    assert.ok(close(n.mean, ref.mean), `${name} mean ${n.mean} vs ${ref.mean}`);
    assert.ok(close(n.std, ref.std as number, 1e-10), `${name} std ${n.std} vs ${ref.std}`);
    assert.deepEqual(n.histogram.counts, ref.histogram?.counts, `${name} histogram`);
    n.histogram.edges.forEach((e: number, i: number) => assert.ok(close(e, ref.histogram?.edges[i] ?? NaN), `${name} edge ${i}`));
  }
});

test('credit example: quantiles within the 1% rank bound of pandas (exact here: below 10,000 distinct values)', () => {
  for (const [name, ref] of Object.entries(reference.columns)) {
    if (ref.quantiles === undefined) continue;
    const n = byName.get(name)?.numeric;
    assert.equal(n.quantilesExact, true);
    for (const [q, want] of Object.entries(ref.quantiles)) assert.ok(close(n.quantiles[q], want, 1e-12), `${name} ${q}: ${n.quantiles[q]} vs ${want}`);
  }
});

test('the human table goes to stdout; --json OUT writes the same JSON', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mergeml-profile-json-'));
  const t = runCli(['profile', '--data', FILE, '--null', 'NA', '--json', join(dir, 'profile.json')]);
  assert.equal(readFileSync(join(dir, 'profile.json'), 'utf8'), r.stdout);
  assert.equal(t.status, 0);
  assert.match(t.stdout, /^test\/fixtures\/data\/credit_data\.csv: 4454 rows, 14 columns/);
  assert.match(t.stdout, /Income\s+integer\s+4073\s+381\s+351\s+6\s+125\s+959/);
});

test('--delimiter, repeated --null and JSON Lines through the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mergeml-profile-cli-'));
  writeFileSync(join(dir, 'semi.csv'), 'a;b\n1;x\n-;y\nNA;x\n');
  const semi = runCli(['profile', '--data', 'semi.csv', '--delimiter', ';', '--null', 'NA', '--null', '-', '--json', '-'], { cwd: dir });
  assert.equal(semi.status, 0, semi.stderr);
  const a = JSON.parse(semi.stdout).columns[0];
  assert.deepEqual([a.type, a.count, a.nulls], ['integer', 1, 2]);
  writeFileSync(join(dir, 'rows.jsonl'), '{"a":1,"b":"x"}\n{"a":null,"b":"y"}\n{"a":2.5,"b":"x"}\n');
  const jsonl = runCli(['profile', '--data', 'rows.jsonl', '--json', '-'], { cwd: dir });
  assert.equal(jsonl.status, 0, jsonl.stderr);
  const [ja, jb] = JSON.parse(jsonl.stdout).columns;
  assert.deepEqual([ja.type, ja.nulls, ja.numeric.mean], ['float', 1, 1.75]);
  assert.deepEqual(jb.text.top, [{ value: 'x', count: 2 }, { value: 'y', count: 1 }]);
});
