import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'mergeml-metrics-'));
const file = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return name;
};
const metrics = (predictions: string, ...extra: string[]) => runCli(['metrics', '--predictions', predictions, '--label', 'y', '--score', 'p', ...extra], { cwd: dir });

const good = file('good.csv', 'id,y,p,g\n1,bad,0.9,a\n2,good,0.2,b\n3,bad,0.6,a\n4,good,0.7,b\n5,good,0.1,a\n');

test('metrics: JSON report with schemaVersion, sklearn names, confusion matrix, curves and per-group counts', () => {
  const r = metrics(good, '--positive', 'bad', '--group', 'g', '--json', 'out.json');
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
  assert.equal(report.schemaVersion, 1);
  assert.equal(report.kind, 'metrics');
  assert.deepEqual(Object.keys(report.overall.metrics), ['roc_auc', 'average_precision', 'log_loss', 'brier_score', 'accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'mcc', 'ece']);
  assert.equal(report.overall.metrics.roc_auc, 5 / 6);
  assert.deepEqual(report.overall.confusion_matrix, { tn: 2, fp: 1, fn: 0, tp: 2 });
  assert.deepEqual(report.groups[0].groups.map((g: { value: string; count: number }) => [g.value, g.count]), [['a', 3], ['b', 2]]);
  // Group b has no positive: roc_auc is null with scikit-learn's explanation, never NaN.
  const b = report.groups[0].groups[1];
  assert.equal(b.metrics.roc_auc, null);
  assert.ok(b.warnings.some((w: { metric: string }) => w.metric === 'roc_auc'));
  assert.match(r.stdout, /roc_auc\s+0\.833333/);
});

const badInputs: [string, string, string[], RegExp][] = [
  ['NaN score', 'y,p\n1,0.5\n0,NaN\n', [], /nan\.csv:3: p: score "NaN" is not a number/],
  ['infinite score', 'y,p\n1,0.5\n0,inf\n', [], /inf\.csv:3: p: score "inf" is infinite/],
  ['probability above 1', 'y,p\n1,0.5\n0,1.5\n', [], /prob\.csv:3: p: score "1\.5" is not a probability \(expected a probability in \[0, 1\]/],
  ['a third class', 'y,p\n1,0.5\n0,0.2\n2,0.3\n', [], /third\.csv:4: y: a third class "2"/],
  ['missing column', 'y,score\n1,0.5\n', [], /missing\.csv:1: no score column "p".*\(expected one of the columns "y", "score"\)/],
  ['empty file', '', [], /empty\.csv:1: the file is empty/],
  ['header only', 'y,p\n', [], /header\.csv/],
  ['labels without a positive class', 'y,p\nbad,0.5\ngood,0.2\n', [], /cannot tell which class is positive/],
];
for (const [name, text, extra, pattern] of badInputs) {
  test(`metrics: bad input (${name}) → exit 2 naming file, line and column`, () => {
    const fileName = `${name === 'NaN score' ? 'nan' : name === 'infinite score' ? 'inf' : name === 'probability above 1' ? 'prob' : name === 'a third class' ? 'third' : name === 'missing column' ? 'missing' : name === 'empty file' ? 'empty' : name === 'header only' ? 'header' : 'strings'}.csv`;
    file(fileName, text);
    const r = metrics(fileName, ...extra);
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(r.stderr, pattern);
    assert.doesNotMatch(r.stderr, /at .*\.js:\d+/); // no stack trace
  });
}

test('metrics --score-kind decision accepts unbounded scores and skips probability metrics', () => {
  file('margin.csv', 'y,p\n1,3.5\n0,-2\n1,0.4\n0,1\n');
  const r = metrics('margin.csv', '--score-kind', 'decision', '--json', '-');
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.overall.metrics.roc_auc, 0.75);
  assert.equal(report.overall.metrics.log_loss, null);
});

test('metrics: regression task', () => {
  file('reg.csv', 'y,p\n3,2.5\n0,0.5\n2,2\n7,8\n');
  const r = metrics('reg.csv', '--task', 'regression', '--json', '-');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).overall.metrics.mae, 0.5);
});

const champ = file('champ.csv', 'id,y,p\n1,1,0.8\n2,0,0.3\n3,1,0.4\n4,0,0.6\n5,1,0.7\n6,0,0.2\n');
const chal = file('chal.csv', 'id,y,p\n1,1,0.9\n2,0,0.1\n3,1,0.7\n4,0,0.4\n5,1,0.8\n6,0,0.3\n');
const evaluate = (a: string, b: string, ...extra: string[]) => runCli(['evaluate', '--challenger', a, '--champion', b, '--label', 'y', '--score', 'p', '--out', 'eval', '--resamples', '200', ...extra], { cwd: dir });

test('evaluate: comparison JSON and markdown with CI, identical across runs with the same seed', () => {
  const r = evaluate(chal, champ, '--id', 'id', '--seed', '7');
  assert.equal(r.status, 0, r.stderr);
  const first = readFileSync(join(dir, 'eval', 'comparison.json'), 'utf8');
  const cmp = JSON.parse(first);
  assert.equal(cmp.kind, 'comparison');
  assert.equal(cmp.rows, 6);
  const auc = cmp.metrics.find((m: { metric: string }) => m.metric === 'roc_auc');
  assert.deepEqual([auc.champion, auc.challenger], [8 / 9, 1]);
  assert.equal(auc.test.test, 'delong');
  assert.match(readFileSync(join(dir, 'eval', 'comparison.md'), 'utf8'), /\| roc_auc \| 0\.8889 \| 1 \| \+0\.1111 ▲ \|/);
  assert.equal(evaluate(chal, champ, '--id', 'id', '--seed', '7').status, 0);
  assert.equal(readFileSync(join(dir, 'eval', 'comparison.json'), 'utf8'), first);
});

