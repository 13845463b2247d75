import assert from 'node:assert/strict';
import { test } from 'node:test';
import { outlierLengthRanges } from '../../src/core/checks/dv/string-length-outliers.js';
import { baseForm } from '../../src/core/checks/value-forms.js';
import type { ReferenceSummary } from '../../src/core/checks/reference-summary.js';
import { DATA_CHECK_REGISTRY } from '../../src/core/checks/registry.js';
import { DATA_CHECKS } from '../../src/core/policy/data-check-registry.js';
import { col, runCheck } from './dv-helpers.js';

const close = (a: unknown, b: number) => assert.ok(typeof a === 'number' && Math.abs(a - b) < 1e-6, `${String(a)} ≉ ${b}`);

test('the registry holds DV01–DV26 once each, with the ids and names of the policy registry', () => {
  assert.deepEqual(DATA_CHECK_REGISTRY.map((c) => c.id), Array.from({ length: 26 }, (_, i) => `DV${String(i + 1).padStart(2, '0')}`));
  for (const c of DATA_CHECK_REGISTRY) assert.equal(DATA_CHECKS.find((e) => e.id === c.id)?.name, c.name);
});

test('DV01–DV03 columns exist, match the set, and the order', () => {
  const h = ['a', 'b', 'c'];
  const rows = [['1', '2', '3']];
  assert.equal(runCheck({ check: 'column_exists', column: 'z' }, h, rows)[0]!.status, 'fail');
  assert.equal(runCheck({ check: 'columns_match_set', columns: ['c', 'b', 'a'] }, h, rows)[0]!.status, 'pass');
  assert.match(runCheck({ check: 'columns_match_set', columns: ['a', 'b'] }, h, rows)[0]!.message, /unexpected columns: c/);
  assert.equal(runCheck({ check: 'columns_match_set', columns: ['a', 'b'], exact_match: false }, h, rows)[0]!.status, 'pass');
  assert.equal(runCheck({ check: 'column_order', columns: ['a', 'c', 'b'] }, h, rows)[0]!.status, 'fail');
});

test('DV04/DV05 row counts: GX bounds, Evidently n > 30 without a reference and ±10% with one, TFDV comparator', () => {
  const rows = col(Array.from({ length: 30 }, () => '1'));
  assert.equal(runCheck({ check: 'row_count_between' }, ['x'], rows)[0]!.status, 'fail');
  assert.equal(runCheck({ check: 'row_count_between', min: 30, max: 30 }, ['x'], rows)[0]!.status, 'pass');
  const reference: ReferenceSummary = { file: 'ref.csv', rows: 33, columns: new Map() };
  assert.equal(runCheck({ check: 'row_count_between' }, ['x'], rows, { reference })[0]!.status, 'pass');
  assert.equal(runCheck({ check: 'row_count_between' }, ['x'], rows, { reference: { ...reference, rows: 34 } })[0]!.status, 'fail');
  assert.equal(runCheck({ check: 'row_count_vs_previous', min_fraction: 0.95 }, ['x'], rows, { reference })[0]!.status, 'fail');
  assert.equal(runCheck({ check: 'row_count_vs_previous', min_fraction: 0.9 }, ['x'], rows, { reference })[0]!.status, 'pass');
  assert.equal(runCheck({ check: 'row_count_vs_previous', min_fraction: 0.9 }, ['x'], rows)[0]!.status, 'skip');
});

test('DV16 duplicate rows: ratio = 1 − unique/n with null equal to null (pandas dropna=False)', () => {
  const rows = [['1', null], ['1', null], ['2', 'x'], ['1', null]];
  const [r] = runCheck({ check: 'duplicate_rows' }, ['a', 'b'], rows);
  close(r!.observed, 0.5);
  assert.deepEqual(r!.examples.map((e) => [e.line, e.value]), [[3, 'duplicate of line 2'], [5, 'duplicate of line 2']]);
  assert.equal(runCheck({ check: 'duplicate_rows', max_ratio: 0.5 }, ['a', 'b'], rows)[0]!.status, 'pass');
  assert.equal(runCheck({ check: 'duplicate_rows', columns: ['b'] }, ['a', 'b'], [['1', 'x'], ['2', 'x']])[0]!.unexpectedCount, 1);
  assert.equal(runCheck({ check: 'duplicate_rows' }, ['a'], [])[0]!.status, 'fail');
});

