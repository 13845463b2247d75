import type { z } from 'zod';
import type { Problem } from '../errors.js';
import { deepFreeze } from './deep-freeze.js';
import type { SourceMap } from './source-map.js';
import { decodeConfigBytes } from './source-text.js';
import { parseYamlDocument } from './yaml-document.js';
import { zodIssuesToProblems } from './zod-problems.js';

/** A validated config file: the frozen typed value and where each of its nodes is. */
export interface ParsedConfig<T> {
  readonly file: string;
  readonly value: T;
  readonly map: SourceMap;
}

export type ParseResult<T> = { readonly ok: true; readonly config: ParsedConfig<T> } | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Bytes → text → YAML → schema, stopping at the first stage that fails and reporting every problem of that
 * stage with file:line:col. `file` is the name used in messages (as the user wrote it).
 */
export function parseConfigFile<S extends z.ZodType>(file: string, bytes: Uint8Array, schema: S): ParseResult<z.infer<S>> {
  const decoded = decodeConfigBytes(file, bytes);
  if (!decoded.ok) return decoded;
  const parsed = parseYamlDocument(file, decoded.text);
  if (!parsed.ok) return parsed;
  const { value, map } = parsed.doc;
  const result = schema.safeParse(value);
  if (!result.success) return { ok: false, problems: sortProblems(zodIssuesToProblems(file, result.error.issues, map, value, schema)) };
  return { ok: true, config: { file, value: deepFreeze(result.data), map } };
}

/** Orders problems by position so the report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
