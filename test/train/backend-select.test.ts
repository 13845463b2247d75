import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError } from '../../src/core/errors.js';
import { nativeLoaderFrom, requestedBackend, selectBackend } from '../../src/train/backend-select.js';
import { loadTf } from '../../src/train/tf-runtime.js';
import { fakeNativeDir } from './fake-native.js';

const nowhere = '/nonexistent-mergeml-cwd';

test('auto with no native package installed picks wasm and says why the native ones were skipped', async () => {
  const tf = await loadTf();
  const choice = await selectBackend(tf, 'auto', nativeLoaderFrom({}, nowhere, import.meta.url), {});
  assert.equal(choice.name, 'wasm');
  assert.equal(tf.getBackend(), 'wasm');
  assert.deepEqual(choice.attempts.map((a) => [a.backend, a.outcome]), [
    ['tensorflow-gpu', '@tensorflow/tfjs-node-gpu is not installed'],
    ['tensorflow', '@tensorflow/tfjs-node is not installed'],
    ['wasm', 'selected'],
  ]);
  assert.match(choice.device, /WebAssembly/);
});

test('auto skips a native package that fails to load and uses one that is present (from MERGEML_TFJS_NODE_PATH)', async () => {
  const tf = await loadTf();
  const dir = fakeNativeDir({ '@tensorflow/tfjs-node-gpu': 'failing', '@tensorflow/tfjs-node': 'present' });
  const env = { MERGEML_TFJS_NODE_PATH: dir };
  const choice = await selectBackend(tf, 'auto', nativeLoaderFrom(env, nowhere, import.meta.url), env);
  assert.equal(choice.name, 'tensorflow');
  assert.equal(tf.getBackend(), 'tensorflow');
  assert.match(choice.attempts[0]?.outcome ?? '', /tfjs-node-gpu failed to load: libtensorflow\.so\.2: cannot open shared object file/);
  assert.match(choice.device, /libtensorflow/);
  // The backend really computes.
  assert.deepEqual([...(await tf.add(tf.tensor([1, 2]), tf.tensor([3, 4])).data())], [4, 6]);
});

test('a present GPU package wins over everything else in auto, and is found in the working directory', async () => {
  const tf = await loadTf();
  const dir = fakeNativeDir({ '@tensorflow/tfjs-node-gpu': 'present', '@tensorflow/tfjs-node': 'present' });
  const choice = await selectBackend(tf, 'auto', nativeLoaderFrom({}, dir, import.meta.url), {});
  assert.equal(choice.name, 'tensorflow-gpu');
  assert.match(choice.device, /CUDA/);
  assert.ok((globalThis as { __fakeNativeLoads?: string[] }).__fakeNativeLoads?.includes('@tensorflow/tfjs-node-gpu'));
});

test('an explicitly requested backend that is absent or failing is a config error (exit 2), not a silent fallback', async () => {
  const tf = await loadTf();
  await assert.rejects(selectBackend(tf, 'tensorflow', nativeLoaderFrom({}, nowhere, import.meta.url), {}), (e: unknown) => e instanceof ConfigError && /tensorflow: @tensorflow\/tfjs-node is not installed/.test(e.message));
  const failing = fakeNativeDir({ '@tensorflow/tfjs-node-gpu': 'failing' });
  await assert.rejects(selectBackend(tf, 'tensorflow-gpu', nativeLoaderFrom({ MERGEML_TFJS_NODE_PATH: failing }, nowhere, import.meta.url), {}), (e: unknown) => e instanceof ConfigError && /failed to load/.test(e.message));
  const cpu = await selectBackend(tf, 'cpu', nativeLoaderFrom({}, nowhere, import.meta.url), {});
  assert.equal(cpu.name, 'cpu');
  assert.equal(tf.getBackend(), 'cpu');
});

test('MERGEML_BACKEND overrides train.backend; unknown names are config errors', () => {
  assert.equal(requestedBackend('wasm', {}), 'wasm');
  assert.equal(requestedBackend('wasm', { MERGEML_BACKEND: 'cpu' }), 'cpu');
  assert.equal(requestedBackend(undefined, {}), 'auto');
  assert.throws(() => requestedBackend('gpu', {}), (e: unknown) => e instanceof ConfigError && /unknown training backend 'gpu'/.test(e.message));
  assert.throws(() => requestedBackend('auto', { MERGEML_BACKEND: 'cuda' }), (e: unknown) => e instanceof ConfigError && e.problems[0]?.file === 'MERGEML_BACKEND');
});
