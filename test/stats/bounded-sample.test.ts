import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BoundedSample } from '../../src/core/stats/bounded-sample.js';
import { ksTwoSample } from '../../src/core/stats/ks-two-sample.js';
import { weightedSampleOf } from '../../src/core/stats/weighted-sample.js';

function fill(values: number[], cap: number, seed = 0): ReturnType<BoundedSample['result']> {
  const s = new BoundedSample(cap, seed);
  for (const v of values) s.add(v);
  return s.result();
}

test('exact below the distinct cap: the weighted sample equals the raw multiset, whatever the row count', () => {
  const raw = Array.from({ length: 50_000 }, (_, i) => (i * 7919) % 301);
  const r = fill(raw, 1000);
  assert.equal(r.sampled, false);
  assert.deepEqual(r.sample, weightedSampleOf(raw));
  assert.equal(r.count, 50_000);
});

test('above the cap it becomes a seeded uniform reservoir: bounded size, exact count/min/max, deterministic', () => {
  const raw = Array.from({ length: 30_000 }, (_, i) => ((i * 7919) % 29_989) / 7);
  const a = fill(raw, 2000, 42);
  const b = fill(raw, 2000, 42);
  assert.equal(a.sampled, true);
  assert.equal(a.sample.total, 2000);
  assert.equal(a.count, 30_000);
  assert.equal(a.min, Math.min(...raw));
  assert.equal(a.max, Math.max(...raw));
  assert.deepEqual(a.sample, b.sample);
  assert.notDeepEqual(fill(raw, 2000, 7).sample, a.sample);
  // A uniform sample of the same distribution is not rejected by KS against the full data.
  const p = ksTwoSample(a.sample, weightedSampleOf(raw)).pvalue;
  assert.ok(p > 0.01, `p=${p}`);
});
