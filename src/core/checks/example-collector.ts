import { MAX_EXAMPLES, type CheckExample } from './check-result.js';

/** Longest value text kept in an example; a 100 MB cell must not end up in a PR comment. */
const MAX_VALUE_CHARS = 200;

function clip(value: string | null | undefined): string | null | undefined {
  if (value === null || value === undefined) return value;
  return value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS)}…` : value;
}

/**
 * Keeps the (at most 20) offending records with the smallest line numbers. Records usually arrive in file
 * order, but uniqueness checks learn late that a first copy was offending, so inserts keep the list sorted.
 */
export class ExampleCollector {
  private readonly items: CheckExample[] = [];
  constructor(private readonly limit = MAX_EXAMPLES) {}

  /** True when an example at `line` would be kept (lets callers skip building it). */
  wants(line: number): boolean {
    return this.items.length < this.limit || line < this.items[this.items.length - 1]!.line;
  }

  add(file: string, line: number, column?: string, value?: string | null): void {
    if (!this.wants(line)) return;
    const example: CheckExample = { file, line, ...(column !== undefined ? { column } : {}), ...(value !== undefined ? { value: clip(value) ?? null } : {}) };
    let i = this.items.length;
    while (i > 0 && this.items[i - 1]!.line > line) i--;
    if (i > 0 && this.items[i - 1]!.line === line && this.items[i - 1]!.column === column) return;
    this.items.splice(i, 0, example);
    if (this.items.length > this.limit) this.items.pop();
  }

  list(): readonly CheckExample[] {
    return [...this.items];
  }

  /** The kept examples (structured-cloneable), for a parallel pass. */
  state(): CheckExample[] {
    return [...this.items];
  }

  /**
   * Folds in the examples of another part of the file (its lines counted from 1 at its start, hence
   * `lineOffset`). Each part kept its smallest lines, so the smallest of the union are exact.
   */
  merge(items: readonly CheckExample[], lineOffset: number): void {
    for (const e of items) {
      const line = e.line + lineOffset;
      if (!this.wants(line)) break;
      // Already clipped in its part: insert as is (clipping twice would shorten it further).
      let i = this.items.length;
      while (i > 0 && this.items[i - 1]!.line > line) i--;
      if (i > 0 && this.items[i - 1]!.line === line && this.items[i - 1]!.column === e.column) continue;
      this.items.splice(i, 0, { ...e, line });
      if (this.items.length > this.limit) this.items.pop();
    }
  }
}
