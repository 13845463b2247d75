import { closeSync, openSync } from 'node:fs';
import { CsvSyntaxError } from '../../core/data/csv-scanner.js';
import { InputError, type Problem } from '../../core/errors.js';
import type { ResolvedReadOptions } from '../../core/data/read-options.js';
import { scanCsvRange, type CsvRange, type CsvRangeEnd } from './csv-reader.js';
import { buildConsumers, type ConsumerSpec } from './pass-consumers.js';

/** One part of a parallel pass: the file, its header, the byte range and the consumers to run on it. */
export interface RangeJob {
  readonly path: string;
  readonly size: number;
  readonly header: readonly string[];
  readonly range: CsvRange;
  readonly options: ResolvedReadOptions;
  readonly consumers: readonly ConsumerSpec[];
  /** True when every consumer is known not to keep a batch after consume(): buffers are then reused. */
  readonly reuseBatches: boolean;
}

/** A part's outcome: the consumers' states and where it really ended, or the problem found (lines relative to the range). */
export type RangeOutcome =
  | { readonly ok: true; readonly states: readonly unknown[]; readonly end: CsvRangeEnd }
  | { readonly ok: false; readonly syntax?: { line: number; column: number | undefined; message: string; expected: string }; readonly input?: { message: string; problems: readonly Problem[] }; readonly internal?: string };

/** Runs the consumers over one range synchronously (in a worker thread or the main thread). Never throws. */
export function runCsvRange(job: RangeJob): RangeOutcome {
  let fd: number | undefined;
  try {
    fd = openSync(job.path, 'r');
    const consumers = buildConsumers(job.consumers, job.path);
    const it = scanCsvRange(fd, job.size, job.path, job.header, job.range, job.options, undefined, job.reuseBatches);
    for (;;) {
      const step = it.next();
      if (step.done) return { ok: true, states: consumers.map((c) => c.state()), end: step.value };
      for (const c of consumers) c.consume(step.value);
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { ok: false, syntax: { line: error.line, column: error.column, message: error.message, expected: error.expected } };
    if (error instanceof InputError) return { ok: false, input: { message: error.message, problems: error.problems } };
    return { ok: false, internal: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
