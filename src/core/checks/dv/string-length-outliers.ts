import { DATA_CHECK_PARAMS } from '../../policy/data-checks-schema.js';
import { CELL_NUMBER } from '../../data/record-batch.js';
import { cellKinds, columnTexts } from '../cell-access.js';
import { percent, perColumn, type CheckDefinition } from '../check-definition.js';
import type { CheckExample } from '../check-result.js';
import { ExampleCollector } from '../example-collector.js';
import { codePointLength } from '../value-forms.js';

/** Deepchecks `StringLengthOutOfBounds` defaults. */
const NUM_PERCENTILES = 1000;
const INNER_QUANTILE_RANGE = 94;
const OUTLIER_FACTOR = 4;
const MIN_LENGTH_DIFFERENCE = 5;
const MIN_LENGTH_RATIO_DIFFERENCE = 0.5;

/** numpy's `np.around`: round half to even. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** First index of the smallest |target − keys[i]| (numpy argmin). */
function argminDistance(keys: Float64Array, target: number): number {
  let best = 0;
  let bestD = Infinity;
  for (let i = 0; i < keys.length; i++) {
    const d = Math.abs(target - keys[i]!);
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}

/**
 * The percentile histogram Deepchecks builds from the lengths: with fewer than 1000 distinct lengths one point
 * per sample at 100·rank/n (ordinal ranks), otherwise 1001 evenly spaced percentiles with 'nearest'.
 */
export function percentileHistogram(counts: ReadonlyMap<number, number>): { keys: Float64Array; values: Float64Array } {
  const lengths = [...counts.keys()].sort((a, b) => a - b);
  const n = lengths.reduce((s, l) => s + counts.get(l)!, 0);
  const sortedAt = (rank0: number): number => {
    let acc = 0;
    for (const l of lengths) {
      acc += counts.get(l)!;
      if (rank0 < acc) return l;
    }
    return lengths[lengths.length - 1]!;
  };
  if (lengths.length < NUM_PERCENTILES) {
    const keys = new Float64Array(n);
    const values = new Float64Array(n);
    let i = 0;
    for (const l of lengths) {
      for (let k = 0; k < counts.get(l)!; k++, i++) {
        keys[i] = (100 * (i + 1)) / n;
        values[i] = l;
      }
    }
    return { keys, values };
  }
  const keys = new Float64Array(NUM_PERCENTILES + 1);
  const values = new Float64Array(NUM_PERCENTILES + 1);
  for (let j = 0; j <= NUM_PERCENTILES; j++) {
    const p = (100 * j) / NUM_PERCENTILES; // np.linspace(0, 100, 1001)
    const q = p / 100;
    const virtual = n * q + (1 + q * -1) - 1;
    keys[j] = p;
    values[j] = sortedAt(Math.min(n - 1, Math.max(0, roundHalfEven(virtual))));
  }
  return { keys, values };
}

/** Deepchecks' outlier length ranges [lo, hi] (inclusive) from the percentile histogram, after its filtering. */
export function outlierLengthRanges(counts: ReadonlyMap<number, number>): { ranges: [number, number][]; normal: [number, number] | null } {
  const { keys, values } = percentileHistogram(counts);
  if (keys.length === 0) return { ranges: [], normal: null };
  const upper = argminDistance(keys, INNER_QUANTILE_RANGE);
  const lower = argminDistance(keys, 100 - INNER_QUANTILE_RANGE);
  const center = argminDistance(keys, 50);
  const iqr = Math.abs(values[upper]! - values[lower]!);
  const limit = (OUTLIER_FACTOR * iqr) / 2;
  const sections: [number, number][] = [];
  let lowFirst = -1;
  let lowLast = -1;
  let highFirst = -1;
  let highLast = -1;
  for (let i = 0; i < keys.length; i++) {
    if (!(Math.abs(values[i]! - values[center]!) > limit)) continue;
    if (keys[i]! < 50) {
      if (lowFirst < 0) lowFirst = i;
      lowLast = i;
    } else if (keys[i]! > 50) {
      if (highFirst < 0) highFirst = i;
      highLast = i;
    }
  }
  if (lowFirst >= 0) sections.push([lowFirst, lowLast]);
  if (highFirst >= 0) sections.push([highFirst, highLast]);
  if (sections.length === 0) return { ranges: [], normal: null };
  let minNormal = -1;
  let maxNormal = -1;
  for (let i = 0; i < keys.length; i++) {
    if (sections.every(([a, b]) => !(keys[a]! <= keys[i]! && keys[i]! <= keys[b]!))) {
      if (minNormal < 0) minNormal = i;
      maxNormal = i;
    }
  }
  const normalLo = values[minNormal]!;
  const normalHi = values[maxNormal]!;
  const ranges: [number, number][] = [];
  for (const [a, b] of sections) {
    let lo = values[a]!;
    let hi = values[b]!;
    const lowerDistance = lo - normalHi;
    const higherDistance = normalLo - hi;
    const minimum = Math.max(MIN_LENGTH_DIFFERENCE, MIN_LENGTH_RATIO_DIFFERENCE * ((normalHi + normalLo) / 2));
    if (lowerDistance > 0) {
      if (lowerDistance < minimum) lo += minimum - lowerDistance;
    } else if (higherDistance > 0) {
      if (higherDistance < minimum) hi -= minimum - higherDistance;
    }
    if (lo <= hi) ranges.push([lo, hi]);
  }
  return { ranges, normal: [normalLo, normalHi] };
}

/**
 * DV24: Deepchecks `StringLengthOutOfBounds` with its defaults (1000 percentiles, inner range 94, factor 4,
 * minimum difference max(5, 0.5·mean normal length)); ratio = outliers / non-null values, must be ≤ max_ratio.
 * Keeps only a histogram of lengths and the first examples of each length.
 */
export const stringLengthOutliers: CheckDefinition<'string_length_outliers'> = {
  id: 'DV24',
  name: 'string_length_outliers',
  title: 'String-length outliers',
  mostly: false,
  params: DATA_CHECK_PARAMS.string_length_outliers,
  create(config) {
    const maxRatio = config.max_ratio ?? 0;
    return perColumn('DV24', config, (column) => {
      const counts = new Map<number, number>();
      const firstOfLength = new Map<number, CheckExample[]>();
      let allNumeric = true;
      let n = 0;
      return {
        consume(batch, c) {
          const cells = columnTexts(batch, c);
          const kinds = cellKinds(batch, c);
          for (let i = 0; i < batch.length; i++) {
            const v = cells[i];
            if (v === null || v === undefined) continue;
            n++;
            if (allNumeric && kinds[i] !== CELL_NUMBER) allNumeric = false;
            const len = codePointLength(v);
            counts.set(len, (counts.get(len) ?? 0) + 1);
            let ex = firstOfLength.get(len);
            if (ex === undefined) firstOfLength.set(len, (ex = []));
            if (ex.length < 20) ex.push({ file: batch.file, line: batch.lines[i]!, column, value: v });
          }
        },
        finish() {
          if (allNumeric) {
            if (config.column === undefined) return { notApplicable: 'numeric column' };
            return { status: 'pass', observed: 0, expected: `ratio ≤ ${maxRatio}`, message: 'numeric column: string lengths not checked' };
          }
          const { ranges, normal } = outlierLengthRanges(counts);
          let outliers = 0;
          const examples = new ExampleCollector();
          for (const [len, k] of counts) {
            if (!ranges.some(([lo, hi]) => lo <= len && len <= hi)) continue;
            outliers += k;
            for (const e of firstOfLength.get(len) ?? []) examples.add(e.file, e.line, e.column, e.value);
          }
          const ratio = outliers > 0 ? outliers / n : 0;
          return {
            status: ratio > maxRatio ? 'fail' : 'pass',
            observed: ratio,
            expected: `ratio ≤ ${maxRatio}`,
            message: outliers === 0 ? 'no string-length outliers' : `${outliers} of ${n} values (${percent(ratio)}) have outlying lengths ${ranges.map(([a, b]) => `${a}–${b}`).join(', ')} (normal ${normal?.[0]}–${normal?.[1]})`,
            unexpectedCount: outliers,
            elementCount: n,
            examples: ratio > maxRatio ? examples.list() : [],
          };
        },
      };
    });
  },
};
