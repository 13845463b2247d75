import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateFairnessGate, type FairnessGate } from '../../src/core/fairness/fairness-gates.js';
import { buildGroupFrame } from '../../src/core/fairness/group-frame.js';
import { encodeAttribute } from '../../src/core/fairness/attribute-grouping.js';
import { toyFrame } from './toy-data.js';

/** Rows of one group with given counts of (y, ŷ) pairs. */
function group(name: string, c: { tp: number; fp: number; tn: number; fn: number }) {
  const rows: [number, number, string][] = [];
  for (let i = 0; i < c.tp; i++) rows.push([1, 1, name]);
  for (let i = 0; i < c.fp; i++) rows.push([0, 1, name]);
  for (let i = 0; i < c.tn; i++) rows.push([0, 0, name]);
  for (let i = 0; i < c.fn; i++) rows.push([1, 0, name]);
  return rows;
}
function frameOf(rows: [number, number, string][]) {
  return buildGroupFrame(Uint8Array.from(rows.map((r) => r[0])), Uint8Array.from(rows.map((r) => r[1])), [encodeAttribute({ column: 'g' }, rows.map((r) => r[2]))]);
}
const gate = (over: Partial<FairnessGate> = {}): FairnessGate => ({
  metric: 'four_fifths', attributes: ['g'], method: 'between_groups', threshold: 0.8, severity: 'error', minGroupSize: 1, ciMustCross: false, ...over,
});

// a: SR 0.5 (n=200); b: SR 0.3 (n=200) -> impact ratio 0.6; tiny: SR 0 (n=10)
const big = [...group('a', { tp: 60, fp: 40, tn: 60, fn: 40 }), ...group('b', { tp: 40, fp: 20, tn: 80, fn: 60 })];
const withTiny = [...big, ...group('tiny', { tp: 0, fp: 0, tn: 8, fn: 2 })];

test('four-fifths gate fails with the value and bound in words', () => {
  const r = evaluateFairnessGate(gate(), { candidate: frameOf(big) }, null);
  assert.equal(r.status, 'fail');
  assert.ok(Math.abs((r.value ?? NaN) - 0.6) < 1e-12);
  assert.match(r.reasons.join(' '), /four_fifths over `g` is 0\.6, not at least 0\.8\. Groups beyond the threshold: `b` \(0\.6\)\./);
});

test('passing gate passes; severity warning turns a failure into warn', () => {
  assert.equal(evaluateFairnessGate(gate({ threshold: 0.5 }), { candidate: frameOf(big) }, null).status, 'pass');
  const w = evaluateFairnessGate(gate({ severity: 'warning' }), { candidate: frameOf(big) }, null);
  assert.equal(w.status, 'warn');
  assert.match(w.reasons.join(' '), /severity warning/);
});

test('small groups are left out with an insufficient-data warning, never a silent pass', () => {
  const r = evaluateFairnessGate(gate({ threshold: 0.5, minGroupSize: 30 }), { candidate: frameOf(withTiny) }, null);
  assert.equal(r.status, 'warn');
  assert.deepEqual(r.excludedGroups, [{ group: 'tiny', count: 10 }]);
  assert.match(r.reasons[0]!, /Insufficient data: `tiny` \(10 rows\) has fewer than 30 rows/);
  // Without the size limit the tiny group (SR 0) makes the ratio 0.
  assert.equal(evaluateFairnessGate(gate({ threshold: 0.5 }), { candidate: frameOf(withTiny) }, null).value, 0);
});

test('fewer than two eligible groups or a single group: warn with no value', () => {
  const r = evaluateFairnessGate(gate({ minGroupSize: 201 }), { candidate: frameOf(big) }, null);
  assert.equal(r.status, 'warn');
  assert.equal(r.value, null);
  const single = evaluateFairnessGate(gate(), { candidate: frameOf(group('only', { tp: 5, fp: 5, tn: 5, fn: 5 })) }, null);
  assert.equal(single.status, 'warn');
  assert.match(single.reasons.join(' '), /Only one group/);
});

