import { closeSync, openSync } from 'node:fs';
import { CsvSyntaxError } from '../../core/data/csv-scanner.js';
import { InputError, type Problem } from '../../core/errors.js';
import type { ResolvedReadOptions } from '../../core/data/read-options.js';
import { ProfileConsumer, type ProfileState } from '../../core/profile/profile-consumer.js';
import { scanCsvRange, type CsvRange, type CsvRangeEnd } from './csv-reader.js';

/** One part of a parallel pass: the file, its header and the byte range to profile. */
export interface RangeJob {
  readonly path: string;
  readonly size: number;
  readonly header: readonly string[];
  readonly range: CsvRange;
  readonly options: ResolvedReadOptions;
}

/** A part's outcome: its state and where it really ended, or the problem found (lines relative to the range). */
export type RangeOutcome =
  | { readonly ok: true; readonly state: ProfileState; readonly end: CsvRangeEnd }
  | { readonly ok: false; readonly syntax?: { line: number; column: number | undefined; message: string; expected: string }; readonly input?: { message: string; problems: readonly Problem[] }; readonly internal?: string };

/** Profiles one range synchronously (in a worker thread or the main thread). Never throws. */
export function profileCsvRange(job: RangeJob): RangeOutcome {
  let fd: number | undefined;
  try {
    fd = openSync(job.path, 'r');
    const consumer = new ProfileConsumer(job.path);
    consumer.setHeader(job.header);
    const it = scanCsvRange(fd, job.size, job.path, job.header, job.range, job.options, undefined, true);
    for (;;) {
      const step = it.next();
      if (step.done) return { ok: true, state: consumer.state(), end: step.value };
      consumer.consume(step.value);
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { ok: false, syntax: { line: error.line, column: error.column, message: error.message, expected: error.expected } };
    if (error instanceof InputError) return { ok: false, input: { message: error.message, problems: error.problems } };
    return { ok: false, internal: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
