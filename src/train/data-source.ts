import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { BatchConsumer, RecordBatch } from '../core/data/record-batch.js';
import type { ReadOptions } from '../core/data/read-options.js';
import { readBatches } from '../adapters/data/read-batches.js';

/** A data file of a model, with the name used in messages and the read options from its config. */
export interface DataFile {
  readonly path: string;
  readonly file: string;
  readonly options: ReadOptions;
}

/** sha256 of a file's bytes, streamed (recorded in the training card and the run's fingerprint). */
export function fileSha256(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/**
 * Reads a file into memory as batches (training shuffles every epoch, so the design matrix is in memory
 * anyway) while feeding the given consumers, so one read both fits the preprocessing and keeps the data.
 */
export async function readAllBatches(data: DataFile, consumers: readonly BatchConsumer<unknown>[] = []): Promise<RecordBatch[]> {
  const batches: RecordBatch[] = [];
  for await (const raw of readBatches(data.path, data.options)) {
    const batch = raw.file === data.file ? raw : renamed(raw, data.file);
    batches.push(batch);
    for (const c of consumers) c.consume(batch);
  }
  return batches;
}

/** The same batch under the display name (readers name batches by the path they opened). */
function renamed(batch: RecordBatch, file: string): RecordBatch {
  return Object.assign(Object.create(batch) as RecordBatch, { file });
}

/** Feeds batches to a consumer and returns its result. */
export function replay<R>(batches: readonly RecordBatch[], consumer: BatchConsumer<R>): R {
  for (const b of batches) consumer.consume(b);
  return consumer.finish();
}
