import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ksTwoSample, KS_MAX_AUTO_N } from '../../src/core/stats/ks-two-sample.js';
import { kolmognSf, smirnovSf } from '../../src/core/stats/kolmogorov-smirnov-distribution.js';
import { chiSquaredSf, normalCdf, normalSf } from '../../src/core/stats/special-functions.js';
import { weightedSampleOf } from '../../src/core/stats/weighted-sample.js';

// Frozen by test/fixtures/drift/generate-ks.py from scipy 1.10.1.
const fixture = JSON.parse(readFileSync(new URL('../fixtures/drift/scipy-ks.json', import.meta.url), 'utf8')) as {
  ks_2samp: { n1: number; n2: number; x: number[]; y: number[]; statistic: number; pvalue: number }[];
  kstwo_sf: { n: number; d: number; sf: number }[];
  smirnov: { n: number; d: number; sf: number }[];
  chi2_sf: { x: number; df: number; sf: number }[];
  norm: { z: number; cdf: number; sf: number }[];
};

function sample(n: number, [a, b, p, r, scale]: number[]): number[] {
  return Array.from({ length: n }, (_, i) => (((i * a! + b!) % p!) % r!) * scale!);
}

/** |actual − expected| <= abs + rel·|expected| */
function close(actual: number, expected: number, rel: number, abs: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= abs + rel * Math.abs(expected), `${what}: ${actual} vs scipy ${expected}`);
}

test('worked example of metrics.md D2: x=[1..5], y=[3..8] → D=0.5, exact p=0.357143', () => {
  const r = ksTwoSample(weightedSampleOf([1, 2, 3, 4, 5]), weightedSampleOf([3, 4, 5, 6, 7, 8]));
  assert.equal(r.statistic, 0.5);
  assert.equal(r.method, 'exact');
  close(r.pvalue, 0.357143, 0, 1e-6, 'exact p');
  close(kolmognSf(3, 0.5), 0.333333, 0, 1e-6, 'asymptotic p = kstwo.sf(0.5, 3)');
});

test('ks_2samp statistic and p-value equal scipy on both sides of the exact/asymptotic switch (ties, unequal sizes)', () => {
  let exact = 0;
  let asymp = 0;
  for (const c of fixture.ks_2samp) {
    const r = ksTwoSample(weightedSampleOf(sample(c.n1, c.x)), weightedSampleOf(sample(c.n2, c.y)));
    const label = `n1=${c.n1} n2=${c.n2}`;
    close(r.statistic, c.statistic, 1e-12, 1e-15, `${label} D`);
    close(r.pvalue, c.pvalue, 1e-9, 1e-14, `${label} p`);
    assert.equal(r.method, Math.max(c.n1, c.n2) <= KS_MAX_AUTO_N ? 'exact' : 'asymp');
    if (r.method === 'exact') exact++;
    else asymp++;
  }
  assert.ok(exact >= 5 && asymp >= 3);
});

test('kstwo.sf equals scipy across Ruben–Gambino, Durbin, Pomeranz, Smirnov and Pelz–Good regimes', () => {
  for (const c of fixture.kstwo_sf) close(kolmognSf(c.n, c.d), c.sf, 1e-9, 1e-14, `kstwo.sf(${c.d}, ${c.n})`);
});

test('smirnov (one-sided) equals scipy.special.smirnov', () => {
  for (const c of fixture.smirnov) close(smirnovSf(c.n, c.d), c.sf, 1e-9, 1e-15, `smirnov(${c.n}, ${c.d})`);
});

test('chi2.sf and the normal distribution equal scipy', () => {
  for (const c of fixture.chi2_sf) close(chiSquaredSf(c.x, c.df), c.sf, 1e-10, 1e-15, `chi2.sf(${c.x}, ${c.df})`);
  for (const c of fixture.norm) {
    close(normalCdf(c.z), c.cdf, 1e-12, 1e-16, `norm.cdf(${c.z})`);
    close(normalSf(c.z), c.sf, 1e-12, 1e-16, `norm.sf(${c.z})`);
  }
});
