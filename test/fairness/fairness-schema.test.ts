import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fairnessSchema } from '../../src/core/policy/fairness-schema.js';
import { DISPARITY_METRICS } from '../../src/core/fairness/disparity-registry.js';

const gate = (over: Record<string, unknown>) => ({ gates: [{ metric: 'four_fifths', attributes: ['Marital'], threshold: 0.8, ...over }] });
const issues = (value: unknown) => {
  const r = fairnessSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

test('every registry metric is accepted with a threshold inside its range and rejected outside it', () => {
  for (const m of DISPARITY_METRICS) {
    assert.deepEqual(issues(gate({ metric: m.name, threshold: m.thresholdRange[0] })), [], m.name);
    const outside = m.thresholdRange[0] - 0.5;
    assert.match(issues(gate({ metric: m.name, threshold: outside })).join(), new RegExp(`gates\\.0\\.threshold: threshold ${outside} is outside the valid range of ${m.name}`));
  }
  assert.match(issues(gate({ metric: 'demographic_parity_ratio', threshold: 1.2 })).join(), /expected a number in \[0, 1\]/);
});

test('unknown metric, privileged on a Fairlearn metric, to_overall without that form, bad buckets', () => {
  assert.match(issues(gate({ metric: 'demographic_parity' })).join(), /gates\.0\.metric/);
  assert.match(issues(gate({ privileged: 'married' })).join(), /gates\.0\.privileged: privileged applies only to AIF360 pairwise metrics \(disparate_impact/);
  assert.deepEqual(issues(gate({ metric: 'disparate_impact', privileged: 'married' })), []);
  assert.match(issues(gate({ method: 'to_overall' })).join(), /four_fifths has no to_overall form/);
  assert.match(issues({ buckets: { Age: [35, 25] } }).join(), /strictly increasing/);
  assert.match(issues({ bootstrap: { n_resamples: 10 } }).join(), /bootstrap\.n_resamples/);
});

test('defaults: method between_groups, severity error, no gates', () => {
  const parsed = fairnessSchema.parse(gate({}));
  assert.equal(parsed.gates[0]!.method, 'between_groups');
  assert.equal(parsed.gates[0]!.severity, 'error');
  assert.deepEqual(fairnessSchema.parse({}).gates, []);
});
