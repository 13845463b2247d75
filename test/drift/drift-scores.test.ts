import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { populationStabilityIndex, jensenShannonDistance, jensenShannonDivergenceBase2, lInfinityDistance, wassersteinDistance } from '../../src/core/stats/divergence.js';
import { chiSquaredSf, normalSf } from '../../src/core/stats/special-functions.js';
import { weightedMoments, weightedSampleOf } from '../../src/core/stats/weighted-sample.js';
import { fillZeroProportions } from '../../src/core/drift/binned-frequencies.js';
import { createDriftProfileConsumer } from '../../src/core/drift/drift-profile-consumer.js';
import { columnDrift } from '../../src/core/drift/drift-report.js';
import { STAT_TESTS, type StatTestId } from '../../src/core/drift/stattests.js';
import type { ColumnProfile } from '../../src/core/drift/column-profile.js';
import { batchesOf, formulaSample } from './drift-helpers.js';

const near = (actual: number, expected: number, tol = 1e-6): void => assert.ok(Math.abs(actual - expected) <= tol, `${actual} vs ${expected}`);

test('D1 PSI worked examples: 0.062861, and 0.343580 with a new 5% category filled to 1e-4', () => {
  near(populationStabilityIndex([0.5, 0.3, 0.2], [0.4, 0.3, 0.3]), 0.062861);
  const [r, c] = [fillZeroProportions([0.5, 0.3, 0.2, 0]), fillZeroProportions([0.4, 0.3, 0.25, 0.05])];
  near(populationStabilityIndex(r, c), 0.34358);
});

test('D3 chi-squared worked example: ref (50,30,20), cur (40,30,30) → χ² = 7.0, p = 0.030197', () => {
  const exp = [50, 30, 20];
  const obs = [40, 30, 30];
  const chi = obs.reduce((s, o, i) => s + (o - exp[i]!) ** 2 / exp[i]!, 0);
  near(chi, 7.0);
  near(chiSquaredSf(chi, 2), 0.030197);
  const ref = profileOf('c', [...'a'.repeat(50), ...'b'.repeat(30), ...'c'.repeat(20)]);
  const cur = profileOf('c', [...'a'.repeat(40), ...'b'.repeat(30), ...'c'.repeat(30)]);
  const r = columnDrift(ref, cur);
  assert.equal(r.stattest, 'chisquare');
  near(r.drift_score!, 0.030197);
  assert.equal(r.drift_detected, true);
});

test('D3 edge: a category new in current gives χ² = inf and p = 0', () => {
  const ref = profileOf('c', ['a', 'a', 'b', 'b', 'b']);
  const cur = profileOf('c', ['a', 'b', 'b', 'z', 'b']);
  const out = STAT_TESTS.chisquare.compute({ type: 'cat', reference: ref, current: cur });
  assert.ok('score' in out);
  assert.equal(out.score, 0);
  assert.match(out.note ?? '', /chi2=Infinity/);
});

test('D4 Z-test worked example: n = 100/100, p = .30/.45 → z = −2.190890, p = 0.028460', () => {
  const P = (0.3 * 100 + 0.45 * 100) / 200;
  const z = (0.3 - 0.45) / Math.sqrt(P * (1 - P) * (2 / 100));
  near(z, -2.19089);
  near(2 * normalSf(Math.abs(z)), 0.02846);
  const ref = profileOf('b', [...Array(30).fill('yes'), ...Array(70).fill('no')]);
  const cur = profileOf('b', [...Array(45).fill('yes'), ...Array(55).fill('no')]);
  const r = columnDrift(ref, cur);
  assert.equal(r.stattest, 'z');
  near(r.drift_score!, 0.02846);
});

test('D5 Jensen–Shannon worked example and D7 L∞: 0.318982 (e), 0.383136 (base 2), TFDV 0.146793, L∞ 0.4', () => {
  near(jensenShannonDistance([0.5, 0.5], [0.9, 0.1]), 0.318982);
  near(jensenShannonDistance([0.5, 0.5], [0.9, 0.1], 2), 0.383136);
  near(jensenShannonDivergenceBase2([0.5, 0.5], [0.9, 0.1]), 0.146793);
  near(lInfinityDistance([0.5, 0.5], [0.9, 0.1]), 0.4);
});

