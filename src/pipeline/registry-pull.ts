/**
 * A consumer of the registry: materializes one version's model artifact into a directory (the layout of
 * `mergeml train` output, so `predict`/`evaluate` take it), verifying every file's sha256 against the
 * version's manifest before anything is written in place. Committed files come from the tagged commit,
 * release files from downloaded asset shards (each shard and the joined file checked).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CheckFailedError, InputError } from '../core/errors.js';
import { committedArtifactPath } from '../core/registry/registry-records.js';
import { readRegistryState, readVersionFiles, requireModel, requireVersion } from './registry-read.js';
import type { RegistryGit } from './registry-ports.js';

export interface PullRequestOptions {
  readonly model: string;
  /** A version, or the version currently at `stage`. */
  readonly version?: string;
  readonly stage?: string;
  readonly outDir: string;
  /** Folder of downloaded release assets (for versions stored as release assets). */
  readonly assetsDir?: string;
}

export interface PullResult {
  readonly schemaVersion: 1;
  readonly kind: 'mergeml.registry-pull';
  readonly model: string;
  readonly version: string;
  readonly outDir: string;
  readonly files: readonly { readonly path: string; readonly bytes: number; readonly sha256: string }[];
}

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

export async function pullVersion(git: RegistryGit, options: PullRequestOptions): Promise<PullResult> {
  const ms = requireModel(await readRegistryState(git), options.model);
  let version = options.version;
  if (version === undefined) {
    const at = options.stage === undefined ? undefined : ms.stages[options.stage]?.version ?? undefined;
    if (at === undefined) throw new InputError(`no version of ${options.model} to pull`, [{ file: 'git tags', message: options.stage ? `nothing is at ${options.stage}` : 'neither --version nor --stage given', expected: '--version vX.Y.Z or --stage with a current assignment' }]);
    version = at;
  }
  const v = requireVersion(ms, version);
  const { manifest } = await readVersionFiles(git, ms.model, v.version, v.commit);
  const existing = await readdir(options.outDir).catch(() => []);
  if (existing.length > 0) throw new InputError(`refusing to write into ${options.outDir}`, [{ file: options.outDir, message: 'not empty', expected: 'a new or empty directory' }]);
  const staging = `${options.outDir.replace(/\/+$/, '')}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    for (const f of manifest.files) {
      let bytes: Uint8Array;
      if (f.storage === 'commit') {
        const blob = await git.readFile(v.commit, committedArtifactPath(ms.model, v.version, f.path));
        if (blob === undefined) throw new CheckFailedError(`${v.tag}: ${committedArtifactPath(ms.model, v.version, f.path)} is missing from the tagged commit. Nothing was written.`);
        bytes = blob;
      } else {
        if (options.assetsDir === undefined) throw new InputError(`${f.path} of ${v.tag} is a release asset`, [{ file: f.path, message: 'stored as release assets', expected: `--assets DIR with ${f.shards.map((s) => s.name).join(', ')} downloaded from the release ${v.tag}` }]);
        const parts: Uint8Array[] = [];
        for (const s of f.shards) {
          const part = await readFile(join(options.assetsDir, s.name)).catch((error: unknown) => {
            throw new InputError(`release asset ${s.name} not found`, [{ file: join(options.assetsDir as string, s.name), message: 'missing', expected: `the asset downloaded from the release ${v.tag}` }], { cause: error });
          });
          if (sha256(part) !== s.sha256) throw new CheckFailedError(`${join(options.assetsDir, s.name)}: sha256 ${sha256(part)} does not match the manifest's ${s.sha256}. Nothing was written.`);
          parts.push(part);
        }
        bytes = Buffer.concat(parts);
      }
      if (bytes.byteLength !== f.bytes || sha256(bytes) !== f.sha256) throw new CheckFailedError(`${f.path} of ${v.tag}: sha256 ${sha256(bytes)} does not match the manifest's ${f.sha256}. Nothing was written.`);
      await mkdir(dirname(join(staging, f.path)), { recursive: true });
      await writeFile(join(staging, f.path), bytes);
    }
    const files = manifest.files.map((f) => ({ path: f.path, bytes: f.bytes, sha256: f.sha256 }));
    // The train artifact manifest, so the folder is a verifiable model artifact for predict/evaluate.
    await writeFile(join(staging, 'manifest.json'), `${JSON.stringify({ schemaVersion: 1, kind: 'mergeml-model', model: ms.model, files }, null, 2)}\n`);
    await rm(options.outDir, { recursive: true, force: true });
    await mkdir(dirname(options.outDir), { recursive: true });
    await rename(staging, options.outDir);
    return { schemaVersion: 1, kind: 'mergeml.registry-pull', model: ms.model, version: v.version, outDir: options.outDir, files };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
