import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { FingerprintTable } from '../../src/core/checks/hash-table64.js';
import { Hasher64 } from '../../src/core/checks/hash64.js';
import { runCheck } from './dv-helpers.js';

// One entry per registered check (DV01–DV26) over the generated columns a, b, c.
const ENTRIES: Record<string, unknown>[] = [
  { check: 'column_exists', column: 'a' },
  { check: 'columns_match_set', columns: ['a', 'b'] },
  { check: 'column_order', columns: ['a', 'b', 'c'] },
  { check: 'row_count_between', min: 3 },
  { check: 'row_count_vs_previous', min_fraction: 0.5 },
  { check: 'values_not_null', column: 'a', min_fraction: 0.9 },
  { check: 'column_type', column: 'b', type: 'integer' },
  { check: 'mixed_types' },
  { check: 'mixed_nulls' },
  { check: 'values_between', column: 'b', min: 0, max: 5 },
  { check: 'no_nan_inf' },
  { check: 'values_in_set', column: 'a', values: ['x', 'y'] },
  { check: 'values_per_example', column: 'c', max: 1 },
  { check: 'distinct_count_between', column: 'a', min: 2 },
  { check: 'values_unique', column: 'a' },
  { check: 'duplicate_rows' },
  { check: 'duplicate_columns' },
  { check: 'constant_column' },
  { check: 'empty_rows_columns' },
  { check: 'values_match_regex', column: 'a', regex: '^[xy]' },
  { check: 'string_length_between', column: 'c', max: 3 },
  { check: 'string_variants' },
  { check: 'special_characters' },
  { check: 'string_length_outliers' },
  { check: 'dominant_value' },
  { check: 'summary_statistics', column: 'b', statistic: 'median', max: 3 },
];

const cell = fc.oneof(
  fc.constantFrom(null, 'x', 'y', 'X!', 'NULL', 'n/a', '--', '1', '2', '2.5', '7', 'nan', 'inf', '[1,2]', 'aaaaaaaaaaaaaaaaaaaaaaa', ''),
  fc.string({ maxLength: 6 }),
);
const table = fc.array(fc.tuple(cell, cell, cell), { maxLength: 40 });

test('every check gives the same result whatever the batch size (streaming is exact)', () => {
  assert.equal(new Set(ENTRIES.map((e) => e['check'])).size, 26);
  fc.assert(
    fc.property(table, fc.integer({ min: 1, max: 7 }), (rows, size) => {
      for (const entry of ENTRIES) {
        const whole = runCheck(entry, ['a', 'b', 'c'], rows, {}, 1000);
        const split = runCheck(entry, ['a', 'b', 'c'], rows, {}, size);
        assert.deepEqual(split, whole, `${String(entry['check'])} differs with batches of ${size}`);
      }
    }),
    { numRuns: 60, seed: 20261123 },
  );
});

test('the fingerprint table counts repeats exactly like a Set below its capacity', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 3000 }), (values) => {
      const table = new FingerprintTable(1 << 12, 4);
      const hasher = new Hasher64();
      const seen = new Set<string>();
      values.forEach((v, i) => {
        hasher.ofString(v);
        const before = table.observe(hasher.hi, hasher.lo, i + 1);
        assert.equal(before === 0, !seen.has(v));
        seen.add(v);
      });
      assert.equal(table.size, seen.size);
      assert.equal(table.saturated, false);
    }),
    { numRuns: 50, seed: 7 },
  );
});

test('a full fingerprint table stops storing new keys and says so (bounded memory)', () => {
  const table = new FingerprintTable(16, 4);
  const hasher = new Hasher64();
  for (let i = 0; i < 100; i++) table.observe(hasher.ofString(String(i)).hi, hasher.lo, i + 1);
  assert.equal(table.size, 12);
  assert.equal(table.saturated, true);
  assert.equal(table.observe(hasher.ofString('0').hi, hasher.lo, 200), 1);
});
