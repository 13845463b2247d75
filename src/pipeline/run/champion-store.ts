/**
 * Where `mergeml run` finds the champion a challenger is compared with, and where `--bootstrap-champion`
 * puts the first one. `--champion DIR` names a model dir; otherwise the local champion store of the
 * project (`.mergeml/champions/<model>/`, a copy of a `mergeml train` artifact plus `champion.json`).
 */
import { cp, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../../core/errors.js';

export interface Champion {
  /** A model artifact dir written by `mergeml train`. */
  readonly dir: string;
  /** How reports name it, e.g. `logistic_regression (local champion, commit 1a2b3c4d5e6f)`. */
  readonly label: string;
  /** Where it came from: `--champion`, the local store or the registry. */
  readonly source: 'flag' | 'local' | 'registry';
}

/** What a run produced for one model: the artifact and the reports a registration is made from. */
export interface RunEvidence {
  /** The `mergeml train` artifact dir. */
  readonly artifact: string;
  readonly metrics: string;
  readonly gates: string;
  readonly fairness?: string;
  readonly commit: string | null;
  /** e.g. `mlp [32, 16]`. */
  readonly algorithm: string;
}

export interface ChampionStore {
  /** Where champions live, for messages (`the git registry`, `.mergeml/champions/`). */
  readonly name: string;
  /** The current champion of a model, or null when there is none yet. */
  find(model: string): Promise<Champion | null>;
  /** Registers a run's model as the model's first champion; returns a sentence saying what was done. */
  bootstrap(model: string, evidence: RunEvidence): Promise<string>;
  /** Registers a run's model as a new version at the first stage (`--promote`), or null when unsupported. */
  promote?(model: string, evidence: RunEvidence): Promise<string>;
}

const MANIFEST = 'manifest.json';

async function isDir(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Checks that a directory is a `mergeml train` artifact (it has the manifest that lists its files). */
export async function assertModelDir(dir: string, name: string): Promise<void> {
  if (!(await isDir(dir))) throw new InputError(`--champion ${name}: no such model dir`, [{ file: name, message: 'not a directory', expected: 'a model dir written by `mergeml train` (or `auto`)' }]);
  try {
    await stat(join(dir, MANIFEST));
  } catch {
    throw new InputError(`--champion ${name}: not a model artifact`, [{ file: join(name, MANIFEST), message: 'missing', expected: 'a model dir written by `mergeml train` (it holds manifest.json)' }]);
  }
}

function safeSegment(model: string): string {
  // Model ids are restricted by the config schema; encode anyway so a name can never leave the store.
  return encodeURIComponent(model).replace(/\./g, '%2E');
}

/** The local champion store under `<projectDir>/.mergeml/champions/`. */
export function localChampionStore(projectDir: string): ChampionStore {
  const root = join(projectDir, '.mergeml', 'champions');
  return {
    name: '.mergeml/champions/',
    async find(model) {
      const dir = join(root, safeSegment(model));
      if (!(await isDir(dir))) return null;
      let label = 'local champion';
      try {
        const meta = JSON.parse(await readFile(join(dir, 'champion.json'), 'utf8')) as { label?: unknown };
        if (typeof meta.label === 'string') label = meta.label;
      } catch {
        // A champion without metadata is still a model dir; it keeps the generic label.
      }
      return { dir, label, source: 'local' };
    },
    async bootstrap(model, evidence) {
      const artifactDir = evidence.artifact;
      const facts = evidence;
      const dir = join(root, safeSegment(model));
      const tmp = `${dir}.${process.pid}.tmp`;
      await rm(tmp, { recursive: true, force: true });
      await mkdir(root, { recursive: true });
      await cp(artifactDir, tmp, { recursive: true });
      const label = `${facts.algorithm} (local champion${facts.commit ? `, commit ${facts.commit.slice(0, 12)}` : ''})`;
      await writeFile(join(tmp, 'champion.json'), `${JSON.stringify({ schemaVersion: 1, model, label, commit: facts.commit, algorithm: facts.algorithm }, null, 2)}\n`);
      await rm(dir, { recursive: true, force: true });
      await rename(tmp, dir);
      return `registered as the first champion in .mergeml/champions/ (${label})`;
    },
  };
}
