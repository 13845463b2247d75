import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { makeRecordBatch } from '../../src/core/data/record-batch.js';
import { InputError, ConfigError } from '../../src/core/errors.js';
import { createMatrixBuilder } from '../../src/core/preprocess/apply-preprocess.js';
import { createPreprocessFitter, type PreprocessOptions } from '../../src/core/preprocess/fit-preprocess.js';
import type { CategoricalFeature, NumericFeature, PreprocessSpec } from '../../src/core/preprocess/preprocess-spec.js';
import { readAllBatches, replay } from '../../src/train/data-source.js';

const trainCsv = fileURLToPath(new URL('../fixtures/train/small/train.csv', import.meta.url));
const FEATURES = ['Seniority', 'Home', 'Time', 'Records', 'Job', 'Expenses', 'Income', 'Assets', 'Debt', 'Amount', 'Price'];
const OPTIONS: PreprocessOptions = { target: 'Status', task: 'binary_classification', features: FEATURES, protected: ['Age', 'Marital'], positiveClass: 'bad', nullValues: ['NA', ''] };

async function fitFixture(options: PreprocessOptions = OPTIONS): Promise<PreprocessSpec> {
  const batches = await readAllBatches({ path: trainCsv, file: 'train.csv', options: { nullValues: ['NA', ''] } });
  return replay(batches, createPreprocessFitter(options));
}

// Frozen from pandas (Series.mean(), Series.std(ddof=0) over non-missing cells) on test/fixtures/train/small/train.csv.
const PANDAS: Record<string, [mean: number, std: number, missing: number]> = {
  Seniority: [7.655, 8.37432435085561, 0],
  Time: [45.87, 14.539707699950526, 0],
  Expenses: [55.21333333333333, 19.185788722095587, 0],
  Income: [144.84460694698356, 81.30734558033994, 53],
  Assets: [5768.1172529313235, 11161.623242162732, 3],
  Debt: [350.6761268781302, 1322.9181983580627, 1],
  Amount: [1024.735, 465.07533594927787, 0],
  Price: [1419.6516666666666, 565.1788303984458, 0],
};

test('numeric features are standardised with the training mean and population std (as StandardScaler)', async () => {
  const spec = await fitFixture();
  for (const [name, [mean, std, missing]] of Object.entries(PANDAS)) {
    const f = spec.features.find((x) => x.name === name) as NumericFeature;
    assert.equal(f.kind, 'numeric', name);
    assert.ok(Math.abs(f.mean - mean) <= 1e-9 * Math.abs(mean), `${name} mean ${f.mean} vs ${mean}`);
    assert.ok(Math.abs(f.scale - std) <= 1e-9 * std, `${name} std ${f.scale} vs ${std}`);
    assert.equal(f.missingIndicator, missing > 0, `${name} indicator`);
  }
});

test('categoricals are one-hot by training frequency with an unknown bucket; protected columns never enter', async () => {
  const spec = await fitFixture();
  const home = spec.features.find((x) => x.name === 'Home') as CategoricalFeature;
  assert.deepEqual(home.categories, ['owner', 'rent', 'parents', 'other', 'priv', 'ignore']);
  assert.equal(home.missingIndicator, true);
  assert.deepEqual((spec.features.find((x) => x.name === 'Job') as CategoricalFeature).categories, ['fixed', 'freelance', 'partime', 'others']);
  assert.ok(spec.columns.includes('Home=__unknown__'));
  assert.ok(spec.columns.includes('Income__missing'));
  assert.equal(spec.columns.length, 8 + 3 + 7 + 1 + 3 + 5);
  assert.ok(!spec.columns.some((c) => c.startsWith('Age') || c.startsWith('Marital')));
  assert.deepEqual(spec.excluded, ['Age', 'Marital']);
  assert.deepEqual(spec.target, { name: 'Status', task: 'binary_classification', positiveClass: 'bad', negativeClass: 'good', classCounts: { bad: 164, good: 436 } });
  // Without a feature list every column but the target and the protected ones is a feature.
  const all = await fitFixture({ ...OPTIONS, features: undefined } as unknown as PreprocessOptions);
  assert.deepEqual(all.features.map((f) => f.name), FEATURES);
});

