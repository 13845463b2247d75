import { parseNumber } from '../data/record-batch.js';

/** How one protected attribute is turned into groups: raw values, or numeric buckets at cut points. */
export interface AttributeSpec {
  readonly column: string;
  /** Strictly increasing cut points; buckets are left-closed, right-open: [c_i, c_{i+1}). */
  readonly buckets?: readonly number[];
}

/** The group of rows whose attribute value is null (a configured null token such as `NA` or empty). */
export const MISSING_GROUP = '(missing)';

/** The codes of one attribute: a group label per distinct value, and each row's code. */
export interface AttributeCodes {
  readonly column: string;
  /** Group labels in report order: buckets ascending, or values sorted, then `(missing)`. */
  readonly labels: readonly string[];
  readonly codes: Int32Array;
  /** Rows (0-based) whose value is not a number in a bucketed attribute. */
  readonly nonNumericRows: readonly number[];
}

function formatCut(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(12)));
}

/** The bucket labels for cut points: `(-inf, c0)`, `[c0, c1)`, …, `[ck, inf)`. */
export function bucketLabels(cuts: readonly number[]): string[] {
  if (cuts.length === 0) return ['(-inf, inf)'];
  const out = [`(-inf, ${formatCut(cuts[0] as number)})`];
  for (let i = 0; i + 1 < cuts.length; i++) out.push(`[${formatCut(cuts[i] as number)}, ${formatCut(cuts[i + 1] as number)})`);
  out.push(`[${formatCut(cuts[cuts.length - 1] as number)}, inf)`);
  return out;
}

/** Index of the bucket of x: the number of cut points <= x (so a value equal to a cut opens the next bucket). */
export function bucketIndex(x: number, cuts: readonly number[]): number {
  let lo = 0, hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cuts[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Assigns each row of one attribute column to a group (raw value, bucket, or `(missing)`). */
export function encodeAttribute(spec: AttributeSpec, cells: ReadonlyArray<string | null>): AttributeCodes {
  const n = cells.length;
  const codes = new Int32Array(n);
  const nonNumericRows: number[] = [];
  if (spec.buckets !== undefined) {
    const labels = [...bucketLabels(spec.buckets), MISSING_GROUP];
    const missing = labels.length - 1;
    for (let i = 0; i < n; i++) {
      const cell = cells[i] ?? null;
      const x = parseNumber(cell);
      if (cell === null) codes[i] = missing;
      else if (Number.isNaN(x)) {
        codes[i] = missing;
        nonNumericRows.push(i);
      } else codes[i] = bucketIndex(x, spec.buckets);
    }
    return { column: spec.column, labels, codes, nonNumericRows };
  }
  const distinct = new Set<string>();
  for (let i = 0; i < n; i++) {
    const cell = cells[i] ?? null;
    if (cell !== null) distinct.add(cell);
  }
  // A data value that happens to read `(missing)` must not merge with the null group.
  const sorted = [...distinct].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const labels = [...sorted, distinct.has(MISSING_GROUP) ? `${MISSING_GROUP} (null)` : MISSING_GROUP];
  const index = new Map(sorted.map((v, i) => [v, i]));
  const missing = labels.length - 1;
  for (let i = 0; i < n; i++) {
    const cell = cells[i] ?? null;
    codes[i] = cell === null ? missing : (index.get(cell) as number);
  }
  return { column: spec.column, labels, codes, nonNumericRows };
}
