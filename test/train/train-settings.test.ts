import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../src/core/errors.js';
import { train } from '../../src/pipeline/train.js';
import { TrainingProgress } from '../../src/train/progress-reporter.js';
import { autoBatchSize, classWeights, resolveTrainSettings } from '../../src/train/train-settings.js';
import { loadModel, makeProject, testPorts } from './project-fixture.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'mergeml-settings-'));

test('automatic batch size: ~rows/16 as a power of two within [32, 1024]', () => {
  assert.deepEqual([10, 600, 1000, 2137, 20_000, 1_000_000].map(autoBatchSize), [32, 32, 32, 128, 1024, 1024]);
  assert.equal(resolveTrainSettings(undefined, { rows: 2672 }).batch_size, 128); // 2138 training rows after the 0.2 split
  assert.equal(resolveTrainSettings({ batch_size: 7 }, { rows: 2672 }).batch_size, 7);
});

test('class weights: balanced is n / (2 · count) as scikit-learn; named weights must name real classes', () => {
  assert.deepEqual(classWeights('balanced', { negative: 75, positive: 25 }, { negative: 'good', positive: 'bad' }), [100 / 150, 100 / 50]);
  assert.deepEqual(classWeights({ bad: 3 }, { negative: 1, positive: 1 }, { negative: 'good', positive: 'bad' }), [1, 3]);
  assert.equal(classWeights(null, { negative: 1, positive: 1 }, { negative: 'good', positive: 'bad' }), null);
  assert.throws(() => classWeights({ Bad: 2 }, { negative: 1, positive: 1 }, { negative: 'good', positive: 'bad' }), (e: unknown) => e instanceof ConfigError && e.problems[0]?.path === 'train.class_weight.Bad');
  assert.throws(() => resolveTrainSettings({ validation_split: 0, early_stopping: { monitor: 'val_loss', patience: 2 } }, { rows: 10 }), ConfigError);
  assert.throws(() => resolveTrainSettings({ early_stopping: { monitor: 'val_auc', patience: 2 } }, { rows: 10, task: 'regression' }), (e: unknown) => e instanceof ConfigError && /cannot monitor 'val_auc' on a regression model/.test(e.message));
});

test('early stopping stops after `patience` epochs without improvement and restores the best epoch’s weights', async () => {
  const stop = makeProject({ yaml: (y) => y.replace('epochs: 4', 'epochs: 10\n      early_stopping: {monitor: val_loss, patience: 2, min_delta: 100}') });
  const one = makeProject({ yaml: (y) => y.replace('epochs: 4', 'epochs: 1') });
  const stopped = await train({ model: await loadModel(stop), projectDir: stop, outDir: join(tmp(), 's'), backend: 'cpu' }, testPorts());
  const single = await train({ model: await loadModel(one), projectDir: one, outDir: join(tmp(), 'o'), backend: 'cpu' }, testPorts());
  // min_delta 100: nothing after epoch 1 counts as better, so epochs 2 and 3 exhaust patience 2.
  assert.equal(stopped.epochs, 3);
  assert.equal(stopped.weightsSha256, single.weightsSha256);
});

test('class_weight changes the fit; the same class_weight run twice does not', async () => {
  const weighted = makeProject({ yaml: (y) => y.replace('epochs: 4', 'epochs: 2\n      class_weight: balanced') });
  const plain = makeProject({ yaml: (y) => y.replace('epochs: 4', 'epochs: 2') });
  const a = await train({ model: await loadModel(weighted), projectDir: weighted, outDir: join(tmp(), 'a'), backend: 'cpu' }, testPorts());
  const b = await train({ model: await loadModel(weighted), projectDir: weighted, outDir: join(tmp(), 'b'), backend: 'cpu' }, testPorts());
  const c = await train({ model: await loadModel(plain), projectDir: plain, outDir: join(tmp(), 'c'), backend: 'cpu' }, testPorts());
  assert.equal(a.weightsSha256, b.weightsSha256);
  assert.notEqual(a.weightsSha256, c.weightsSha256);
});

test('progress: a bar redrawn in place on a TTY, cleared before each epoch line', () => {
  const out: string[] = [];
  let now = 0;
  const progress = new TrainingProgress({ write: (t) => out.push(t), interactive: true, githubActions: false, now: () => now }, 2);
  progress.begin('Training');
  for (let step = 1; step <= 4; step++) {
    now += 200;
    progress.batch(1, step, 4);
  }
  progress.epoch({ epoch: 1, loss: 0.5, val_loss: 0.6 }, false);
  progress.end();
  const text = out.join('');
  assert.match(text, /\r\[######\.{18}\] epoch 1\/2 batch 1\/4/);
  assert.match(text, /\r\[#{24}\] epoch 1\/2 batch 4\/4/);
  assert.match(text, /\r\x1b\[2Kepoch 1\/2 {2}loss 0\.5000 {2}val_loss 0\.6000 {2}0\.8s {2}ETA 0\.8s\n$/);
  const plain: string[] = [];
  const quiet = new TrainingProgress({ write: (t) => plain.push(t), interactive: false, githubActions: false, now: () => 0 }, 2);
  quiet.batch(1, 1, 4);
  assert.deepEqual(plain, []);
});
