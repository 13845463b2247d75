import type { z } from 'zod';
import type { BatchConsumer, MergeableConsumer, RecordBatch } from '../data/record-batch.js';
import type { DataCheckName, DATA_CHECK_PARAMS } from '../policy/data-checks-schema.js';
import type { CheckExample, CheckResult, CheckStatus } from './check-result.js';
import type { ReferenceSummary } from './reference-summary.js';

/** The parsed policy entry of one check name. */
export type DataCheckOf<N extends DataCheckName> = z.infer<z.ZodObject<(typeof DATA_CHECK_PARAMS)[N]>> & {
  readonly check: N;
  readonly severity: 'error' | 'warning';
  readonly description?: string | undefined;
};

/** What a check may know besides the data it streams over. */
export interface CheckContext {
  /** Summary of the reference data (`--reference`), for defaults taken from a reference (Evidently). */
  readonly reference?: ReferenceSummary;
}

/** One data check of metrics.md §1: a value in the registry, never a branch of a switch. */
export interface CheckDefinition<N extends DataCheckName = DataCheckName> {
  readonly id: string;
  readonly name: N;
  readonly title: string;
  /** True where a GX-style `mostly` tolerance applies. */
  readonly mostly: boolean;
  /** The zod shape of the check's parameters (from the policy schema). */
  readonly params: (typeof DATA_CHECK_PARAMS)[N];
  /** A streaming consumer producing one result per checked column (or one for the table). */
  create(config: DataCheckOf<N>, context: CheckContext): BatchConsumer<CheckResult[]>;
}

/** The verdict a check computes; identity fields (id, check, column, severity) are added by `toResult`. */
export interface Verdict {
  readonly status: CheckStatus;
  readonly observed: number | string | null;
  readonly expected: number | string | null;
  readonly message: string;
  readonly examples?: readonly CheckExample[];
  readonly unexpectedCount?: number;
  readonly elementCount?: number;
  readonly details?: CheckResult['details'];
}

/** Builds a result with the stable key order of the JSON report. */
export function toResult(id: string, config: { check: string; severity: 'error' | 'warning' }, column: string | undefined, v: Verdict): CheckResult {
  return {
    id,
    check: config.check,
    ...(column !== undefined ? { column } : {}),
    severity: config.severity,
    status: v.status,
    observed: v.observed,
    expected: v.expected,
    message: v.message,
    ...(v.unexpectedCount !== undefined ? { unexpectedCount: v.unexpectedCount } : {}),
    ...(v.elementCount !== undefined ? { elementCount: v.elementCount } : {}),
    ...(v.details !== undefined ? { details: v.details } : {}),
    examples: v.examples ?? [],
  };
}

/** GX `_mostly_success`: (considered − unexpected) / considered ≥ mostly; vacuously true with nothing considered. */
export function mostlySuccess(considered: number, unexpected: number, mostly: number): boolean {
  if (considered === 0) return true;
  return (considered - unexpected) / considered >= mostly;
}

/** Per-column state of a column-scoped check. */
export interface ColumnState {
  consume(batch: RecordBatch, column: number): void;
  /** The verdict, or a reason the check does not apply to this column (for example a numeric column). */
  finish(): Verdict | { readonly notApplicable: string };
}

/** A column state whose partial results over consecutive parts of a file combine exactly (parallel pass). */
export interface MergeableColumnState<S = unknown> extends ColumnState {
  /** The partial state, structured-cloneable (it crosses worker threads). */
  state(): S;
  /** Folds in the next part's state in file order; add `lineOffset` to every line it holds. */
  merge(state: S, lineOffset: number): void;
}

/** The state of a per-column consumer: undefined targets when the part saw no batch. */
interface PerColumnState {
  readonly missing: boolean;
  readonly targets: readonly { readonly name: string; readonly index: number; readonly state: unknown }[] | undefined;
}

/**
 * Runs a check on one named column, or on every column when `column` is omitted (columns the check does not
 * apply to are then left out). A named column that is absent fails: the contract expects it.
 */
export function perColumn(
  id: string,
  config: { check: string; severity: 'error' | 'warning'; column?: string | undefined },
  make: (column: string) => ColumnState,
): BatchConsumer<CheckResult[]> {
  // Without state() and merge(): these column states cannot be combined, so the pass stays sequential.
  const c = columnConsumer(id, config, make);
  return { consume: (batch) => c.consume(batch), finish: () => c.finish() };
}

