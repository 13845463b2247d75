import { CORE_SCHEMA, EVENT_ID, constructFromEvents, getScalarValue, parseEvents, type Event, type ScalarEvent } from 'js-yaml';
import type { Problem } from '../errors.js';
import { LineIndex, SourceMap, formatPath, type PathSegment, type Position } from './source-map.js';
import { findTabIndentation } from './source-text.js';

/**
 * Largest number of nodes that following aliases may add to a document. A real config has a few
 * hundred; a "billion laughs" document has 10^9 from a few hundred bytes and is stopped here, before any
 * consumer walks it.
 */
export const MAX_EXPANDED_NODES = 100_000;
const MAX_DEPTH = 64;

export interface YamlDocument {
  readonly value: unknown;
  readonly map: SourceMap;
}

export type ParsedYaml = { readonly ok: true; readonly doc: YamlDocument } | { readonly ok: false; readonly problems: readonly Problem[] };

interface YamlMark {
  line?: number;
  column?: number;
}

function yamlError(file: string, error: unknown): Problem {
  const e = error as { reason?: unknown; mark?: YamlMark; message?: unknown };
  const reason = typeof e.reason === 'string' ? e.reason : String(e.message ?? error);
  const mark = e.mark;
  const at = mark && typeof mark.line === 'number' ? { line: mark.line + 1, column: (mark.column ?? 0) + 1 } : {};
  return { file, ...at, message: `YAML syntax error: ${reason}`, expected: 'valid YAML 1.2' };
}

interface Frame {
  readonly kind: 'map' | 'seq';
  readonly path: PathSegment[];
  index: number;
  /** For mappings: the key just read, waiting for its value. */
  pendingKey?: { name: string; at: Position };
  readonly keys: Map<string, Position>;
  /** Node count of this subtree with aliases expanded. */
  size: number;
  readonly anchor?: string;
}

function nodeStart(ev: Event): number {
  if (ev.type === EVENT_ID.SCALAR) {
    // Quoted scalars start at their opening quote, one before the value.
    return ev.style === 2 || ev.style === 3 ? ev.valueStart - 1 : ev.valueStart;
  }
  if (ev.type === EVENT_ID.ALIAS) return ev.anchorStart - 1;
  if (ev.type === EVENT_ID.MAPPING || ev.type === EVENT_ID.SEQUENCE) return ev.start;
  return 0;
}

/**
 * Parses one YAML document (core schema: no custom tags, no merge keys) and records where every node is.
 * Rejects, with locations: syntax errors, tabs in indentation, duplicate keys (both places), non-string
 * keys, several documents, and alias expansion beyond MAX_EXPANDED_NODES.
 */
