import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeRecordBatch } from '../../src/core/data/record-batch.js';
import { collectPredictionColumns, type PredictionColumnsSpec } from '../../src/core/metrics/prediction-columns.js';
import { InputError } from '../../src/core/errors.js';

function collect(header: string[], rows: (string | null)[][], spec: PredictionColumnsSpec) {
  const consumer = collectPredictionColumns(spec);
  // Two batches, so that classes and groups seen in the first batch carry over.
  const half = Math.ceil(rows.length / 2);
  for (const [first, part] of [[0, rows.slice(0, half)], [half, rows.slice(half)]] as const) {
    if (part.length === 0) continue;
    consumer.consume(makeRecordBatch({ file: 'p.csv', header, firstRow: first, cells: header.map((_, c) => part.map((r) => r[c] ?? null)), lines: part.map((_, i) => first + i + 2) }));
  }
  return consumer.finish();
}

test('--pred maps predicted labels through the label vocabulary; 1 and 1.0 are one class', () => {
  const c = collect(['y', 'p', 'yhat'], [['1', '0.9', '1.0'], ['0', '0.8', '1'], ['1.0', '0.1', '0'], ['0', '0.3', '0.0']], { task: 'binary', label: 'y', score: 'p', pred: 'yhat' });
  assert.deepEqual([...c.binary!.labels], [1, 0, 1, 0]);
  assert.deepEqual([...c.binary!.preds], [1, 1, 0, 0]);
  assert.equal(c.binary!.threshold, null);
  assert.deepEqual([...c.lines], [2, 3, 4, 5]);
});

test('without --pred, predicted positive iff score ≥ threshold', () => {
  const c = collect(['y', 'p'], [['1', '0.5'], ['0', '0.49'], ['1', '0.7']], { task: 'binary', label: 'y', score: 'p', threshold: 0.6 });
  assert.deepEqual([...c.binary!.preds], [0, 0, 1]);
  assert.equal(c.binary!.threshold, 0.6);
});

test('text labels need --positive; a one-class file with --positive is all negative', () => {
  assert.throws(() => collect(['y', 'p'], [['bad', '0.5'], ['good', '0.2']], { task: 'binary', label: 'y', score: 'p' }), /cannot tell which class is positive/);
  const c = collect(['y', 'p'], [['good', '0.5'], ['good', '0.2']], { task: 'binary', label: 'y', score: 'p', positive: 'bad' });
  assert.deepEqual([...c.binary!.labels], [0, 0]);
  assert.equal(c.binary!.positiveLabel, 'bad');
  assert.throws(() => collect(['y', 'p'], [['bad', '0.5'], ['good', '0.2']], { task: 'binary', label: 'y', score: 'p', positive: 'ugly' }), /not one of the labels/);
});

test('a third class in the predicted-label column is an error at its line and column', () => {
  assert.throws(
    () => collect(['y', 'p', 'yhat'], [['1', '0.9', '1'], ['0', '0.8', '2']], { task: 'binary', label: 'y', score: 'p', pred: 'yhat' }),
    (e: unknown) => e instanceof InputError && e.problems.some((p) => p.line === 3 && p.path === 'yhat' && /third class "2"/.test(p.message)),
  );
});

test('problems are collected together (all bad rows at once, up to 20)', () => {
  const rows = Array.from({ length: 50 }, (_, i) => ['1', i % 2 === 0 ? 'x' : '0.5']);
  assert.throws(() => collect(['y', 'p'], rows, { task: 'binary', label: 'y', score: 'p' }), (e: unknown) => e instanceof InputError && e.problems.length === 20 && /20\+ problems/.test(e.message));
});

test('groups get dense codes in order of appearance; missing group cells form <null>', () => {
  const c = collect(['y', 'p', 'g'], [['1', '0.9', 'b'], ['0', '0.1', null], ['1', '0.4', 'a'], ['0', '0.3', 'b']], { task: 'binary', label: 'y', score: 'p', groups: ['g'] });
  assert.deepEqual(c.groups[0]!.values, ['b', '<null>', 'a']);
  assert.deepEqual([...c.groups[0]!.codes], [0, 1, 2, 0]);
});

test('regression: targets must be finite numbers', () => {
  const c = collect(['y', 'p'], [['3', '2.5'], ['-1e3', '4']], { task: 'regression', label: 'y', score: 'p' });
  assert.deepEqual([...c.regression!.targets], [3, -1000]);
  assert.throws(() => collect(['y', 'p'], [['abc', '2.5']], { task: 'regression', label: 'y', score: 'p' }), /target "abc" is not a finite number/);
});