test('DV17 duplicate columns, DV18 constant columns (numbers by value), DV19 empty rows and columns', () => {
  const h = ['a', 'b', 'c', 'd'];
  const rows = [['1', '1', '5', null], ['2', '2', '5.0', null], [null, null, null, null]];
  assert.equal(runCheck({ check: 'duplicate_columns' }, h, rows)[0]!.message, '1 duplicated column: b = a');
  const [k] = runCheck({ check: 'constant_column' }, h, rows);
  assert.deepEqual([k!.observed, k!.status], [1, 'fail']);
  assert.match(k!.message, /: c$/);
  const [e] = runCheck({ check: 'empty_rows_columns' }, h, rows);
  assert.deepEqual([e!.details?.['empty_rows'], e!.details?.['empty_columns'], e!.examples[0]!.line], [1, 1, 4]);
});

test('DV22 base form = lower case without non-alphanumerics; a variant is a base form with ≥ 2 raw strings', () => {
  assert.equal(baseForm('New-York!'), 'newyork');
  assert.equal(baseForm('--'), '--');
  assert.equal(baseForm('--', true), '');
  const [r] = runCheck({ check: 'string_variants', column: 'city' }, ['city'], col(['New York', 'new-york', 'NEWYORK', 'Boston', 'boston ', 'Chicago', null]));
  assert.equal(r!.observed, 2);
  assert.deepEqual(r!.examples.map((e) => e.line), [2, 3, 4, 5, 6]);
  assert.equal(runCheck({ check: 'string_variants', column: 'n' }, ['n'], col(['1.0', '10']))[0]!.status, 'pass');
});

test('DV23 special characters over the column size with nulls counted', () => {
  const [r] = runCheck({ check: 'special_characters', column: 's' }, ['s'], col(['!!', '@#', 'abc', null, ' ']));
  close(r!.observed, 0.6);
  assert.equal(r!.status, 'fail');
});

test('DV24 string-length outliers reproduce Deepchecks on its documented example columns', () => {
  const counts = (values: string[]) => values.reduce((m, v) => m.set(v.length, (m.get(v.length) ?? 0) + 1), new Map<number, number>());
  const col1 = [...Array.from({ length: 40 }, () => ['aaaaa33', 'aaaaaaa33']).flat(), 'a', 'aaaaaadsfasdfasdf'];
  const col2 = Array.from({ length: 41 }, () => ['b', 'abc']).flat();
  const col3 = [...Array.from({ length: 80 }, () => 'a'), 'a'.repeat(100), 'a'.repeat(200)];
  assert.deepEqual(outlierLengthRanges(counts(col1)).ranges, [[1, 1], [17, 17]]);
  assert.deepEqual(outlierLengthRanges(counts(col2)).ranges, []);
  assert.deepEqual(outlierLengthRanges(counts(col3)).ranges, [[100, 200]]);
  const [r] = runCheck({ check: 'string_length_outliers', column: 's' }, ['s'], col(col1), {}, 16);
  close(r!.observed, 0.024390243902439025);
  assert.deepEqual(r!.examples.map((e) => e.line), [82, 83]);
  assert.equal(runCheck({ check: 'string_length_outliers', column: 's' }, ['s'], col(col2))[0]!.status, 'pass');
});

test('DV24 with ≥ 1000 distinct lengths uses 1001 percentiles with numpy "nearest" (frozen from numpy 1.24)', () => {
  const counts = new Map<number, number>();
  for (let l = 1000; l < 2200; l++) counts.set(l, 3);
  for (const l of [1, 2, 3, 4, 5]) counts.set(l, 4);
  counts.set(9000, 2);
  assert.deepEqual(outlierLengthRanges(counts).ranges, [[9000, 9000]]);
});

