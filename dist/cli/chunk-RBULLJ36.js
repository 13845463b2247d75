import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  firstInvalidUtf8,
  headerOnlyError,
  lineAndColumn,
  makeRecordBatch,
  openInputFile,
  readCsvBatches,
  resolveReadOptions
} from "./chunk-HEVO2NNT.js";
import {
  InputError
} from "./chunk-WXR2B6ZC.js";

// src/adapters/data/jsonl-reader.ts
import { closeSync, readSync } from "node:fs";
var utf8 = new TextDecoder("utf-8", { fatal: true });
function fail(file, problem) {
  return new InputError(`${file}: cannot read JSON Lines`, [{ file, ...problem }]);
}
function cellText(value, nulls) {
  if (value === null || value === void 0) return null;
  const text = typeof value === "string" ? value : typeof value === "number" && !Number.isFinite(value) ? value > 0 ? "inf" : value < 0 ? "-inf" : "nan" : JSON.stringify(value);
  return nulls.has(text) && typeof value === "string" ? null : text;
}
async function* readJsonlBatches(path, options) {
  const { fd, size } = openInputFile(path);
  const nulls = new Set(options.nullValues);
  try {
    if (size === 0) throw fail(path, { line: 1, message: "the file is empty", expected: "one JSON object per line" });
    let header;
    let index = /* @__PURE__ */ new Map();
    let cells = [];
    let lines = [];
    let firstRow = 0;
    let rows = 0;
    let line = 1;
    let carry = Buffer.alloc(0);
    let offset = 0;
    const flush = () => {
      if (header === void 0 || lines.length === 0) return void 0;
      const batch = makeRecordBatch({ file: path, header, firstRow, cells, lines });
      firstRow += lines.length;
      cells = header.map(() => []);
      lines = [];
      return batch;
    };
    while (offset < size || carry.length > 0) {
      const chunk = Buffer.allocUnsafe(Math.min(options.chunkBytes, Math.max(0, size - offset)));
      const n = chunk.length > 0 ? readSync(fd, chunk, 0, chunk.length, offset) : 0;
      offset += n;
      const eof = offset >= size || n === 0;
      const buf = carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n);
      let start = 0;
      for (; ; ) {
        let nl = buf.indexOf(10, start);
        if (nl < 0) {
          if (!eof) break;
          if (start >= buf.length) break;
          nl = buf.length;
        }
        const bytes = buf.subarray(start, nl);
        const recordLine = line;
        line++;
        start = nl + 1;
        let text;
        try {
          text = utf8.decode(bytes);
        } catch {
          const bad = firstInvalidUtf8(bytes, 0, bytes.length);
          const at = lineAndColumn(bytes, 0, recordLine, Math.max(0, bad));
          throw fail(path, { line: at.line, column: at.column, message: "invalid UTF-8", expected: "UTF-8 text" });
        }
        if (text.trim() === "") continue;
        let value;
        try {
          value = JSON.parse(text);
        } catch (error) {
          const detail = error instanceof Error ? error.message : String(error);
          const col = /position (\d+)/.exec(detail)?.[1];
          throw fail(path, { line: recordLine, ...col !== void 0 ? { column: Number(col) + 1 } : {}, message: `not valid JSON (${detail})`, expected: "one JSON object per line" });
        }
        if (typeof value !== "object" || value === null || Array.isArray(value)) {
          throw fail(path, { line: recordLine, message: `the line holds ${Array.isArray(value) ? "an array" : value === null ? "null" : `a ${typeof value}`}`, expected: "one JSON object per line" });
        }
        const record = value;
        if (header === void 0) {
          header = Object.keys(record);
          index = new Map(header.map((k, i) => [k, i]));
          cells = header.map(() => []);
        }
        const row = header.map(() => null);
        for (const [key, v] of Object.entries(record)) {
          const c = index.get(key);
          if (c === void 0) throw fail(path, { line: recordLine, message: `unknown key ${JSON.stringify(key)} (the first record has ${header.map((h) => JSON.stringify(h)).join(", ")})`, expected: "the same keys in every record" });
          row[c] = cellText(v, nulls);
        }
        row.forEach((v, c) => cells[c]?.push(v));
        lines.push(recordLine);
        rows++;
        if (lines.length >= options.batchRows) {
          const batch = flush();
          if (batch) yield batch;
        }
      }
      carry = Buffer.from(buf.subarray(start));
      if (carry.length > options.maxRecordBytes) {
        throw fail(path, { line, message: `the record at line ${line} is longer than the maximum record size (${options.maxRecordBytes} bytes)`, expected: "one JSON object per line, shorter than the limit (raise it with --max-record-bytes)" });
      }
      if (eof) break;
    }
    const last = flush();
    if (last) yield last;
    if (rows === 0 && !options.allowEmpty) {
      if (header === void 0) throw fail(path, { line: 1, message: "the file has no records", expected: "one JSON object per line" });
      throw headerOnlyError(path);
    }
  } finally {
    closeSync(fd);
  }
}

// src/adapters/data/read-batches.ts
function readBatches(path, options = {}) {
  const resolved = resolveReadOptions(path, options);
  return resolved.format === "jsonl" ? readJsonlBatches(path, resolved) : readCsvBatches(path, resolved);
}
async function runPass(path, options, consumers) {
  let rows = 0;
  let header = [];
  for await (const batch of readBatches(path, options)) {
    header = batch.header;
    rows += batch.length;
    for (const consumer of consumers) consumer.consume(batch);
  }
  return { rows, header, results: consumers.map((c) => c.finish()) };
}

export {
  readBatches,
  runPass
};
