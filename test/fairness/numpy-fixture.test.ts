// Frozen expectations from test/fixtures/fairness/generate-expected.py (numpy/pandas implementing the Fairlearn
// and AIF360 formulas): 240 rows, a group without positives, null attribute values, bucketed age, intersections.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildFairnessReport, type FairnessTable } from '../../src/core/fairness/fairness-report.js';
import { findDisparityMetric } from '../../src/core/fairness/disparity-registry.js';
import { buildGroupFrame } from '../../src/core/fairness/group-frame.js';
import { encodeAttribute } from '../../src/core/fairness/attribute-grouping.js';

interface Expected {
  groups: Record<string, Record<string, number>>;
  overall: Record<string, number>;
  disparities: Record<string, number | null>;
}
const fixture = JSON.parse(readFileSync(new URL('../fixtures/fairness/numpy-expected.json', import.meta.url), 'utf8')) as {
  rows: { color: string | null; age: number | null; y: number; yhat: number }[];
  buckets: { age: number[] };
  by_color: Expected;
  by_age: Expected;
  by_color_and_age: Expected;
  aif360_privileged_red: Record<string, number>;
};

const input = {
  yTrue: Uint8Array.from(fixture.rows.map((r) => r.y)),
  yPred: Uint8Array.from(fixture.rows.map((r) => r.yhat)),
  columns: new Map<string, (string | null)[]>([
    ['color', fixture.rows.map((r) => r.color)],
    ['age', fixture.rows.map((r) => (r.age === null ? null : String(r.age)))],
  ]),
};
const report = buildFairnessReport(input, {
  protected: [{ column: 'color' }, { column: 'age', buckets: fixture.buckets.age }],
  gates: [],
  minGroupSize: 30,
  bootstrap: null,
  positiveLabel: '1',
});

function near(actual: number | null | undefined, expected: number | null, what: string) {
  if (expected === null) return assert.equal(actual, null, what);
  assert.ok(typeof actual === 'number' && Math.abs(actual - expected) < 1e-9, `${what}: ${actual} != ${expected}`);
}

function compare(table: FairnessTable | undefined, expected: Expected, label: string) {
  assert.ok(table, label);
  assert.deepEqual(table.groups.map((g) => g.name).sort(), Object.keys(expected.groups).sort(), `${label}: observed groups`);
  for (const g of table.groups) {
    for (const [metric, value] of Object.entries(expected.groups[g.name]!)) near(g.metrics[metric]?.value, value, `${label} ${g.name} ${metric}`);
  }
  for (const [metric, value] of Object.entries(expected.overall)) near(table.overall[metric]?.value, value, `${label} overall ${metric}`);
  for (const [key, value] of Object.entries(expected.disparities)) {
    const [metric, method] = key.split('/');
    const row = table.disparities.find((d) => d.metric === metric && d.method === method);
    near(row?.value, value, `${label} ${key}`);
  }
}

test('group metrics and Fairlearn disparities by one attribute, nulls as their own group', () => {
  compare(report.tables.find((t) => t.attributes.join() === 'color'), fixture.by_color, 'color');
  const violet = report.tables[0]!.groups.find((g) => g.name === 'violet')!;
  assert.equal(violet.metrics['true_positive_rate']!.value, 0);
  assert.match(violet.metrics['true_positive_rate']!.note ?? '', /no positive labels/);
});

test('age bucketed at cut points into left-closed intervals', () => {
  compare(report.tables.find((t) => t.attributes.join() === 'age'), fixture.by_age, 'age');
});

test('intersection of two attributes skips empty cells', () => {
  const table = report.tables.find((t) => t.attributes.join() === 'color,age');
  compare(table, fixture.by_color_and_age, 'color × age');
  assert.equal(table!.unobservedIntersections, 5 * 4 - Object.keys(fixture.by_color_and_age.groups).length);
});

test('AIF360 metrics with privileged = red and the others pooled', () => {
  const { frame } = buildGroupFrame(input.yTrue, input.yPred, [encodeAttribute({ column: 'color' }, input.columns.get('color')!)]);
  for (const [name, value] of Object.entries(fixture.aif360_privileged_red)) {
    near(findDisparityMetric(name)!.compute(frame, { method: 'between_groups', privileged: 'red' }).value, value, name);
  }
});
