/** Real git repositories in temp dirs for registry tests: a bare remote, clones, results dirs. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface GitSandbox {
  readonly root: string;
  readonly env: Record<string, string>;
  readonly remote: string;
  git(cwd: string, args: string[], env?: Record<string, string>): string;
  clone(name: string): string;
  cleanup(): void;
}

/** A sandbox with its own HOME, no system config, and a bare remote seeded with one commit on main. */
export function gitSandbox(): GitSandbox {
  const root = mkdtempSync(join(tmpdir(), 'mergeml-registry-'));
  const home = join(root, 'home');
  mkdirSync(home);
  const env: Record<string, string> = {
    HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: join(home, '.gitconfig'),
    GIT_AUTHOR_NAME: 'Registry Bot', GIT_AUTHOR_EMAIL: 'bot@example.com', GIT_COMMITTER_NAME: 'Registry Bot', GIT_COMMITTER_EMAIL: 'bot@example.com',
  };
  const git = (cwd: string, args: string[], extra: Record<string, string> = {}) => execFileSync('git', args, { cwd, env: { PATH: process.env['PATH'] ?? '', ...env, ...extra }, encoding: 'utf8' });
  git(root, ['config', '--global', 'user.name', 'Registry Bot']);
  git(root, ['config', '--global', 'user.email', 'bot@example.com']);
  git(root, ['config', '--global', 'init.defaultBranch', 'main']);
  const remote = join(root, 'remote.git');
  git(root, ['init', '--bare', '-q', remote]);
  const seed = join(root, 'seed');
  git(root, ['clone', '-q', remote, seed]);
  writeFileSync(join(seed, 'README.md'), '# project\n');
  git(seed, ['add', 'README.md']);
  git(seed, ['commit', '-q', '-m', 'initial'], { GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' });
  git(seed, ['push', '-q', 'origin', 'main']);
  return {
    root, env, remote, git,
    clone(name) {
      const dir = join(root, name);
      git(root, ['clone', '-q', remote, dir]);
      return dir;
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

export interface ResultsOptions {
  readonly model?: string;
  /** Changes the weights (a retrain). */
  readonly weights?: string;
  /** Feature names (changing them changes the input schema). */
  readonly features?: readonly string[];
  readonly passed?: boolean;
  readonly auc?: number;
}

const sha = (b: string | Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Writes a results dir (model/ with manifest.json, metrics.json, gates.json) as the producing commands would. */
export function writeResults(dir: string, options: ResultsOptions = {}): string {
  const model = options.model ?? 'credit-risk';
  const art = join(dir, 'model');
  mkdirSync(art, { recursive: true });
  const features = options.features ?? ['Income', 'Debt'];
  const files: Record<string, string> = {
    'model.json': JSON.stringify({ format: 'layers-model', weightsManifest: [] }),
    'weights.bin': options.weights ?? 'weights-1',
    'preprocess.json': JSON.stringify({ schemaVersion: 1, target: { name: 'Status', task: 'binary_classification' }, features: features.map((name) => ({ name, kind: 'numeric', mean: 0, scale: 1, missingIndicator: false })) }),
    'training-card.json': JSON.stringify({ schemaVersion: 1, model, trainer: 'tfjs', data: { train: { file: 'train.csv', sha256: 'c'.repeat(64), rows: 100 }, test: null }, code: { commit: 'a'.repeat(40) }, config: { features, train: { seed: 42 } }, backend: { name: 'cpu', device: 'cpu' }, seed: 42 }),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(art, name), text);
  const manifest = { schemaVersion: 1, kind: 'mergeml-model', model, files: Object.keys(files).sort().map((path) => ({ path, bytes: Buffer.byteLength(files[path] as string), sha256: sha(files[path] as string) })) };
  writeFileSync(join(art, 'manifest.json'), JSON.stringify(manifest, null, 2));
  const auc = options.auc ?? 0.8;
  writeFileSync(join(dir, 'metrics.json'), JSON.stringify({ schemaVersion: 1, kind: 'metrics', overall: { metrics: { roc_auc: auc, accuracy: 0.75 } } }));
  const passed = options.passed ?? true;
  writeFileSync(join(dir, 'gates.json'), JSON.stringify({ schemaVersion: 1, kind: 'gates', passed, counts: { pass: passed ? 1 : 0, warn: 0, fail: passed ? 0 : 1 }, results: [{ metric: 'roc_auc', status: passed ? 'pass' : 'fail', severity: 'error', greater_is_better: true, challenger: auc, champion: null, delta: null, p_value: null, reasons: [passed ? 'meets the threshold' : 'below the threshold (at least 0.9)'], gate: { metric: 'roc_auc', threshold: passed ? 0.7 : 0.9 } }] }));
  return dir;
}