test('D6 Wasserstein normed worked example: ref [0,1,2,3], cur [1,2,3,4] → 0.894427', () => {
  const ref = weightedSampleOf([0, 1, 2, 3]);
  const cur = weightedSampleOf([1, 2, 3, 4]);
  near(wassersteinDistance(ref, cur), 1);
  near(weightedMoments(ref).std, 1.118034);
  near(wassersteinDistance(ref, cur) / weightedMoments(ref).std, 0.894427);
});

// Frozen by test/fixtures/drift/generate-drift.py with numpy/scipy following Evidently's stattests.
const fixture = JSON.parse(readFileSync(new URL('../fixtures/drift/evidently-drift.json', import.meta.url), 'utf8')) as {
  cases: ({ name: string; reference: number[]; current: number[]; n_unique: number } & Partial<Record<StatTestId, number>>)[];
};

test('every test on streamed numeric columns equals the numpy/scipy computation of Evidently', () => {
  for (const c of fixture.cases) {
    const ref = profileOf('x', formulaSample(c.reference).map(String), 97);
    const cur = profileOf('x', formulaSample(c.current).map(String), 113);
    for (const id of Object.keys(STAT_TESTS) as StatTestId[]) {
      const expected = c[id];
      if (expected === undefined) continue;
      const out = STAT_TESTS[id].compute({ type: 'num', reference: ref, current: cur });
      assert.ok('score' in out, `${c.name} ${id}`);
      assert.ok(Math.abs(out.score - expected) <= 1e-9 + 1e-7 * Math.abs(expected), `${c.name} ${id}: ${out.score} vs ${expected}`);
    }
  }
});

test("Evidently's default test by type, reference size and distinct values", () => {
  const pick = (name: string): string | null => {
    const c = fixture.cases.find((x) => x.name === name)!;
    return columnDrift(profileOf('x', formulaSample(c.reference).map(String)), profileOf('x', formulaSample(c.current).map(String))).stattest;
  };
  assert.equal(pick('few-values-z'), 'z'); // N_ref 300, u = 2
  assert.equal(pick('few-values-chi'), 'chisquare'); // N_ref 400, u = 5
  assert.equal(pick('ks-small'), 'ks'); // N_ref 800, u > 5
  assert.equal(pick('js-large-few'), 'jensenshannon'); // N_ref 5000, u <= 5
  assert.equal(pick('wasserstein-large'), 'wasserstein'); // N_ref 3000, u > 5
  const bigCat = profileOf('c', Array.from({ length: 1500 }, (_, i) => `k${i % 9}`));
  assert.equal(columnDrift(bigCat, bigCat).stattest, 'jensenshannon');
});

test('thresholds and tests are overridable per column; p-value tests use <= (KS) and < (χ², Z)', () => {
  const c = fixture.cases.find((x) => x.name === 'ks-small')!;
  const ref = profileOf('x', formulaSample(c.reference).map(String));
  const cur = profileOf('x', formulaSample(c.current).map(String));
  const psi = columnDrift(ref, cur, { stattest: 'auto', driftShare: 0.5, severity: 'error', columns: { x: { stattest: 'psi', threshold: 0.02 } } });
  assert.equal(psi.stattest, 'psi');
  assert.equal(psi.threshold, 0.02);
  assert.equal(psi.drift_detected, true);
  assert.equal(STAT_TESTS.ks.isDrift(0.05, 0.05), true);
  assert.equal(STAT_TESTS.chisquare.isDrift(0.05, 0.05), false);
  assert.equal(STAT_TESTS.z.isDrift(0.05, 0.05), false);
  const ksOnCat = columnDrift(profileOf('c', ['a', 'b']), profileOf('c', ['a', 'c']), { stattest: 'ks', driftShare: 0.5, severity: 'error' });
  assert.equal(ksOnCat.status, 'skipped');
});

/** Streams one column through the drift consumer in batches of `size` rows. */
export function profileOf(name: string, cells: (string | null)[], size = 1000): ColumnProfile {
  const consumer = createDriftProfileConsumer();
  for (const b of batchesOf('data.csv', { [name]: cells }, size)) consumer.consume(b);
  return consumer.finish()[0]!;
}
