import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tfdvPresence } from '../../src/core/checks/dv/presence-check.js';
import { col, runCheck } from './dv-helpers.js';

const close = (a: unknown, b: number) => assert.ok(typeof a === 'number' && Math.abs(a - b) < 1e-6, `${String(a)} ≉ ${b}`);

test('DV06 GX not-null uses (total − null)/total ≥ mostly; examples name file:line', () => {
  const rows = col(['1', null, '3', null, '5']);
  const [ok] = runCheck({ check: 'values_not_null', column: 'x', mostly: 0.6 }, ['x'], rows);
  assert.equal(ok!.status, 'pass');
  close(ok!.observed, 0.6);
  const [bad] = runCheck({ check: 'values_not_null', column: 'x', mostly: 0.61 }, ['x'], rows);
  assert.equal(bad!.status, 'fail');
  assert.deepEqual(bad!.examples.map((e) => `${e.file}:${e.line}`), ['data.csv:3', 'data.csv:5']);
  assert.equal(bad!.unexpectedCount, 2);
});

test('DV06 TFDV presence: relaxed to the observed fraction, and to 0.9999 when the fraction rounds to 1.0', () => {
  assert.deepEqual(tfdvPresence(3, 5, 1.0), { anomaly: true, relaxedMinFraction: Math.fround(0.6) });
  assert.deepEqual(tfdvPresence(99_999_999, 100_000_000, 1.0), { anomaly: true, relaxedMinFraction: 0.9999 });
  assert.deepEqual(tfdvPresence(99_999_999, 100_000_000, 0.5), { anomaly: false, relaxedMinFraction: 0.5 });
  assert.deepEqual(tfdvPresence(5, 5, 1.0), { anomaly: false, relaxedMinFraction: 1.0 });
  const [r] = runCheck({ check: 'values_not_null', column: 'x', min_fraction: 0.9, min_count: 4 }, ['x'], col(['1', null, '3', null, '5']));
  assert.equal(r!.status, 'fail');
  assert.equal(r!.details?.['relaxed_min_fraction'], Math.fround(0.6));
  assert.match(r!.message, /LOW_NUMBER_PRESENT/);
  assert.match(r!.message, /LOW_FRACTION_PRESENT/);
});

test('DV07 column type: a wrong-typed value is a failed check with its line, not an input error', () => {
  const [r] = runCheck({ check: 'column_type', column: 'n', type: 'integer' }, ['n'], col(['1', '2', 'abc', null, '4.5']));
  assert.equal(r!.status, 'fail');
  assert.equal(r!.observed, 'string');
  assert.deepEqual(r!.examples.map((e) => [e.line, e.value]), [[4, 'abc'], [6, '4.5']]);
  const [m] = runCheck({ check: 'column_type', column: 'n', type: 'integer', mostly: 0.5 }, ['n'], col(['1', '2', 'abc', null, '4.5']));
  assert.equal(m!.status, 'pass');
});

test('DV08 mixed types fails only strictly inside (0.01, 0.1), with Python float() parsing', () => {
  const make = (strings: number) => col([...Array.from({ length: 100 - strings }, (_, i) => (i % 4 === 0 ? '1_000' : i % 4 === 1 ? ' inf ' : i % 4 === 2 ? 'nan' : '.5')), ...Array.from({ length: strings }, () => 'abc')]);
  assert.equal(runCheck({ check: 'mixed_types', column: 'x' }, ['x'], make(5))[0]!.status, 'fail');
  close(runCheck({ check: 'mixed_types', column: 'x' }, ['x'], make(5))[0]!.observed, 0.05);
  assert.equal(runCheck({ check: 'mixed_types', column: 'x' }, ['x'], make(1))[0]!.status, 'pass');
  assert.equal(runCheck({ check: 'mixed_types', column: 'x' }, ['x'], make(10))[0]!.status, 'pass');
  assert.equal(runCheck({ check: 'mixed_types', column: 'x' }, ['x'], make(0))[0]!.observed, 0);
});

test('DV09 mixed nulls counts reader nulls as one kind plus each textual null spelling', () => {
  const [r] = runCheck({ check: 'mixed_nulls', column: 'x' }, ['x'], col(['a', null, 'NULL', 'n/a', 'N/A', 'x', '--', 'None']));
  assert.equal(r!.observed, 5);
  assert.equal(r!.status, 'fail');
  assert.equal(runCheck({ check: 'mixed_nulls', column: 'x' }, ['x'], col(['a', null, null]))[0]!.status, 'pass');
});