export function parseYamlDocument(file: string, text: string): ParsedYaml {
  const lines = new LineIndex(text);
  let events: Event[];
  try {
    events = parseEvents(text, { filename: file, maxDepth: MAX_DEPTH });
  } catch (error) {
    const tabs = findTabIndentation(file, text);
    return { ok: false, problems: tabs.length > 0 ? tabs : [yamlError(file, error)] };
  }
  const blocks = events
    .filter((e): e is ScalarEvent => e.type === EVENT_ID.SCALAR && (e.style === 4 || e.style === 5))
    .map((e) => [e.valueStart, e.valueEnd] as const);
  const tabs = findTabIndentation(file, text, blocks);
  if (tabs.length > 0) return { ok: false, problems: tabs };

  const problems: Problem[] = [];
  const map = new SourceMap();
  const anchors = new Map<string, number>();
  const stack: Frame[] = [];
  let documents = 0;
  let rootSize = 0;
  // Nodes added by following aliases (an anchor's size includes the aliases inside it, so this grows
  // exponentially for a "billion laughs" document). Plain documents are bounded by MAX_CONFIG_BYTES instead.
  let expandedByAliases = 0;
  let skipDepth = 0; // > 0 while inside a complex mapping key, which is reported once and skipped

  // Empty nodes have no source range (offset -1); they are placed at the start rather than column 0.
  const at = (offset: number) => lines.position(Math.max(0, offset));

  /** Adds a finished node of `size` expanded nodes to its parent and remembers its anchor. */
  const place = (size: number, anchor: string | undefined): void => {
    if (anchor !== undefined) anchors.set(anchor, size);
    const parent = stack[stack.length - 1];
    if (parent) parent.size += size;
    else rootSize += size;
  };

  /** Where a node that starts at `start` goes: returns its path, or undefined when it is a mapping key. */
  const enter = (ev: Event, start: number): PathSegment[] | undefined => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      map.set([], at(start));
      return [];
    }
    if (parent.kind === 'seq') {
      const path = [...parent.path, parent.index++];
      map.set(path, start >= 0 ? at(start) : map.valueAt(parent.path));
      return path;
    }
    if (parent.pendingKey === undefined) {
      // This node is a key.
      if (ev.type !== EVENT_ID.SCALAR) {
        const where = at(start);
        const what = ev.type === EVENT_ID.ALIAS ? 'an alias' : 'a collection';
        problems.push({ file, ...where, path: formatPath(parent.path), message: `a mapping key must be a plain string, found ${what}` });
        parent.pendingKey = { name: `\u0000complex${start}`, at: where };
        return undefined;
      }
      const name = getScalarValue(text, ev);
      const where = at(start);
      const first = parent.keys.get(name);
      if (first !== undefined) {
        const isModel = parent.path.length === 1 && parent.path[0] === 'models';
        problems.push({
          file,
          ...where,
          path: formatPath([...parent.path, name]),
          message: `${isModel ? `model '${name}' is declared twice` : `duplicate key '${name}'`}; first defined at line ${first.line}, column ${first.column}`,
          expected: 'each key once per mapping',
        });
      } else parent.keys.set(name, where);
      if (name === '<<') problems.push({ file, ...where, path: formatPath(parent.path), message: "merge keys ('<<') are not supported in MergeML files", expected: 'the keys written out' });
      parent.pendingKey = { name, at: where };
      return undefined;
    }
    const key = parent.pendingKey;
    parent.pendingKey = undefined;
    const path = [...parent.path, key.name];
    // An empty value (`models:` with nothing after it) has no source range: locate it at its key.
    map.set(path, start >= 0 ? at(start) : key.at, key.at);
    return path;
  };

  for (const ev of events) {
    if (problems.length > 50) break;
    if (ev.type === EVENT_ID.DOCUMENT) {
      documents += 1;
      if (documents > 1) {
        const markers = [...text.matchAll(/^---(?=\s|$)/gm)].map((m) => m.index);
        const first = events[0]?.type === EVENT_ID.DOCUMENT && events[0].explicitStart;
        const marker = markers[first ? 1 : 0];
        problems.push({ file, ...(marker !== undefined ? at(marker) : {}), message: 'the file holds more than one YAML document', expected: 'a single document (remove the `---` separator)' });
        break;
      }
      continue;
    }
    if (skipDepth > 0) {
      if (ev.type === EVENT_ID.MAPPING || ev.type === EVENT_ID.SEQUENCE) skipDepth += 1;
      else if (ev.type === EVENT_ID.POP) skipDepth -= 1;
      continue;
    }
    if (ev.type === EVENT_ID.POP) {
      const frame = stack.pop();
      if (frame) place(frame.size, frame.anchor);
      continue;
    }
    const start = nodeStart(ev);
    const anchor = 'anchorStart' in ev && ev.anchorStart >= 0 && ev.type !== EVENT_ID.ALIAS ? text.slice(ev.anchorStart, ev.anchorEnd) : undefined;
    const parent = stack[stack.length - 1];
    const isKey = parent?.kind === 'map' && parent.pendingKey === undefined;
    const path = enter(ev, start);
    if (isKey) {
      if (ev.type === EVENT_ID.MAPPING || ev.type === EVENT_ID.SEQUENCE) skipDepth = 1;
      if (parent) parent.size += 1;
      continue;
    }
    if (ev.type === EVENT_ID.SCALAR) place(1, anchor);
    else if (ev.type === EVENT_ID.ALIAS) {
      const name = text.slice(ev.anchorStart, ev.anchorEnd);
      const size = anchors.get(name);
      if (size === undefined) {
        problems.push({ file, ...at(start), message: `alias '*${name}' refers to an unknown anchor`, expected: `an anchor '&${name}' defined before it` });
        place(1, undefined);
      } else {
        place(size, undefined);
        expandedByAliases += size;
      }
    } else {
      stack.push({ kind: ev.type === EVENT_ID.MAPPING ? 'map' : 'seq', path: path ?? [], index: 0, keys: new Map(), size: 1, ...(anchor !== undefined ? { anchor } : {}) });
    }
    if (expandedByAliases > MAX_EXPANDED_NODES) {
      problems.push({
        file,
        ...at(start),
        message: `aliases expand this document by more than ${MAX_EXPANDED_NODES} nodes (an alias bomb, "billion laughs")`,
        expected: 'anchors and aliases used sparingly, or the values written out',
      });
      break;
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  let value: unknown;
  try {
    [value] = constructFromEvents(events, { source: text, filename: file, schema: CORE_SCHEMA });
  } catch (error) {
    return { ok: false, problems: [yamlError(file, error)] };
  }
  if (value === undefined || value === null) {
    return { ok: false, problems: [{ file, line: 1, column: 1, message: 'file has no YAML content (only comments or an empty document)', expected: 'a YAML mapping starting with `version: 1`' }] };
  }
  return { ok: true, doc: { value, map } };
}
