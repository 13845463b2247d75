import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { KllSketch } from '../../src/core/sketch/kll-sketch.js';
import { HyperLogLog } from '../../src/core/sketch/hyperloglog.js';
import { FrequentItems } from '../../src/core/sketch/misra-gries.js';
import { hashNumber, hashString } from '../../src/core/sketch/hash.js';

const QS = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);

/** Largest |true normalised rank − q| over the percentiles: the rank error the issue bounds by 1%. */
function maxRankError(sketch: KllSketch, sorted: Float64Array): number {
  const n = sorted.length;
  let worst = 0;
  sketch.quantiles(QS).forEach((v, i) => {
    const q = QS[i] as number;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    let up = lo;
    while (up < n && sorted[up] === v) up++;
    // Any rank in [lo, up] belongs to v; the error is the distance from q·n to that interval.
    const target = q * n;
    const err = target < lo ? lo - target : target > up ? target - up : 0;
    worst = Math.max(worst, err / n);
  });
  return worst;
}

test('KLL: rank error ≤ 1% for every percentile, any distribution and order, across merges (property)', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 60_000 }),
      fc.constantFrom('uniform', 'lognormal', 'sorted', 'reversed', 'fewDistinct'),
      fc.integer({ min: 1, max: 5 }),
      fc.integer(),
      (n, shape, parts, seed) => {
        let s = seed >>> 0 || 1;
        const rnd = (): number => {
          s ^= s << 13;
          s ^= s >>> 17;
          s ^= s << 5;
          return (s >>> 0) / 2 ** 32;
        };
        const values = new Float64Array(n);
        for (let i = 0; i < n; i++) values[i] = shape === 'lognormal' ? Math.exp(rnd() * 8) : shape === 'fewDistinct' ? Math.floor(rnd() * 7) : rnd();
        if (shape === 'sorted') values.sort();
        if (shape === 'reversed') values.sort().reverse();
        const sketches = Array.from({ length: parts }, (_, i) => new KllSketch(400, seed + i));
        values.forEach((v, i) => sketches[i % parts]?.update(v));
        const merged = sketches[0] as KllSketch;
        for (const other of sketches.slice(1)) merged.merge(other.state());
        assert.equal(merged.n, n);
        const sorted = Float64Array.from(values).sort();
        const err = maxRankError(merged, sorted);
        assert.ok(err <= 0.01, `rank error ${err} for n=${n} ${shape} parts=${parts}`);
      },
    ),
    { numRuns: 40 },
  );
});

test('KLL: weighted updates equal repeated updates in total weight and stay within the bound', () => {
  const a = new KllSketch();
  const truth: number[] = [];
  for (let v = 0; v < 3000; v++) {
    const count = (v * 7919) % 50;
    a.updateWeighted(v, count);
    for (let i = 0; i < count; i++) truth.push(v);
  }
  assert.equal(a.n, truth.length);
  assert.ok(maxRankError(a, Float64Array.from(truth)) <= 0.01);
});

test('HyperLogLog: 1,000,000 distinct values estimated within 2%; merge equals the union', () => {
  const a = new HyperLogLog();
  const b = new HyperLogLog();
  for (let i = 0; i < 1_000_000; i++) (i % 2 === 0 ? a : b).add(i % 3 === 0 ? hashString(`user-${i}`) : hashNumber(i * 0.37));
  for (let j = 0; j < 400_000; j += 2) if (j % 3 !== 0) b.add(hashNumber(j * 0.37)); // duplicates of a's numbers
  a.merge(b);
  const est = a.estimate();
  assert.ok(Math.abs(est - 1_000_000) / 1_000_000 <= 0.02, `estimate ${est}`);
  for (const n of [100, 5_000, 20_000, 60_000]) {
    const h = new HyperLogLog();
    for (let i = 0; i < n; i++) h.add(hashString(`k${i}`));
    assert.ok(Math.abs(h.estimate() - n) / n <= 0.02, `n=${n}: ${h.estimate()}`);
  }
});

test('Misra–Gries: heavy hitters kept, counts are lower bounds within maxError, merge is mergeable', () => {
  const a = new FrequentItems(16);
  const b = new FrequentItems(16);
  const truth = new Map<string, number>();
  let i = 0;
  for (let r = 0; r < 50_000; r++) {
    const v = r % 4 === 0 ? 'hot' : r % 9 === 0 ? 'warm' : `cold${(i += 7919) % 5000}`;
    truth.set(v, (truth.get(v) ?? 0) + 1);
    (r % 2 ? a : b).add(hashString(v), () => v);
  }
  a.merge(b);
  for (const name of ['hot', 'warm']) {
    const item = a.items.get(hashString(name));
    assert.ok(item, name);
    const t = truth.get(name) ?? 0;
    assert.ok(item.count <= t && item.count >= t - a.maxError(), `${name}: ${item.count} vs ${t} (±${a.maxError()})`);
  }
});
