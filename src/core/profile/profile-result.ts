/** The profile JSON (docs/profile.md). Keys are built in this order; bump PROFILE_SCHEMA_VERSION on any breaking change. */
export const PROFILE_SCHEMA_VERSION = 1;

/** integer/float: every non-null cell is a number; boolean: true/false text; mixed: numbers and text; empty: all null. */
export type InferredType = 'integer' | 'float' | 'boolean' | 'string' | 'mixed' | 'empty';

export const PROFILE_QUANTILES = [
  ['p1', 0.01],
  ['p5', 0.05],
  ['p25', 0.25],
  ['p50', 0.5],
  ['p75', 0.75],
  ['p95', 0.95],
  ['p99', 0.99],
] as const;

export type QuantileName = (typeof PROFILE_QUANTILES)[number][0];

export interface NumericProfile {
  /** Finite numeric cells: the population of every statistic below. */
  readonly count: number;
  /** Numeric cells that are ±inf or nan, including overflows such as 1e400. */
  readonly nonFinite: number;
  readonly min: number | null;
  readonly max: number | null;
  readonly mean: number | null;
  /** Sample standard deviation (ddof = 1, as pandas), null for fewer than two values. */
  readonly std: number | null;
  /** True: linear interpolation between order statistics (pandas' default); false: KLL sketch, rank error ≤ 1%. */
  readonly quantilesExact: boolean;
  readonly quantiles: Readonly<Record<QuantileName, number | null>>;
  readonly histogram: { readonly exact: boolean; readonly edges: readonly number[]; readonly counts: readonly number[] };
}

export interface CategoryCount {
  readonly value: string;
  readonly count: number;
}

export interface TextProfile {
  readonly count: number;
  /** True: exact counts; false: Misra–Gries lower bounds, each at most `maxUndercount` below the truth. */
  readonly topExact: boolean;
  readonly maxUndercount: number;
  readonly top: readonly CategoryCount[];
}

export interface ColumnProfile {
  readonly name: string;
  readonly type: InferredType;
  /** Non-null cells. */
  readonly count: number;
  readonly nulls: number;
  readonly nullFraction: number;
  readonly distinct: number;
  /** True up to 10,000 distinct values; above, a HyperLogLog estimate (within 2%). */
  readonly distinctExact: boolean;
  readonly numberCount: number;
  readonly textCount: number;
  readonly numeric: NumericProfile | null;
  readonly text: TextProfile | null;
}

export interface DataProfile {
  readonly schemaVersion: typeof PROFILE_SCHEMA_VERSION;
  readonly file: string;
  readonly rows: number;
  readonly columns: readonly ColumnProfile[];
}
