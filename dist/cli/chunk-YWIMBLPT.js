import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  buildConsumers,
  runCsvRange
} from "./chunk-XH44LWVR.js";
import {
  runPass
} from "./chunk-RBULLJ36.js";
import {
  CsvSyntaxError,
  dataFormat,
  headerOnlyError,
  openInputFile,
  readCsvHeader,
  resolveReadOptions,
  syntaxToInputError
} from "./chunk-HEVO2NNT.js";
import {
  InputError,
  InternalError
} from "./chunk-WXR2B6ZC.js";

// src/adapters/data/parallel-pass.ts
import { closeSync, existsSync, readSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var MIN_PART_BYTES = 16 * 1024 * 1024;
function workerUrl() {
  for (const name of ["./csv-worker.js", "../../../dist/cli/csv-worker.js"]) {
    const url = new URL(name, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return void 0;
}
var warm = [];
function prewarmParallelPass(path, tuning = {}) {
  if (warm.length > 0 || dataFormat(path, tuning.format) !== "csv") return;
  const threads = tuning.threads ?? availableParallelism();
  let size;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return;
    size = stat.size;
  } catch {
    return;
  }
  const workers = Math.min(threads, Math.floor(size / (tuning.minPartBytes ?? MIN_PART_BYTES))) - 1;
  const url = workers > 0 ? workerUrl() : void 0;
  if (url === void 0) return;
  for (let i = 0; i < workers; i++) {
    const entry = { worker: new Worker(url), gone: false };
    entry.worker.unref();
    const gone = () => {
      entry.gone = true;
    };
    entry.worker.once("error", gone);
    entry.worker.once("exit", gone);
    warm.push(entry);
  }
}
function takeWarm() {
  while (warm.length > 0) {
    const entry = warm.shift();
    if (!entry.gone) return entry.worker;
  }
  return void 0;
}
function dropWarm() {
  for (const entry of warm.splice(0)) if (!entry.gone) void entry.worker.terminate();
}
function runWorker(url, job) {
  return new Promise((resolve) => {
    const started = takeWarm();
    const worker = started ?? new Worker(url, { workerData: job });
    if (started !== void 0) {
      started.ref();
      started.postMessage(job);
    }
    let settled = false;
    worker.once("message", (m) => {
      settled = true;
      resolve(m);
    });
    worker.once("error", (e) => {
      if (!settled) resolve({ ok: false, internal: e.stack ?? e.message });
      settled = true;
    });
    worker.once("exit", (code) => {
      if (!settled) resolve({ ok: false, internal: `worker exited with code ${code}` });
    });
  });
}
function nextLineStart(fd, from, size) {
  const buf = Buffer.allocUnsafe(Math.min(1024 * 1024, size - from));
  const n = readSync(fd, buf, 0, buf.length, from);
  const lf = buf.subarray(0, n).indexOf(10);
  return lf < 0 ? -1 : from + lf + 1;
}
function toError(outcome, path, lineOffset) {
  if (outcome.ok) return void 0;
  if (outcome.syntax) return syntaxToInputError(new CsvSyntaxError(outcome.syntax.message, outcome.syntax.line, outcome.syntax.column, outcome.syntax.expected), path, lineOffset);
  if (outcome.input) {
    const problems = outcome.input.problems.map((p) => p.line !== void 0 ? { ...p, line: p.line + lineOffset, message: p.message.replace(/line (\d+)/g, (_m, l) => `line ${Number(l) + lineOffset}`) } : p);
    return new InputError(`${path}: cannot read CSV`, problems);
  }
  return new InternalError(`reading ${path} failed: ${outcome.internal ?? "unknown error"}`);
}
async function runParallelPass(path, options, specs, tuning = {}) {
  const resolved = resolveReadOptions(path, options);
  const threads = tuning.threads ?? availableParallelism();
  const url = workerUrl();
  if (resolved.format !== "csv" || threads < 2 || url === void 0) return sequential(path, options, specs);
  const { fd, size } = openInputFile(path);
  let head;
  const starts = [];
  try {
    head = readCsvHeader(fd, size, path, resolved);
    const parts = Math.min(threads, Math.floor((size - head.dataStart) / (tuning.minPartBytes ?? MIN_PART_BYTES)));
    starts.push(head.dataStart);
    for (let i = 1; i < parts; i++) {
      const at = nextLineStart(fd, Math.max(starts[i - 1] ?? 0, head.dataStart + Math.floor((size - head.dataStart) * i / parts)), size);
      if (at < 0 || at >= size) break;
      starts.push(at);
    }
  } finally {
    closeSync(fd);
  }
  if (starts.length < 2) return sequential(path, options, specs);
  const header = head.header;
  const job = (i, start, line) => ({ path, size, header, options: resolved, consumers: specs, reuseBatches: tuning.reuseBatches ?? false, range: { start, stopAt: starts[i + 1] ?? size, line } });
  const pending = starts.slice(1).map((s, j) => runWorker(url, job(j + 1, s, 1)));
  dropWarm();
  const outcomes = [runCsvRange(job(0, head.dataStart, head.dataLine))];
  outcomes.push(...await Promise.all(pending));
  const consumers = buildConsumers(specs, path);
  let rows = 0;
  const offsets = outcomes.map(() => 0);
  for (let i = 0; i < outcomes.length; i++) {
    const outcome = outcomes[i];
    if (!outcome.ok) throw toError(outcome, path, offsets[i] ?? 0);
    consumers.forEach((c, k) => c.merge(outcome.states[k], offsets[i] ?? 0));
    rows += outcome.end.rows;
    if (i + 1 >= outcomes.length) break;
    const endLine = outcome.end.line + (offsets[i] ?? 0);
    if (outcome.end.end !== starts[i + 1]) {
      starts[i + 1] = outcome.end.end;
      outcomes[i + 1] = runCsvRange(job(i + 1, outcome.end.end, endLine));
      offsets[i + 1] = 0;
    } else offsets[i + 1] = endLine - 1;
  }
  if (rows === 0 && !resolved.allowEmpty) throw headerOnlyError(path);
  return { rows, header, results: consumers.map((c) => c.finish()) };
}
async function sequential(path, options, specs) {
  const pass = await runPass(path, options, buildConsumers(specs, path));
  return { rows: pass.rows, header: pass.header, results: pass.results };
}

export {
  prewarmParallelPass,
  runParallelPass
};
