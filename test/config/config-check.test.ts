import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { nodeConfigFiles } from '../../src/adapters/config/node-config-files.js';
import { loadProject } from '../../src/pipeline/load-project.js';
import { repoRoot, runCli } from '../helpers/run-cli.js';

test('config check on examples/credit exits 0 and prints the model, protected attributes and policies', () => {
  const r = runCli(['config', 'check', '--config', 'examples/credit/mergeml.yaml']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^examples\/credit\/mergeml\.yaml: valid — 1 model, 4 policies/);
  assert.match(r.stdout, /model credit-risk \(binary_classification\)/);
  assert.match(r.stdout, /target {5}Status \(positive class: bad\)/);
  assert.match(r.stdout, /protected {2}Age \(age\), Marital \(marital_status\)/);
  assert.match(r.stdout, /train {6}examples\/credit\/train\.csv \(sha256 pinned, verified\)/);
  assert.match(r.stdout, /contract {3}examples\/credit\/contract\.yaml/);
  assert.match(r.stdout, /credit-default {3}examples\/credit\/policy\.yaml: 11 data checks, 2 metric gates, 3 fairness gates/);
  assert.match(r.stdout, /regulation-b {5}builtin:regulation-b: 0 data checks, 0 metric gates, 1 fairness gate/);
});

test('config check --json prints a versioned summary', () => {
  const r = runCli(['config', 'check', '--config', 'examples/credit/mergeml.yaml', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const json = JSON.parse(r.stdout) as { schemaVersion: number; models: { name: string; features: string[]; protected: unknown[]; policies: string[] }[]; policies: { name: string }[] };
  assert.equal(json.schemaVersion, 1);
  assert.deepEqual(Object.keys(json), ['schemaVersion', 'project', 'valid', 'models', 'policies']);
  assert.equal(json.models[0]?.name, 'credit-risk');
  assert.equal(json.models[0]?.features.length, 11);
  assert.deepEqual(json.models[0]?.protected, [{ column: 'Age', basis: 'age' }, { column: 'Marital', basis: 'marital_status' }]);
  assert.deepEqual(json.models[0]?.policies, ['data-quality', 'metric-gates', 'credit-default', 'regulation-b']);
});

test('config check --json on an invalid project prints the problems as JSON on stdout and exits 2', () => {
  const r = runCli(['config', 'check', '--config', 'test/fixtures/config/broken/feature-also-protected/mergeml.yaml', '--json']);
  assert.equal(r.status, 2);
  const json = JSON.parse(r.stdout) as { schemaVersion: number; valid: boolean; problems: { file: string; line: number; column: number; path: string }[] };
  assert.equal(json.schemaVersion, 1);
  assert.equal(json.valid, false);
  assert.deepEqual(json.problems.map((p) => [p.file, p.line, p.column, p.path]), [['test/fixtures/config/broken/feature-also-protected/mergeml.yaml', 8, 19, 'models.m.features[1]']]);
  assert.match(r.stderr, /feature 'Age' is also declared protected/);
});

test('config check accepts a folder and the German credit example', () => {
  const r = runCli(['config', 'check', '--config', 'examples/german']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /model german-credit/);
  assert.match(r.stdout, /ForeignWorker \(national_origin\)/);
  assert.match(r.stdout, /features {3}54:/);
});

test('config check: a missing project file and a bad flag are exit 2', () => {
  const missing = runCli(['config', 'check', '--config', 'nope/mergeml.yaml']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /nope\/mergeml\.yaml: file not found/);
  const flag = runCli(['config', 'check', '--confg', 'x']);
  assert.equal(flag.status, 2);
  assert.match(flag.stderr, /did you mean --config/);
  assert.equal(runCli(['config', 'check', '--help']).status, 0);
});

test('the example split is committed as produced: train.csv matches its sha256 pin and row counts', async () => {
  const project = await loadProject('examples/credit/mergeml.yaml', nodeConfigFiles(), repoRoot);
  const rows = (f: string) => readFileSync(join(repoRoot, 'examples/credit', f), 'utf8').trimEnd().split('\n').length - 1;
  assert.deepEqual([rows('train.csv'), rows('test.csv'), rows('reference.csv')], [2672, 891, 891]);
  assert.equal(rows('train.csv') + rows('test.csv') + rows('reference.csv'), rows('credit_data.csv'));
  const model = project.models[0]!;
  assert.ok(Object.isFrozen(model.config) && Object.isFrozen(project.config));
  // The effective policy folds extended packs first and expands regulation-b's '*' gate per protected column.
  assert.deepEqual(model.policy.names, ['data-quality', 'metric-gates', 'credit-default', 'regulation-b']);
  const fairness = model.policy.fairness.gates.map((g) => `${g.metric}:${g.attributes.join('×')}`);
  assert.deepEqual(fairness, [
    'demographic_parity_ratio:Marital',
    'demographic_parity_ratio:Age',
    'equalized_odds_difference:Marital×Age',
    'demographic_parity_ratio:Age',
    'demographic_parity_ratio:Marital',
  ]);
  assert.equal(model.policy.data_checks.length, 12 + 11);
  assert.equal(model.policy.metric_gates.length, 4 + 2);
});
