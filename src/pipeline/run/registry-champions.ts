/**
 * The champion from the git registry (the registry helper's `registry/<model>/<version>/` records and GTO
 * tags): the version at the last stage of the policy that has one (production before staging), else the
 * latest registered version. Its artifact is written into a cache dir by the registry's `pullVersion`
 * (every file sha256-verified first; release-stored versions need `--champion DIR`). `--bootstrap-champion` and `--promote` register the run's
 * model through the registry's own `registerVersion` (atomic commit + tags on the current branch).
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { committedArtifactPath } from '../../core/registry/registry-records.js';
import type { ModelState, RegistryVersion } from '../../core/registry/registry-state.js';
import { readEvidence } from '../registry-evidence.js';
import type { RegistryPolicy } from '../registry-policy.js';
import type { RegistryPorts } from '../registry-ports.js';
import { pullVersion } from '../registry-pull.js';
import { readRegistryState } from '../registry-read.js';
import { registerVersion } from '../registry-register.js';
import type { Champion, ChampionStore, RunEvidence } from './champion-store.js';
import { algorithmOfCard } from './model-algorithm.js';

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
      // The registry's own consumer: every file is sha256-verified before the folder is put in place.
      const dir = join(options.cacheDir, model, v.version);
      await rm(dir, { recursive: true, force: true });
      await pullVersion(ports.git, { model, version: v.version, outDir: dir });
      const algorithm = algorithmOfCard(await ports.git.readFile(v.commit, committedArtifactPath(model, v.version, 'training-card.json')));
      const champion: Champion = { dir, label: `${algorithm} (${model} ${v.version}, ${where})`, source: 'registry' };
      return champion;
    },
    bootstrap: (model, evidence) => register(model, evidence, true),
    promote: (model, evidence) => register(model, evidence, true),
  };
}
