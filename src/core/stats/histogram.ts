/** numpy-compatible histograms over weighted samples (np.histogram_bin_edges 'sturges', np.histogram). */
import type { WeightedSample } from './weighted-sample.js';

/** np.histogram_bin_edges(data, bins='sturges') from the data's min, max and size. */
export function sturgesBinEdges(min: number, max: number, size: number): Float64Array {
  let first = min;
  let last = max;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const width = (max - min) / (Math.log2(size) + 1);
  const bins = width ? Math.ceil((last - first) / width) : 1;
  return linspace(first, last, bins + 1);
}

/** np.linspace(start, stop, num) with endpoint=True. */
export function linspace(start: number, stop: number, num: number): Float64Array {
  const out = new Float64Array(num);
  const step = (stop - start) / (num - 1);
  for (let i = 0; i < num; i++) out[i] = i * step + start;
  out[num - 1] = stop;
  return out;
}

/** np.histogram(sample, edges)[0]: bins are [e_i, e_{i+1}), the last one closed; values outside are dropped. */
export function histogramCounts(sample: WeightedSample, edges: Float64Array): Float64Array {
  const counts = new Float64Array(edges.length - 1);
  const last = edges[edges.length - 1]!;
  for (let i = 0; i < sample.values.length; i++) {
    const v = sample.values[i]!;
    if (v < edges[0]! || v > last) continue;
    let lo = 0;
    let hi = edges.length - 1; // invariant: edges[lo] <= v, answer in [lo, hi)
    if (v === last) lo = edges.length - 2;
    else {
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (edges[mid]! <= v) lo = mid;
        else hi = mid;
      }
    }
    counts[lo] = counts[lo]! + sample.counts[i]!;
  }
  return counts;
}
