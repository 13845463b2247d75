import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { delongTest } from '../../src/core/compare/delong.js';
import { binomialHalfCdf, mcnemarExactPValue, mcnemarExactTest } from '../../src/core/compare/mcnemar.js';
import { twoSidedNormalPValue, erfc } from '../../src/core/compare/normal-distribution.js';
import { orderByScoreDescending } from '../../src/core/metrics/sort-order.js';
import { percentile } from '../../src/core/compare/paired-bootstrap.js';

const fixtures = JSON.parse(readFileSync(new URL('../fixtures/metrics/sklearn-fixtures.json', import.meta.url), 'utf8'));

function model(scores: number[]) {
  const s = Float64Array.from(scores);
  return { scores: s, preds: Uint8Array.from(scores.map((v) => (v >= 0.5 ? 1 : 0))), order: orderByScoreDescending(s) };
}

test('DeLong (Sun & Xu midranks) equals the NumPy port and the O(m·n) pairwise variance to 1e-9, with ties', () => {
  const p = fixtures.paired;
  const r = delongTest({ labels: Uint8Array.from(p.labels), champion: model(p.champion), challenger: model(p.challenger) });
  const d = p.delong;
  for (const [key, got] of [['auc_champion', r.details['auc_champion']], ['auc_challenger', r.details['auc_challenger']], ['variance', r.details['variance']], ['z', r.statistic], ['p_value', r.p_value]] as const) {
    assert.ok(Math.abs((got as number) - d[key]) <= 1e-9, `${key}: ${got} vs ${d[key]}`);
  }
});

test('DeLong of a model against itself has zero variance: no statistic, explained', () => {
  const p = fixtures.paired;
  const r = delongTest({ labels: Uint8Array.from(p.labels), champion: model(p.champion), challenger: model(p.champion) });
  assert.equal(r.p_value, null);
  assert.match(r.note!, /variance/);
});

test('McNemar exact p-values equal scipy.stats.binom.cdf-based values, also for large counts', () => {
  for (const row of fixtures.mcnemar) {
    const got = mcnemarExactPValue(row.b, row.c);
    assert.ok(Math.abs(got - row.p_value) <= 1e-9 * Math.max(1, row.p_value) + 1e-15, `b=${row.b} c=${row.c}: ${got} vs ${row.p_value}`);
  }
  assert.equal(binomialHalfCdf(5, 5), 1);
  const p = fixtures.paired;
  const r = mcnemarExactTest({ labels: Uint8Array.from(p.labels), champion: model(p.champion), challenger: model(p.challenger) });
  assert.deepEqual([r.details['b'], r.details['c']], [p.mcnemar.b, p.mcnemar.c]);
  assert.ok(Math.abs(r.p_value! - p.mcnemar.p_value) <= 1e-12);
});

test('two-sided normal p-values equal scipy.stats.norm.sf to 1e-12 (relative in the tail)', () => {
  for (const row of fixtures.normal) {
    const got = twoSidedNormalPValue(row.z);
    assert.ok(Math.abs(got - row.p_value) <= 1e-12 * Math.max(row.p_value, 1e-300) + 1e-15, `z=${row.z}: ${got} vs ${row.p_value}`);
  }
  assert.equal(erfc(0), 1);
});

test('percentile equals np.percentile (linear) on the fixture', () => {
  const t = fixtures.percentile;
  const sorted = Float64Array.from(t.data).sort();
  t.q.forEach((q: number, i: number) => assert.ok(Math.abs(percentile(sorted, q / 100) - t.values[i]) <= 1e-12, `q=${q}`));
});