test('DV10 between: inclusive by default, strict bounds, one-sided, nan skipped, text unexpected; both unset rejected', () => {
  const rows = col(['1', '2', '3', 'x', null, 'nan']);
  const [incl] = runCheck({ check: 'values_between', column: 'v', min: 1, max: 3 }, ['v'], rows);
  assert.deepEqual([incl!.unexpectedCount, incl!.elementCount], [1, 4]);
  const [strict] = runCheck({ check: 'values_between', column: 'v', min: 1, strict_min: true }, ['v'], rows);
  assert.deepEqual([strict!.unexpectedCount, strict!.status], [2, 'fail']);
  const [mostly] = runCheck({ check: 'values_between', column: 'v', min: 1, strict_min: true, mostly: 0.5 }, ['v'], rows);
  assert.equal(mostly!.status, 'pass');
  assert.throws(() => runCheck({ check: 'values_between', column: 'v' }, ['v'], rows));
});

test('DV11 NaN/Inf', () => {
  const [r] = runCheck({ check: 'no_nan_inf', column: 'v' }, ['v'], col(['1', 'nan', '-inf', '2']));
  assert.deepEqual([r!.status, r!.details?.['nan'], r!.details?.['inf']], ['fail', 1, 1]);
  assert.equal(runCheck({ check: 'no_nan_inf', column: 'v', disallow_nan: false, disallow_inf: false }, ['v'], col(['nan', 'inf']))[0]!.status, 'pass');
});

test('DV12 in set: GX mostly over non-null values, numbers match numerically; TFDV min_domain_mass', () => {
  const rows = col(['a', 'a', 'b', 'c', null]);
  assert.equal(runCheck({ check: 'values_in_set', column: 'x', values: ['a', 'b'] }, ['x'], rows)[0]!.status, 'fail');
  assert.equal(runCheck({ check: 'values_in_set', column: 'x', values: ['a', 'b'], mostly: 0.75 }, ['x'], rows)[0]!.status, 'pass');
  assert.equal(runCheck({ check: 'values_in_set', column: 'x', values: ['a', 'b'], min_domain_mass: 0.75 }, ['x'], rows)[0]!.status, 'pass');
  assert.equal(runCheck({ check: 'values_in_set', column: 'x', values: ['a', 'b'], min_domain_mass: 0.8 }, ['x'], rows)[0]!.status, 'fail');
  assert.equal(runCheck({ check: 'values_in_set', column: 'x', values: [1, 2] }, ['x'], col(['1.0', '2', '1']))[0]!.status, 'pass');
});

test('DV13 values per example and DV14 distinct count', () => {
  const [v] = runCheck({ check: 'values_per_example', column: 'x', min: 1, max: 2 }, ['x'], col(['[1,2,3]', '[]', 'a', null]));
  assert.deepEqual([v!.status, v!.unexpectedCount], ['fail', 2]);
  assert.equal(runCheck({ check: 'distinct_count_between', column: 'x' }, ['x'], col(['a', 'a', null]))[0]!.status, 'fail');
  assert.equal(runCheck({ check: 'distinct_count_between', column: 'x', min: 2, max: 3 }, ['x'], col(['a', 'b', 'c', 'a']))[0]!.observed, 3);
});

test('DV15 GX unique marks every copy of a duplicated value (pandas ~duplicated(keep=False))', () => {
  const [r] = runCheck({ check: 'values_unique', column: 'id' }, ['id'], col(['1', '2', '2', '3', '3', '3', null]));
  assert.equal(r!.unexpectedCount, 5);
  close(r!.observed, 0.16666666666666666);
  assert.deepEqual(r!.examples.map((e) => e.line), [3, 4, 5, 6, 7]);
});

test('DV20 regex: search (GX str.contains) differs from match (pandera str.match)', () => {
  const rows = col(['abc', 'xabc', null]);
  assert.equal(runCheck({ check: 'values_match_regex', column: 's', regex: 'abc' }, ['s'], rows)[0]!.status, 'pass');
  const [m] = runCheck({ check: 'values_match_regex', column: 's', regex: 'abc', mode: 'match' }, ['s'], rows);
  assert.deepEqual([m!.status, m!.examples[0]!.value], ['fail', 'xabc']);
  assert.throws(() => runCheck({ check: 'values_match_regex', column: 's', regex: '(' }, ['s'], rows));
});

test('DV21 string length counts code points', () => {
  assert.equal(runCheck({ check: 'string_length_between', column: 's', max: 1 }, ['s'], col(['😀', 'é']))[0]!.status, 'pass');
  assert.equal(runCheck({ check: 'string_length_between', column: 's', min: 2 }, ['s'], col(['😀']))[0]!.status, 'fail');
});
