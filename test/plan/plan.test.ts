import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { globToRegExp, normalizeRepoPath } from '../../src/core/plan/path-glob.js';
import { planAffectedModels } from '../../src/core/plan/affected-models.js';
import { planChange } from '../../src/pipeline/plan.js';
import { ConfigError } from '../../src/core/errors.js';
import { CONFIGS, MONOREPO } from './monorepo-fixture.js';

const ports = (files: Readonly<Record<string, string>> = MONOREPO) => ({ readFile: async (p: string) => (p in files ? new TextEncoder().encode(files[p]) : undefined) });
const plan = (changed: string[], options: { all?: boolean; globalPaths?: string[] } = {}, files = MONOREPO) => planChange({ configs: CONFIGS, changedFiles: changed, ...options }, ports(files));
const affected = async (changed: string[], options = {}) => (await plan(changed, options)).matrix.include.map((m) => m.model);

describe('path globs', () => {
  const cases: [string, string, boolean][] = [
    ['src/**', 'src/a/b/c.ts', true],
    ['src/**', 'srcx/a.ts', false],
    ['src/*.ts', 'src/a.ts', true],
    ['src/*.ts', 'src/a/b.ts', false],
    ['**/*.sql', 'a/b/c.sql', true],
    ['**/*.sql', 'c.sql', true],
    ['src/**/x.ts', 'src/x.ts', true],
    ['src/{a,b}/*.ts', 'src/b/z.ts', true],
    ['src/{a,b}/*.ts', 'src/c/z.ts', false],
    ['data/v?.csv', 'data/v2.csv', true],
    ['data/v[0-9].csv', 'data/v7.csv', true],
    ['data/v[!0-9].csv', 'data/v7.csv', false],
    ['a.b', 'axb', false],
    ['(x)+', '(x)+', true],
  ];
  for (const [glob, path, expected] of cases) test(`${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => assert.equal(globToRegExp(glob).test(path), expected));
  test('paths are normalised', () => assert.equal(normalizeRepoPath('./models/credit/../../shared//x.yaml'), 'shared/x.yaml'));
});

describe('mergeml plan on a monorepo layout', () => {
  test('a model-local data file affects only that model', async () => {
    assert.deepEqual(await affected(['models/credit/data/train.csv']), ['credit-risk']);
    assert.deepEqual(await affected(['models/credit/data/reference.csv']), ['credit-risk']);
    assert.deepEqual(await affected(['models/churn/train.csv']), ['churn']);
  });
  test('shared data affects every model that reads it', async () => {
    assert.deepEqual(await affected(['shared/data/holdout.csv']), ['credit-risk', 'churn']);
  });
  test('a policy affects its models, and a policy it extends affects the models of both', async () => {
    assert.deepEqual(await affected(['shared/policies/lending.yaml']), ['credit-risk']);
    assert.deepEqual(await affected(['shared/policies/base.yaml']), ['credit-risk', 'churn']);
    assert.deepEqual(await affected(['models/credit/local.yaml']), ['credit-limit']);
  });
  test('the project file affects every model it defines, not the other project', async () => {
    assert.deepEqual(await affected(['models/credit/mergeml.yaml']), ['credit-risk', 'credit-limit']);
  });
  test('the contract and the paths globs, with reasons', async () => {
    const p = await plan(['models/credit/contract.yaml', 'src/churn/etl/load.sql', 'src/churn/readme.md', 'README.md']);
    assert.deepEqual(p.matrix.include, [{ model: 'credit-risk', config: 'models/credit/mergeml.yaml' }, { model: 'churn', config: 'models/churn/mergeml.yaml' }]);
    assert.deepEqual(p.models.find((m) => m.model === 'credit-risk')!.reasons, [{ kind: 'contract', file: 'models/credit/contract.yaml' }]);
    assert.deepEqual(p.models.find((m) => m.model === 'churn')!.reasons, [{ kind: 'paths', file: 'src/churn/etl/load.sql', pattern: 'src/churn/**/*.{ts,sql}' }]);
    assert.deepEqual(p.skipped.map((s) => s.model), ['credit-limit']);
    assert.match(p.skipped[0]!.note, /no change to its data, config, contract, policies or paths \(4 changed files\)/);
  });
  test('an unrelated change affects nothing; --all and global paths affect everything', async () => {
    assert.deepEqual(await affected(['docs/index.md']), []);
    assert.deepEqual(await affected([], { all: true }), ['credit-risk', 'credit-limit', 'churn']);
    assert.deepEqual(await affected(['package-lock.json'], { globalPaths: ['package-lock.json', '.github/workflows/**'] }), ['credit-risk', 'credit-limit', 'churn']);
    assert.deepEqual(await affected(['docs/x.md'], { globalPaths: ['.github/workflows/**'] }), []);
  });
  test('a deleted or renamed file counts under its old name too (the caller passes both)', async () => {
    assert.deepEqual(await affected(['models/churn/train-old.csv', 'models/churn/train.csv']), ['churn']);
  });
  test('the plan JSON is versioned with a stable shape', async () => {
    const p = await plan(['models/churn/train.csv']);
    assert.deepEqual(Object.keys(p), ['schemaVersion', 'kind', 'changedFiles', 'models', 'matrix', 'skipped']);
    assert.deepEqual([p.schemaVersion, p.kind, p.changedFiles], [1, 'mergeml.plan', 1]);
  });
  test('a duplicate model name across project files and a broken project file are config errors', async () => {
    const dup = { ...MONOREPO, 'models/churn/mergeml.yaml': MONOREPO['models/churn/mergeml.yaml']!.replace('  churn:', '  credit-risk:') };
    await assert.rejects(plan(['x'], {}, dup), (e: unknown) => e instanceof ConfigError && /also defined in models\/credit\/mergeml\.yaml/.test(e.message));
    const broken = { ...MONOREPO, 'models/churn/mergeml.yaml': 'version: 1\nmodels:\n  churn:\n    data: {}\n' };
    await assert.rejects(plan(['x'], {}, broken), (e: unknown) => e instanceof ConfigError && e.problems.every((p) => p.file === 'models/churn/mergeml.yaml' && p.line !== undefined));
    await assert.rejects(planChange({ configs: ['missing.yaml'], changedFiles: [] }, ports()), ConfigError);
  });
  test('the pure planner: order of changed files and duplicates do not matter', () => {
    const fp = [{ model: 'a', config: 'a/mergeml.yaml', data: ['a/d.csv'], policies: [], paths: ['lib/**'] }];
    const one = planAffectedModels(fp, ['lib/x.ts', 'a/d.csv', './a/d.csv']);
    const two = planAffectedModels(fp, ['a/d.csv', 'lib/x.ts']);
    assert.deepEqual(one, two);
    assert.deepEqual(one.models[0]!.reasons.map((r) => r.kind), ['data', 'paths']);
  });
});
