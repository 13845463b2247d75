import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { InputError } from '../../src/core/errors.js';
import { predict } from '../../src/pipeline/predict.js';
import { train } from '../../src/pipeline/train.js';
import { fileModelHandler } from '../../src/train/model-files.js';
import { readAllBatches, replay } from '../../src/train/data-source.js';
import { createMatrixBuilder } from '../../src/core/preprocess/apply-preprocess.js';
import type { PreprocessSpec } from '../../src/core/preprocess/preprocess-spec.js';
import { loadModel, makeProject, testPorts } from './project-fixture.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'mergeml-out-'));

for (const backend of ['wasm', 'cpu']) {
  test(`same seed on ${backend} gives identical weights (sha256) and metrics; another seed does not`, async () => {
    const dir = makeProject();
    const model = await loadModel(dir);
    const tensorsBefore = tf.memory().numTensors;
    const a = await train({ model, projectDir: dir, outDir: join(tmp(), 'a'), backend }, testPorts());
    assert.equal(tf.memory().numTensors, tensorsBefore, 'training leaks no tensors');
    const b = await train({ model, projectDir: dir, outDir: join(tmp(), 'b'), backend }, testPorts());
    assert.equal(a.backend?.name, backend);
    assert.equal(a.weightsSha256, b.weightsSha256);
    assert.deepEqual(a.metrics, b.metrics);
    assert.equal(readFileSync(join(a.outDir, 'history.json'), 'utf8'), readFileSync(join(b.outDir, 'history.json'), 'utf8'));
    assert.equal(readFileSync(join(a.outDir, 'predictions.csv'), 'utf8'), readFileSync(join(b.outDir, 'predictions.csv'), 'utf8'));
    const c = await train({ model, projectDir: dir, outDir: join(tmp(), 'c'), backend, seed: 8 }, testPorts());
    assert.notEqual(c.weightsSha256, a.weightsSha256);
  });
}

test('the artifact loads with plain @tensorflow/tfjs loadLayersModel and predicts what training wrote; predict reproduces it', async () => {
  const dir = makeProject();
  const model = await loadModel(dir);
  const out = join(tmp(), 'model');
  const log: string[] = [];
  const result = await train({ model, projectDir: dir, outDir: out, backend: 'cpu' }, testPorts(log));
  assert.deepEqual(result.files.map((f) => f.path), ['history.json', 'model.json', 'predictions.csv', 'preprocess.json', 'training-card.json', 'weights.bin']);
  assert.ok(!existsSync(join(out, 'checkpoint.json')) && !existsSync(join(out, '.partial')));
  assert.match(log.join(''), /backend: cpu/);
  assert.match(log.join(''), /epoch 4\/4 .*val_auc \d\.\d{4} .*ETA/);

  const card = JSON.parse(readFileSync(join(out, 'training-card.json'), 'utf8')) as { weightsSha256: string; data: { train: { sha256: string } }; code: { commit: null } };
  assert.equal(card.weightsSha256, result.weightsSha256);
  assert.equal(card.code.commit, null);
  assert.equal(card.data.train.sha256.length, 64);

  // Plain tfjs (no MergeML code but the disk IOHandler) loads the model and gives the scores training wrote.
  await tf.setBackend('cpu');
  const loaded = await tf.loadLayersModel(fileModelHandler(join(out, 'model.json')));
  const spec = JSON.parse(readFileSync(join(out, 'preprocess.json'), 'utf8')) as PreprocessSpec;
  const matrix = replay(await readAllBatches({ path: join(dir, 'test.csv'), file: 'test.csv', options: { nullValues: spec.nullValues } }), createMatrixBuilder(spec, { withTarget: false }));
  const scores = await (loaded.predict(tf.tensor2d(matrix.x, [matrix.rows, matrix.width])) as tf.Tensor).data();
  const written = readFileSync(join(out, 'predictions.csv'), 'utf8').trim().split('\n').slice(1).map((l) => Number(l.split(',')[2]));
  assert.equal(written.length, 200);
  assert.deepEqual([...scores], written);

  // mergeml predict applies the saved transform and reproduces the same file.
  const pred = join(tmp(), 'pred.csv');
  const predicted = await predict({ modelDir: out, dataPath: join(dir, 'test.csv'), dataFile: 'test.csv', outPath: pred, backend: 'cpu' }, { env: {}, cwd: dir });
  assert.equal(predicted.rows, 200);
  assert.equal(readFileSync(pred, 'utf8'), readFileSync(join(out, 'predictions.csv'), 'utf8'));
});

