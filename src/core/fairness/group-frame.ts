import { cellOf, countsFromVector, type ConfusionCounts } from './confusion-counts.js';
import type { AttributeCodes } from './attribute-grouping.js';

/** One observed group (a value of one attribute, or an intersection of several). */
export interface Group {
  /** One label per attribute, in the frame's attribute order. */
  readonly key: readonly string[];
  /** Display name: the label, or labels joined with ` × ` for intersections. */
  readonly name: string;
  readonly counts: ConfusionCounts;
}

/** Fairlearn MetricFrame's view of the data: confusion counts per group and overall. */
export interface GroupFrame {
  readonly attributes: readonly string[];
  /** Observed groups only: unobserved intersections are skipped, as Fairlearn's min/max skip NaN cells. */
  readonly groups: readonly Group[];
  readonly overall: ConfusionCounts;
}

/** A frame plus each row's group and confusion cell, which is all a bootstrap resample needs. */
export interface IndexedFrame {
  readonly frame: GroupFrame;
  /** Keys of the observed groups; rowGroup indexes into this list. */
  readonly keys: readonly (readonly string[])[];
  readonly rowGroup: Int32Array;
  readonly rowCell: Uint8Array;
}

/** Separator of intersection labels in group names. */
export const INTERSECTION_SEPARATOR = ' × ';

/** Groups rows by one attribute or the intersection of several, in Cartesian-product order. */
export function buildGroupFrame(yTrue: ArrayLike<number>, yPred: ArrayLike<number>, attributes: readonly AttributeCodes[]): IndexedFrame {
  const n = yTrue.length;
  const sizes = attributes.map((a) => a.labels.length);
  const rowCell = new Uint8Array(n);
  const combined = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    rowCell[i] = cellOf(yTrue[i] as number, yPred[i] as number);
    let code = 0;
    for (let a = 0; a < attributes.length; a++) code = code * (sizes[a] as number) + ((attributes[a] as AttributeCodes).codes[i] as number);
    combined[i] = code;
  }
  const observed = [...new Set(combined)].sort((a, b) => a - b);
  const position = new Map(observed.map((code, i) => [code, i]));
  const rowGroup = new Int32Array(n);
  for (let i = 0; i < n; i++) rowGroup[i] = position.get(combined[i] as number) as number;
  const keys = observed.map((code) => {
    const key: string[] = new Array<string>(attributes.length);
    let rest = code;
    for (let a = attributes.length - 1; a >= 0; a--) {
      const size = sizes[a] as number;
      key[a] = (attributes[a] as AttributeCodes).labels[rest % size] as string;
      rest = Math.floor(rest / size);
    }
    return key;
  });
  const frame = frameFromAssignments(attributes.map((a) => a.column), keys, rowGroup, rowCell);
  return { frame, keys, rowGroup, rowCell };
}

/** Counts a frame from row assignments (each row's group and confusion cell). */
export function frameFromAssignments(attributes: readonly string[], keys: readonly (readonly string[])[], rowGroup: Int32Array, rowCell: Uint8Array): GroupFrame {
  const counts = new Float64Array(keys.length * 4);
  for (let i = 0; i < rowGroup.length; i++) counts[(rowGroup[i] as number) * 4 + (rowCell[i] as number)]! += 1;
  return frameFromCounts(attributes, keys, counts);
}

/** Builds a frame from a counts vector (4 cells per key, in CELL order); empty groups are skipped. */
export function frameFromCounts(attributes: readonly string[], keys: readonly (readonly string[])[], counts: Float64Array): GroupFrame {
  const groups: Group[] = [];
  const overall = new Float64Array(4);
  keys.forEach((key, g) => {
    const c = countsFromVector(counts, g * 4);
    for (let k = 0; k < 4; k++) overall[k]! += counts[g * 4 + k] as number;
    // A resample may miss a group entirely; like an unobserved intersection it is skipped.
    if (c.tp + c.fp + c.tn + c.fn > 0) groups.push({ key, name: key.join(INTERSECTION_SEPARATOR), counts: c });
  });
  return { attributes, groups, overall: countsFromVector(overall) };
}

/** Keeps only the rows of the named groups (the gate's eligible groups); overall is recounted on them. */
export function restrictToGroups(indexed: IndexedFrame, names: ReadonlySet<string>): IndexedFrame {
  const keep = indexed.keys.map((k) => names.has(k.join(INTERSECTION_SEPARATOR)));
  const newIndex = new Int32Array(indexed.keys.length).fill(-1);
  const keys: (readonly string[])[] = [];
  indexed.keys.forEach((k, g) => {
    if (keep[g]) {
      newIndex[g] = keys.length;
      keys.push(k);
    }
  });
  let m = 0;
  for (let i = 0; i < indexed.rowGroup.length; i++) if (keep[indexed.rowGroup[i] as number]) m++;
  const rowGroup = new Int32Array(m);
  const rowCell = new Uint8Array(m);
  let j = 0;
  for (let i = 0; i < indexed.rowGroup.length; i++) {
    const g = indexed.rowGroup[i] as number;
    if (!keep[g]) continue;
    rowGroup[j] = newIndex[g] as number;
    rowCell[j] = indexed.rowCell[i] as number;
    j++;
  }
  const frame = frameFromAssignments(indexed.frame.attributes, keys, rowGroup, rowCell);
  return { frame, keys, rowGroup, rowCell };
}
