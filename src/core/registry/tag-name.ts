/**
 * GTO-compatible tag names (iterative/gto `gto/tag.py`): `<model>@v<semver>` registers a version
 * (`…!` deregisters), `<model>#<stage>#<n>` assigns a stage (`<model>#<stage>!#<n>` unassigns,
 * `<model>#<stage>` is GTO's "simple" form), `<model>@deprecated` deprecates. Pure.
 */
import { parseSemver } from './semver.js';

/** GTO's artifact/stage name rule; MergeML writes only names without `/`. */
const GTO_NAME = /^[a-z0-9]([a-z0-9\-/]*[a-z0-9])?$/;
const WRITE_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

export type ParsedTagName =
  | { readonly action: 'register'; readonly model: string; readonly version: string; readonly deregister: boolean }
  | { readonly action: 'assign'; readonly model: string; readonly stage: string; readonly number: number | null; readonly unassign: boolean }
  | { readonly action: 'deprecate'; readonly model: string };

/** A tag that looks like a registry tag (has `@` or `#`) but does not parse. */
export interface TagNameError {
  readonly error: string;
}

/** True when `name` can be written into a tag that GTO reads (lowercase letters, digits, inner `-`). */
export function isWritableName(name: string): boolean {
  return WRITE_NAME.test(name);
}

/** Parses a tag name; undefined when it is not a registry tag at all (no `@` or `#`). */
export function parseTagName(tag: string): ParsedTagName | TagNameError | undefined {
  if (tag.includes('@')) {
    const at = tag.lastIndexOf('@');
    const model = tag.slice(0, at);
    let rest = tag.slice(at + 1);
    if (!GTO_NAME.test(model)) return { error: `model name ${JSON.stringify(model)} is not a GTO name (lowercase letters, digits, "-" or "/", starting and ending with a letter or digit)` };
    if (rest === 'deprecated') return { action: 'deprecate', model };
    const deregister = rest.endsWith('!');
    if (deregister) rest = rest.slice(0, -1);
    if (parseSemver(rest) === undefined) return { error: `version ${JSON.stringify(rest)} is not v<major>.<minor>.<patch>` };
    return { action: 'register', model, version: rest, deregister };
  }
  if (tag.includes('#')) {
    const parts = tag.split('#');
    const [model = '', rawStage = '', numberText] = parts;
    if (parts.length > 3) return { error: 'more than two "#" (expected <model>#<stage>#<n>)' };
    if (!GTO_NAME.test(model)) return { error: `model name ${JSON.stringify(model)} is not a GTO name` };
    const unassign = rawStage.endsWith('!');
    const stage = unassign ? rawStage.slice(0, -1) : rawStage;
    if (!GTO_NAME.test(stage)) return { error: `stage ${JSON.stringify(stage)} is not a GTO name` };
    if (numberText !== undefined && !/^[0-9]+$/.test(numberText)) return { error: `assignment number ${JSON.stringify(numberText)} is not a whole number` };
    return { action: 'assign', model, stage, number: numberText === undefined ? null : Number(numberText), unassign };
  }
  return undefined;
}

/** `<model>@<version>` (version with its leading `v`). */
export function formatVersionTag(model: string, version: string): string {
  return `${model}@${version}`;
}

/** `<model>#<stage>#<n>`, the numbered assignment GTO writes by default. */
export function formatStageTag(model: string, stage: string, number: number): string {
  return `${model}#${stage}#${number}`;
}
