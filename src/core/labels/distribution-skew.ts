/**
 * DV30 distribution skew/drift against a control dataset, as TFDV's skew_comparator/drift_comparator
 * measure it (reference/metrics.md §1 DV30, §2 D5/D7): L∞ between separately normalised value
 * frequencies (categorical), Jensen–Shannon divergence (base 2, capped at 1), and normalized_abs_difference
 * on raw counts. Numeric columns are compared on TFDV's standard 10-bucket equal-width histograms of each
 * side, re-aligned on the union of bucket edges with mass spread uniformly within a bucket; a side whose
 * values are all equal is a point mass. NaN/inf are not separate buckets here (they are missing values).
 */
import { jensenShannonDivergenceBase2, lInfinityDistance, normalizedAbsDifference } from '../stats/divergence.js';
import { valueCounts } from '../drift/binned-frequencies.js';
import type { ColumnProfile } from '../drift/column-profile.js';
import type { WeightedSample } from '../stats/weighted-sample.js';

export type SkewMetric = 'linf' | 'jensen_shannon' | 'normalized_abs_difference';

interface Bucket {
  readonly lo: number;
  readonly hi: number;
  readonly mass: number;
}

function standardHistogram(s: WeightedSample, min: number, max: number, buckets = 10): Bucket[] {
  if (min === max) return [{ lo: min, hi: max, mass: s.total }];
  const width = (max - min) / buckets;
  const out = Array.from({ length: buckets }, (_, i) => ({ lo: min + i * width, hi: i === buckets - 1 ? max : min + (i + 1) * width, mass: 0 }));
  for (let i = 0; i < s.values.length; i++) {
    const k = Math.min(Math.floor((s.values[i]! - min) / width), buckets - 1);
    out[k]!.mass += s.counts[i]!;
  }
  return out;
}

/** Re-buckets both histograms on the union of edges; returns aligned masses. */
export function alignHistograms(a: readonly Bucket[], b: readonly Bucket[]): { p: number[]; q: number[] } {
  const edges = [...new Set([...a, ...b].flatMap((x) => [x.lo, x.hi]))].sort((x, y) => x - y);
  const spread = (hs: readonly Bucket[]): number[] => {
    const out: number[] = [];
    // Point masses sit in their own cell after the interval cells.
    const points = new Map<number, number>();
    const cells = new Array<number>(Math.max(edges.length - 1, 0)).fill(0);
    for (const h of hs) {
      if (h.lo === h.hi) {
        points.set(h.lo, (points.get(h.lo) ?? 0) + h.mass);
        continue;
      }
      for (let i = 0; i < cells.length; i++) {
        const lo = Math.max(edges[i]!, h.lo);
        const hi = Math.min(edges[i + 1]!, h.hi);
        if (hi > lo) cells[i]! += (h.mass * (hi - lo)) / (h.hi - h.lo);
      }
    }
    out.push(...cells);
    for (const e of edges) out.push(points.get(e) ?? 0);
    return out;
  };
  return { p: spread(a), q: spread(b) };
}

/** The skew of `current` against `control` for one column by one TFDV metric; null when not applicable. */
export function distributionSkew(control: ColumnProfile, current: ColumnProfile, metric: SkewMetric): number | null {
  const numeric = control.type === 'num' && current.type === 'num' && control.numeric && current.numeric;
  if (metric === 'jensen_shannon' && numeric) {
    const a = control.numeric!;
    const b = current.numeric!;
    if (a.count === 0 || b.count === 0) return null;
    const { p, q } = alignHistograms(standardHistogram(a.sample, a.min, a.max), standardHistogram(b.sample, b.min, b.max));
    return jensenShannonDivergenceBase2(p, q);
  }
  if (numeric && metric !== 'jensen_shannon') return null; // TFDV: L∞ and normalized_abs_difference are categorical-only
  const counts = valueCounts('cat', control, current);
  if (!counts || counts.referenceTotal === 0 || counts.currentTotal === 0) return null;
  if (metric === 'linf') return lInfinityDistance(counts.reference, counts.current);
  if (metric === 'normalized_abs_difference') return normalizedAbsDifference(counts.reference, counts.current);
  return jensenShannonDivergenceBase2(counts.reference, counts.current);
}
