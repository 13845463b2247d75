import type { MergeableConsumer, RecordBatch } from '../data/record-batch.js';
import { ColumnAccumulator, type ColumnState } from './column-accumulator.js';
import { summarizeColumn } from './column-summary.js';
import { PROFILE_SCHEMA_VERSION, type DataProfile } from './profile-result.js';

/** Structured-cloneable partial profile (one worker's share of a file). */
export interface ProfileState {
  readonly header: readonly string[];
  readonly rows: number;
  readonly columns: readonly ColumnState[];
}

/**
 * The profile as a streaming-pass consumer: validate can run it beside the checks in the same pass, and
 * worker threads each profile part of a file and merge their states.
 */
export class ProfileConsumer implements MergeableConsumer<ProfileState, DataProfile> {
  private header: readonly string[] | undefined;
  private columns: ColumnAccumulator[] = [];
  private rows = 0;

  constructor(private readonly file: string) {}

  consume(batch: RecordBatch): void {
    if (this.header === undefined) {
      this.header = batch.header;
      this.columns = batch.header.map(() => new ColumnAccumulator());
    }
    this.rows += batch.length;
    this.columns.forEach((col, c) => col.consume(batch, c));
  }

  /** Declares the header up front (a file with no records still has columns). */
  setHeader(header: readonly string[]): void {
    if (this.header === undefined) {
      this.header = header;
      this.columns = header.map(() => new ColumnAccumulator());
    }
  }

  state(): ProfileState {
    return { header: this.header ?? [], rows: this.rows, columns: this.columns.map((c) => c.state()) };
  }

  /** Folds in another part's state (the profile holds no line numbers, so the offset does not matter). */
  merge(state: ProfileState, _lineOffset = 0): void {
    this.setHeader(state.header);
    this.rows += state.rows;
    state.columns.forEach((col, c) => this.columns[c]?.merge(col));
  }

  finish(): DataProfile {
    const header = this.header ?? [];
    return {
      schemaVersion: PROFILE_SCHEMA_VERSION,
      file: this.file,
      rows: this.rows,
      columns: header.map((name, c) => summarizeColumn(name, this.columns[c] ?? new ColumnAccumulator())),
    };
  }
}
