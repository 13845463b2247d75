import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMMENT_BUDGET_CHARS, composeModelComment } from '../../src/core/report/compose-report.js';
import { renderJobSummary, SUMMARY_BUDGET_BYTES } from '../../src/core/report/job-summary.js';
import { resultsBundleSchema } from '../../src/core/report/results-bundle.js';
import { HEAD_SHA, sampleModel } from './sample-results.js';

const LONG = 'x'.repeat(1990);
const COLUMNS = Array.from({ length: 12 }, (_x, c) => `column ${c} ${'c'.repeat(150)}`);
// Above every per-section row cap of a comment, so caps and budget cutting are both exercised.
const ROWS = Array.from({ length: 40 }, (_x, r) => ({ cells: Array.from({ length: 12 }, (_y, c) => (c % 2 ? r * 0.001 : `value ${r} ${'v'.repeat(150)}`)), status: 'warn' as const }));
const FINDINGS = Array.from({ length: 60 }, (_x, f) => ({
  id: `DV${f}`,
  check: 'values_in_set',
  column: `col_${f}_${'k'.repeat(100)}`,
  severity: f % 3 ? ('error' as const) : ('warning' as const),
  status: f % 5 ? ('fail' as const) : ('pass' as const),
  observed: `obs ${'o'.repeat(300)}`,
  expected: `exp ${'e'.repeat(300)}`,
  message: LONG,
  examples: [{ file: `data/${'p'.repeat(300)}.csv`, line: f + 1 }],
}));
const table = (title: string) => ({ title, columns: COLUMNS, rows: ROWS });

/** A model that fills every section past its row caps with long strings. */
function worstModel(i: number) {
  const base = sampleModel(`model-${String(i).padStart(3, '0')}-${'m'.repeat(80)}`);
  return {
    ...base,
    gates: Array.from({ length: 40 }, (_x, g) => ({ name: `gate_${g}`, status: g % 2 ? ('fail' as const) : ('pass' as const), message: LONG })),
    validation: { findings: FINDINGS, tables: [table('validation table')] },
    drift: { findings: FINDINGS, tables: [table('drift table')] },
    fairness: { gates: [], tables: Array.from({ length: 10 }, (_x, t) => table(`fairness ${t}`)) },
    compliance: { items: Array.from({ length: 60 }, (_x, c) => ({ id: `REQ-${c}`, requirement: LONG.slice(0, 900), status: 'fail' as const, evidence: LONG })) },
    trainingCard: { fields: Array.from({ length: 200 }, (_x, f) => ({ name: `field ${f}`, value: LONG })), tables: [table('training table')] },
  };
}

test('a 100-model worst case: every comment fits 60,000 characters with a truncation notice, verdict first', () => {
  const bundle = resultsBundleSchema.parse({ schemaVersion: 1, kind: 'mergeml.results', pullRequest: { number: 7, headSha: HEAD_SHA }, models: Array.from({ length: 100 }, (_x, i) => worstModel(i)) });
  const summaryUrl = 'https://github.com/o/r/actions/runs/42';
  for (const model of bundle.models) {
    const report = composeModelComment(model, { workflow: 'mergeml', summaryUrl });
    assert.ok(report.body.length <= COMMENT_BUDGET_CHARS, `${model.name}: ${report.body.length}`);
    assert.ok(report.body.startsWith(`${report.marker}\n## ❌ MergeML: model-`));
    assert.ok(report.cutSections.length > 0);
    assert.ok(report.body.includes(`The full report is in the [job summary](${summaryUrl}).`));
    // Lowest priority goes first, and what is cut is cut whole.
    assert.equal(report.cutSections[0], 'training');
    for (const id of report.cutSections) assert.ok(!report.body.includes(`### ${{ training: 'Training card', charts: 'Curves', compliance: 'Compliance', drift: 'Drift', validation: 'Data validation', fairness: 'Fairness', metrics: 'Metrics: champion vs challenger', gates: 'Gates' }[id]}\n`));
    assert.ok(report.body.includes('### Gates'));
    assert.equal(report.body.split('<details').length, report.body.split('</details>').length);
  }
  const summary = renderJobSummary(bundle, { workflow: 'mergeml' });
  const bytes = Buffer.byteLength(summary, 'utf8');
  assert.ok(bytes <= SUMMARY_BUDGET_BYTES, `summary is ${bytes} bytes`);
  assert.equal(summary.split('\n## ❌ MergeML: model-').length - 1, 100);
});

test('a small report is not cut and has no notice', () => {
  const bundle = resultsBundleSchema.parse({ schemaVersion: 1, kind: 'mergeml.results', models: [sampleModel()] });
  const report = composeModelComment(bundle.models[0]!, { workflow: 'mergeml' });
  assert.deepEqual(report.cutSections, []);
  assert.ok(!report.body.includes('[!NOTE]'));
  const order = ['### Gates', '### Metrics', '### Data validation', '### Drift', '### Fairness', '### Compliance', '### Curves', '### Training card'].map((h) => report.body.indexOf(h));
  assert.deepEqual([...order].sort((a, b) => a - b), order);
  assert.ok(order.every((i) => i > 0));
});

test('one oversized section is cut alone: smaller, lower-priority sections cut before it are restored', () => {
  const wide = Array.from({ length: 40 }, () => ({ cells: Array.from({ length: 12 }, () => 'v'.repeat(190)) }));
  const model = { ...sampleModel('big'), fairness: { gates: [], tables: Array.from({ length: 3 }, (_x, t) => ({ title: `t${t}`, columns: Array.from({ length: 12 }, (_y, c) => `c${c}`), rows: wide })) } };
  const bundle = resultsBundleSchema.parse({ schemaVersion: 1, kind: 'mergeml.results', models: [model] });
  const report = composeModelComment(bundle.models[0]!, { workflow: 'w' });
  assert.deepEqual(report.cutSections, ['fairness']);
  assert.ok(report.body.includes('Left out: Fairness. The full report is in the job summary of this run.'));
  for (const h of ['### Gates', '### Metrics', '### Data validation', '### Drift', '### Compliance', '### Curves', '### Training card']) assert.ok(report.body.includes(h), h);
  assert.ok(report.body.length <= COMMENT_BUDGET_CHARS);
});
