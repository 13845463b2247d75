// metrics.md §3 worked examples (Fairlearn, AIF360, four-fifths rule), reproduced to 1e-6.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDisparityMetric, impactRatios } from '../../src/core/fairness/disparity-registry.js';
import { findGroupMetric } from '../../src/core/fairness/group-metric-registry.js';
import type { DisparityOptions } from '../../src/core/fairness/disparity-registry.js';
import { toyFrame } from './toy-data.js';

function disparity(name: string, options: DisparityOptions = { method: 'between_groups' }): number | null {
  const m = findDisparityMetric(name);
  assert.ok(m, name);
  return m.compute(toyFrame().frame, options).value;
}

function close(actual: number | null, expected: number, what: string) {
  assert.ok(actual !== null, `${what} is undefined`);
  assert.ok(Math.abs(actual - expected) < 1e-6, `${what}: ${actual} != ${expected}`);
}

test('Fairlearn group metrics of the toy data', () => {
  const { frame } = toyFrame();
  const [a, b] = frame.groups;
  const sr = findGroupMetric('selection_rate')!;
  const tpr = findGroupMetric('true_positive_rate')!;
  const fpr = findGroupMetric('false_positive_rate')!;
  close(sr.compute(a!.counts).value, 0.5, 'SR A');
  close(sr.compute(b!.counts).value, 0.25, 'SR B');
  close(sr.compute(frame.overall).value, 0.4, 'SR overall');
  close(tpr.compute(a!.counts).value, 2 / 3, 'TPR A');
  close(tpr.compute(b!.counts).value, 1 / 2, 'TPR B');
  close(fpr.compute(a!.counts).value, 1 / 3, 'FPR A');
  close(fpr.compute(b!.counts).value, 0, 'FPR B');
});

test('Fairlearn disparities of the toy data', () => {
  close(disparity('demographic_parity_difference'), 0.25, 'DP difference between');
  close(disparity('demographic_parity_difference', { method: 'to_overall' }), 0.15, 'DP difference to overall');
  close(disparity('demographic_parity_ratio'), 0.5, 'DP ratio between');
  close(disparity('demographic_parity_ratio', { method: 'to_overall' }), 0.625, 'DP ratio to overall');
  close(disparity('equalized_odds_difference'), 1 / 3, 'EO difference');
  close(disparity('equalized_odds_ratio'), 0, 'EO ratio');
  close(disparity('equal_opportunity_difference'), 2 / 3 - 1 / 2, 'EOpp difference');
  close(disparity('equal_opportunity_ratio'), 0.75, 'EOpp ratio');
});

test('AIF360 metrics of the toy data, privileged = A', () => {
  const p: DisparityOptions = { method: 'between_groups', privileged: 'A' };
  close(disparity('statistical_parity_difference', p), -0.25, 'SPD');
  close(disparity('disparate_impact', p), 0.5, 'DI');
  close(disparity('true_positive_rate_difference', p), -0.1666667, 'EOD');
  close(disparity('average_odds_difference', p), -0.25, 'AOD');
  close(disparity('theil_index', p), 0.259393, 'Theil');
});

test('AIF360 metrics default the privileged group to the most-selected group (A here)', () => {
  close(disparity('statistical_parity_difference'), -0.25, 'SPD');
  const m = findDisparityMetric('disparate_impact')!.compute(toyFrame().frame, { method: 'between_groups' });
  assert.match(m.note ?? '', /privileged group: `A`/);
});

test('four-fifths rule: impact ratio per group over the most-selected group', () => {
  const ratios = impactRatios(toyFrame().frame);
  assert.deepEqual(ratios.map((r) => [r.group, r.ratio.value]), [['A', 1], ['B', 0.5]]);
  // Equivalent to demographic_parity_ratio(between_groups) as metrics.md says.
  close(disparity('four_fifths'), disparity('demographic_parity_ratio')!, 'four_fifths = DP ratio');
});
