import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runActionBundle } from './run-action.js';

let ws: string;
before(() => {
  ws = mkdtempSync(join(tmpdir(), 'mergeml-train-'));
  const rows = (n: number, offset: number) => ['x1,x2,y', ...Array.from({ length: n }, (_, k) => {
    const i = k + offset;
    const x1 = ((i * 37) % 100) / 100;
    const x2 = ((i * 53) % 100) / 100;
    return `${x1},${x2},${x1 + x2 > 1 ? 1 : 0}`;
  })].join('\n') + '\n';
  writeFileSync(join(ws, 'train.csv'), rows(120, 0));
  writeFileSync(join(ws, 'test.csv'), rows(40, 500));
  writeFileSync(join(ws, 'mergeml.yaml'), 'version: 1\nmodels:\n  tiny:\n    data:\n      train: train.csv\n      test: test.csv\n    target: y\n    positive_class: 1\n    features: [x1, x2]\n    train:\n      backend: cpu\n      seed: 7\n      epochs: 2\n      model: {type: logistic_regression}\n');
});
after(() => rmSync(ws, { recursive: true, force: true }));

test('train: the bundle trains with TensorFlow.js and reports the model directory, weights hash and test metrics', async () => {
  const run = await runActionBundle('train', { workspace: ws, eventName: 'push', inputs: { model: 'tiny', backend: 'cpu' } });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.equal(run.outputs['model-dir'], 'mergeml-models/tiny');
  assert.match(run.outputs['weights-sha256']!, /^[0-9a-f]{64}$/);
  assert.equal(run.outputs['backend'], 'cpu');
  assert.ok('roc_auc' in JSON.parse(run.outputs['metrics']!), run.outputs['metrics']);
  assert.ok(existsSync(join(ws, 'mergeml-models/tiny/training-card.json')));
  assert.match(run.summary, /^### MergeML: trained tiny/);
});

test('train: an unknown backend is an input error naming the input and the choices', async () => {
  const run = await runActionBundle('train', { workspace: ws, inputs: { backend: 'cuda' } });
  assert.equal(run.status, 2);
  assert.match(run.stdout, /inputs\.backend: .*tensorflow-gpu/);
});
