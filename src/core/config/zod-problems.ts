import type { z } from 'zod';
import { suggest } from '../did-you-mean.js';
import type { Problem } from '../errors.js';
import { allowedKeysAt } from './schema-keys.js';
import { formatPath, type SourceMap } from './source-map.js';

type Issue = z.core.$ZodIssue;

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}

const TYPE_NAMES: Record<string, string> = { object: 'a mapping', array: 'a list', string: 'a string', number: 'a number', boolean: 'true or false', int: 'an integer', record: 'a mapping' };

function quoteList(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

/** A likely intended name: a near miss, or a longer name the input abbreviates (`sha` → `sha256`). */
function hintFor(input: string, candidates: readonly string[]): string | undefined {
  return suggest(input, candidates) ?? (input.length >= 3 ? candidates.find((c) => c.startsWith(input)) : undefined);
}

/** Picks the union branch that got furthest (its value had the right shape) to report its issues. */
function bestBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] | undefined {
  const fitting = branches.filter((issues) => !issues.some((i) => i.path.length === 0 && i.code === 'invalid_type'));
  return fitting.length === 1 ? fitting[0] : undefined;
}

/**
 * Turns zod issues into located problems: wrong types and values at the node, missing keys at the parent key,
 * unknown keys at the key itself with a "did you mean". `data` is the parsed document, `schema` its root schema.
 */
export function zodIssuesToProblems(file: string, issues: readonly Issue[], map: SourceMap, data: unknown, schema: z.ZodType, prefix: readonly PropertyKey[] = []): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    const segs = path.map((s) => (typeof s === 'symbol' ? String(s) : s));
    const value = valueAt(data, path);
    const where = (p: readonly PropertyKey[]) => ({ file, ...map.valueAt(p), path: formatPath(p.map((s) => (typeof s === 'symbol' ? String(s) : s))) });
    switch (issue.code) {
      case 'unrecognized_keys': {
        const allowed = allowedKeysAt(schema, path, data);
        for (const key of issue.keys) {
          const hint = hintFor(key, allowed);
          out.push({
            file,
            ...map.keyAt([...path, key]),
            path: formatPath([...segs, key]),
            message: `unknown key '${key}'${hint ? ` (did you mean '${hint}'?)` : ''}`,
            expected: allowed.length > 0 ? `one of: ${allowed.join(', ')}` : 'no extra keys',
          });
        }
        break;
      }
      case 'invalid_type': {
        const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
        if (value === undefined && !map.has(path)) {
          out.push({ file, ...map.keyAt(path.slice(0, -1)), path: formatPath(segs), message: `missing required key '${String(path[path.length - 1] ?? '')}'`, expected });
        } else out.push({ ...where(path), message: `wrong type: found ${describe(value)}`, expected });
        break;
      }
      case 'invalid_value': {
        if (value === undefined && !map.has(path)) {
          out.push({ file, ...map.keyAt(path.slice(0, -1)), path: formatPath(segs), message: `missing required key '${String(path[path.length - 1] ?? '')}'`, expected: issue.values.length === 1 ? quoteList(issue.values) : `one of: ${quoteList(issue.values)}` });
          break;
        }
        const strings = issue.values.filter((v): v is string => typeof v === 'string');
        const hint = typeof value === 'string' ? suggest(value, strings) : undefined;
        out.push({ ...where(path), message: `invalid value ${JSON.stringify(value)}${hint ? ` (did you mean '${hint}'?)` : ''}`, expected: issue.values.length === 1 ? quoteList(issue.values) : `one of: ${quoteList(issue.values)}` });
        break;
      }
      case 'invalid_union': {
        const disc = (issue as Issue & { discriminator?: string; options?: unknown[] }).discriminator;
        const options = ((issue as Issue & { options?: unknown[] }).options ?? []).filter((v): v is string => typeof v === 'string');
        if (disc !== undefined) {
          const tagPath = path[path.length - 1] === disc ? path : [...path, disc];
          const tag = valueAt(data, tagPath);
          if (tag === undefined) {
            out.push({ file, ...map.valueAt(tagPath.slice(0, -1)), path: formatPath(tagPath.map((x) => (typeof x === 'number' ? x : String(x)))), message: `missing required key '${disc}'`, expected: `one of: ${options.join(', ')}` });
          } else {
            const hint = typeof tag === 'string' ? suggest(tag, options) : undefined;
            out.push({ ...where(tagPath), message: `unknown ${disc} ${JSON.stringify(tag)}${hint ? ` (did you mean '${hint}'?)` : ''}`, expected: `one of: ${options.join(', ')}` });
          }
          break;
        }
        const best = bestBranch(issue.errors);
        if (best) out.push(...zodIssuesToProblems(file, best, map, data, schema, path));
        else out.push({ ...where(path), message: `wrong form: found ${describe(value)}`, expected: issue.message === 'Invalid input' ? 'one of the documented forms' : issue.message });
        break;
      }
      case 'invalid_key': {
        const detail = issue.issues.map((i) => i.message).join('; ');
        out.push({ file, ...map.keyAt(path), path: formatPath(segs), message: `invalid name '${String(path[path.length - 1] ?? '')}': ${detail}` });
        break;
      }
      case 'too_small':
      case 'too_big':
      case 'invalid_format':
      case 'not_multiple_of':
      case 'custom':
      default:
        out.push({ ...where(path), message: issue.message });
    }
  }
  return out;
}