test('predict refuses an artifact whose files do not match the manifest', async () => {
  const dir = makeProject();
  const model = await loadModel(dir);
  const out = join(tmp(), 'model');
  await train({ model, projectDir: dir, outDir: out, backend: 'cpu' }, testPorts());
  const weights = readFileSync(join(out, 'weights.bin'));
  weights[0] = (weights[0] ?? 0) ^ 1;
  writeFileSync(join(out, 'weights.bin'), weights);
  await assert.rejects(
    predict({ modelDir: out, dataPath: join(dir, 'test.csv'), dataFile: 'test.csv', outPath: join(tmp(), 'p.csv') }, { env: {}, cwd: dir }),
    (e: unknown) => e instanceof InputError && /failed verification/.test(e.message) && /weights\.bin/.test(e.message),
  );
});

test('regression: the saved model predicts in the target’s own units', async () => {
  const dir = makeProject({
    yaml: (y) =>
      y
        .replace('task: binary_classification', 'task: regression')
        .replace('target: Status', 'target: Price')
        .replace('    positive_class: bad\n', '')
        .replace('Amount, Price]', 'Amount, Status]')
        .replace('model: {type: mlp, layers: [8], activation: relu, dropout: 0.2, l2: 0.001}', 'model: {type: logistic_regression}')
        .replace('epochs: 4', 'epochs: 20'),
  });
  const model = await loadModel(dir);
  const result = await train({ model, projectDir: dir, outDir: join(tmp(), 'reg'), backend: 'cpu' }, testPorts());
  // scikit-learn LinearRegression with the same preprocessing reaches r2 0.4695 on this test split.
  assert.ok((result.metrics['r2'] ?? 0) > 0.45, `r2 ${result.metrics['r2']}`);
  const lines = readFileSync(join(result.outDir, 'predictions.csv'), 'utf8').trim().split('\n');
  assert.equal(lines[0], 'row,line,prediction');
  const mean = lines.slice(1).reduce((s, l) => s + Number(l.split(',')[2]), 0) / (lines.length - 1);
  assert.ok(mean > 1000 && mean < 2000, `mean prediction ${mean}`);
});

test('the output dir: foreign files are refused; a second run replaces an earlier artifact', async () => {
  const dir = makeProject();
  const model = await loadModel(dir);
  const out = join(tmp(), 'model');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(out);
  writeFileSync(join(out, 'notes.txt'), 'mine');
  await assert.rejects(train({ model, projectDir: dir, outDir: out, backend: 'cpu' }, testPorts()), (e: unknown) => e instanceof InputError && /holds files that are not part of a MergeML model artifact/.test(e.message));
  assert.equal(readFileSync(join(out, 'notes.txt'), 'utf8'), 'mine');
  const clean = join(tmp(), 'clean');
  const first = await train({ model, projectDir: dir, outDir: clean, backend: 'cpu' }, testPorts());
  const second = await train({ model, projectDir: dir, outDir: clean, backend: 'cpu', seed: 9 }, testPorts());
  assert.notEqual(first.weightsSha256, second.weightsSha256);
  const manifest = JSON.parse(readFileSync(join(clean, 'manifest.json'), 'utf8')) as { files: { path: string; sha256: string }[] };
  assert.equal(manifest.files.find((f) => f.path === 'weights.bin')?.sha256, second.weightsSha256);
});
