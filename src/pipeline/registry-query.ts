/** The read-only registry use-cases: list, show, history, diff, kpis. Git objects only: any clone, no network. */
import type { RegistryState } from '../core/registry/registry-state.js';
import { computeKpis, type ModelKpis } from '../core/registry/kpis.js';
import { diffVersions, type VersionDiff } from '../core/registry/version-diff.js';
import { readRegistryState, readVersionFiles, requireModel, requireVersion, gatesPassed } from './registry-read.js';
import type { RegistryGit } from './registry-ports.js';

const problemsOf = (state: RegistryState) => state.problems.map((p) => ({ tag: p.tag, message: p.message }));

/** Every model with its versions and what is at each stage. */
export async function listRegistry(git: RegistryGit, model?: string) {
  const state = await readRegistryState(git);
  const models = model === undefined ? state.models : [requireModel(state, model)];
  return {
    schemaVersion: 1 as const,
    kind: 'mergeml.registry-list' as const,
    models: models.map((m) => ({
      model: m.model,
      latest: m.versions[m.versions.length - 1]?.version ?? null,
      versions: m.versions.map((v) => v.version),
      stages: Object.fromEntries(Object.entries(m.stages).sort(([a], [b]) => (a < b ? -1 : 1)).map(([s, a]) => [s, a.version])),
      deprecated: m.deprecated,
    })),
    problems: problemsOf(state),
  };
}

/** A model's versions and stages, or one version's full record. */
export async function showRegistry(git: RegistryGit, model: string, version?: string) {
  const state = await readRegistryState(git);
  const ms = requireModel(state, model);
  const stagesOf = (v: string) => Object.entries(ms.stages).filter(([, a]) => a.version === v).map(([s]) => s).sort();
  if (version === undefined) {
    return {
      schemaVersion: 1 as const, kind: 'mergeml.registry-show' as const, model,
      versions: ms.versions.map((v) => ({ version: v.version, tag: v.tag, commit: v.commit, createdAt: v.createdAt, author: v.author, bump: v.meta?.bump ?? null, pullRequest: v.meta?.pullRequest?.number ?? null, stages: stagesOf(v.version) })),
      stages: Object.fromEntries(Object.entries(ms.stages).map(([s, a]) => [s, { version: a.version, tag: a.tag, assignedAt: a.createdAt, approver: a.meta?.approver ?? null }])),
      problems: problemsOf(state).filter((p) => p.tag.startsWith(model)),
    };
  }
  const v = requireVersion(ms, version);
  const files = await readVersionFiles(git, model, v.version, v.commit);
  return {
    schemaVersion: 1 as const, kind: 'mergeml.registry-show-version' as const, model, version: v.version, tag: v.tag, commit: v.commit, createdAt: v.createdAt, author: v.author,
    stages: stagesOf(v.version), bump: v.meta?.bump ?? null, gatesPassed: gatesPassed(files), metrics: files.lineage.metrics,
    lineage: files.lineage, files: files.manifest.files.map((f) => ({ path: f.path, bytes: f.bytes, sha256: f.sha256, storage: f.storage })),
  };
}

/** How a model got where it is: every register, assignment and rollback in order. */
export async function registryHistory(git: RegistryGit, model?: string) {
  const state = await readRegistryState(git);
  const models = model === undefined ? state.models : [requireModel(state, model)];
  const events = models.flatMap((m) => [
    ...m.versions.map((v) => ({ at: v.createdAt, model: m.model, event: 'register' as string, version: v.version as string | null, stage: null as string | null, tag: v.tag, author: v.author, approver: null as string | null, pullRequest: v.meta?.pullRequest?.number ?? null })),
    ...m.assignments.map((a) => ({ at: a.createdAt, model: m.model, event: a.kind as string, version: a.version, stage: a.stage as string | null, tag: a.tag, author: a.author, approver: a.meta?.approver ?? null, pullRequest: a.meta?.pullRequest?.number ?? null })),
  ]);
  events.sort((a, b) => (Date.parse(a.at ?? '') || 0) - (Date.parse(b.at ?? '') || 0) || (a.event === 'register' ? -1 : 0) - (b.event === 'register' ? -1 : 0) || (a.tag < b.tag ? -1 : 1));
  return { schemaVersion: 1 as const, kind: 'mergeml.registry-history' as const, events, problems: problemsOf(state) };
}

/** What changed between two versions of a model. */
export async function diffRegistry(git: RegistryGit, model: string, from: string, to: string): Promise<VersionDiff> {
  const ms = requireModel(await readRegistryState(git), model);
  const a = requireVersion(ms, from);
  const b = requireVersion(ms, to);
  const fa = await readVersionFiles(git, model, a.version, a.commit);
  const fb = await readVersionFiles(git, model, b.version, b.commit);
  return diffVersions(model, { version: a.version, ...fa }, { version: b.version, ...fb });
}

/** KPIs per model for a stage, up to `asOf` (default: each model's latest registry event). */
export async function registryKpis(git: RegistryGit, options: { model?: string; stage: string; asOf?: string }): Promise<{ schemaVersion: 1; kind: 'mergeml.registry-kpis'; stage: string; asOf: string | null; models: ModelKpis[] }> {
  const state = await readRegistryState(git);
  const models = options.model === undefined ? state.models : [requireModel(state, options.model)];
  return { schemaVersion: 1, kind: 'mergeml.registry-kpis', stage: options.stage, asOf: options.asOf ?? null, models: models.map((m) => computeKpis(m, options.stage, options.asOf ?? null)) };
}
