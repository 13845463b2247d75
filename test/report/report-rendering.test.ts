import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { batch, collectAnnotations, renderCheckRun } from '../../src/core/report/check-run-output.js';
import { composeModelComment, reportMarker } from '../../src/core/report/compose-report.js';
import { formatNumber, formatSigned } from '../../src/core/report/markdown-blocks.js';
import { metricDelta, metricDeltaPct } from '../../src/core/report/metrics-section.js';
import { CHART_GRID, resampleCurve } from '../../src/core/report/mermaid-charts.js';
import { resultsBundleSchema } from '../../src/core/report/results-bundle.js';
import { deriveVerdict } from '../../src/core/report/verdict.js';
import { sampleBundle, sampleModel } from './sample-results.js';

const SNAPSHOT = new URL('../fixtures/report/credit-risk-comment.md', import.meta.url);

test('the sample comment matches its reviewed snapshot (UPDATE_SNAPSHOTS=1 rewrites it)', () => {
  const bundle = sampleBundle();
  const body = composeModelComment(bundle.models[0]!, { workflow: 'mergeml', summaryUrl: 'https://github.com/o/r/actions/runs/1', source: bundle.source }).body;
  if (process.env.UPDATE_SNAPSHOTS === '1') writeFileSync(SNAPSHOT, body);
  assert.equal(body, readFileSync(SNAPSHOT, 'utf8'));
});

test('Δ and Δ% are computed when absent, taken when given, null without a champion', () => {
  assert.ok(Math.abs((metricDelta({ metric: 'auc', champion: 0.8, challenger: 0.812 }) ?? 0) - 0.012) < 1e-12);
  assert.ok(Math.abs((metricDeltaPct({ metric: 'auc', champion: 0.8, challenger: 0.812 }) ?? 0) - 1.5) < 1e-9);
  assert.equal(metricDeltaPct({ metric: 'x', champion: -2, challenger: -1 }), 50);
  assert.equal(metricDelta({ metric: 'x', champion: null, challenger: 1 }), null);
  assert.equal(metricDeltaPct({ metric: 'x', champion: 0, challenger: 1 }), null);
  assert.equal(metricDelta({ metric: 'x', champion: 1, challenger: 2, delta: 7 }), 7);
  assert.equal(formatSigned(-0.05), '−0.0500');
  assert.equal(formatSigned(1.5, 2, '%'), '+1.50%');
  assert.equal(formatNumber(Number.NaN), '—');
  assert.equal(formatNumber(0.00001234), '1.23e-5');
});

test('curve resampling: ROC linear with the upper point on vertical steps, PR interpolated precision, calibration clamped', () => {
  const roc = resampleCurve({ x: [0, 0, 0.5, 1], y: [0, 0.6, 0.8, 1] }, [0, 0.25, 0.5, 0.75, 1], 'roc');
  assert.deepEqual(roc, [0.6, 0.7, 0.8, 0.9, 1]);
  const pr = resampleCurve({ x: [1, 0.5, 0.5, 0], y: [0.4, 0.6, 0.9, 1] }, [0, 0.5, 0.75, 1], 'precision-recall');
  assert.deepEqual(pr, [1, 0.9, 0.4, 0.4]);
  const cal = resampleCurve({ x: [0.2, 0.6], y: [0.1, 0.5] }, [0, 0.4, 1], 'linear');
  assert.deepEqual(cal.map((v) => Number(v?.toFixed(6))), [0.1, 0.3, 0.5]);
  assert.equal(CHART_GRID.length, 21);
  assert.deepEqual(resampleCurve({ x: [], y: [] }, [0, 1], 'roc'), [null, null]);
});

test('verdict: fail reasons first; warnings; pass counts gates', () => {
  const bundle = sampleBundle();
  assert.deepEqual(deriveVerdict(bundle.models[0]!).reasons, ['gate recall_min: recall 0.61 is below the floor 0.65', 'data validation: 1 blocking check failed']);
  const warnOnly = resultsBundleSchema.parse({ schemaVersion: 1, kind: 'mergeml.results', models: [{ name: 'm', gates: [{ name: 'g', status: 'warn', message: 'close to the floor' }] }] }).models[0]!;
  assert.deepEqual(deriveVerdict(warnOnly), { status: 'warn', reasons: ['gate g: close to the floor'] });
  const pass = resultsBundleSchema.parse({ schemaVersion: 1, kind: 'mergeml.results', models: [{ name: 'm', gates: [{ name: 'g', status: 'pass', message: 'ok' }] }] }).models[0]!;
  assert.deepEqual(deriveVerdict(pass), { status: 'pass', reasons: ['all 1 gate passed'] });
});

test('check run: conclusion, name, annotations from findings, batches of 50', () => {
  const bundle = sampleBundle();
  const out = renderCheckRun(bundle.models[0]!, { workflow: 'mergeml' });
  assert.equal(out.name, 'MergeML mergeml / credit-risk');
  assert.equal(out.conclusion, 'failure');
  assert.equal(out.title, 'Blocked: gate recall_min: recall 0.61 is below the floor 0.65');
  assert.ok(out.summary.startsWith('## ❌ MergeML: credit-risk — blocked'));
  assert.deepEqual(out.annotationBatches.flat().map((a) => [a.path, a.start_line, a.annotation_level]), [['mergeml.yml', 3, 'warning'], ['data/train.csv', 17, 'failure'], ['data/train.csv', 40, 'warning']]);
  assert.deepEqual(batch([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
  const many = resultsBundleSchema.parse({ schemaVersion: 1, kind: 'mergeml.results', models: [{ ...sampleModel(), annotations: Array.from({ length: 1000 }, (_x, i) => ({ file: 'a.csv', line: i + 1, level: 'notice', message: 'm' })) }] }).models[0]!;
  assert.equal(collectAnnotations(many).length, 1000);
  assert.deepEqual(renderCheckRun(many, { workflow: 'w' }).annotationBatches.map((b) => b.length), Array.from({ length: 20 }, () => 50));
});

test('schema rejects what the renderer cannot trust', () => {
  const base = { schemaVersion: 1, kind: 'mergeml.results' };
  assert.equal(resultsBundleSchema.safeParse({ ...base, models: [] }).success, false);
  assert.equal(resultsBundleSchema.safeParse({ ...base, models: [{ name: 'a' }, { name: 'a' }] }).success, false);
  assert.equal(resultsBundleSchema.safeParse({ ...base, models: [{ name: 'a', metrics: { rows: [{ metric: 'x', champion: 1, challenger: 2, ci: [1] }] } }] }).success, false);
  assert.equal(resultsBundleSchema.safeParse({ ...base, models: [{ name: 'a', charts: { roc: { challenger: { x: [0, 1], y: [0] } } } }] }).success, false);
  assert.equal(resultsBundleSchema.safeParse({ ...base, pullRequest: { number: 1, headSha: 'HEAD' }, models: [{ name: 'a' }] }).success, false);
  assert.equal(resultsBundleSchema.safeParse({ ...base, models: [{ name: 'x'.repeat(101) }] }).success, false);
  assert.equal(reportMarker('credit-risk', 'mergeml'), '<!-- mergeml:report model=credit-risk workflow=mergeml -->');
});
