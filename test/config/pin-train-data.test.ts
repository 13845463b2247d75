/** Re-pinning data.train.sha256 (the retraining branch): only the 64 hex digits change, wherever they sit. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { pinTrainData } from '../../src/pipeline/pin-train-data.js';

const OLD = 'a'.repeat(64);
const DATA = 'x,y\n1,0\n';
const NEW = createHash('sha256').update(DATA).digest('hex');
const project = (pin: string) => `version: 1   # keep this comment
models:
  m:
    task: binary_classification
    data:
      train: {path: train.csv, sha256: ${pin}}
      test: test.csv
    target: y
    positive_class: 1
    features: [x]
`;
const files = (text: string | Uint8Array) => ({
  read: async () => (typeof text === 'string' ? new TextEncoder().encode(text) : text),
  sha256: async (path: string) => {
    assert.equal(path, '/p/train.csv');
    return NEW;
  },
});

describe('pinTrainData', () => {
  test('rewrites a plain pin in a flow mapping, everything else byte for byte', async () => {
    const r = await pinTrainData('/p/mergeml.yaml', 'mergeml.yaml', 'm', files(project(OLD)));
    assert.ok(r.changed);
    assert.equal(r.text, project(NEW));
    assert.deepEqual([r.from, r.to, r.data], [OLD, NEW, 'train.csv']);
  });

  test('rewrites a quoted pin inside the quotes, and keeps a byte order mark', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(project(`"${OLD}"`))]);
    const r = await pinTrainData('/p/mergeml.yaml', 'mergeml.yaml', 'm', files(bom));
    assert.ok(r.changed);
    assert.equal(r.text, `\uFEFF${project(`"${NEW}"`)}`);
  });

  test('a matching pin or an unpinned file changes nothing', async () => {
    assert.deepEqual(await pinTrainData('/p/mergeml.yaml', 'mergeml.yaml', 'm', files(project(NEW))), { changed: false, data: 'train.csv', reason: 'the pin already matches' });
    const bare = project(OLD).replace(`{path: train.csv, sha256: ${OLD}}`, 'train.csv');
    assert.deepEqual(await pinTrainData('/p/mergeml.yaml', 'mergeml.yaml', 'm', files(bare)), { changed: false, data: 'train.csv', reason: 'the training data is not pinned' });
  });

  test('an unknown model is a usage error naming the models', async () => {
    await assert.rejects(pinTrainData('/p/mergeml.yaml', 'mergeml.yaml', 'nope', files(project(OLD))), /no model "nope" in mergeml\.yaml; models: m/);
  });
});
