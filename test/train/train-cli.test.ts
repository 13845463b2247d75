import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/run-cli.js';
import { fakeNativeDir } from './fake-native.js';
import { creditExample, makeProject } from './project-fixture.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'mergeml-cli-out-'));
const ARTIFACT = ['history.json', 'manifest.json', 'model.json', 'predictions.csv', 'preprocess.json', 'training-card.json', 'weights.bin'];

/** Exit 2, the message on stderr, and nothing in DIR that looks like a finished artifact. */
function assertRefused(args: string[], cwd: string, out: string, message: RegExp): void {
  const r = runCli(['train', ...args, '--out', out], { cwd });
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, message);
  assert.doesNotMatch(r.stderr, /internal error|\n\s+at /);
  assert.ok(!existsSync(join(out, 'manifest.json')), 'no manifest');
  assert.ok(!existsSync(join(out, 'model.json')), 'no model');
}

test('acceptance: examples/credit on WASM writes the artifact set and reaches test AUC ≥ 0.82', () => {
  const out = join(tmp(), 'credit');
  const r = runCli(['train', '--model', 'credit-risk', '--out', out, '--backend', 'wasm', '--json'], { cwd: creditExample, timeoutMs: 120_000 });
  assert.equal(r.status, 0, r.stderr);
  const result = JSON.parse(r.stdout) as { backend: { name: string }; metrics: { roc_auc: number }; files: { path: string; sha256: string }[] };
  assert.equal(result.backend.name, 'wasm');
  // scikit-learn LogisticRegression on the same split and features, protected attributes excluded: 0.8324.
  assert.ok(result.metrics.roc_auc >= 0.82, `test roc_auc ${result.metrics.roc_auc}`);
  assert.deepEqual(readdirSync(out).sort(), ARTIFACT);
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { files: { path: string }[] };
  assert.deepEqual(manifest.files.map((f) => f.path), ARTIFACT.filter((f) => f !== 'manifest.json'));
  const card = JSON.parse(readFileSync(join(out, 'training-card.json'), 'utf8')) as { backend: { name: string; device: string }; seed: number; config: { features: string[]; protected: string[] } };
  assert.equal(card.backend.name, 'wasm');
  assert.equal(card.seed, 42);
  assert.ok(!card.config.features.includes('Age') && card.config.protected.includes('Age'));
  const spec = JSON.parse(readFileSync(join(out, 'preprocess.json'), 'utf8')) as { columns: string[] };
  assert.ok(!spec.columns.some((c) => /^(Age|Marital)/.test(c)));
});

test('bad input: unknown model type, one-class target, non-numeric feature, no rows, output file — exit 2, no artifact', () => {
  const out = join(tmp(), 'out');
  assertRefused([], makeProject({ yaml: (y) => y.replace('type: mlp, layers: [8]', 'type: xgboost, layers: [8]') }), out, /mergeml\.yaml:15:21: models\.small\.train\.model\.type: unknown type "xgboost" \(expected one of: mlp, logistic_regression\)/);
  assertRefused([], makeProject({ train: (csv) => csv.replace(/"good"/g, '"bad"') }), out, /exactly two classes in target 'Status', found 1|target 'Status' has 1 distinct values in train\.csv/);
  const lines = (csv: string) => csv.split('\n');
  assertRefused(
    [],
    makeProject({ train: (csv) => lines(csv).map((l, i) => (i === 9 ? l.replace(/^((?:[^,]*,){9})[^,]*/, '$1"12k"') : l)).join('\n') }),
    out,
    /train\.csv:10:10: non-numeric value '12k' in numeric feature 'Income'/,
  );
  assertRefused([], makeProject({ train: (csv) => lines(csv).map((l, i) => (i === 0 ? l : l.replace(/^"(good|bad)"/, '""'))).join('\n') }), out, /no rows left after filtering|target 'Status' has 0 distinct values in train\.csv/);
  const file = join(tmp(), 'a-file');
  writeFileSync(file, 'not a dir');
  assertRefused([], makeProject(), file, /output dir .* is a file/);
  assert.equal(readFileSync(file, 'utf8'), 'not a dir');
});

