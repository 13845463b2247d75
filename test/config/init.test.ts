import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { repoRoot, runCli } from '../helpers/run-cli.js';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function emptyRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mergeml-init-'));
  dirs.push(dir);
  execFileSync('git', ['init', '-q'], { cwd: dir });
  return dir;
}

const starterWorkflows = () => {
  const dir = join(repoRoot, 'workflows');
  return existsSync(dir) ? readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort() : [];
};

test('init in an empty git repo writes files that config check accepts', () => {
  const dir = emptyRepo();
  const r = runCli(['init'], { cwd: dir });
  assert.equal(r.status, 0, r.stderr);
  assert.ok(existsSync(join(dir, 'mergeml.yaml')) && existsSync(join(dir, 'policy.yaml')));
  for (const name of starterWorkflows()) {
    assert.equal(readFileSync(join(dir, '.github/workflows', name), 'utf8'), readFileSync(join(repoRoot, 'workflows', name), 'utf8'));
  }
  assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.tmp')), [], 'no temp files left behind');
  const check = runCli(['config', 'check'], { cwd: dir });
  assert.equal(check.status, 0, check.stderr);
  assert.match(check.stdout, /mergeml\.yaml: valid — 0 models/);
});

test('init --train scaffolds a model from the CSV header, proposing protected attributes; config check validates it and its policy', () => {
  const dir = emptyRepo();
  mkdirSync(join(dir, 'data'));
  copyFileSync(join(repoRoot, 'examples/credit/train.csv'), join(dir, 'data/train.csv'));
  const r = runCli(['init', '--train', 'data/train.csv', '--target', 'Status', '--positive-class', 'bad', '--model', 'credit', '--json'], { cwd: dir });
  assert.equal(r.status, 0, r.stderr);
  const result = JSON.parse(r.stdout) as { schemaVersion: number; model: { name: string; features: number; protected: unknown[] } };
  assert.equal(result.schemaVersion, 1);
  assert.deepEqual(result.model, { name: 'credit', features: 11, protected: [{ column: 'Age', basis: 'age' }, { column: 'Marital', basis: 'marital_status' }] });
  const check = runCli(['config', 'check', '--json'], { cwd: dir });
  assert.equal(check.status, 0, check.stderr);
  const summary = JSON.parse(check.stdout) as { models: { name: string; policies: string[] }[] };
  assert.deepEqual(summary.models.map((m) => [m.name, m.policies]), [['credit', ['data-quality', 'metric-gates', 'project-policy', 'regulation-b']]]);
});

test('init refuses to overwrite without --force (exit 2, naming the file, nothing written) and overwrites with it', () => {
  const dir = emptyRepo();
  writeFileSync(join(dir, 'policy.yaml'), 'mine\n');
  const r = runCli(['init', '--dir', '.'], { cwd: dir });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /policy\.yaml already exists/);
  assert.match(r.stderr, /--force/);
  assert.equal(existsSync(join(dir, 'mergeml.yaml')), false, 'nothing is written when one file exists');
  assert.equal(readFileSync(join(dir, 'policy.yaml'), 'utf8'), 'mine\n');
  const forced = runCli(['init', '--force'], { cwd: dir });
  assert.equal(forced.status, 0, forced.stderr);
  assert.match(readFileSync(join(dir, 'policy.yaml'), 'utf8'), /^# yaml-language-server/);
});

test('init --dir writes into another folder; --train without --target is a usage error', () => {
  const dir = emptyRepo();
  const r = runCli(['init', '--dir', 'sub'], { cwd: dir });
  assert.equal(r.status, 0, r.stderr);
  assert.ok(existsSync(join(dir, 'sub/mergeml.yaml')));
  const bad = runCli(['init', '--dir', 'other', '--train', 'x.csv'], { cwd: dir });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--train needs --target/);
});
