/**
 * The champion from the git registry (the registry helper's `registry/<model>/<version>/` records and GTO
 * tags): the version at the last stage of the policy that has one (production before staging), else the
 * latest registered version. Its committed artifact files are copied out of git into a cache dir and
 * verified against their sha256 before use. `--bootstrap-champion` and `--promote` register the run's
 * model through the registry's own `registerVersion` (atomic commit + tags on the current branch).
 */
import { createHash } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../../core/errors.js';
import { committedArtifactPath } from '../../core/registry/registry-records.js';
import type { ModelState, RegistryVersion } from '../../core/registry/registry-state.js';
import { readEvidence } from '../registry-evidence.js';
import type { RegistryPolicy } from '../registry-policy.js';
import type { RegistryPorts } from '../registry-ports.js';
import { readRegistryState, readVersionFiles } from '../registry-read.js';
import { registerVersion } from '../registry-register.js';
import type { Champion, ChampionStore, RunEvidence } from './champion-store.js';

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

function championVersion(ms: ModelState, stages: readonly string[]): { version: RegistryVersion; where: string } | null {
  const live = ms.versions.filter((v) => !v.deregistered);
  for (const stage of [...stages].reverse()) {
    const a = ms.stages[stage];
    const v = a?.version ? live.find((x) => x.version === a.version) : undefined;
    if (v) return { version: v, where: `at ${stage}` };
  }
  const latest = live[live.length - 1];
  return latest ? { version: latest, where: 'latest registered, no stage' } : null;
}

async function algorithmOf(card: Uint8Array | undefined): Promise<string> {
  try {
    const m = (JSON.parse(new TextDecoder().decode(card)) as { config?: { train?: { model?: { type?: unknown; layers?: unknown } } } }).config?.train?.model;
    if (typeof m?.type !== 'string') return 'model';
    return Array.isArray(m.layers) ? `${m.type} [${m.layers.join(', ')}]` : m.type;
  } catch {
    return 'model';
  }
}

export interface RegistryStoreOptions {
  readonly policy: RegistryPolicy;
  /** The branch registrations are published to (the current branch). */
  readonly branch: string;
  readonly actor: string | null;
  /** Where champion artifacts are copied out of git. */
  readonly cacheDir: string;
}

/** A champion store over the git registry of the repository `ports.git` opened. */
export function registryChampionStore(ports: RegistryPorts, options: RegistryStoreOptions): ChampionStore {
  const register = async (model: string, evidence: RunEvidence, wantStage: boolean): Promise<string> => {
    const ev = await readEvidence({ artifact: evidence.artifact, metrics: evidence.metrics, gates: evidence.gates, ...(evidence.fairness ? { fairness: evidence.fairness } : {}) });
    const stage = options.policy.stages[0];
    const assign = wantStage && stage !== undefined && ev.gates.passed;
    const r = await registerVersion(ports, {
      evidence: ev, policy: options.policy, branch: options.branch, actor: options.actor, config: options.policy.config,
      ...(assign ? { stage } : {}),
      ...(evidence.commit ? { sourceCommit: evidence.commit } : {}),
    });
    const what = `${r.created ? 'registered' : 'already registered as'} ${model} ${r.version} in the git registry (${r.tags.join(', ')})`;
    return assign ? `${what}, at ${stage}` : `${what}${wantStage && stage !== undefined ? `; not assigned to ${stage} because its metric gates failed` : ''}`;
  };
  return {
    name: 'the git registry',
    async find(model) {
      const ms = (await readRegistryState(ports.git)).models.find((m) => m.model === model);
      const pick = ms ? championVersion(ms, options.policy.stages) : null;
      if (!pick) return null;
      const { version: v, where } = pick;
      const files = await readVersionFiles(ports.git, model, v.version, v.commit);
      const dir = join(options.cacheDir, model, v.version);
      const tmp = `${dir}.${process.pid}.tmp`;
      await rm(tmp, { recursive: true, force: true });
      await mkdir(tmp, { recursive: true });
      for (const f of files.manifest.files) {
        const path = committedArtifactPath(model, v.version, f.path);
        if (f.storage !== 'commit') {
          throw new InputError(`champion ${model} ${v.version} keeps ${f.path} in a GitHub release, which mergeml run does not download`, [{ file: path, message: 'storage: release', expected: 'pass --champion DIR with the downloaded model dir' }]);
        }
        const bytes = await ports.git.readFile(v.commit, path);
        if (bytes === undefined || sha256(bytes) !== f.sha256) {
          throw new InputError(`champion ${model} ${v.version} failed verification`, [{ file: path, message: bytes === undefined ? `missing at ${v.commit.slice(0, 12)}` : 'does not match its sha256 in the registry manifest', expected: f.sha256 }]);
        }
        await mkdir(join(tmp, f.path, '..'), { recursive: true });
        await writeFile(join(tmp, f.path), bytes);
      }
      // The train artifact's own manifest is not among its files: rebuild it so predict verifies the copy.
      const manifest = { schemaVersion: 1, kind: 'mergeml-model', model, files: files.manifest.files.map((f) => ({ path: f.path, bytes: f.bytes, sha256: f.sha256 })) };
      await writeFile(join(tmp, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
      await rm(dir, { recursive: true, force: true });
      await rename(tmp, dir);
      const algorithm = await algorithmOf(await ports.git.readFile(v.commit, committedArtifactPath(model, v.version, 'training-card.json')));
      const champion: Champion = { dir, label: `${algorithm} (${model} ${v.version}, ${where})`, source: 'registry' };
      return champion;
    },
    bootstrap: (model, evidence) => register(model, evidence, true),
    promote: (model, evidence) => register(model, evidence, true),
  };
}
