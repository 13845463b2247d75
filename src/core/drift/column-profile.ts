/**
 * What the drift tests need to know about one column of one dataset, collected in one streaming pass
 * in bounded memory (see BoundedSample for numbers; categories are counted exactly up to a cap).
 */
import { BoundedSample, DEFAULT_MAX_DISTINCT } from '../stats/bounded-sample.js';
import type { WeightedSample } from '../stats/weighted-sample.js';

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
  /** Categorical view over the raw cell text (nulls dropped); null when the cap was exceeded. */
  readonly categories: { readonly count: number; readonly missing: number; readonly counts: ReadonlyMap<string, number> } | null;
}

/** Accumulates one column of one dataset. */
export class ColumnProfiler {
  private rows = 0;
  private nulls = 0;
  private nonNumeric = 0;
  private numericMissing = 0;
  private readonly numbers: BoundedSample;
  private categories: Map<string, number> | null = new Map();

  constructor(
    readonly column: string,
    maxDistinct = DEFAULT_MAX_DISTINCT,
    seed = 0,
  ) {
    this.numbers = new BoundedSample(maxDistinct, seed);
  }

  /** Adds one batch's cells for this column (`numbers` is the batch's shared numeric view). */
  add(cells: ReadonlyArray<string | null>, numbers: Float64Array, length: number): void {
    this.rows += length;
    for (let i = 0; i < length; i++) {
      const cell = cells[i] ?? null;
      if (cell === null) {
        this.nulls++;
        continue;
      }
      const v = numbers[i]!;
      if (Number.isFinite(v)) this.numbers.add(v);
      else if (Number.isNaN(v) && !/^\s*(nan|NaN|NAN)\s*$/.test(cell)) this.nonNumeric++;
      else this.numericMissing++;
      if (this.categories) {
        this.categories.set(cell, (this.categories.get(cell) ?? 0) + 1);
        if (this.categories.size > MAX_CATEGORIES) this.categories = null;
      }
    }
  }

  finish(): ColumnProfile {
    const numeric = this.numbers.result();
    const type: ColumnType = this.nonNumeric === 0 ? 'num' : 'cat';
    const nonNull = this.rows - this.nulls;
    return {
      column: this.column,
      rows: this.rows,
      type,
      numeric: type === 'num' ? { count: numeric.count, missing: this.nulls + this.numericMissing, sample: numeric.sample, sampled: numeric.sampled, min: numeric.min, max: numeric.max } : null,
      categories: this.categories ? { count: nonNull, missing: this.nulls, counts: this.categories } : null,
    };
  }
}