/** `perColumn` for mergeable column states: the consumer can run on several threads (MergeableConsumer). */
export function mergeablePerColumn<S>(
  id: string,
  config: { check: string; severity: 'error' | 'warning'; column?: string | undefined },
  make: (column: string) => MergeableColumnState<S>,
): MergeableConsumer<unknown, CheckResult[]> {
  return columnConsumer(id, config, make);
}

function columnConsumer<T extends ColumnState>(
  id: string,
  config: { check: string; severity: 'error' | 'warning'; column?: string | undefined },
  make: (column: string) => T,
): BatchConsumer<CheckResult[]> & MergeableConsumer<unknown, CheckResult[]> {
  let targets: { name: string; index: number; state: T }[] | undefined;
  let missing = false;
  return {
    consume(batch) {
      if (targets === undefined) {
        const names = config.column !== undefined ? [config.column] : batch.header;
        targets = [];
        for (const name of names) {
          const index = batch.header.indexOf(name);
          if (index < 0) missing = true;
          else targets.push({ name, index, state: make(name) });
        }
      }
      for (const t of targets) t.state.consume(batch, t.index);
    },
    state(): PerColumnState {
      return { missing, targets: targets?.map((t) => ({ name: t.name, index: t.index, state: (t.state as unknown as MergeableColumnState).state() })) };
    },
    merge(raw, lineOffset) {
      const s = raw as PerColumnState;
      if (s.targets === undefined) return;
      if (targets === undefined) {
        missing = s.missing;
        targets = s.targets.map((t) => ({ name: t.name, index: t.index, state: make(t.name) }));
      }
      // Every part has the same header, so the targets line up.
      s.targets.forEach((t, k) => (targets![k]!.state as unknown as MergeableColumnState).merge(t.state, lineOffset));
    },
    finish() {
      if (config.column !== undefined && (missing || targets === undefined)) {
        return [toResult(id, config, config.column, { status: 'fail', observed: null, expected: 'column present', message: `column ${config.column} is not in the data` })];
      }
      const out: CheckResult[] = [];
      for (const t of targets ?? []) {
        const v = t.state.finish();
        if ('notApplicable' in v) {
          if (config.column !== undefined) out.push(toResult(id, config, t.name, { status: 'skip', observed: null, expected: null, message: v.notApplicable }));
        } else out.push(toResult(id, config, t.name, v));
      }
      return out;
    },
  };
}

/** A table-level check: one verdict from the whole stream. */
export function perTable(
  id: string,
  config: { check: string; severity: 'error' | 'warning' },
  state: { consume(batch: RecordBatch): void; finish(header: readonly string[] | undefined): Verdict },
  column?: string,
): BatchConsumer<CheckResult[]> {
  let header: readonly string[] | undefined;
  return {
    consume(batch) {
      header ??= batch.header;
      state.consume(batch);
    },
    finish() {
      return [toResult(id, config, column, state.finish(header))];
    },
  };
}

/** A table-level check that only looks at the header (DV01–DV03): trivially mergeable. */
export function headerCheck(
  id: string,
  config: { check: string; severity: 'error' | 'warning' },
  finish: (header: readonly string[] | undefined) => Verdict,
  column?: string,
): MergeableConsumer<readonly string[] | undefined, CheckResult[]> {
  let header: readonly string[] | undefined;
  return {
    consume(batch) {
      header ??= batch.header;
    },
    state: () => header,
    merge(h) {
      header ??= h;
    },
    finish() {
      return [toResult(id, config, column, finish(header))];
    },
  };
}

/** True when a consumer can run on several threads (it has `state` and `merge`). */
export function isMergeable<R>(consumer: BatchConsumer<R>): consumer is MergeableConsumer<unknown, R> {
  const c = consumer as Partial<MergeableConsumer<unknown, R>>;
  return typeof c.state === 'function' && typeof c.merge === 'function';
}

/** Formats a fraction for messages: 0.1234 → "12.34%". */
export function percent(x: number): string {
  return `${(x * 100).toFixed(Math.abs(x) < 0.001 && x !== 0 ? 4 : 2)}%`;
}
