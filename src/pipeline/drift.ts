/**
 * `mergeml drift`: one streaming pass over the reference and one over the current data, drift per column
 * and for the dataset, rendered as JSON, markdown and a terminal table.
 */
import type { BatchConsumer, RecordBatch } from '../core/data/record-batch.js';
import type { ReadOptions } from '../core/data/read-options.js';
import { suggest } from '../core/did-you-mean.js';
import { InputError } from '../core/errors.js';
import { buildDriftJson, type DriftJsonReport } from '../core/drift/drift-json.js';
import { renderDriftMarkdown, renderDriftText } from '../core/drift/drift-markdown.js';
import { createDriftProfileConsumer } from '../core/drift/drift-profile-consumer.js';
import { computeDrift, type DriftOptions } from '../core/drift/drift-report.js';

export interface DriftPorts {
  readBatches(path: string, options: ReadOptions): AsyncIterable<RecordBatch>;
}

export interface DriftFile {
  /** Path as opened, and as named in reports. */
  readonly path: string;
  readonly file: string;
}

export interface DriftRunOptions {
  readonly reference: DriftFile;
  readonly current: DriftFile;
  readonly read?: ReadOptions;
  /** Only these columns (each must exist in both files). */
  readonly columns?: readonly string[];
  readonly drift: DriftOptions;
}

export interface DriftOutcome {
  readonly report: DriftJsonReport;
  readonly markdown: string;
  readonly text: string;
}

async function pass<R>(ports: DriftPorts, f: DriftFile, read: ReadOptions, consumer: BatchConsumer<R>): Promise<{ rows: number; header: readonly string[]; result: R }> {
  let rows = 0;
  let header: readonly string[] = [];
  for await (const batch of ports.readBatches(f.path, read)) {
    header = batch.header;
    rows += batch.length;
    consumer.consume(batch);
  }
  return { rows, header, result: consumer.finish() };
}

function checkColumns(columns: readonly string[], header: readonly string[], file: string): void {
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length === 0) return;
  throw new InputError(
    `${file}: --columns names columns the file does not have`,
    missing.map((c) => {
      const hint = suggest(c, header);
      return { file, message: `no column ${JSON.stringify(c)}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}`, expected: `one of: ${header.join(', ')}` };
    }),
  );
}

/** Runs drift between two files. Bad input (unreadable file, unknown column) is an InputError. */
export async function runDrift(options: DriftRunOptions, ports: DriftPorts): Promise<DriftOutcome> {
  const read = options.read ?? {};
  const profileOptions = options.columns ? { columns: options.columns } : {};
  const ref = await pass(ports, options.reference, read, createDriftProfileConsumer(profileOptions));
  if (options.columns) checkColumns(options.columns, ref.header, options.reference.file);
  const cur = await pass(ports, options.current, read, createDriftProfileConsumer(profileOptions));
  if (options.columns) checkColumns(options.columns, cur.header, options.current.file);
  if (ref.rows === 0) throw new InputError(`${options.reference.file}: no records (drift needs reference rows)`);
  if (cur.rows === 0) throw new InputError(`${options.current.file}: no records (drift needs current rows)`);
  const result = computeDrift(ref.result, cur.result, options.drift);
  const report = buildDriftJson({ reference: { file: options.reference.file, rows: ref.rows }, current: { file: options.current.file, rows: cur.rows }, options: options.drift, result });
  return { report, markdown: renderDriftMarkdown(report), text: renderDriftText(report) };
}
