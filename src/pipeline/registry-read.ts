/** Reads the registry from a clone: state from tags, version records from the tagged commits. No network. */
import { InputError, type Problem } from '../core/errors.js';
import { emptyAuditTrail, parseAuditTrail, type AuditTrail } from '../core/compliance/audit-trail.js';
import { deriveRegistryState, type ModelState, type RegistryState, type RegistryVersion } from '../core/registry/registry-state.js';
import { auditTrailPath, lineageSchema, registryManifestSchema, versionDir, type Lineage, type RegistryManifest } from '../core/registry/registry-records.js';
import type { GateReport } from '../core/gates/metric-gates.js';
import { suggest } from '../core/did-you-mean.js';
import type { RegistryGit } from './registry-ports.js';

export interface VersionFiles {
  readonly manifest: RegistryManifest;
  readonly lineage: Lineage;
  readonly gates: GateReport | null;
}

/** The registry state of this clone's tags. */
export async function readRegistryState(git: RegistryGit): Promise<RegistryState> {
  return deriveRegistryState(await git.listTags());
}

/** One model's state; a usage error with a suggestion when the model has no registry tags. */
export function requireModel(state: RegistryState, model: string): ModelState {
  const found = state.models.find((m) => m.model === model);
  if (found) return found;
  const hint = suggest(model, state.models.map((m) => m.model));
  throw new InputError(`model ${JSON.stringify(model)} is not in the registry`, [{ file: 'git tags', message: `no tag ${model}@v… or ${model}#…${hint ? ` (did you mean ${hint}?)` : ''}`, expected: state.models.length > 0 ? `one of ${state.models.map((m) => m.model).join(', ')}` : 'a registered model (mergeml registry register)' }]);
}

/** One version of a model; a clear error naming the versions that exist. */
export function requireVersion(state: ModelState, version: string): RegistryVersion {
  const v = state.versions.find((x) => x.version === version || x.version === `v${version}`);
  if (v) return v;
  throw new InputError(`${state.model} has no version ${version}`, [{ file: 'git tags', message: `no tag ${state.model}@${version}`, expected: state.versions.length > 0 ? `one of ${state.versions.map((x) => x.version).join(', ')}` : 'a registered version' }]);
}

async function readJson(git: RegistryGit, commit: string, path: string): Promise<unknown | undefined> {
  const bytes = await git.readFile(commit, path);
  if (bytes === undefined) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new InputError(`${path} at ${commit.slice(0, 12)} is not JSON`, [{ file: path, message: error instanceof Error ? error.message : String(error), expected: 'JSON written by mergeml registry' }], { cause: error });
  }
}

/** The manifest, lineage and gates of a version at `commit` (its tag's commit by default); typed errors when missing or malformed. */
export async function readVersionFiles(git: RegistryGit, model: string, version: string, commit: string): Promise<VersionFiles> {
  const dir = versionDir(model, version);
  const problems: Problem[] = [];
  const manifestJson = await readJson(git, commit, `${dir}/manifest.json`);
  const lineageJson = await readJson(git, commit, `${dir}/lineage.json`);
  const gates = (await readJson(git, commit, `${dir}/gates.json`)) as GateReport | undefined;
  const manifest = registryManifestSchema.safeParse(manifestJson);
  const lineage = lineageSchema.safeParse(lineageJson);
  if (manifestJson === undefined) problems.push({ file: `${dir}/manifest.json`, message: `missing at ${commit.slice(0, 12)}`, expected: 'the registry files of the version in the tagged commit' });
  else if (!manifest.success) problems.push(...manifest.error.issues.map((i) => ({ file: `${dir}/manifest.json`, path: i.path.join('.'), message: i.message })));
  if (lineageJson === undefined) problems.push({ file: `${dir}/lineage.json`, message: `missing at ${commit.slice(0, 12)}`, expected: 'the registry files of the version in the tagged commit' });
  else if (!lineage.success) problems.push(...lineage.error.issues.map((i) => ({ file: `${dir}/lineage.json`, path: i.path.join('.'), message: i.message })));
  if (problems.length > 0 || !manifest.success || !lineage.success) throw new InputError(`${model}@${version} has no readable registry record`, problems);
  return { manifest: manifest.data, lineage: lineage.data, gates: gates ?? null };
}

/** The model's audit trail at a commit (empty when the file does not exist yet). */
export async function readAuditTrail(git: RegistryGit, model: string, commit: string | undefined): Promise<AuditTrail> {
  if (commit === undefined) return emptyAuditTrail();
  const json = await readJson(git, commit, auditTrailPath(model));
  return json === undefined ? emptyAuditTrail() : parseAuditTrail(json, auditTrailPath(model));
}

/** True when the version's recorded gates passed (a version without gates.json counts as not passed). */
export function gatesPassed(files: VersionFiles): boolean {
  return files.gates !== null && files.gates.passed === true && files.lineage.gatesPassed;
}
