/**
 * What the drift tests need to know about one column of one dataset, collected in one streaming pass
 * in bounded memory (see BoundedSample for numbers; categories are counted exactly up to a cap).
 */
import { BoundedSample, DEFAULT_MAX_DISTINCT } from '../stats/bounded-sample.js';
import type { WeightedSample } from '../stats/weighted-sample.js';
import { CELL_NULL, CELL_NUMBER, cellKinds, type RecordBatch } from '../data/record-batch.js';

/** Evidently's column types: numerical or categorical. */
export type ColumnType = 'num' | 'cat';

/** Most distinct category texts counted per column; a column with more is not tested as categorical. */
export const MAX_CATEGORIES = 10_000;

export interface ColumnProfile {
  readonly column: string;
  readonly rows: number;
  /** num when every non-null cell parses as a number (nan/inf tokens included). */
  readonly type: ColumnType;
  /** Numeric view: ±inf and NaN are missing (Evidently turns ±inf into NaN and drops NaN). */
  readonly numeric: { readonly count: number; readonly missing: number; readonly sample: WeightedSample; readonly sampled: boolean; readonly min: number; readonly max: number } | null;
  /**
   * Categorical view (nulls and NaN tokens dropped). Cells that parse as numbers are keyed by the
   * number's canonical text, so `1` and `1.0` are one category. null when the cap was exceeded.
   */
  readonly categories: { readonly count: number; readonly missing: number; readonly counts: ReadonlyMap<string, number> } | null;
}


/** Accumulates one column of one dataset. */
export class ColumnProfiler {
  private rows = 0;
  private nulls = 0;
  private nanTokens = 0;
  private infinities = 0;
  private nonNumericSeen = false;
  private readonly numbers: BoundedSample;
  /** Created at the first non-numeric cell: a numeric column never pays for category counting. */
  private categories: Map<string, number> | null = null;

  constructor(
    readonly column: string,
    maxDistinct = DEFAULT_MAX_DISTINCT,
    seed = 0,
  ) {
    this.numbers = new BoundedSample(maxDistinct, seed);
  }

  private count(key: string): void {
    const map = this.categories;
    if (!map) return;
    map.set(key, (map.get(key) ?? 0) + 1);
    if (map.size > MAX_CATEGORIES) this.categories = null;
  }

  /** The numbers seen so far as categories (null when the numeric sample was capped or has too many values). */
  private categoriesFromNumbers(): Map<string, number> | null {
    const r = this.numbers.result();
    if (r.sampled || r.sample.values.length > MAX_CATEGORIES) return null;
    const map = new Map<string, number>();
    for (let i = 0; i < r.sample.values.length; i++) map.set(String(r.sample.values[i]), r.sample.counts[i]!);
    return map;
  }

  /** Adds one batch's values of this column (kinds and numbers are shared by every consumer of the batch). */
  add(batch: RecordBatch, column: number): void {
    const kinds = cellKinds(batch, column);
    const numbers = batch.numbers(column);
    const length = batch.length;
    let cells: ReadonlyArray<string | null> | null = null;
    this.rows += length;
    for (let i = 0; i < length; i++) {
      const kind = kinds[i];
      if (kind === CELL_NULL) {
        this.nulls++;
        continue;
      }
      const v = numbers[i]!;
      if (kind === CELL_NUMBER) {
        if (Number.isFinite(v)) {
          if (this.nonNumericSeen) this.count(String(v));
          else this.numbers.add(v);
        } else if (Number.isNaN(v)) this.nanTokens++;
        else {
          this.infinities++;
          this.count(String(v));
        }
        continue;
      }
      if (!this.nonNumericSeen) {
        // The column is categorical after all: carry the numbers seen so far over as categories.
        this.nonNumericSeen = true;
        this.categories = this.categoriesFromNumbers();
      }
      cells ??= batch.cells[column] ?? [];
      this.count(cells[i] ?? '');
    }
  }

  finish(): ColumnProfile {
    if (!this.nonNumericSeen) {
      const r = this.numbers.result();
      const categories = this.categoriesFromNumbers();
      return {
        column: this.column,
        rows: this.rows,
        type: 'num',
        numeric: { count: r.count, missing: this.nulls + this.nanTokens + this.infinities, sample: r.sample, sampled: r.sampled, min: r.min, max: r.max },
        categories: categories ? { count: r.count, missing: this.nulls + this.nanTokens + this.infinities, counts: categories } : null,
      };
    }
    return {
      column: this.column,
      rows: this.rows,
      type: 'cat',
      numeric: null,
      categories: this.categories ? { count: this.rows - this.nulls - this.nanTokens, missing: this.nulls + this.nanTokens, counts: this.categories } : null,
    };
  }
}
