import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFairnessReport } from '../../src/core/fairness/fairness-report.js';
import { composeModelComment } from '../../src/core/report/compose-report.js';
import { resultsBundleSchema } from '../../src/core/report/results-bundle.js';
import { chartsFrom, fairnessSectionFrom, findingsFrom } from '../../src/core/report/section-mappers.js';

test('findingsFrom and chartsFrom produce bundle-valid sections', () => {
  const findings = findingsFrom([
    { id: 'DV06', check: 'values_not_null', column: 'income', severity: 'error', status: 'fail', observed: 0.1, expected: 0, message: 'nulls', examples: [{ file: 'd.csv', line: 3, column: 'income', value: null }], details: { nulls: 1 } },
  ]);
  const curves = { roc: { fpr: [0, 0.5, 1], tpr: [0, 0.8, 1], thresholds: [null, 0.5, 0.1] }, precision_recall: { precision: [0.5, 1], recall: [1, 0], thresholds: [0.1] }, calibration: { prob_true: [0.2], prob_pred: [0.25], count: [10] } };
  const charts = chartsFrom(null, curves);
  assert.deepEqual(charts.roc, { champion: null, challenger: { x: [0, 0.5, 1], y: [0, 0.8, 1] } });
  assert.deepEqual(charts.precisionRecall?.challenger, { x: [1, 0], y: [0.5, 1] });
  assert.deepEqual(charts.calibration?.challenger, { x: [0.25], y: [0.2] });
  const bundle = resultsBundleSchema.parse({ schemaVersion: 1, kind: 'mergeml.results', models: [{ name: 'm', validation: { findings }, charts }] });
  assert.equal(bundle.models[0]?.validation?.findings[0]?.examples[0]?.line, 3);
});

test('fairnessSectionFrom maps a real fairness report with its bias gate', () => {
  const yTrue = Uint8Array.from([1, 0, 1, 0, 1, 0, 1, 0]);
  const yPred = Uint8Array.from([1, 0, 1, 1, 0, 0, 0, 0]);
  const report = buildFairnessReport(
    { yTrue, yPred, columns: new Map([['sex', ['f', 'f', 'f', 'f', 'm', 'm', 'm', 'm']]]) },
    {
      protected: [{ column: 'sex' }],
      gates: [{ metric: 'demographic_parity_ratio', attributes: ['sex'], method: 'between_groups', threshold: 0.8, severity: 'error', minGroupSize: 1, ciMustCross: false }],
      minGroupSize: 1,
      bootstrap: null,
      positiveLabel: '1',
    },
  );
  const section = fairnessSectionFrom(report);
  assert.equal(section.gates.length, 1);
  assert.equal(section.gates[0]?.status, report.gates[0]?.status);
  assert.equal(section.tables[0]?.title, 'sex');
  assert.deepEqual(section.tables[0]?.rows.map((r) => r.cells[0]), ['f', 'm', '(overall)']);
  const bundle = resultsBundleSchema.parse({ schemaVersion: 1, kind: 'mergeml.results', models: [{ name: 'm', fairness: section }] });
  const body = composeModelComment(bundle.models[0]!, { workflow: 'w' }).body;
  assert.ok(body.includes('### Fairness'));
  assert.ok(body.includes('demographic\\_parity\\_ratio \\(sex, between\\_groups\\)'));
});