test('DV25 dominant value share < 0.8 (strict), nulls counted as a value', () => {
  const [r] = runCheck({ check: 'dominant_value', column: 'x' }, ['x'], col(['a', 'a', 'a', 'b', null]));
  close(r!.observed, 0.6);
  assert.equal(r!.status, 'pass');
  assert.equal(runCheck({ check: 'dominant_value', column: 'x', max_share: 0.6 }, ['x'], col(['a', 'a', 'a', 'b', null]))[0]!.status, 'fail');
  close(runCheck({ check: 'dominant_value', column: 'x' }, ['x'], col(['1', '1.0', '2']))[0]!.observed, 2 / 3);
});

test('DV26 summary statistics match pandas (mean, median, std ddof=1, linear quantile) and Evidently n sigmas', () => {
  const rows = col(['1', '2', '3', '4', '100', null]);
  close(runCheck({ check: 'summary_statistics', column: 'v', statistic: 'mean', min: 0 }, ['v'], rows)[0]!.observed, 22.0);
  close(runCheck({ check: 'summary_statistics', column: 'v', statistic: 'median', max: 3 }, ['v'], rows)[0]!.observed, 3.0);
  close(runCheck({ check: 'summary_statistics', column: 'v', statistic: 'std', min: 0 }, ['v'], rows)[0]!.observed, 43.617656975128774);
  close(runCheck({ check: 'summary_statistics', column: 'v', statistic: 'quantile', quantile: 0.9, min: 0 }, ['v'], rows)[0]!.observed, 61.60000000000001);
  assert.equal(runCheck({ check: 'summary_statistics', column: 'v', statistic: 'median', max: 3, strict_max: true }, ['v'], rows)[0]!.status, 'fail');
  const reference: ReferenceSummary = { file: 'r', rows: 5, columns: new Map([['v', { distinct: 5, mostCommonShare: 0.2, domain: null, nullShare: 0, mean: 20, std: 1, quantile: () => 3 }]]) };
  assert.equal(runCheck({ check: 'summary_statistics', column: 'v', statistic: 'mean_in_n_sigmas' }, ['v'], rows, { reference })[0]!.status, 'fail');
  assert.equal(runCheck({ check: 'summary_statistics', column: 'v', statistic: 'mean_in_n_sigmas', n_sigmas: 2.5 }, ['v'], rows, { reference })[0]!.status, 'pass');
  assert.equal(runCheck({ check: 'summary_statistics', column: 'v', statistic: 'mean' }, ['v'], rows, { reference })[0]!.status, 'pass');
});

test('a named column that is absent fails the check instead of passing silently', () => {
  const [r] = runCheck({ check: 'values_between', column: 'nope', min: 0 }, ['x'], col(['1']));
  assert.deepEqual([r!.status, r!.message], ['fail', 'column nope is not in the data']);
});

test('with a reference: DV12 takes the value list from it and DV06 allows 1.1 × its null share (Evidently)', () => {
  const ref = (domain: (string | number)[] | null, nullShare: number): ReferenceSummary => ({
    file: 'ref.csv',
    rows: 10,
    columns: new Map([['x', { distinct: null, mostCommonShare: null, domain, nullShare, mean: null, std: null, quantile: () => null }]]),
  });
  const rows = col(['a', 'b', 'c', null]);
  const [set] = runCheck({ check: 'values_in_set', column: 'x' }, ['x'], rows, { reference: ref(['a', 'b'], 0) });
  assert.deepEqual([set!.status, set!.unexpectedCount], ['fail', 1]);
  assert.equal(runCheck({ check: 'values_in_set', column: 'x' }, ['x'], rows)[0]!.status, 'skip');
  assert.equal(runCheck({ check: 'values_not_null', column: 'x' }, ['x'], rows, { reference: ref(null, 0.25) })[0]!.status, 'pass');
  assert.equal(runCheck({ check: 'values_not_null', column: 'x' }, ['x'], rows, { reference: ref(null, 0.2) })[0]!.status, 'fail');
  assert.equal(runCheck({ check: 'values_not_null', column: 'x' }, ['x'], rows)[0]!.status, 'fail');
});
