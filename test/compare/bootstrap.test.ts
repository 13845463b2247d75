import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { compareBinary } from '../../src/core/compare/comparison.js';
import { createRandom, createRandomFromState } from '../../src/core/random/xoshiro128.js';

const fixtures = JSON.parse(readFileSync(new URL('../fixtures/metrics/sklearn-fixtures.json', import.meta.url), 'utf8'));
const p = fixtures.paired;
const labels = Uint8Array.from(p.labels as number[]);
const modelOf = (scores: number[]) => ({ scores: Float64Array.from(scores), preds: Uint8Array.from(scores.map((v) => (v >= 0.5 ? 1 : 0))), probabilities: true });
const run = (seed: number, resamples = 300) =>
  compareBinary(labels, modelOf(p.champion), modelOf(p.challenger), { resamples, seed, confidence: 0.95, calibrationBins: 5, champion: { file: 'a' }, challenger: { file: 'b' } });

test('xoshiro128** matches the reference vector of Blackman & Vigna for state {1, 2, 3, 4}', () => {
  const r = createRandomFromState([1, 2, 3, 4]);
  assert.deepEqual([1, 2, 3, 4, 5, 6].map(() => r.nextUint32()), [11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  const a = createRandom(7);
  for (let i = 0; i < 1000; i++) {
    const x = a.nextBelow(10);
    assert.ok(Number.isInteger(x) && x >= 0 && x < 10);
    const f = a.nextFloat();
    assert.ok(f >= 0 && f < 1);
  }
});

test('nextBelow is uniform (χ² over 10 cells, fixed seed) and stays in range for large bounds', () => {
  const r = createRandom(11);
  const counts = new Array(10).fill(0);
  for (let i = 0; i < 100_000; i++) counts[r.nextBelow(10)]++;
  const chi2 = counts.reduce((s, c) => s + (c - 10_000) ** 2 / 10_000, 0);
  assert.ok(chi2 < 27.88, `χ² = ${chi2}`); // 99.9th percentile of χ²(9)
  for (const bound of [2097152, 2097153, 4294967296]) {
    for (let i = 0; i < 1000; i++) {
      const x = r.nextBelow(bound);
      assert.ok(Number.isInteger(x) && x >= 0 && x < bound);
    }
  }
  assert.throws(() => r.nextBelow(0), RangeError);
});

test('paired bootstrap: identical results across runs with the same seed, different with another seed', () => {
  const a = run(42);
  const b = run(42);
  assert.deepEqual(a, b);
  const c = run(43);
  assert.notDeepEqual(a.metrics.map((m) => m.ci), c.metrics.map((m) => m.ci));
});

test('comparison rows: Δ = challenger − champion, relative to |champion|, CI brackets a plausible range, tests attached', () => {
  const r = run(1, 400);
  for (const row of r.metrics) {
    assert.ok(row.champion !== null && row.challenger !== null);
    assert.ok(Math.abs(row.delta! - (row.challenger! - row.champion!)) < 1e-15);
    assert.ok(Math.abs(row.relative_delta! - row.delta! / Math.abs(row.champion!)) < 1e-15);
    assert.ok(row.ci.low! <= row.ci.high!, row.metric);
    assert.equal(row.ci.resamples_used, 400);
  }
  const auc = r.metrics.find((m) => m.metric === 'roc_auc')!;
  assert.equal(auc.test.test, 'delong');
  assert.ok(Math.abs(auc.p_value! - p.delong.p_value) < 1e-9);
  assert.equal(r.metrics.find((m) => m.metric === 'accuracy')!.test.test, 'mcnemar_exact');
  assert.equal(r.metrics.find((m) => m.metric === 'f1')!.test.test, 'paired_bootstrap');
});

test('a model compared with itself: every Δ and CI is exactly 0, bootstrap p = 1', () => {
  const r = compareBinary(labels, modelOf(p.champion), modelOf(p.champion), { resamples: 100, seed: 3, confidence: 0.9, calibrationBins: 5, champion: {}, challenger: {} });
  for (const row of r.metrics) {
    assert.equal(row.delta, 0);
    assert.deepEqual([row.ci.low, row.ci.high], [0, 0]);
    if (row.test.test === 'paired_bootstrap') assert.equal(row.p_value, 1);
  }
});

test('resamples with one class are dropped for roc_auc and counted', () => {
  // 1 positive in 30 rows: many resamples miss it, so roc_auc is undefined there.
  const y = Uint8Array.from({ length: 30 }, (_, i) => (i === 0 ? 1 : 0));
  const s = Array.from({ length: 30 }, (_, i) => (i * 7919) % 30 / 30);
  const r = compareBinary(y, modelOf(s), modelOf(s.map((v) => 1 - v)), { resamples: 200, seed: 5, confidence: 0.95, calibrationBins: 5, champion: {}, challenger: {} });
  const auc = r.metrics.find((m) => m.metric === 'roc_auc')!;
  assert.ok(auc.ci.resamples_used > 0 && auc.ci.resamples_used < 200, String(auc.ci.resamples_used));
  assert.equal(r.metrics.find((m) => m.metric === 'accuracy')!.ci.resamples_used, 200);
});
