/**
 * The registry's state derived from tags alone (as GTO does): versions from `@v…` tags, stage
 * assignments from `#stage#n` tags resolved to the version registered at the same commit, ordered by
 * assignment number then tagger date. Tags that do not parse are reported, never fatal. Pure.
 */
import { parseTagName } from './tag-name.js';
import { parseTagMessage, type TagMetadata } from './tag-metadata.js';
import { compareSemver, parseSemver } from './semver.js';

/** A tag as read from git (`for-each-ref`). */
export interface RawTag {
  readonly name: string;
  /** The commit the tag points at (peeled). */
  readonly commit: string;
  /** False for a lightweight tag (GTO requires annotated tags). */
  readonly annotated: boolean;
  readonly tagger: { readonly name: string; readonly email: string; readonly date: string } | null;
  readonly message: string;
}

export interface RegistryVersion {
  readonly model: string;
  readonly version: string;
  readonly tag: string;
  readonly commit: string;
  readonly createdAt: string | null;
  readonly author: string | null;
  readonly deregistered: boolean;
  readonly meta: TagMetadata | null;
}

export interface StageAssignment {
  readonly model: string;
  readonly stage: string;
  /** The version registered at the tag's commit, or null when that commit registers none. */
  readonly version: string | null;
  readonly number: number | null;
  readonly tag: string;
  readonly commit: string;
  readonly createdAt: string | null;
  readonly author: string | null;
  readonly kind: 'assign' | 'rollback' | 'unassign';
  readonly meta: TagMetadata | null;
}

export interface ModelState {
  readonly model: string;
  /** Ascending by semver. */
  readonly versions: readonly RegistryVersion[];
  /** In order: assignment number, then tagger date. */
  readonly assignments: readonly StageAssignment[];
  /** Stage → current assignment (absent when unassigned or never assigned). */
  readonly stages: Readonly<Record<string, StageAssignment>>;
  readonly deprecated: boolean;
}

export interface TagProblem {
  readonly tag: string;
  readonly message: string;
}

export interface RegistryState {
  readonly models: readonly ModelState[];
  readonly problems: readonly TagProblem[];
}

interface Builder { versions: RegistryVersion[]; assignments: Omit<StageAssignment, 'version'>[]; deprecated: boolean }

const byDate = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? -1 : b === null ? 1 : Date.parse(a) - Date.parse(b));

/** Derives every model's versions, assignments and current stages from tags. */
export function deriveRegistryState(tags: readonly RawTag[]): RegistryState {
  const problems: TagProblem[] = [];
  const models = new Map<string, Builder>();
  const builder = (m: string): Builder => models.get(m) ?? (models.set(m, { versions: [], assignments: [], deprecated: false }).get(m) as Builder);
  for (const t of tags) {
    const parsed = parseTagName(t.name);
    if (parsed === undefined) continue;
    if ('error' in parsed) {
      problems.push({ tag: t.name, message: `not a registry tag: ${parsed.error}` });
      continue;
    }
    if (!t.annotated) problems.push({ tag: t.name, message: 'lightweight tag: registry tags are annotated (tagger and date are the audit record); counted anyway' });
    const { meta, error } = parseTagMessage(t.message);
    if (error !== undefined) problems.push({ tag: t.name, message: error });
    const common = { model: parsed.model, tag: t.name, commit: t.commit, createdAt: t.tagger?.date ?? null, author: t.tagger ? `${t.tagger.name} <${t.tagger.email}>` : null, meta };
    if (parsed.action === 'create') builder(parsed.model);
    else if (parsed.action === 'deprecate') builder(parsed.model).deprecated = true;
    else if (parsed.action === 'register') builder(parsed.model).versions.push({ ...common, version: parsed.version, deregistered: parsed.deregister });
    else if (parsed.action === 'assign') builder(parsed.model).assignments.push({ ...common, stage: parsed.stage, number: parsed.number, kind: parsed.unassign ? 'unassign' : meta?.event === 'rollback' ? 'rollback' : 'assign' });
  }
  const out: ModelState[] = [];
  for (const [model, b] of [...models.entries()].sort(([a], [c]) => (a < c ? -1 : a > c ? 1 : 0))) {
    const deregistered = new Set(b.versions.filter((v) => v.deregistered).map((v) => v.version));
    const versions = b.versions
      .filter((v) => !v.deregistered)
      .map((v) => ({ ...v, deregistered: deregistered.has(v.version) }))
      .sort((x, y) => compareSemver(parseSemver(x.version)!, parseSemver(y.version)!));
    const atCommit = new Map(versions.map((v) => [v.commit, v.version]));
    const assignments: StageAssignment[] = b.assignments
      .map((a) => ({ ...a, version: atCommit.get(a.commit) ?? null }))
      .sort((x, y) => (x.number ?? 0) - (y.number ?? 0) || byDate(x.createdAt, y.createdAt) || (x.tag < y.tag ? -1 : 1));
    const stages: Record<string, StageAssignment> = {};
    for (const a of assignments) {
      if (a.version === null && a.kind !== 'unassign') problems.push({ tag: a.tag, message: `assigns ${a.stage} at commit ${a.commit.slice(0, 12)}, where no version of ${model} is registered` });
      if (a.kind === 'unassign') delete stages[a.stage];
      else if (a.version !== null) stages[a.stage] = a;
    }
    out.push({ model, versions, assignments, stages, deprecated: b.deprecated });
  }
  return { models: out, problems };
}

/** The next GTO assignment number of a model: one more than the highest of all its stages (GTO's rule). */
export function nextAssignmentNumber(state: ModelState | undefined): number {
  return Math.max(0, ...(state?.assignments ?? []).map((a) => a.number ?? 0)) + 1;
}

/**
 * The version a rollback of `stage` goes back to: walking the stage's assignments newest first, the
 * first version other than the current one that was not itself rolled away from and is still eligible.
 */
export function previousGoodVersion(state: ModelState, stage: string, eligible: (version: string) => boolean): string | undefined {
  const history = state.assignments.filter((a) => a.stage === stage && a.kind !== 'unassign' && a.version !== null);
  const current = state.stages[stage]?.version;
  const bad = new Set(history.flatMap((a) => (a.kind === 'rollback' && a.meta?.rollbackOf ? [a.meta.rollbackOf] : [])));
  if (current) bad.add(current);
  for (let i = history.length - 1; i >= 0; i--) {
    const v = history[i]?.version;
    if (v && !bad.has(v) && eligible(v)) return v;
  }
  return undefined;
}

/**
 * Why `version` cannot be what `stage` is rolled back to, or undefined when it can: it must have been at that
 * stage before (a rollback returns to a known state, it does not promote), must not be there now, and must be
 * eligible (its recorded gates passed). Unlike the automatic choice, a version once rolled away from may be
 * named again: the maintainer who names it decides.
 */
export function explicitRollbackProblem(state: ModelState, stage: string, version: string, eligible: (version: string) => boolean): string | undefined {
  if (state.stages[stage]?.version === version) return `${version} is already the current version at ${stage}`;
  const wasThere = state.assignments.some((a) => a.stage === stage && a.kind !== 'unassign' && a.version === version);
  if (!wasThere) return state.versions.some((v) => v.version === version) ? `${version} was never at ${stage} (to move a stage to a new version, promote it)` : `${version} is not a registered version of ${state.model}`;
  if (!eligible(version)) return `the recorded gates of ${version} did not pass`;
  return undefined;
}
