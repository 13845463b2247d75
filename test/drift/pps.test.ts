import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { crossValidatedScore, predictivePowerScore, stratifiedFolds, weightedF1 } from '../../src/core/labels/predictive-power-score.js';
import { creditBatches } from '../proxies/credit-batches.js';

// Frozen by test/fixtures/drift/generate-pps.py (scikit-learn 1.2.1).
const fixture = JSON.parse(readFileSync(new URL('../fixtures/drift/sklearn-pps.json', import.meta.url), 'utf8')) as {
  cv: { target: string; feature: string; n: number; score: number }[];
  stratified_folds: { y: number[]; folds: number[] };
  f1_weighted: { truth: number[]; pred: number[]; value: number };
};

function creditColumns(rows: number): Map<string, (string | null)[]> {
  const out = new Map<string, (string | null)[]>();
  for (const b of creditBatches(1000)) b.header.forEach((h, c) => out.set(h, [...(out.get(h) ?? []), ...b.cells[c]!]));
  for (const [k, v] of out) out.set(k, v.slice(0, rows));
  return out;
}

test('weighted F1 and StratifiedKFold fold assignment equal scikit-learn', () => {
  const f = fixture.f1_weighted;
  assert.ok(Math.abs(weightedF1(f.truth, f.pred) - f.value) < 1e-12);
  assert.deepEqual([...stratifiedFolds(fixture.stratified_folds.y, 4)], fixture.stratified_folds.folds);
});

test('the one-feature tree cross-validated score equals sklearn DecisionTree + cross_val_score (cv=4) on the credit data', () => {
  const cols = creditColumns(2000);
  const numeric = new Set(['Seniority', 'Time', 'Age', 'Income', 'Price', 'Amount']);
  for (const c of fixture.cv) {
    const xs = cols.get(c.feature)!;
    const ys = cols.get(c.target)!;
    const x: (number | string)[] = [];
    const yRaw: string[] = [];
    xs.forEach((v, i) => {
      if (v !== null && ys[i] !== null) {
        x.push(numeric.has(c.feature) ? Number(v) : v);
        yRaw.push(ys[i]!);
      }
    });
    assert.equal(x.length, c.n);
    const classification = c.target === 'Status';
    const labels = [...new Set(yRaw)].sort();
    const y = classification ? yRaw.map((v) => labels.indexOf(v)) : yRaw.map(Number);
    const score = crossValidatedScore(x, y, classification ? labels.length : 0, 4);
    assert.ok(Math.abs(score - c.score) <= 1e-9 * Math.max(1, c.score), `${c.feature}→${c.target}: ${score} vs sklearn ${c.score}`);
  }
});

test('PPS cases and formula: predict itself = 1, constant target = 0, perfect predictor = 1, noise ≈ 0', () => {
  const n = 400;
  const x = Array.from({ length: n }, (_, i) => i % 7);
  const label = x.map((v) => (v < 3 ? 'low' : 'high'));
  const noise = Array.from({ length: n }, (_, i) => ((i * 7919) % 13) / 13);
  assert.equal(predictivePowerScore({ name: 'a', values: x, numeric: true }, { name: 'a', values: x, numeric: true }).ppscore, 1);
  assert.equal(predictivePowerScore({ name: 'x', values: x, numeric: true }, { name: 'y', values: x.map(() => 'same'), numeric: false }).task, 'target_is_constant');
  const perfect = predictivePowerScore({ name: 'x', values: x, numeric: true }, { name: 'y', values: label, numeric: false });
  assert.equal(perfect.task, 'classification');
  assert.equal(perfect.ppscore, 1);
  const reg = predictivePowerScore({ name: 'x', values: x, numeric: true }, { name: 'y', values: x.map((v) => v * 10), numeric: true });
  assert.equal(reg.ppscore, 1);
  const weak = predictivePowerScore({ name: 'noise', values: noise, numeric: true }, { name: 'y', values: label, numeric: false });
  assert.ok(weak.ppscore < 0.2, `noise PPS ${weak.ppscore}`);
});
