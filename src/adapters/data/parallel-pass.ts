import { closeSync, existsSync, readSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError, InternalError } from '../../core/errors.js';
import { dataFormat, resolveReadOptions, type ReadOptions } from '../../core/data/read-options.js';
import { headerOnlyError, readCsvHeader, syntaxToInputError } from './csv-reader.js';
import { runCsvRange, type RangeJob, type RangeOutcome } from './csv-range-pass.js';
import { buildConsumers, type ConsumerSpec } from './pass-consumers.js';
import { openInputFile } from './file-input.js';
import { runPass } from './read-batches.js';
import { CsvSyntaxError } from '../../core/data/csv-scanner.js';

/** Below this many bytes per part, a second thread costs more than it saves. */
const MIN_PART_BYTES = 16 * 1024 * 1024;

function workerUrl(): URL | undefined {
  // Beside the CLI bundle (dist/cli/csv-worker.js); from the TypeScript sources (tests through tsx), the
  // built worker in dist/ (worker threads do not inherit tsx's loader on Node 20).
  for (const name of ['./csv-worker.js', '../../../dist/cli/csv-worker.js']) {
    const url = new URL(name, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

/** A worker started ahead of its pass (see prewarmParallelPass); `gone` once it exited before a pass took it. */
interface WarmWorker {
  readonly worker: Worker;
  gone: boolean;
}
const warm: WarmWorker[] = [];

/**
 * Starts the worker threads a parallel pass over `path` would use, waiting for their part, so that their
 * start-up (a thread, a module graph: about 0.15 s) overlaps the caller's own (reading a contract, a policy)
 * instead of delaying the pass. Cheap to get wrong: workers no pass takes are idle, do not keep the process
 * alive, and are stopped by the next pass. Does nothing for files too small to split or clearly not CSV.
 */
export function prewarmParallelPass(path: string, tuning: ParallelPassOptions & { readonly format?: 'csv' | 'jsonl' } = {}): void {
  if (warm.length > 0 || dataFormat(path, tuning.format) !== 'csv') return;
  const threads = tuning.threads ?? availableParallelism();
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return;
    size = stat.size;
  } catch {
    return;
  }
  const workers = Math.min(threads, Math.floor(size / (tuning.minPartBytes ?? MIN_PART_BYTES))) - 1;
  const url = workers > 0 ? workerUrl() : undefined;
  if (url === undefined) return;
  for (let i = 0; i < workers; i++) {
    const entry: WarmWorker = { worker: new Worker(url), gone: false };
    entry.worker.unref();
    const gone = () => {
      entry.gone = true;
    };
    entry.worker.once('error', gone);
    entry.worker.once('exit', gone);
    warm.push(entry);
  }
}

/** How many started workers wait for a part (for tests). */
export function waitingWorkers(): number {
  return warm.filter((w) => !w.gone).length;
}

/** A started worker waiting for its part, if one is left (see prewarmParallelPass). */
function takeWarm(): Worker | undefined {
  while (warm.length > 0) {
    const entry = warm.shift() as WarmWorker;
    if (!entry.gone) return entry.worker;
  }
  return undefined;
}

/** Stops the started workers the pass did not take. */
function dropWarm(): void {
  for (const entry of warm.splice(0)) if (!entry.gone) void entry.worker.terminate();
}

function runWorker(url: URL, job: RangeJob): Promise<RangeOutcome> {
  return new Promise((resolve) => {
    const started = takeWarm();
    const worker = started ?? new Worker(url, { workerData: job });
    if (started !== undefined) {
      started.ref();
      started.postMessage(job);
    }
    let settled = false;
    worker.once('message', (m: RangeOutcome) => {
      settled = true;
      resolve(m);
    });
    worker.once('error', (e) => {
      if (!settled) resolve({ ok: false, internal: e.stack ?? e.message });
      settled = true;
    });
    worker.once('exit', (code) => {
      if (!settled) resolve({ ok: false, internal: `worker exited with code ${code}` });
    });
  });
}

/** First offset after the first LF at or after `from`, or -1 within a 1 MiB look-ahead. */
function nextLineStart(fd: number, from: number, size: number): number {
  const buf = Buffer.allocUnsafe(Math.min(1024 * 1024, size - from));
  const n = readSync(fd, buf, 0, buf.length, from);
  const lf = buf.subarray(0, n).indexOf(10);
  return lf < 0 ? -1 : from + lf + 1;
}

function toError(outcome: RangeOutcome, path: string, lineOffset: number): unknown {
  if (outcome.ok) return undefined;
  if (outcome.syntax) return syntaxToInputError(new CsvSyntaxError(outcome.syntax.message, outcome.syntax.line, outcome.syntax.column, outcome.syntax.expected), path, lineOffset);
  if (outcome.input) {
    const problems = outcome.input.problems.map((p) => (p.line !== undefined ? { ...p, line: p.line + lineOffset, message: p.message.replace(/line (\d+)/g, (_m, l: string) => `line ${Number(l) + lineOffset}`) } : p));
    return new InputError(`${path}: cannot read CSV`, problems);
  }
  return new InternalError(`reading ${path} failed: ${outcome.internal ?? 'unknown error'}`);
}

/** The outcome of a parallel pass: records read, the header, and each consumer's result in the order given. */
export interface ParallelPassResult {
  readonly rows: number;
  readonly header: readonly string[];
  readonly results: readonly unknown[];
}

export interface ParallelPassOptions {
  /** Threads to use (default: one per core). */
  readonly threads?: number;
  /** Smallest part worth a thread (default 16 MiB). */
  readonly minPartBytes?: number;
  /** The consumers never keep a batch after consume(), so chunk buffers and batch arrays can be reused. */
  readonly reuseBatches?: boolean;
}

/**
 * One pass over a data file with registered mergeable consumers (src/adapters/data/pass-consumers.ts). A large
 * CSV file is split at line starts into one part per core; part 0 runs in this thread, the others in worker
 * threads, and each consumer merges the parts' states in file order (with the line offset of each part). A
 * split that fell inside a quoted field is detected (the previous part ends elsewhere) and the next part is
 * redone from the true record boundary. Small files, JSON Lines and single-thread runs take the ordinary pass.
 */
export async function runParallelPass(path: string, options: ReadOptions, specs: readonly ConsumerSpec[], tuning: ParallelPassOptions = {}): Promise<ParallelPassResult> {
  const resolved = resolveReadOptions(path, options);
  const threads = tuning.threads ?? availableParallelism();
  const url = workerUrl();
  if (resolved.format !== 'csv' || threads < 2 || url === undefined) return sequential(path, options, specs);
  const { fd, size } = openInputFile(path);
  let head;
  const starts: number[] = [];
  try {
    head = readCsvHeader(fd, size, path, resolved);
    const parts = Math.min(threads, Math.floor((size - head.dataStart) / (tuning.minPartBytes ?? MIN_PART_BYTES)));
    starts.push(head.dataStart);
    for (let i = 1; i < parts; i++) {
      const at = nextLineStart(fd, Math.max(starts[i - 1] ?? 0, head.dataStart + Math.floor(((size - head.dataStart) * i) / parts)), size);
      if (at < 0 || at >= size) break;
      starts.push(at);
    }
  } finally {
    closeSync(fd);
  }
  if (starts.length < 2) return sequential(path, options, specs);
  const header = head.header;
  const job = (i: number, start: number, line: number): RangeJob => ({ path, size, header, options: resolved, consumers: specs, reuseBatches: tuning.reuseBatches ?? false, range: { start, stopAt: starts[i + 1] ?? size, line } });
  const pending = starts.slice(1).map((s, j) => runWorker(url, job(j + 1, s, 1)));
  dropWarm();
  const outcomes: RangeOutcome[] = [runCsvRange(job(0, head.dataStart, head.dataLine))];
  outcomes.push(...(await Promise.all(pending)));
  const consumers = buildConsumers(specs, path);
  let rows = 0;
  // Part 0 reports absolute lines; worker parts count from 1, so their offset is known once the part before is done.
  const offsets = outcomes.map(() => 0);
  for (let i = 0; i < outcomes.length; i++) {
    const outcome = outcomes[i] as RangeOutcome;
    if (!outcome.ok) throw toError(outcome, path, offsets[i] ?? 0);
    consumers.forEach((c, k) => c.merge(outcome.states[k], offsets[i] ?? 0));
    rows += outcome.end.rows;
    if (i + 1 >= outcomes.length) break;
    const endLine = outcome.end.line + (offsets[i] ?? 0);
    if (outcome.end.end !== starts[i + 1]) {
      // The split landed inside a quoted field, so this part read on to the real record end: redo the next part from there.
      starts[i + 1] = outcome.end.end;
      outcomes[i + 1] = runCsvRange(job(i + 1, outcome.end.end, endLine));
      offsets[i + 1] = 0;
    } else offsets[i + 1] = endLine - 1;
  }
  if (rows === 0 && !resolved.allowEmpty) throw headerOnlyError(path);
  return { rows, header, results: consumers.map((c) => c.finish()) };
}

async function sequential(path: string, options: ReadOptions, specs: readonly ConsumerSpec[]): Promise<ParallelPassResult> {
  const pass = await runPass(path, options, buildConsumers(specs, path));
  return { rows: pass.rows, header: pass.header, results: pass.results };
}
