/**
 * `mergeml registry verify`: at a revision, every committed artifact's sha256 against its version's
 * manifest, release assets too when a folder of downloaded assets is given; registry folders without a
 * version tag, version tags whose folder is missing, unparseable tags and broken audit trails.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseAuditTrail } from '../core/compliance/audit-trail.js';
import { auditTrailPath, committedArtifactPath, REGISTRY_DIR } from '../core/registry/registry-records.js';
import { readRegistryState, readVersionFiles } from './registry-read.js';
import type { RegistryGit } from './registry-ports.js';

export interface VerifyProblem {
  readonly model: string | null;
  readonly version: string | null;
  readonly file: string;
  readonly message: string;
}

export interface VerifyReport {
  readonly schemaVersion: 1;
  readonly kind: 'mergeml.registry-verify';
  readonly ok: boolean;
  readonly revision: string;
  readonly checkedFiles: number;
  readonly skipped: readonly { readonly file: string; readonly reason: string }[];
  readonly problems: readonly VerifyProblem[];
}

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

export async function verifyRegistry(git: RegistryGit, options: { revision: string; model?: string; assetsDir?: string }): Promise<VerifyReport> {
  const rev = (await git.resolveCommit(options.revision)) ?? options.revision;
  const state = await readRegistryState(git);
  const problems: VerifyProblem[] = state.problems.map((p) => ({ model: null, version: null, file: `refs/tags/${p.tag}`, message: p.message }));
  const skipped: { file: string; reason: string }[] = [];
  let checked = 0;
  const all = await git.listFiles(rev, REGISTRY_DIR);
  const folders = new Set(all.flatMap((p) => { const m = /^registry\/([^/]+)\/(v[^/]+)\/manifest\.json$/.exec(p); return m ? [`${m[1]}/${m[2]}`] : []; }));
  const models = state.models.filter((m) => options.model === undefined || m.model === options.model);
  for (const m of models) {
    for (const v of m.versions) {
      folders.delete(`${m.model}/${v.version}`);
      if (!(await git.isAncestor(v.commit, rev))) {
        skipped.push({ file: `refs/tags/${v.tag}`, reason: `registered after ${rev.slice(0, 12)} (not in its history): check a later revision` });
        continue;
      }
      let files;
      try {
        files = await readVersionFiles(git, m.model, v.version, v.commit);
      } catch (error) {
        problems.push({ model: m.model, version: v.version, file: `refs/tags/${v.tag}`, message: `tag without its registry files: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` });
        continue;
      }
      if (!all.includes(`${REGISTRY_DIR}/${m.model}/${v.version}/manifest.json`)) problems.push({ model: m.model, version: v.version, file: `${REGISTRY_DIR}/${m.model}/${v.version}/`, message: `missing at ${rev.slice(0, 12)} although tag ${v.tag} registers it` });
      for (const f of files.manifest.files) {
        if (f.storage === 'commit') {
          const path = committedArtifactPath(m.model, v.version, f.path);
          const bytes = await git.readFile(rev, path);
          checked++;
          if (bytes === undefined) problems.push({ model: m.model, version: v.version, file: path, message: 'listed in the manifest but missing' });
          else if (bytes.byteLength !== f.bytes || sha256(bytes) !== f.sha256) problems.push({ model: m.model, version: v.version, file: path, message: `sha256 ${sha256(bytes)} does not match the manifest's ${f.sha256}` });
          continue;
        }
        for (const shard of f.shards) {
          if (options.assetsDir === undefined) {
            skipped.push({ file: shard.name, reason: `release asset of ${v.tag}; pass --assets DIR with the downloaded assets to check it` });
            continue;
          }
          const path = join(options.assetsDir, shard.name);
          checked++;
          const bytes = await readFile(path).catch(() => undefined);
          if (bytes === undefined) problems.push({ model: m.model, version: v.version, file: path, message: 'release asset missing from --assets' });
          else if (bytes.byteLength !== shard.bytes || sha256(bytes) !== shard.sha256) problems.push({ model: m.model, version: v.version, file: path, message: `sha256 ${sha256(bytes)} does not match the manifest's ${shard.sha256}` });
        }
      }
    }
    const trail = await git.readFile(rev, auditTrailPath(m.model));
    if (trail !== undefined) {
      try {
        parseAuditTrail(JSON.parse(new TextDecoder().decode(trail)), auditTrailPath(m.model));
      } catch (error) {
        problems.push({ model: m.model, version: null, file: auditTrailPath(m.model), message: error instanceof Error ? error.message.replace(/\n\s*/g, '; ') : String(error) });
      }
    }
  }
  for (const f of [...folders].sort()) {
    const [model = '', version = ''] = f.split('/');
    if (options.model !== undefined && model !== options.model) continue;
    problems.push({ model, version, file: `${REGISTRY_DIR}/${f}/`, message: `registry folder without its tag ${model}@${version}` });
  }
  return { schemaVersion: 1, kind: 'mergeml.registry-verify', ok: problems.length === 0, revision: rev, checkedFiles: checked, skipped, problems };
}