const header = ['y', 'num', 'cat', 'Age'];
function batch(rows: (string | null)[][], file = 'mem.csv') {
  return makeRecordBatch({ file, header, firstRow: 0, cells: header.map((_, c) => rows.map((r) => r[c] ?? null)), lines: rows.map((_, i) => i + 2) });
}
const small: PreprocessOptions = { target: 'y', task: 'binary_classification', features: ['num', 'cat'], protected: ['Age'], positiveClass: '1', nullValues: [''] };

test('the saved transform imputes, flags missing cells and sends unseen categories to the unknown bucket', () => {
  const spec = replay([batch([['1', '1', 'a', '30'], ['0', '3', 'b', '40'], ['0', null, 'a', '50']])], createPreprocessFitter(small));
  assert.deepEqual(spec.columns, ['num', 'num__missing', 'cat=a', 'cat=b', 'cat=__unknown__']);
  const m = replay([batch([['1', '3', 'zzz', '1'], ['0', null, null, '1']])], createMatrixBuilder(spec, { withTarget: true }));
  // mean 2, population std 1 over the two present values.
  assert.deepEqual([...m.x], [1, 0, 0, 0, 1, 0, 1, 0, 0, 0]);
  assert.deepEqual([...(m.y ?? [])], [1, 0]);
  assert.deepEqual([...m.lines], [2, 3]);
});

test('a protected attribute listed as a feature is refused', () => {
  assert.throws(() => replay([batch([['1', '1', 'a', '30']])], createPreprocessFitter({ ...small, features: ['num', 'Age'] })), (e: unknown) => e instanceof InputError && /'Age' is a protected attribute/.test(e.message));
});

test('a non-numeric value in a numeric feature names file, line and column', () => {
  const rows = Array.from({ length: 20 }, (_, i) => [String(i % 2), String(i), 'a', '1']);
  (rows[7] as string[])[1] = 'abc';
  assert.throws(
    () => replay([batch(rows, 'train.csv')], createPreprocessFitter(small)),
    (e: unknown) => e instanceof InputError && e.problems.some((p) => p.file === 'train.csv' && p.line === 9 && p.column === 2 && /non-numeric value 'abc' in numeric feature 'num'/.test(p.message)),
  );
  const spec = replay([batch(rows.filter((_, i) => i !== 7))], createPreprocessFitter(small));
  assert.throws(() => replay([batch([['1', 'x1', 'a', '1']], 'test.csv')], createMatrixBuilder(spec, { withTarget: false })), (e: unknown) => e instanceof InputError && e.problems[0]?.line === 2 && e.problems[0]?.column === 2);
});

test('a target with one class, no rows after filtering, and an absent positive class are errors', () => {
  assert.throws(() => replay([batch([['1', '1', 'a', '1'], ['1', '2', 'b', '1']])], createPreprocessFitter(small)), (e: unknown) => e instanceof InputError && /exactly two classes/.test(e.message));
  assert.throws(() => replay([batch([[null, '1', 'a', '1'], ['', '2', 'b', '1']])], createPreprocessFitter(small)), (e: unknown) => e instanceof InputError && /no rows left/.test(e.message));
  assert.throws(() => replay([batch([['0', '1', 'a', '1'], ['2', '2', 'b', '1']])], createPreprocessFitter(small)), (e: unknown) => e instanceof ConfigError && /positive_class '1'/.test(e.message));
});

test('column kinds declared by the data contract win over inference', async () => {
  const { contractKinds } = await import('../../src/core/preprocess/contract-kinds.js');
  const kinds = contractKinds({ version: 1, columns: [{ name: 'num', type: 'string' }, { name: 'cat', type: 'integer' }, { name: 'y' }] });
  assert.deepEqual(kinds, { num: 'categorical', cat: 'numeric' });
  const spec = replay([batch([['1', '1', '5', '1'], ['0', '2', '7', '1']])], createPreprocessFitter({ ...small, kinds }));
  assert.deepEqual(spec.features.map((f) => f.kind), ['categorical', 'numeric']);
  // A declared numeric column reports every non-number, even when most cells are not numbers.
  assert.throws(() => replay([batch([['1', '1', 'a', '1'], ['0', '2', 'b', '1']])], createPreprocessFitter({ ...small, kinds })), (e: unknown) => e instanceof InputError && e.problems.length === 2 && e.problems[0]?.column === 3);
});
