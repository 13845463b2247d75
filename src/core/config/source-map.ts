/** A 1-based line and column in a text file. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** One path segment of a parsed document: a mapping key or a sequence index. */
export type PathSegment = string | number;

/** Converts character offsets into 1-based line:column, by binary search over line starts. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

interface Entry {
  readonly value: Position;
  readonly key?: Position;
}

/** Dotted form of a path for messages: `models.credit-risk.features[2]`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  return out;
}

function keyOf(path: readonly PropertyKey[]): string {
  return JSON.stringify(path.map((s) => (typeof s === 'number' ? s : String(s))));
}

/**
 * Where every node of a YAML document is: its value and, for mapping entries, its key. Lookups fall back to
 * the nearest ancestor, so a path that does not exist (a missing key) is located at its parent.
 */
export class SourceMap {
  private readonly entries = new Map<string, Entry>();

  set(path: readonly PathSegment[], value: Position, key?: Position): void {
    this.entries.set(keyOf(path), key === undefined ? { value } : { value, key });
  }

  has(path: readonly PropertyKey[]): boolean {
    return this.entries.has(keyOf(path));
  }

  /** The value node at `path`, or the key of the nearest existing ancestor entry. */
  valueAt(path: readonly PropertyKey[]): Position {
    const exact = this.entries.get(keyOf(path));
    if (exact) return exact.value;
    return this.keyAt(path.slice(0, -1));
  }

  /** The key of the entry at `path` (its value for sequence items and the root), falling back to ancestors. */
  keyAt(path: readonly PropertyKey[]): Position {
    for (let n = path.length; n >= 0; n--) {
      const entry = this.entries.get(keyOf(path.slice(0, n)));
      if (entry) return entry.key ?? entry.value;
    }
    return { line: 1, column: 1 };
  }
}
