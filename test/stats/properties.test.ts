import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ksTwoSample } from '../../src/core/stats/ks-two-sample.js';
import { weightedSampleOf } from '../../src/core/stats/weighted-sample.js';
import { jensenShannonDistance, populationStabilityIndex, wassersteinDistance } from '../../src/core/stats/divergence.js';
import { contingencyTable, cramersV, normalizedMutualInformation } from '../../src/core/stats/association.js';

const sample = fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 60 });

test('KS: p in [0, 1], symmetric in the two samples, invariant under a monotone transform', () => {
  fc.assert(
    fc.property(sample, sample, (a, b) => {
      const r = ksTwoSample(weightedSampleOf(a), weightedSampleOf(b));
      const s = ksTwoSample(weightedSampleOf(b), weightedSampleOf(a));
      const t = ksTwoSample(weightedSampleOf(a.map((x) => Math.exp(x / 10))), weightedSampleOf(b.map((x) => Math.exp(x / 10))));
      assert.ok(r.pvalue >= 0 && r.pvalue <= 1);
      assert.ok(Math.abs(r.pvalue - s.pvalue) < 1e-12 && r.statistic === s.statistic);
      assert.ok(Math.abs(r.pvalue - t.pvalue) < 1e-12);
    }),
    { numRuns: 200, seed: 7 },
  );
});

test('distances: PSI >= 0, JS in [0, √ln2], Wasserstein symmetric and 0 on identical samples', () => {
  const probs = fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 2, maxLength: 8 });
  fc.assert(
    fc.property(probs, probs, (p, q) => {
      const n = Math.min(p.length, q.length);
      const [sp, sq] = [p.slice(0, n), q.slice(0, n)];
      const norm = (x: number[]) => x.map((v) => v / x.reduce((s, y) => s + y, 0));
      assert.ok(populationStabilityIndex(norm(sp), norm(sq)) >= -1e-12);
      const js = jensenShannonDistance(sp, sq);
      assert.ok(js >= 0 && js <= Math.sqrt(Math.LN2) + 1e-12);
    }),
    { numRuns: 200, seed: 7 },
  );
  fc.assert(
    fc.property(sample, sample, (a, b) => {
      const [x, y] = [weightedSampleOf(a), weightedSampleOf(b)];
      assert.ok(Math.abs(wassersteinDistance(x, y) - wassersteinDistance(y, x)) < 1e-9);
      assert.equal(wassersteinDistance(x, x), 0);
    }),
    { numRuns: 100, seed: 7 },
  );
});

test("Cramér's V and NMI are in [0, 1] and do not depend on row order or label names", () => {
  const rows = fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.constantFrom('x', 'y')), { minLength: 2, maxLength: 80 });
  fc.assert(
    fc.property(rows, (r) => {
      const t = contingencyTable(r.map((p) => p[0]), r.map((p) => p[1]));
      const rev = [...r].reverse();
      const u = contingencyTable(rev.map((p) => `k${p[0]}`), rev.map((p) => p[1].toUpperCase()));
      const v = cramersV(t);
      const nmi = normalizedMutualInformation(t);
      assert.ok(v === null || (v >= 0 && v <= 1 + 1e-12));
      assert.ok(nmi >= 0 && nmi <= 1 + 1e-12);
      assert.equal(v === null, cramersV(u) === null);
      if (v !== null) assert.ok(Math.abs(v - cramersV(u)!) < 1e-12);
      assert.ok(Math.abs(nmi - normalizedMutualInformation(u)) < 1e-12);
    }),
    { numRuns: 200, seed: 7 },
  );
});
