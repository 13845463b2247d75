import { UsageError } from '../errors.js';
import type { CsvDialect } from './csv-scanner.js';

/** How a data file is read. Every field is optional; `resolveReadOptions` fills the documented defaults. */
export interface ReadOptions {
  /** `csv` or `jsonl`; by default from the extension (`.jsonl`, `.ndjson` → jsonl, anything else csv). */
  readonly format?: 'csv' | 'jsonl';
  /** One-character field delimiter (CSV). Default `,`; `\t` or `tab` for TSV. */
  readonly delimiter?: string;
  /** Cell texts that mean "missing". Default `[""]` (empty cells only); pass `["NA", ""]` for R-style files. */
  readonly nullValues?: readonly string[];
  /** Largest record, in bytes, before reading stops with an error. Default 16 MiB. */
  readonly maxRecordBytes?: number;
  /** Records per batch. Default 8192. */
  readonly batchRows?: number;
  /** Bytes read per chunk. Default 4 MiB. */
  readonly chunkBytes?: number;
  /** Accept a file with a header and no records (zero-row result) instead of an error. Default false. */
  readonly allowEmpty?: boolean;
}

export interface ResolvedReadOptions {
  readonly format: 'csv' | 'jsonl';
  readonly delimiter: string;
  readonly nullValues: readonly string[];
  readonly maxRecordBytes: number;
  readonly batchRows: number;
  readonly chunkBytes: number;
  readonly allowEmpty: boolean;
}

export const DEFAULT_MAX_RECORD_BYTES = 16 * 1024 * 1024;

/** Fills defaults and rejects impossible values (a multi-character delimiter, a non-positive size). */
/** The format given, else the one the file name says (`.jsonl`, `.ndjson`: JSON Lines; anything else: CSV). */
export function dataFormat(path: string, format?: 'csv' | 'jsonl'): 'csv' | 'jsonl' {
  return format ?? (/\.(jsonl|ndjson)$/i.test(path) ? 'jsonl' : 'csv');
}

export function resolveReadOptions(path: string, options: ReadOptions = {}): ResolvedReadOptions {
  const raw = options.delimiter ?? ',';
  const delimiter = raw === 'tab' || raw === '\\t' ? '\t' : raw;
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r' || delimiter.charCodeAt(0) > 127) {
    throw new UsageError(`delimiter ${JSON.stringify(raw)} is not supported (expected one ASCII character other than a quote or newline, e.g. "," ";" "|" or "tab")`);
  }
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  if (!Number.isInteger(maxRecordBytes) || maxRecordBytes < 1) throw new UsageError(`maxRecordBytes must be a positive integer, got ${maxRecordBytes}`);
  const format = dataFormat(path, options.format);
  return {
    format,
    delimiter,
    nullValues: [...(options.nullValues ?? [''])],
    maxRecordBytes,
    batchRows: Math.max(1, options.batchRows ?? 8192),
    chunkBytes: Math.max(1024, options.chunkBytes ?? 4 * 1024 * 1024),
    allowEmpty: options.allowEmpty ?? false,
  };
}

/** The byte-level dialect the CSV scanner uses. */
export function csvDialect(options: ResolvedReadOptions): CsvDialect {
  const encoder = new TextEncoder();
  return { delimiter: options.delimiter.charCodeAt(0), quote: 34, nullTokens: options.nullValues.map((t) => encoder.encode(t)) };
}
