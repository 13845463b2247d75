import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { ConfigError } from '../../src/core/errors.js';
import { loadProject, type ConfigFiles } from '../../src/pipeline/load-project.js';

/** An in-memory filesystem for the loader's port. */
function memoryFiles(files: Record<string, string>, builtins: Record<string, string> = {}): ConfigFiles {
  const all = { ...files, ...Object.fromEntries(Object.entries(builtins).map(([n, t]) => [`/pkg/policies/${n}.yaml`, t])) };
  const get = (p: string) => {
    const text = all[p];
    if (text === undefined) throw new Error(`ENOENT ${p}`);
    return text;
  };
  return {
    read: async (p) => new TextEncoder().encode(get(p)),
    kind: async (p) => (p in all ? 'file' : Object.keys(all).some((k) => k.startsWith(`${p}/`)) ? 'directory' : 'missing'),
    sha256: async (p) => createHash('sha256').update(get(p)).digest('hex'),
    firstLine: async (p) => get(p).split('\n')[0],
    // Column values of a tiny CSV: enough for the target check.
    columnValues: async (p, file, column, _settings, limit) => {
      const lines = get(p).trimEnd().split('\n');
      const cells = p.endsWith('.jsonl')
        ? lines.map((l) => String((JSON.parse(l) as Record<string, unknown>)[column] ?? ''))
        : lines.slice(1).map((r) => r.split(',')[(lines[0] ?? '').split(',').indexOf(column)] ?? '');
      const values = [...new Set(cells.filter((v) => v !== ''))].sort();
      return { file, values: values.slice(0, limit), truncated: values.length > limit };
    },
    builtinPolicies: async () => new Map(Object.keys(builtins).map((n) => [n, `/pkg/policies/${n}.yaml`])),
  };
}

const project = (data: string) => `version: 1
models:
  m:
    data:
${data}
    target: y
    positive_class: 1
    features: [a, b]
    protected: [{column: g, basis: sex}]
`;

test('reference data may lack the target; a feature missing from test and reference is one problem naming both', async () => {
  const files = memoryFiles({
    '/p/mergeml.yaml': project('      train: train.csv\n      test: test.csv\n      reference: ref.csv'),
    '/p/train.csv': 'y,a,b,g\n1,2,3,m\n0,2,3,f\n',
    '/p/test.csv': 'y,a,g\n',
    '/p/ref.csv': 'a,g\n',
  });
  const error = await loadProject('mergeml.yaml', files, '/p').then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.ok(error instanceof ConfigError);
  assert.deepEqual(
    error.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`),
    ["mergeml.yaml:10:19: feature 'b' is not a column of test.csv, ref.csv"],
  );
});

test('jsonl data is not header-checked; a sha256 pin that matches passes; the result is frozen', async () => {
  const jsonl = '{"y":1}\n{"y":0}\n';
  const sha = createHash('sha256').update(jsonl).digest('hex');
  const files = memoryFiles({ '/p/mergeml.yaml': project(`      train: {path: d/train.jsonl, sha256: ${sha}}`), '/p/d/train.jsonl': jsonl });
  const loaded = await loadProject('/p', files, '/p');
  assert.equal(loaded.models[0]?.data[0]?.path, '/p/d/train.jsonl');
  assert.equal(loaded.models[0]?.data[0]?.sha256, sha);
  assert.ok(Object.isFrozen(loaded) && Object.isFrozen(loaded.models));
});

test('problems from the project and from several policies are reported together, grouped by file', async () => {
  const files = memoryFiles(
    {
      '/p/mergeml.yaml': project('      train: train.csv').replace('features: [a, b]', 'features: [a, b, g]').replace('protected:', 'policies: [pol.yaml, builtin:pack-x]\n    protected:'),
      '/p/train.csv': 'y,a,b,g\n1,2,3,m\n0,2,3,f\n',
      '/p/pol.yaml': 'version: 1\nname: pol\nextends: [builtin:pack]\nfairness: {gates: [{metric: demographic_parity_ratio, attributes: [h], threshold: 0.8}]}\n',
    },
    { pack: 'version: 1\nname: pack\nlabels: {min_class_share: 2}\n' },
  );
  const error = await loadProject('mergeml.yaml', files, '/p').then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.ok(error instanceof ConfigError);
  assert.deepEqual(
    error.problems.map((p) => `${p.file}:${p.line}`),
    ['mergeml.yaml:8', 'mergeml.yaml:9', '../pkg/policies/pack.yaml:3', 'pol.yaml:4'],
  );
  assert.match(error.problems[1]?.message ?? '', /unknown builtin policy pack 'pack-x' \(did you mean 'builtin:pack'\?\)/);
});

test('a binary target must have two values in the training data, one of them the positive class', async () => {
  const files = memoryFiles({
    '/p/mergeml.yaml': project('      train: train.csv').replace('positive_class: 1', 'positive_class: Bad').replace('features: [a, b]', 'features: [a]'),
    '/p/train.csv': 'y,a,g\nbad,1,m\ngood,2,f\nunknown,3,f\n',
  });
  const error = await loadProject('mergeml.yaml', files, '/p').then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.ok(error instanceof ConfigError);
  assert.deepEqual(
    error.problems.map((p) => `${p.line}:${p.column}: ${p.message}`),
    [
      `6:13: target 'y' has 3 distinct values in train.csv ("bad", "good", "unknown"); a binary classifier needs exactly 2`,
      `7:21: positive class "Bad" does not occur in column 'y' of train.csv (did you mean 'bad'?)`,
    ],
  );
});

test('a policy that cannot be read is a located problem (exit 2), not an internal error', async () => {
  const base = memoryFiles({ '/p/mergeml.yaml': project('      train: train.csv').replace('protected:', 'policies: [pol.yaml]\n    protected:'), '/p/train.csv': 'y,a,b,g\n1,2,3,m\n0,2,3,f\n', '/p/pol.yaml': 'x' });
  const files: ConfigFiles = {
    ...base,
    read: async (p) => {
      if (p === '/p/pol.yaml') throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
      return base.read(p);
    },
  };
  const error = await loadProject('mergeml.yaml', files, '/p').then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.ok(error instanceof ConfigError);
  assert.deepEqual(error.problems.map((p) => `${p.file}: ${p.message}`), ['pol.yaml: cannot read the file (EACCES): permission denied']);
});
