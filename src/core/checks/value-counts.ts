import { MergeNotExactError } from './merge-not-exact.js';

/** Distinct values tracked per part: far more than reported, so merges are exact unless a column is wild. */
const MAX_TRACKED = 4096;
/** Bound on the tracked values' total length (a 100 MB cell must not be kept 4096 times). */
const MAX_TRACKED_CHARS = 4 * 1024 * 1024;

/** The structured-cloneable state of ValueCounts. */
export interface ValueCountsState {
  readonly entries: readonly (readonly [string, number])[];
  readonly overflow: boolean;
}

/**
 * Counts of the first distinct values seen, in order of first occurrence (for "top offending values" in
 * messages). Once a value is tracked every later copy is counted, so the first `n` values' counts are exact;
 * values first seen after the table filled are not tracked (`overflow`).
 */
export class ValueCounts {
  private readonly counts = new Map<string, number>();
  private chars = 0;
  private overflow = false;

  add(value: string, n = 1): void {
    const had = this.counts.get(value);
    if (had !== undefined) this.counts.set(value, had + n);
    else if (this.counts.size < MAX_TRACKED && this.chars + value.length <= MAX_TRACKED_CHARS) {
      this.counts.set(value, n);
      this.chars += value.length;
    } else this.overflow = true;
  }

  /** The first `n` distinct values with their counts, in order of first occurrence. */
  first(n: number): [string, number][] {
    const out: [string, number][] = [];
    for (const e of this.counts) {
      if (out.length >= n) break;
      out.push(e);
    }
    return out;
  }

  state(): ValueCountsState {
    return { entries: [...this.counts], overflow: this.overflow };
  }

  /**
   * Folds in the next part's counts (file order). Exact for the first `reported` values unless the part
   * stopped tracking before it met one of them: then MergeNotExactError (the caller redoes the pass).
   */
  merge(s: ValueCountsState, reported: number, what: string): void {
    if (s.overflow) {
      const theirs = new Map(s.entries);
      for (const [v] of this.first(reported)) if (!theirs.has(v)) throw new MergeNotExactError(what);
    }
    for (const [v, n] of s.entries) this.add(v, n);
    this.overflow ||= s.overflow;
  }
}