test('evaluate: files of different lengths → exit 2 naming the file and line of the unmatched row', () => {
  file('short.csv', 'id,y,p\n1,1,0.9\n2,0,0.1\n');
  const r = evaluate('short.csv', champ);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /champ\.csv:4: row 3 has no counterpart: champ\.csv has 6 rows, short\.csv has 2/);
});

test('evaluate: different row ids or labels → exit 2 naming both files and lines', () => {
  file('shuffled.csv', 'id,y,p\n1,1,0.9\n3,1,0.7\n2,0,0.1\n4,0,0.4\n5,1,0.8\n6,0,0.3\n');
  const ids = evaluate('shuffled.csv', champ, '--id', 'id');
  assert.equal(ids.status, 2);
  assert.match(ids.stderr, /champ\.csv:3: row 2: row id "2"/);
  assert.match(ids.stderr, /shuffled\.csv:3: row 2: row id "3"/);
  const labels = evaluate('shuffled.csv', champ);
  assert.equal(labels.status, 2);
  assert.match(labels.stderr, /true label is positive/);
});

test('gate: exit 1 when an error gate fails, with the JSON and markdown reports written', () => {
  file('policy.yaml', 'version: 1\nname: p\nmetric_gates:\n  - {metric: roc_auc, threshold: 0.99, severity: error}\n  - {metric: f1_score, threshold: 0.1, severity: warning}\n');
  assert.equal(evaluate(chal, champ).status, 0);
  const r = runCli(['gate', '--policy', 'policy.yaml', '--comparison', 'eval/comparison.json', '--metrics', 'eval/metrics.json', '--json', 'gates.json', '--markdown', 'gates.md'], { cwd: dir });
  assert.equal(r.status, 0, r.stdout + r.stderr); // challenger roc_auc = 1 ≥ 0.99
  file('strict.yaml', 'version: 1\nname: s\nmetric_gates:\n  - {metric: accuracy, min_absolute_change: 0.5, severity: error}\n');
  const f = runCli(['gate', '--policy', 'strict.yaml', '--comparison', 'eval/comparison.json', '--json', 'gates2.json', '--markdown', 'gates2.md'], { cwd: dir });
  assert.equal(f.status, 1, f.stdout + f.stderr);
  assert.match(f.stdout, /FAIL accuracy \(error\): change \+0\.\d+ violates min_absolute_change/);
  assert.equal(JSON.parse(readFileSync(join(dir, 'gates2.json'), 'utf8')).passed, false);
  assert.ok(existsSync(join(dir, 'gates2.md')));
});

test('gate --policy resolves extends (builtin packs): the builtin metric-gates pack applies too', () => {
  file('extends.yaml', 'version: 1\nname: e\nextends: [builtin:metric-gates]\nmetric_gates:\n  - {metric: accuracy, threshold: 0.1}\n');
  const r = runCli(['gate', '--policy', 'extends.yaml', '--comparison', 'eval/comparison.json', '--json', '-'], { cwd: dir });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.deepEqual(report.results.map((g: { metric: string }) => g.metric), ['roc_auc', 'average_precision', 'log_loss', 'brier_score', 'accuracy']);
});

test('gate: an unknown metric name in the policy is a config error at file:line:col', () => {
  file('typo.yaml', 'version: 1\nname: t\nmetric_gates:\n  - metric: roc_acu\n    threshold: 0.5\n');
  const r = runCli(['gate', '--policy', 'typo.yaml', '--metrics', 'eval/metrics.json'], { cwd: dir });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /typo\.yaml:4:\d+/);
});

test('metrics reads JSON Lines; true/false labels take true as the positive class', () => {
  file('preds.jsonl', '{"y": true, "p": 0.9}\n{"y": false, "p": 0.2}\n{"y": true, "p": 0.4}\n{"y": false, "p": 0.6}\n');
  const r = metrics('preds.jsonl', '--json', '-');
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.source.positive_label, 'true');
  assert.equal(report.overall.metrics.roc_auc, 0.75);
  file('bad.jsonl', '{"y": "bad", "p": 0.9}\n{"y": "good", "p": null}\n');
  const bad = metrics('bad.jsonl', '--positive', 'bad');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /bad\.jsonl:2: p: missing score/);
});

test('evaluate: regression champion and challenger, paired bootstrap on mae/rmse/r2/mape', () => {
  file('reg-a.csv', 'y,p\n3,2.5\n0,0.5\n2,2\n7,8\n5,4\n1,1.5\n');
  file('reg-b.csv', 'y,p\n3,2.9\n0,0.1\n2,2.2\n7,7.5\n5,5.1\n1,1.1\n');
  const r = runCli(['evaluate', '--task', 'regression', '--challenger', 'reg-b.csv', '--champion', 'reg-a.csv', '--label', 'y', '--score', 'p', '--out', 'reg-eval', '--resamples', '300'], { cwd: dir });
  assert.equal(r.status, 0, r.stderr);
  const cmp = JSON.parse(readFileSync(join(dir, 'reg-eval', 'comparison.json'), 'utf8'));
  assert.deepEqual(cmp.metrics.map((m: { metric: string }) => m.metric), ['mae', 'rmse', 'r2', 'mape']);
  const mae = cmp.metrics[0];
  assert.ok(Math.abs(mae.champion - 3.5 / 6) < 1e-12 && mae.delta < 0 && mae.ci.low <= mae.ci.high, JSON.stringify(mae));
  assert.equal(mae.test.test, 'paired_bootstrap');
});