test('a run killed after a checkpoint resumes to the same weights as an uninterrupted run; a changed config is refused', async () => {
  const project = makeProject({
    yaml: (y) => y.replace('layers: [8]', 'layers: [64, 32]').replace('batch_size: 64', 'batch_size: 8').replace('epochs: 4', 'epochs: 6').replace('checkpoint_every: 2', 'checkpoint_every: 1'),
  });
  const reference = join(tmp(), 'reference');
  const r = runCli(['train', '--out', reference, '--backend', 'cpu', '--json'], { cwd: project });
  assert.equal(r.status, 0, r.stderr);
  const expected = (JSON.parse(r.stdout) as { weightsSha256: string }).weightsSha256;

  const out = join(tmp(), 'killed');
  const { spawn } = await import('node:child_process');
  const { repoRoot } = await import('../helpers/run-cli.js');
  const child = spawn(process.execPath, [join(repoRoot, 'bin/mergeml.js'), 'train', '--out', out, '--backend', 'cpu'], { cwd: project, stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  const deadline = Date.now() + 30_000;
  while (!existsSync(join(out, 'checkpoint.json')) && Date.now() < deadline) await new Promise((res) => setTimeout(res, 5));
  child.kill('SIGKILL');
  assert.equal(await exited, 'SIGKILL');
  assert.ok(existsSync(join(out, 'checkpoint.json')), 'a checkpoint was written');
  assert.ok(!existsSync(join(out, 'manifest.json')), 'the killed run had not finished');
  const epoch = (JSON.parse(readFileSync(join(out, 'checkpoint.json'), 'utf8')) as { epoch: number }).epoch;
  assert.ok(epoch >= 1 && epoch < 6, `checkpoint epoch ${epoch}`);

  assertRefused(['--resume', '--backend', 'cpu', '--seed', '8'], project, out, /cannot resume: the checkpoint .* different configuration/);
  assert.ok(existsSync(join(out, 'checkpoint.json')), 'a refused resume keeps the checkpoint');

  const resumed = runCli(['train', '--out', out, '--backend', 'cpu', '--resume', '--json'], { cwd: project });
  assert.equal(resumed.status, 0, resumed.stderr);
  assert.match(resumed.stderr, /resuming from the checkpoint after epoch \d+/);
  const result = JSON.parse(resumed.stdout) as { weightsSha256: string; resumedFromEpoch: number };
  assert.ok(result.resumedFromEpoch >= epoch);
  assert.equal(result.weightsSha256, expected);
  assert.equal(readFileSync(join(out, 'history.json'), 'utf8'), readFileSync(join(reference, 'history.json'), 'utf8'));
  assert.ok(!existsSync(join(out, 'checkpoint.json')), 'the checkpoint goes once the artifact is complete');
});

test('progress: epoch lines with ETA inside a collapsed group in GitHub Actions; backend and device logged', () => {
  const project = makeProject();
  const r = runCli(['train', '--out', join(tmp(), 'gha'), '--backend', 'wasm'], { cwd: project, env: { GITHUB_ACTIONS: 'true' } });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /backend: wasm \(WebAssembly/);
  assert.match(r.stderr, /::group::Training small: mlp on 600 rows × 27 inputs, wasm backend, seed 7\n/);
  assert.match(r.stderr, /epoch 1\/4 {2}loss \d\.\d{4} {2}val_loss \d\.\d{4} {2}val_acc \d\.\d{4} {2}val_auc \d\.\d{4} {2}\S+ {2}ETA \S+\n/);
  assert.match(r.stderr, /epoch 4\/4 .*\n::endgroup::\n/);
});

test('auto selects a native backend found through MERGEML_TFJS_NODE_PATH; predict scores with the saved transform', () => {
  const project = makeProject();
  const out = join(tmp(), 'native');
  const native = fakeNativeDir({ '@tensorflow/tfjs-node': 'present' });
  const r = runCli(['train', '--out', out], { cwd: project, env: { MERGEML_TFJS_NODE_PATH: native, MERGEML_BACKEND: '' } });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /backend: tensorflow \(CPU via libtensorflow/);
  assert.match(r.stderr, /skipped tensorflow-gpu: @tensorflow\/tfjs-node-gpu is not installed/);
  const pred = join(tmp(), 'pred.csv');
  const p = runCli(['predict', '--model', out, '--data', 'test.csv', '--out', pred, '--backend', 'cpu'], { cwd: project });
  assert.equal(p.status, 0, p.stderr);
  assert.match(p.stdout, /wrote 200 predictions/);
  const rows = readFileSync(pred, 'utf8').trim().split('\n');
  assert.equal(rows[0], 'row,line,score,label');
  assert.match(rows[1] ?? '', /^1,2,0\.\d+,(good|bad)$/);
  const bad = runCli(['predict', '--model', project, '--data', 'test.csv', '--out', pred], { cwd: project });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /not a complete MergeML model artifact/);
});

const byoYaml = (y: string) => y.replace(/ {4}train:\n(?: {6}.*\n)+/, '    train:\n      command: node trainer.mjs\n');
function byoProject(): string {
  const dir = makeProject({ yaml: byoYaml });
  writeFileSync(join(dir, 'trainer.mjs'), readFileSync(new URL('../fixtures/train/byo/trainer.mjs', import.meta.url)));
  return dir;
}

test('bring your own trainer: runs train.command with the documented environment and accepts its predictions', () => {
  const project = byoProject();
  const out = join(tmp(), 'byo');
  const r = runCli(['train', '--out', out, '--json', '--seed', '5'], { cwd: project });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /trainer: scored 200 test records/);
  const result = JSON.parse(r.stdout) as { trainer: string; metrics: { roc_auc: number }; files: { path: string }[] };
  assert.equal(result.trainer, 'command');
  // scikit-learn roc_auc_score of the trainer's rule on the fixture's test split.
  assert.ok(Math.abs(result.metrics.roc_auc - 0.5586206896551724) < 1e-12, String(result.metrics.roc_auc));
  assert.deepEqual(result.files.map((f) => f.path), ['predictions.csv', 'received-env.json', 'training-card.json']);
  const env = JSON.parse(readFileSync(join(out, 'received-env.json'), 'utf8')) as Record<string, unknown>;
  assert.deepEqual(env, {
    features: ['Seniority', 'Home', 'Time', 'Records', 'Job', 'Expenses', 'Income', 'Assets', 'Debt', 'Amount', 'Price'],
    protected: ['Age', 'Marital'],
    target: 'Status',
    positive: 'bad',
    seed: '5',
    task: 'binary_classification',
    train: join(project, 'train.csv'),
  });
  const card = JSON.parse(readFileSync(join(out, 'training-card.json'), 'utf8')) as { trainer: string; command: string };
  assert.deepEqual([card.trainer, card.command], ['command', 'node trainer.mjs']);
});

test('bring your own trainer: a crash or predictions that do not match the test split are refused (exit 2, no artifact)', () => {
  const project = byoProject();
  const out = join(tmp(), 'byo-bad');
  const crash = runCli(['train', '--out', out], { cwd: project, env: { MERGEML_BYO_MODE: 'crash' } });
  assert.equal(crash.status, 2);
  assert.match(crash.stderr, /the training command exited with code 3/);
  assert.ok(!existsSync(join(out, 'manifest.json')));
  const short = runCli(['train', '--out', out], { cwd: project, env: { MERGEML_BYO_MODE: 'short' } });
  assert.equal(short.status, 2);
  assert.match(short.stderr, /199 predictions for 200 test records/);
  assert.ok(!existsSync(join(out, 'manifest.json')));
  assert.deepEqual(readdirSync(out), []);
});
