/**
 * GTO-compatible tag names (iterative/gto `gto/constants.py` tag_re): `<model>@v<semver>` registers a
 * version (`…!` deregisters), `<model>#<stage>#<n>` assigns a stage (`<model>#<stage>!#<n>` unassigns,
 * `<model>#<stage>` is GTO's "simple" form), `<model>@deprecated` deprecates. Pure.
 */
import { parseSemver } from './semver.js';

/** GTO's name rule (`gto/constants.py`): a lowercase letter first, then letters, digits, `-` or `/`, at least 2 characters. */
const NAME = '[a-z][a-z0-9\\-/]*[a-z0-9]';
const GTO_NAME = new RegExp(`^${NAME}$`);
const SEMVER = '(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?';
/** GTO's `tag_re`: register/assign with an optional `!` (cancel), `@deprecated`/`@created`, an optional `#<counter>`. */
const TAG = new RegExp(`^(?<model>${NAME})(?:(?:#(?<stage>${NAME})|@(?<version>v${SEMVER}))(?<cancel>!?)|@(?<special>deprecated|created))(?:#(?<counter>[0-9]+))?$`);
/** What MergeML writes: GTO's rule without `/` (a model name is also a folder name). */
const WRITE_NAME = /^[a-z][a-z0-9-]*[a-z0-9]$/;

export type ParsedTagName =
  | { readonly action: 'register'; readonly model: string; readonly version: string; readonly deregister: boolean }
  | { readonly action: 'assign'; readonly model: string; readonly stage: string; readonly number: number | null; readonly unassign: boolean }
  | { readonly action: 'deprecate' | 'create'; readonly model: string };

/** A tag that looks like a registry tag (has `@` or `#`) but does not parse. */
export interface TagNameError {
  readonly error: string;
}

/** True when `name` can be written into a tag that GTO reads and used as a folder name. */
export function isWritableName(name: string): boolean {
  return WRITE_NAME.test(name);
}

function diagnose(tag: string): string {
  const model = tag.split(/[@#]/)[0] ?? '';
  if (!GTO_NAME.test(model)) return `model name ${JSON.stringify(model)} is not a GTO name (a lowercase letter first, then lowercase letters, digits, "-" or "/"; at least 2 characters)`;
  if (tag.includes('@')) return `version ${JSON.stringify(tag.slice(tag.lastIndexOf('@') + 1))} is not v<major>.<minor>.<patch>`;
  const parts = tag.split('#');
  if (parts.length > 3) return 'more than two "#" (expected <model>#<stage>#<n>)';
  if (parts[2] !== undefined && !/^[0-9]+$/.test(parts[2])) return `assignment number ${JSON.stringify(parts[2])} is not a whole number`;
  return `stage ${JSON.stringify((parts[1] ?? '').replace(/!$/, ''))} is not a GTO name`;
}

/** Parses a tag name as GTO does; undefined when it is not a registry tag at all (no `@` or `#`). */
export function parseTagName(tag: string): ParsedTagName | TagNameError | undefined {
  if (!tag.includes('@') && !tag.includes('#')) return undefined;
  const m = TAG.exec(tag);
  const g = m?.groups;
  if (!g || g['model'] === undefined) return { error: diagnose(tag) };
  const model = g['model'];
  const counter = g['counter'] === undefined ? null : Number(g['counter']);
  if (g['special'] === 'deprecated' || g['special'] === 'created') return { action: g['special'] === 'deprecated' ? 'deprecate' : 'create', model };
  if (g['stage'] !== undefined) return { action: 'assign', model, stage: g['stage'], number: counter, unassign: g['cancel'] === '!' };
  const version = g['version'] as string;
  if (parseSemver(version) === undefined) return { error: `version ${JSON.stringify(version)} has a pre-release or build part, which MergeML's registry does not order (expected v<major>.<minor>.<patch>)` };
  return { action: 'register', model, version, deregister: g['cancel'] === '!' };
}

/** `<model>@<version>` (version with its leading `v`). */
export function formatVersionTag(model: string, version: string): string {
  return `${model}@${version}`;
}

/** `<model>#<stage>#<n>`, the numbered assignment GTO writes by default. */
export function formatStageTag(model: string, stage: string, number: number): string {
  return `${model}#${stage}#${number}`;
}
