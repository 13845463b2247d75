import type { BatchConsumer, RecordBatch } from '../data/record-batch.js';
import { DEFAULT_MAX_DISTINCT } from '../stats/bounded-sample.js';
import { ColumnProfiler, type ColumnProfile } from './column-profile.js';

export interface DriftProfileOptions {
  /** Only these columns (default: every column of the file). */
  readonly columns?: readonly string[];
  /** Exact storage cap per column before reservoir sampling (default 100,000 distinct values). */
  readonly maxDistinct?: number;
  /** Seed of the reservoir sampler (default 0). */
  readonly seed?: number;
}

/**
 * Streams one dataset (reference or current) into the column profiles drift needs. Run one per dataset,
 * alongside any other consumers of the same pass, then call computeDrift(reference, current).
 */
export function createDriftProfileConsumer(options: DriftProfileOptions = {}): BatchConsumer<ColumnProfile[]> {
  let profilers: { index: number; profiler: ColumnProfiler }[] | null = null;
  return {
    consume(batch: RecordBatch): void {
      if (!profilers) {
        const wanted = options.columns ?? batch.header;
        profilers = wanted
          .map((name) => ({ index: batch.header.indexOf(name), name }))
          .filter((c) => c.index >= 0)
          .map(({ index, name }) => ({ index, profiler: new ColumnProfiler(name, options.maxDistinct ?? DEFAULT_MAX_DISTINCT, options.seed ?? 0) }));
      }
      for (const { index, profiler } of profilers) profiler.add(batch, index);
    },
    finish(): ColumnProfile[] {
      return (profilers ?? []).map((p) => p.profiler.finish());
    },
  };
}
