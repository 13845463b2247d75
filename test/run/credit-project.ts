// Copies examples/credit into a temporary git repository, with a few epochs so `mergeml run` stays fast.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/run-cli.js';

export interface ProjectOptions {
  /** Text replacements applied to every file of the copy (YAML and CSV), in order. */
  readonly replace?: readonly (readonly [string, string])[];
  readonly epochs?: number;
  /** Make it a git repository (default true). */
  readonly git?: boolean;
}

/** Runs git in `cwd`; returns stdout. */
export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** A committed copy of examples/credit in a fresh temp repo; returns the repo (= project) dir. */
export function creditProject(options: ProjectOptions = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mergeml-run-test-'));
  cpSync(join(repoRoot, 'examples', 'credit'), dir, { recursive: true });
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    chmodSync(path, 0o644);
    let text = readFileSync(path, 'utf8');
    for (const [from, to] of options.replace ?? []) text = text.split(from).join(to);
    writeFileSync(path, text);
  }
  const config = join(dir, 'mergeml.yaml');
  const trainSha = createHash('sha256').update(readFileSync(join(dir, 'train.csv'))).digest('hex');
  const text = readFileSync(config, 'utf8')
    .replace(/epochs: \d+/, `epochs: ${options.epochs ?? 3}`)
    .replace(/sha256: [0-9a-f]{64}/, `sha256: ${trainSha}`);
  writeFileSync(config, text);
  if (options.git === false) return dir;
  git(dir, 'init', '-q', '-b', 'main');
  // A local identity: the registry writes annotated tags, which need one even where no global one is set.
  git(dir, 'config', 'user.name', 'MergeML test');
  git(dir, 'config', 'user.email', 'test@example.invalid');
  git(dir, 'config', 'commit.gpgsign', 'false');
  git(dir, 'config', 'tag.gpgsign', 'false');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'credit example');
  return dir;
}
