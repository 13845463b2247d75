import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runActionBundle } from './run-action.js';

describe('validate and gate actions through the runner protocol', () => {
  let ws: string;
  before(() => {
    ws = mkdtempSync(join(tmpdir(), 'mergeml-ws-'));
    writeFileSync(join(ws, 'data.csv'), 'id,amount\n1,10\n2,-5\n3,7\n');
    writeFileSync(join(ws, 'contract.yaml'), 'version: 1\ncolumns:\n  - name: id\n    type: integer\n    unique: true\n  - name: amount\n    type: integer\n    min: 0\n');
    writeFileSync(join(ws, 'policy.yaml'), 'version: 1\nname: test\nmetric_gates:\n  - metric: roc_auc\n    threshold: 0.8\n  - metric: accuracy\n    threshold: 0.5\n');
    const metrics = (auc: number) => JSON.stringify({ schemaVersion: 1, kind: 'metrics', overall: { metrics: { roc_auc: auc, accuracy: 0.9 } } });
    writeFileSync(join(ws, 'good.json'), metrics(0.91));
    writeFileSync(join(ws, 'bad.json'), metrics(0.61));
  });
  after(() => rmSync(ws, { recursive: true, force: true }));

  test('validate: a failing row is annotated at file and line, outputs and summary written, exit 1', async () => {
    const run = await runActionBundle('validate', { workspace: ws, inputs: { data: 'data.csv', contract: 'contract.yaml', model: 'm', 'results-dir': 'res' } });
    assert.equal(run.status, 1, run.stderr + run.stdout);
    assert.match(run.stdout, /::error title=DV\d+ [a-z_]+ amount,file=data\.csv,line=3::/);
    assert.match(run.stdout, /::error::validate: 1 error-severity check\(s\) failed in data\.csv/);
    assert.equal(run.outputs['status'], 'fail');
    assert.equal(run.outputs['errors'], '1');
    assert.equal(run.outputs['report'], 'res/m/validate.json');
    const report = JSON.parse(readFileSync(join(ws, 'res/m/validate.json'), 'utf8')) as { kind: string; status: string };
    assert.deepEqual([report.kind, report.status], ['mergeml.validate', 'fail']);
    assert.match(run.summary, /Data validation failed/);
  });

  test('an invalid input is exit 2 naming the input, with nothing written', async () => {
    const run = await runActionBundle('validate', { workspace: ws, inputs: { split: 'holdout', 'results-dir': 'res2' } });
    assert.equal(run.status, 2);
    assert.match(run.stdout, /::error::error: invalid action inputs%0A  inputs\.split: .*train/);
    assert.deepEqual(run.outputs, {});
    assert.equal(run.summary, '');
  });

  test('gate: passing metrics set passed=true; failing ones exit 1 with the failed metric named', async () => {
    const pass = await runActionBundle('gate', { workspace: ws, inputs: { policy: 'policy.yaml', metrics: 'good.json', model: 'm' } });
    assert.equal(pass.status, 0, pass.stdout + pass.stderr);
    assert.equal(pass.outputs['passed'], 'true');
    assert.deepEqual(JSON.parse(pass.outputs['counts']!), { pass: 2, warn: 0, fail: 0 });
    const fail = await runActionBundle('gate', { workspace: ws, inputs: { policy: 'policy.yaml', metrics: 'bad.json', model: 'm' } });
    assert.equal(fail.status, 1);
    assert.equal(fail.outputs['passed'], 'false');
    assert.equal(fail.outputs['failed'], 'roc_auc');
    assert.match(fail.stdout, /::error::gate: 1 metric gate\(s\) failed: roc_auc/);
    assert.match(fail.summary, /roc_auc/);
    assert.equal(JSON.parse(readFileSync(join(ws, 'mergeml-results/m/gates.json'), 'utf8')).passed, false);
  });

  test('gate: a missing policy file is a config error (exit 2), never a crash', async () => {
    const run = await runActionBundle('gate', { workspace: ws, inputs: { policy: 'nope.yaml', metrics: 'good.json' } });
    assert.equal(run.status, 2, run.stdout);
    assert.doesNotMatch(run.stdout, /internal error/);
  });
});
