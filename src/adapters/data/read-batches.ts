import type { BatchConsumer, RecordBatch } from '../../core/data/record-batch.js';
import { resolveReadOptions, type ReadOptions } from '../../core/data/read-options.js';
import { readCsvBatches } from './csv-reader.js';
import { readJsonlBatches } from './jsonl-reader.js';

/** Streams a CSV or JSON Lines file as RecordBatches in bounded memory; bad input is an InputError at file:line. */
export function readBatches(path: string, options: ReadOptions = {}): AsyncIterable<RecordBatch> {
  const resolved = resolveReadOptions(path, options);
  return resolved.format === 'jsonl' ? readJsonlBatches(path, resolved) : readCsvBatches(path, resolved);
}

/** The outcome of one pass: record count, header and each consumer's result in the order given. */
export interface PassResult<R extends readonly unknown[]> {
  readonly rows: number;
  readonly header: readonly string[];
  readonly results: R;
}

type Results<C extends readonly BatchConsumer<unknown>[]> = { -readonly [K in keyof C]: C[K] extends BatchConsumer<infer R> ? R : never };

/** Reads the file once and feeds every batch to every consumer (profile, checks, drift), then finishes them. */
export async function runPass<const C extends readonly BatchConsumer<unknown>[]>(path: string, options: ReadOptions, consumers: C): Promise<PassResult<Results<C>>> {
  let rows = 0;
  let header: readonly string[] = [];
  for await (const batch of readBatches(path, options)) {
    header = batch.header;
    rows += batch.length;
    for (const consumer of consumers) consumer.consume(batch);
  }
  return { rows, header, results: consumers.map((c) => c.finish()) as Results<C> };
}