test('undefined disparity (no group selected) warns with the reason', () => {
  const rows = [...group('a', { tp: 0, fp: 0, tn: 10, fn: 5 }), ...group('b', { tp: 0, fp: 0, tn: 10, fn: 5 })];
  const r = evaluateFairnessGate(gate(), { candidate: frameOf(rows) }, null);
  assert.equal(r.status, 'warn');
  assert.match(r.reasons.join(' '), /0\/0/);
});

test('ci_must_cross: a violation whose interval reaches the threshold only warns; a clear one fails', () => {
  const boot = { nResamples: 400, confidenceLevel: 0.95, seed: 7 };
  // Toy data: DP ratio 0.5 with 10 rows -> very wide interval that reaches 0.8.
  const noisy = evaluateFairnessGate(gate({ metric: 'demographic_parity_ratio', ciMustCross: true }), { candidate: toyFrame() }, boot);
  assert.equal(noisy.status, 'warn');
  assert.match(noisy.reasons.join(' '), /not significant/);
  const clear = evaluateFairnessGate(gate({ ciMustCross: true }), { candidate: frameOf(big) }, boot);
  assert.equal(clear.status, 'fail');
  assert.ok(clear.interval !== null && clear.interval.high !== null && clear.interval.high < 0.8);
});

test('bootstrap interval is deterministic for a seed and brackets the estimate', () => {
  const boot = { nResamples: 300, confidenceLevel: 0.9, seed: 42 };
  const a = evaluateFairnessGate(gate(), { candidate: frameOf(big) }, boot).interval;
  const b = evaluateFairnessGate(gate(), { candidate: frameOf(big) }, boot).interval;
  assert.deepEqual(a, b);
  assert.ok(a !== null && a.low !== null && a.high !== null && a.low < 0.6 && 0.6 < a.high);
  const c = evaluateFairnessGate(gate(), { candidate: frameOf(big) }, { ...boot, seed: 43 }).interval;
  assert.notDeepEqual(a, c);
});

test('champion comparison: worsening beyond max_worsening fails although the threshold holds', () => {
  // candidate ratio 0.6, champion ratio 0.7 (a: SR .5, b: SR .35): worse by 0.1.
  const champion = [...group('a', { tp: 60, fp: 40, tn: 60, fn: 40 }), ...group('b', { tp: 40, fp: 30, tn: 70, fn: 60 })];
  const r = evaluateFairnessGate(gate({ threshold: 0.5, maxWorsening: 0.05 }), { candidate: frameOf(big), champion: frameOf(champion) }, null);
  assert.equal(r.status, 'fail');
  assert.ok(Math.abs((r.champion?.worsening ?? NaN) - 0.1) < 1e-12);
  assert.match(r.reasons.join(' '), /Worse than the champion \(0\.7\) by 0\.1, more than the allowed 0\.05/);
  const ok = evaluateFairnessGate(gate({ threshold: 0.5, maxWorsening: 0.15 }), { candidate: frameOf(big), champion: frameOf(champion) }, null);
  assert.equal(ok.status, 'pass');
  const none = evaluateFairnessGate(gate({ threshold: 0.5, maxWorsening: 0.15 }), { candidate: frameOf(big) }, null);
  assert.match(none.reasons.join(' '), /No champion/);
});

test('difference metrics fail above the threshold; signed AIF360 metrics in absolute value', () => {
  const dpd = evaluateFairnessGate(gate({ metric: 'demographic_parity_difference', threshold: 0.1 }), { candidate: frameOf(big) }, null);
  assert.equal(dpd.status, 'fail');
  assert.ok(Math.abs((dpd.value ?? NaN) - 0.2) < 1e-12);
  const spd = evaluateFairnessGate(gate({ metric: 'statistical_parity_difference', threshold: 0.15, privileged: 'a' }), { candidate: frameOf(big) }, null);
  assert.ok(Math.abs((spd.value ?? NaN) + 0.2) < 1e-12);
  assert.equal(spd.status, 'fail');
  assert.equal(evaluateFairnessGate(gate({ metric: 'statistical_parity_difference', threshold: 0.25 }), { candidate: frameOf(big) }, null).status, 'pass');
});
