import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { InputError } from '../core/errors.js';
import { CHECKPOINT_FILE } from './checkpoint-store.js';

export const MANIFEST_FILE = 'manifest.json';
/** The staging folder inside DIR where a run assembles its artifact before moving it into place. */
export const STAGING_DIR = '.partial';
/** Names a MergeML run may leave in its output dir, besides what an earlier manifest lists. */
const MANAGED = new Set([MANIFEST_FILE, CHECKPOINT_FILE, STAGING_DIR, 'model.json', 'weights.bin', 'preprocess.json', 'history.json', 'training-card.json', 'predictions.csv', 'trainer.log']);

/** manifest.json: every file of the artifact with its size and sha256 (written last: its presence means complete). */
export interface Manifest {
  readonly schemaVersion: 1;
  readonly kind: 'mergeml-model';
  readonly model: string;
  readonly files: readonly { readonly path: string; readonly bytes: number; readonly sha256: string }[];
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function kindOf(path: string): Promise<'missing' | 'file' | 'directory'> {
  try {
    return (await stat(path)).isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}

/**
 * Makes DIR ready for a run: created when missing; an earlier artifact is invalidated first (manifest
 * removed before anything else) so a failed run never leaves something that looks complete. A file,
 * or a folder holding files MergeML did not write, is refused rather than overwritten.
 */
export async function prepareOutputDir(dir: string, options: { readonly resume: boolean }): Promise<string> {
  const kind = await kindOf(dir);
  if (kind === 'file') throw new InputError(`output dir ${dir} is a file`, [{ file: dir, message: 'exists and is not a directory', expected: 'a directory path (created when missing)' }]);
  if (kind === 'missing') await mkdir(dir, { recursive: true });
  const entries = await readdir(dir);
  const known = new Set(MANAGED);
  if (entries.includes(MANIFEST_FILE)) {
    try {
      const old = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as Manifest;
      for (const f of old.files ?? []) known.add(f.path.split('/')[0] ?? f.path);
    } catch {
      // An unreadable manifest lists nothing; the check below decides.
    }
  }
  const foreign = entries.filter((e) => !known.has(e) && !e.endsWith('.tmp'));
  if (foreign.length > 0) {
    throw new InputError(`refusing to write into ${dir}: it holds files that are not part of a MergeML model artifact`, foreign.slice(0, 10).map((f) => ({ file: join(dir, f), message: 'unexpected file', expected: 'an empty directory, a new path, or an earlier output of mergeml train' })));
  }
  await rm(join(dir, MANIFEST_FILE), { force: true });
  for (const e of entries) {
    if (e === MANIFEST_FILE || (options.resume && e === CHECKPOINT_FILE)) continue;
    await rm(join(dir, e), { recursive: true, force: true });
  }
  const staging = join(dir, STAGING_DIR);
  await mkdir(staging, { recursive: true });
  return staging;
}

async function listFiles(root: string, dir = root): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(root, path)));
    else if (entry.isFile()) out.push(relative(root, path).split(sep).join('/'));
  }
  return out;
}

/** Writes a file into the staging folder. */
export async function stageFile(staging: string, name: string, bytes: Uint8Array | string): Promise<void> {
  await writeFile(join(staging, name), bytes);
}

/**
 * Moves the staged artifact into DIR: every file with its sha256 in manifest.json, which is renamed
 * into place last; the checkpoint goes once the artifact is complete.
 */
export async function commitArtifact(dir: string, staging: string, model: string): Promise<Manifest> {
  const files = [];
  for (const path of await listFiles(staging)) {
    if (path === MANIFEST_FILE) throw new InputError(`the trainer wrote ${MANIFEST_FILE}, a name MergeML reserves`, [{ file: join(staging, path), message: 'reserved file name', expected: 'any other file name' }]);
    const bytes = await readFile(join(staging, path));
    files.push({ path, bytes: bytes.byteLength, sha256: sha256(bytes) });
  }
  const manifest: Manifest = { schemaVersion: 1, kind: 'mergeml-model', model, files };
  const tmpManifest = join(dir, `.${MANIFEST_FILE}.${process.pid}.tmp`);
  await writeFile(tmpManifest, `${JSON.stringify(manifest, null, 2)}\n`);
  for (const entry of await readdir(staging)) await rename(join(staging, entry), join(dir, entry));
  await rename(tmpManifest, join(dir, MANIFEST_FILE));
  await rm(staging, { recursive: true, force: true });
  await rm(join(dir, CHECKPOINT_FILE), { force: true });
  return manifest;
}

/** Removes what a failed run staged; DIR keeps its checkpoint (for --resume) and has no manifest. */
export async function discardStaging(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true });
}

/** Checks that DIR is a complete artifact: manifest.json present and every listed file matching its sha256. */
export async function verifyArtifact(dir: string): Promise<Manifest> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as Manifest;
  } catch (error) {
    throw new InputError(`${dir} is not a complete MergeML model artifact`, [{ file: join(dir, MANIFEST_FILE), message: 'missing or unreadable manifest', expected: 'the output dir of a finished `mergeml train`' }], { cause: error });
  }
  const problems = [];
  for (const f of manifest.files ?? []) {
    let bytes: Buffer;
    try {
      bytes = await readFile(join(dir, f.path));
    } catch {
      problems.push({ file: join(dir, f.path), message: 'listed in the manifest but missing' });
      continue;
    }
    if (bytes.byteLength !== f.bytes || sha256(bytes) !== f.sha256) problems.push({ file: join(dir, f.path), message: 'does not match its sha256 in the manifest (modified or corrupted)', expected: f.sha256 });
  }
  if (problems.length > 0) throw new InputError(`the model artifact in ${dir} failed verification`, problems);
  return manifest;
}
