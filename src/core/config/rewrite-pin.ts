import type { PathSegment, SourceMap } from './source-map.js';

/**
 * Replaces the sha256 pin at `path` of a YAML text with `to`, leaving every other character as it was (no
 * reformatting). Returns undefined when the value there is not `from` (plain or quoted), so a caller never
 * rewrites the wrong place.
 */
export function rewritePin(text: string, map: SourceMap, path: readonly PathSegment[], from: string, to: string): string | undefined {
  if (!map.has(path)) return undefined;
  const { line, column } = map.valueAt(path);
  let start = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return undefined;
    start = next + 1;
  }
  let offset = start + column - 1;
  if (text[offset] === '"' || text[offset] === "'") offset += 1;
  if (!text.startsWith(from, offset)) return undefined;
  return text.slice(0, offset) + to + text.slice(offset + from.length);
}
