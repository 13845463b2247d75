import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));

// src/core/errors.ts
function formatProblem(p) {
  const where = p.file === void 0 ? "" : `${p.file}${p.line !== void 0 ? `:${p.line}` : ""}${p.line !== void 0 && p.column !== void 0 ? `:${p.column}` : ""}: `;
  const path = p.path ? `${p.path}: ` : "";
  const expected = p.expected ? ` (expected ${p.expected})` : "";
  return `${where}${path}${p.message}${expected}`;
}
var MergemlError = class extends Error {
  constructor(message, options2) {
    super(message, options2);
    this.name = new.target.name;
  }
};
var UsageError = class extends MergemlError {
  kind = "usage";
};
var InputError = class extends MergemlError {
  kind = "input";
  problems;
  constructor(message, problems = [], options2) {
    super(problems.length > 0 ? `${message}
${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}` : message, options2);
    this.problems = problems;
  }
};
var ConfigError = class extends MergemlError {
  kind = "config";
  problems;
  constructor(message, problems = [], options2) {
    super(problems.length > 0 ? `${message}
${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}` : message, options2);
    this.problems = problems;
  }
};
var CheckFailedError = class extends MergemlError {
  kind = "check";
};
var InternalError = class extends MergemlError {
  kind = "internal";
};

// src/core/did-you-mean.ts
function editDistance(a, b) {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
function suggest(input, candidates) {
  const needle = input.toLowerCase();
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(needle, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === void 0) return void 0;
  const limit = Math.max(2, Math.floor(Math.max(input.length, best.length) / 3));
  return bestDistance <= limit ? best : void 0;
}

// src/cli/exit-codes.ts
var EXIT = Object.freeze({ ok: 0, failed: 1, usage: 2, internal: 70 });
var ISSUE_URL = "https://github.com/mergeml/mergeml/issues";
function describeFailure(error) {
  if (error instanceof MergemlError) {
    switch (error.kind) {
      case "usage":
      case "input":
      case "config":
        return { exitCode: EXIT.usage, message: `error: ${error.message}` };
      case "check":
        return { exitCode: EXIT.failed, message: error.message };
      case "internal":
        break;
    }
  }
  const detail = error instanceof Error ? error.stack ?? error.message : String(error);
  return {
    exitCode: EXIT.internal,
    message: `internal error: this is a bug in MergeML. Please open an issue at ${ISSUE_URL} with the output below.
${detail}`
  };
}

// src/cli/command.ts
import { parseArgs } from "node:util";
function parseCommandArgs(command, argv) {
  const options2 = { ...command.options, help: { type: "boolean", short: "h" } };
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: options2, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    if (unknown !== void 0) {
      const hint = suggest(unknown.replace(/^-+/, ""), Object.keys(options2));
      throw new UsageError(
        `mergeml ${command.name}: unknown option ${unknown}${hint ? ` (did you mean --${hint}?)` : ""}. Run \`mergeml ${command.name} --help\`.`
      );
    }
    throw new UsageError(`mergeml ${command.name}: ${message.replace(/\. To specify.*$/s, "")}. Run \`mergeml ${command.name} --help\`.`, { cause: error });
  }
  const positionals = parsed.positionals;
  const bounds = command.positionals ?? { min: 0, max: 0 };
  if (!parsed.values["help"] && (positionals.length < bounds.min || positionals.length > bounds.max)) {
    const extra = positionals.length > bounds.max ? `unexpected argument '${positionals[bounds.max]}'` : "missing argument";
    throw new UsageError(`mergeml ${command.name}: ${extra}. Run \`mergeml ${command.name} --help\`.`);
  }
  return { values: parsed.values, positionals };
}
function requireString(args, name, command) {
  const value2 = args.values[name];
  if (typeof value2 !== "string" || value2.length === 0) {
    throw new UsageError(`mergeml ${command}: --${name} is required. Run \`mergeml ${command} --help\`.`);
  }
  return value2;
}
function optionalString(args, name) {
  const value2 = args.values[name];
  return typeof value2 === "string" ? value2 : void 0;
}

// src/cli/commands/profile.ts
import { renameSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

// src/core/profile/format-number.ts
function formatStat(value2) {
  if (value2 === null || value2 === void 0) return "\u2013";
  if (Number.isInteger(value2) && Math.abs(value2) < 1e15) return String(value2);
  if (!Number.isFinite(value2)) return String(value2);
  const text3 = value2.toPrecision(6);
  return text3.includes("e") ? text3 : text3.replace(/\.?0+$/, "");
}

// src/core/profile/render-table.ts
function renderProfileTable(profile) {
  const head = ["column", "type", "count", "nulls", "distinct", "min", "p50", "max", "mean", "std", "top"];
  const rows2 = profile.columns.map((c) => {
    const n = c.numeric;
    const top = (c.text?.top ?? []).slice(0, 3).map((t) => `${JSON.stringify(t.value)}:${t.count}`).join(" ");
    return [
      c.name,
      c.type + (n && n.nonFinite > 0 ? `(${n.nonFinite} non-finite)` : ""),
      String(c.count),
      String(c.nulls),
      (c.distinctExact ? "" : "~") + String(c.distinct),
      formatStat(n?.min),
      formatStat(n?.quantiles.p50),
      formatStat(n?.max),
      formatStat(n?.mean),
      formatStat(n?.std),
      top
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows2.map((r) => (r[i] ?? "").length)));
  const fmt5 = (r) => r.map((cell, i) => i >= 2 && i <= 9 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return `${profile.file}: ${profile.rows} rows, ${profile.columns.length} columns

${[fmt5(head), ...rows2.map(fmt5)].join("\n")}
`;
}

// src/adapters/data/parallel-profile.ts
import { availableParallelism as availableParallelism2 } from "node:os";

// src/adapters/data/parallel-pass.ts
import { closeSync as closeSync5, existsSync, readSync as readSync3 } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

// src/core/data/read-options.ts
var DEFAULT_MAX_RECORD_BYTES = 16 * 1024 * 1024;
function resolveReadOptions(path, options2 = {}) {
  const raw = options2.delimiter ?? ",";
  const delimiter = raw === "tab" || raw === "\\t" ? "	" : raw;
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === "\n" || delimiter === "\r" || delimiter.charCodeAt(0) > 127) {
    throw new UsageError(`delimiter ${JSON.stringify(raw)} is not supported (expected one ASCII character other than a quote or newline, e.g. "," ";" "|" or "tab")`);
  }
  const maxRecordBytes = options2.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  if (!Number.isInteger(maxRecordBytes) || maxRecordBytes < 1) throw new UsageError(`maxRecordBytes must be a positive integer, got ${maxRecordBytes}`);
  const format = options2.format ?? (/\.(jsonl|ndjson)$/i.test(path) ? "jsonl" : "csv");
  return {
    format,
    delimiter,
    nullValues: [...options2.nullValues ?? [""]],
    maxRecordBytes,
    batchRows: Math.max(1, options2.batchRows ?? 8192),
    chunkBytes: Math.max(1024, options2.chunkBytes ?? 4 * 1024 * 1024),
    allowEmpty: options2.allowEmpty ?? false
  };
}
function csvDialect(options2) {
  const encoder = new TextEncoder();
  return { delimiter: options2.delimiter.charCodeAt(0), quote: 34, nullTokens: options2.nullValues.map((t) => encoder.encode(t)) };
}

// src/adapters/data/csv-reader.ts
import { closeSync as closeSync2, readSync } from "node:fs";
import { isUtf8 } from "node:buffer";

// src/core/data/record-batch.ts
var CELL_NULL = 0;
var CELL_NUMBER = 1;
var CELL_TEXT = 2;
function cellKinds(batch, column3) {
  if (batch.kinds) return batch.kinds(column3);
  const nums = batch.numbers(column3);
  const col = batch.cells[column3] ?? [];
  const out = new Uint8Array(batch.length);
  for (let i = 0; i < batch.length; i++) {
    const text3 = col[i] ?? null;
    out[i] = text3 === null ? CELL_NULL : !Number.isNaN(nums[i] ?? NaN) || isNanLiteral(text3) ? CELL_NUMBER : CELL_TEXT;
  }
  return out;
}
function isNanLiteral(text3) {
  const t = text3.trim();
  return t === "nan" || t === "NaN" || t === "NAN";
}
function parseNumber(text3) {
  if (text3 === null) return NaN;
  const t = text3.trim();
  if (t === "") return NaN;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?(inf|infinity|Infinity|Inf|INF)$|^(nan|NaN|NAN)$/.test(t)) return NaN;
  if (/^[+-]?inf/i.test(t)) return t.startsWith("-") ? -Infinity : Infinity;
  return Number(t);
}
function makeRecordBatch(init) {
  const length = init.lines.length;
  const cache = /* @__PURE__ */ new Map();
  return {
    ...init,
    length,
    numbers(column3) {
      let out = cache.get(column3);
      if (out === void 0) {
        const col = init.cells[column3] ?? [];
        out = new Float64Array(length);
        for (let i = 0; i < length; i++) out[i] = parseNumber(col[i] ?? null);
        cache.set(column3, out);
      }
      return out;
    }
  };
}

// src/core/data/number-bytes.ts
var POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
var TWO53 = 9007199254740992;
function latin1(bytes, start, end) {
  let out = "";
  for (let i = start; i < end; i++) out += String.fromCharCode(bytes[i] ?? 0);
  return out;
}
function parseNumberBytes(bytes, start, end) {
  let s = start;
  let e = end;
  while (s < e && (bytes[s] === 32 || bytes[s] === 9)) s++;
  while (e > s && (bytes[e - 1] === 32 || bytes[e - 1] === 9)) e--;
  if (s === e) return NaN;
  let i = s;
  let neg = false;
  let c = bytes[i] ?? 0;
  if (c === 45) {
    neg = true;
    i++;
  } else if (c === 43) i++;
  const body = i;
  let mant = 0;
  let digits = 0;
  let frac = 0;
  while (i < e) {
    const d = (bytes[i] ?? 0) - 48;
    if (d < 0 || d > 9) break;
    mant = mant * 10 + d;
    digits++;
    i++;
  }
  if (i < e && bytes[i] === 46) {
    i++;
    while (i < e) {
      const d = (bytes[i] ?? 0) - 48;
      if (d < 0 || d > 9) break;
      mant = mant * 10 + d;
      digits++;
      frac++;
      i++;
    }
  }
  if (digits === 0) {
    c = bytes[i] ?? 0;
    if ((e - i === 3 || e - i === 8) && (c === 105 || c === 73 || c === 110 || c === 78)) return parseNumber(latin1(bytes, s, e));
    return NaN;
  }
  let exp = 0;
  if (i < e && ((bytes[i] ?? 0) | 32) === 101) {
    i++;
    let expNeg = false;
    if (bytes[i] === 45) {
      expNeg = true;
      i++;
    } else if (bytes[i] === 43) i++;
    const expStart = i;
    while (i < e) {
      const d = (bytes[i] ?? 0) - 48;
      if (d < 0 || d > 9) break;
      if (exp < 1e5) exp = exp * 10 + d;
      i++;
    }
    if (i === expStart) return NaN;
    if (expNeg) exp = -exp;
  }
  if (i !== e) return NaN;
  const e10 = exp - frac;
  let v;
  if (mant <= TWO53 && e10 >= -22 && e10 <= 22) v = e10 >= 0 ? mant * (POW10[e10] ?? 1) : mant / (POW10[-e10] ?? 1);
  else v = Number(latin1(bytes, body, e));
  return neg ? -v : v;
}

// src/core/data/csv-scanner.ts
var CsvSyntaxError = class extends Error {
  constructor(message, line, column3, expected) {
    super(message);
    this.line = line;
    this.column = column3;
    this.expected = expected;
    this.name = "CsvSyntaxError";
  }
  line;
  column;
  expected;
};
var CsvBatchBuilder = class {
  /**
   * `arrays`: storage to use instead of fresh arrays (the WebAssembly scanner's memory, so batches need no
   * copying out); each must have the length the fields below give it.
   */
  constructor(ncols, capacity, arrays) {
    this.ncols = ncols;
    this.capacity = capacity;
    const cells = ncols * capacity;
    this.starts = arrays?.starts ?? new Int32Array(cells);
    this.ends = arrays?.ends ?? new Int32Array(cells);
    this.escaped = arrays?.escaped ?? new Uint8Array(cells);
    this.kinds = arrays?.kinds ?? new Uint8Array(cells);
    this.numbers = arrays?.numbers ?? new Float64Array(cells);
    this.lines = arrays?.lines ?? new Float64Array(capacity);
    this.digitCells = arrays?.digitCells ?? new Int32Array(ncols);
    this.formIds = arrays?.formIds ?? new Int32Array(cells);
    this.formCount = arrays?.formCount ?? new Int32Array(ncols);
    this.formStart = arrays?.formStart ?? new Int32Array(ncols * MAX_FORMS);
    this.formLen = arrays?.formLen ?? new Int32Array(ncols * MAX_FORMS);
    this.formEsc = arrays?.formEsc ?? new Uint8Array(ncols * MAX_FORMS);
    this.formSlots = new Int32Array(ncols * FORM_SLOTS);
  }
  ncols;
  capacity;
  starts;
  ends;
  escaped;
  kinds;
  numbers;
  lines;
  /** Per column: cells of this batch that are unsigned digit-only literals (a subset of the integer literals). */
  digitCells;
  /**
   * The batch's dictionary of text cells by raw form, per column (read through batch-views' textDictionary):
   * `formIds` gives each text cell (kind CELL_TEXT) the index of its raw form within its column; a form is
   * the bytes of its first cell (`formStart`, `formLen`) and whether they hold `""` escapes (`formEsc`).
   * `formCount` is the column's number of forms, or -1 when it held more than MAX_FORMS (no dictionary).
   * Forms of a record cut by the end of the buffer may be listed without any committed cell holding them.
   */
  formIds;
  formCount;
  formStart;
  formLen;
  formEsc;
  formSlots;
  length = 0;
};
var MAX_FORMS = 1024;
var FORM_SLOTS = 2048;
function isNullToken(bytes, s, e, tokens) {
  const len = e - s;
  for (const t of tokens) {
    if (t.length !== len) continue;
    let j = 0;
    while (j < len && bytes[s + j] === t[j]) j++;
    if (j === len) return true;
  }
  return false;
}
function isNanBytes(bytes, s, e) {
  let a = s;
  let z19 = e;
  while (a < z19 && (bytes[a] === 32 || bytes[a] === 9)) a++;
  while (z19 > a && (bytes[z19 - 1] === 32 || bytes[z19 - 1] === 9)) z19--;
  if (z19 - a !== 3) return false;
  const t = latin1(bytes, a, z19);
  return t === "nan" || t === "NaN" || t === "NAN";
}
function scanCsvRecords(bytes, st, limit, eof, d, b, stopAt) {
  const DELIM = d.delimiter;
  const QUOTE = d.quote;
  const ncols = b.ncols;
  const cap = b.capacity;
  const tokens = d.nullTokens;
  const { starts, ends, escaped, kinds, numbers, lines, digitCells, formIds, formCount, formStart, formLen, formEsc, formSlots } = b;
  if (b.length === 0) {
    digitCells.fill(0);
    escaped.fill(0);
    formSlots.fill(0);
    for (let c = 0; c < ncols; c++) formCount[c] = st.noDictionary?.[c] === 1 ? -1 : 0;
  }
  let tokenLengths = 0;
  let longTokens = 0;
  const firstBytes = new Int32Array(8);
  let emptyToken = 0;
  for (const t of tokens) {
    if (t.length < 32) tokenLengths |= 1 << t.length;
    else longTokens = 1;
    if (t.length === 0) emptyToken = 1;
    else firstBytes[t[0] >> 5] = firstBytes[t[0] >> 5] | 1 << (t[0] & 31);
  }
  let pos = st.pos;
  let line = st.line;
  let lineStart = st.lineStart;
  for (; ; ) {
    if (pos >= stopAt) return "stop";
    if (b.length >= cap) return "full";
    if (pos >= limit) return eof ? "done" : "need-more";
    const recLine = line;
    const row = b.length;
    let col = 0;
    let lastEmpty = false;
    for (; ; ) {
      let s;
      let e;
      let esc = 0;
      let digitsOnly = false;
      let intValue = 0;
      if (bytes[pos] === QUOTE && pos < limit) {
        const qLine = line;
        const qCol = pos - lineStart + 1;
        pos++;
        s = pos;
        for (; ; ) {
          while (pos < limit) {
            const c2 = bytes[pos];
            if (c2 === QUOTE) break;
            if (c2 === 10) {
              line++;
              lineStart = pos + 1;
            }
            pos++;
          }
          if (pos >= limit || pos + 1 >= limit && !eof) {
            if (!eof) return uncountPartial(b, bytes, row, col, QUOTE);
            throw new CsvSyntaxError(`unterminated quoted field: the quote opened at line ${qLine}, column ${qCol} is never closed`, qLine, qCol, 'a closing " before the end of the file (write a quote inside a field as "")');
          }
          if (bytes[pos + 1] === QUOTE) {
            esc = 1;
            pos += 2;
            continue;
          }
          e = pos;
          pos++;
          break;
        }
        if (pos < limit) {
          const c2 = bytes[pos];
          if (c2 !== DELIM && c2 !== 10 && c2 !== 13) {
            throw new CsvSyntaxError("unexpected character after a closing quote", line, pos - lineStart + 1, 'a delimiter or the end of the line after a quoted field (write a quote inside a field as "")');
          }
        }
        lastEmpty = false;
      } else {
        s = pos;
        let acc = 0;
        digitsOnly = true;
        while (pos < limit) {
          const dg = bytes[pos] - 48;
          if (dg >>> 0 <= 9) {
            acc = acc * 10 + dg;
            pos++;
            continue;
          }
          const c2 = dg + 48;
          if (c2 === DELIM || c2 === 10 || c2 === 13) break;
          digitsOnly = false;
          pos++;
        }
        if (pos >= limit && !eof) return uncountPartial(b, bytes, row, col, QUOTE);
        e = pos;
        lastEmpty = s === e;
        intValue = acc;
      }
      if (col < ncols) {
        const k = col * cap + row;
        const len = e - s;
        starts[k] = s;
        ends[k] = e;
        if (esc === 1) escaped[k] = 1;
        if (len === 0 ? emptyToken === 1 : (len < 32 ? tokenLengths >>> len & 1 : longTokens) && firstBytes[bytes[s] >> 5] >>> (bytes[s] & 31) & 1 && isNullToken(bytes, s, e, tokens)) {
          kinds[k] = CELL_NULL;
          numbers[k] = NaN;
        } else if (digitsOnly && len > 0 && len <= 15) {
          numbers[k] = intValue;
          kinds[k] = CELL_NUMBER;
          digitCells[col] = digitCells[col] + 1;
        } else {
          const c0 = len === 0 ? 0 : bytes[s];
          const maybe = c0 >= 48 && c0 <= 57 || c0 === 45 || c0 === 43 || c0 === 46 || c0 === 32 || c0 === 9 || (c0 | 32) === 105 || (c0 | 32) === 110;
          const v = esc === 1 || !maybe ? NaN : parseNumberBytes(bytes, s, e);
          numbers[k] = v;
          if (v === v || maybe && esc === 0 && len <= 12 && isNanBytes(bytes, s, e)) kinds[k] = CELL_NUMBER;
          else {
            kinds[k] = CELL_TEXT;
            const fc = formCount[col];
            if (fc >= 0) {
              const h = len === 0 ? 0 : Math.imul(len ^ bytes[s] << 8 ^ bytes[e - 1] << 16 ^ bytes[s + (len >> 1)] << 24 ^ bytes[s + (len >> 2)] << 4 ^ bytes[e - 1 - (len >> 2)] << 12, 2654435761);
              const sbase = col * FORM_SLOTS;
              const fbase = col * MAX_FORMS;
              let slot = h >>> 21 & FORM_SLOTS - 1;
              for (; ; ) {
                const f2 = formSlots[sbase + slot] - 1;
                if (f2 < 0) {
                  if (fc >= MAX_FORMS) {
                    formCount[col] = -1;
                    (st.noDictionary ??= new Uint8Array(ncols))[col] = 1;
                    break;
                  }
                  formSlots[sbase + slot] = fc + 1;
                  formStart[fbase + fc] = s;
                  formLen[fbase + fc] = len;
                  formEsc[fbase + fc] = esc;
                  formIds[k] = fc;
                  formCount[col] = fc + 1;
                  break;
                }
                if (formLen[fbase + f2] === len && formEsc[fbase + f2] === esc) {
                  const fs = formStart[fbase + f2];
                  let j = 0;
                  while (j < len && bytes[s + j] === bytes[fs + j]) j++;
                  if (j === len) {
                    formIds[k] = f2;
                    break;
                  }
                }
                slot = slot + 1 & FORM_SLOTS - 1;
              }
            }
          }
        }
      }
      col++;
      if (pos >= limit) break;
      const c = bytes[pos];
      if (c === DELIM) {
        pos++;
        continue;
      }
      if (c === 13) {
        if (pos + 1 < limit) pos += bytes[pos + 1] === 10 ? 2 : 1;
        else if (eof) pos++;
        else return uncountPartial(b, bytes, row, col, QUOTE);
      } else pos++;
      line++;
      lineStart = pos;
      break;
    }
    st.pos = pos;
    st.line = line;
    st.lineStart = lineStart;
    if (col === 1 && lastEmpty) continue;
    if (col !== ncols) {
      throw new CsvSyntaxError(`record has ${col} field${col === 1 ? "" : "s"}, the header has ${ncols}`, recLine, void 0, `${ncols} fields separated by '${String.fromCharCode(DELIM)}' (quote fields that contain the delimiter)`);
    }
    lines[row] = recLine;
    b.length = row + 1;
  }
}
function uncountPartial(b, bytes, row, cols, quote3) {
  for (let col = 0; col < Math.min(cols, b.ncols); col++) {
    const k = col * b.capacity + row;
    b.escaped[k] = 0;
    if (b.kinds[k] !== CELL_NUMBER) continue;
    const s = b.starts[k];
    const e = b.ends[k];
    if (e - s < 1 || e - s > 15 || s > 0 && bytes[s - 1] === quote3) continue;
    let digits = true;
    for (let j = s; j < e && digits; j++) digits = bytes[j] >= 48 && bytes[j] <= 57;
    if (digits) b.digitCells[col] = b.digitCells[col] - 1;
  }
  return "need-more";
}
function scanHeaderRecord(bytes, st, limit, eof, d, decode) {
  const fields = [];
  let pos = st.pos;
  let line = st.line;
  let lineStart = st.lineStart;
  for (; ; ) {
    let text3;
    if (bytes[pos] === d.quote && pos < limit) {
      const qLine = line;
      const qCol = pos - lineStart + 1;
      pos++;
      const parts = [];
      for (; ; ) {
        if (pos >= limit) {
          if (!eof) return null;
          throw new CsvSyntaxError(`unterminated quoted field: the quote opened at line ${qLine}, column ${qCol} is never closed`, qLine, qCol, 'a closing " before the end of the file');
        }
        const c2 = bytes[pos] ?? 0;
        if (c2 === d.quote) {
          if (pos + 1 >= limit && !eof) return null;
          if (bytes[pos + 1] === d.quote) {
            parts.push(c2);
            pos += 2;
            continue;
          }
          pos++;
          break;
        }
        if (c2 === 10) {
          line++;
          lineStart = pos + 1;
        }
        parts.push(c2);
        pos++;
      }
      text3 = decode(Uint8Array.from(parts));
    } else {
      const s = pos;
      while (pos < limit && bytes[pos] !== d.delimiter && bytes[pos] !== 10 && bytes[pos] !== 13) pos++;
      if (pos >= limit && !eof) return null;
      text3 = decode(bytes.subarray(s, pos));
    }
    fields.push(text3);
    if (pos >= limit) break;
    const c = bytes[pos];
    if (c === d.delimiter) {
      pos++;
      continue;
    }
    if (c !== 10 && c !== 13) {
      throw new CsvSyntaxError("unexpected character after a closing quote", line, pos - lineStart + 1, "a delimiter or the end of the line after a quoted field");
    }
    if (c === 13 && pos + 1 >= limit && !eof) return null;
    pos += c === 13 && bytes[pos + 1] === 10 ? 2 : 1;
    line++;
    lineStart = pos;
    break;
  }
  st.pos = pos;
  st.line = line;
  st.lineStart = lineStart;
  return fields;
}

// src/core/data/wasm/csv-scan-wasm.ts
var CSV_SCAN_WASM = "AGFzbQEAAAABJAVgAAF/YAV/f39/fAF/YAJ/fwF8YAR/f39/AX9gBX9/f39/AAIPAQNlbnYGbWVtb3J5AgABAxQTAAABAgAAAAMAAAAAAAAAAAAABAagAR1/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC3wBRAAAAAAAAAAAC38BQQALfwFBAAt8AUQAAAAAAAAAAAt/AUEAC38BQQALfwFBAAsHhAIZA3BvcwMVBGxpbmUDFglsaW5lU3RhcnQDFwZsZW5ndGgDGAdlcnJMaW5lAxkGZXJyQ29sAxoIZXJyQ291bnQDGwZsYXlvdXQABwh0b2tlbnNBdAAACHN0YXJ0c0F0AAEGZW5kc0F0ABAJZXNjYXBlZEF0AA8Ha2luZHNBdAAICW51bWJlcnNBdAAEB2xpbmVzQXQABghkaWdpdHNBdAARCWZvcm1JZHNBdAAMC2Zvcm1Db3VudEF0AA4LZm9ybVN0YXJ0QXQACglmb3JtTGVuQXQACwlmb3JtRXNjQXQADQhub0RpY3RBdAAFBmhhcmRBdAAJBHNjYW4AAgZtZW1vcnkCAAwBBQqSHhMEACMDCwQAIwQLzw4CFn8EfCMAIABqIRkjGEUEQCMKQQAjAUECdPwLACMQQQAjAUENdPwLAEEAIQADQCAAIwFIBEAjDCAAQQJ0akF/QQAjESAAai0AAEEBRhs2AgAgAEEBaiEADAELCyMTQQA2AgALIwC3IASgIR0jACMVaiEAIxYhBCMAIxdqIQgjAygCACEJIwNBgB5qIhFBAEGAAvwLACMDQQRqIAlBAnRqIQUDQCAHIAlIBEAjA0EEaiAHQQJ0aigCACIGQSBIBEAgEEEBIAZ0ciEQBUEBIQ8LIAYEQCARIAUtAABqQQE6AAAFQQEhDgsgBSAGQR9qQWBxaiEFIAdBAWohBwwBCwsDQCAAtyAdZgRAQQIPCyMYIwJOBEBBAQ8LIAAgGU4EQEEDQQAgARsPCyAEIRwjGCEVQQAhGEEAIRYDQAJAQQAhF0EAIRREAAAAAAAAAAAhHiAAIBlIBH8gAC0AACADRgVBAAsEfyAEIRsgACAIa0EBaiEGIABBAWoiACEHA0ADQAJAIAAtAAAiBSADRg0AIAVBCkYEQCAAIBlODQEgAEEBaiEIIAREAAAAAAAA8D+gIQQLIABBAWohAAwBCwsgACAZTgR/QQEFIAFFIABBAWogGU5xCwRAIAFFBEBBAA8LIBskGSAGJBpBfw8LIAAtAAEgA0YEQEEBIRcgAEECaiEADAELCyAZIAAiBUEBaiIASgRAIAAtAAAiBkEKRyACIAZHcSAGQQ1HcQRAIAQkGSAAIAhrQQFqJBpBfg8LC0EABSAAIQdBASEUA0AgAC0AAEEwayIFQQlNBEAgHkQAAAAAAAAkQKIgBbegIR4gAEEBaiEADAELIAVBMGoiBUEKRiACIAVGciAFQQ1GckUEQEEAIRQgAEEBaiEADAELCyABRSAAIBlOcQRAQQAPCyAAIQUgACAHRgshDSAYIwFIBEAgGCMCbCAVaiIaQQJ0IgYjBGogByMAazYCACMFIAZqIAUjAGs2AgAjBiAaaiAXOgAAIAUgB2siCgR/IBAgCnZBAXEgDyAKQSBIGwR/IBEgBy0AAGotAABBAUYFQQALBH8gBSAHayETIwNBBGojAygCACIMQQJ0aiESQQAhBgJ/A0AgBiAMSARAIwNBBGogBkECdGooAgAiCyATRgRAQQAhCQNAIAkgE0gEfyAHIAlqLQAAIAkgEmotAABGBUEACwRAIAlBAWohCQwBCwtBASAJIBNGDQMaCyASIAtBH2pBYHFqIRIgBkEBaiEGDAELC0EACwVBAAsFIA4LBEAjByAaakEAOgAAIwggGkEDdGpEAAAAAAAA+H85AwAFIApBAEogFHEgCkEPTHEEQCMIIBpBA3RqIB45AwAjByAaakEBOgAAIxIgFkECdGogGDYCACAWQQFqIRYFIAoEfyAHLQAABUEACyIJQTBOIgYEQCAJQTlMIQYLIAZFBEAgCUEtRiEGCyAGRQRAIAlBK0YhBgsgBkUEQCAJQS5GIQYLIAZFBEAgCUEgRiEGCyAGRQRAIAlBCUYhBgsgBkUEQCAJQSByQekARiEGCyAGRQRAIAlBIHJB7gBGIQYLQQAkHEEAIAYgFxsEfCAHIAUQAwVEAAAAAAAA+H8LIRsgCkEMTAR/IBdBASAGQQBBASMcIBsgG2IbGxsFQQELBH9BAAUgByEJIAUhBgNAIAYgCUoEfyAJLQAAQSBGBH9BAQUgCS0AAEEJRgsFQQALBEAgCUEBaiEJDAELCwNAIAYgCUoEfyAGQQFrLQAAQSBGBH9BAQUgBkEBay0AAEEJRgsFQQALBEAgBkEBayEGDAELCyAGIAlrQQNHBH9BAAUgCS0AASILQeEARiAJLQAAIgpB7gBGcSAJLQACIgZB7gBGcQR/QQEFIAtB4QBGIApBzgBGcSAGQc4ARnELBH9BAQUgC0HBAEYgCkHOAEZxIAZBzgBGcQsLCwRAIwggGkEDdGpEAAAAAAAA+H85AwAjByAaakEBOgAABSMcBEAjCCAaQQN0akQAAAAAAAD4fzkDACMHIBpqQQM6AAAjE0EEaiMTKAIAIgVBAnRqIBo2AgAjEyAFQQFqNgIABSAbIBthBEAjCCAaQQN0aiAbOQMAIwcgGmpBAToAAAUjCCAaQQN0akQAAAAAAAD4fzkDACMHIBpqQQI6AAAgGCAaIAcgBSAXEBILCwsLCwsgGEEBaiEYIAAgGU4NACAALQAAIgUgAkYEQCAAQQFqIQAMAgsgBUENRgR/IABBAWogGUgEfyAAQQJBASAALQABQQpGG2oFIAEEfyAAQQFqBUEADwsLBSAAQQFqCyEAIAREAAAAAAAA8D+gIQQgACEICwsgACMAayQVIAQkFiAIIwBrJBcgDSAYQQFGcQ0AIBgjAUcEQCAcJBkgGCQbBSMJIBVBA3RqIBw5AwAgFUEBaiQYQQAhBwNAIAcgFkgEQCMKIxIgB0ECdGooAgBBAnRqIgUgBSgCAEEBajYCACAHQQFqIQcMAQsLDAELC0F9C+EJAgd/AnxBACQcA0AgACABSAR/IAAtAABBIEYEf0EBBSAALQAAQQlGCwVBAAsEQCAAQQFqIQAMAQsLA0AgACABSAR/IAFBAWstAABBIEYEf0EBBSABQQFrLQAAQQlGCwVBAAsEQCABQQFrIQEMAQsLIAAgAUYEQEQAAAAAAAD4fw8LIAAtAAAiCEEtRgR/QQEhBiAAQQFqBSAAQQFqIAAgCEErRhsLIQADQCAAIAFIBEAgAC0AAEEwayIIQQlNBEAgCkQAAAAAAAAkQKIgCLegIQogAkEBaiECIABBAWohAAwCCwsLIAAgAUgEfyAALQAAQS5GBUEACwRAIABBAWohAANAIAAgAUgEQCAALQAAQTBrIghBCU0EQCAKRAAAAAAAACRAoiAIt6AhCiACQQFqIQIgB0EBaiEHIABBAWohAAwCCwsLCyACRQRAAn9BACECQQAgASAAa0GcCCgCAEEBdkcNABoDQCACQZwIKAIAQQF2IgRIBEAgACACai0AACEFQQAgAiAETwR/QX8FIAJBAXRBoAhqLwEACyAFRw0CGiACQQFqIQIMAQsLQQELBH9BAQUCf0EAIQJBACABIABrQbwIKAIAQQF2Rw0AGgNAIAJBvAgoAgBBAXYiBEgEQCAAIAJqLQAAIQVBACACIARPBH9BfwUgAkEBdEHACGovAQALIAVHDQIaIAJBAWohAgwBCwtBAQsLBH9BAQUCf0EAIQJBACABIABrQdwIKAIAQQF2Rw0AGgNAIAJB3AgoAgBBAXYiBEgEQCAAIAJqLQAAIQVBACACIARPBH9BfwUgAkEBdEHgCGovAQALIAVHDQIaIAJBAWohAgwBCwtBAQsLBH9BAQUCf0EAIQJBACABIABrQfwIKAIAQQF2Rw0AGgNAIAJB/AgoAgBBAXYiBEgEQCAAIAJqLQAAIQVBACACIARPBH9BfwUgAkEBdEGACWovAQALIAVHDQIaIAJBAWohAgwBCwtBAQsLBH9BAQUCf0EAIAEgAGtBrAkoAgBBAXZHDQAaA0AgA0GsCSgCAEEBdiIBSARAIAAgA2otAAAhAkEAIAEgA00Ef0F/BSADQQF0QbAJai8BAAsgAkcNAhogA0EBaiEDDAELC0EBCwsEQEQAAAAAAADw/0QAAAAAAADwfyAGGw8LRAAAAAAAAPh/DwsgACABSAR/IAAtAABBIHJB5QBGBUEACwR/IAEgAEEBaiIASgR/IAAtAABBLUYFQQALBH9BASEEIABBAWoFIABBAWogACAAIAFIBH8gAC0AAEErRgVBAAsbCyIAIQIDQCAAIAFIBEAgAC0AAEEwayIIQQlNBEAgBUEKbCAIaiAFIAVBoI0GSBshBSAAQQFqIQAMAgsLCyAAIAJGBEBEAAAAAAAA+H8PC0EAIAVrIAUgBBsFQQALIAAgAUcEQEQAAAAAAAD4fw8LIAdrIgBBak4gCkQAAAAAAABAQ2VxIABBFkxxBEAgAEEATgR8RAAAAAAAAPA/IQkDQCAAIANKBEAgCUQAAAAAAAAkQKIhCSADQQFqIQMMAQsLIAogCaIFQQAgAGshAEQAAAAAAADwPyEJA0AgACADSgRAIAlEAAAAAAAAJECiIQkgA0EBaiEDDAELCyAKIAmjCyIJmiAJIAYbDwtBASQcRAAAAAAAAAAACwQAIwgLBAAjEQsEACMJC+IBAQJ/IAIkASADJAIgACQAIAAgAWpBQGtBeHEiACQDIABBgCBqIgAkBCAAIAIgA2wiAUECdCIAaiIEJAUgACAEaiIEJAggBCABQQN0aiIEJAkgBCADQQN0aiIDJAsgACADaiIDJAogAyACQQJ0IgNqIgQkDCADIARqIgQkDSACQQx0IgUgBGoiBCQOIAQgBWoiBCQQIAQgAkENdGoiBCQSIAMgBGoiAyQTIAMgAEEIamoiACQGIAAgAWoiACQHIAAgAWoiACQPIAAgAkEKdGoiACQRIAAgAmpBB2pBeHEkFCMUCwQAIwcLBAAjEwsEACMNCwQAIw4LBAAjCwsEACMPCwQAIwwLBAAjBgsEACMFCwQAIwoLrAMBB38jDCAAQQJ0aigCACIGQQBIBEAPCyMQIABBDXRqIQkgAEEKdCEHIAMgAmsiBQR/IAUgAi0AAEEIdHMgA0EBayIDLQAAQRB0cyACIAVBAXVqLQAAQRh0cyAFQQJ1IgggAmotAABBBHRzIAMgCGstAABBDHRzQbHz3fF5bAVBAAtBFXYhCANAIAkgCEECdGooAgBBAWsiC0EASARAIAZBgAhOBEAjDCAAQQJ0akF/NgIAIxEgAGpBAToAAA8LIAkgCEECdGogBkEBaiIDNgIAIAYgB2pBAnQiCCMNaiACIwBrNgIAIw4gCGogBTYCACMPIAdqIAZqIAQ6AAAjCyABQQJ0aiAGNgIAIwwgAEECdGogAzYCAA8LIw4gByALakECdGooAgAgBUYEfyMPIAdqIAtqLQAAIARB/wFxRgVBAAsEQCMAIw0gByALakECdGooAgBqIQpBACEDA0AgAyAFSAR/IAIgA2otAAAgAyAKai0AAEYFQQALBEAgA0EBaiEDDAELCyADIAVGBEAjCyABQQJ0aiALNgIADwsLIAhBAWpB/w9xIQgMAAsACwvfAQUAQYwICyAcAAAAAAAAAAAAAAACAAAABgAAAGkAbgBmAAAAAAAAAABBrAgLIBwAAAAAAAAAAAAAAAIAAAAGAAAASQBuAGYAAAAAAAAAAEHMCAsgHAAAAAAAAAAAAAAAAgAAAAYAAABJAE4ARgAAAAAAAAAAQewICzAsAAAAAAAAAAAAAAACAAAAEAAAAGkAbgBmAGkAbgBpAHQAeQAAAAAAAAAAAAAAAAAAQZwJCzAsAAAAAAAAAAAAAAACAAAAEAAAAEkAbgBmAGkAbgBpAHQAeQAAAAAAAAAAAAAAAAA=";

// src/core/data/wasm-scanner.ts
var PAGE = 65536;
var BASE = PAGE;
var scanner;
function load() {
  try {
    const api = globalThis.WebAssembly;
    if (api === void 0) return null;
    const memory = new api.Memory({ initial: 2 });
    const bytes = Buffer.from(CSV_SCAN_WASM, "base64");
    const instance = new api.Instance(new api.Module(bytes), {
      env: {
        memory,
        abort: () => {
          throw new Error("csv-scan.wasm aborted");
        }
      }
    });
    return { x: instance.exports, memory, layout: void 0, tokens: void 0, chunk: void 0, builder: void 0, view: void 0 };
  } catch {
    return null;
  }
}
function wasmScannerAvailable() {
  if (scanner === void 0) scanner = load();
  return scanner !== null;
}
function fits(sc, ncols, cap, inBytes) {
  const l = sc.layout;
  return l !== void 0 && l.ncols === ncols && l.cap === cap && l.inBytes >= inBytes;
}
function ensureLayout(sc, ncols, cap, inBytes, room = inBytes) {
  if (fits(sc, ncols, cap, inBytes)) return;
  room = Math.max(room, inBytes, sc.layout?.inBytes ?? 0, 4 * 1024 * 1024);
  const end = sc.x.layout(BASE, room, ncols, cap);
  if (end > sc.memory.buffer.byteLength) sc.memory.grow(Math.ceil((end - sc.memory.buffer.byteLength) / PAGE));
  sc.layout = { ncols, cap, inBytes: room };
  sc.tokens = void 0;
  sc.chunk = void 0;
  sc.builder = void 0;
}
function writeTokens(sc, tokens) {
  if (sc.tokens === tokens) return;
  const at = sc.x.tokensAt();
  const view = new DataView(sc.memory.buffer);
  let bytesAt = at + 4 + tokens.length * 4;
  const room = at + 4096;
  const mem = new Uint8Array(sc.memory.buffer);
  view.setInt32(at, tokens.length, true);
  tokens.forEach((t, i) => {
    const padded = t.length + 31 & ~31;
    if (bytesAt + padded > room) throw new Error("null tokens too long for the WebAssembly scanner");
    view.setInt32(at + 4 + i * 4, t.length, true);
    mem.set(t, bytesAt);
    bytesAt += padded;
  });
  sc.tokens = tokens;
}
function wasmBatchBuilder(ncols, capacity, chunkBytes) {
  if (!wasmScannerAvailable()) return void 0;
  const sc = scanner;
  if (sc.view !== void 0) return void 0;
  ensureLayout(sc, ncols, capacity, chunkBytes + 1, 4 * chunkBytes);
  const x = sc.x;
  const buf = sc.memory.buffer;
  const cells = ncols * capacity;
  sc.view = new CsvBatchBuilder(ncols, capacity, {
    starts: new Int32Array(buf, x.startsAt(), cells),
    ends: new Int32Array(buf, x.endsAt(), cells),
    escaped: new Uint8Array(buf, x.escapedAt(), cells),
    kinds: new Uint8Array(buf, x.kindsAt(), cells),
    numbers: new Float64Array(buf, x.numbersAt(), cells),
    lines: new Float64Array(buf, x.linesAt(), capacity),
    digitCells: new Int32Array(buf, x.digitsAt(), ncols),
    formIds: new Int32Array(buf, x.formIdsAt(), cells),
    formCount: new Int32Array(buf, x.formCountAt(), ncols),
    formStart: new Int32Array(buf, x.formStartAt(), ncols * MAX_FORMS),
    formLen: new Int32Array(buf, x.formLenAt(), ncols * MAX_FORMS),
    formEsc: new Uint8Array(buf, x.formEscAt(), ncols * MAX_FORMS)
  });
  return sc.view;
}
function releaseWasmBatchBuilder(b) {
  if (scanner && scanner.view === b) scanner.view = void 0;
}
function scanCsvRecordsWasm(bytes, st, limit, eof, d, b, stopAt, chunk) {
  if (scanner === void 0) scanner = load();
  const sc = scanner;
  const tokenBytes = d.nullTokens.reduce((n, t) => n + (t.length + 31 & ~31) + 4, 4);
  if (sc === null || b.length > 0 && sc.builder !== b || tokenBytes > 3840) return scanCsvRecords(bytes, st, limit, eof, d, b, stopAt);
  const view = sc.view === b;
  if (sc.view !== void 0 && (!view || !fits(sc, b.ncols, b.capacity, bytes.length + 1))) {
    if (view) sc.builder = void 0;
    return scanCsvRecords(bytes, st, limit, eof, d, b, stopAt);
  }
  ensureLayout(sc, b.ncols, b.capacity, bytes.length + 1);
  writeTokens(sc, d.nullTokens);
  const x = sc.x;
  const mem = new Uint8Array(sc.memory.buffer);
  if (sc.chunk !== chunk) mem.set(bytes.subarray(st.pos, limit), BASE + st.pos);
  mem[BASE + limit] = 10;
  sc.chunk = chunk;
  sc.builder = b;
  const ncols = b.ncols;
  const cap = b.capacity;
  const noDict = new Uint8Array(sc.memory.buffer, x.noDictAt(), ncols);
  if (b.length === 0) {
    if (st.noDictionary) noDict.set(st.noDictionary);
    else noDict.fill(0);
  }
  x.pos.value = st.pos;
  x.line.value = st.line;
  x.lineStart.value = st.lineStart;
  const from = b.length;
  x.length.value = from;
  const code3 = x.scan(limit, eof ? 1 : 0, d.delimiter, d.quote, Math.min(stopAt, 2 ** 52));
  if (code3 < 0) {
    const line = x.errLine.value;
    if (code3 === -1) {
      const col = x.errCol.value;
      throw new CsvSyntaxError(`unterminated quoted field: the quote opened at line ${line}, column ${col} is never closed`, line, col, 'a closing " before the end of the file (write a quote inside a field as "")');
    }
    if (code3 === -2) throw new CsvSyntaxError("unexpected character after a closing quote", line, x.errCol.value, 'a delimiter or the end of the line after a quoted field (write a quote inside a field as "")');
    const count = x.errCount.value;
    throw new CsvSyntaxError(`record has ${count} field${count === 1 ? "" : "s"}, the header has ${ncols}`, line, void 0, `${ncols} fields separated by '${String.fromCharCode(d.delimiter)}' (quote fields that contain the delimiter)`);
  }
  const to = x.length.value;
  copyOut(sc, b, from, to, view);
  st.pos = x.pos.value;
  st.line = x.line.value;
  st.lineStart = x.lineStart.value;
  if (noDict.some((f2) => f2 === 1)) st.noDictionary = Uint8Array.from(noDict);
  b.length = to;
  return code3 === 0 ? "need-more" : code3 === 1 ? "full" : code3 === 2 ? "stop" : "done";
}
function copyOut(sc, b, from, to, view) {
  const x = sc.x;
  const buf = sc.memory.buffer;
  const ncols = b.ncols;
  const cap = b.capacity;
  const cells = ncols * cap;
  const starts = new Int32Array(buf, x.startsAt(), cells);
  const ends = new Int32Array(buf, x.endsAt(), cells);
  const escaped = new Uint8Array(buf, x.escapedAt(), cells);
  const kinds = new Uint8Array(buf, x.kindsAt(), cells);
  const numbers = new Float64Array(buf, x.numbersAt(), cells);
  const formIds = new Int32Array(buf, x.formIdsAt(), cells);
  if (to > from && !view) {
    for (let c = 0; c < ncols; c++) {
      const a = c * cap + from;
      const z19 = c * cap + to;
      b.starts.set(starts.subarray(a, z19), a);
      b.ends.set(ends.subarray(a, z19), a);
      b.escaped.set(escaped.subarray(a, z19), a);
      b.kinds.set(kinds.subarray(a, z19), a);
      b.numbers.set(numbers.subarray(a, z19), a);
      b.formIds.set(formIds.subarray(a, z19), a);
    }
    b.lines.set(new Float64Array(buf, x.linesAt(), cap).subarray(from, to), from);
  }
  if (!view) b.digitCells.set(new Int32Array(buf, x.digitsAt(), ncols));
  const formCount = new Int32Array(buf, x.formCountAt(), ncols);
  const hard = new Int32Array(buf, x.hardAt(), 1 + cells);
  const bytes = new Uint8Array(buf, BASE);
  for (let h = 1; h <= hard[0]; h++) {
    const k = hard[h];
    const row = k % cap;
    if (row >= to) continue;
    const s = b.starts[k];
    const e = b.ends[k];
    const v = parseNumberBytes(bytes, s, e);
    if (v === v || isNanBytes(bytes, s, e)) {
      b.kinds[k] = CELL_NUMBER;
      b.numbers[k] = v;
    } else {
      b.kinds[k] = CELL_TEXT;
      b.numbers[k] = NaN;
      formCount[(k - row) / cap] = -1;
    }
  }
  if (view) return;
  b.formCount.set(formCount);
  const formStart = new Int32Array(buf, x.formStartAt(), ncols * MAX_FORMS);
  const formLen = new Int32Array(buf, x.formLenAt(), ncols * MAX_FORMS);
  const formEsc = new Uint8Array(buf, x.formEscAt(), ncols * MAX_FORMS);
  for (let c = 0; c < ncols; c++) {
    const n = formCount[c];
    if (n <= 0) continue;
    const a = c * MAX_FORMS;
    b.formStart.set(formStart.subarray(a, a + n), a);
    b.formLen.set(formLen.subarray(a, a + n), a);
    b.formEsc.set(formEsc.subarray(a, a + n), a);
  }
}

// src/core/data/byte-record-batch.ts
var utf8 = new TextDecoder("utf-8");
function decodeCell(bytes, start, end, escaped, quote3 = 34) {
  const fast = bytes.utf8Slice;
  const text3 = fast !== void 0 ? fast.call(bytes, start, end) : utf8.decode(bytes.subarray(start, end));
  if (!escaped) return text3;
  const q = String.fromCharCode(quote3);
  return text3.split(q + q).join(q);
}
function makeByteRecordBatch(init) {
  const { builder: b, bytes } = init;
  const length = b.length;
  const cap = b.capacity;
  const slice = (arr, column3) => arr.subarray(column3 * cap, column3 * cap + length);
  let lines;
  let cells;
  const decodeColumn = (c) => {
    const out = new Array(length);
    const base = c * cap;
    for (let i = 0; i < length; i++) {
      const k = base + i;
      out[i] = b.kinds[k] === 0 ? null : decodeCell(bytes, b.starts[k] ?? 0, b.ends[k] ?? 0, b.escaped[k] === 1, init.quote);
    }
    return out;
  };
  const raw = {
    bytes,
    starts: (c) => slice(b.starts, c),
    ends: (c) => slice(b.ends, c),
    escaped: (c) => slice(b.escaped, c),
    digitCells: (c) => b.digitCells[c] ?? 0,
    forms: (c) => {
      const count = b.formCount[c] ?? -1;
      if (count < 0) return null;
      const base = c * MAX_FORMS;
      return { ids: slice(b.formIds, c), count, start: b.formStart.subarray(base, base + count), length: b.formLen.subarray(base, base + count), escaped: b.formEsc.subarray(base, base + count) };
    }
  };
  return {
    file: init.file,
    header: init.header,
    length,
    firstRow: init.firstRow,
    get lines() {
      return lines ??= Array.from(b.lines.subarray(0, length));
    },
    raw,
    get cells() {
      if (cells === void 0) {
        const columns = [];
        const decoded = [];
        init.header.forEach((_, c) => {
          Object.defineProperty(columns, c, {
            enumerable: true,
            get: () => decoded[c] ??= decodeColumn(c)
          });
        });
        cells = columns;
      }
      return cells;
    },
    numbers: (c) => slice(b.numbers, c),
    kinds: (c) => slice(b.kinds, c)
  };
}

// src/core/data/utf8-location.ts
function firstInvalidUtf8(bytes, start, end) {
  let i = start;
  while (i < end) {
    const b = bytes[i] ?? 0;
    if (b < 128) {
      i++;
      continue;
    }
    let need;
    let min;
    if (b >= 194 && b <= 223) {
      need = 1;
      min = 128;
    } else if (b >= 224 && b <= 239) {
      need = 2;
      min = 2048;
    } else if (b >= 240 && b <= 244) {
      need = 3;
      min = 65536;
    } else return i;
    let cp2 = b & 63 >> need;
    for (let j = 1; j <= need; j++) {
      const c = bytes[i + j];
      if (c === void 0 || i + j >= end || (c & 192) !== 128) return i;
      cp2 = cp2 << 6 | c & 63;
    }
    if (cp2 < min || cp2 > 1114111 || cp2 >= 55296 && cp2 <= 57343) return i;
    i += need + 1;
  }
  return -1;
}
function lineAndColumn(bytes, from, line, offset) {
  let l = line;
  let lineStart = from;
  for (let i = from; i < offset; i++) {
    if (bytes[i] === 10) {
      l++;
      lineStart = i + 1;
    }
  }
  return { line: l, column: offset - lineStart + 1 };
}

// src/adapters/data/file-input.ts
import { closeSync, fstatSync, openSync } from "node:fs";
function openInputFile(path) {
  let fd;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    const code3 = error.code;
    if (code3 === "ENOENT") throw new InputError(`${path}: no such file`, [], { cause: error });
    if (code3 === "EACCES" || code3 === "EPERM") throw new InputError(`${path}: permission denied (expected a readable file)`, [], { cause: error });
    if (code3 === "EISDIR") throw new InputError(`${path}: is a directory (expected a CSV or JSON Lines file)`, [], { cause: error });
    throw new InputError(`${path}: cannot be opened (${code3 ?? "unknown error"})`, [], { cause: error });
  }
  const stat7 = fstatSync(fd);
  if (stat7.isDirectory()) {
    closeSync(fd);
    throw new InputError(`${path}: is a directory (expected a CSV or JSON Lines file)`);
  }
  if (!stat7.isFile()) {
    closeSync(fd);
    throw new InputError(`${path}: is not a regular file (expected a CSV or JSON Lines file)`);
  }
  return { fd, size: stat7.size };
}

// src/adapters/data/csv-reader.ts
var utf82 = new TextDecoder("utf-8", { fatal: true });
function syntaxToInputError(error, file, lineOffset = 0) {
  if (!(error instanceof CsvSyntaxError)) return error;
  const line = error.line + lineOffset;
  const message = error.message.replace(/at line (\d+)/, (_m, l) => `at line ${Number(l) + lineOffset}`);
  return new InputError(`${file}: cannot read CSV`, [{ file, line, ...error.column !== void 0 ? { column: error.column } : {}, message, expected: error.expected }]);
}
function readFully(fd, buf, offset, position) {
  let total2 = 0;
  while (offset + total2 < buf.length) {
    const n = readSync(fd, buf, offset + total2, buf.length - offset - total2, position + total2);
    if (n === 0) break;
    total2 += n;
  }
  return total2;
}
function invalidUtf8Error(file, bytes, from, line, bad) {
  const where = lineAndColumn(bytes, from, line, bad);
  return new InputError(`${file}: cannot read CSV`, [
    { file, line: where.line, column: where.column, message: `invalid UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, "0")})`, expected: "UTF-8 text (convert with e.g. `iconv -f latin1 -t utf-8`)" }
  ]);
}
function readCsvHeader(fd, size, file, options2, dialect = csvDialect(options2)) {
  let bufSize = Math.min(Math.max(size, 1), 1024 * 1024);
  for (; ; ) {
    const buf = new Uint8Array(bufSize);
    const n = readFully(fd, buf, 0, 0);
    const eof = n >= size || n < bufSize;
    const bom = n >= 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191 ? 3 : 0;
    if (n - bom === 0 || eof && /^[\r\n]*$/.test(Buffer.from(buf.subarray(bom, n)).toString("latin1"))) {
      throw new InputError(`${file}: cannot read CSV`, [{ file, line: 1, message: "the file is empty", expected: "a header row naming the columns, then one record per line" }]);
    }
    const st = { pos: bom, line: 1, lineStart: bom };
    let fields;
    try {
      fields = scanHeaderRecord(buf, st, n, eof, dialect, (b) => utf82.decode(b));
    } catch (error) {
      if (error instanceof TypeError) {
        const bad = firstInvalidUtf8(buf, bom, n);
        throw invalidUtf8Error(file, buf, 0, 1, bad < 0 ? 0 : bad);
      }
      throw syntaxToInputError(error, file);
    }
    if (fields === null) {
      if (bufSize >= options2.maxRecordBytes) {
        throw new InputError(`${file}: cannot read CSV`, [{ file, line: 1, message: `the header is longer than the maximum record size (${options2.maxRecordBytes} bytes)`, expected: "a header row that ends with a newline" }]);
      }
      bufSize = Math.min(bufSize * 4, options2.maxRecordBytes + 1);
      continue;
    }
    const seen = /* @__PURE__ */ new Map();
    const problems = [];
    for (const [i, name] of fields.entries()) {
      const first2 = seen.get(name);
      if (first2 !== void 0) problems.push({ file, line: 1, message: `duplicate column name ${JSON.stringify(name)} (columns ${first2 + 1} and ${i + 1})`, expected: "unique column names in the header" });
      else seen.set(name, i);
    }
    if (problems.length > 0) throw new InputError(`${file}: cannot read CSV`, problems);
    return { header: fields, dataStart: st.pos, dataLine: st.line };
  }
}
var chunkSerial = 0;
function* scanCsvRange(fd, size, file, header, range, options2, dialect = csvDialect(options2), reuseBatches = false) {
  let shared;
  let spare;
  let fileOff = range.start;
  let buf = Buffer.allocUnsafe(Math.min(options2.chunkBytes, Math.max(1, size - fileOff)));
  let filled = 0;
  let validated = 0;
  const st = { pos: 0, line: range.line, lineStart: 0 };
  let rows2 = 0;
  try {
    for (; ; ) {
      const got = readFully(fd, buf, filled, fileOff + filled);
      const chunk = ++chunkSerial;
      filled += got;
      const eof = fileOff + filled >= size || got === 0 && filled < buf.length;
      const safeEnd = eof ? filled : lastLineBreak(buf, filled) + 1;
      if (safeEnd > validated) {
        if (!isUtf8(buf.subarray(validated, safeEnd))) {
          const bad = firstInvalidUtf8(buf, validated, safeEnd);
          throw invalidUtf8Error(file, buf, st.pos, st.line, bad < 0 ? validated : bad);
        }
        validated = safeEnd;
      }
      for (; ; ) {
        let builder;
        if (reuseBatches) {
          builder = shared ??= wasmBatchBuilder(header.length, options2.batchRows, options2.chunkBytes) ?? new CsvBatchBuilder(header.length, options2.batchRows);
          builder.length = 0;
        } else builder = new CsvBatchBuilder(header.length, options2.batchRows);
        const outcome = scanCsvRecordsWasm(buf, st, filled, eof, dialect, builder, range.stopAt - fileOff, chunk);
        if (builder.length > 0) {
          yield makeByteRecordBatch({ file, header, firstRow: rows2, bytes: buf, builder, quote: dialect.quote });
          rows2 += builder.length;
        }
        if (outcome === "full") continue;
        if (outcome === "need-more") break;
        return { end: fileOff + st.pos, line: st.line, rows: rows2 };
      }
      const carry = filled - st.pos;
      if (carry > options2.maxRecordBytes) throw tooLongError(file, buf, st, filled, options2.maxRecordBytes, dialect.quote);
      let next;
      if (reuseBatches && spare !== void 0 && spare.length >= Math.max(options2.chunkBytes, carry * 2)) next = spare;
      else next = Buffer.allocUnsafe(Math.max(options2.chunkBytes, carry * 2));
      buf.copy(next, 0, st.pos, filled);
      spare = reuseBatches ? buf : void 0;
      fileOff += st.pos;
      validated = Math.max(0, validated - st.pos);
      st.lineStart -= st.pos;
      st.pos = 0;
      filled = carry;
      buf = next;
    }
  } finally {
    if (shared !== void 0) releaseWasmBatchBuilder(shared);
  }
}
function lastLineBreak(buf, filled) {
  if (filled === 0) return -1;
  const lf = buf.lastIndexOf(10, filled - 1);
  return lf >= 0 ? lf : buf.lastIndexOf(13, filled - 1);
}
function tooLongError(file, buf, st, filled, max, quote3) {
  let open4 = -1;
  for (let i = st.pos; i < filled; i++) if (buf[i] === quote3) open4 = open4 < 0 ? i : -1;
  const mib = max % (1024 * 1024) === 0 ? `${max / 1024 / 1024} MiB` : `${max} bytes`;
  if (open4 >= 0) {
    const at = lineAndColumn(buf, st.pos, st.line, open4);
    return new InputError(`${file}: cannot read CSV`, [{ file, line: at.line, column: at.column, message: `unterminated quoted field: the quote opened at line ${at.line}, column ${at.column} is not closed within the maximum record size (${mib})`, expected: 'a closing " (write a quote inside a field as "")' }]);
  }
  return new InputError(`${file}: cannot read CSV`, [{ file, line: st.line, message: `the record starting at line ${st.line} is longer than the maximum record size (${mib})`, expected: `records shorter than ${mib} (raise it with --max-record-bytes)` }]);
}
async function* readCsvBatches(path, options2) {
  const { fd, size } = openInputFile(path);
  try {
    const dialect = csvDialect(options2);
    const head = readCsvHeader(fd, size, path, options2, dialect);
    const it = scanCsvRange(fd, size, path, head.header, { start: head.dataStart, stopAt: Number.POSITIVE_INFINITY, line: head.dataLine }, options2, dialect);
    let rows2 = 0;
    for (; ; ) {
      let step;
      try {
        step = it.next();
      } catch (error) {
        throw syntaxToInputError(error, path);
      }
      if (step.done) break;
      rows2 += step.value.length;
      yield step.value;
    }
    if (rows2 === 0 && !options2.allowEmpty) throw headerOnlyError(path);
  } finally {
    closeSync2(fd);
  }
}
function headerOnlyError(file) {
  return new InputError(`${file}: cannot read CSV`, [{ file, line: 2, message: "the file has a header but no records", expected: "at least one record after the header" }]);
}

// src/adapters/data/csv-range-pass.ts
import { closeSync as closeSync3, openSync as openSync2 } from "node:fs";

// src/core/checks/check-definition.ts
function toResult(id, config, column3, v) {
  return {
    id,
    check: config.check,
    ...column3 !== void 0 ? { column: column3 } : {},
    severity: config.severity,
    status: v.status,
    observed: v.observed,
    expected: v.expected,
    message: v.message,
    ...v.unexpectedCount !== void 0 ? { unexpectedCount: v.unexpectedCount } : {},
    ...v.elementCount !== void 0 ? { elementCount: v.elementCount } : {},
    ...v.details !== void 0 ? { details: v.details } : {},
    examples: v.examples ?? []
  };
}
function mostlySuccess(considered, unexpected, mostly2) {
  if (considered === 0) return true;
  return (considered - unexpected) / considered >= mostly2;
}
function perColumn(id, config, make) {
  const c = columnConsumer(id, config, make);
  return { consume: (batch) => c.consume(batch), finish: () => c.finish() };
}
function mergeablePerColumn(id, config, make) {
  return columnConsumer(id, config, make);
}
function columnConsumer(id, config, make) {
  let targets;
  let missing = false;
  return {
    consume(batch) {
      if (targets === void 0) {
        const names2 = config.column !== void 0 ? [config.column] : batch.header;
        targets = [];
        for (const name of names2) {
          const index = batch.header.indexOf(name);
          if (index < 0) missing = true;
          else targets.push({ name, index, state: make(name) });
        }
      }
      for (const t of targets) t.state.consume(batch, t.index);
    },
    state() {
      return { missing, targets: targets?.map((t) => ({ name: t.name, index: t.index, state: t.state.state() })) };
    },
    merge(raw, lineOffset) {
      const s = raw;
      if (s.targets === void 0) return;
      if (targets === void 0) {
        missing = s.missing;
        targets = s.targets.map((t) => ({ name: t.name, index: t.index, state: make(t.name) }));
      }
      s.targets.forEach((t, k) => targets[k].state.merge(t.state, lineOffset));
    },
    finish() {
      if (config.column !== void 0 && (missing || targets === void 0)) {
        return [toResult(id, config, config.column, { status: "fail", observed: null, expected: "column present", message: `column ${config.column} is not in the data` })];
      }
      const out = [];
      for (const t of targets ?? []) {
        const v = t.state.finish();
        if ("notApplicable" in v) {
          if (config.column !== void 0) out.push(toResult(id, config, t.name, { status: "skip", observed: null, expected: null, message: v.notApplicable }));
        } else out.push(toResult(id, config, t.name, v));
      }
      return out;
    }
  };
}
function perTable(id, config, state, column3) {
  let header;
  return {
    consume(batch) {
      header ??= batch.header;
      state.consume(batch);
    },
    finish() {
      return [toResult(id, config, column3, state.finish(header))];
    }
  };
}
function headerCheck(id, config, finish, column3) {
  let header;
  return {
    consume(batch) {
      header ??= batch.header;
    },
    state: () => header,
    merge(h) {
      header ??= h;
    },
    finish() {
      return [toResult(id, config, column3, finish(header))];
    }
  };
}
function isMergeable(consumer) {
  const c = consumer;
  return typeof c.state === "function" && typeof c.merge === "function";
}
function percent(x) {
  return `${(x * 100).toFixed(Math.abs(x) < 1e-3 && x !== 0 ? 4 : 2)}%`;
}

// src/core/policy/data-checks-schema.ts
import { z as z2 } from "zod";

// src/core/config/protected-basis.ts
import { z } from "zod";
var PROTECTED_BASES = Object.freeze([
  "race",
  "color",
  "religion",
  "national_origin",
  "sex",
  "marital_status",
  "age",
  "public_assistance_income",
  "exercised_ccpa_rights"
]);
var protectedBasisSchema = z.enum(PROTECTED_BASES).describe("A prohibited basis of Regulation B, 12 CFR 1002.2(z).");
var severitySchema = z.enum(["error", "warning"]).describe("error fails the run; warning is reported only.");
var columnNameSchema = z.string().min(1, "a column name must not be empty");

// src/core/policy/data-check-registry.ts
var DATA_CHECKS = Object.freeze([
  { id: "DV01", name: "column_exists", title: "Column exists" },
  { id: "DV02", name: "columns_match_set", title: "No unexpected columns" },
  { id: "DV03", name: "column_order", title: "Column order" },
  { id: "DV04", name: "row_count_between", title: "Row count bounds" },
  { id: "DV05", name: "row_count_vs_previous", title: "Row count vs previous" },
  { id: "DV06", name: "values_not_null", title: "Presence / completeness" },
  { id: "DV07", name: "column_type", title: "Physical type" },
  { id: "DV08", name: "mixed_types", title: "Mixed types in a string column" },
  { id: "DV09", name: "mixed_nulls", title: "Mixed null tokens" },
  { id: "DV10", name: "values_between", title: "Numeric range" },
  { id: "DV11", name: "no_nan_inf", title: "NaN / Inf" },
  { id: "DV12", name: "values_in_set", title: "Categorical domain" },
  { id: "DV13", name: "values_per_example", title: "Values per example" },
  { id: "DV14", name: "distinct_count_between", title: "Distinct-count bounds" },
  { id: "DV15", name: "values_unique", title: "Unique key" },
  { id: "DV16", name: "duplicate_rows", title: "Duplicate rows" },
  { id: "DV17", name: "duplicate_columns", title: "Duplicate columns" },
  { id: "DV18", name: "constant_column", title: "Constant column" },
  { id: "DV19", name: "empty_rows_columns", title: "Empty rows/columns" },
  { id: "DV20", name: "values_match_regex", title: "Regex" },
  { id: "DV21", name: "string_length_between", title: "String length" },
  { id: "DV22", name: "string_variants", title: "String variants" },
  { id: "DV23", name: "special_characters", title: "Special characters" },
  { id: "DV24", name: "string_length_outliers", title: "String-length outliers" },
  { id: "DV25", name: "dominant_value", title: "Dominant value" },
  { id: "DV26", name: "summary_statistics", title: "Summary statistics" },
  { id: "DV27", name: "conflicting_labels", title: "Conflicting labels" },
  { id: "DV28", name: "feature_label_leakage", title: "Feature\u2192label leakage" },
  { id: "DV29", name: "feature_correlation", title: "Feature\u2013feature correlation" },
  { id: "DV30", name: "distribution_skew", title: "Distribution skew/drift vs a control dataset" }
].map((e) => Object.freeze(e)));
var DATA_CHECK_NAMES = Object.freeze(DATA_CHECKS.map((e) => e.name));

// src/core/policy/data-checks-schema.ts
var common = {
  severity: severitySchema.default("error"),
  description: z2.string().optional()
};
var column = { column: columnNameSchema };
var optionalColumn = { column: columnNameSchema.optional().describe("omit to check every applicable column") };
var mostly = { mostly: z2.number().min(0).max(1).optional().describe("share of non-null rows that must pass (GX `mostly`, default 1.0)") };
var share = (what) => z2.number().min(0).max(1).describe(what);
var nonNegativeInt = z2.number().int().min(0);
var DATA_CHECK_PARAMS = {
  column_exists: { ...column },
  columns_match_set: { columns: z2.array(columnNameSchema).min(1), exact_match: z2.boolean().optional() },
  column_order: { columns: z2.array(columnNameSchema).min(1) },
  row_count_between: { min: nonNegativeInt.optional(), max: nonNegativeInt.optional() },
  row_count_vs_previous: { min_fraction: z2.number().min(0).optional(), max_fraction: z2.number().min(0).optional() },
  values_not_null: { ...column, ...mostly, min_count: nonNegativeInt.optional(), min_fraction: share("TFDV presence.min_fraction: least fraction of rows where the value is present").optional() },
  column_type: { ...column, ...mostly, type: z2.enum(["integer", "float", "number", "string", "boolean"]) },
  mixed_types: { ...optionalColumn, min_ratio: share("lower bound of the minority share (default 0.01)").optional(), max_ratio: share("upper bound of the minority share (default 0.1)").optional() },
  mixed_nulls: { ...optionalColumn, max_kinds: nonNegativeInt.optional().describe("default 1") },
  values_between: { ...column, ...mostly, min: z2.number().nullable().optional(), max: z2.number().nullable().optional(), strict_min: z2.boolean().optional(), strict_max: z2.boolean().optional() },
  no_nan_inf: { ...optionalColumn, disallow_nan: z2.boolean().optional(), disallow_inf: z2.boolean().optional() },
  values_in_set: { ...column, ...mostly, values: z2.array(z2.union([z2.string(), z2.number(), z2.boolean()])).min(1).optional().describe("omit to take the set from the reference data (Evidently)"), min_domain_mass: share("TFDV distribution_constraints.min_domain_mass: least share of values inside the set").optional() },
  values_per_example: { ...column, min: nonNegativeInt.optional(), max: nonNegativeInt.optional() },
  distinct_count_between: { ...column, min: nonNegativeInt.optional(), max: nonNegativeInt.optional() },
  values_unique: { ...column, ...mostly },
  duplicate_rows: { columns: z2.array(columnNameSchema).optional(), max_ratio: share("largest allowed duplicate share (default 0)").optional() },
  duplicate_columns: { max_count: nonNegativeInt.optional() },
  constant_column: { ...optionalColumn, max_count: nonNegativeInt.optional() },
  empty_rows_columns: { max_empty_rows: nonNegativeInt.optional(), max_empty_columns: nonNegativeInt.optional() },
  values_match_regex: { ...column, ...mostly, regex: z2.string().min(1), mode: z2.enum(["search", "match"]).optional().describe("search: unanchored (GX); match: anchored at the start (pandera)") },
  string_length_between: { ...column, ...mostly, min: nonNegativeInt.optional(), max: nonNegativeInt.optional() },
  string_variants: { ...optionalColumn, max_variants: nonNegativeInt.optional() },
  special_characters: { ...optionalColumn, max_ratio: share("default 0.001").optional() },
  string_length_outliers: { ...optionalColumn, max_ratio: share("default 0").optional() },
  dominant_value: { ...optionalColumn, max_share: share("default 0.8").optional() },
  summary_statistics: {
    ...column,
    statistic: z2.enum(["mean", "median", "std", "quantile", "mean_in_n_sigmas"]),
    quantile: z2.number().min(0).max(1).optional(),
    min: z2.number().optional(),
    max: z2.number().optional(),
    n_sigmas: z2.number().positive().optional(),
    strict_min: z2.boolean().optional(),
    strict_max: z2.boolean().optional()
  },
  conflicting_labels: { max_share: share("default 0").optional() },
  feature_label_leakage: { columns: z2.array(columnNameSchema).optional(), max_pps: share("default 0.8").optional() },
  feature_correlation: { threshold: z2.number().min(0).max(1).optional(), max_pairs: nonNegativeInt.optional() },
  distribution_skew: { ...optionalColumn, metric: z2.enum(["linf", "jensen_shannon", "normalized_abs_difference"]), threshold: z2.number().min(0) }
};
var RULES = {
  values_between: (e) => (e["min"] ?? null) === null && (e["max"] ?? null) === null ? { path: "min", message: "set min, max or both (both unset is an error, as in Great Expectations)" } : void 0,
  string_length_between: (e) => e["min"] === void 0 && e["max"] === void 0 ? { path: "min", message: "set min, max or both" } : void 0,
  values_match_regex: (e) => {
    try {
      new RegExp(String(e["regex"]), "u");
      return void 0;
    } catch (error) {
      return { path: "regex", message: `invalid regular expression: ${error instanceof Error ? error.message : String(error)}` };
    }
  },
  summary_statistics: (e) => e["statistic"] === "quantile" && e["quantile"] === void 0 ? { path: "quantile", message: "statistic: quantile needs `quantile` (0..1)" } : void 0
};
function checkSchema(name) {
  const id = DATA_CHECKS.find((e) => e.name === name)?.id ?? "";
  const rule = RULES[name];
  const schema = z2.strictObject({ check: z2.literal(name), ...common, ...DATA_CHECK_PARAMS[name] }).describe(`${id} ${name}`);
  if (rule === void 0) return schema;
  return schema.superRefine((entry, ctx) => {
    const problem = rule(entry);
    if (problem !== void 0) ctx.addIssue({ code: "custom", path: [problem.path], message: problem.message });
  });
}
var names = Object.keys(DATA_CHECK_PARAMS);
var [first, ...rest] = names.map((n) => checkSchema(n));
var dataCheckSchema = z2.discriminatedUnion("check", [first, ...rest]);
var dataChecksSchema = z2.array(dataCheckSchema).describe("Data checks (DV01\u2013DV30), see docs/policies.md.");

// src/core/data/batch-views.ts
var statsCache = /* @__PURE__ */ new WeakMap();
function columnStats(batch, c) {
  let perBatch = statsCache.get(batch);
  if (perBatch === void 0) statsCache.set(batch, perBatch = []);
  const hit = perBatch[c];
  if (hit !== void 0) return hit;
  const stats = computeStats(cellKinds(batch, c), batch.numbers(c), batch.length);
  perBatch[c] = stats;
  return stats;
}
function computeStats(kinds, nums, n) {
  let nulls = 0;
  let texts = 0;
  let nans = 0;
  let infinite = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const k = kinds[i];
    if (k === CELL_NULL) nulls++;
    else if (k === CELL_NUMBER) {
      const v = nums[i];
      if (v < min) min = v;
      if (v > max) max = v;
      if (v !== v) nans++;
      else if (v - v !== 0) infinite++;
    } else texts++;
  }
  let finiteMin = min;
  let finiteMax = max;
  if (infinite > 0) {
    finiteMin = Infinity;
    finiteMax = -Infinity;
    for (let i = 0; i < n; i++) {
      if (kinds[i] !== CELL_NUMBER) continue;
      const v = nums[i];
      if (v - v !== 0) continue;
      if (v < finiteMin) finiteMin = v;
      if (v > finiteMax) finiteMax = v;
    }
  }
  return { nulls, numbers: n - nulls - texts, texts, nans, infinite, min, max, finiteMin, finiteMax };
}
function numbersAreDigitLiterals(batch, c) {
  const digits = batch.raw?.digitCells?.(c);
  return digits !== void 0 && digits === columnStats(batch, c).numbers;
}
var MAX_DICTIONARY_TEXTS = 512;
var dictionaryCache = /* @__PURE__ */ new WeakMap();
function textDictionary(batch, c) {
  let perBatch = dictionaryCache.get(batch);
  if (perBatch === void 0) dictionaryCache.set(batch, perBatch = []);
  const hit = perBatch[c];
  if (hit !== void 0) return hit ?? void 0;
  const forms = batch.raw?.forms?.(c);
  const built = forms === null ? void 0 : forms !== void 0 ? fromForms(batch, c, forms) : fromStrings(batch, c);
  perBatch[c] = built ?? null;
  return built;
}
var idScratch = [];
function idsFor(batch, c) {
  let slot = idScratch[c];
  if (slot === void 0) idScratch[c] = slot = { owner: void 0, ids: new Int32Array(0) };
  if (slot.owner !== void 0 && slot.owner !== batch) {
    const previous = dictionaryCache.get(slot.owner);
    if (previous !== void 0) previous[c] = void 0;
  }
  slot.owner = batch;
  if (slot.ids.length < batch.length) slot.ids = new Int32Array(Math.max(batch.length, 8192));
  const ids = slot.ids.subarray(0, batch.length);
  ids.fill(-1);
  return ids;
}
var TextTable = class {
  texts = [];
  counts = [];
  firstRows = [];
  index = /* @__PURE__ */ new Map();
  /** The id of `text`, added with first row `row` when new; -1 when a new text would pass the limit. */
  idOf(text3, row) {
    let id = this.index.get(text3);
    if (id === void 0) {
      if (this.texts.length >= MAX_DICTIONARY_TEXTS) return -1;
      id = this.texts.length;
      this.index.set(text3, id);
      this.texts.push(text3);
      this.counts.push(0);
      this.firstRows.push(row);
    }
    return id;
  }
  dictionary(ids) {
    return { ids, texts: this.texts, counts: Int32Array.from(this.counts), firstRows: Int32Array.from(this.firstRows) };
  }
};
function fromStrings(batch, c) {
  const kinds = cellKinds(batch, c);
  const cells = batch.cells[c] ?? [];
  const ids = idsFor(batch, c);
  const table = new TextTable();
  for (let i = 0; i < batch.length; i++) {
    if (kinds[i] !== 2) continue;
    const id = table.idOf(cells[i] ?? "", i);
    if (id < 0) return void 0;
    table.counts[id]++;
    ids[i] = id;
  }
  return table.dictionary(ids);
}
function fromForms(batch, c, forms) {
  const raw = batch.raw;
  const n = batch.length;
  const kinds = cellKinds(batch, c);
  const formCounts = new Int32Array(forms.count);
  const formFirst = new Int32Array(forms.count);
  countForms(kinds, forms.ids, n, formCounts, formFirst);
  const table = new TextTable();
  const formText = new Int32Array(forms.count);
  let identity = true;
  for (let f2 = 0; f2 < forms.count; f2++) {
    if (formCounts[f2] === 0) {
      identity = false;
      formText[f2] = -1;
      continue;
    }
    const start = forms.start[f2];
    const id = table.idOf(decodeCell(raw.bytes, start, start + forms.length[f2], forms.escaped[f2] === 1), formFirst[f2]);
    if (id < 0) return void 0;
    if (id !== f2) identity = false;
    table.counts[id] += formCounts[f2];
    formText[f2] = id;
  }
  let ids = forms.ids;
  if (!identity) {
    ids = idsFor(batch, c);
    for (let i = 0; i < n; i++) if (kinds[i] === 2) ids[i] = formText[forms.ids[i]];
  }
  return table.dictionary(ids);
}
function countForms(kinds, ids, n, counts, first2) {
  for (let i = 0; i < n; i++) {
    if (kinds[i] !== 2) continue;
    const f2 = ids[i];
    const seen = counts[f2];
    if (seen === 0) first2[f2] = i;
    counts[f2] = seen + 1;
  }
}

// src/core/checks/byte-set.ts
var SHORT = 64;
var FEW = 8;
var ByteSet = class _ByteSet {
  buckets = /* @__PURE__ */ new Map();
  /** Per byte length below SHORT: the values of that length, or undefined when there are none. */
  byLength = new Array(SHORT).fill(void 0);
  /** Per byte length below SHORT: 1 when that length has more than FEW values (hash lookup instead). */
  crowded = new Uint8Array(SHORT);
  constructor(values) {
    const encoder = new TextEncoder();
    for (const v of values) {
      const bytes = encoder.encode(v);
      const h = _ByteSet.hash(bytes, 0, bytes.length);
      const bucket = this.buckets.get(h);
      if (bucket === void 0) this.buckets.set(h, [bytes]);
      else bucket.push(bytes);
      if (bytes.length < SHORT) (this.byLength[bytes.length] ??= []).push(bytes);
    }
    for (let len = 0; len < SHORT; len++) if ((this.byLength[len]?.length ?? 0) > FEW) this.crowded[len] = 1;
  }
  static hash(bytes, start, end) {
    let h = 2166136261 ^ end - start;
    for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], 16777619);
    return h;
  }
  /** True when bytes[start..end) is the UTF-8 encoding of one of the values. */
  has(bytes, start, end) {
    const len = end - start;
    if (len < SHORT && this.crowded[len] === 0) {
      const candidates = this.byLength[len];
      if (candidates === void 0) return false;
      return _ByteSet.matchAny(candidates, bytes, start, len);
    }
    const bucket = this.buckets.get(_ByteSet.hash(bytes, start, end));
    return bucket !== void 0 && _ByteSet.matchAny(bucket, bytes, start, len);
  }
  static matchAny(candidates, bytes, start, len) {
    outer: for (let k = 0; k < candidates.length; k++) {
      const b = candidates[k];
      if (b.length !== len) continue;
      for (let i = 0; i < len; i++) if (b[i] !== bytes[start + i]) continue outer;
      return true;
    }
    return false;
  }
};

// src/core/checks/cell-access.ts
var utf83 = new TextDecoder("utf-8");
var textCache = /* @__PURE__ */ new WeakMap();
var INTERN_MAX_ENTRIES = 1 << 16;
var INTERN_MAX_BYTES = 32;
var interned = /* @__PURE__ */ new Map();
function decodeShort(bytes, start, end) {
  for (let i = start; i < end; i++) if (bytes[i] >= 128) return utf83.decode(bytes.subarray(start, end));
  return String.fromCharCode.apply(null, bytes.subarray(start, end));
}
function decodeRange(bytes, start, end) {
  const len = end - start;
  if (len > INTERN_MAX_BYTES) return utf83.decode(bytes.subarray(start, end));
  let h = 2166136261 ^ len;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], 16777619);
  const hit = interned.get(h);
  if (hit !== void 0 && hit.bytes.length === len) {
    let same = true;
    for (let i = 0; i < len && same; i++) same = hit.bytes[i] === bytes[start + i];
    if (same) return hit.text;
  }
  const text3 = decodeShort(bytes, start, end);
  if (hit === void 0 && interned.size < INTERN_MAX_ENTRIES) interned.set(h, { bytes: bytes.slice(start, end), text: text3 });
  return text3;
}
function unescape(text3) {
  return text3.split('""').join('"');
}
function cellText(batch, column3, row) {
  const raw = batch.raw;
  if (raw === void 0) return batch.cells[column3]?.[row] ?? null;
  return columnTexts(batch, column3)[row] ?? null;
}
function columnTexts(batch, column3) {
  const raw = batch.raw;
  if (raw === void 0) return batch.cells[column3] ?? [];
  let perBatch = textCache.get(batch);
  if (perBatch === void 0) textCache.set(batch, perBatch = /* @__PURE__ */ new Map());
  let out = perBatch.get(column3);
  if (out === void 0) {
    const kinds = cellKinds(batch, column3);
    const starts = raw.starts(column3);
    const ends = raw.ends(column3);
    const escaped = raw.escaped(column3);
    const texts = new Array(batch.length);
    for (let i = 0; i < batch.length; i++) {
      if (kinds[i] === 0) {
        texts[i] = null;
        continue;
      }
      const text3 = decodeRange(raw.bytes, starts[i], ends[i]);
      texts[i] = escaped[i] === 1 ? unescape(text3) : text3;
    }
    perBatch.set(column3, out = texts);
  }
  return out;
}
var intCache = /* @__PURE__ */ new WeakMap();
function integerMask(batch, column3) {
  let perBatch = intCache.get(batch);
  if (perBatch === void 0) intCache.set(batch, perBatch = /* @__PURE__ */ new Map());
  let mask = perBatch.get(column3);
  if (mask !== void 0) return mask;
  mask = new Uint8Array(batch.length);
  const kinds = cellKinds(batch, column3);
  const raw = batch.raw;
  if (raw === void 0) {
    const cells = batch.cells[column3] ?? [];
    for (let i = 0; i < batch.length; i++) mask[i] = kinds[i] === 1 && /^\s*[+-]?\d+\s*$/.test(cells[i] ?? "") ? 1 : 0;
  } else {
    const bytes = raw.bytes;
    const starts = raw.starts(column3);
    const ends = raw.ends(column3);
    for (let r = 0; r < batch.length; r++) {
      if (kinds[r] !== 1) continue;
      let i = starts[r];
      let end = ends[r];
      while (i < end && (bytes[i] === 32 || bytes[i] === 9)) i++;
      while (end > i && (bytes[end - 1] === 32 || bytes[end - 1] === 9)) end--;
      if (i < end && (bytes[i] === 43 || bytes[i] === 45)) i++;
      let ok = i < end;
      for (; ok && i < end; i++) {
        const b = bytes[i];
        if (b < 48 || b > 57) ok = false;
      }
      mask[r] = ok ? 1 : 0;
    }
  }
  perBatch.set(column3, mask);
  return mask;
}

// src/core/checks/check-result.ts
var MAX_EXAMPLES = 20;
function isBlocking(result2) {
  return result2.status === "fail" && result2.severity === "error";
}

// src/core/checks/example-collector.ts
var MAX_VALUE_CHARS = 200;
function clip(value2) {
  if (value2 === null || value2 === void 0) return value2;
  return value2.length > MAX_VALUE_CHARS ? `${value2.slice(0, MAX_VALUE_CHARS)}\u2026` : value2;
}
var ExampleCollector = class {
  constructor(limit = MAX_EXAMPLES) {
    this.limit = limit;
  }
  limit;
  items = [];
  /** True when an example at `line` would be kept (lets callers skip building it). */
  wants(line) {
    return this.items.length < this.limit || line < this.items[this.items.length - 1].line;
  }
  add(file, line, column3, value2) {
    if (!this.wants(line)) return;
    const example = { file, line, ...column3 !== void 0 ? { column: column3 } : {}, ...value2 !== void 0 ? { value: clip(value2) ?? null } : {} };
    let i = this.items.length;
    while (i > 0 && this.items[i - 1].line > line) i--;
    if (i > 0 && this.items[i - 1].line === line && this.items[i - 1].column === column3) return;
    this.items.splice(i, 0, example);
    if (this.items.length > this.limit) this.items.pop();
  }
  list() {
    return [...this.items];
  }
  /** The kept examples (structured-cloneable), for a parallel pass. */
  state() {
    return [...this.items];
  }
  /**
   * Folds in the examples of another part of the file (its lines counted from 1 at its start, hence
   * `lineOffset`). Each part kept its smallest lines, so the smallest of the union are exact.
   */
  merge(items, lineOffset) {
    for (const e of items) {
      const line = e.line + lineOffset;
      if (!this.wants(line)) break;
      let i = this.items.length;
      while (i > 0 && this.items[i - 1].line > line) i--;
      if (i > 0 && this.items[i - 1].line === line && this.items[i - 1].column === e.column) continue;
      this.items.splice(i, 0, { ...e, line });
      if (this.items.length > this.limit) this.items.pop();
    }
  }
};

// src/core/checks/hash-table64.ts
var FingerprintTable = class {
  constructor(maxSlots = 1 << 22, initialSlots = 1 << 10) {
    this.maxSlots = maxSlots;
    const n = Math.min(initialSlots, maxSlots);
    this.hi = new Uint32Array(n);
    this.lo = new Uint32Array(n);
    this.first = new Uint32Array(n);
    this.state = new Uint8Array(n);
    this.mask = n - 1;
  }
  maxSlots;
  hi;
  lo;
  first;
  /** 0 empty, 1 seen once, 2 seen more than once. */
  state;
  mask;
  used = 0;
  /** True once a new key could not be inserted because the table is full. */
  saturated = false;
  /** The first line of the key found or inserted by the last `observe`. */
  firstLine = 0;
  /** Number of distinct keys stored. */
  get size() {
    return this.used;
  }
  /**
   * Records one occurrence. Returns the state before it: 0 new (or not stored when saturated),
   * 1 seen once before, 2 seen several times before. `firstLine` is set for 1 and 2.
   */
  observe(hi, lo, line) {
    let i = (lo ^ Math.imul(hi, 2654435761)) & this.mask;
    for (; ; ) {
      const s = this.state[i];
      if (s === 0) break;
      if (this.hi[i] === hi && this.lo[i] === lo) {
        this.firstLine = this.first[i];
        if (s === 1) this.state[i] = 2;
        return s;
      }
      i = i + 1 & this.mask;
    }
    if ((this.used + 1) * 4 > this.state.length * 3) {
      if (this.state.length * 2 > this.maxSlots) {
        this.saturated = true;
        return 0;
      }
      this.grow();
      return this.observe(hi, lo, line);
    }
    this.hi[i] = hi;
    this.lo[i] = lo;
    this.first[i] = line;
    this.state[i] = 1;
    this.used++;
    this.firstLine = line;
    return 0;
  }
  grow() {
    const { hi, lo, first: first2, state } = this;
    const n = state.length * 2;
    this.hi = new Uint32Array(n);
    this.lo = new Uint32Array(n);
    this.first = new Uint32Array(n);
    this.state = new Uint8Array(n);
    this.mask = n - 1;
    for (let j = 0; j < state.length; j++) {
      if (state[j] === 0) continue;
      let i = (lo[j] ^ Math.imul(hi[j], 2654435761)) & this.mask;
      while (this.state[i] !== 0) i = i + 1 & this.mask;
      this.hi[i] = hi[j];
      this.lo[i] = lo[j];
      this.first[i] = first2[j];
      this.state[i] = state[j];
    }
  }
};

// src/core/checks/hash64.ts
var Hasher64 = class {
  hi = 0;
  lo = 0;
  h1 = 0;
  h2 = 0;
  /** Starts a new key. */
  reset(seed = 0) {
    this.h1 = 3735928559 ^ seed;
    this.h2 = 1103547991 ^ seed;
    return this;
  }
  /** Feeds a string, then a separator so that ("ab","c") and ("a","bc") differ. */
  updateString(text3) {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text3.length; i++) {
      const ch = text3.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ 65536 + text3.length, 2654435761);
    h2 = Math.imul(h2 ^ 65536 + text3.length, 1597334677);
    this.h1 = h1;
    this.h2 = h2;
    return this;
  }
  /** Feeds a null cell: distinct from every string, equal to every other null (pandas `dropna=False`). */
  updateNull() {
    this.h1 = Math.imul(this.h1 ^ 2147483647, 2654435761);
    this.h2 = Math.imul(this.h2 ^ 2147483647, 1597334677);
    return this;
  }
  /** Finalises into `hi` and `lo`. */
  digest() {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507) ^ Math.imul(h2 ^ h2 >>> 13, 3266489909);
    h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507) ^ Math.imul(h1 ^ h1 >>> 13, 3266489909);
    this.hi = h2 >>> 0;
    this.lo = h1 >>> 0;
    return this;
  }
  /** Hashes one string in one call. */
  ofString(text3) {
    this.reset();
    if (text3 === null) this.updateNull();
    else this.updateString(text3);
    return this.digest();
  }
};

// src/core/checks/dv/row-count-checks.ts
function withinRelative(x, ref2, relative14 = 0.1) {
  return Math.abs(x - ref2) <= Math.max(relative14 * Math.abs(ref2), 1e-12);
}
var rowCountBetween = {
  id: "DV04",
  name: "row_count_between",
  title: "Row count bounds",
  mostly: false,
  params: DATA_CHECK_PARAMS.row_count_between,
  create(config, context) {
    let n = 0;
    return perTable("DV04", config, {
      consume(batch) {
        n += batch.length;
      },
      finish() {
        let ok;
        let expected;
        if (config.min !== void 0 || config.max !== void 0) {
          ok = (config.min === void 0 || n >= config.min) && (config.max === void 0 || n <= config.max);
          expected = `${config.min ?? "-\u221E"} \u2264 rows \u2264 ${config.max ?? "\u221E"}`;
        } else if (context.reference !== void 0) {
          const ref2 = context.reference.rows;
          ok = withinRelative(n, ref2);
          expected = `${ref2} \xB1 10% (reference)`;
        } else {
          ok = n > 30;
          expected = "rows > 30";
        }
        return { status: ok ? "pass" : "fail", observed: n, expected, message: `${n} rows (expected ${expected})` };
      }
    });
  }
};
var rowCountVsPrevious = {
  id: "DV05",
  name: "row_count_vs_previous",
  title: "Row count vs previous",
  mostly: false,
  params: DATA_CHECK_PARAMS.row_count_vs_previous,
  create(config, context) {
    let n = 0;
    return perTable("DV05", config, {
      consume(batch) {
        n += batch.length;
      },
      finish() {
        const prev = context.reference?.rows;
        if (prev === void 0) {
          return { status: "skip", observed: n, expected: null, message: "no previous dataset: pass --reference to compare row counts" };
        }
        if (config.min_fraction === void 0 && config.max_fraction === void 0) {
          return { status: "skip", observed: n, expected: null, message: "no thresholds set (TFDV leaves the comparator unset by default)" };
        }
        const low = config.min_fraction !== void 0 && n < prev * config.min_fraction;
        const high = config.max_fraction !== void 0 && n > prev * config.max_fraction;
        const expected = `${config.min_fraction !== void 0 ? `${prev * config.min_fraction} \u2264 ` : ""}rows${config.max_fraction !== void 0 ? ` \u2264 ${prev * config.max_fraction}` : ""}`;
        const ratio2 = prev === 0 ? null : n / prev;
        return {
          status: low || high ? "fail" : "pass",
          observed: n,
          expected,
          message: low ? `${n} rows is below ${config.min_fraction} \xD7 ${prev} previous rows (COMPARATOR_LOW_NUM_EXAMPLES)` : high ? `${n} rows is above ${config.max_fraction} \xD7 ${prev} previous rows (COMPARATOR_HIGH_NUM_EXAMPLES)` : `${n} rows against ${prev} previous rows`,
          details: { previous: prev, ratio: ratio2 }
        };
      }
    });
  }
};

// src/core/checks/merge-not-exact.ts
var MergeNotExactError = class extends Error {
  constructor(what) {
    super(`the parallel states of ${what} cannot be merged exactly`);
    this.what = what;
    this.name = "MergeNotExactError";
  }
  what;
};

// src/core/checks/value-counts.ts
var MAX_TRACKED = 4096;
var MAX_TRACKED_CHARS = 4 * 1024 * 1024;
var ValueCounts = class {
  counts = /* @__PURE__ */ new Map();
  chars = 0;
  overflow = false;
  add(value2, n = 1) {
    const had = this.counts.get(value2);
    if (had !== void 0) this.counts.set(value2, had + n);
    else if (this.counts.size < MAX_TRACKED && this.chars + value2.length <= MAX_TRACKED_CHARS) {
      this.counts.set(value2, n);
      this.chars += value2.length;
    } else this.overflow = true;
  }
  /** The first `n` distinct values with their counts, in order of first occurrence. */
  first(n) {
    const out = [];
    for (const e of this.counts) {
      if (out.length >= n) break;
      out.push(e);
    }
    return out;
  }
  state() {
    return { entries: [...this.counts], overflow: this.overflow };
  }
  /**
   * Folds in the next part's counts (file order). Exact for the first `reported` values unless the part
   * stopped tracking before it met one of them: then MergeNotExactError (the caller redoes the pass).
   */
  merge(s, reported, what) {
    if (s.overflow) {
      const theirs = new Map(s.entries);
      for (const [v] of this.first(reported)) if (!theirs.has(v)) throw new MergeNotExactError(what);
    }
    for (const [v, n] of s.entries) this.add(v, n);
    this.overflow ||= s.overflow;
  }
};

// src/core/checks/dv/domain-checks.ts
var valuesInSet = {
  id: "DV12",
  name: "values_in_set",
  title: "Categorical domain",
  mostly: true,
  params: DATA_CHECK_PARAMS.values_in_set,
  create(config, context) {
    const mostly2 = config.mostly ?? 1;
    return mergeablePerColumn("DV12", config, (column3) => {
      const fromReference = config.values === void 0 ? context.reference?.columns.get(column3)?.domain ?? null : null;
      const values = config.values ?? fromReference ?? [];
      const texts = new Set(values.map((v) => String(v)));
      const numbers = new Set(values.filter((v) => typeof v === "number"));
      const nanInSet = numbers.has(NaN);
      let nonNull = 0;
      let off = 0;
      const offValues = new ValueCounts();
      const examples = new ExampleCollector();
      const bytes = new ByteSet(texts);
      const offCell = (file, line, v) => {
        off++;
        offValues.add(v);
        examples.add(file, line, column3, v);
      };
      return {
        consume(batch, c) {
          const nums = numbers.size > 0 ? batch.numbers(c) : void 0;
          const raw = batch.raw;
          if (raw !== void 0) {
            const stats = columnStats(batch, c);
            const dict = stats.numbers === 0 && stats.texts > 0 ? textDictionary(batch, c) : void 0;
            if (dict !== void 0) {
              nonNull += stats.texts;
              const offIds = [];
              for (let id = 0; id < dict.texts.length; id++) if (!texts.has(dict.texts[id]) && !nanInSet) offIds.push(id);
              if (offIds.length === 0) return;
              const off2 = new Uint8Array(dict.texts.length);
              for (const id of offIds) off2[id] = 1;
              const kinds2 = cellKinds(batch, c);
              for (let i = 0; i < batch.length; i++) if (kinds2[i] === CELL_TEXT && off2[dict.ids[i]] === 1) offCell(batch.file, batch.lines[i], dict.texts[dict.ids[i]]);
              return;
            }
            const kinds = cellKinds(batch, c);
            const starts = raw.starts(c);
            const ends = raw.ends(c);
            const escaped = raw.escaped(c);
            for (let i = 0; i < batch.length; i++) {
              if (kinds[i] === CELL_NULL) continue;
              nonNull++;
              if (escaped[i] === 0 && bytes.has(raw.bytes, starts[i], ends[i])) continue;
              const v = cellText(batch, c, i) ?? "";
              if (texts.has(v) || nums !== void 0 && numbers.has(nums[i])) continue;
              offCell(batch.file, batch.lines[i], v);
            }
            return;
          }
          const cells = columnTexts(batch, c);
          for (let i = 0; i < batch.length; i++) {
            const v = cells[i];
            if (v === null || v === void 0) continue;
            nonNull++;
            if (texts.has(v) || nums !== void 0 && numbers.has(nums[i])) continue;
            offCell(batch.file, batch.lines[i], v);
          }
        },
        state: () => ({ nonNull, off, offValues: offValues.state(), examples: examples.state() }),
        merge(s, lineOffset) {
          nonNull += s.nonNull;
          off += s.off;
          offValues.merge(s.offValues, 20, `values_in_set on ${column3}`);
          examples.merge(s.examples, lineOffset);
        },
        finish() {
          if (config.values === void 0 && fromReference === null) {
            return { status: "skip", observed: null, expected: null, message: "no `values` given and no reference with at most 10,000 distinct values to take them from" };
          }
          const ok = config.min_domain_mass !== void 0 ? !(nonNull > 0 && off / nonNull > 1 - config.min_domain_mass) : mostlySuccess(nonNull, off, mostly2);
          const top = offValues.first(20).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([v, n]) => `${JSON.stringify(v)} (${n})`);
          return {
            status: ok ? "pass" : "fail",
            observed: nonNull === 0 ? null : (nonNull - off) / nonNull,
            expected: config.min_domain_mass !== void 0 ? `domain mass \u2265 ${config.min_domain_mass}` : `in-set share \u2265 ${mostly2}`,
            message: `${off === 0 ? `all ${nonNull} values are in the set` : `${off} of ${nonNull} values are not in the set: ${top.join(", ")}`}${fromReference !== null ? " (the set of the reference data)" : ""}`,
            unexpectedCount: off,
            elementCount: nonNull,
            examples: off > 0 ? examples.list() : []
          };
        }
      };
    });
  }
};
function valueCount(text3) {
  const t = text3.trim();
  if (t.startsWith("[") && t.endsWith("]")) {
    try {
      const parsed = JSON.parse(t);
      if (Array.isArray(parsed)) return parsed.length;
    } catch {
    }
  }
  return 1;
}
var valuesPerExample = {
  id: "DV13",
  name: "values_per_example",
  title: "Values per example",
  mostly: false,
  params: DATA_CHECK_PARAMS.values_per_example,
  create(config) {
    return perColumn("DV13", config, (column3) => {
      let present2 = 0;
      let low = 0;
      let high = 0;
      let minSeen = Infinity;
      let maxSeen = -Infinity;
      const examples = new ExampleCollector();
      return {
        consume(batch, c) {
          const cells = columnTexts(batch, c);
          for (let i = 0; i < batch.length; i++) {
            const v = cells[i];
            if (v === null || v === void 0) continue;
            present2++;
            const n = valueCount(v);
            if (n < minSeen) minSeen = n;
            if (n > maxSeen) maxSeen = n;
            const isLow = config.min !== void 0 && n < config.min;
            const isHigh = config.max !== void 0 && n > config.max;
            if (isLow) low++;
            if (isHigh) high++;
            if (isLow || isHigh) examples.add(batch.file, batch.lines[i], column3, v);
          }
        },
        finish() {
          const bad = low + high;
          return {
            status: bad > 0 ? "fail" : "pass",
            observed: present2 === 0 ? null : `${minSeen}..${maxSeen}`,
            expected: `${config.min ?? 0}..${config.max ?? "\u221E"} values per example`,
            message: bad === 0 ? `every present example has ${present2 === 0 ? "no" : `${minSeen}..${maxSeen}`} values` : `${low} examples have too few values (FEATURE_TYPE_LOW_NUMBER_VALUES) and ${high} too many (FEATURE_TYPE_HIGH_NUMBER_VALUES)`,
            unexpectedCount: bad,
            elementCount: present2,
            examples: bad > 0 ? examples.list() : []
          };
        }
      };
    });
  }
};
var distinctCountBetween = {
  id: "DV14",
  name: "distinct_count_between",
  title: "Distinct-count bounds",
  mostly: false,
  params: DATA_CHECK_PARAMS.distinct_count_between,
  create(config, context) {
    return perColumn("DV14", config, (column3) => {
      const table = new FingerprintTable();
      const hasher = new Hasher64();
      return {
        consume(batch, c) {
          const cells = columnTexts(batch, c);
          for (let i = 0; i < batch.length; i++) {
            const v = cells[i];
            if (v === null || v === void 0) continue;
            hasher.ofString(v);
            table.observe(hasher.hi, hasher.lo, batch.lines[i]);
          }
        },
        finish() {
          const n = table.size;
          const ref2 = context.reference?.columns.get(column3)?.distinct ?? null;
          let ok;
          let expected;
          if (config.min !== void 0 || config.max !== void 0) {
            ok = (config.min === void 0 || n >= config.min) && (config.max === void 0 || n <= config.max);
            expected = `${config.min ?? 0} \u2264 distinct \u2264 ${config.max ?? "\u221E"}`;
          } else if (ref2 !== null) {
            ok = withinRelative(n, ref2);
            expected = `${ref2} \xB1 10% (reference)`;
          } else {
            ok = n > 1;
            expected = "distinct > 1";
          }
          const approx = table.saturated ? " (at least; the bounded table is full)" : "";
          return {
            status: ok ? "pass" : "fail",
            observed: n,
            expected,
            message: `${n}${approx} distinct values (expected ${expected})${ok ? "" : config.min !== void 0 && n < config.min ? " (FEATURE_TYPE_LOW_UNIQUE)" : config.max !== void 0 && n > config.max ? " (FEATURE_TYPE_HIGH_UNIQUE)" : ""}`
          };
        }
      };
    });
  }
};

// src/core/random/xoshiro128.ts
function splitMix32(seed) {
  let s = seed >>> 0;
  return () => {
    s = s + 2654435769 >>> 0;
    let z19 = s;
    z19 = Math.imul(z19 ^ z19 >>> 16, 2246822507) >>> 0;
    z19 = Math.imul(z19 ^ z19 >>> 13, 3266489909) >>> 0;
    return (z19 ^ z19 >>> 16) >>> 0;
  };
}
function createRandom(seed) {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const mix = splitMix32(seed);
  return createRandomFromState([mix(), mix(), mix(), mix()]);
}
function createRandomFromState(state) {
  let [s0, s1, s2, s3] = state.map((v) => v >>> 0);
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
  function nextUint32() {
    const result2 = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result2;
  }
  return {
    nextUint32,
    nextFloat() {
      const hi = nextUint32() >>> 5;
      const lo = nextUint32() >>> 6;
      return (hi * 67108864 + lo) / 9007199254740992;
    },
    nextBelow(bound3) {
      if (!(bound3 >= 1 && bound3 <= 4294967296 && bound3 === Math.floor(bound3))) {
        throw new RangeError(`bound must be an integer in [1, 2^32], got ${bound3}`);
      }
      if (bound3 <= 2097152) {
        let m = nextUint32() * bound3;
        let low = m % 4294967296;
        if (low < bound3) {
          const threshold = (4294967296 - bound3) % bound3;
          while (low < threshold) {
            m = nextUint32() * bound3;
            low = m % 4294967296;
          }
        }
        return Math.floor(m / 4294967296);
      }
      const limit = 4294967296 - 4294967296 % bound3;
      let x = nextUint32();
      while (x >= limit) x = nextUint32();
      return x % bound3;
    }
  };
}
function rotl(x, k) {
  return (x << k | x >>> 32 - k) >>> 0;
}

// src/core/stats/bounded-sample.ts
var DEFAULT_MAX_DISTINCT = 1e5;
var BUFFER = 65536;
var BoundedSample = class {
  constructor(maxDistinct = DEFAULT_MAX_DISTINCT, seed = 0) {
    this.maxDistinct = maxDistinct;
    this.random = createRandom(seed);
  }
  maxDistinct;
  buffer = new Float64Array(BUFFER);
  buffered = 0;
  values = new Float64Array(0);
  counts = new Float64Array(0);
  reservoir = null;
  random;
  count = 0;
  min = Infinity;
  max = -Infinity;
  /** Adds one finite value. */
  add(v) {
    this.count++;
    if (v < this.min) this.min = v;
    if (v > this.max) this.max = v;
    if (this.reservoir) {
      const j = Math.floor(this.random.nextFloat() * this.count);
      if (j < this.reservoir.length) this.reservoir[j] = v;
      return;
    }
    this.buffer[this.buffered++] = v === 0 ? 0 : v;
    if (this.buffered === BUFFER) this.compact();
  }
  compact() {
    const chunk = this.buffer.subarray(0, this.buffered).sort();
    this.buffered = 0;
    const outV = new Float64Array(this.values.length + chunk.length);
    const outC = new Float64Array(outV.length);
    let i = 0;
    let j = 0;
    let k = 0;
    const push = (v, c) => {
      if (k > 0 && outV[k - 1] === v) outC[k - 1] = outC[k - 1] + c;
      else {
        outV[k] = v;
        outC[k++] = c;
      }
    };
    while (i < this.values.length || j < chunk.length) {
      if (j >= chunk.length || i < this.values.length && this.values[i] <= chunk[j]) {
        push(this.values[i], this.counts[i]);
        i++;
      } else push(chunk[j++], 1);
    }
    this.values = outV.slice(0, k);
    this.counts = outC.slice(0, k);
    if (k > this.maxDistinct) this.toReservoir();
  }
  toReservoir() {
    const size = this.maxDistinct;
    const reservoir = new Float64Array(size);
    let seen = 0;
    let chosen = 0;
    const total2 = this.count;
    for (let i = 0; i < this.values.length && chosen < size; i++) {
      for (let c = 0; c < this.counts[i] && chosen < size; c++) {
        if (this.random.nextFloat() * (total2 - seen) < size - chosen) reservoir[chosen++] = this.values[i];
        seen++;
      }
    }
    this.reservoir = reservoir;
    this.values = new Float64Array(0);
    this.counts = new Float64Array(0);
  }
  /** The exact weighted sample, or the reservoir sample once the distinct cap was passed. */
  result() {
    if (!this.reservoir && this.buffered > 0) this.compact();
    const common2 = { count: this.count, min: this.min, max: this.max };
    if (!this.reservoir) {
      return { sample: { values: this.values, counts: this.counts, total: this.count }, sampled: false, ...common2 };
    }
    const sorted = Float64Array.from(this.reservoir).sort();
    const values = [];
    const counts = [];
    for (const v of sorted) {
      if (values.length > 0 && values[values.length - 1] === v) counts[counts.length - 1] += 1;
      else {
        values.push(v);
        counts.push(1);
      }
    }
    return { sample: { values: Float64Array.from(values), counts: Float64Array.from(counts), total: sorted.length }, sampled: true, ...common2 };
  }
};

// src/core/checks/column-summary.ts
var TOP_VALUE_COUNTERS = 1e4;
var TopValueCounter = class {
  numbers = /* @__PURE__ */ new Map();
  texts = /* @__PURE__ */ new Map();
  nulls = 0;
  exact = true;
  total = 0;
  add(text3, num2) {
    this.total++;
    if (text3 === null) {
      this.nulls++;
      return;
    }
    if (Number.isNaN(num2)) this.bump(this.texts, text3);
    else this.bump(this.numbers, num2 === 0 ? 0 : num2);
  }
  bump(map, key) {
    const c = map.get(key);
    if (c !== void 0) map.set(key, c + 1);
    else if (this.numbers.size + this.texts.size < TOP_VALUE_COUNTERS) map.set(key, 1);
    else {
      this.exact = false;
      for (const m of [this.numbers, this.texts]) {
        for (const [k, v] of m) {
          if (v <= 1) m.delete(k);
          else m.set(k, v - 1);
        }
      }
    }
  }
  /** The distinct non-null values (numbers as numbers), or null when the summary is not exact. */
  domain() {
    return this.exact ? [...this.numbers.keys(), ...this.texts.keys()] : null;
  }
  /** Share of rows that are null. */
  nullShare() {
    return this.total === 0 ? 0 : this.nulls / this.total;
  }
  /** The most common value (as text; `null` for nulls) and its share of all rows. */
  top() {
    if (this.total === 0) return null;
    let value2 = null;
    let count = this.nulls;
    let found = this.nulls > 0;
    for (const [k, v] of this.numbers) if (!found || v > count) [value2, count, found] = [String(k), v, true];
    for (const [k, v] of this.texts) if (!found || v > count) [value2, count, found] = [k, v, true];
    if (!found) return null;
    return { value: value2, count, share: count / this.total };
  }
};
var NumericSummary = class {
  count = 0;
  mean = 0;
  m2 = 0;
  sample = new BoundedSample();
  consume(batch, column3) {
    const nums = batch.numbers(column3);
    for (let i = 0; i < batch.length; i++) {
      const x = nums[i];
      if (!Number.isFinite(x)) continue;
      this.count++;
      const d = x - this.mean;
      this.mean += d / this.count;
      this.m2 += d * (x - this.mean);
      this.sample.add(x);
    }
  }
  result() {
    const s = this.sample.result();
    return {
      count: this.count,
      mean: this.count === 0 ? null : this.mean,
      std: this.count < 2 ? null : Math.sqrt(this.m2 / (this.count - 1)),
      quantile: (q) => s.sample.total === 0 ? null : linearQuantile(s.sample, q),
      sampled: s.sampled
    };
  }
};
function linearQuantile(sample, q) {
  const h = (sample.total - 1) * q;
  const lo = Math.floor(h);
  const at = (rank) => {
    let acc = 0;
    for (let i = 0; i < sample.values.length; i++) {
      acc += sample.counts[i];
      if (rank < acc) return sample.values[i];
    }
    return sample.values[sample.values.length - 1];
  };
  const a = at(lo);
  const b = at(Math.min(lo + 1, sample.total - 1));
  return a + (h - lo) * (b - a);
}
function countValues(counter, batch, column3) {
  const kinds = cellKinds(batch, column3);
  const nums = batch.numbers(column3);
  let texts;
  for (let i = 0; i < batch.length; i++) {
    const x = nums[i];
    if (kinds[i] === CELL_NULL) counter.add(null, NaN);
    else if (!Number.isNaN(x)) counter.add("", x);
    else counter.add((texts ??= columnTexts(batch, column3))[i] ?? "", NaN);
  }
}

// src/core/checks/dv/range-checks.ts
function describeInterval(min, max, strictMin = false, strictMax = false) {
  const lo = min === null || min === void 0 ? "(-\u221E" : `${strictMin ? "(" : "["}${min}`;
  const hi = max === null || max === void 0 ? "\u221E)" : `${max}${strictMax ? ")" : "]"}`;
  return `${lo}, ${hi}`;
}
var valuesBetween = {
  id: "DV10",
  name: "values_between",
  title: "Numeric range",
  mostly: true,
  params: DATA_CHECK_PARAMS.values_between,
  create(config) {
    const min = config.min ?? null;
    const max = config.max ?? null;
    const strictMin = config.strict_min ?? false;
    const strictMax = config.strict_max ?? false;
    const mostly2 = config.mostly ?? 1;
    const interval = describeInterval(min, max, strictMin, strictMax);
    return mergeablePerColumn("DV10", config, (column3) => {
      let considered = 0;
      let unexpected = 0;
      let observedMin = Infinity;
      let observedMax = -Infinity;
      const examples = new ExampleCollector();
      return {
        consume(batch, c) {
          const stats = columnStats(batch, c);
          if (stats.texts === 0) {
            const lo = stats.min;
            const hi = stats.max;
            const inside = lo > hi || (min === null || (strictMin ? lo > min : lo >= min)) && (max === null || (strictMax ? hi < max : hi <= max));
            if (inside) {
              considered += stats.numbers - stats.nans;
              if (lo < observedMin) observedMin = lo;
              if (hi > observedMax) observedMax = hi;
              return;
            }
          }
          const kinds = cellKinds(batch, c);
          const nums = batch.numbers(c);
          for (let i = 0; i < batch.length; i++) {
            const kind = kinds[i];
            if (kind === CELL_NULL) continue;
            const x = nums[i];
            if (kind !== CELL_TEXT && Number.isNaN(x)) continue;
            considered++;
            let ok = kind !== CELL_TEXT;
            if (ok) {
              if (x < observedMin) observedMin = x;
              if (x > observedMax) observedMax = x;
              if (min !== null) ok = strictMin ? x > min : x >= min;
              if (ok && max !== null) ok = strictMax ? x < max : x <= max;
            }
            if (!ok) {
              unexpected++;
              if (examples.wants(batch.lines[i])) examples.add(batch.file, batch.lines[i], column3, cellText(batch, c, i));
            }
          }
        },
        state: () => ({ considered, unexpected, observedMin, observedMax, examples: examples.state() }),
        merge(s, lineOffset) {
          considered += s.considered;
          unexpected += s.unexpected;
          if (s.observedMin < observedMin) observedMin = s.observedMin;
          if (s.observedMax > observedMax) observedMax = s.observedMax;
          examples.merge(s.examples, lineOffset);
        },
        finish() {
          const ok = mostlySuccess(considered, unexpected, mostly2);
          const range = observedMin <= observedMax ? `[${observedMin}, ${observedMax}]` : null;
          return {
            status: ok ? "pass" : "fail",
            observed: range,
            expected: interval,
            message: unexpected === 0 ? `all ${considered} values are in ${interval}` : `${unexpected} of ${considered} values are outside ${interval}`,
            unexpectedCount: unexpected,
            elementCount: considered,
            examples: unexpected > 0 ? examples.list() : []
          };
        }
      };
    });
  }
};
var noNanInf = {
  id: "DV11",
  name: "no_nan_inf",
  title: "NaN / Inf",
  mostly: false,
  params: DATA_CHECK_PARAMS.no_nan_inf,
  create(config) {
    const disallowNan = config.disallow_nan ?? true;
    const disallowInf = config.disallow_inf ?? true;
    return perColumn("DV11", config, (column3) => {
      let numeric = 0;
      let nans = 0;
      let infs = 0;
      const examples = new ExampleCollector();
      return {
        consume(batch, c) {
          const kinds = cellKinds(batch, c);
          const nums = batch.numbers(c);
          for (let i = 0; i < batch.length; i++) {
            const kind = kinds[i];
            if (kind === CELL_NULL || kind === CELL_TEXT) continue;
            const x = nums[i];
            const isNan = Number.isNaN(x);
            numeric++;
            const isInf = x === Infinity || x === -Infinity;
            if (isNan) nans++;
            if (isInf) infs++;
            if (isNan && disallowNan || isInf && disallowInf) examples.add(batch.file, batch.lines[i], column3, cellText(batch, c, i));
          }
        },
        finish() {
          if (numeric === 0 && config.column === void 0) return { notApplicable: "no numeric values" };
          const bad = (disallowNan ? nans : 0) + (disallowInf ? infs : 0);
          const what = [disallowNan ? "NaN" : "", disallowInf ? "Inf" : ""].filter(Boolean).join(" or ");
          return {
            status: bad > 0 ? "fail" : "pass",
            observed: bad,
            expected: `no ${what}`,
            message: `${nans} NaN and ${infs} infinite values${bad > 0 ? ` (${[nans > 0 && disallowNan ? "FLOAT_TYPE_HAS_NAN" : "", infs > 0 && disallowInf ? "FLOAT_TYPE_HAS_INF" : ""].filter(Boolean).join(", ")})` : ""}`,
            unexpectedCount: bad,
            elementCount: numeric,
            details: { nan: nans, inf: infs },
            examples: bad > 0 ? examples.list() : []
          };
        }
      };
    });
  }
};

// src/core/checks/dv/distribution-checks.ts
var dominantValue = {
  id: "DV25",
  name: "dominant_value",
  title: "Dominant value",
  mostly: false,
  params: DATA_CHECK_PARAMS.dominant_value,
  create(config, context) {
    return perColumn("DV25", config, (column3) => {
      const counter = new TopValueCounter();
      return {
        consume(batch, c) {
          countValues(counter, batch, c);
        },
        finish() {
          const top = counter.top();
          const share3 = top?.share ?? 0;
          const ref2 = config.max_share === void 0 ? context.reference?.columns.get(column3)?.mostCommonShare ?? null : null;
          const ok = ref2 !== null ? withinRelative(share3, ref2) : share3 < (config.max_share ?? 0.8);
          const expected = ref2 !== null ? `${ref2} \xB1 10% (reference)` : `share < ${config.max_share ?? 0.8}`;
          return {
            status: ok ? "pass" : "fail",
            observed: share3,
            expected,
            message: top === null ? "no values" : `most common value ${top.value === null ? "null" : JSON.stringify(top.value)} is ${percent(share3)} of rows${counter.exact ? "" : " (approximate)"}`
          };
        }
      };
    });
  }
};
var summaryStatistics = {
  id: "DV26",
  name: "summary_statistics",
  title: "Summary statistics",
  mostly: false,
  params: DATA_CHECK_PARAMS.summary_statistics,
  create(config, context) {
    const statistic = config.statistic;
    const q = statistic === "median" ? 0.5 : config.quantile ?? 0.5;
    return perColumn("DV26", config, (column3) => {
      const summary2 = new NumericSummary();
      return {
        consume(batch, c) {
          summary2.consume(batch, c);
        },
        finish() {
          const s = summary2.result();
          const value2 = statistic === "mean" || statistic === "mean_in_n_sigmas" ? s.mean : statistic === "std" ? s.std : s.quantile(q);
          const name = statistic === "quantile" ? `quantile ${q}` : statistic === "mean_in_n_sigmas" ? "mean" : statistic;
          const ref2 = context.reference?.columns.get(column3);
          if (value2 === null) return { status: "fail", observed: null, expected: null, message: `${name} is undefined: too few numeric values` };
          if (statistic === "mean_in_n_sigmas") {
            const n = config.n_sigmas ?? 2;
            if (ref2?.mean == null || ref2.std == null) return { status: "skip", observed: value2, expected: null, message: "mean_in_n_sigmas needs a reference with numeric values (--reference)" };
            const lo = ref2.mean - n * ref2.std;
            const hi = ref2.mean + n * ref2.std;
            const ok2 = lo < value2 && value2 < hi;
            return { status: ok2 ? "pass" : "fail", observed: value2, expected: `(${lo}, ${hi})`, message: `mean ${value2} is ${ok2 ? "within" : "outside"} ${n} reference standard deviations of ${ref2.mean}` };
          }
          if (config.min !== void 0 || config.max !== void 0) {
            const okMin = config.min === void 0 || (config.strict_min ? value2 > config.min : value2 >= config.min);
            const okMax = config.max === void 0 || (config.strict_max ? value2 < config.max : value2 <= config.max);
            const interval = describeInterval(config.min, config.max, config.strict_min, config.strict_max);
            return { status: okMin && okMax ? "pass" : "fail", observed: value2, expected: interval, message: `${name} ${value2} is ${okMin && okMax ? "in" : "outside"} ${interval}${s.sampled ? " (from a bounded sample)" : ""}` };
          }
          const refValue = ref2 === void 0 ? null : statistic === "mean" ? ref2.mean : statistic === "std" ? ref2.std : ref2.quantile(q);
          if (refValue === null) return { status: "skip", observed: value2, expected: null, message: `no bounds and no reference: ${name} is ${value2}` };
          const ok = withinRelative(value2, refValue);
          return { status: ok ? "pass" : "fail", observed: value2, expected: `${refValue} \xB1 10% (reference)`, message: `${name} ${value2} against reference ${refValue}` };
        }
      };
    });
  }
};

// src/core/checks/dv/duplicate-checks.ts
var SATURATED = " (the bounded fingerprint table filled up: values after it filled were compared with earlier ones only)";
var valuesUnique = {
  id: "DV15",
  name: "values_unique",
  title: "Unique key",
  mostly: true,
  params: DATA_CHECK_PARAMS.values_unique,
  create(config) {
    const mostly2 = config.mostly ?? 1;
    return perColumn("DV15", config, (column3) => {
      const table = new FingerprintTable();
      const hasher = new Hasher64();
      let nonNull = 0;
      let unexpected = 0;
      const examples = new ExampleCollector();
      return {
        consume(batch, c) {
          const cells = columnTexts(batch, c);
          for (let i = 0; i < batch.length; i++) {
            const v = cells[i];
            if (v === null || v === void 0) continue;
            nonNull++;
            hasher.ofString(v);
            const line = batch.lines[i];
            const before = table.observe(hasher.hi, hasher.lo, line);
            if (before === 0) continue;
            unexpected += before === 1 ? 2 : 1;
            if (before === 1) examples.add(batch.file, table.firstLine, column3, v);
            examples.add(batch.file, line, column3, v);
          }
        },
        finish() {
          const ok = mostlySuccess(nonNull, unexpected, mostly2);
          return {
            status: ok ? "pass" : "fail",
            observed: nonNull === 0 ? null : (nonNull - unexpected) / nonNull,
            expected: `unique share \u2265 ${mostly2}`,
            message: `${unexpected} of ${nonNull} non-null values are copies of a duplicated value${table.saturated ? SATURATED : ""}`,
            unexpectedCount: unexpected,
            elementCount: nonNull,
            examples: unexpected > 0 ? examples.list() : []
          };
        }
      };
    });
  }
};
var duplicateRows = {
  id: "DV16",
  name: "duplicate_rows",
  title: "Duplicate rows",
  mostly: false,
  params: DATA_CHECK_PARAMS.duplicate_rows,
  create(config) {
    const maxRatio = config.max_ratio ?? 0;
    const table = new FingerprintTable();
    const hasher = new Hasher64();
    const examples = new ExampleCollector();
    let rows2 = 0;
    let duplicates = 0;
    let indices;
    let absent = [];
    return perTable("DV16", config, {
      consume(batch) {
        if (indices === void 0) {
          const wanted = config.columns ?? batch.header;
          absent = wanted.filter((c) => !batch.header.includes(c));
          indices = wanted.map((c) => batch.header.indexOf(c)).filter((i) => i >= 0);
        }
        const cols = indices.map((i) => columnTexts(batch, i));
        for (let r = 0; r < batch.length; r++) {
          hasher.reset();
          for (const col of cols) {
            const v = col[r];
            if (v === null || v === void 0) hasher.updateNull();
            else hasher.updateString(v);
          }
          hasher.digest();
          rows2++;
          const line = batch.lines[r];
          if (table.observe(hasher.hi, hasher.lo, line) !== 0) {
            duplicates++;
            examples.add(batch.file, line, void 0, `duplicate of line ${table.firstLine}`);
          }
        }
      },
      finish() {
        if (absent.length > 0) return { status: "fail", observed: null, expected: `ratio \u2264 ${maxRatio}`, message: `columns not in the data: ${absent.join(", ")}` };
        if (rows2 === 0) return { status: "fail", observed: null, expected: `ratio \u2264 ${maxRatio}`, message: "no rows: the duplicate ratio is undefined" };
        const ratio2 = 1 - (rows2 - duplicates) / rows2;
        const ok = ratio2 <= maxRatio;
        return {
          status: ok ? "pass" : "fail",
          observed: ratio2,
          expected: `ratio \u2264 ${maxRatio}`,
          message: `${duplicates} of ${rows2} rows (${percent(ratio2)}) repeat an earlier row${table.saturated ? SATURATED : ""}`,
          unexpectedCount: duplicates,
          elementCount: rows2,
          examples: duplicates > 0 ? examples.list() : []
        };
      }
    });
  }
};
var duplicateColumns = {
  id: "DV17",
  name: "duplicate_columns",
  title: "Duplicate columns",
  mostly: false,
  params: DATA_CHECK_PARAMS.duplicate_columns,
  create(config) {
    const maxCount = config.max_count ?? 0;
    let hashers;
    return perTable("DV17", config, {
      consume(batch) {
        hashers ??= batch.header.map(() => new Hasher64().reset());
        for (let c = 0; c < hashers.length; c++) {
          const h = hashers[c];
          const cells = columnTexts(batch, c);
          for (let r = 0; r < batch.length; r++) {
            const v = cells[r];
            if (v === null || v === void 0) h.updateNull();
            else h.updateString(v);
          }
        }
      },
      finish(header) {
        const seen = /* @__PURE__ */ new Map();
        const pairs = [];
        (hashers ?? []).forEach((h, c) => {
          h.digest();
          const key = `${h.hi}:${h.lo}`;
          const name = header?.[c] ?? String(c);
          const earlier = seen.get(key);
          if (earlier !== void 0) pairs.push(`${name} = ${earlier}`);
          else seen.set(key, name);
        });
        return {
          status: pairs.length > maxCount ? "fail" : "pass",
          observed: pairs.length,
          expected: `\u2264 ${maxCount}`,
          message: pairs.length === 0 ? "no duplicated columns" : `${pairs.length} duplicated column${pairs.length === 1 ? "" : "s"}: ${pairs.join(", ")}`
        };
      }
    });
  }
};

// src/core/checks/value-forms.ts
var DIGITS = String.raw`\d(?:_?\d)*`;
var PYTHON_FLOAT = new RegExp(String.raw`^[+-]?(?:(?:${DIGITS}(?:\.(?:${DIGITS})?)?|\.${DIGITS})(?:[eE][+-]?${DIGITS})?|inf|infinity|nan)$`, "i");
function pythonFloatParses(text3) {
  return PYTHON_FLOAT.test(text3.trim());
}
var INTEGER = /^[+-]?\d+$/;
var NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$|^[+-]?(?:inf|infinity)$|^nan$/i;
var BOOLEAN = /^(?:true|false)$/i;
function isIntegerText(text3) {
  return INTEGER.test(text3.trim());
}
function isNumberText(text3) {
  return NUMBER.test(text3.trim());
}
function isBooleanText(text3) {
  return BOOLEAN.test(text3.trim());
}
var NON_ALNUM = /[^\p{L}\p{N}]+/gu;
function baseForm(text3, allowEmpty = false) {
  const base = text3.replace(NON_ALNUM, "").toLowerCase();
  return base.length > 0 || allowEmpty ? base : text3;
}
function codePointLength(text3) {
  let n = text3.length;
  for (let i = 0; i < text3.length; i++) {
    const c = text3.charCodeAt(i);
    if (c >= 55296 && c <= 56319) {
      const d = text3.charCodeAt(i + 1);
      if (d >= 56320 && d <= 57343) {
        n--;
        i++;
      }
    }
  }
  return n;
}

// src/core/checks/dv/type-checks.ts
var ACCEPTS = {
  integer: (kind, isInt) => kind === CELL_NUMBER && isInt,
  float: (kind) => kind === CELL_NUMBER,
  number: (kind) => kind === CELL_NUMBER,
  string: () => true,
  boolean: (kind, _isInt, text3) => kind !== CELL_NUMBER && isBooleanText(text3 ?? "")
};
var columnType = {
  id: "DV07",
  name: "column_type",
  title: "Physical type",
  mostly: true,
  params: DATA_CHECK_PARAMS.column_type,
  create(config) {
    const accepts = ACCEPTS[config.type];
    const needsText = config.type === "boolean";
    const isNumeric = config.type === "integer" || config.type === "float" || config.type === "number";
    const integerOnly = config.type === "integer";
    const mostly2 = config.mostly ?? 1;
    return mergeablePerColumn("DV07", config, (column3) => {
      let nonNull = 0;
      let unexpected = 0;
      let allInt = true;
      let allNum = true;
      let allBool = true;
      const examples = new ExampleCollector();
      return {
        consume(batch, c) {
          const stats = columnStats(batch, c);
          if (stats.texts === 0 && config.type !== "boolean" && (stats.numbers === 0 || numbersAreDigitLiterals(batch, c) || !allInt && !integerOnly)) {
            nonNull += stats.numbers;
            if (stats.numbers > 0) allBool = false;
            return;
          }
          const kinds = cellKinds(batch, c);
          if (config.type === "string" && !allInt && !allNum && !allBool) {
            let k = 0;
            for (let i = 0; i < batch.length; i++) if (kinds[i] !== CELL_NULL) k++;
            nonNull += k;
            return;
          }
          const ints = integerMask(batch, c);
          for (let i = 0; i < batch.length; i++) {
            const kind = kinds[i];
            if (kind === CELL_NULL) continue;
            nonNull++;
            let text3 = null;
            if (kind === CELL_NUMBER) {
              allBool = false;
              if (ints[i] === 0) allInt = false;
              if (isNumeric ? !integerOnly || ints[i] === 1 : config.type === "string") continue;
            } else {
              allInt = false;
              allNum = false;
              if (allBool || needsText) {
                text3 = cellText(batch, c, i);
                if (allBool && !isBooleanText(text3 ?? "")) allBool = false;
              }
            }
            if (!accepts(kind, ints[i] === 1, text3)) {
              unexpected++;
              if (examples.wants(batch.lines[i])) examples.add(batch.file, batch.lines[i], column3, cellText(batch, c, i));
            }
          }
        },
        state: () => ({ nonNull, unexpected, allInt, allNum, allBool, examples: examples.state() }),
        merge(s, lineOffset) {
          nonNull += s.nonNull;
          unexpected += s.unexpected;
          allInt &&= s.allInt;
          allNum &&= s.allNum;
          allBool &&= s.allBool;
          examples.merge(s.examples, lineOffset);
        },
        finish() {
          const observed = nonNull === 0 ? "empty" : allBool ? "boolean" : allInt ? "integer" : allNum ? "float" : "string";
          const ok = mostlySuccess(nonNull, unexpected, mostly2);
          return {
            status: ok ? "pass" : "fail",
            observed,
            expected: config.type,
            message: unexpected === 0 ? `all ${nonNull} values are ${config.type}` : `${unexpected} of ${nonNull} non-null values are not ${config.type} (the column reads as ${observed})`,
            unexpectedCount: unexpected,
            elementCount: nonNull,
            examples: unexpected > 0 ? examples.list() : []
          };
        }
      };
    });
  }
};
var mixedTypes = {
  id: "DV08",
  name: "mixed_types",
  title: "Mixed types in a string column",
  mostly: false,
  params: DATA_CHECK_PARAMS.mixed_types,
  create(config) {
    const lo = config.min_ratio ?? 0.01;
    const hi = config.max_ratio ?? 0.1;
    return perColumn("DV08", config, (column3) => {
      let nonNull = 0;
      let nums = 0;
      const numExamples = new ExampleCollector();
      const strExamples = new ExampleCollector();
      return {
        consume(batch, c) {
          const kinds = cellKinds(batch, c);
          for (let i = 0; i < batch.length; i++) {
            const kind = kinds[i];
            if (kind === CELL_NULL) continue;
            nonNull++;
            const line = batch.lines[i];
            if (kind === CELL_NUMBER || pythonFloatParses(cellText(batch, c, i) ?? "")) {
              nums++;
              if (numExamples.wants(line)) numExamples.add(batch.file, line, column3, cellText(batch, c, i));
            } else if (strExamples.wants(line)) strExamples.add(batch.file, line, column3, cellText(batch, c, i));
          }
        },
        finish() {
          const rNum = nonNull === 0 ? 0 : nums / nonNull;
          const rStr = nonNull === 0 ? 0 : (nonNull - nums) / nonNull;
          const minority = Math.min(rNum, rStr);
          const fail2 = lo < minority && minority < hi;
          const minorityKind = rNum <= rStr ? "numbers" : "strings";
          return {
            status: fail2 ? "fail" : "pass",
            observed: minority,
            expected: `minority share not strictly inside (${lo}, ${hi})`,
            message: minority === 0 ? "values are not mixed" : `${percent(rNum)} numbers and ${percent(rStr)} strings among non-null values`,
            unexpectedCount: minorityKind === "numbers" ? nums : nonNull - nums,
            elementCount: nonNull,
            details: { numbers_ratio: rNum, strings_ratio: rStr },
            examples: fail2 ? (minorityKind === "numbers" ? numExamples : strExamples).list() : []
          };
        }
      };
    });
  }
};
var NULL_BASE_FORMS = /* @__PURE__ */ new Set(["none", "null", "nan", "na", "", "\0", "\0\0"]);

// src/core/checks/dv/mixed-nulls-check.ts
var MAX_NULL_SPELLINGS = 1e3;
var mixedNulls = {
  id: "DV09",
  name: "mixed_nulls",
  title: "Mixed null tokens",
  mostly: false,
  params: DATA_CHECK_PARAMS.mixed_nulls,
  create(config) {
    const maxKinds = config.max_kinds ?? 1;
    return perColumn("DV09", config, (column3) => {
      let nulls = 0;
      const spellings = /* @__PURE__ */ new Map();
      const examples = new ExampleCollector();
      return {
        consume(batch, c) {
          const cells = columnTexts(batch, c);
          for (let i = 0; i < batch.length; i++) {
            const v = cells[i];
            if (v === null || v === void 0) {
              if (nulls++ === 0) examples.add(batch.file, batch.lines[i], column3, null);
              continue;
            }
            if (v.length > 16 || !NULL_BASE_FORMS.has(baseForm(v))) continue;
            const seen = spellings.get(v);
            if (seen === void 0) {
              if (spellings.size < MAX_NULL_SPELLINGS) spellings.set(v, 1);
              examples.add(batch.file, batch.lines[i], column3, v);
            } else spellings.set(v, seen + 1);
          }
        },
        finish() {
          const kinds = (nulls > 0 ? 1 : 0) + spellings.size;
          const list6 = [...nulls > 0 ? [`null (${nulls})`] : [], ...[...spellings].map(([k, n]) => `${JSON.stringify(k)} (${n})`)];
          return {
            status: kinds > maxKinds ? "fail" : "pass",
            observed: kinds,
            expected: `\u2264 ${maxKinds} kinds`,
            message: kinds === 0 ? "no null values" : `${kinds} kind${kinds === 1 ? "" : "s"} of null: ${list6.join(", ")}`,
            details: { nulls, textual_nulls: [...spellings.values()].reduce((a, b) => a + b, 0) },
            examples: kinds > maxKinds ? examples.list() : []
          };
        }
      };
    });
  }
};

// src/core/checks/dv/presence-check.ts
var LARGEST_FRACTION_LESS_THAN_ONE = 0.9999;
function tfdvPresence(present2, total2, minFraction) {
  const fraction = total2 === 0 ? 1 : present2 / total2;
  let relaxed = minFraction;
  let anomaly = false;
  if (fraction < relaxed) {
    relaxed = Math.fround(fraction);
    anomaly = true;
  }
  if (relaxed === 1 && total2 - present2 !== 0) {
    relaxed = LARGEST_FRACTION_LESS_THAN_ONE;
    anomaly = true;
  }
  return { anomaly, relaxedMinFraction: relaxed };
}
var valuesNotNull = {
  id: "DV06",
  name: "values_not_null",
  title: "Presence / completeness",
  mostly: true,
  params: DATA_CHECK_PARAMS.values_not_null,
  create(config, context) {
    const noParams = config.mostly === void 0 && config.min_count === void 0 && config.min_fraction === void 0;
    const mostly2 = config.mostly ?? 1;
    return mergeablePerColumn("DV06", config, (column3) => {
      let total2 = 0;
      let nulls = 0;
      const examples = new ExampleCollector();
      return {
        consume(batch, c) {
          total2 += batch.length;
          if (columnStats(batch, c).nulls === 0) return;
          const kinds = cellKinds(batch, c);
          for (let i = 0; i < batch.length; i++) {
            if (kinds[i] === 0) {
              nulls++;
              examples.add(batch.file, batch.lines[i], column3, null);
            }
          }
        },
        state: () => ({ total: total2, nulls, examples: examples.state() }),
        merge(s, lineOffset) {
          total2 += s.total;
          nulls += s.nulls;
          examples.merge(s.examples, lineOffset);
        },
        finish() {
          const present2 = total2 - nulls;
          const failures = [];
          const expected = [];
          let relaxed = null;
          const refShare = noParams ? context.reference?.columns.get(column3)?.nullShare : void 0;
          if (config.mostly !== void 0 || noParams && refShare === void 0) {
            expected.push(`non-null share \u2265 ${mostly2}`);
            if (!mostlySuccess(total2, nulls, mostly2)) failures.push(`non-null share ${percent(total2 === 0 ? 1 : present2 / total2)} is below ${percent(mostly2)}`);
          }
          if (refShare !== void 0) {
            const share3 = total2 === 0 ? 0 : nulls / total2;
            expected.push(`null share \u2264 1.1 \xD7 ${refShare} (reference)`);
            if (share3 > 1.1 * refShare) failures.push(`null share ${percent(share3)} is above 1.1 \xD7 the reference's ${percent(refShare)}`);
          }
          if (config.min_count !== void 0) {
            expected.push(`present in \u2265 ${config.min_count} rows`);
            if (present2 < config.min_count) failures.push(`present in ${present2} rows, fewer than ${config.min_count} (FEATURE_TYPE_LOW_NUMBER_PRESENT)`);
          }
          if (config.min_fraction !== void 0) {
            expected.push(`present fraction \u2265 ${config.min_fraction}`);
            const p = tfdvPresence(present2, total2, config.min_fraction);
            if (p.anomaly) {
              relaxed = p.relaxedMinFraction;
              failures.push(`present in ${percent(total2 === 0 ? 1 : present2 / total2)} of rows, below min_fraction ${config.min_fraction} (FEATURE_TYPE_LOW_FRACTION_PRESENT)`);
            }
          }
          return {
            status: failures.length > 0 ? "fail" : "pass",
            observed: total2 === 0 ? null : present2 / total2,
            expected: expected.join(" and "),
            message: failures.length > 0 ? `${nulls} of ${total2} values are null: ${failures.join("; ")}` : `${nulls} of ${total2} values are null`,
            unexpectedCount: nulls,
            elementCount: total2,
            ...relaxed !== null ? { details: { nulls, relaxed_min_fraction: relaxed } } : { details: { nulls } },
            examples: failures.length > 0 ? examples.list() : []
          };
        }
      };
    });
  }
};

// src/core/checks/dv/schema-checks.ts
var columnExists = {
  id: "DV01",
  name: "column_exists",
  title: "Column exists",
  mostly: false,
  params: DATA_CHECK_PARAMS.column_exists,
  create(config) {
    return headerCheck("DV01", config, (header) => {
      const present2 = header?.includes(config.column) ?? false;
      return {
        status: present2 ? "pass" : "fail",
        observed: present2 ? "present" : "absent",
        expected: "present",
        message: present2 ? `column ${config.column} is present` : `column ${config.column} is missing (TFDV SCHEMA_MISSING_COLUMN)`
      };
    }, config.column);
  }
};
var columnsMatchSet = {
  id: "DV02",
  name: "columns_match_set",
  title: "No unexpected columns",
  mostly: false,
  params: DATA_CHECK_PARAMS.columns_match_set,
  create(config) {
    const exact = config.exact_match ?? true;
    return headerCheck("DV02", config, (header) => {
      const actual = new Set(header ?? []);
      const wanted = new Set(config.columns);
      const missing = config.columns.filter((c) => !actual.has(c));
      const unexpected = exact ? [...actual].filter((c) => !wanted.has(c)) : [];
      const ok = missing.length === 0 && unexpected.length === 0;
      const parts = [
        ...unexpected.length > 0 ? [`unexpected columns: ${unexpected.join(", ")}`] : [],
        ...missing.length > 0 ? [`missing columns: ${missing.join(", ")}`] : []
      ];
      return {
        status: ok ? "pass" : "fail",
        observed: (header ?? []).join(", "),
        expected: `${exact ? "exactly" : "at least"} ${config.columns.join(", ")}`,
        message: ok ? "the columns match the expected set" : parts.join("; "),
        details: { missing: missing.length, unexpected: unexpected.length }
      };
    });
  }
};
var columnOrder = {
  id: "DV03",
  name: "column_order",
  title: "Column order",
  mostly: false,
  params: DATA_CHECK_PARAMS.column_order,
  create(config) {
    return headerCheck("DV03", config, (header) => {
      const actual = header ?? [];
      const n = Math.max(actual.length, config.columns.length);
      let firstDiff = -1;
      for (let i = 0; i < n && firstDiff < 0; i++) if (actual[i] !== config.columns[i]) firstDiff = i;
      const ok = firstDiff < 0;
      return {
        status: ok ? "pass" : "fail",
        observed: actual.join(", "),
        expected: config.columns.join(", "),
        message: ok ? "the columns are in the expected order" : `column ${firstDiff + 1} is ${actual[firstDiff] ?? "(none)"} but ${config.columns[firstDiff] ?? "(none)"} was expected`
      };
    });
  }
};

// src/core/checks/dv/shape-checks.ts
var DistinctUpToTwo = class {
  count = 0;
  text = "";
  num = NaN;
  see(text3, num2) {
    if (this.count === 2) return;
    if (this.count === 0) {
      this.text = text3;
      this.num = num2;
      this.count = 1;
    } else if (text3 !== this.text && !(num2 === this.num)) this.count = 2;
  }
};
var constantColumn = {
  id: "DV18",
  name: "constant_column",
  title: "Constant column",
  mostly: false,
  params: DATA_CHECK_PARAMS.constant_column,
  create(config) {
    const maxCount = config.max_count ?? 0;
    let targets;
    return perTable("DV18", config, {
      consume(batch) {
        targets ??= (config.column !== void 0 ? [config.column] : batch.header).map((name) => ({ name, index: batch.header.indexOf(name), state: new DistinctUpToTwo() })).filter((t) => t.index >= 0);
        for (const t of targets) {
          const cells = columnTexts(batch, t.index);
          const nums = batch.numbers(t.index);
          for (let i = 0; i < batch.length && t.state.count < 2; i++) {
            const v = cells[i];
            if (v !== null && v !== void 0) t.state.see(v, nums[i]);
          }
        }
      },
      finish(header) {
        if (config.column !== void 0 && !(header ?? []).includes(config.column)) {
          return { status: "fail", observed: null, expected: "column present", message: `column ${config.column} is not in the data` };
        }
        const constant = (targets ?? []).filter((t) => t.state.count === 1).map((t) => t.name);
        return {
          status: constant.length > maxCount ? "fail" : "pass",
          observed: constant.length,
          expected: `\u2264 ${maxCount} constant columns`,
          message: constant.length === 0 ? "no constant columns" : `constant (a single distinct non-null value): ${constant.join(", ")}`
        };
      }
    }, config.column);
  }
};
var emptyRowsColumns = {
  id: "DV19",
  name: "empty_rows_columns",
  title: "Empty rows/columns",
  mostly: false,
  params: DATA_CHECK_PARAMS.empty_rows_columns,
  create(config) {
    const maxRows = config.max_empty_rows ?? 0;
    const maxColumns = config.max_empty_columns ?? 0;
    let rows2 = 0;
    let emptyRows = 0;
    let nonNullPerColumn;
    const examples = new ExampleCollector();
    return perTable("DV19", config, {
      consume(batch) {
        nonNullPerColumn ??= batch.header.map(() => 0);
        const rowHasValue = new Uint8Array(batch.length);
        for (let c = 0; c < batch.header.length; c++) {
          const cells = columnTexts(batch, c);
          let n = 0;
          for (let r = 0; r < batch.length; r++) {
            if (cells[r] !== null && cells[r] !== void 0) {
              n++;
              rowHasValue[r] = 1;
            }
          }
          nonNullPerColumn[c] += n;
        }
        for (let r = 0; r < batch.length; r++) {
          if (rowHasValue[r] === 0) {
            emptyRows++;
            examples.add(batch.file, batch.lines[r]);
          }
        }
        rows2 += batch.length;
      },
      finish(header) {
        const emptyColumns = (header ?? []).filter((_, c) => (nonNullPerColumn?.[c] ?? 0) === 0);
        const fail2 = emptyRows > maxRows || emptyColumns.length > maxColumns;
        return {
          status: fail2 ? "fail" : "pass",
          observed: `${emptyRows} empty rows, ${emptyColumns.length} empty columns`,
          expected: `\u2264 ${maxRows} empty rows, \u2264 ${maxColumns} empty columns`,
          message: `${emptyRows} of ${rows2} rows are empty${emptyColumns.length > 0 ? `; empty columns: ${emptyColumns.join(", ")}` : "; no empty columns"}`,
          unexpectedCount: emptyRows,
          elementCount: rows2,
          details: { empty_rows: emptyRows, empty_columns: emptyColumns.length },
          examples: emptyRows > maxRows ? examples.list() : []
        };
      }
    });
  }
};

// src/core/checks/dv/string-checks.ts
var valuesMatchRegex = {
  id: "DV20",
  name: "values_match_regex",
  title: "Regex",
  mostly: true,
  params: DATA_CHECK_PARAMS.values_match_regex,
  create(config) {
    const mode = config.mode ?? "search";
    const re = new RegExp(config.regex, mode === "match" ? "uy" : "u");
    const mostly2 = config.mostly ?? 1;
    return perColumn("DV20", config, (column3) => {
      let nonNull = 0;
      let unexpected = 0;
      const examples = new ExampleCollector();
      return {
        consume(batch, c) {
          const cells = columnTexts(batch, c);
          for (let i = 0; i < batch.length; i++) {
            const v = cells[i];
            if (v === null || v === void 0) continue;
            nonNull++;
            re.lastIndex = 0;
            if (!re.test(v)) {
              unexpected++;
              examples.add(batch.file, batch.lines[i], column3, v);
            }
          }
        },
        finish() {
          return {
            status: mostlySuccess(nonNull, unexpected, mostly2) ? "pass" : "fail",
            observed: nonNull === 0 ? null : (nonNull - unexpected) / nonNull,
            expected: `share ${mode === "match" ? "matching at the start" : "containing a match"} \u2265 ${mostly2}`,
            message: `${unexpected} of ${nonNull} values do not ${mode === "match" ? "match" : "contain"} /${config.regex}/`,
            unexpectedCount: unexpected,
            elementCount: nonNull,
            examples: unexpected > 0 ? examples.list() : []
          };
        }
      };
    });
  }
};
var stringLengthBetween = {
  id: "DV21",
  name: "string_length_between",
  title: "String length",
  mostly: true,
  params: DATA_CHECK_PARAMS.string_length_between,
  create(config) {
    const mostly2 = config.mostly ?? 1;
    const expected = `${config.min ?? 0} \u2264 length \u2264 ${config.max ?? "\u221E"}`;
    return perColumn("DV21", config, (column3) => {
      let nonNull = 0;
      let unexpected = 0;
      const examples = new ExampleCollector();
      return {
        consume(batch, c) {
          const cells = columnTexts(batch, c);
          for (let i = 0; i < batch.length; i++) {
            const v = cells[i];
            if (v === null || v === void 0) continue;
            nonNull++;
            const n = codePointLength(v);
            if (config.min !== void 0 && n < config.min || config.max !== void 0 && n > config.max) {
              unexpected++;
              examples.add(batch.file, batch.lines[i], column3, v);
            }
          }
        },
        finish() {
          return {
            status: mostlySuccess(nonNull, unexpected, mostly2) ? "pass" : "fail",
            observed: nonNull === 0 ? null : (nonNull - unexpected) / nonNull,
            expected,
            message: `${unexpected} of ${nonNull} values have a length outside ${expected}`,
            unexpectedCount: unexpected,
            elementCount: nonNull,
            examples: unexpected > 0 ? examples.list() : []
          };
        }
      };
    });
  }
};
var specialCharacters = {
  id: "DV23",
  name: "special_characters",
  title: "Special characters",
  mostly: false,
  params: DATA_CHECK_PARAMS.special_characters,
  create(config) {
    const maxRatio = config.max_ratio ?? 1e-3;
    return perColumn("DV23", config, (column3) => {
      let size = 0;
      let special2 = 0;
      let allNumeric = true;
      const examples = new ExampleCollector();
      return {
        consume(batch, c) {
          const cells = columnTexts(batch, c);
          const kinds = cellKinds(batch, c);
          size += batch.length;
          for (let i = 0; i < batch.length; i++) {
            const v = cells[i];
            if (v === null || v === void 0) continue;
            if (allNumeric && kinds[i] !== CELL_NUMBER) allNumeric = false;
            if (v.length > 0 && baseForm(v, true) === "") {
              special2++;
              examples.add(batch.file, batch.lines[i], column3, v);
            }
          }
        },
        finish() {
          if (allNumeric) {
            if (config.column === void 0) return { notApplicable: "numeric column" };
            return { status: "pass", observed: 0, expected: `ratio \u2264 ${maxRatio}`, message: "numeric column: no special-character values" };
          }
          const ratio2 = size === 0 ? 0 : special2 / size;
          return {
            status: ratio2 > maxRatio ? "fail" : "pass",
            observed: ratio2,
            expected: `ratio \u2264 ${maxRatio}`,
            message: `${special2} of ${size} values (${percent(ratio2)}) contain only special characters`,
            unexpectedCount: special2,
            elementCount: size,
            examples: ratio2 > maxRatio ? examples.list() : []
          };
        }
      };
    });
  }
};

// src/core/checks/dv/string-length-outliers.ts
var NUM_PERCENTILES = 1e3;
var INNER_QUANTILE_RANGE = 94;
var OUTLIER_FACTOR = 4;
var MIN_LENGTH_DIFFERENCE = 5;
var MIN_LENGTH_RATIO_DIFFERENCE = 0.5;
function roundHalfEven(x) {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
function argminDistance(keys2, target) {
  let best = 0;
  let bestD = Infinity;
  for (let i = 0; i < keys2.length; i++) {
    const d = Math.abs(target - keys2[i]);
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best;
}
function percentileHistogram(counts) {
  const lengths = [...counts.keys()].sort((a, b) => a - b);
  const n = lengths.reduce((s, l) => s + counts.get(l), 0);
  const sortedAt = (rank0) => {
    let acc = 0;
    for (const l of lengths) {
      acc += counts.get(l);
      if (rank0 < acc) return l;
    }
    return lengths[lengths.length - 1];
  };
  if (lengths.length < NUM_PERCENTILES) {
    const keys3 = new Float64Array(n);
    const values2 = new Float64Array(n);
    let i = 0;
    for (const l of lengths) {
      for (let k = 0; k < counts.get(l); k++, i++) {
        keys3[i] = 100 * (i + 1) / n;
        values2[i] = l;
      }
    }
    return { keys: keys3, values: values2 };
  }
  const keys2 = new Float64Array(NUM_PERCENTILES + 1);
  const values = new Float64Array(NUM_PERCENTILES + 1);
  for (let j = 0; j <= NUM_PERCENTILES; j++) {
    const p = 100 * j / NUM_PERCENTILES;
    const q = p / 100;
    const virtual = n * q + (1 + q * -1) - 1;
    keys2[j] = p;
    values[j] = sortedAt(Math.min(n - 1, Math.max(0, roundHalfEven(virtual))));
  }
  return { keys: keys2, values };
}
function outlierLengthRanges(counts) {
  const { keys: keys2, values } = percentileHistogram(counts);
  if (keys2.length === 0) return { ranges: [], normal: null };
  const upper = argminDistance(keys2, INNER_QUANTILE_RANGE);
  const lower = argminDistance(keys2, 100 - INNER_QUANTILE_RANGE);
  const center = argminDistance(keys2, 50);
  const iqr = Math.abs(values[upper] - values[lower]);
  const limit = OUTLIER_FACTOR * iqr / 2;
  const sections = [];
  let lowFirst = -1;
  let lowLast = -1;
  let highFirst = -1;
  let highLast = -1;
  for (let i = 0; i < keys2.length; i++) {
    if (!(Math.abs(values[i] - values[center]) > limit)) continue;
    if (keys2[i] < 50) {
      if (lowFirst < 0) lowFirst = i;
      lowLast = i;
    } else if (keys2[i] > 50) {
      if (highFirst < 0) highFirst = i;
      highLast = i;
    }
  }
  if (lowFirst >= 0) sections.push([lowFirst, lowLast]);
  if (highFirst >= 0) sections.push([highFirst, highLast]);
  if (sections.length === 0) return { ranges: [], normal: null };
  let minNormal = -1;
  let maxNormal = -1;
  for (let i = 0; i < keys2.length; i++) {
    if (sections.every(([a, b]) => !(keys2[a] <= keys2[i] && keys2[i] <= keys2[b]))) {
      if (minNormal < 0) minNormal = i;
      maxNormal = i;
    }
  }
  const normalLo = values[minNormal];
  const normalHi = values[maxNormal];
  const ranges = [];
  for (const [a, b] of sections) {
    let lo = values[a];
    let hi = values[b];
    const lowerDistance = lo - normalHi;
    const higherDistance = normalLo - hi;
    const minimum = Math.max(MIN_LENGTH_DIFFERENCE, MIN_LENGTH_RATIO_DIFFERENCE * ((normalHi + normalLo) / 2));
    if (lowerDistance > 0) {
      if (lowerDistance < minimum) lo += minimum - lowerDistance;
    } else if (higherDistance > 0) {
      if (higherDistance < minimum) hi -= minimum - higherDistance;
    }
    if (lo <= hi) ranges.push([lo, hi]);
  }
  return { ranges, normal: [normalLo, normalHi] };
}
var stringLengthOutliers = {
  id: "DV24",
  name: "string_length_outliers",
  title: "String-length outliers",
  mostly: false,
  params: DATA_CHECK_PARAMS.string_length_outliers,
  create(config) {
    const maxRatio = config.max_ratio ?? 0;
    return perColumn("DV24", config, (column3) => {
      const counts = /* @__PURE__ */ new Map();
      const firstOfLength = /* @__PURE__ */ new Map();
      let allNumeric = true;
      let n = 0;
      return {
        consume(batch, c) {
          const cells = columnTexts(batch, c);
          const kinds = cellKinds(batch, c);
          for (let i = 0; i < batch.length; i++) {
            const v = cells[i];
            if (v === null || v === void 0) continue;
            n++;
            if (allNumeric && kinds[i] !== CELL_NUMBER) allNumeric = false;
            const len = codePointLength(v);
            counts.set(len, (counts.get(len) ?? 0) + 1);
            let ex = firstOfLength.get(len);
            if (ex === void 0) firstOfLength.set(len, ex = []);
            if (ex.length < 20) ex.push({ file: batch.file, line: batch.lines[i], column: column3, value: v });
          }
        },
        finish() {
          if (allNumeric) {
            if (config.column === void 0) return { notApplicable: "numeric column" };
            return { status: "pass", observed: 0, expected: `ratio \u2264 ${maxRatio}`, message: "numeric column: string lengths not checked" };
          }
          const { ranges, normal } = outlierLengthRanges(counts);
          let outliers = 0;
          const examples = new ExampleCollector();
          for (const [len, k] of counts) {
            if (!ranges.some(([lo, hi]) => lo <= len && len <= hi)) continue;
            outliers += k;
            for (const e of firstOfLength.get(len) ?? []) examples.add(e.file, e.line, e.column, e.value);
          }
          const ratio2 = outliers > 0 ? outliers / n : 0;
          return {
            status: ratio2 > maxRatio ? "fail" : "pass",
            observed: ratio2,
            expected: `ratio \u2264 ${maxRatio}`,
            message: outliers === 0 ? "no string-length outliers" : `${outliers} of ${n} values (${percent(ratio2)}) have outlying lengths ${ranges.map(([a, b]) => `${a}\u2013${b}`).join(", ")} (normal ${normal?.[0]}\u2013${normal?.[1]})`,
            unexpectedCount: outliers,
            elementCount: n,
            examples: ratio2 > maxRatio ? examples.list() : []
          };
        }
      };
    });
  }
};

// src/core/checks/dv/string-variants-check.ts
var MAX_DISTINCT_STRINGS = 1e5;
var stringVariants = {
  id: "DV22",
  name: "string_variants",
  title: "String variants",
  mostly: false,
  params: DATA_CHECK_PARAMS.string_variants,
  create(config) {
    const maxVariants = config.max_variants ?? 0;
    return perColumn("DV22", config, (column3) => {
      const firstSeen = /* @__PURE__ */ new Map();
      let allNumeric = true;
      let truncated = false;
      return {
        consume(batch, c) {
          const cells = columnTexts(batch, c);
          const kinds = cellKinds(batch, c);
          for (let i = 0; i < batch.length; i++) {
            const v = cells[i];
            if (v === null || v === void 0) continue;
            if (allNumeric && kinds[i] !== CELL_NUMBER) allNumeric = false;
            if (firstSeen.has(v)) continue;
            if (firstSeen.size >= MAX_DISTINCT_STRINGS) truncated = true;
            else firstSeen.set(v, { line: batch.lines[i], file: batch.file });
          }
        },
        finish() {
          if (allNumeric) {
            if (config.column === void 0) return { notApplicable: "numeric column" };
            return { status: "pass", observed: 0, expected: `\u2264 ${maxVariants} variants`, message: "numeric column: no string variants" };
          }
          const groups = /* @__PURE__ */ new Map();
          for (const raw of firstSeen.keys()) {
            const base = baseForm(raw);
            const g = groups.get(base);
            if (g) g.push(raw);
            else groups.set(base, [raw]);
          }
          const variants = [...groups].filter(([, raws]) => raws.length >= 2);
          const examples = new ExampleCollector();
          for (const [, raws] of variants) for (const raw of raws) examples.add(firstSeen.get(raw).file, firstSeen.get(raw).line, column3, raw);
          const shown = variants.slice(0, 5).map(([base, raws]) => `${base}: ${raws.map((r) => JSON.stringify(r)).join(" / ")}`);
          return {
            status: variants.length > maxVariants ? "fail" : "pass",
            observed: variants.length,
            expected: `\u2264 ${maxVariants} variants`,
            message: variants.length === 0 ? "no string variants" : `${variants.length} base form${variants.length === 1 ? " has" : "s have"} several spellings: ${shown.join("; ")}${truncated ? ` (only the first ${MAX_DISTINCT_STRINGS} distinct values were compared)` : ""}`,
            examples: variants.length > maxVariants ? examples.list() : []
          };
        }
      };
    });
  }
};

// src/core/checks/registry.ts
function register(def) {
  return {
    id: def.id,
    name: def.name,
    title: def.title,
    mostly: def.mostly,
    params: def.params,
    create(config, context) {
      if (config.check !== def.name) throw new InternalError(`check ${config.check} dispatched to ${def.name}`);
      return def.create(config, context);
    }
  };
}
var DATA_CHECK_REGISTRY = Object.freeze([
  register(columnExists),
  register(columnsMatchSet),
  register(columnOrder),
  register(rowCountBetween),
  register(rowCountVsPrevious),
  register(valuesNotNull),
  register(columnType),
  register(mixedTypes),
  register(mixedNulls),
  register(valuesBetween),
  register(noNanInf),
  register(valuesInSet),
  register(valuesPerExample),
  register(distinctCountBetween),
  register(valuesUnique),
  register(duplicateRows),
  register(duplicateColumns),
  register(constantColumn),
  register(emptyRowsColumns),
  register(valuesMatchRegex),
  register(stringLengthBetween),
  register(stringVariants),
  register(specialCharacters),
  register(stringLengthOutliers),
  register(dominantValue),
  register(summaryStatistics)
]);
function findRegisteredCheck(name, extra = []) {
  return DATA_CHECK_REGISTRY.find((c) => c.name === name) ?? extra.find((c) => c.name === name);
}

// src/core/checks/check-set-consumer.ts
function checkSetConsumer(config) {
  const consumers = [];
  for (const entry of config.checks) {
    const registered = DATA_CHECK_REGISTRY.find((c) => c.name === entry.check);
    if (registered === void 0) return void 0;
    const consumer = registered.create(entry, {});
    if (!isMergeable(consumer)) return void 0;
    consumers.push(consumer);
  }
  return {
    consume(batch) {
      for (const c of consumers) c.consume(batch);
    },
    state: () => consumers.map((c) => c.state()),
    merge(states, lineOffset) {
      if (states.length !== consumers.length) throw new InternalError("check states of a parallel pass do not line up");
      consumers.forEach((c, k) => c.merge(states[k], lineOffset));
    },
    finish: () => consumers.map((c) => c.finish())
  };
}

// src/core/checks/column-overview.ts
function columnOverviewConsumer() {
  let header = [];
  let nulls = [];
  let flags = [];
  let rows2 = 0;
  return {
    consume(batch) {
      if (header.length === 0 && nulls.length === 0) {
        header = batch.header;
        nulls = header.map(() => 0);
        flags = header.map(() => ({ int: true, num: true, bool: true, any: false }));
      }
      rows2 += batch.length;
      for (let c = 0; c < header.length; c++) {
        const f2 = flags[c];
        const stats = columnStats(batch, c);
        if (stats.texts === 0 && (stats.numbers === 0 || !f2.int || numbersAreDigitLiterals(batch, c))) {
          if (stats.nulls < batch.length) f2.any = true;
          if (stats.numbers > 0) f2.bool = false;
          nulls[c] += stats.nulls;
          continue;
        }
        const kinds = cellKinds(batch, c);
        let n = 0;
        if (!f2.num && !f2.bool) {
          if (stats.nulls < batch.length) f2.any = true;
          nulls[c] += stats.nulls;
          continue;
        }
        const ints = f2.int ? integerMask(batch, c) : void 0;
        let { int, num: num2, bool } = f2;
        for (let i = 0; i < batch.length; i++) {
          const kind = kinds[i];
          if (kind === CELL_NULL) {
            n++;
          } else if (kind === CELL_NUMBER) {
            bool = false;
            if (ints !== void 0 && ints[i] === 0) int = false;
          } else {
            num2 = false;
            int = false;
            if (bool && !isBooleanText(cellText(batch, c, i) ?? "")) bool = false;
          }
        }
        if (n < batch.length) f2.any = true;
        f2.int = int;
        f2.num = num2;
        f2.bool = bool;
        nulls[c] += n;
      }
    },
    state: () => ({ header, nulls, flags, rows: rows2 }),
    merge(s) {
      if (s.header.length === 0) return;
      if (header.length === 0 && nulls.length === 0) {
        header = s.header;
        nulls = header.map(() => 0);
        flags = header.map(() => ({ int: true, num: true, bool: true, any: false }));
      }
      rows2 += s.rows;
      s.nulls.forEach((n, c) => nulls[c] += n);
      s.flags.forEach((g, c) => {
        const f2 = flags[c];
        f2.int &&= g.int;
        f2.num &&= g.num;
        f2.bool &&= g.bool;
        f2.any ||= g.any;
      });
    },
    finish() {
      return header.map((name, c) => {
        const f2 = flags[c];
        const type = !f2.any ? "empty" : f2.bool ? "boolean" : f2.int ? "integer" : f2.num ? "float" : "string";
        return { name, type, count: rows2, nulls: nulls[c], nullShare: rows2 === 0 ? 0 : nulls[c] / rows2 };
      });
    }
  };
}

// src/core/sketch/hash.ts
function fmix32(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  h ^= h >>> 16;
  return h >>> 0;
}
function combine(h1, h2) {
  return fmix32(h1) * 2097152 + (fmix32(h2) >>> 11);
}
var HASH_PARTS = new Float64Array(3);
function setParts(h1, h2) {
  const a = fmix32(h1);
  const b = fmix32(h2);
  HASH_PARTS[0] = a & 1073741823;
  HASH_PARTS[1] = b & 1073741823;
  HASH_PARTS[2] = a * 2097152 + (b >>> 11);
}
function hashBytesInto(bytes, start, end) {
  let h1 = 2166136261;
  let h2 = 2538058380 ^ end - start;
  for (let i = start; i < end; i++) {
    const c = bytes[i];
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 1540483477);
  }
  setParts(h1, h2);
}
function hashUnescapedBytesInto(bytes, start, end, quote3 = 34) {
  let len = end - start;
  for (let i = start; i < end; i++) {
    if (bytes[i] === quote3 && bytes[i + 1] === quote3 && i + 1 < end) {
      len--;
      i++;
    }
  }
  let h1 = 2166136261;
  let h2 = 2538058380 ^ len;
  for (let i = start; i < end; i++) {
    const c = bytes[i];
    if (c === quote3 && i + 1 < end && bytes[i + 1] === quote3) i++;
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 1540483477);
  }
  setParts(h1, h2);
}
function hashRawCell(bytes, start, end, escaped) {
  if (escaped) hashUnescapedBytesInto(bytes, start, end);
  else hashBytesInto(bytes, start, end);
}
function hashStringInto(text3) {
  let h1 = 2166136261;
  let h2 = 2538058380 ^ text3.length;
  for (let i = 0; i < text3.length; i++) {
    const c = text3.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 1540483477);
  }
  setParts(h1, h2);
}
var f64 = new Float64Array(1);
var u32 = new Uint32Array(f64.buffer);
function hashNumber(value2) {
  f64[0] = value2 === 0 ? 0 : value2;
  const lo = u32[0];
  const hi = u32[1];
  return combine(lo ^ Math.imul(hi, 2654435761), hi ^ Math.imul(lo ^ 2135587861, 2246822507));
}

// src/core/sketch/hyperloglog.ts
var HLL_PRECISION = 14;
var M = 1 << HLL_PRECISION;
var TWO32 = 4294967296;
var HyperLogLog = class _HyperLogLog {
  registers;
  constructor(registers) {
    this.registers = registers ?? new Uint8Array(M);
  }
  /** Adds a 53-bit hash key. */
  add(key) {
    const hi = Math.floor(key / TWO32);
    const lo = key >>> 0;
    const idx = hi >>> 7;
    const top = hi & 127;
    const rank = top !== 0 ? Math.clz32(top) - 24 : 8 + Math.clz32(lo);
    if (rank > this.registers[idx]) this.registers[idx] = rank;
  }
  /** Folds another sketch into this one. */
  merge(other) {
    const regs = other instanceof _HyperLogLog ? other.registers : other;
    for (let i = 0; i < M; i++) if (regs[i] > this.registers[i]) this.registers[i] = regs[i];
  }
  /**
   * The estimated number of distinct keys: Ertl's improved raw estimator (arXiv:1702.01284, 2017), which
   * is unbiased over the whole range without HLL++'s empirical bias tables or a linear-counting switch.
   */
  estimate() {
    const q = RANK_BITS;
    const counts = new Float64Array(q + 2);
    for (let i = 0; i < M; i++) {
      const r = this.registers[i];
      counts[r] = counts[r] + 1;
    }
    let z19 = M * tau(1 - counts[q + 1] / M);
    for (let k = q; k >= 1; k--) z19 = 0.5 * (z19 + counts[k]);
    z19 += M * sigma(counts[0] / M);
    return M * M / (2 * Math.LN2 * z19);
  }
};
var RANK_BITS = 39;
function sigma(x0) {
  if (x0 === 1) return Number.POSITIVE_INFINITY;
  let x = x0;
  let y = 1;
  let z19 = x;
  for (; ; ) {
    x *= x;
    const prev = z19;
    z19 += x * y;
    y += y;
    if (z19 === prev) return z19;
  }
}
function tau(x0) {
  if (x0 === 0 || x0 === 1) return 0;
  let x = x0;
  let y = 1;
  let z19 = 1 - x;
  for (; ; ) {
    x = Math.sqrt(x);
    const prev = z19;
    y *= 0.5;
    z19 -= (1 - x) ** 2 * y;
    if (z19 === prev) return z19 / 3;
  }
}

// src/core/sketch/kll-sketch.ts
var MIN_WIDTH = 8;
var KllSketch = class _KllSketch {
  constructor(k = 400, seed = 2654435769) {
    this.k = k;
    this.rng = seed >>> 0 || 1;
    this.maxSize = this.capacity(0);
  }
  k;
  levels = [[]];
  size = 0;
  maxSize = 0;
  rng;
  n = 0;
  static fromState(state) {
    const sketch = new _KllSketch(state.k, state.seed);
    sketch.levels = state.levels.map((l) => Array.from(l));
    sketch.n = state.n;
    sketch.refresh();
    return sketch;
  }
  /** A structured-cloneable copy (for worker threads). */
  state() {
    return { k: this.k, n: this.n, levels: this.levels.map((l) => Float64Array.from(l)), seed: this.rng };
  }
  capacity(h) {
    const depth = this.levels.length - h - 1;
    return Math.max(MIN_WIDTH, Math.ceil(this.k * (2 / 3) ** depth));
  }
  refresh() {
    this.size = this.levels.reduce((s, l) => s + l.length, 0);
    this.maxSize = this.levels.reduce((s, _l, h) => s + this.capacity(h), 0);
  }
  coin() {
    let x = this.rng;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.rng = x >>> 0;
    return this.rng & 1;
  }
  /** Adds one value (NaN is ignored). */
  update(value2) {
    if (value2 !== value2) return;
    this.levels[0].push(value2);
    this.n++;
    if (++this.size >= this.maxSize) this.compress();
  }
  /** Adds `value` with integer weight `count`, one item per set bit (level h carries weight 2^h). */
  updateWeighted(value2, count) {
    if (value2 !== value2 || count <= 0) return;
    let w = count;
    for (let h = 0; w > 0; h++, w = Math.floor(w / 2)) {
      if (w % 2 === 1) {
        while (this.levels.length <= h) this.levels.push([]);
        this.levels[h].push(value2);
      }
    }
    this.n += count;
    this.refresh();
    while (this.size >= this.maxSize) this.compress();
  }
  compress() {
    for (let h = 0; h < this.levels.length; h++) {
      const level = this.levels[h];
      if (level.length < this.capacity(h)) continue;
      if (h + 1 >= this.levels.length) this.levels.push([]);
      const sorted = Float64Array.from(level).sort();
      const keep = sorted.length % 2 === 1;
      const end = keep ? sorted.length - 1 : sorted.length;
      const up = this.levels[h + 1];
      for (let i = this.coin(); i < end; i += 2) up.push(sorted[i]);
      this.levels[h] = keep ? [sorted[end]] : [];
      this.refresh();
      if (this.size < this.maxSize) return;
    }
  }
  /** Folds another sketch into this one. */
  merge(other) {
    const o = other instanceof _KllSketch ? other.state() : other;
    while (this.levels.length < o.levels.length) this.levels.push([]);
    o.levels.forEach((l, h) => {
      const level = this.levels[h];
      for (const v of l) level.push(v);
    });
    this.n += o.n;
    this.refresh();
    while (this.size >= this.maxSize) this.compress();
  }
  /** Items with their weights, sorted by value, and the cumulative weights. */
  sortedView() {
    const pairs = [];
    this.levels.forEach((l, h) => {
      for (const v of l) pairs.push([v, 2 ** h]);
    });
    pairs.sort((a, b) => a[0] - b[0]);
    const values = new Float64Array(pairs.length);
    const cumulative = new Float64Array(pairs.length);
    let acc = 0;
    pairs.forEach(([v, w], i) => {
      acc += w;
      values[i] = v;
      cumulative[i] = acc;
    });
    return { values, cumulative };
  }
  /** The value whose rank is about q·n (0 ≤ q ≤ 1); NaN when empty. */
  quantiles(qs) {
    const { values, cumulative } = this.sortedView();
    const total2 = cumulative[cumulative.length - 1] ?? 0;
    return qs.map((q) => {
      if (values.length === 0) return NaN;
      const target = q * total2;
      let lo = 0;
      let hi = values.length - 1;
      while (lo < hi) {
        const mid = lo + hi >> 1;
        if (cumulative[mid] < target) lo = mid + 1;
        else hi = mid;
      }
      return values[lo];
    });
  }
  /** Estimated fraction of values ≤ x. */
  cdf(x) {
    let below = 0;
    this.levels.forEach((l, h) => {
      for (const v of l) if (v <= x) below += 2 ** h;
    });
    return this.n === 0 ? 0 : below / this.n;
  }
};

// src/core/sketch/misra-gries.ts
var FrequentItems = class {
  constructor(k = 1024) {
    this.k = k;
  }
  k;
  items = /* @__PURE__ */ new Map();
  /** Total subtracted per counter so far: the bound on how much any count undercounts. */
  offset = 0;
  /** Counts `count` occurrences of the item with hash key `key` (text only read for a new counter). */
  add(key, text3, count = 1) {
    const item = this.items.get(key);
    if (item !== void 0) item.count += count;
    else {
      this.items.set(key, { text: text3(), count });
      if (this.items.size > 2 * this.k) this.reduce();
    }
  }
  reduce() {
    const counts = Array.from(this.items.values(), (i) => i.count).sort((a, b) => b - a);
    const cut = counts[this.k] ?? 0;
    this.offset += cut;
    for (const [key, item] of this.items) {
      item.count -= cut;
      if (item.count <= 0) this.items.delete(key);
    }
  }
  /** Folds another summary into this one. */
  merge(other) {
    for (const [key, item] of other.items) {
      const mine = this.items.get(key);
      if (mine !== void 0) mine.count += item.count;
      else this.items.set(key, { text: item.text, count: item.count });
    }
    this.offset += other.offset;
    while (this.items.size > 2 * this.k) this.reduce();
  }
  /** Upper bound on the undercount of any reported count. */
  maxError() {
    return this.offset;
  }
};

// src/core/profile/column-accumulator.ts
var EXACT_DISTINCT_LIMIT = 1e4;
var DENSE = 1 << 16;
function* textEntries(map) {
  for (const head of map.values()) for (let e = head; e !== null; e = e.next) yield e;
}
var ColumnAccumulator = class _ColumnAccumulator {
  s;
  hll = null;
  kll = null;
  frequent = null;
  constructor(state) {
    this.s = state ?? { count: 0, nulls: 0, numbers: 0, texts: 0, nonFinite: 0, integral: 0, finite: 0, mean: 0, m2: 0, min: Infinity, max: -Infinity, exact: true, denseBase: NaN, dense: null, denseDistinct: 0, numberMap: /* @__PURE__ */ new Map(), textMap: /* @__PURE__ */ new Map(), textDistinct: 0, hll: null, kll: null, frequent: null };
    if (state && !state.exact) {
      this.hll = new HyperLogLog(state.hll ?? void 0);
      this.kll = state.kll ? KllSketch.fromState(state.kll) : new KllSketch();
      this.frequent = new FrequentItems();
      if (state.frequent) this.frequent.merge(state.frequent);
    }
  }
  get distinctSoFar() {
    return this.s.denseDistinct + this.s.numberMap.size + this.s.textDistinct;
  }
  /** Adds column `c` of a batch. */
  consume(batch, c) {
    const s = this.s;
    const n = batch.length;
    const kinds = cellKinds(batch, c);
    const nums = batch.numbers(c);
    const stats = columnStats(batch, c);
    if (s.exact && s.dense !== null && stats.texts === 0 && stats.numbers > 0 && numbersAreDigitLiterals(batch, c)) {
      const lo = stats.finiteMin - s.denseBase;
      const hi = stats.finiteMax - s.denseBase;
      if (lo >= 0 && hi < DENSE && this.distinctSoFar + Math.min(stats.numbers, hi - lo + 1) <= EXACT_DISTINCT_LIMIT) {
        this.consumeDenseIntegers(kinds, nums, n, stats.nulls);
        if (stats.finiteMin < s.min) s.min = stats.finiteMin;
        if (stats.finiteMax > s.max) s.max = stats.finiteMax;
        return;
      }
    }
    const raw = batch.raw;
    const starts = raw?.starts(c);
    const ends = raw?.ends(c);
    const escaped = raw?.escaped(c);
    const bytes = raw?.bytes;
    const cells = raw === void 0 ? batch.cells[c] : void 0;
    let nulls = 0;
    let texts = 0;
    let finite2 = 0;
    let min = s.min;
    let max = s.max;
    let dense = s.dense;
    let base = s.denseBase;
    let exact = s.exact;
    const rawText = bytes !== void 0 && starts !== void 0 && ends !== void 0 && escaped !== void 0;
    const dict = stats.texts > 0 ? textDictionary(batch, c) : void 0;
    let shift = NaN;
    let s1 = 0;
    let s2 = 0;
    let integral = 0;
    let nonFinite = 0;
    for (let i = 0; i < n; i++) {
      const k = kinds[i];
      if (k === CELL_NULL) {
        nulls++;
        continue;
      }
      if (k === CELL_NUMBER) {
        const v = nums[i];
        if (v - v === 0) {
          if (finite2 === 0) shift = v;
          finite2++;
          const d = v - shift;
          s1 += d;
          s2 += d * d;
          if (v < min) min = v;
          if (v > max) max = v;
          if (v === Math.floor(v)) {
            integral++;
            if (dense !== null && exact) {
              const idx = v - base;
              if (idx >= 0 && idx < DENSE) {
                const seen = dense[idx];
                if (seen !== 0) {
                  dense[idx] = seen + 1;
                  continue;
                }
              }
            }
          }
        } else nonFinite++;
        if (exact) {
          this.countNumber(v);
          exact = s.exact;
          dense = s.dense;
          base = s.denseBase;
        } else {
          this.hll?.add(hashNumber(v));
          if (v - v === 0) this.kll?.update(v);
        }
        continue;
      }
      texts++;
      if (dict !== void 0) continue;
      if (rawText) hashRawCell(bytes, starts[i], ends[i], escaped[i] === 1);
      else hashStringInto(this.text(batch, c, i, cells));
      this.countText(1, () => this.text(batch, c, i, cells));
      exact = s.exact;
    }
    if (dict !== void 0) {
      for (let id = 0; id < dict.texts.length; id++) {
        const row = dict.firstRows[id];
        const text3 = dict.texts[id];
        if (rawText) hashRawCell(bytes, starts[row], ends[row], escaped[row] === 1);
        else hashStringInto(text3);
        this.countText(dict.counts[id], () => text3);
      }
    }
    s.integral += integral;
    s.nonFinite += nonFinite;
    s.count += n - nulls;
    s.nulls += nulls;
    s.texts += texts;
    s.numbers += n - nulls - texts;
    s.min = min;
    s.max = max;
    if (finite2 > 0) {
      const bMean = shift + s1 / finite2;
      const bM2 = Math.max(0, s2 - s1 * s1 / finite2);
      this.mergeMoments(finite2, bMean, bM2);
    }
  }
  /**
   * Counts `count` occurrences of the text whose hash is in HASH_PARTS: in the exact table while it fits
   * (`textOf` is only called for a new entry), else in the sketches.
   */
  countText(count, textOf) {
    const s = this.s;
    if (!s.exact) {
      const key = HASH_PARTS[2];
      this.hll?.add(key);
      this.frequent?.add(key, textOf, count);
      return;
    }
    const a = HASH_PARTS[0];
    const check = HASH_PARTS[1];
    const head = s.textMap.get(a);
    let e = head ?? null;
    while (e !== null && e.check !== check) e = e.next;
    if (e !== null) e.count += count;
    else {
      s.textMap.set(a, { check, key: HASH_PARTS[2], text: textOf(), count, next: head ?? null });
      s.textDistinct++;
      if (this.distinctSoFar > EXACT_DISTINCT_LIMIT) this.overflow();
    }
  }
  consumeDenseIntegers(kinds, nums, n, nulls) {
    const s = this.s;
    const dense = s.dense;
    const base = s.denseBase;
    let shift = NaN;
    let finite2 = 0;
    let s1 = 0;
    let s2 = 0;
    let fresh = 0;
    for (let i = 0; i < n; i++) {
      if (kinds[i] !== CELL_NUMBER) continue;
      const v = nums[i];
      if (finite2 === 0) shift = v;
      finite2++;
      const d = v - shift;
      s1 += d;
      s2 += d * d;
      const idx = v - base;
      const seen = dense[idx];
      if (seen === 0) fresh++;
      dense[idx] = seen + 1;
    }
    s.denseDistinct += fresh;
    s.integral += finite2;
    s.count += n - nulls;
    s.nulls += nulls;
    s.numbers += finite2;
    this.mergeMoments(finite2, shift + s1 / finite2, Math.max(0, s2 - s1 * s1 / finite2));
  }
  text(batch, c, i, cells) {
    const raw = batch.raw;
    if (raw !== void 0) return decodeCell(raw.bytes, raw.starts(c)[i] ?? 0, raw.ends(c)[i] ?? 0, raw.escaped(c)[i] === 1);
    return (cells ?? batch.cells[c])?.[i] ?? "";
  }
  mergeMoments(n, mean, m2) {
    const s = this.s;
    const total2 = s.finite + n;
    const delta = mean - s.mean;
    s.mean += delta * n / total2;
    s.m2 += m2 + delta * delta * s.finite * n / total2;
    s.finite = total2;
  }
  countNumber(v, count = 1) {
    const s = this.s;
    if (v === Math.floor(v) && v - v === 0) {
      if (s.dense === null) {
        s.dense = new Float64Array(DENSE);
        s.denseBase = v - DENSE / 2;
      }
      const idx = v - s.denseBase;
      if (idx >= 0 && idx < DENSE) {
        if (s.dense[idx] === 0) {
          s.denseDistinct++;
          if (this.distinctSoFar > EXACT_DISTINCT_LIMIT) {
            s.dense[idx] = count;
            this.overflow();
            return;
          }
        }
        s.dense[idx] = s.dense[idx] + count;
        return;
      }
    }
    const prev = s.numberMap.get(v);
    s.numberMap.set(v, (prev ?? 0) + count);
    if (prev === void 0 && this.distinctSoFar > EXACT_DISTINCT_LIMIT) this.overflow();
  }
  /** Every exactly counted number with its count (non-finite included), unsorted. */
  numberCounts() {
    const s = this.s;
    const out = [...s.numberMap];
    if (s.dense !== null) {
      for (let i = 0; i < DENSE; i++) if (s.dense[i] > 0) out.push([s.denseBase + i, s.dense[i]]);
    }
    return out;
  }
  /** Switches from exact tables to sketches, replaying the exact tables into them with their counts. */
  overflow() {
    const s = this.s;
    if (!s.exact) return;
    const hll = new HyperLogLog();
    const kll = new KllSketch();
    const frequent = new FrequentItems();
    for (const [v, count] of this.numberCounts()) {
      hll.add(hashNumber(v));
      if (v - v === 0) kll.updateWeighted(v, count);
    }
    for (const item of textEntries(s.textMap)) {
      hll.add(item.key);
      frequent.add(item.key, () => item.text, item.count);
    }
    s.exact = false;
    s.dense = null;
    s.denseDistinct = 0;
    s.numberMap = /* @__PURE__ */ new Map();
    s.textMap = /* @__PURE__ */ new Map();
    s.textDistinct = 0;
    this.hll = hll;
    this.kll = kll;
    this.frequent = frequent;
  }
  /** A structured-cloneable snapshot of the state. */
  state() {
    return { ...this.s, hll: this.hll?.registers ?? null, kll: this.kll?.state() ?? null, frequent: this.frequent ? { items: this.frequent.items, offset: this.frequent.offset } : null };
  }
  /** Folds another column's state into this one (same column of another part of the file). */
  merge(o) {
    const s = this.s;
    s.count += o.count;
    s.nulls += o.nulls;
    s.numbers += o.numbers;
    s.texts += o.texts;
    s.nonFinite += o.nonFinite;
    s.integral += o.integral;
    s.min = Math.min(s.min, o.min);
    s.max = Math.max(s.max, o.max);
    if (o.finite > 0) this.mergeMoments(o.finite, o.mean, o.m2);
    if (o.exact) {
      const other = new _ColumnAccumulator(o);
      for (const [v, count] of other.numberCounts()) {
        if (s.exact) this.countNumber(v, count);
        else {
          this.hll?.add(hashNumber(v));
          if (v - v === 0) this.kll?.updateWeighted(v, count);
        }
      }
      for (const item of textEntries(o.textMap)) {
        HASH_PARTS[0] = Math.floor(item.key / 2097152) & 1073741823;
        HASH_PARTS[1] = item.check;
        HASH_PARTS[2] = item.key;
        this.countText(item.count, () => item.text);
      }
      return;
    }
    if (s.exact) this.overflow();
    if (o.hll) this.hll?.merge(o.hll);
    if (o.kll) this.kll?.merge(o.kll);
    if (o.frequent) this.frequent?.merge(o.frequent);
  }
  sketches() {
    return { hll: this.hll, kll: this.kll, frequent: this.frequent };
  }
};

// src/core/profile/profile-result.ts
var PROFILE_SCHEMA_VERSION = 1;
var PROFILE_QUANTILES = [
  ["p1", 0.01],
  ["p5", 0.05],
  ["p25", 0.25],
  ["p50", 0.5],
  ["p75", 0.75],
  ["p95", 0.95],
  ["p99", 0.99]
];

// src/core/profile/column-summary.ts
var HISTOGRAM_BINS = 10;
var TOP_CATEGORIES = 20;
var BOOLEAN2 = /^(true|false)$/i;
var finiteOrNull = (v) => Number.isFinite(v) ? v : null;
function exactQuantiles(pairs, total2) {
  const cum = [];
  let acc = 0;
  for (const [, c] of pairs) cum.push(acc += c);
  const orderStat = (i) => {
    let lo = 0;
    let hi = pairs.length - 1;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (cum[mid] <= i) lo = mid + 1;
      else hi = mid;
    }
    return pairs[lo]?.[0] ?? NaN;
  };
  return PROFILE_QUANTILES.map(([, p]) => {
    const h = (total2 - 1) * p;
    const lo = Math.floor(h);
    const a = orderStat(lo);
    if (h === lo) return a;
    const t = h - lo;
    const b = orderStat(lo + 1);
    return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
  });
}
function numericProfile(acc) {
  const s = acc.s;
  const { kll } = acc.sketches();
  const n = s.finite;
  let quantiles;
  let counts;
  const lo = n > 0 ? s.min : NaN;
  const hi = n > 0 ? s.max : NaN;
  const [a, b] = lo === hi ? [lo - 0.5, hi + 0.5] : [lo, hi];
  const edges = n > 0 ? Array.from({ length: HISTOGRAM_BINS + 1 }, (_, i) => i === HISTOGRAM_BINS ? b : a + (b - a) / HISTOGRAM_BINS * i) : [];
  if (s.exact) {
    const pairs = acc.numberCounts().filter(([v]) => Number.isFinite(v)).sort((x, y) => x[0] - y[0]);
    quantiles = n > 0 ? exactQuantiles(pairs, n) : PROFILE_QUANTILES.map(() => NaN);
    counts = n > 0 ? new Array(HISTOGRAM_BINS).fill(0) : [];
    if (n > 0) {
      for (const [v, c] of pairs) {
        const bin = Math.min(HISTOGRAM_BINS - 1, Math.floor((v - a) / (b - a) * HISTOGRAM_BINS));
        counts[bin] = (counts[bin] ?? 0) + c;
      }
    }
  } else {
    quantiles = kll ? kll.quantiles(PROFILE_QUANTILES.map(([, p]) => p)) : [];
    const cdf = edges.map((e, i) => i === edges.length - 1 ? n : Math.round((kll?.cdf(e - Number.EPSILON * Math.abs(e)) ?? 0) * n));
    counts = edges.length > 0 ? cdf.slice(1).map((c, i) => Math.max(0, c - (cdf[i] ?? 0))) : [];
  }
  const std = n > 1 ? Math.sqrt(s.m2 / (n - 1)) : NaN;
  return {
    count: n,
    nonFinite: s.nonFinite,
    min: n > 0 ? s.min : null,
    max: n > 0 ? s.max : null,
    mean: n > 0 ? s.mean : null,
    std: finiteOrNull(std),
    quantilesExact: s.exact,
    quantiles: Object.fromEntries(PROFILE_QUANTILES.map(([name], i) => [name, finiteOrNull(quantiles[i] ?? NaN)])),
    histogram: { exact: s.exact, edges, counts }
  };
}
function textProfile(acc) {
  const s = acc.s;
  const { frequent } = acc.sketches();
  const items = s.exact ? [...textEntries(s.textMap)] : [...frequent?.items.values() ?? []];
  const top = items.filter((i) => i.count > 0).sort((x, y) => y.count - x.count || (x.text < y.text ? -1 : x.text > y.text ? 1 : 0)).slice(0, TOP_CATEGORIES).map((i) => ({ value: i.text, count: i.count }));
  return { count: s.texts, topExact: s.exact, maxUndercount: s.exact ? 0 : frequent?.maxError() ?? 0, top };
}
function inferType(acc) {
  const s = acc.s;
  if (s.numbers + s.texts === 0) return "empty";
  if (s.texts === 0) return s.integral === s.numbers ? "integer" : "float";
  if (s.numbers > 0) return "mixed";
  return s.exact && [...textEntries(s.textMap)].every((i) => BOOLEAN2.test(i.text)) ? "boolean" : "string";
}
function summarizeColumn(name, acc) {
  const s = acc.s;
  const { hll } = acc.sketches();
  const rows2 = s.count + s.nulls;
  return {
    name,
    type: inferType(acc),
    count: s.count,
    nulls: s.nulls,
    nullFraction: rows2 === 0 ? 0 : s.nulls / rows2,
    distinct: s.exact ? acc.distinctSoFar : Math.round(hll?.estimate() ?? 0),
    distinctExact: s.exact,
    numberCount: s.numbers,
    textCount: s.texts,
    numeric: s.numbers > 0 ? numericProfile(acc) : null,
    text: s.texts > 0 ? textProfile(acc) : null
  };
}

// src/core/profile/profile-consumer.ts
var ProfileConsumer = class {
  constructor(file) {
    this.file = file;
  }
  file;
  header;
  columns = [];
  rows = 0;
  consume(batch) {
    if (this.header === void 0) {
      this.header = batch.header;
      this.columns = batch.header.map(() => new ColumnAccumulator());
    }
    this.rows += batch.length;
    this.columns.forEach((col, c) => col.consume(batch, c));
  }
  /** Declares the header up front (a file with no records still has columns). */
  setHeader(header) {
    if (this.header === void 0) {
      this.header = header;
      this.columns = header.map(() => new ColumnAccumulator());
    }
  }
  state() {
    return { header: this.header ?? [], rows: this.rows, columns: this.columns.map((c) => c.state()) };
  }
  /** Folds in another part's state (the profile holds no line numbers, so the offset does not matter). */
  merge(state, _lineOffset = 0) {
    this.setHeader(state.header);
    this.rows += state.rows;
    state.columns.forEach((col, c) => this.columns[c]?.merge(col));
  }
  finish() {
    const header = this.header ?? [];
    return {
      schemaVersion: PROFILE_SCHEMA_VERSION,
      file: this.file,
      rows: this.rows,
      columns: header.map((name, c) => summarizeColumn(name, this.columns[c] ?? new ColumnAccumulator()))
    };
  }
};

// src/adapters/data/pass-consumers.ts
var passConsumers = {
  // config.file: the name the profile reports (validate's display name); default the path read.
  profile: (config, file) => new ProfileConsumer(config?.file ?? file),
  "column-overview": () => columnOverviewConsumer(),
  checks: (config) => {
    const consumer = checkSetConsumer(config);
    if (consumer === void 0) throw new Error("a check in this set cannot run in a parallel pass (validate must not have chosen one)");
    return consumer;
  }
};
function buildConsumers(specs, file) {
  return specs.map((spec) => {
    const factory = passConsumers[spec.kind];
    if (factory === void 0) throw new Error(`no pass consumer registered as '${spec.kind}' (src/adapters/data/pass-consumers.ts)`);
    return factory(spec.config, file);
  });
}

// src/adapters/data/csv-range-pass.ts
function runCsvRange(job) {
  let fd;
  try {
    fd = openSync2(job.path, "r");
    const consumers = buildConsumers(job.consumers, job.path);
    const it = scanCsvRange(fd, job.size, job.path, job.header, job.range, job.options, void 0, job.reuseBatches);
    for (; ; ) {
      const step = it.next();
      if (step.done) return { ok: true, states: consumers.map((c) => c.state()), end: step.value };
      for (const c of consumers) c.consume(step.value);
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { ok: false, syntax: { line: error.line, column: error.column, message: error.message, expected: error.expected } };
    if (error instanceof InputError) return { ok: false, input: { message: error.message, problems: error.problems } };
    return { ok: false, internal: error instanceof Error ? error.stack ?? error.message : String(error) };
  } finally {
    if (fd !== void 0) closeSync3(fd);
  }
}

// src/adapters/data/jsonl-reader.ts
import { closeSync as closeSync4, readSync as readSync2 } from "node:fs";
var utf84 = new TextDecoder("utf-8", { fatal: true });
function fail(file, problem) {
  return new InputError(`${file}: cannot read JSON Lines`, [{ file, ...problem }]);
}
function cellText2(value2, nulls) {
  if (value2 === null || value2 === void 0) return null;
  const text3 = typeof value2 === "string" ? value2 : typeof value2 === "number" && !Number.isFinite(value2) ? value2 > 0 ? "inf" : value2 < 0 ? "-inf" : "nan" : JSON.stringify(value2);
  return nulls.has(text3) && typeof value2 === "string" ? null : text3;
}
async function* readJsonlBatches(path, options2) {
  const { fd, size } = openInputFile(path);
  const nulls = new Set(options2.nullValues);
  try {
    if (size === 0) throw fail(path, { line: 1, message: "the file is empty", expected: "one JSON object per line" });
    let header;
    let index = /* @__PURE__ */ new Map();
    let cells = [];
    let lines = [];
    let firstRow = 0;
    let rows2 = 0;
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
      const chunk = Buffer.allocUnsafe(Math.min(options2.chunkBytes, Math.max(0, size - offset)));
      const n = chunk.length > 0 ? readSync2(fd, chunk, 0, chunk.length, offset) : 0;
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
        let text3;
        try {
          text3 = utf84.decode(bytes);
        } catch {
          const bad = firstInvalidUtf8(bytes, 0, bytes.length);
          const at = lineAndColumn(bytes, 0, recordLine, Math.max(0, bad));
          throw fail(path, { line: at.line, column: at.column, message: "invalid UTF-8", expected: "UTF-8 text" });
        }
        if (text3.trim() === "") continue;
        let value2;
        try {
          value2 = JSON.parse(text3);
        } catch (error) {
          const detail = error instanceof Error ? error.message : String(error);
          const col = /position (\d+)/.exec(detail)?.[1];
          throw fail(path, { line: recordLine, ...col !== void 0 ? { column: Number(col) + 1 } : {}, message: `not valid JSON (${detail})`, expected: "one JSON object per line" });
        }
        if (typeof value2 !== "object" || value2 === null || Array.isArray(value2)) {
          throw fail(path, { line: recordLine, message: `the line holds ${Array.isArray(value2) ? "an array" : value2 === null ? "null" : `a ${typeof value2}`}`, expected: "one JSON object per line" });
        }
        const record = value2;
        if (header === void 0) {
          header = Object.keys(record);
          index = new Map(header.map((k, i) => [k, i]));
          cells = header.map(() => []);
        }
        const row = header.map(() => null);
        for (const [key, v] of Object.entries(record)) {
          const c = index.get(key);
          if (c === void 0) throw fail(path, { line: recordLine, message: `unknown key ${JSON.stringify(key)} (the first record has ${header.map((h) => JSON.stringify(h)).join(", ")})`, expected: "the same keys in every record" });
          row[c] = cellText2(v, nulls);
        }
        row.forEach((v, c) => cells[c]?.push(v));
        lines.push(recordLine);
        rows2++;
        if (lines.length >= options2.batchRows) {
          const batch = flush();
          if (batch) yield batch;
        }
      }
      carry = Buffer.from(buf.subarray(start));
      if (carry.length > options2.maxRecordBytes) {
        throw fail(path, { line, message: `the record at line ${line} is longer than the maximum record size (${options2.maxRecordBytes} bytes)`, expected: "one JSON object per line, shorter than the limit (raise it with --max-record-bytes)" });
      }
      if (eof) break;
    }
    const last = flush();
    if (last) yield last;
    if (rows2 === 0 && !options2.allowEmpty) {
      if (header === void 0) throw fail(path, { line: 1, message: "the file has no records", expected: "one JSON object per line" });
      throw headerOnlyError(path);
    }
  } finally {
    closeSync4(fd);
  }
}

// src/adapters/data/read-batches.ts
function readBatches(path, options2 = {}) {
  const resolved = resolveReadOptions(path, options2);
  return resolved.format === "jsonl" ? readJsonlBatches(path, resolved) : readCsvBatches(path, resolved);
}
async function runPass(path, options2, consumers) {
  let rows2 = 0;
  let header = [];
  for await (const batch of readBatches(path, options2)) {
    header = batch.header;
    rows2 += batch.length;
    for (const consumer of consumers) consumer.consume(batch);
  }
  return { rows: rows2, header, results: consumers.map((c) => c.finish()) };
}

// src/adapters/data/parallel-pass.ts
var MIN_PART_BYTES = 16 * 1024 * 1024;
function workerUrl() {
  for (const name of ["./csv-worker.js", "../../../dist/cli/csv-worker.js"]) {
    const url = new URL(name, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return void 0;
}
function runWorker(url, job) {
  return new Promise((resolve25) => {
    const worker = new Worker(url, { workerData: job });
    let settled = false;
    worker.once("message", (m) => {
      settled = true;
      resolve25(m);
    });
    worker.once("error", (e) => {
      if (!settled) resolve25({ ok: false, internal: e.stack ?? e.message });
      settled = true;
    });
    worker.once("exit", (code3) => {
      if (!settled) resolve25({ ok: false, internal: `worker exited with code ${code3}` });
    });
  });
}
function nextLineStart(fd, from, size) {
  const buf = Buffer.allocUnsafe(Math.min(1024 * 1024, size - from));
  const n = readSync3(fd, buf, 0, buf.length, from);
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
async function runParallelPass(path, options2, specs, tuning = {}) {
  const resolved = resolveReadOptions(path, options2);
  const threads = tuning.threads ?? availableParallelism();
  const url = workerUrl();
  if (resolved.format !== "csv" || threads < 2 || url === void 0) return sequential(path, options2, specs);
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
    closeSync5(fd);
  }
  if (starts.length < 2) return sequential(path, options2, specs);
  const header = head.header;
  const job = (i, start, line) => ({ path, size, header, options: resolved, consumers: specs, reuseBatches: tuning.reuseBatches ?? false, range: { start, stopAt: starts[i + 1] ?? size, line } });
  const pending = starts.slice(1).map((s, j) => runWorker(url, job(j + 1, s, 1)));
  const outcomes = [runCsvRange(job(0, head.dataStart, head.dataLine))];
  outcomes.push(...await Promise.all(pending));
  const consumers = buildConsumers(specs, path);
  let rows2 = 0;
  const offsets = outcomes.map(() => 0);
  for (let i = 0; i < outcomes.length; i++) {
    const outcome = outcomes[i];
    if (!outcome.ok) throw toError(outcome, path, offsets[i] ?? 0);
    consumers.forEach((c, k) => c.merge(outcome.states[k], offsets[i] ?? 0));
    rows2 += outcome.end.rows;
    if (i + 1 >= outcomes.length) break;
    const endLine = outcome.end.line + (offsets[i] ?? 0);
    if (outcome.end.end !== starts[i + 1]) {
      starts[i + 1] = outcome.end.end;
      outcomes[i + 1] = runCsvRange(job(i + 1, outcome.end.end, endLine));
      offsets[i + 1] = 0;
    } else offsets[i + 1] = endLine - 1;
  }
  if (rows2 === 0 && !resolved.allowEmpty) throw headerOnlyError(path);
  return { rows: rows2, header, results: consumers.map((c) => c.finish()) };
}
async function sequential(path, options2, specs) {
  const pass4 = await runPass(path, options2, buildConsumers(specs, path));
  return { rows: pass4.rows, header: pass4.header, results: pass4.results };
}

// src/adapters/data/parallel-profile.ts
async function profileFile(path, options2 = {}, threads = availableParallelism2(), minPartBytes) {
  const pass4 = await runParallelPass(path, options2, [{ kind: "profile" }], { threads, reuseBatches: true, ...minPartBytes !== void 0 ? { minPartBytes } : {} });
  return pass4.results[0];
}

// src/pipeline/profile.ts
async function profileData(request2, profiler = profileFile) {
  return profiler(request2.data, request2.read ?? {}, request2.threads);
}

// src/cli/commands/profile.ts
function positiveInt(value2, flag) {
  if (value2 === void 0) return void 0;
  if (!/^\d+$/.test(value2) || Number(value2) < 1) throw new UsageError(`mergeml profile: --${flag} must be a positive integer, got ${JSON.stringify(value2)}`);
  return Number(value2);
}
var profileCommand = {
  name: "profile",
  summary: "Profile a CSV or JSON Lines file: types, nulls, distinct counts, statistics, quantiles, top values",
  help: `Usage: mergeml profile --data FILE [--json OUT] [--delimiter ,] [--null NA ...]

Reads FILE once (in bounded memory, on every core for large CSV files) and prints one row per column.

Options:
  --data FILE               the CSV or JSON Lines (.jsonl, .ndjson) file to profile (required)
  --json OUT                also write the versioned JSON profile to OUT (\`-\` prints it instead of the table)
  --delimiter C             CSV field delimiter (default ","; "tab" for TSV)
  --null TOKEN              a cell text that means missing; repeat for several (default: only empty cells)
  --format csv|jsonl        override the format guessed from the extension
  --max-record-bytes N      largest record accepted (default 16777216 = 16 MiB)
  --threads N               threads to use (default: one per core)

Exit codes: 0 profiled, 2 the file cannot be read (the message names file:line). See docs/profile.md.
`,
  options: {
    data: { type: "string" },
    json: { type: "string" },
    delimiter: { type: "string" },
    null: { type: "string", multiple: true },
    format: { type: "string" },
    "max-record-bytes": { type: "string" },
    threads: { type: "string" }
  },
  async run(args, ctx) {
    const data = requireString(args, "data", "profile");
    const format = optionalString(args, "format");
    if (format !== void 0 && format !== "csv" && format !== "jsonl") throw new UsageError(`mergeml profile: --format must be csv or jsonl, got ${JSON.stringify(format)}`);
    const nulls = args.values["null"];
    const maxRecordBytes = positiveInt(optionalString(args, "max-record-bytes"), "max-record-bytes");
    const threads = positiveInt(optionalString(args, "threads"), "threads");
    const delimiter = optionalString(args, "delimiter");
    const profile = await profileData({
      data: resolve(ctx.cwd, data),
      read: {
        ...format !== void 0 ? { format } : {},
        ...delimiter !== void 0 ? { delimiter } : {},
        ...Array.isArray(nulls) ? { nullValues: nulls.map(String) } : {},
        ...maxRecordBytes !== void 0 ? { maxRecordBytes } : {}
      },
      ...threads !== void 0 ? { threads } : {}
    }).catch((error) => {
      throw relabel(error, resolve(ctx.cwd, data), data);
    });
    const shown = { ...profile, file: data };
    const json3 = `${JSON.stringify(shown, null, 2)}
`;
    const out = optionalString(args, "json");
    if (out === "-") ctx.stdout(json3);
    else {
      if (out !== void 0) {
        const target = resolve(ctx.cwd, out);
        const tmp = `${target}.${process.pid}.tmp`;
        writeFileSync(tmp, json3);
        renameSync(tmp, target);
      }
      ctx.stdout(renderProfileTable(shown));
    }
    return 0;
  }
};
function relabel(error, absolute, typed) {
  if (error instanceof Error && absolute !== typed) {
    error.message = error.message.split(absolute).join(typed);
    const problems = error.problems;
    if (Array.isArray(problems)) {
      for (const p of problems) if (p.file === absolute) p.file = typed;
    }
  }
  return error;
}

// src/adapters/config/node-config-files.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile, readdir, stat } from "node:fs/promises";
import { basename, join as join2 } from "node:path";

// src/adapters/config/first-line.ts
import { open } from "node:fs/promises";
async function readFirstLine(path, limit = 1 << 20) {
  let handle;
  try {
    handle = await open(path, "r");
  } catch {
    return void 0;
  }
  try {
    const chunks = [];
    let total2 = 0;
    const buf = Buffer.alloc(65536);
    for (; ; ) {
      const { bytesRead } = await handle.read(buf, 0, buf.length, total2);
      if (bytesRead === 0) break;
      const chunk = buf.subarray(0, bytesRead);
      const nl = chunk.indexOf(10);
      chunks.push(Buffer.from(nl >= 0 ? chunk.subarray(0, nl) : chunk));
      total2 += bytesRead;
      if (nl >= 0 || total2 >= limit) break;
    }
    const line = Buffer.concat(chunks).toString("utf8").replace(/\r$/, "");
    return total2 === 0 ? void 0 : line;
  } finally {
    await handle.close();
  }
}

// src/adapters/config/package-assets.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
function packageRoot(from = import.meta.url) {
  let dir = dirname(fileURLToPath2(from));
  for (; ; ) {
    const manifest = join(dir, "package.json");
    if (existsSync2(manifest)) {
      try {
        if (JSON.parse(readFileSync(manifest, "utf8")).name === "mergeml") return dir;
      } catch {
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the mergeml package root above ${fileURLToPath2(from)}`);
    dir = parent;
  }
}
function policiesDir() {
  return join(packageRoot(), "policies");
}
function workflowsDir() {
  return join(packageRoot(), "workflows");
}

// src/adapters/config/node-config-files.ts
function nodeConfigFiles(builtinDir = policiesDir()) {
  return {
    read: async (path) => new Uint8Array(await readFile(path)),
    kind: async (path) => {
      try {
        const s = await stat(path);
        return s.isFile() ? "file" : s.isDirectory() ? "directory" : "other";
      } catch {
        return "missing";
      }
    },
    // Streamed: data files may be far larger than memory.
    sha256: (path) => new Promise((resolve25, reject) => {
      const hash = createHash("sha256");
      createReadStream(path).on("data", (chunk) => hash.update(chunk)).on("error", reject).on("end", () => resolve25(hash.digest("hex")));
    }),
    firstLine: (path) => readFirstLine(path),
    columnValues: async (path, file, column3, settings, limit) => {
      const values = /* @__PURE__ */ new Set();
      try {
        for await (const batch of readBatches(path, { ...settings, allowEmpty: true })) {
          const index = batch.header.indexOf(column3);
          const cells = index >= 0 ? batch.cells[index] : void 0;
          for (const cell of cells ?? []) if (cell !== null) values.add(cell);
          if (values.size > limit) break;
        }
      } catch (error) {
        if (error instanceof InputError) return { problem: error.problems[0] ?? { file, message: error.message } };
        throw error;
      }
      const sorted = [...values].sort();
      return { file, values: sorted.slice(0, limit), truncated: sorted.length > limit };
    },
    builtinPolicies: async () => {
      const names2 = (await readdir(builtinDir)).filter((f2) => f2.endsWith(".yaml")).map((f2) => basename(f2, ".yaml"));
      return new Map(names2.sort().map((n) => [n, join2(builtinDir, `${n}.yaml`)]));
    }
  };
}

// src/core/policy/compose-policy.ts
var EACH_PROTECTED = "*";
function composePolicies(policies, protectedColumns = []) {
  const merge = (a, b) => a === void 0 ? b : b === void 0 ? a : { ...a, ...b };
  let drift;
  let proxies;
  let labels;
  let compliance;
  let minGroupSize;
  const buckets2 = {};
  const dataChecks = [];
  const metricGates2 = [];
  const fairnessGates = [];
  for (const p of policies) {
    dataChecks.push(...p.data_checks ?? []);
    metricGates2.push(...p.metric_gates ?? []);
    for (const gate of p.fairness?.gates ?? []) {
      if (gate.attributes.includes(EACH_PROTECTED)) fairnessGates.push(...protectedColumns.map((column3) => ({ ...gate, attributes: [column3] })));
      else fairnessGates.push(gate);
    }
    Object.assign(buckets2, p.fairness?.buckets ?? {});
    minGroupSize = p.fairness?.min_group_size ?? minGroupSize;
    drift = merge(drift, p.drift);
    proxies = merge(proxies, p.proxies);
    labels = merge(labels, p.labels);
    compliance = merge(compliance, p.compliance);
  }
  return Object.freeze({
    names: policies.map((p) => p.name),
    data_checks: dataChecks,
    ...drift ? { drift } : {},
    ...proxies ? { proxies } : {},
    ...labels ? { labels } : {},
    metric_gates: metricGates2,
    fairness: { buckets: buckets2, ...minGroupSize !== void 0 ? { min_group_size: minGroupSize } : {}, gates: fairnessGates },
    ...compliance ? { compliance } : {}
  });
}
function countPolicyGates(p) {
  const sections = ["drift", "proxies", "labels", "compliance"].filter((k) => p[k] !== void 0);
  return { data_checks: p.data_checks?.length ?? 0, metric_gates: p.metric_gates?.length ?? 0, fairness_gates: p.fairness?.gates.length ?? 0, sections: [...sections] };
}

// src/pipeline/load-project.ts
import { dirname as dirname2, isAbsolute, join as join3, relative, resolve as resolve2 } from "node:path";

// src/core/config/deep-freeze.ts
function deepFreeze(value2) {
  if (value2 !== null && typeof value2 === "object" && !Object.isFrozen(value2)) {
    Object.freeze(value2);
    for (const child2 of Object.values(value2)) deepFreeze(child2);
  }
  return value2;
}

// src/core/config/source-text.ts
function findInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 128) {
      i += 1;
      continue;
    }
    let need;
    let min;
    if (b >= 194 && b <= 223) [need, min] = [1, 128];
    else if (b >= 224 && b <= 239) [need, min] = [2, 2048];
    else if (b >= 240 && b <= 244) [need, min] = [3, 65536];
    else return i;
    let cp2 = b & 63 >> need;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
      cp2 = cp2 << 6 | c & 63;
    }
    if (cp2 < min || cp2 >= 55296 && cp2 <= 57343 || cp2 > 1114111) return i;
    i += need + 1;
  }
  return -1;
}
function byteLocation(bytes, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset));
  return { line, column: [...prefix].length + 1 };
}
var MAX_CONFIG_BYTES = 4 * 1024 * 1024;
function decodeConfigBytes(file, bytes) {
  if (bytes.length > MAX_CONFIG_BYTES) {
    return { ok: false, problems: [{ file, message: `file is ${bytes.length} bytes; a config file may have at most ${MAX_CONFIG_BYTES}`, expected: "a project or policy file, not data" }] };
  }
  const bad = findInvalidUtf8(bytes);
  if (bad >= 0) {
    const at = byteLocation(bytes, bad);
    const hex = bytes[bad].toString(16).padStart(2, "0");
    return {
      ok: false,
      problems: [{ file, ...at, message: `invalid UTF-8: byte 0x${hex} at offset ${bad} is not valid UTF-8`, expected: "a UTF-8 encoded text file" }]
    };
  }
  const text3 = new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes);
  if (text3.trim() === "") {
    return { ok: false, problems: [{ file, line: 1, column: 1, message: bytes.length === 0 ? "file is empty" : "file contains only whitespace", expected: "a YAML mapping starting with `version: 1`" }] };
  }
  return { ok: true, text: text3 };
}
function findTabIndentation(file, text3, skip = []) {
  const problems = [];
  let offset = 0;
  const lines = text3.split("\n");
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    const indent = /^[ \t]*/.exec(line)[0];
    const tab = indent.indexOf("	");
    const rest2 = line.slice(indent.length).trim();
    const inBlock = skip.some(([s, e]) => offset + tab >= s && offset + tab < e);
    if (tab >= 0 && rest2 !== "" && !inBlock) {
      problems.push({ file, line: n + 1, column: tab + 1, message: "tab character used for indentation", expected: "spaces (YAML does not allow tabs for indentation)" });
    }
    offset += line.length + 1;
  }
  return problems;
}

// src/core/config/yaml-document.ts
import { CORE_SCHEMA, EVENT_ID, constructFromEvents, getScalarValue, parseEvents } from "js-yaml";

// src/core/config/source-map.ts
var LineIndex = class {
  starts = [0];
  constructor(text3) {
    for (let i = 0; i < text3.length; i++) if (text3.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  position(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
};
function formatPath(path) {
  let out = "";
  for (const seg of path) out += typeof seg === "number" ? `[${seg}]` : out === "" ? seg : `.${seg}`;
  return out;
}
function keyOf(path) {
  return JSON.stringify(path.map((s) => typeof s === "number" ? s : String(s)));
}
var SourceMap = class {
  entries = /* @__PURE__ */ new Map();
  set(path, value2, key) {
    this.entries.set(keyOf(path), key === void 0 ? { value: value2 } : { value: value2, key });
  }
  has(path) {
    return this.entries.has(keyOf(path));
  }
  /** The value node at `path`, or the key of the nearest existing ancestor entry. */
  valueAt(path) {
    const exact = this.entries.get(keyOf(path));
    if (exact) return exact.value;
    return this.keyAt(path.slice(0, -1));
  }
  /** The key of the entry at `path` (its value for sequence items and the root), falling back to ancestors. */
  keyAt(path) {
    for (let n = path.length; n >= 0; n--) {
      const entry = this.entries.get(keyOf(path.slice(0, n)));
      if (entry) return entry.key ?? entry.value;
    }
    return { line: 1, column: 1 };
  }
};

// src/core/config/yaml-document.ts
var MAX_EXPANDED_NODES = 1e5;
var MAX_DEPTH = 64;
function yamlError(file, error) {
  const e = error;
  const reason = typeof e.reason === "string" ? e.reason : String(e.message ?? error);
  const mark2 = e.mark;
  const at = mark2 && typeof mark2.line === "number" ? { line: mark2.line + 1, column: (mark2.column ?? 0) + 1 } : {};
  return { file, ...at, message: `YAML syntax error: ${reason}`, expected: "valid YAML 1.2" };
}
function nodeStart(ev) {
  if (ev.type === EVENT_ID.SCALAR) {
    return ev.style === 2 || ev.style === 3 ? ev.valueStart - 1 : ev.valueStart;
  }
  if (ev.type === EVENT_ID.ALIAS) return ev.anchorStart - 1;
  if (ev.type === EVENT_ID.MAPPING || ev.type === EVENT_ID.SEQUENCE) return ev.start;
  return 0;
}
function parseYamlDocument(file, text3) {
  const lines = new LineIndex(text3);
  let events;
  try {
    events = parseEvents(text3, { filename: file, maxDepth: MAX_DEPTH });
  } catch (error) {
    const tabs2 = findTabIndentation(file, text3);
    return { ok: false, problems: tabs2.length > 0 ? tabs2 : [yamlError(file, error)] };
  }
  const blocks = events.filter((e) => e.type === EVENT_ID.SCALAR && (e.style === 4 || e.style === 5)).map((e) => [e.valueStart, e.valueEnd]);
  const tabs = findTabIndentation(file, text3, blocks);
  if (tabs.length > 0) return { ok: false, problems: tabs };
  const problems = [];
  const map = new SourceMap();
  const anchors = /* @__PURE__ */ new Map();
  const stack = [];
  let documents = 0;
  let rootSize = 0;
  let expandedByAliases = 0;
  let skipDepth = 0;
  const at = (offset) => lines.position(Math.max(0, offset));
  const place = (size, anchor) => {
    if (anchor !== void 0) anchors.set(anchor, size);
    const parent = stack[stack.length - 1];
    if (parent) parent.size += size;
    else rootSize += size;
  };
  const enter = (ev, start) => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      map.set([], at(start));
      return [];
    }
    if (parent.kind === "seq") {
      const path2 = [...parent.path, parent.index++];
      map.set(path2, start >= 0 ? at(start) : map.valueAt(parent.path));
      return path2;
    }
    if (parent.pendingKey === void 0) {
      if (ev.type !== EVENT_ID.SCALAR) {
        const where2 = at(start);
        const what = ev.type === EVENT_ID.ALIAS ? "an alias" : "a collection";
        problems.push({ file, ...where2, path: formatPath(parent.path), message: `a mapping key must be a plain string, found ${what}` });
        parent.pendingKey = { name: `\0complex${start}`, at: where2 };
        return void 0;
      }
      const name = getScalarValue(text3, ev);
      const where = at(start);
      const first2 = parent.keys.get(name);
      if (first2 !== void 0) {
        const isModel = parent.path.length === 1 && parent.path[0] === "models";
        problems.push({
          file,
          ...where,
          path: formatPath([...parent.path, name]),
          message: `${isModel ? `model '${name}' is declared twice` : `duplicate key '${name}'`}; first defined at line ${first2.line}, column ${first2.column}`,
          expected: "each key once per mapping"
        });
      } else parent.keys.set(name, where);
      if (name === "<<") problems.push({ file, ...where, path: formatPath(parent.path), message: "merge keys ('<<') are not supported in MergeML files", expected: "the keys written out" });
      parent.pendingKey = { name, at: where };
      return void 0;
    }
    const key = parent.pendingKey;
    parent.pendingKey = void 0;
    const path = [...parent.path, key.name];
    map.set(path, start >= 0 ? at(start) : key.at, key.at);
    return path;
  };
  for (const ev of events) {
    if (problems.length > 50) break;
    if (ev.type === EVENT_ID.DOCUMENT) {
      documents += 1;
      if (documents > 1) {
        const markers = [...text3.matchAll(/^---(?=\s|$)/gm)].map((m) => m.index);
        const first2 = events[0]?.type === EVENT_ID.DOCUMENT && events[0].explicitStart;
        const marker = markers[first2 ? 1 : 0];
        problems.push({ file, ...marker !== void 0 ? at(marker) : {}, message: "the file holds more than one YAML document", expected: "a single document (remove the `---` separator)" });
        break;
      }
      continue;
    }
    if (skipDepth > 0) {
      if (ev.type === EVENT_ID.MAPPING || ev.type === EVENT_ID.SEQUENCE) skipDepth += 1;
      else if (ev.type === EVENT_ID.POP) skipDepth -= 1;
      continue;
    }
    if (ev.type === EVENT_ID.POP) {
      const frame = stack.pop();
      if (frame) place(frame.size, frame.anchor);
      continue;
    }
    const start = nodeStart(ev);
    const anchor = "anchorStart" in ev && ev.anchorStart >= 0 && ev.type !== EVENT_ID.ALIAS ? text3.slice(ev.anchorStart, ev.anchorEnd) : void 0;
    const parent = stack[stack.length - 1];
    const isKey = parent?.kind === "map" && parent.pendingKey === void 0;
    const path = enter(ev, start);
    if (isKey) {
      if (ev.type === EVENT_ID.MAPPING || ev.type === EVENT_ID.SEQUENCE) skipDepth = 1;
      if (parent) parent.size += 1;
      continue;
    }
    if (ev.type === EVENT_ID.SCALAR) place(1, anchor);
    else if (ev.type === EVENT_ID.ALIAS) {
      const name = text3.slice(ev.anchorStart, ev.anchorEnd);
      const size = anchors.get(name);
      if (size === void 0) {
        problems.push({ file, ...at(start), message: `alias '*${name}' refers to an unknown anchor`, expected: `an anchor '&${name}' defined before it` });
        place(1, void 0);
      } else {
        place(size, void 0);
        expandedByAliases += size;
      }
    } else {
      stack.push({ kind: ev.type === EVENT_ID.MAPPING ? "map" : "seq", path: path ?? [], index: 0, keys: /* @__PURE__ */ new Map(), size: 1, ...anchor !== void 0 ? { anchor } : {} });
    }
    if (expandedByAliases > MAX_EXPANDED_NODES) {
      problems.push({
        file,
        ...at(start),
        message: `aliases expand this document by more than ${MAX_EXPANDED_NODES} nodes (an alias bomb, "billion laughs")`,
        expected: "anchors and aliases used sparingly, or the values written out"
      });
      break;
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  let value2;
  try {
    [value2] = constructFromEvents(events, { source: text3, filename: file, schema: CORE_SCHEMA });
  } catch (error) {
    return { ok: false, problems: [yamlError(file, error)] };
  }
  if (value2 === void 0 || value2 === null) {
    return { ok: false, problems: [{ file, line: 1, column: 1, message: "file has no YAML content (only comments or an empty document)", expected: "a YAML mapping starting with `version: 1`" }] };
  }
  return { ok: true, doc: { value: value2, map } };
}

// src/core/config/schema-keys.ts
function defOf(schema) {
  return schema._zod.def;
}
function unwrap(schema) {
  let s = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(s);
    if (def.innerType && ["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional"].includes(def.type)) s = def.innerType;
    else if (def.type === "pipe" && def.in) s = def.in;
    else if (def.type === "lazy" && def.getter) s = def.getter();
    else return s;
  }
  return s;
}
function literalValues(schema) {
  const def = defOf(unwrap(schema));
  return def.type === "literal" ? def.values ?? [] : [];
}
function objectOptions(schema, value2) {
  const s = unwrap(schema);
  const def = defOf(s);
  if (def.type === "object") return [s];
  if (def.type === "union" && def.options) {
    const all2 = def.options.flatMap((o) => objectOptions(o, value2));
    const tag = def.discriminator;
    if (tag !== void 0 && value2 !== null && typeof value2 === "object") {
      const chosen = value2[tag];
      const matching = all2.filter((o) => literalValues(defOf(o).shape?.[tag]).includes(chosen));
      if (matching.length > 0) return matching;
    }
    return all2;
  }
  return [];
}
function child(schema, segment, value2) {
  const s = unwrap(schema);
  const def = defOf(s);
  const next = value2 !== null && typeof value2 === "object" ? value2[segment] : void 0;
  if (def.type === "array" && def.element) return { schema: def.element, value: next };
  if (def.type === "record" && def.valueType) return { schema: def.valueType, value: next };
  for (const option of objectOptions(s, value2)) {
    const field = defOf(option).shape?.[String(segment)];
    if (field) return { schema: field, value: next };
  }
  return void 0;
}
function allowedKeysAt(root, path, data) {
  let cur = { schema: root, value: data };
  for (const segment of path) {
    cur = cur ? child(cur.schema, segment, cur.value) : void 0;
    if (!cur) return [];
  }
  const keys2 = /* @__PURE__ */ new Set();
  for (const option of objectOptions(cur.schema, cur.value)) for (const k of Object.keys(defOf(option).shape ?? {})) keys2.add(k);
  return [...keys2];
}

// src/core/config/zod-problems.ts
function valueAt(data, path) {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object") return void 0;
    cur = cur[seg];
  }
  return cur;
}
function describe(value2) {
  if (value2 === null) return "null";
  if (Array.isArray(value2)) return "a list";
  if (typeof value2 === "object") return "a mapping";
  if (typeof value2 === "string") return `the string ${JSON.stringify(value2.length > 40 ? `${value2.slice(0, 40)}\u2026` : value2)}`;
  return `${typeof value2} ${String(value2)}`;
}
var TYPE_NAMES = { object: "a mapping", array: "a list", string: "a string", number: "a number", boolean: "true or false", int: "an integer", record: "a mapping" };
function quoteList(values) {
  return values.map((v) => JSON.stringify(v)).join(", ");
}
function hintFor(input, candidates) {
  return suggest(input, candidates) ?? (input.length >= 3 ? candidates.find((c) => c.startsWith(input)) : void 0);
}
function bestBranch(branches) {
  const fitting = branches.filter((issues) => !issues.some((i) => i.path.length === 0 && i.code === "invalid_type"));
  return fitting.length === 1 ? fitting[0] : void 0;
}
function zodIssuesToProblems(file, issues, map, data, schema, prefix = []) {
  const out = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    const segs = path.map((s) => typeof s === "symbol" ? String(s) : s);
    const value2 = valueAt(data, path);
    const where = (p) => ({ file, ...map.valueAt(p), path: formatPath(p.map((s) => typeof s === "symbol" ? String(s) : s)) });
    switch (issue.code) {
      case "unrecognized_keys": {
        const allowed = allowedKeysAt(schema, path, data);
        for (const key of issue.keys) {
          const hint = hintFor(key, allowed);
          out.push({
            file,
            ...map.keyAt([...path, key]),
            path: formatPath([...segs, key]),
            message: `unknown key '${key}'${hint ? ` (did you mean '${hint}'?)` : ""}`,
            expected: allowed.length > 0 ? `one of: ${allowed.join(", ")}` : "no extra keys"
          });
        }
        break;
      }
      case "invalid_type": {
        const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
        if (value2 === void 0 && !map.has(path)) {
          out.push({ file, ...map.keyAt(path.slice(0, -1)), path: formatPath(segs), message: `missing required key '${String(path[path.length - 1] ?? "")}'`, expected });
        } else out.push({ ...where(path), message: `wrong type: found ${describe(value2)}`, expected });
        break;
      }
      case "invalid_value": {
        if (value2 === void 0 && !map.has(path)) {
          out.push({ file, ...map.keyAt(path.slice(0, -1)), path: formatPath(segs), message: `missing required key '${String(path[path.length - 1] ?? "")}'`, expected: issue.values.length === 1 ? quoteList(issue.values) : `one of: ${quoteList(issue.values)}` });
          break;
        }
        const strings = issue.values.filter((v) => typeof v === "string");
        const hint = typeof value2 === "string" ? suggest(value2, strings) : void 0;
        out.push({ ...where(path), message: `invalid value ${JSON.stringify(value2)}${hint ? ` (did you mean '${hint}'?)` : ""}`, expected: issue.values.length === 1 ? quoteList(issue.values) : `one of: ${quoteList(issue.values)}` });
        break;
      }
      case "invalid_union": {
        const disc = issue.discriminator;
        const options2 = (issue.options ?? []).filter((v) => typeof v === "string");
        if (disc !== void 0) {
          const tagPath = path[path.length - 1] === disc ? path : [...path, disc];
          const tag = valueAt(data, tagPath);
          if (tag === void 0) {
            out.push({ file, ...map.valueAt(tagPath.slice(0, -1)), path: formatPath(tagPath.map((x) => typeof x === "number" ? x : String(x))), message: `missing required key '${disc}'`, expected: `one of: ${options2.join(", ")}` });
          } else {
            const hint = typeof tag === "string" ? suggest(tag, options2) : void 0;
            out.push({ ...where(tagPath), message: `unknown ${disc} ${JSON.stringify(tag)}${hint ? ` (did you mean '${hint}'?)` : ""}`, expected: `one of: ${options2.join(", ")}` });
          }
          break;
        }
        const best = bestBranch(issue.errors);
        if (best) out.push(...zodIssuesToProblems(file, best, map, data, schema, path));
        else out.push({ ...where(path), message: `wrong form: found ${describe(value2)}`, expected: issue.message === "Invalid input" ? "one of the documented forms" : issue.message });
        break;
      }
      case "invalid_key": {
        const detail = issue.issues.map((i) => i.message).join("; ");
        out.push({ file, ...map.keyAt(path), path: formatPath(segs), message: `invalid name '${String(path[path.length - 1] ?? "")}': ${detail}` });
        break;
      }
      case "too_small":
      case "too_big":
      case "invalid_format":
      case "not_multiple_of":
      case "custom":
      default:
        out.push({ ...where(path), message: issue.message });
    }
  }
  return out;
}

// src/core/config/parse-config.ts
function parseConfigFile(file, bytes, schema) {
  const decoded = decodeConfigBytes(file, bytes);
  if (!decoded.ok) return decoded;
  const parsed = parseYamlDocument(file, decoded.text);
  if (!parsed.ok) return parsed;
  const { value: value2, map } = parsed.doc;
  const result2 = schema.safeParse(value2);
  if (!result2.success) return { ok: false, problems: sortProblems(zodIssuesToProblems(file, result2.error.issues, map, value2, schema)) };
  return { ok: true, config: { file, value: deepFreeze(result2.data), map } };
}
function sortProblems(problems) {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

// src/core/config/csv-header.ts
function parseCsvHeader(line, delimiter = ",") {
  const out = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      out.push(cur);
      cur = "";
    } else if (c !== "\r") cur += c;
  }
  out.push(cur);
  return out;
}

// src/core/config/data-columns-check.ts
function checkModelColumns(file, map, modelName, model, headers) {
  const problems = [];
  const base = ["models", modelName];
  const check = (column3, path, what, roles) => {
    const lacking = headers.filter((h) => roles.includes(h.role) && !h.columns.includes(column3));
    if (lacking.length === 0) return;
    const hint = column3.length > 2 ? suggest(column3, lacking[0].columns) : void 0;
    problems.push({
      file,
      ...map.valueAt([...base, ...path]),
      path: formatPath([...base, ...path]),
      message: `${what} '${column3}' is not a column of ${lacking.map((h) => h.file).join(", ")}${hint ? ` (did you mean '${hint}'?)` : ""}`,
      expected: `a column of the header: ${lacking[0].columns.join(", ")}`
    });
  };
  check(model.target, ["target"], "target", ["train", "test"]);
  model.features.forEach((f2, i) => check(f2, ["features", i], "feature", ["train", "test", "reference"]));
  model.protected.forEach((p, i) => check(p.column, ["protected", i, "column"], "protected attribute", ["train", "test", "reference"]));
  return problems;
}

// src/core/config/project-checks.ts
function checkProjectSemantics(file, project, map) {
  const problems = [];
  for (const [name, model] of Object.entries(project.models)) {
    const base = ["models", name];
    const loc = (path) => ({ file, ...map.valueAt([...base, ...path]), path: formatPath([...base, ...path]) });
    const protectedAt = /* @__PURE__ */ new Map();
    model.protected.forEach((p, i) => {
      const seen = protectedAt.get(p.column);
      if (seen !== void 0) problems.push({ ...loc(["protected", i, "column"]), message: `protected attribute '${p.column}' is listed twice (also protected[${seen}])` });
      else protectedAt.set(p.column, i);
      if (p.column === model.target) problems.push({ ...loc(["protected", i, "column"]), message: `the target '${p.column}' cannot also be a protected attribute` });
    });
    const featureAt = /* @__PURE__ */ new Map();
    model.features.forEach((feature, i) => {
      const seen = featureAt.get(feature);
      if (seen !== void 0) problems.push({ ...loc(["features", i]), message: `feature '${feature}' is listed twice (also features[${seen}])` });
      else featureAt.set(feature, i);
      if (feature === model.target) {
        problems.push({ ...loc(["features", i]), message: `the target '${feature}' is also listed as a feature`, expected: "features without the target column" });
      }
      const p = protectedAt.get(feature);
      if (p !== void 0) {
        const where = map.valueAt([...base, "protected", p]);
        problems.push({
          ...loc(["features", i]),
          message: `feature '${feature}' is also declared protected (line ${where.line}); a protected attribute (basis ${model.protected[p]?.basis}) must not be a model input`,
          expected: "protected attributes kept out of features (Regulation B)"
        });
      }
    });
  }
  return problems;
}

// src/core/config/target-values-check.ts
function isPositiveClass(text3, positive) {
  if (typeof positive === "number") return text3.trim() !== "" && Number(text3) === positive;
  if (typeof positive === "boolean") return text3.trim().toLowerCase() === String(positive);
  return text3 === positive;
}
function checkTargetValues(file, map, modelName, model, observed) {
  if (model.task !== "binary_classification" || model.positive_class === void 0) return [];
  const base = ["models", modelName];
  const positive = model.positive_class;
  const list6 = `${observed.values.map((v) => JSON.stringify(v)).join(", ")}${observed.truncated ? ", \u2026" : ""}`;
  const problems = [];
  if (observed.truncated || observed.values.length !== 2) {
    problems.push({
      file,
      ...map.valueAt([...base, "target"]),
      path: formatPath([...base, "target"]),
      message: `target '${model.target}' has ${observed.truncated ? "more than " : ""}${observed.values.length} distinct values in ${observed.file} (${list6}); a binary classifier needs exactly 2`,
      expected: "a two-class target column, or task: regression"
    });
  }
  if (!observed.values.some((v) => isPositiveClass(v, positive))) {
    const hint = typeof positive === "string" ? suggest(positive, observed.values) : void 0;
    problems.push({
      file,
      ...map.valueAt([...base, "positive_class"]),
      path: formatPath([...base, "positive_class"]),
      message: `positive class ${JSON.stringify(positive)} does not occur in column '${model.target}' of ${observed.file}${hint ? ` (did you mean '${hint}'?)` : ""}`,
      expected: `one of the target's values: ${list6}`
    });
  }
  return problems;
}

// src/core/config/project-schema.ts
import { z as z4 } from "zod";

// src/core/config/train-schema.ts
import { z as z3 } from "zod";
var mlpSchema = z3.strictObject({
  type: z3.literal("mlp"),
  layers: z3.array(z3.number().int().min(1)).min(1),
  activation: z3.enum(["relu", "tanh", "sigmoid", "elu", "selu", "linear"]).default("relu"),
  dropout: z3.number().min(0).lt(1).optional(),
  l2: z3.number().min(0).optional()
});
var logisticSchema = z3.strictObject({
  type: z3.literal("logistic_regression"),
  l2: z3.number().min(0).optional()
});
var trainModelSchema = z3.discriminatedUnion("type", [mlpSchema, logisticSchema]);
var trainSchema = z3.strictObject({
  command: z3.string().min(1).optional().describe("bring your own trainer; excludes the TF.js settings"),
  backend: z3.enum(["auto", "tensorflow-gpu", "tensorflow", "wasm", "cpu"]).optional(),
  seed: z3.number().int().min(0).optional(),
  model: trainModelSchema.optional(),
  optimizer: z3.enum(["adam", "sgd", "rmsprop", "adagrad"]).optional(),
  learning_rate: z3.number().positive().optional(),
  batch_size: z3.number().int().min(1).optional(),
  epochs: z3.number().int().min(1).optional(),
  validation_split: z3.number().min(0).lt(1).optional(),
  early_stopping: z3.strictObject({ monitor: z3.enum(["val_loss", "loss", "val_acc", "acc", "val_auc"]).default("val_loss"), patience: z3.number().int().min(0), min_delta: z3.number().min(0).optional() }).optional(),
  class_weight: z3.union([z3.literal("balanced"), z3.record(z3.string(), z3.number().positive())]).optional(),
  checkpoint_every: z3.number().int().min(1).optional()
}).superRefine((value2, ctx) => {
  if (value2.command === void 0) return;
  for (const key of Object.keys(value2)) {
    if (key !== "command") ctx.addIssue({ code: "custom", path: [key], message: `'${key}' has no effect with 'command' (bring-your-own trainer); remove one of them` });
  }
});

// src/core/config/project-schema.ts
var MODEL_NAME = /^[a-z0-9][a-z0-9._-]*$/;
var SHA256 = /^[0-9a-f]{64}$/;
var dataFileSchema = z4.union([
  z4.string().min(1),
  z4.strictObject({ path: z4.string().min(1), sha256: z4.string().regex(SHA256, "must be 64 lowercase hex digits (the sha256 of the file)").optional() })
]);
var dataSchema = z4.strictObject({
  train: dataFileSchema,
  test: dataFileSchema.optional(),
  reference: dataFileSchema.optional().describe("data of the model in production, for drift"),
  format: z4.enum(["csv", "jsonl"]).optional().describe("default from the file extension"),
  delimiter: z4.string().length(1, "must be a single character").optional(),
  null_values: z4.array(z4.string()).optional()
});
var protectedAttributeSchema = z4.strictObject({
  column: columnNameSchema,
  basis: protectedBasisSchema
});
var policyRefSchema = z4.string().min(1);
var modelSchema = z4.strictObject({
  description: z4.string().optional(),
  task: z4.enum(["binary_classification", "regression"]).default("binary_classification"),
  data: dataSchema,
  target: columnNameSchema,
  positive_class: z4.union([z4.string(), z4.number(), z4.boolean()]).optional().describe("required for binary_classification"),
  features: z4.array(columnNameSchema).min(1),
  protected: z4.array(protectedAttributeSchema).default([]),
  contract: z4.string().min(1).optional().describe("data contract written by `mergeml schema infer`"),
  policies: z4.array(policyRefSchema).default([]),
  paths: z4.array(z4.string().min(1)).optional().describe("extra code paths that affect this model"),
  train: trainSchema.optional()
}).superRefine((m, ctx) => {
  if (m.task === "binary_classification" && m.positive_class === void 0) {
    ctx.addIssue({ code: "invalid_type", expected: "string", path: ["positive_class"], message: "positive_class is required for binary_classification" });
  }
  if (m.task === "regression" && m.positive_class !== void 0) {
    ctx.addIssue({ code: "custom", path: ["positive_class"], message: "positive_class has no meaning for a regression model; remove it" });
  }
});
var registrySchema = z4.strictObject({
  stages: z4.array(z4.string().regex(/^[a-z][a-z0-9_-]*$/)).min(1).default(["staging", "production"]),
  binaries: z4.enum(["commit", "release"]).default("commit"),
  max_commit_bytes: z4.number().int().min(1).default(10485760)
});
var projectSchema = z4.strictObject({
  version: z4.literal(1),
  models: z4.record(z4.string().regex(MODEL_NAME, 'a model name is lowercase letters, digits, ".", "_" or "-", starting with a letter or digit'), modelSchema),
  registry: registrySchema.optional()
});

// src/core/policy/policy-checks.ts
function checkPolicyForModel(file, policy, map, modelName, model) {
  const problems = [];
  const protectedColumns = model.protected.map((p) => p.column);
  const known = (column3, path, what) => {
    if (protectedColumns.includes(column3) || column3 === EACH_PROTECTED) return;
    const hint = suggest(column3, protectedColumns);
    problems.push({
      file,
      ...map.valueAt(path),
      path: formatPath(path),
      message: `${what} '${column3}' is not a protected attribute of model '${modelName}'${hint ? ` (did you mean '${hint}'?)` : ""}`,
      expected: protectedColumns.length > 0 ? `one of: ${protectedColumns.join(", ")}` : "a model with protected attributes"
    });
  };
  policy.fairness?.gates.forEach((gate, g) => gate.attributes.forEach((a, i) => known(a, ["fairness", "gates", g, "attributes", i], "fairness attribute")));
  for (const column3 of Object.keys(policy.fairness?.buckets ?? {})) known(column3, ["fairness", "buckets", column3], "bucketed attribute");
  return problems;
}

// src/core/policy/policy-file.ts
import { z as z11 } from "zod";

// src/core/policy/compliance-schema.ts
import { z as z5 } from "zod";
var complianceSchema = z5.strictObject({
  prohibited_bases: z5.array(protectedBasisSchema).optional(),
  forbid_protected_features: z5.boolean().optional(),
  require_protected_in_evaluation: z5.boolean().optional(),
  stages: z5.array(z5.string().regex(/^[a-z][a-z0-9_-]*$/)).optional().describe("stages this policy allows")
});

// src/core/policy/drift-schema.ts
import { z as z6 } from "zod";
var STATTESTS = Object.freeze(["auto", "psi", "ks", "chisquare", "z", "jensenshannon", "wasserstein"]);
var stattestSchema = z6.enum(STATTESTS);
var columnDriftSchema = z6.strictObject({
  stattest: stattestSchema.optional(),
  threshold: z6.number().min(0).optional()
});
var driftSchema = z6.strictObject({
  stattest: stattestSchema.default("auto"),
  threshold: z6.number().min(0).optional().describe("default depends on the test: p-value 0.05, distances 0.1"),
  drift_share: z6.number().min(0).max(1).default(0.5).describe("dataset drift when the share of drifted columns >= this"),
  severity: severitySchema.default("warning"),
  columns: z6.record(columnNameSchema, columnDriftSchema).optional()
});

// src/core/policy/fairness-schema.ts
import { z as z7 } from "zod";

// src/core/fairness/extremes.ts
function maxOf(xs) {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  return m;
}
function minOf(xs) {
  let m = Infinity;
  for (const x of xs) if (x < m) m = x;
  return m;
}

// src/core/fairness/metric-value.ts
function defined(value2, note) {
  if (!Number.isFinite(value2)) return { value: null, note: note ?? "not a finite number" };
  return note === void 0 ? { value: value2 } : { value: value2, note };
}
function undefinedValue(reason) {
  return { value: null, note: reason };
}

// src/core/fairness/fairlearn-aggregation.ts
function groupValues(frame, metric2) {
  const notes = [];
  const byGroup = frame.groups.map((g) => {
    const v = metric2.compute(g.counts);
    if (v.note !== void 0) notes.push(`${metric2.name} of group \`${g.name}\`: ${v.note}`);
    return { group: g.name, value: v.value };
  });
  return { byGroup, overall: metric2.compute(frame.overall).value, notes };
}
function present(values) {
  return values.byGroup.flatMap((g) => g.value === null ? [] : [g.value]);
}
var MAX_NOTES = 5;
function withNotes(v, notes) {
  if (notes.length === 0) return v;
  const shown = notes.length > MAX_NOTES ? [...notes.slice(0, MAX_NOTES), `and ${notes.length - MAX_NOTES} more group(s) alike`] : notes;
  const note = [v.note, ...shown].filter((x) => x !== void 0).join("; ");
  return { value: v.value, note };
}
function fairlearnDifference(values, method, metricName) {
  const xs = present(values);
  if (xs.length === 0) return undefinedValue(`no group has a defined ${metricName}`);
  if (method === "between_groups") return withNotes(defined(maxOf(xs) - minOf(xs)), values.notes);
  if (values.overall === null) return undefinedValue(`overall ${metricName} is undefined`);
  const overall = values.overall;
  return withNotes(defined(maxOf(xs.map((x) => Math.abs(x - overall)))), values.notes);
}
function fairlearnRatio(values, method, metricName) {
  const xs = present(values);
  if (xs.length === 0) return undefinedValue(`no group has a defined ${metricName}`);
  if (method === "between_groups") {
    const max = maxOf(xs);
    if (max === 0) return undefinedValue(`${metricName} is 0 in every group, so min/max is 0/0 (NaN in Fairlearn)`);
    return withNotes(defined(minOf(xs) / max), values.notes);
  }
  const overall = values.overall;
  if (overall === null || overall === 0) return undefinedValue(`overall ${metricName} is ${overall === null ? "undefined" : "0"}, so group/overall is undefined (NaN in Fairlearn)`);
  const ratios = xs.map((x) => x / overall).map((r) => r > 1 ? 1 / r : r);
  return withNotes(defined(minOf(ratios)), values.notes);
}

// src/core/fairness/confusion-counts.ts
var CELL = Object.freeze({ tp: 0, fp: 1, tn: 2, fn: 3 });
function cellOf(yTrue, yPred) {
  if (yTrue === 1) return yPred === 1 ? CELL.tp : CELL.fn;
  return yPred === 1 ? CELL.fp : CELL.tn;
}
function countsFromVector(v, offset = 0) {
  return { tp: v[offset + CELL.tp] ?? 0, fp: v[offset + CELL.fp] ?? 0, tn: v[offset + CELL.tn] ?? 0, fn: v[offset + CELL.fn] ?? 0 };
}
function total(c) {
  return c.tp + c.fp + c.tn + c.fn;
}
function positives(c) {
  return c.tp + c.fn;
}
function negatives(c) {
  return c.tn + c.fp;
}
function sumCounts(list6) {
  let tp = 0, fp = 0, tn = 0, fn = 0;
  for (const c of list6) {
    tp += c.tp;
    fp += c.fp;
    tn += c.tn;
    fn += c.fn;
  }
  return { tp, fp, tn, fn };
}

// src/core/fairness/group-metric-registry.ts
function rateOrZero(num2, den, whenZero) {
  return den === 0 ? defined(0, whenZero) : defined(num2 / den);
}
var NO_POSITIVES = "group has no positive labels; 0 as Fairlearn defines it (sklearn nan_to_num)";
var NO_NEGATIVES = "group has no negative labels; 0 as Fairlearn defines it (sklearn nan_to_num)";
var GROUP_METRICS = Object.freeze([
  {
    name: "count",
    label: "count",
    description: "Number of rows in the group.",
    direction: "neutral",
    compute: (c) => defined(total(c))
  },
  {
    name: "selection_rate",
    label: "selection rate",
    description: "Share of rows predicted positive, P(\u0177 = 1).",
    direction: "neutral",
    compute: (c) => total(c) === 0 ? undefinedValue("empty group") : defined((c.tp + c.fp) / total(c))
  },
  {
    name: "true_positive_rate",
    label: "TPR",
    description: "Recall: TP / (TP + FN).",
    direction: "higher_is_better",
    compute: (c) => rateOrZero(c.tp, positives(c), NO_POSITIVES)
  },
  {
    name: "false_positive_rate",
    label: "FPR",
    description: "FP / (FP + TN).",
    direction: "lower_is_better",
    compute: (c) => rateOrZero(c.fp, negatives(c), NO_NEGATIVES)
  },
  {
    name: "false_negative_rate",
    label: "FNR",
    description: "FN / (TP + FN).",
    direction: "lower_is_better",
    compute: (c) => rateOrZero(c.fn, positives(c), NO_POSITIVES)
  },
  {
    name: "precision",
    label: "precision",
    description: "TP / (TP + FP); sklearn zero_division gives 0.",
    direction: "higher_is_better",
    compute: (c) => rateOrZero(c.tp, c.tp + c.fp, "no row predicted positive; 0 as sklearn precision_score defines it (zero_division)")
  },
  {
    name: "accuracy",
    label: "accuracy",
    description: "(TP + TN) / n.",
    direction: "higher_is_better",
    compute: (c) => total(c) === 0 ? undefinedValue("empty group") : defined((c.tp + c.tn) / total(c))
  }
]);
function findGroupMetric(name) {
  return GROUP_METRICS.find((m) => m.name === name);
}

// src/core/fairness/aif360-metrics.ts
function selectionRate(c) {
  return (c.tp + c.fp) / total(c);
}
function splitPrivileged(frame, privileged, minCount = 1) {
  if (frame.groups.length < 2) return "only one group is observed, so there is no unprivileged group to compare";
  let chosen = frame.groups[0];
  if (privileged !== void 0) {
    chosen = frame.groups.find((g) => g.name === privileged);
    if (chosen === void 0) return `privileged group \`${privileged}\` is not observed in the data`;
  } else {
    const candidates = frame.groups.some((g) => total(g.counts) >= minCount) ? frame.groups.filter((g) => total(g.counts) >= minCount) : frame.groups;
    chosen = candidates[0];
    for (const g of candidates) if (selectionRate(g.counts) > selectionRate(chosen.counts)) chosen = g;
  }
  const p = chosen;
  return { privileged: p.name, privilegedCounts: p.counts, unprivilegedCounts: sumCounts(frame.groups.filter((g) => g !== p).map((g) => g.counts)) };
}
function rate(num2, den, what) {
  return den === 0 ? `${what} has a zero denominator (NaN in AIF360)` : num2 / den;
}
function pairwise(frame, privileged, minCount, f2) {
  const split = splitPrivileged(frame, privileged, minCount);
  if (typeof split === "string") return undefinedValue(split);
  const v = f2(split.unprivilegedCounts, split.privilegedCounts);
  if (typeof v === "string") return undefinedValue(v);
  return defined(v, `privileged group: \`${split.privileged}\`; unprivileged: all other groups pooled`);
}
function tprFpr(c, who) {
  const tpr = rate(c.tp, positives(c), `TPR of the ${who} rows`);
  if (typeof tpr === "string") return tpr;
  const fpr = rate(c.fp, negatives(c), `FPR of the ${who} rows`);
  if (typeof fpr === "string") return fpr;
  return { tpr, fpr };
}
function statisticalParityDifference(frame, privileged, minCount = 1) {
  return pairwise(frame, privileged, minCount, (u, p) => selectionRate(u) - selectionRate(p));
}
function disparateImpact(frame, privileged, minCount = 1) {
  return pairwise(frame, privileged, minCount, (u, p) => {
    const sp = selectionRate(p);
    return sp === 0 ? "the privileged selection rate is 0, so SR_u / SR_p is undefined (NaN or inf in AIF360)" : selectionRate(u) / sp;
  });
}
function truePositiveRateDifference(frame, privileged, minCount = 1) {
  return pairwise(frame, privileged, minCount, (u, p) => {
    const a = rate(u.tp, positives(u), "TPR of the unprivileged rows");
    const b = rate(p.tp, positives(p), "TPR of the privileged rows");
    if (typeof a === "string") return a;
    if (typeof b === "string") return b;
    return a - b;
  });
}
function averageOddsDifference(frame, privileged, minCount = 1) {
  return pairwise(frame, privileged, minCount, (u, p) => {
    const a = tprFpr(u, "unprivileged");
    const b = tprFpr(p, "privileged");
    if (typeof a === "string") return a;
    if (typeof b === "string") return b;
    return 0.5 * (a.fpr - b.fpr + (a.tpr - b.tpr));
  });
}
function theilIndex(c) {
  const n = total(c);
  if (n === 0) return undefinedValue("no rows");
  const mu = (c.tp + c.tn + 2 * c.fp) / n;
  if (mu === 0) return undefinedValue("every row is a false negative, so mean benefit \u03BC = 0 (NaN in AIF360)");
  const term = (b) => b === 0 ? 0 : b / mu * Math.log(b / mu);
  return defined(((c.tp + c.tn) * term(1) + c.fp * term(2)) / n);
}

// src/core/fairness/disparity-registry.ts
function metric(name) {
  const m = findGroupMetric(name);
  if (m === void 0) throw new Error(`group metric ${name} is not registered`);
  return m;
}
var SR = metric("selection_rate");
var TPR = metric("true_positive_rate");
var FPR = metric("false_positive_rate");
function difference(m) {
  return (frame, o) => fairlearnDifference(groupValues(frame, m), o.method, m.name);
}
function ratio(m) {
  return (frame, o) => fairlearnRatio(groupValues(frame, m), o.method, m.name);
}
function worstOf(a, b, pick2) {
  if (a.value === null) return undefinedValue(`TPR part: ${a.note ?? "undefined"}`);
  if (b.value === null) return undefinedValue(`FPR part: ${b.note ?? "undefined"}`);
  const notes = [a.note, b.note].filter((x) => x !== void 0);
  return defined(pick2(a.value, b.value), notes.length > 0 ? notes.join("; ") : void 0);
}
var unit = [0, 1];
var DISPARITY_METRICS = Object.freeze([
  {
    name: "demographic_parity_difference",
    source: "fairlearn",
    description: "Difference of selection rates.",
    direction: "lower_is_better",
    thresholdRange: unit,
    ideal: 0,
    usesMethod: true,
    usesPrivileged: false,
    compute: difference(SR)
  },
  {
    name: "demographic_parity_ratio",
    source: "fairlearn",
    description: "Ratio of selection rates.",
    direction: "higher_is_better",
    thresholdRange: unit,
    ideal: 1,
    usesMethod: true,
    usesPrivileged: false,
    compute: ratio(SR)
  },
  {
    name: "equalized_odds_difference",
    source: "fairlearn",
    description: "max(TPR difference, FPR difference) (worst case).",
    direction: "lower_is_better",
    thresholdRange: unit,
    ideal: 0,
    usesMethod: true,
    usesPrivileged: false,
    compute: (f2, o) => worstOf(difference(TPR)(f2, o), difference(FPR)(f2, o), Math.max)
  },
  {
    name: "equalized_odds_ratio",
    source: "fairlearn",
    description: "min(TPR ratio, FPR ratio) (worst case).",
    direction: "higher_is_better",
    thresholdRange: unit,
    ideal: 1,
    usesMethod: true,
    usesPrivileged: false,
    compute: (f2, o) => worstOf(ratio(TPR)(f2, o), ratio(FPR)(f2, o), Math.min)
  },
  {
    name: "equal_opportunity_difference",
    source: "fairlearn",
    description: "Difference of true positive rates.",
    direction: "lower_is_better",
    thresholdRange: unit,
    ideal: 0,
    usesMethod: true,
    usesPrivileged: false,
    compute: difference(TPR)
  },
  {
    name: "equal_opportunity_ratio",
    source: "fairlearn",
    description: "Ratio of true positive rates.",
    direction: "higher_is_better",
    thresholdRange: unit,
    ideal: 1,
    usesMethod: true,
    usesPrivileged: false,
    compute: ratio(TPR)
  },
  {
    name: "four_fifths",
    source: "29 CFR 1607.4(D)",
    description: "Lowest impact ratio SR_g / max_h SR_h; adverse impact below 0.8.",
    direction: "higher_is_better",
    thresholdRange: unit,
    ideal: 1,
    usesMethod: false,
    usesPrivileged: false,
    compute: (f2) => ratio(SR)(f2, { method: "between_groups" }),
    perGroup: (f2) => impactRatios(f2).map((r) => ({ group: r.group, value: r.ratio.value }))
  },
  {
    name: "disparate_impact",
    source: "aif360",
    description: "SR_unprivileged / SR_privileged.",
    direction: "higher_is_better",
    thresholdRange: unit,
    ideal: 1,
    usesMethod: false,
    usesPrivileged: true,
    compute: (f2, o) => disparateImpact(f2, o.privileged, o.privilegedMinCount)
  },
  {
    name: "statistical_parity_difference",
    source: "aif360",
    description: "SR_unprivileged \u2212 SR_privileged.",
    direction: "abs_lower_is_better",
    thresholdRange: unit,
    ideal: 0,
    usesMethod: false,
    usesPrivileged: true,
    compute: (f2, o) => statisticalParityDifference(f2, o.privileged, o.privilegedMinCount)
  },
  {
    name: "true_positive_rate_difference",
    source: "aif360",
    description: "TPR_unprivileged \u2212 TPR_privileged (AIF360 equal_opportunity_difference).",
    direction: "abs_lower_is_better",
    thresholdRange: unit,
    ideal: 0,
    usesMethod: false,
    usesPrivileged: true,
    compute: (f2, o) => truePositiveRateDifference(f2, o.privileged, o.privilegedMinCount)
  },
  {
    name: "average_odds_difference",
    source: "aif360",
    description: "\xBD[(FPR_u \u2212 FPR_p) + (TPR_u \u2212 TPR_p)].",
    direction: "abs_lower_is_better",
    thresholdRange: unit,
    ideal: 0,
    usesMethod: false,
    usesPrivileged: true,
    compute: (f2, o) => averageOddsDifference(f2, o.privileged, o.privilegedMinCount)
  },
  {
    name: "theil_index",
    source: "aif360",
    description: "Generalized entropy (\u03B1 = 1) of b = \u0177 \u2212 y + 1 over all rows.",
    direction: "lower_is_better",
    thresholdRange: [0, Number.MAX_VALUE],
    ideal: 0,
    usesMethod: false,
    usesPrivileged: false,
    compute: (f2) => theilIndex(f2.overall)
  }
]);
var DISPARITY_METRIC_NAMES = DISPARITY_METRICS.map((m) => m.name);
function findDisparityMetric(name) {
  return DISPARITY_METRICS.find((m) => m.name === name);
}
function impactRatios(frame) {
  const values = groupValues(frame, SR);
  const max = maxOf(values.byGroup.map((g) => g.value ?? 0));
  return values.byGroup.map((g) => ({
    group: g.group,
    ratio: max === 0 || g.value === null ? undefinedValue("no group is selected, so SR_g / max SR is 0/0") : defined(g.value / max)
  }));
}

// src/core/fairness/format-number.ts
function formatMetric(x) {
  if (!Number.isFinite(x)) return String(x);
  const s = x.toFixed(4).replace(/\.?0+$/, "");
  return s === "-0" ? "0" : s;
}

// src/core/policy/fairness-schema.ts
var metricNames = DISPARITY_METRIC_NAMES;
var fairnessGateSchema = z7.strictObject({
  metric: z7.enum(metricNames).describe("a Fairlearn/AIF360 disparity name, e.g. demographic_parity_ratio or four_fifths"),
  attributes: z7.array(columnNameSchema).min(1).describe("several = intersection"),
  method: z7.enum(["between_groups", "to_overall"]).default("between_groups"),
  threshold: z7.number(),
  severity: severitySchema.default("error"),
  min_group_size: z7.number().int().min(1).optional(),
  ci_must_cross: z7.boolean().optional().describe("fail only if the whole bootstrap CI lies beyond the threshold"),
  max_worsening: z7.number().min(0).optional().describe("largest allowed worsening vs the champion"),
  privileged: z7.string().min(1).optional().describe("AIF360 privileged group (a group name); default: the most-selected group")
}).superRefine((gate, ctx) => {
  const metric2 = DISPARITY_METRICS.find((m) => m.name === gate.metric);
  if (metric2 === void 0) return;
  if (gate.privileged !== void 0 && !metric2.usesPrivileged) {
    ctx.addIssue({ code: "custom", path: ["privileged"], message: `privileged applies only to AIF360 pairwise metrics (${DISPARITY_METRICS.filter((m) => m.usesPrivileged).map((m) => m.name).join(", ")}), not ${gate.metric}` });
  }
  if (gate.method === "to_overall" && !metric2.usesMethod) {
    ctx.addIssue({ code: "custom", path: ["method"], message: `${gate.metric} has no to_overall form (expected method: between_groups or no method)` });
  }
  const [lo, hi] = metric2.thresholdRange;
  if (!(gate.threshold >= lo && gate.threshold <= hi)) {
    ctx.addIssue({
      code: "custom",
      path: ["threshold"],
      message: `threshold ${gate.threshold} is outside the valid range of ${gate.metric} (expected a number in [${formatMetric(lo)}, ${hi === Number.MAX_VALUE ? "inf" : formatMetric(hi)}])`
    });
  }
});
var fairnessBootstrapSchema = z7.strictObject({
  n_resamples: z7.number().int().min(50).max(1e5).default(1e3),
  confidence_level: z7.number().gt(0).lt(1).default(0.95),
  seed: z7.number().int().default(0)
});
var fairnessSchema = z7.strictObject({
  buckets: z7.record(
    columnNameSchema,
    z7.array(z7.number()).min(1).refine((cuts) => cuts.every((c, i) => i === 0 || c > cuts[i - 1]), "cut points must be strictly increasing")
  ).optional().describe("cut points for numeric attributes; buckets are [c_i, c_{i+1})"),
  min_group_size: z7.number().int().min(1).optional(),
  favorable_label: z7.string().min(1).optional().describe("label value counted as selected (e.g. good); default: the positive class"),
  bootstrap: fairnessBootstrapSchema.optional(),
  gates: z7.array(fairnessGateSchema).default([])
});

// src/core/policy/labels-schema.ts
import { z as z8 } from "zod";
var share2 = z8.number().min(0).max(1);
var labelsSchema = z8.strictObject({
  min_class_share: share2.optional(),
  max_conflicting_share: share2.optional(),
  leakage_pps: share2.optional(),
  severity: severitySchema.default("error")
});

// src/core/policy/metric-gates-schema.ts
import { z as z9 } from "zod";

// src/core/compare/normal-distribution.ts
var INV_SQRT_PI = 0.5641895835477563;
function erfc(x) {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < 3) return 1 - erfSeries(x);
  if (x > 27) return 0;
  let f2 = x;
  for (let k = 120; k >= 1; k--) f2 = x + k / 2 / f2;
  return Math.exp(-x * x) * INV_SQRT_PI / f2;
}
function erfSeries(x) {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= 2 * x2 / (2 * n + 1);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return 2 * INV_SQRT_PI * Math.exp(-x2) * sum;
}
function twoSidedNormalPValue(z19) {
  return erfc(Math.abs(z19) / Math.SQRT2);
}
function chiSquare1Survival(x) {
  return x <= 0 ? 1 : erfc(Math.sqrt(x / 2));
}

// src/core/compare/delong.ts
function delongPlacements(labels, order, m, n) {
  const { order: idx, sorted } = order;
  const total2 = idx.length;
  const v = new Float64Array(total2);
  let posSeen = 0;
  let negSeen = 0;
  let sumTzPos = 0;
  let start = 0;
  for (let k = 0; k < total2; k++) {
    if (k < total2 - 1 && sorted[k + 1] === sorted[k]) continue;
    let posInBlock = 0;
    const sortedLabels = order.labels;
    for (let j = start; j <= k; j++) if ((sortedLabels === void 0 ? labels[idx[j]] : sortedLabels[j]) === 1) posInBlock++;
    const negInBlock = k - start + 1 - posInBlock;
    const tz = (2 * total2 - start - k) / 2;
    const tx = (2 * m - 2 * posSeen - posInBlock + 1) / 2;
    const ty = (2 * n - 2 * negSeen - negInBlock + 1) / 2;
    for (let j = start; j <= k; j++) {
      const row = idx[j];
      if (labels[row] === 1) {
        v[row] = (tz - tx) / n;
        sumTzPos += tz;
      } else {
        v[row] = 1 - (tz - ty) / m;
      }
    }
    posSeen += posInBlock;
    negSeen += negInBlock;
    start = k + 1;
  }
  return { auc: (sumTzPos - m * (m + 1) / 2) / (m * n), v };
}
function covariance(labels, label, a, b, count) {
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] !== label) continue;
    ma += a[i];
    mb += b[i];
  }
  ma /= count;
  mb /= count;
  let saa = 0;
  let sbb = 0;
  let sab = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] !== label) continue;
    const da = a[i] - ma;
    const db = b[i] - mb;
    saa += da * da;
    sbb += db * db;
    sab += da * db;
  }
  return [saa / (count - 1), sbb / (count - 1), sab / (count - 1)];
}
function delongTest(input) {
  const { labels } = input;
  let m = 0;
  for (let i = 0; i < labels.length; i++) m += labels[i];
  const n = labels.length - m;
  if (m < 2 || n < 2) {
    return { test: "delong", statistic: null, p_value: null, details: { auc_champion: null, auc_challenger: null, variance: null }, note: "DeLong needs at least two positives and two negatives" };
  }
  const champ = delongPlacements(labels, input.champion.order, m, n);
  const chal = delongPlacements(labels, input.challenger.order, m, n);
  const [s10cc, s10hh, s10ch] = covariance(labels, 1, champ.v, chal.v, m);
  const [s01cc, s01hh, s01ch] = covariance(labels, 0, champ.v, chal.v, n);
  const varChamp = s10cc / m + s01cc / n;
  const varChal = s10hh / m + s01hh / n;
  const cov = s10ch / m + s01ch / n;
  const variance = varChamp + varChal - 2 * cov;
  const details2 = { auc_champion: champ.auc, auc_challenger: chal.auc, variance, variance_champion: varChamp, variance_challenger: varChal, covariance: cov };
  if (!(variance > 0)) {
    return { test: "delong", statistic: null, p_value: null, details: details2, note: "the variance of the AUC difference is zero (the two rankings agree); nothing to test" };
  }
  const z19 = (chal.auc - champ.auc) / Math.sqrt(variance);
  return { test: "delong", statistic: z19, p_value: twoSidedNormalPValue(z19), details: details2 };
}

// src/core/compare/mcnemar.ts
function binomialHalfCdf(k, n) {
  if (k < 0) return 0;
  if (k >= n) return 1;
  let logTerm = -n * Math.LN2;
  for (let i = 1; i <= k; i++) logTerm += Math.log((n - i + 1) / i);
  let ratio2 = 1;
  let acc = 1;
  for (let i = k; i >= 1; i--) {
    ratio2 *= i / (n - i + 1);
    acc += ratio2;
    if (ratio2 < acc * 1e-17) break;
  }
  return Math.min(1, Math.exp(logTerm) * acc);
}
function mcnemarExactPValue(b, c) {
  return Math.min(1, 2 * binomialHalfCdf(Math.min(b, c), b + c));
}
function mcnemarExactTest(input) {
  const { labels } = input;
  const a = input.champion.preds;
  const z19 = input.challenger.preds;
  let b = 0;
  let c = 0;
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i];
    const champRight = a[i] === y;
    const challRight = z19[i] === y;
    if (champRight && !challRight) b++;
    else if (!champRight && challRight) c++;
  }
  const chi2 = b + c === 0 ? null : (Math.abs(b - c) - 1) ** 2 / (b + c);
  return {
    test: "mcnemar_exact",
    statistic: Math.min(b, c),
    p_value: mcnemarExactPValue(b, c),
    details: { b, c, chi2_corrected: chi2, chi2_p_value: chi2 === null ? null : chiSquare1Survival(chi2) }
  };
}

// src/core/metrics/binary-metrics.ts
var needsProbabilities = (s, f2) => s.calibration === null ? { value: null, warning: "scores are not probabilities in [0, 1]" } : { value: f2() };
var binaryMetrics = [
  {
    name: "roc_auc",
    aliases: ["roc_auc_score"],
    task: "binary",
    greaterIsBetter: true,
    input: "scores",
    description: "Area under the ROC curve (ties count \xBD); sklearn roc_auc_score.",
    compute: (s) => s.positives === 0 || s.negatives === 0 ? { value: null, warning: "Only one class is present in y_true. ROC AUC score is not defined in that case." } : { value: s.rocArea / (s.positives * s.negatives) },
    pairedTest: delongTest
  },
  {
    name: "average_precision",
    aliases: ["average_precision_score"],
    task: "binary",
    greaterIsBetter: true,
    input: "scores",
    description: "\u03A3 (R_n \u2212 R_{n\u22121})\xB7P_n over distinct thresholds, no interpolation; sklearn average_precision_score.",
    compute: (s) => s.positives === 0 ? { value: 0, warning: "No positive class found in y_true, recall is set to one for all thresholds; average precision is 0.0." } : { value: s.apSum / s.positives }
  },
  {
    name: "log_loss",
    aliases: [],
    task: "binary",
    greaterIsBetter: false,
    input: "probabilities",
    description: "Mean negative log-likelihood, p clipped to [eps, 1 \u2212 eps] (eps = float64 eps); sklearn log_loss.",
    compute: (s) => needsProbabilities(s, () => s.logLossSum / s.count)
  },
  {
    name: "brier_score",
    aliases: ["brier_score_loss"],
    task: "binary",
    greaterIsBetter: false,
    input: "probabilities",
    description: "Mean squared difference of probability and outcome; sklearn brier_score_loss.",
    compute: (s) => needsProbabilities(s, () => s.brierSum / s.count)
  },
  {
    name: "accuracy",
    aliases: ["accuracy_score"],
    task: "binary",
    greaterIsBetter: true,
    input: "labels",
    description: "Share of correct predicted labels; sklearn accuracy_score.",
    compute: (s) => ({ value: (s.tp + s.tn) / s.count }),
    pairedTest: mcnemarExactTest
  },
  {
    name: "balanced_accuracy",
    aliases: ["balanced_accuracy_score"],
    task: "binary",
    greaterIsBetter: true,
    input: "labels",
    description: "Mean recall over the classes present in y_true; sklearn balanced_accuracy_score.",
    compute: balancedAccuracy
  },
  {
    name: "precision",
    aliases: ["precision_score"],
    task: "binary",
    greaterIsBetter: true,
    input: "labels",
    description: "TP / (TP + FP), 0.0 with a warning when nothing is predicted positive; sklearn precision_score.",
    compute: (s) => s.tp + s.fp === 0 ? { value: 0, warning: "Precision is ill-defined and being set to 0.0 due to no predicted samples." } : { value: s.tp / (s.tp + s.fp) }
  },
  {
    name: "recall",
    aliases: ["recall_score"],
    task: "binary",
    greaterIsBetter: true,
    input: "labels",
    description: "TP / (TP + FN), 0.0 with a warning when there are no positives; sklearn recall_score.",
    compute: (s) => s.tp + s.fn === 0 ? { value: 0, warning: "Recall is ill-defined and being set to 0.0 due to no true samples." } : { value: s.tp / (s.tp + s.fn) }
  },
  {
    name: "f1",
    aliases: ["f1_score"],
    task: "binary",
    greaterIsBetter: true,
    input: "labels",
    description: "2TP / (2TP + FP + FN), 0.0 with a warning when TP + FP + FN = 0; sklearn f1_score.",
    compute: (s) => s.tp + s.fp + s.fn === 0 ? { value: 0, warning: "F-score is ill-defined and being set to 0.0 due to no true nor predicted samples." } : { value: 2 * s.tp / (2 * s.tp + s.fp + s.fn) }
  },
  {
    name: "mcc",
    aliases: ["matthews_corrcoef"],
    task: "binary",
    greaterIsBetter: true,
    input: "labels",
    description: "Matthews correlation coefficient, 0.0 when the denominator is 0; sklearn matthews_corrcoef.",
    compute: matthews
  },
  {
    name: "ece",
    aliases: ["expected_calibration_error"],
    task: "binary",
    greaterIsBetter: false,
    input: "probabilities",
    description: "Expected calibration error over calibration_curve bins: \u03A3 (n_b/N)\xB7|\u0233_b \u2212 p\u0304_b|.",
    compute: (s) => needsProbabilities(s, () => {
      const { count, sumTrue, sumPred } = s.calibration;
      let ece = 0;
      for (let b = 0; b < count.length; b++) {
        const nb = count[b];
        if (nb > 0) ece += nb / s.count * Math.abs(sumTrue[b] / nb - sumPred[b] / nb);
      }
      return ece;
    })
  }
];
function balancedAccuracy(s) {
  const recalls = [];
  if (s.positives > 0) recalls.push(s.tp / s.positives);
  if (s.negatives > 0) recalls.push(s.tn / s.negatives);
  const value2 = recalls.reduce((a, b) => a + b, 0) / recalls.length;
  const extraClass = s.positives === 0 && s.tp + s.fp > 0 || s.negatives === 0 && s.tn + s.fn > 0;
  return extraClass ? { value: value2, warning: "y_pred contains classes not in y_true" } : { value: value2 };
}
function matthews(s) {
  const n = s.count;
  const tTrue = [s.negatives, s.positives];
  const tPred = [s.tn + s.fn, s.fp + s.tp];
  const covYtYp = (s.tp + s.tn) * n - (tTrue[0] * tPred[0] + tTrue[1] * tPred[1]);
  const covYpYp = n * n - (tPred[0] * tPred[0] + tPred[1] * tPred[1]);
  const covYtYt = n * n - (tTrue[0] * tTrue[0] + tTrue[1] * tTrue[1]);
  if (covYtYt * covYpYp === 0) return { value: 0 };
  return { value: covYtYp / Math.sqrt(covYtYt * covYpYp) };
}

// src/core/metrics/regression-metrics.ts
var regressionMetrics = [
  {
    name: "mae",
    aliases: ["mean_absolute_error"],
    task: "regression",
    greaterIsBetter: false,
    input: "values",
    description: "Mean absolute error; sklearn mean_absolute_error.",
    compute: (s) => ({ value: s.sumAbsError / s.count })
  },
  {
    name: "rmse",
    aliases: ["root_mean_squared_error"],
    task: "regression",
    greaterIsBetter: false,
    input: "values",
    description: "Root mean squared error; sklearn root_mean_squared_error.",
    compute: (s) => ({ value: Math.sqrt(s.sumSquaredError / s.count) })
  },
  {
    name: "r2",
    aliases: ["r2_score"],
    task: "regression",
    greaterIsBetter: true,
    input: "values",
    description: "1 \u2212 SS_res/SS_tot; constant y gives 1.0 if perfect else 0.0 (force_finite); sklearn r2_score.",
    compute: (s) => {
      if (s.count < 2) return { value: null, warning: "R^2 score is not well-defined with less than two samples." };
      if (s.sumSquaresTotal === 0) return { value: s.sumSquaredError === 0 ? 1 : 0 };
      return { value: 1 - s.sumSquaredError / s.sumSquaresTotal };
    }
  },
  {
    name: "mape",
    aliases: ["mean_absolute_percentage_error"],
    task: "regression",
    greaterIsBetter: false,
    input: "values",
    description: "Mean |y \u2212 \u0177| / max(|y|, eps64), a fraction (not percent); sklearn mean_absolute_percentage_error.",
    compute: (s) => ({ value: s.sumAbsPercentageError / s.count })
  }
];

// src/core/metrics/metric-registry.ts
var all = [...binaryMetrics, ...regressionMetrics];
var metricNames2 = all.map((m) => m.name);
var metricSpellings = all.flatMap((m) => [m.name, ...m.aliases]);
function findMetric(name) {
  return all.find((m) => m.name === name || m.aliases.includes(name));
}

// src/core/policy/metric-gates-schema.ts
var metricGateSchema = z9.strictObject({
  // An enum (not a free string) so editors complete metric names and typos fail with file:line:col.
  metric: z9.enum(metricSpellings).describe("a metric of the registry (docs/metrics.md), e.g. roc_auc; scikit-learn function names such as f1_score are accepted"),
  threshold: z9.number().optional(),
  greater_is_better: z9.boolean().optional().describe("default from the metric registry"),
  min_absolute_change: z9.number().nullable().optional(),
  min_relative_change: z9.number().nullable().optional(),
  significance: z9.number().gt(0).lt(1).optional().describe("the change must be significant at this level"),
  severity: severitySchema.default("error")
});
var metricGatesSchema = z9.array(metricGateSchema);

// src/core/policy/proxies-schema.ts
import { z as z10 } from "zod";
var bound = z10.number().min(0).max(1);
var proxiesSchema = z10.strictObject({
  cramers_v: bound.optional(),
  normalized_mutual_info: bound.optional(),
  correlation: bound.optional().describe("absolute Pearson / point-biserial correlation"),
  age_buckets: z10.array(z10.number()).min(1).optional().describe("cut points for numeric protected attributes"),
  severity: severitySchema.default("error")
});

// src/core/policy/policy-file.ts
var policySchema = z11.strictObject({
  version: z11.literal(1),
  name: z11.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'a policy name is lowercase letters, digits, ".", "_" or "-"'),
  description: z11.string().optional(),
  extends: z11.array(z11.string().min(1)).optional().describe("builtin:NAME or paths, applied before this file"),
  data_checks: dataChecksSchema.optional(),
  drift: driftSchema.optional(),
  proxies: proxiesSchema.optional(),
  labels: labelsSchema.optional(),
  metric_gates: metricGatesSchema.optional(),
  fairness: fairnessSchema.optional(),
  compliance: complianceSchema.optional()
});

// src/pipeline/load-project.ts
var ROLES = ["train", "test", "reference"];
var BUILTIN = "builtin:";
async function loadProject(configPath, files, cwd) {
  const display = (abs) => {
    const rel = relative(cwd, abs);
    return rel === "" || isAbsolute(rel) ? abs : rel;
  };
  let path = resolve2(cwd, configPath);
  let kind = await files.kind(path);
  if (kind === "directory") {
    path = join3(path, "mergeml.yaml");
    kind = await files.kind(path);
  }
  if (kind !== "file") throw new ConfigError(`cannot read project file ${display(path)}`, [{ file: display(path), message: kind === "missing" ? "file not found" : "not a regular file", expected: "a mergeml.yaml project file" }]);
  const file = display(path);
  const bytes = await readBytes(files, path, file);
  if (!(bytes instanceof Uint8Array)) throw new ConfigError(`cannot read project file ${file}`, [bytes]);
  const parsed = parseConfigFile(file, bytes, projectSchema);
  if (!parsed.ok) throw new ConfigError(`invalid project file ${file}`, parsed.problems);
  const { value: config, map } = parsed.config;
  const dir = dirname2(path);
  const problems = checkProjectSemantics(file, config, map);
  const at = (p) => ({ ...map.valueAt(p), path: formatPath(p) });
  const builtins = await files.builtinPolicies();
  const cache = /* @__PURE__ */ new Map();
  const checkExists = async (abs, where, what) => {
    const k = await files.kind(abs);
    if (k === "file") return true;
    problems.push({ ...where, message: `${what} ${display(abs)} ${k === "missing" ? "does not exist" : "is not a regular file"}`, expected: `an existing file; paths are relative to the folder of ${where.file ?? file}` });
    return false;
  };
  const loadPolicy = async (ref2, baseDir, where, chain) => {
    let abs;
    const builtin = ref2.startsWith(BUILTIN);
    if (builtin) {
      const name = ref2.slice(BUILTIN.length);
      const found = builtins.get(name);
      if (found === void 0) {
        const hint = suggest(name, builtins.keys());
        problems.push({ ...where, message: `unknown builtin policy pack '${name}'${hint ? ` (did you mean 'builtin:${hint}'?)` : ""}`, expected: `one of: ${[...builtins.keys()].map((n) => BUILTIN + n).join(", ")}` });
        return void 0;
      }
      abs = found;
    } else {
      abs = resolve2(baseDir, ref2);
      if (!await checkExists(abs, where, "policy file")) return void 0;
    }
    if (chain.includes(abs)) {
      problems.push({ ...where, message: `policy '${ref2}' extends itself through ${[...chain, abs].map(display).join(" \u2192 ")}` });
      return void 0;
    }
    if (cache.has(abs)) return cache.get(abs) ?? void 0;
    cache.set(abs, null);
    const pfile = display(abs);
    const pbytes = await readBytes(files, abs, pfile);
    if (!(pbytes instanceof Uint8Array)) {
      problems.push(pbytes);
      return void 0;
    }
    const result2 = parseConfigFile(pfile, pbytes, policySchema);
    if (!result2.ok) {
      problems.push(...result2.problems);
      return void 0;
    }
    const pmap = result2.config.map;
    const extended = [];
    for (const [i, r] of (result2.config.value.extends ?? []).entries()) {
      const w = { file: pfile, ...pmap.valueAt(["extends", i]), path: `extends[${i}]`, message: "" };
      const loaded2 = await loadPolicy(r, dirname2(abs), w, [...chain, abs]);
      if (loaded2) extended.push(loaded2);
    }
    const policy = { ref: ref2, path: abs, file: pfile, builtin, config: result2.config.value, map: pmap, extends: extended };
    cache.set(abs, policy);
    return policy;
  };
  const models = [];
  for (const [name, model] of Object.entries(config.models)) {
    const base = ["models", name];
    const data = [];
    const headers = [];
    for (const role of ROLES) {
      const entry = model.data[role];
      if (entry === void 0) continue;
      const rel = typeof entry === "string" ? entry : entry.path;
      const abs = resolve2(dir, rel);
      const where = { file, ...at(typeof entry === "string" ? [...base, "data", role] : [...base, "data", role, "path"]), message: "" };
      const pin = typeof entry === "string" ? void 0 : entry.sha256;
      const exists = await checkExists(abs, where, `${role} data file`);
      if (exists && pin !== void 0) {
        const actual = await files.sha256(abs);
        if (actual !== pin) problems.push({ file, ...at([...base, "data", role, "sha256"]), message: `sha256 pin does not match ${display(abs)}: pinned ${pin}, file has ${actual}`, expected: "the sha256 of the file as it is (update the pin if the change is intended)" });
      }
      const csv = model.data.format === "csv" || model.data.format === void 0 && !/\.jsonl?$/i.test(rel);
      const header = exists && csv ? await files.firstLine(abs) : void 0;
      if (header !== void 0) headers.push({ role, file: display(abs), columns: parseCsvHeader(header.replace(/^\uFEFF/, ""), model.data.delimiter ?? ",") });
      data.push({ role, path: abs, file: display(abs), ...pin !== void 0 ? { sha256: pin } : {} });
    }
    const columnProblems = checkModelColumns(file, map, name, model, headers);
    problems.push(...columnProblems);
    const train2 = data.find((d) => d.role === "train");
    const trainHeader = headers.find((h) => h.role === "train");
    const readable = train2 !== void 0 && await files.kind(train2.path) === "file" && (trainHeader === void 0 || trainHeader.columns.includes(model.target));
    if (train2 && readable && model.task === "binary_classification") {
      const settings = { ...model.data.format ? { format: model.data.format } : {}, ...model.data.delimiter ? { delimiter: model.data.delimiter } : {}, ...model.data.null_values ? { nullValues: model.data.null_values } : {} };
      const observed = await files.columnValues(train2.path, train2.file, model.target, settings, 20);
      if ("problem" in observed) problems.push(observed.problem);
      else problems.push(...checkTargetValues(file, map, name, model, observed));
    }
    let contract;
    if (model.contract !== void 0) {
      contract = resolve2(dir, model.contract);
      await checkExists(contract, { file, ...at([...base, "contract"]), message: "" }, "contract");
    }
    const policies = [];
    for (const [i, ref2] of model.policies.entries()) {
      const loaded2 = await loadPolicy(ref2, dir, { file, ...at([...base, "policies", i]), message: "" }, []);
      if (loaded2) policies.push(loaded2);
    }
    const ordered = flatten(policies);
    for (const p of ordered) problems.push(...checkPolicyForModel(p.file, p.config, p.map, name, model));
    models.push({ name, config: model, data, ...contract !== void 0 ? { contract, contractFile: display(contract) } : {}, policies, policy: composePolicies(ordered.map((p) => p.config), model.protected.map((p) => p.column)) });
  }
  if (problems.length > 0) throw new ConfigError(`invalid configuration ${file}`, groupByFile(problems, file));
  return Object.freeze({ path, file, dir, config, map, models: Object.freeze(models) });
}
async function readBytes(files, path, file) {
  try {
    return await files.read(path);
  } catch (error) {
    const code3 = error.code;
    return { file, message: `cannot read the file${typeof code3 === "string" ? ` (${code3})` : ""}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
function flatten(policies) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (p) => {
    if (seen.has(p.path)) return;
    seen.add(p.path);
    p.extends.forEach(visit);
    out.push(p);
  };
  policies.forEach(visit);
  return out;
}
function groupByFile(problems, first2) {
  const unique = [...new Map(problems.map((p) => [`${p.file}:${p.line}:${p.column}:${p.message}`, p])).values()];
  const files = [.../* @__PURE__ */ new Set([first2, ...unique.map((p) => p.file ?? "")])];
  return files.flatMap((f2) => sortProblems(unique.filter((p) => (p.file ?? "") === f2)));
}

// src/pipeline/config-check.ts
function summarizeProject(project) {
  const all2 = /* @__PURE__ */ new Map();
  for (const m of project.models) for (const p of flatten(m.policies)) if (!all2.has(p.path)) all2.set(p.path, p);
  return {
    schemaVersion: 1,
    project: project.file,
    valid: true,
    models: project.models.map((m) => ({
      name: m.name,
      task: m.config.task,
      target: m.config.target,
      positive_class: m.config.positive_class ?? null,
      features: [...m.config.features],
      protected: m.config.protected.map((p) => ({ column: p.column, basis: p.basis })),
      data: m.data.map((d) => ({ role: d.role, file: d.file, sha256: d.sha256 ?? null })),
      contract: m.contractFile ?? null,
      policies: [...m.policy.names]
    })),
    policies: [...all2.values()].map((p) => ({
      ref: p.ref,
      name: p.config.name,
      file: p.file,
      builtin: p.builtin,
      extends: p.extends.map((e) => e.ref),
      ...countPolicyGates(p.config)
    }))
  };
}
function invalidConfigReport(project, problems) {
  return {
    schemaVersion: 1,
    project,
    valid: false,
    problems: problems.map((p) => ({ file: p.file ?? null, line: p.line ?? null, column: p.column ?? null, path: p.path ?? null, message: p.message, expected: p.expected ?? null }))
  };
}
async function checkConfig(configPath, files, cwd) {
  return summarizeProject(await loadProject(configPath, files, cwd));
}
function renderConfigSummary(s) {
  const lines = [`${s.project}: valid \u2014 ${s.models.length} model${s.models.length === 1 ? "" : "s"}, ${s.policies.length} polic${s.policies.length === 1 ? "y" : "ies"}`, ""];
  for (const m of s.models) {
    lines.push(`model ${m.name} (${m.task})`);
    lines.push(`  target     ${m.target}${m.positive_class !== null ? ` (positive class: ${String(m.positive_class)})` : ""}`);
    lines.push(`  features   ${m.features.length}: ${m.features.join(", ")}`);
    lines.push(`  protected  ${m.protected.length === 0 ? "none" : m.protected.map((p) => `${p.column} (${p.basis})`).join(", ")}`);
    for (const d of m.data) lines.push(`  ${d.role.padEnd(10)} ${d.file}${d.sha256 ? " (sha256 pinned, verified)" : ""}`);
    if (m.contract) lines.push(`  contract   ${m.contract}`);
    lines.push(`  policies   ${m.policies.length === 0 ? "none" : m.policies.join(" \u2192 ")}`);
    lines.push("");
  }
  if (s.policies.length > 0) lines.push("policies");
  for (const p of s.policies) {
    const parts = [`${p.data_checks} data check${p.data_checks === 1 ? "" : "s"}`, `${p.metric_gates} metric gate${p.metric_gates === 1 ? "" : "s"}`, `${p.fairness_gates} fairness gate${p.fairness_gates === 1 ? "" : "s"}`];
    lines.push(`  ${p.name.padEnd(16)} ${p.builtin ? p.ref : p.file}: ${parts.join(", ")}${p.sections.length > 0 ? `; ${p.sections.join(", ")}` : ""}`);
  }
  return `${lines.join("\n").trimEnd()}
`;
}

// src/cli/commands/config-check.ts
var configCheckCommand = {
  name: "config check",
  summary: "validate mergeml.yaml and every policy it references",
  help: `Usage: mergeml config check [--config FILE] [--json]

Validates the project file and every policy file it references (builtin packs included): YAML syntax,
schema, paths relative to the project file, sha256 pins, and cross-file rules. Every problem of every file
is reported at once as file:line:col.

Options:
  -c, --config FILE  project file, or a folder holding mergeml.yaml (default: mergeml.yaml)
      --json         print the summary as versioned JSON (schemaVersion 1, see docs/config.md)

Exit codes: 0 valid, 2 invalid (problems on stderr), 70 internal error.`,
  options: { config: { type: "string", short: "c" }, json: { type: "boolean" } },
  async run(args, ctx) {
    const json3 = args.values["json"] === true;
    const config = optionalString(args, "config") ?? "mergeml.yaml";
    try {
      const summary2 = await checkConfig(config, nodeConfigFiles(), ctx.cwd);
      ctx.stdout(json3 ? `${JSON.stringify(summary2, null, 2)}
` : renderConfigSummary(summary2));
      return EXIT.ok;
    } catch (error) {
      if (json3 && error instanceof ConfigError) ctx.stdout(`${JSON.stringify(invalidConfigReport(config, error.problems), null, 2)}
`);
      throw error;
    }
  }
};

// src/core/fairness/prediction-collector.ts
var MAX_LISTED = 20;
function sameValue(cell, label) {
  if (cell === label) return true;
  const a = parseNumber(cell);
  const b = parseNumber(label);
  return !Number.isNaN(a) && a === b;
}
function collectPredictions(columns) {
  const yTrue = [];
  const yPred = [];
  const lines = [];
  const cells = new Map(columns.protected.map((c) => [c, []]));
  const labelValues = /* @__PURE__ */ new Set();
  const problems = [];
  let header = [];
  let file = "";
  const indexOf = (batch, name, role) => {
    const i = batch.header.indexOf(name);
    if (i < 0) {
      const hint = suggest(name, batch.header);
      throw new InputError(`${batch.file}: ${role} column \`${name}\` is not in the file`, [
        { file: batch.file, line: 1, message: `no column \`${name}\`${hint ? ` (did you mean \`${hint}\`?)` : ""}`, expected: `one of: ${batch.header.join(", ")}` }
      ]);
    }
    return i;
  };
  return {
    consume(batch) {
      header = batch.header;
      file = batch.file;
      const li = indexOf(batch, columns.label, "label");
      const pi = columns.pred !== void 0 ? indexOf(batch, columns.pred, "prediction") : -1;
      const si = columns.score !== void 0 ? indexOf(batch, columns.score, "score") : -1;
      const protectedIdx = columns.protected.map((c) => columns.required.has(c) || batch.header.includes(c) ? indexOf(batch, c, "protected attribute") : -1);
      const scores = si >= 0 ? batch.numbers(si) : null;
      for (let r = 0; r < batch.length; r++) {
        const line = batch.lines[r];
        const label = batch.cells[li]?.[r] ?? null;
        if (label === null) {
          if (problems.length < MAX_LISTED) problems.push({ file: batch.file, line, message: `label \`${columns.label}\` is missing`, expected: "a label value" });
          continue;
        }
        labelValues.add(label);
        let predicted;
        if (scores !== null) {
          const s = scores[r];
          if (!Number.isFinite(s)) {
            if (problems.length < MAX_LISTED) problems.push({ file: batch.file, line, message: `score \`${columns.score}\` is ${JSON.stringify(batch.cells[si]?.[r] ?? null)}`, expected: "a finite number" });
            continue;
          }
          const isScoreLabel = s >= columns.threshold;
          predicted = columns.scoreLabel === columns.positiveLabel === isScoreLabel ? 1 : 0;
        } else {
          const p = batch.cells[pi]?.[r] ?? null;
          if (p === null) {
            if (problems.length < MAX_LISTED) problems.push({ file: batch.file, line, message: `prediction \`${columns.pred}\` is missing`, expected: "a predicted label" });
            continue;
          }
          predicted = sameValue(p, columns.positiveLabel) ? 1 : 0;
        }
        yTrue.push(sameValue(label, columns.positiveLabel) ? 1 : 0);
        lines.push(line);
        yPred.push(predicted);
        columns.protected.forEach((c, k) => {
          if (protectedIdx[k] >= 0) cells.get(c).push(batch.cells[protectedIdx[k]]?.[r] ?? null);
        });
      }
    },
    finish() {
      if (problems.length > 0) throw new InputError(`${file}: ${problems.length >= MAX_LISTED ? `at least ${MAX_LISTED}` : problems.length} row(s) cannot be evaluated`, problems);
      const values = [...labelValues].sort();
      if (values.length > 2) {
        throw new InputError(`${file}: label \`${columns.label}\` has ${values.length} distinct values; fairness metrics need a binary label`, [{ file, message: `values: ${values.slice(0, 10).join(", ")}${values.length > 10 ? ", \u2026" : ""}`, expected: "two label values" }]);
      }
      if (yTrue.length > 0 && !values.some((v) => sameValue(v, columns.positiveLabel))) {
        throw new InputError(`${file}: no row has the positive label \`${columns.positiveLabel}\` in \`${columns.label}\``, [{ file, message: `label values seen: ${values.join(", ")}`, expected: `--positive set to one of: ${values.join(", ")}` }]);
      }
      const present2 = new Map([...cells].filter(([c]) => header.includes(c)));
      return { yTrue: Uint8Array.from(yTrue), yPred: Uint8Array.from(yPred), columns: present2, header, labelValues: values, lines: Uint32Array.from(lines) };
    }
  };
}

// src/core/fairness/attribute-grouping.ts
var MISSING_GROUP = "(missing)";
function formatCut(x) {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(12)));
}
function bucketLabels(cuts) {
  if (cuts.length === 0) return ["(-inf, inf)"];
  const out = [`(-inf, ${formatCut(cuts[0])})`];
  for (let i = 0; i + 1 < cuts.length; i++) out.push(`[${formatCut(cuts[i])}, ${formatCut(cuts[i + 1])})`);
  out.push(`[${formatCut(cuts[cuts.length - 1])}, inf)`);
  return out;
}
function bucketIndex(x, cuts) {
  let lo = 0, hi = cuts.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (cuts[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function encodeAttribute(spec, cells) {
  const n = cells.length;
  const codes = new Int32Array(n);
  const nonNumericRows = [];
  if (spec.buckets !== void 0) {
    const labels2 = [...bucketLabels(spec.buckets), MISSING_GROUP];
    const missing2 = labels2.length - 1;
    for (let i = 0; i < n; i++) {
      const cell = cells[i] ?? null;
      const x = parseNumber(cell);
      if (cell === null) codes[i] = missing2;
      else if (Number.isNaN(x)) {
        codes[i] = missing2;
        nonNumericRows.push(i);
      } else codes[i] = bucketIndex(x, spec.buckets);
    }
    return { column: spec.column, labels: labels2, codes, nonNumericRows };
  }
  const distinct = /* @__PURE__ */ new Set();
  for (let i = 0; i < n; i++) {
    const cell = cells[i] ?? null;
    if (cell !== null) distinct.add(cell);
  }
  const sorted = [...distinct].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  const labels = [...sorted, distinct.has(MISSING_GROUP) ? `${MISSING_GROUP} (null)` : MISSING_GROUP];
  const index = new Map(sorted.map((v, i) => [v, i]));
  const missing = labels.length - 1;
  for (let i = 0; i < n; i++) {
    const cell = cells[i] ?? null;
    codes[i] = cell === null ? missing : index.get(cell);
  }
  return { column: spec.column, labels, codes, nonNumericRows };
}

// src/core/fairness/group-frame.ts
var INTERSECTION_SEPARATOR = " \xD7 ";
function buildGroupFrame(yTrue, yPred, attributes) {
  const n = yTrue.length;
  const sizes = attributes.map((a) => a.labels.length);
  const rowCell = new Uint8Array(n);
  const combined = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    rowCell[i] = cellOf(yTrue[i], yPred[i]);
    let code3 = 0;
    for (let a = 0; a < attributes.length; a++) code3 = code3 * sizes[a] + attributes[a].codes[i];
    combined[i] = code3;
  }
  const observed = [...new Set(combined)].sort((a, b) => a - b);
  const position = new Map(observed.map((code3, i) => [code3, i]));
  const rowGroup = new Int32Array(n);
  for (let i = 0; i < n; i++) rowGroup[i] = position.get(combined[i]);
  const keys2 = observed.map((code3) => {
    const key = new Array(attributes.length);
    let rest2 = code3;
    for (let a = attributes.length - 1; a >= 0; a--) {
      const size = sizes[a];
      key[a] = attributes[a].labels[rest2 % size];
      rest2 = Math.floor(rest2 / size);
    }
    return key;
  });
  const frame = frameFromAssignments(attributes.map((a) => a.column), keys2, rowGroup, rowCell);
  return { frame, keys: keys2, rowGroup, rowCell };
}
function frameFromAssignments(attributes, keys2, rowGroup, rowCell) {
  const counts = new Float64Array(keys2.length * 4);
  for (let i = 0; i < rowGroup.length; i++) counts[rowGroup[i] * 4 + rowCell[i]] += 1;
  return frameFromCounts(attributes, keys2, counts);
}
function frameFromCounts(attributes, keys2, counts) {
  const groups = [];
  const overall = new Float64Array(4);
  keys2.forEach((key, g) => {
    const c = countsFromVector(counts, g * 4);
    for (let k = 0; k < 4; k++) overall[k] += counts[g * 4 + k];
    if (c.tp + c.fp + c.tn + c.fn > 0) groups.push({ key, name: key.join(INTERSECTION_SEPARATOR), counts: c });
  });
  return { attributes, groups, overall: countsFromVector(overall) };
}
function restrictToGroups(indexed, names2) {
  const keep = indexed.keys.map((k) => names2.has(k.join(INTERSECTION_SEPARATOR)));
  const newIndex = new Int32Array(indexed.keys.length).fill(-1);
  const keys2 = [];
  indexed.keys.forEach((k, g) => {
    if (keep[g]) {
      newIndex[g] = keys2.length;
      keys2.push(k);
    }
  });
  let m = 0;
  for (let i = 0; i < indexed.rowGroup.length; i++) if (keep[indexed.rowGroup[i]]) m++;
  const rowGroup = new Int32Array(m);
  const rowCell = new Uint8Array(m);
  let j = 0;
  for (let i = 0; i < indexed.rowGroup.length; i++) {
    const g = indexed.rowGroup[i];
    if (!keep[g]) continue;
    rowGroup[j] = newIndex[g];
    rowCell[j] = indexed.rowCell[i];
    j++;
  }
  const frame = frameFromAssignments(indexed.frame.attributes, keys2, rowGroup, rowCell);
  return { frame, keys: keys2, rowGroup, rowCell };
}

// src/core/fairness/disparity-bootstrap.ts
function percentile(sorted, q) {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo];
  const b = sorted[Math.min(lo + 1, sorted.length - 1)];
  return a + (h - lo) * (b - a);
}
function bootstrapDisparity(indexed, compute, options2) {
  const rng = createRandom(options2.seed);
  const cellsOf = indexed.keys.map(() => []);
  for (let i = 0; i < indexed.rowGroup.length; i++) cellsOf[indexed.rowGroup[i]].push(indexed.rowCell[i]);
  const groupCells = cellsOf.map((c) => Uint8Array.from(c));
  const counts = new Float64Array(indexed.keys.length * 4);
  const values = [];
  let nUndefined = 0;
  for (let r = 0; r < options2.nResamples; r++) {
    counts.fill(0);
    groupCells.forEach((cells, g) => {
      for (let k = 0; k < cells.length; k++) counts[g * 4 + cells[rng.nextBelow(cells.length)]] += 1;
    });
    const v = compute(frameFromCounts(indexed.frame.attributes, indexed.keys, counts)).value;
    if (v === null) nUndefined++;
    else values.push(v);
  }
  values.sort((a, b) => a - b);
  const alpha = (1 - options2.confidenceLevel) / 2;
  const usable = values.length > 0 && values.length * 2 >= options2.nResamples;
  return {
    low: usable ? percentile(values, alpha) : null,
    high: usable ? percentile(values, 1 - alpha) : null,
    confidenceLevel: options2.confidenceLevel,
    nResamples: options2.nResamples,
    nUndefined,
    method: "percentile, stratified by group",
    seed: options2.seed
  };
}

// src/core/fairness/gate-direction.ts
function violates(direction2, value2, threshold) {
  if (direction2 === "higher_is_better") return value2 < threshold;
  if (direction2 === "lower_is_better") return value2 > threshold;
  return Math.abs(value2) > threshold;
}
function worsening(direction2, candidate, champion) {
  if (direction2 === "higher_is_better") return champion - candidate;
  if (direction2 === "lower_is_better") return candidate - champion;
  return Math.abs(candidate) - Math.abs(champion);
}

// src/core/fairness/fairness-gates.ts
function describe2(m, gate) {
  const method = m.usesMethod ? ` (${gate.method})` : "";
  return `${m.name}${method} over ${gate.attributes.map((a) => `\`${a}\``).join(" \xD7 ")}`;
}
function bound2(m, gate) {
  if (m.direction === "higher_is_better") return `at least ${formatMetric(gate.threshold)}`;
  if (m.direction === "lower_is_better") return `at most ${formatMetric(gate.threshold)}`;
  return `at most ${formatMetric(gate.threshold)} in absolute value`;
}
function evaluateFairnessGate(gate, frames, bootstrap) {
  const result2 = decideGate(gate, frames, bootstrap);
  return { ...result2, reasons: result2.reasons.map((r) => /[.!?]$/.test(r) ? r : `${r}.`) };
}
function decideGate(gate, frames, bootstrap) {
  const m = findDisparityMetric(gate.metric);
  if (m === void 0) throw new Error(`unregistered disparity metric ${gate.metric}; the policy schema should have rejected it`);
  const what = describe2(m, gate);
  const all2 = frames.candidate.frame.groups;
  const excludedGroups = all2.filter((g) => total(g.counts) < gate.minGroupSize).map((g) => ({ group: g.name, count: total(g.counts) }));
  const eligible = new Set(all2.filter((g) => total(g.counts) >= gate.minGroupSize).map((g) => g.name));
  const reasons = [];
  const base = { metric: m.name, attributes: gate.attributes, method: gate.method, threshold: gate.threshold, severity: gate.severity, minGroupSize: gate.minGroupSize, excludedGroups };
  const small = excludedGroups.map((g) => `\`${g.group}\` (${g.count} ${g.count === 1 ? "row" : "rows"})`).join(", ");
  if (excludedGroups.length > 0) reasons.push(`Insufficient data: ${small} ${excludedGroups.length === 1 ? "has" : "have"} fewer than ${gate.minGroupSize} rows and ${excludedGroups.length === 1 ? "is" : "are"} left out of the gate`);
  if (eligible.size < 2) {
    reasons.push(all2.length < 2 ? `Only one group is observed for ${what}, so there is nothing to compare` : `Fewer than two groups have at least ${gate.minGroupSize} rows, so ${what} cannot be judged`);
    return { ...base, status: "warn", value: null, valueNote: "insufficient data", interval: null, champion: null, reasons };
  }
  const candidate = excludedGroups.length > 0 ? restrictToGroups(frames.candidate, eligible) : frames.candidate;
  const options2 = { method: gate.method, ...gate.privileged !== void 0 ? { privileged: gate.privileged } : {} };
  const computed = m.compute(candidate.frame, options2);
  const interval = bootstrap === null ? null : bootstrapDisparity(candidate, (f2) => m.compute(f2, options2), bootstrap);
  if (computed.value === null) {
    reasons.push(`${what} is undefined: ${computed.note ?? "no reason given"}`);
    return { ...base, status: "warn", value: null, valueNote: computed.note ?? null, interval, champion: null, reasons };
  }
  const value2 = computed.value;
  let failed = false;
  let inconclusive = false;
  if (violates(m.direction, value2, gate.threshold)) {
    const ci2 = interval !== null && interval.low !== null && interval.high !== null ? [interval.low, interval.high] : null;
    const ciText = ci2 === null ? "" : ` (${Math.round(interval.confidenceLevel * 100)}% CI [${formatMetric(ci2[0])}, ${formatMetric(ci2[1])}])`;
    if (gate.ciMustCross && ci2 === null) {
      inconclusive = true;
      reasons.push(`${what} is ${formatMetric(value2)}, not ${bound2(m, gate)}, but no bootstrap interval is available (undefined, or the bootstrap is disabled), so significance cannot be judged`);
    } else if (gate.ciMustCross && ci2 !== null && !(violates(m.direction, ci2[0], gate.threshold) && violates(m.direction, ci2[1], gate.threshold))) {
      inconclusive = true;
      reasons.push(`${what} is ${formatMetric(value2)}, not ${bound2(m, gate)}, but the confidence interval${ciText} still reaches the threshold, so the violation is not significant`);
    } else {
      failed = true;
      reasons.push(`${what} is ${formatMetric(value2)}${ciText}, not ${bound2(m, gate)}`);
      const offenders = (m.perGroup?.(candidate.frame) ?? []).filter((g) => g.value !== null && violates(m.direction, g.value, gate.threshold));
      if (offenders.length > 0) reasons.push(`Groups beyond the threshold: ${offenders.map((g) => `\`${g.group}\` (${formatMetric(g.value)})`).join(", ")}`);
    }
  } else {
    reasons.push(`${what} is ${formatMetric(value2)}, ${bound2(m, gate)} as required`);
  }
  let champion = null;
  if (gate.maxWorsening !== void 0) {
    if (frames.champion === void 0) reasons.push("No champion predictions were given, so the change against the champion was not checked");
    else {
      const names2 = new Set(frames.champion.frame.groups.filter((g) => eligible.has(g.name)).map((g) => g.name));
      const championValue = m.compute(restrictToGroups(frames.champion, names2).frame, options2);
      const w = championValue.value === null ? null : worsening(m.direction, value2, championValue.value);
      champion = { value: championValue.value, worsening: w, maxWorsening: gate.maxWorsening };
      if (championValue.value === null) reasons.push(`The champion's ${m.name} is undefined (${championValue.note ?? "no reason"}), so the change was not checked`);
      else if (w > gate.maxWorsening + 1e-12) {
        failed = true;
        reasons.push(`Worse than the champion (${formatMetric(championValue.value)}) by ${formatMetric(w)}, more than the allowed ${formatMetric(gate.maxWorsening)}`);
      } else if (w > 1e-12) {
        reasons.push(`Worse than the champion (${formatMetric(championValue.value)}) by ${formatMetric(w)}, within the allowed ${formatMetric(gate.maxWorsening)}`);
      } else if (w < -1e-12) {
        reasons.push(`Better than the champion (${formatMetric(championValue.value)}) by ${formatMetric(-w)}`);
      } else reasons.push(`Same as the champion (${formatMetric(championValue.value)})`);
    }
  }
  let status = failed ? "fail" : excludedGroups.length > 0 || inconclusive ? "warn" : "pass";
  if (failed && gate.severity === "warning") {
    status = "warn";
    reasons.push("The gate has severity warning, so it does not block");
  }
  return { ...base, status, value: value2, valueNote: computed.note ?? null, interval, champion, reasons };
}

// src/core/fairness/fairness-report.ts
function metricsOf(counts) {
  return Object.fromEntries(GROUP_METRICS.map((m) => [m.name, m.compute(counts)]));
}
function tableOf(indexed, codes, minGroupSize) {
  const frame = indexed.frame;
  const ratios = new Map(impactRatios(frame).map((r) => [r.group, r.ratio]));
  const groups = frame.groups.map((g) => ({
    name: g.name,
    key: g.key,
    count: total(g.counts),
    small: total(g.counts) < minGroupSize,
    metrics: metricsOf(g.counts),
    impactRatio: ratios.get(g.name)
  }));
  const disparities = DISPARITY_METRICS.flatMap(
    (m) => (m.usesMethod ? ["between_groups", "to_overall"] : [null]).map((method) => {
      const v = m.compute(frame, { method: method ?? "between_groups", privilegedMinCount: minGroupSize });
      return { metric: m.name, method, value: v.value, note: v.note ?? null };
    })
  );
  const used = codes.map((c) => new Set(c.codes).size);
  const product = used.reduce((a, b) => a * b, 1);
  return { attributes: frame.attributes, groups, overall: metricsOf(frame.overall), disparities, unobservedIntersections: product - frame.groups.length };
}
function frameFor(input, specs) {
  const codes = [];
  for (const spec of specs) {
    const cells = input.columns.get(spec.column);
    if (cells === void 0) return null;
    codes.push(encodeAttribute(spec, cells));
  }
  return { indexed: buildGroupFrame(input.yTrue, input.yPred, codes), codes };
}
function missingAttributeResult(gate, missing) {
  return {
    metric: gate.metric,
    attributes: gate.attributes,
    method: gate.method,
    threshold: gate.threshold,
    severity: gate.severity,
    minGroupSize: gate.minGroupSize,
    status: gate.severity === "error" ? "fail" : "warn",
    value: null,
    valueNote: "attribute missing",
    interval: null,
    champion: null,
    excludedGroups: [],
    reasons: [`Protected attribute ${missing.map((c) => `\`${c}\``).join(", ")} is missing from the evaluation data, so the gate cannot be evaluated.`]
  };
}
function buildFairnessReport(input, options2) {
  const specOf = new Map(options2.protected.map((s) => [s.column, s]));
  const sets = options2.protected.map((s) => [s.column]);
  if (options2.protected.length > 1) sets.push(options2.protected.map((s) => s.column));
  const setKey = (attrs) => [...attrs].sort().join("\0");
  for (const gate of options2.gates) if (!sets.some((s) => setKey(s) === setKey(gate.attributes))) sets.push([...gate.attributes]);
  const specsFor = (attrs) => attrs.map((c) => specOf.get(c) ?? { column: c });
  const tables = [];
  for (const attrs of sets) {
    const built = frameFor(input, specsFor(attrs));
    if (built !== null) tables.push(tableOf(built.indexed, built.codes, options2.minGroupSize));
  }
  const gates = options2.gates.map((gate) => {
    const missing = gate.attributes.filter((c) => !input.columns.has(c));
    const candidate = frameFor(input, specsFor(gate.attributes));
    if (missing.length > 0 || candidate === null) return missingAttributeResult(gate, missing);
    const champion = options2.champion === void 0 ? null : frameFor(options2.champion, specsFor(gate.attributes));
    return evaluateFairnessGate(gate, { candidate: candidate.indexed, ...champion !== null ? { champion: champion.indexed } : {} }, options2.bootstrap);
  });
  const status = gates.some((g) => g.status === "fail") ? "fail" : gates.some((g) => g.status === "warn") ? "warn" : "pass";
  const buckets2 = Object.fromEntries(options2.protected.flatMap((s) => s.buckets === void 0 ? [] : [[s.column, s.buckets]]));
  return { schemaVersion: 1, kind: "mergeml.fairness", rows: input.yTrue.length, positiveLabel: options2.positiveLabel, minGroupSize: options2.minGroupSize, buckets: buckets2, tables, gates, status };
}

// src/core/report/escape-markdown.ts
var ZWSP = "&#8203;";
var INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
var LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\t]/g;
var MARKDOWN_PUNCTUATION = /[\\`*_[\]()#!|~$^{}]/g;
var PLAIN = /^[A-Za-z][A-Za-z0-9 ,;%]*$/;
function normaliseWhitespace(text3) {
  return text3.replace(INVISIBLE, "").replace(LINE_BREAKS, " ");
}
function breakAutolinks(text3) {
  return text3.replace(/@/g, `@${ZWSP}`).replace(/(?<!&)#(?=\d)/g, `#${ZWSP}`).replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`).replace(/:\/\//g, `:${ZWSP}//`).replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}
function escapeHtmlEntities(text3) {
  return text3.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function escapeMarkdown(text3) {
  if (PLAIN.test(text3)) return text3;
  let out = escapeHtmlEntities(normaliseWhitespace(text3));
  out = out.replace(
    /(&(?:amp|lt|gt|quot|#39);)|([\\`*_[\]()#!|~$^{}])/g,
    (_m, entity, ch) => entity !== void 0 ? entity : `\\${ch ?? ""}`
  );
  out = out.replace(/^(\s*)([-+=])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2");
  return breakAutolinks(out);
}
function escapeHtmlText(text3) {
  const out = escapeHtmlEntities(normaliseWhitespace(text3)).replace(/`/g, "&#96;").replace(/\$/g, "&#36;").replace(/\|/g, "&#124;");
  return breakAutolinks(out);
}
function truncateText(text3, max) {
  if (max < 1) return "";
  const chars = Array.from(text3);
  return chars.length <= max ? text3 : `${chars.slice(0, max - 1).join("")}\u2026`;
}
function escapeValue(text3, max = 200) {
  return escapeMarkdown(truncateText(text3, max));
}
var ESCAPED_MARKDOWN_PUNCTUATION = MARKDOWN_PUNCTUATION.source;

// src/core/fairness/markdown-notes.ts
var MarkdownNotes = class {
  notes = [];
  /** The note number of a text (the same text shares one number). */
  ref(text3) {
    const i = this.notes.indexOf(text3);
    if (i >= 0) return i + 1;
    this.notes.push(text3);
    return this.notes.length;
  }
  /** `n/a (short reason; note k)`: the reason's first clause in the cell, the whole of it in note k. */
  na(reason) {
    const short = truncateText(reason.split(/, |; | \(/)[0] ?? reason, 60);
    return `n/a (${escapeMarkdown(short)}; note ${this.ref(reason)})`;
  }
  /** A cell for a metric value: the number, `n/a (reason; note k)` when undefined, `x (note k)` when conventional. */
  cell(v, bold = false) {
    if (v === void 0) return this.na("not computed");
    if (v.value === null) return this.na(v.note ?? "undefined");
    const number2 = bold ? `**${formatMetric(v.value)}** \u25BC` : formatMetric(v.value);
    return v.note === void 0 ? number2 : `${number2} (note ${this.ref(v.note)})`;
  }
  /** The rendered list, or nothing when no note was referenced. */
  render() {
    if (this.notes.length === 0) return [];
    return ["", "Notes:", "", ...this.notes.map((n, i) => `${i + 1}. ${escapeMarkdown(n)}`)];
  }
};
function markdownTable(header, rows2, numeric = []) {
  const sep2 = header.map((_, i) => numeric[i] ? "---:" : "---");
  const line = (cells) => `| ${cells.map((c) => c === "" ? "\u2014" : c).join(" | ")} |`;
  return [line(header), `|${sep2.join("|")}|`, ...rows2.map(line)];
}

// src/core/fairness/fairness-markdown.ts
var MAX_TABLE_ROWS = 100;
var VERDICT = { pass: "\u2705 pass", fail: "\u274C fail", warn: "\u26A0\uFE0F warn" };
function code(text3) {
  return `\`${text3}\``;
}
function worstIndex(values, direction2) {
  if (direction2 === "neutral") return -1;
  const defined2 = values.filter((v) => v !== null);
  if (defined2.length < 2 || minOf(defined2) === maxOf(defined2)) return -1;
  const target = direction2 === "higher_is_better" ? minOf(defined2) : maxOf(defined2);
  return values.indexOf(target);
}
function groupTable(table, report) {
  const notes = new MarkdownNotes();
  const columns = GROUP_METRICS.filter((m) => m.name !== "count");
  const header = ["group", "count", ...columns.slice(0, 1).map((m) => m.label), "impact ratio", ...columns.slice(1).map((m) => m.label)];
  const worst2 = new Map(columns.map((m) => [m.name, worstIndex(table.groups.map((g) => g.metrics[m.name]?.value ?? null), m.direction)]));
  const worstImpact = worstIndex(table.groups.map((g) => g.impactRatio.value), "higher_is_better");
  const cell = (g, i, name) => notes.cell(g.metrics[name], worst2.get(name) === i);
  const shownGroups = table.groups.slice(0, MAX_TABLE_ROWS);
  const rows2 = shownGroups.map((g, i) => [
    escapeMarkdown(g.name),
    g.small ? `${g.count} \u26A0 (note ${notes.ref(`fewer than ${report.minGroupSize} rows: insufficient data for reliable rates; gates leave such groups out and warn`)})` : String(g.count),
    cell(g, i, "selection_rate"),
    notes.cell(g.impactRatio, worstImpact === i),
    ...columns.slice(1).map((m) => cell(g, i, m.name))
  ]);
  const overall = (name) => table.overall[name];
  rows2.push(["**overall**", String(overall("count")?.value ?? 0), notes.cell(overall("selection_rate")), "1", ...columns.slice(1).map((m) => notes.cell(overall(m.name)))]);
  const title = table.attributes.map((a) => escapeMarkdown(a)).join(" \xD7 ");
  const lines = [`#### By ${title}`, "", ...markdownTable(header, rows2, header.map((_, i) => i > 0))];
  if (table.groups.length > shownGroups.length) lines.push("", `${table.groups.length - shownGroups.length} more group(s) are in the JSON report (\`--json\`); bucket the attribute to get fewer, larger groups.`);
  if (table.unobservedIntersections > 0) lines.push("", `${table.unobservedIntersections} intersection(s) with no rows are skipped, as in Fairlearn's MetricFrame.`);
  const disparityRows = table.disparities.map((d) => [
    code(d.metric) + (d.method === null ? "" : ` (${d.method})`),
    findDisparityMetric(d.metric)?.source ?? "",
    notes.cell({ value: d.value, ...d.note !== null ? { note: d.note } : {} })
  ]);
  lines.push("", "<details><summary>Disparities</summary>", "", ...markdownTable(["disparity", "source", "value"], disparityRows, [false, false, true]), "", "</details>");
  lines.push(...notes.render());
  return lines;
}
function gateRow(g, notes) {
  const ci2 = g.interval === null ? "not computed" : g.interval.low === null || g.interval.high === null ? notes.na(`bootstrap interval undefined: the disparity was undefined in ${g.interval.nUndefined} of ${g.interval.nResamples} resamples`) : `[${formatMetric(g.interval.low)}, ${formatMetric(g.interval.high)}]`;
  const champion = g.champion === null ? "\u2014" : g.champion.value === null ? notes.na("champion value undefined") : `${formatMetric(g.champion.value)} (max worsening ${formatMetric(g.champion.maxWorsening)})`;
  return [
    VERDICT[g.status],
    code(g.metric) + (findDisparityMetric(g.metric)?.usesMethod ? ` (${g.method})` : ""),
    g.attributes.map((a) => escapeMarkdown(a)).join(" \xD7 "),
    g.value === null ? notes.na(g.valueNote ?? "undefined") : formatMetric(g.value),
    ci2,
    formatMetric(g.threshold),
    champion,
    escapeMarkdown(g.reasons.join(" "))
  ];
}
function renderFairnessGates(report) {
  if (report.gates.length === 0) return ["#### Disparity gates", "", "No fairness gates are configured in the policy."];
  const notes = new MarkdownNotes();
  const level = report.gates.find((g) => g.interval !== null)?.interval?.confidenceLevel;
  const header = ["verdict", "gate", "attributes", "value", level === void 0 ? "CI" : `${Math.round(level * 100)}% CI`, "threshold", "champion", "reason"];
  return ["#### Disparity gates", "", ...markdownTable(header, report.gates.map((g) => gateRow(g, notes))), ...notes.render()];
}
function renderFairnessMarkdown(report) {
  const summary2 = report.status === "fail" ? "\u274C a fairness gate failed" : report.status === "warn" ? "\u26A0\uFE0F fairness gates warn" : "\u2705 fairness gates pass";
  const buckets2 = Object.entries(report.buckets).map(([c, cuts]) => `${escapeMarkdown(c)} at ${cuts.map(formatMetric).join(", ")}`);
  const lines = [
    `### Fairness: ${summary2}`,
    "",
    `${report.rows} rows; selection = predicted ${escapeMarkdown(report.positiveLabel)}. Worst value per column in **bold** \u25BC; groups under ${report.minGroupSize} rows marked \u26A0.` + (buckets2.length > 0 ? ` Numeric attributes bucketed into [low, high) intervals: ${buckets2.join("; ")}.` : "") + " Null attribute values form the group `(missing)`.",
    ""
  ];
  for (const table of report.tables) lines.push(...groupTable(table, report), "");
  lines.push(...renderFairnessGates(report), "");
  return lines.join("\n");
}

// src/core/compliance/regulation-b.ts
var CITATION = "12 CFR 1002.2(z)";
var REGULATION_B_BASES = Object.freeze([
  { basis: "race", label: "race", citation: CITATION, nameHint: /^(race|ethnicity|ethnic[_ ]?group)$/i },
  { basis: "color", label: "color", citation: CITATION, nameHint: /^(colou?r|skin[_ ]?colou?r)$/i },
  { basis: "religion", label: "religion", citation: CITATION, nameHint: /^(religion|religious[_ ]?affiliation|faith)$/i },
  { basis: "national_origin", label: "national origin", citation: CITATION, nameHint: /^(national[_ ]?origin|nationality|country[_ ]?of[_ ]?birth|foreign[_ ]?worker|citizenship)$/i },
  { basis: "sex", label: "sex", citation: CITATION, nameHint: /^(sex|gender)$/i },
  { basis: "marital_status", label: "marital status", citation: CITATION, nameHint: /^(marital([_ ]?status)?|married)$/i },
  { basis: "age", label: "age", citation: CITATION, note: "provided the applicant has the capacity to contract", nameHint: /^(age|age[_ ]?years|date[_ ]?of[_ ]?birth|dob|birth[_ ]?year)$/i },
  { basis: "public_assistance_income", label: "income from a public assistance program", citation: CITATION, nameHint: /^(public[_ ]?assistance([_ ]?income)?|welfare[_ ]?income)$/i },
  { basis: "exercised_ccpa_rights", label: "good-faith exercise of Consumer Credit Protection Act rights", citation: CITATION, nameHint: /^(exercised[_ ]?ccpa[_ ]?rights|ccpa[_ ]?rights)$/i }
]);
function basisInfo(basis) {
  return REGULATION_B_BASES.find((b) => b.basis === basis);
}
function basisSuggestedByName(column3) {
  return REGULATION_B_BASES.find((b) => b.nameHint.test(column3.trim()));
}

// src/core/compliance/compliance-checks.ts
function result(r) {
  return { ...r, examples: r.examples ?? [] };
}
function protectedNotFeatures(input, prohibited) {
  const check = "protected_not_features";
  if (input.features === null) {
    return [result({ id: "CR01", check, severity: "error", status: "skip", observed: null, expected: "no prohibited-basis column among the features", message: "the model features are unknown (no project file), so they were not checked" })];
  }
  const out = [];
  const declared = new Map(input.protected.map((p) => [p.column, p.basis]));
  for (const feature of input.features) {
    const basis = declared.get(feature);
    if (basis === null) {
      const hinted2 = basisSuggestedByName(feature);
      const why = hinted2 === void 0 ? "basis not declared" : `basis: ${hinted2.basis} by its name, ${hinted2.citation}`;
      out.push(result({ id: "CR01", check, column: feature, severity: "error", status: "fail", observed: feature, expected: "not a feature", message: `feature \`${feature}\` is a protected attribute (${why})` }));
      continue;
    }
    if (basis !== void 0 && prohibited.has(basis)) {
      const info = basisInfo(basis);
      out.push(result({ id: "CR01", check, column: feature, severity: "error", status: "fail", observed: feature, expected: "not a feature", message: `feature \`${feature}\` is a protected attribute (basis: ${basis}, ${info.citation})` }));
      continue;
    }
    const hinted = basisSuggestedByName(feature);
    if (basis === void 0 && hinted !== void 0 && prohibited.has(hinted.basis)) {
      out.push(result({ id: "CR01", check, column: feature, severity: "warning", status: "fail", observed: feature, expected: "not a feature", message: `feature \`${feature}\` looks like a prohibited basis by its name (basis: ${hinted.basis}, ${hinted.citation}); declare it under \`protected\` and remove it from the features, or rename it if it is not one` }));
    }
  }
  if (out.length === 0) out.push(result({ id: "CR01", check, severity: "error", status: "pass", observed: input.features.length, expected: "no prohibited-basis column among the features", message: `none of the ${input.features.length} features is a prohibited-basis column` }));
  return out;
}
function protectedInEvaluation(input, required) {
  const check = "protected_in_evaluation";
  const severity2 = required ? "error" : "warning";
  const present2 = new Set(input.evaluationColumns);
  const missing = input.protected.filter((p) => !present2.has(p.column));
  if (input.protected.length === 0) {
    return [result({ id: "CR02", check, severity: severity2, status: "fail", observed: 0, expected: "at least one protected attribute", message: "no protected attribute is declared, so fairness cannot be evaluated" })];
  }
  if (missing.length === 0) {
    return [result({ id: "CR02", check, severity: severity2, status: "pass", observed: input.protected.length, expected: "every protected attribute present", message: `all ${input.protected.length} protected attributes are present in the evaluation data` })];
  }
  return missing.map((p) => {
    const hint = suggest(p.column, input.evaluationColumns);
    return result({ id: "CR02", check, column: p.column, severity: severity2, status: "fail", observed: null, expected: "column present in the evaluation data", message: `protected attribute \`${p.column}\`${p.basis === null ? "" : ` (basis: ${p.basis})`} is missing from the evaluation data${hint ? ` (did you mean \`${hint}\`?)` : ""}` });
  });
}
function proxySummary(findings) {
  const check = "proxy_findings";
  if (findings === null) return result({ id: "CR03", check, severity: "warning", status: "skip", observed: null, expected: "proxy analysis run", message: "proxy analysis did not run, so features that stand in for protected attributes were not looked for" });
  const failing = findings.filter((f2) => f2.status === "fail");
  const blocking = failing.filter((f2) => f2.severity === "error");
  return result({
    id: "CR03",
    check,
    severity: blocking.length > 0 ? "error" : "warning",
    status: failing.length > 0 ? "fail" : "pass",
    observed: failing.length,
    expected: 0,
    message: failing.length === 0 ? `no proxy for a protected attribute found (${findings.length} proxy checks passed)` : `${failing.length} feature(s) may act as proxies for a protected attribute: ${failing.map((f2) => `\`${f2.column ?? f2.check}\``).join(", ")}`
  });
}
function runComplianceChecks(input) {
  const prohibited = new Set(input.prohibitedBases ?? PROTECTED_BASES);
  const checks = [
    ...input.forbidProtectedFeatures === false ? [] : protectedNotFeatures(input, prohibited),
    ...protectedInEvaluation(input, input.requireProtectedInEvaluation !== false),
    proxySummary(input.proxyFindings),
    // Passing proxy checks are counted in the summary; only the findings that need attention are listed.
    ...(input.proxyFindings ?? []).filter((f2) => f2.status !== "pass")
  ];
  return checks;
}

// src/core/compliance/compliance-markdown.ts
function mark(c) {
  if (c.status === "pass") return "- [x] \u2705";
  if (c.status === "skip") return "- [ ] \u23ED\uFE0F not run:";
  return c.severity === "error" ? "- [ ] \u274C" : "- [ ] \u26A0\uFE0F";
}
function renderComplianceChecklist(checks) {
  const order = (c) => c.status === "fail" ? c.severity === "error" ? 0 : 1 : c.status === "skip" ? 2 : 3;
  const sorted = [...checks].sort((a, b) => order(a) - order(b));
  const failed = checks.some((c) => c.status === "fail" && c.severity === "error");
  return [
    `#### Compliance checklist (Regulation B): ${failed ? "\u274C failed" : "\u2705 passed"}`,
    "",
    ...sorted.map((c) => `${mark(c)} ${escapeMarkdown(c.message)} (${c.id} ${c.check})`),
    ""
  ].join("\n");
}
function complianceFailed(checks) {
  return checks.some((c) => c.status === "fail" && c.severity === "error");
}

// src/core/compliance/audit-decisions.ts
function fairnessDecisions(report) {
  return report.gates.map((g) => ({
    kind: "fairness",
    name: g.metric,
    attributes: [...g.attributes],
    inputs: {
      method: g.method,
      min_group_size: g.minGroupSize,
      rows: report.rows,
      positive_label: report.positiveLabel,
      ci_low: g.interval?.low ?? null,
      ci_high: g.interval?.high ?? null,
      confidence_level: g.interval?.confidenceLevel ?? null,
      bootstrap_seed: g.interval?.seed ?? null,
      bootstrap_resamples: g.interval?.nResamples ?? null,
      champion_value: g.champion?.value ?? null,
      max_worsening: g.champion?.maxWorsening ?? null,
      excluded_groups: g.excludedGroups.map((e) => `${e.group} (${e.count})`).join("; ") || null
    },
    threshold: g.threshold,
    value: g.value,
    result: g.status,
    severity: g.severity,
    reasons: [...g.reasons]
  }));
}
function complianceDecisions(checks) {
  return checks.map((c) => ({
    kind: "compliance",
    name: c.check,
    attributes: c.column === void 0 ? [] : [c.column],
    inputs: { id: c.id, observed: c.observed, expected: c.expected },
    threshold: null,
    value: typeof c.observed === "number" ? c.observed : null,
    result: c.status === "fail" && c.severity === "warning" ? "warn" : c.status,
    severity: c.severity,
    reasons: [c.message]
  }));
}

// src/pipeline/fairness.ts
async function pass(ports, path, read, consumer) {
  for await (const batch of ports.readBatches(path, read)) consumer.consume(batch);
  return consumer.finish();
}
function checkBuckets(file, data, protectedInputs) {
  for (const p of protectedInputs) {
    const cells = data.columns.get(p.column);
    if (p.buckets === void 0 || cells === void 0) continue;
    const bad = encodeAttribute({ column: p.column, buckets: p.buckets }, cells).nonNumericRows;
    if (bad.length > 0) {
      throw new InputError(`${file}: protected attribute \`${p.column}\` is bucketed at cut points but holds ${bad.length} non-numeric value(s)`, bad.slice(0, 20).map((row) => ({
        file,
        line: data.lines[row] ?? 0,
        message: `\`${p.column}\` is ${JSON.stringify(cells[row])}`,
        expected: "a number, or a configured null value"
      })));
    }
  }
}
async function runFairness(options2, ports) {
  const columns = { ...options2.columns, protected: options2.protected.map((p) => p.column), required: new Set(options2.protected.filter((p) => p.required).map((p) => p.column)) };
  const candidate = await pass(ports, options2.predictions, options2.read, collectPredictions(columns));
  checkBuckets(options2.predictions, candidate, options2.protected);
  const championColumns = { ...columns, required: new Set(candidate.columns.keys()) };
  const champion = options2.baseline === void 0 ? void 0 : await pass(ports, options2.baseline, options2.read, collectPredictions(championColumns));
  if (champion !== void 0 && options2.baseline !== void 0) checkBuckets(options2.baseline, champion, options2.protected);
  const report = buildFairnessReport(candidate, {
    protected: options2.protected.filter((p) => candidate.columns.has(p.column)).map((p) => ({ column: p.column, ...p.buckets !== void 0 ? { buckets: p.buckets } : {} })),
    gates: options2.gates,
    minGroupSize: options2.minGroupSize,
    bootstrap: options2.bootstrap,
    positiveLabel: options2.columns.positiveLabel,
    ...champion !== void 0 ? { champion } : {}
  });
  const checks = runComplianceChecks({
    features: options2.features,
    protected: options2.protected.map((p) => ({ column: p.column, basis: p.basis })),
    evaluationColumns: candidate.header,
    proxyFindings: options2.proxyFindings,
    ...options2.compliance?.prohibited_bases !== void 0 ? { prohibitedBases: options2.compliance.prohibited_bases } : {},
    ...options2.compliance?.forbid_protected_features !== void 0 ? { forbidProtectedFeatures: options2.compliance.forbid_protected_features } : {},
    ...options2.compliance?.require_protected_in_evaluation !== void 0 ? { requireProtectedInEvaluation: options2.compliance.require_protected_in_evaluation } : {}
  });
  const complianceBlocks = complianceFailed(checks);
  const blocking = report.status === "fail" || complianceBlocks;
  const warned = report.status === "warn" || checks.some((c) => c.status === "fail");
  const json3 = {
    schemaVersion: 1,
    kind: "mergeml.fairness-run",
    status: blocking ? "fail" : warned ? "warn" : "pass",
    predictions: { file: options2.predictions, rows: candidate.yTrue.length },
    baseline: champion === void 0 || options2.baseline === void 0 ? null : { file: options2.baseline, rows: champion.yTrue.length },
    fairness: report,
    compliance: { status: complianceBlocks ? "fail" : "pass", checks },
    decisions: [...fairnessDecisions(report), ...complianceDecisions(checks)]
  };
  const markdown = `${renderFairnessMarkdown(report)}
${renderComplianceChecklist(checks)}`;
  return { json: json3, markdown, blocking };
}

// src/pipeline/fairness-options.ts
import { readFile as readFile2 } from "node:fs/promises";
import { isAbsolute as isAbsolute4, resolve as resolve5 } from "node:path";

// src/core/compliance/proxy-findings.ts
import { z as z12 } from "zod";
var scalar = z12.union([z12.number(), z12.string(), z12.null()]);
var checkResultSchema = z12.object({
  id: z12.string().min(1),
  check: z12.string().min(1),
  column: z12.string().optional(),
  severity: z12.enum(["error", "warning"]),
  status: z12.enum(["pass", "fail", "skip"]),
  observed: scalar,
  expected: scalar,
  message: z12.string(),
  examples: z12.array(z12.object({ file: z12.string(), line: z12.number().int(), column: z12.string().optional(), value: z12.string().nullable().optional() })).default([]),
  unexpectedCount: z12.number().optional(),
  elementCount: z12.number().optional(),
  details: z12.record(z12.string(), z12.union([z12.number(), z12.string(), z12.boolean(), z12.null()])).optional()
});
var findingsDocument = z12.union([
  z12.array(checkResultSchema),
  z12.object({ proxies: z12.array(checkResultSchema) }),
  z12.object({ checks: z12.array(checkResultSchema) }),
  z12.object({ results: z12.array(checkResultSchema) })
]);
function parseProxyFindings(json3, file) {
  const parsed = findingsDocument.safeParse(json3);
  if (!parsed.success) {
    throw new InputError(`${file} does not hold proxy findings`, [{ file, message: parsed.error.issues[0]?.message ?? "invalid", expected: "a JSON list of check results, or an object with `proxies`, `checks` or `results`" }]);
  }
  const d = parsed.data;
  const list6 = Array.isArray(d) ? d : "proxies" in d ? d.proxies : "checks" in d ? d.checks : d.results;
  return list6.filter((c) => c.id.toUpperCase().startsWith("PROXY"));
}

// src/pipeline/fairness-project.ts
import { dirname as dirname4, isAbsolute as isAbsolute3, relative as relative3, resolve as resolve4 } from "node:path";

// src/pipeline/load-policy-file.ts
import { dirname as dirname3, isAbsolute as isAbsolute2, relative as relative2, resolve as resolve3 } from "node:path";
var BUILTIN2 = "builtin:";
async function loadPolicyFile(path, files, cwd, protectedColumns) {
  const display = (abs) => {
    const rel = relative2(cwd, abs);
    return rel === "" || rel.startsWith("..") || isAbsolute2(rel) ? abs : rel;
  };
  const builtins = await files.builtinPolicies();
  const problems = [];
  const configs = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = async (ref2, baseDir, from) => {
    let abs;
    if (ref2.startsWith(BUILTIN2)) abs = builtins.get(ref2.slice(BUILTIN2.length));
    else abs = resolve3(baseDir, ref2);
    if (abs === void 0 || await files.kind(abs) !== "file") {
      problems.push({ file: from ?? display(resolve3(baseDir, ref2)), message: `policy ${ref2} ${abs === void 0 ? "is not a builtin pack" : "does not exist"}`, expected: `a policy file, or one of: ${[...builtins.keys()].map((n) => BUILTIN2 + n).join(", ")}` });
      return;
    }
    if (seen.has(abs)) return;
    seen.add(abs);
    const file = display(abs);
    const parsed = parseConfigFile(file, await files.read(abs), policySchema);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      return;
    }
    for (const r of parsed.config.value.extends ?? []) await visit(r, dirname3(abs), file);
    configs.push(parsed.config.value);
  };
  await visit(path, cwd, void 0);
  if (problems.length > 0) throw new ConfigError(`invalid policy ${path}`, problems);
  return { file: display(resolve3(cwd, path)), configs, policy: composePolicies(configs, protectedColumns) };
}

// src/pipeline/fairness-project.ts
function pick(models, wanted, file) {
  const model = wanted === void 0 ? models[0] : models.find((m) => m.name === wanted);
  if (model === void 0 || wanted === void 0 && models.length > 1) {
    throw new UsageError(`mergeml fairness: ${wanted === void 0 ? "the project has several models; choose one with --model" : `no model \`${wanted}\` in ${file}`} (models: ${models.map((m) => m.name).join(", ")}).`);
  }
  return model;
}
async function loadFairnessProject(configPath, modelName, files, cwd) {
  try {
    const project = await loadProject(configPath, files, cwd);
    const model = pick(project.models, modelName, project.file);
    return { file: project.file, dir: project.dir, name: model.name, config: model.config, policy: model.policy, policyConfigs: flatten(model.policies).map((p) => p.config) };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    let path = resolve4(cwd, configPath);
    if (await files.kind(path) === "directory") path = resolve4(path, "mergeml.yaml");
    const rel = relative3(cwd, path);
    const parsed = parseConfigFile(rel === "" || rel.startsWith("..") || isAbsolute3(rel) ? path : rel, await files.read(path), projectSchema);
    if (!parsed.ok) throw error;
    const protectedFeaturePaths = new Set(
      Object.entries(parsed.config.value.models).flatMap(([name, m]) => {
        const declared = new Set(m.protected.map((p) => p.column));
        return m.features.flatMap((f2, i) => declared.has(f2) ? [`models.${name}.features[${i}]`] : []);
      })
    );
    if (protectedFeaturePaths.size === 0 || !error.problems.every((p) => p.path !== void 0 && protectedFeaturePaths.has(p.path))) throw error;
    const models = Object.entries(parsed.config.value.models).map(([name, config]) => ({ name, config }));
    const model = pick(models, modelName, parsed.config.file);
    const columns = model.config.protected.map((p) => p.column);
    const configs = [];
    for (const ref2 of model.config.policies) configs.push(...(await loadPolicyFile(ref2, files, dirname4(path), columns)).configs);
    return { file: parsed.config.file, dir: dirname4(path), name: model.name, config: model.config, policy: composePolicies(configs, columns), policyConfigs: configs };
  }
}

// src/pipeline/fairness-options.ts
var DEFAULT_MIN_GROUP_SIZE = 30;
function inputPath(path, cwd) {
  return isAbsolute4(path) || cwd === process.cwd() ? path : resolve5(cwd, path);
}
var DEFAULT_BOOTSTRAP = Object.freeze({ nResamples: 1e3, confidenceLevel: 0.95, seed: 0 });
function lastSetting(configs, key) {
  let out;
  for (const c of configs) {
    const v = c.fairness?.[key];
    if (v !== void 0) out = v;
  }
  return out;
}
function gatesOf(policies, minGroupSize) {
  return policies.flatMap(
    (p) => p.fairness.gates.map((g) => ({
      metric: g.metric,
      attributes: g.attributes,
      method: g.method,
      threshold: g.threshold,
      severity: g.severity,
      minGroupSize: g.min_group_size ?? minGroupSize,
      ciMustCross: g.ci_must_cross ?? false,
      ...g.max_worsening !== void 0 ? { maxWorsening: g.max_worsening } : {},
      ...g.privileged !== void 0 ? { privileged: g.privileged } : {}
    }))
  );
}
async function resolveFairnessOptions(request2, files, cwd) {
  const model = request2.config === void 0 ? void 0 : await loadFairnessProject(request2.config, request2.model, files, cwd);
  const declared = new Map((model?.config.protected ?? []).map((p) => [p.column, p.basis]));
  const protectedColumns = [.../* @__PURE__ */ new Set([...request2.protected, ...declared.keys()])];
  const standalone = request2.policy === void 0 ? void 0 : await loadPolicyFile(request2.policy, files, cwd, protectedColumns);
  const policies = [...model !== void 0 ? [model.policy] : [], ...standalone !== void 0 ? [standalone.policy] : []];
  const configs = [...model?.policyConfigs ?? [], ...standalone?.configs ?? []];
  if (protectedColumns.length === 0) throw new UsageError("mergeml fairness: name at least one protected attribute with --protected COL, or give --config with a model that declares `protected`. Run `mergeml fairness --help`.");
  const buckets2 = Object.assign({}, ...policies.map((p) => p.fairness.buckets), request2.buckets);
  const minGroupSize = request2.minGroupSize ?? policies.reduce((acc, p) => p.fairness.min_group_size ?? acc, void 0) ?? DEFAULT_MIN_GROUP_SIZE;
  const cliProtected = new Set(request2.protected);
  const protectedInputs = protectedColumns.map((column3) => ({
    column: column3,
    basis: declared.get(column3) ?? null,
    required: cliProtected.has(column3),
    ...buckets2[column3] !== void 0 ? { buckets: buckets2[column3] } : {}
  }));
  const label = request2.label ?? model?.config.target;
  if (label === void 0) throw new UsageError("mergeml fairness: --label is required (or --config with a model `target`). Run `mergeml fairness --help`.");
  if (request2.score === void 0 === (request2.pred === void 0)) throw new UsageError("mergeml fairness: give exactly one of --score COL or --pred COL. Run `mergeml fairness --help`.");
  const modelPositive = model?.config.positive_class === void 0 ? void 0 : String(model.config.positive_class);
  const positive = request2.positive ?? lastSetting(configs, "favorable_label") ?? modelPositive ?? "1";
  const policyBootstrap = lastSetting(configs, "bootstrap");
  const bootstrap = {
    nResamples: request2.resamples ?? policyBootstrap?.n_resamples ?? DEFAULT_BOOTSTRAP.nResamples,
    confidenceLevel: policyBootstrap?.confidence_level ?? DEFAULT_BOOTSTRAP.confidenceLevel,
    seed: request2.seed ?? policyBootstrap?.seed ?? DEFAULT_BOOTSTRAP.seed
  };
  let proxyFindings = null;
  if (request2.proxies !== void 0) {
    let json3;
    try {
      json3 = JSON.parse(await readFile2(resolve5(cwd, request2.proxies), "utf8"));
    } catch (error) {
      throw new InputError(`cannot read proxy findings ${request2.proxies}`, [{ file: request2.proxies, message: error instanceof Error ? error.message : String(error), expected: "a JSON file written by `mergeml validate --json`" }], { cause: error });
    }
    proxyFindings = parseProxyFindings(json3, request2.proxies);
  }
  const compliance = policies.reduce((acc, p) => p.compliance === void 0 ? acc : { ...acc, ...p.compliance }, void 0);
  const nullValues = request2.nullValues ?? model?.config.data.null_values;
  return {
    predictions: inputPath(request2.predictions, cwd),
    ...request2.baseline !== void 0 ? { baseline: inputPath(request2.baseline, cwd) } : {},
    columns: {
      label,
      ...request2.score !== void 0 ? { score: request2.score } : {},
      ...request2.pred !== void 0 ? { pred: request2.pred } : {},
      threshold: request2.threshold ?? 0.5,
      scoreLabel: request2.scoreClass ?? modelPositive ?? positive,
      positiveLabel: positive
    },
    protected: protectedInputs,
    gates: gatesOf(policies, minGroupSize),
    minGroupSize,
    bootstrap: bootstrap.nResamples === 0 ? null : bootstrap,
    features: request2.features ?? model?.config.features ?? null,
    ...compliance !== void 0 ? { compliance } : {},
    proxyFindings,
    read: { ...nullValues !== void 0 ? { nullValues } : {}, ...model?.config.data.delimiter !== void 0 ? { delimiter: model.config.data.delimiter } : {} }
  };
}

// src/pipeline/metrics.ts
import { mkdirSync, renameSync as renameSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname as dirname5 } from "node:path";

// src/core/metrics/prediction-columns.ts
var MAX_PROBLEMS = 20;
var GrowableF64 = class {
  data = new Float64Array(1024);
  length = 0;
  push(v) {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  finish() {
    return this.data.slice(0, this.length);
  }
};
var GrowableI32 = class {
  data = new Int32Array(1024);
  length = 0;
  push(v) {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  finish() {
    return this.data.slice(0, this.length);
  }
};
function classKey(text3) {
  const n = parseNumber(text3);
  return Number.isFinite(n) ? String(n) : text3.trim();
}
function collectPredictionColumns(spec) {
  const problems = [];
  let file = "";
  let indices = null;
  const lines = new GrowableI32();
  const labelCodes = new GrowableI32();
  const predCodes = new GrowableI32();
  const scores = new GrowableF64();
  const targets = new GrowableF64();
  const classes = /* @__PURE__ */ new Map();
  const groupMaps = (spec.groups ?? []).map(() => /* @__PURE__ */ new Map());
  const groupCodes = (spec.groups ?? []).map(() => new GrowableI32());
  const ids = [];
  const probability = (spec.scoreKind ?? "probability") === "probability";
  const problem = (line, column3, message, expected) => {
    problems.push({ file, line, path: column3, message, expected });
    if (problems.length >= MAX_PROBLEMS) fail2();
  };
  const fail2 = () => {
    throw new InputError(`${file}: cannot compute metrics (${problems.length}${problems.length >= MAX_PROBLEMS ? "+" : ""} problem${problems.length === 1 ? "" : "s"})`, problems);
  };
  const resolveColumns = (batch) => {
    const find = (name, role) => {
      const at = batch.header.indexOf(name);
      if (at < 0) {
        const hint = suggest(name, batch.header);
        problems.push({ file, line: 1, message: `no ${role} column ${JSON.stringify(name)}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ""}`, expected: `one of the columns ${batch.header.map((h) => JSON.stringify(h)).join(", ")}` });
      }
      return at;
    };
    const found = {
      label: find(spec.label, "label"),
      score: find(spec.score, spec.task === "regression" ? "prediction" : "score"),
      pred: spec.pred === void 0 ? -1 : find(spec.pred, "predicted-label"),
      id: spec.id === void 0 ? -1 : find(spec.id, "row id"),
      groups: (spec.groups ?? []).map((g) => find(g, "group"))
    };
    if (problems.length > 0) fail2();
    return found;
  };
  const classCode = (text3, line, column3) => {
    if (text3 === null || text3.trim() === "") {
      problem(line, column3, "missing class label", "a class label in every row");
      return 0;
    }
    const key = classKey(text3);
    const known = classes.get(key);
    if (known !== void 0) return known.code;
    if (classes.size === 2) {
      const [a, b] = [...classes.values()];
      problem(line, column3, `a third class ${JSON.stringify(text3)} (after ${JSON.stringify(a.text)} at line ${a.line} and ${JSON.stringify(b.text)} at line ${b.line})`, "binary labels: exactly two classes in the label and predicted-label columns together");
      return 0;
    }
    classes.set(key, { code: classes.size, text: text3.trim(), line, column: column3 });
    return classes.size - 1;
  };
  const numericKeys = /* @__PURE__ */ new Map();
  const numericClassCode = (value2) => {
    if (!Number.isFinite(value2)) return void 0;
    const known = numericKeys.get(value2);
    if (known !== void 0) return known;
    const entry = classes.get(String(value2));
    if (entry === void 0) return void 0;
    numericKeys.set(value2, entry.code);
    return entry.code;
  };
  return {
    consume(batch) {
      file = batch.file;
      indices ??= resolveColumns(batch);
      const ix = indices;
      const scoreNums = batch.numbers(ix.score);
      const scoreCells = { get: (r) => batch.cells[ix.score][r] ?? null };
      const labelCells = { get: (r) => batch.cells[ix.label][r] ?? null };
      const labelNums = batch.numbers(ix.label);
      const predNums = ix.pred >= 0 ? batch.numbers(ix.pred) : null;
      for (let r = 0; r < batch.length; r++) {
        const line = batch.lines[r];
        lines.push(line);
        const s = scoreNums[r];
        if (!Number.isFinite(s)) {
          const cell = scoreCells.get(r);
          problem(line, spec.score, cell === null ? "missing score" : `score ${JSON.stringify(cell)} is ${Number.isNaN(s) ? "not a number" : "infinite"}`, spec.task === "regression" ? "a finite number" : probability ? "a probability in [0, 1]" : "a finite number");
        } else if (spec.task === "binary" && probability && (s < 0 || s > 1)) {
          problem(line, spec.score, `score ${JSON.stringify(scoreCells.get(r))} is not a probability`, "a probability in [0, 1] (pass --score-kind decision for unbounded scores; probability metrics are then skipped)");
        }
        scores.push(s);
        if (spec.task === "regression") {
          const y = labelNums[r];
          if (!Number.isFinite(y)) problem(line, spec.label, `target ${JSON.stringify(labelCells.get(r))} is not a finite number`, "a finite number");
          targets.push(y);
        } else {
          labelCodes.push(numericClassCode(labelNums[r]) ?? classCode(labelCells.get(r), line, spec.label));
          if (ix.pred >= 0) predCodes.push(numericClassCode(predNums[r]) ?? classCode(batch.cells[ix.pred][r] ?? null, line, spec.pred));
        }
        for (let g = 0; g < ix.groups.length; g++) {
          const value2 = batch.cells[ix.groups[g]][r] ?? "<null>";
          const map = groupMaps[g];
          let code3 = map.get(value2);
          if (code3 === void 0) map.set(value2, code3 = map.size);
          groupCodes[g].push(code3);
        }
        if (ix.id >= 0) ids.push(batch.cells[ix.id][r] ?? "");
      }
    },
    finish() {
      if (indices === null || lines.length === 0) {
        throw new InputError(`${file || "predictions"}: no rows`, [{ file, line: 1, message: "the file has no prediction rows", expected: "a header and at least one row" }]);
      }
      if (problems.length > 0) fail2();
      const groups = (spec.groups ?? []).map((name, g) => ({ name, codes: groupCodes[g].finish(), values: [...groupMaps[g].keys()] }));
      const base = { file, rows: lines.length, lines: lines.finish(), groups, ids: spec.id === void 0 ? null : ids };
      if (spec.task === "regression") {
        return { ...base, binary: null, regression: { targets: targets.finish(), predictions: scores.finish() } };
      }
      const positive = positiveClass(file, classes, spec.positive);
      const toBinary = (codes) => {
        const out = new Uint8Array(codes.length);
        for (let i = 0; i < codes.length; i++) out[i] = codes[i] === positive.code ? 1 : 0;
        return out;
      };
      const s = scores.finish();
      const threshold = spec.pred === void 0 ? spec.threshold ?? (probability ? 0.5 : 0) : null;
      let preds;
      if (threshold === null) preds = toBinary(predCodes.finish());
      else {
        preds = new Uint8Array(s.length);
        for (let i = 0; i < s.length; i++) preds[i] = s[i] >= threshold ? 1 : 0;
      }
      const negative = [...classes.values()].find((c) => c.code !== positive.code);
      return {
        ...base,
        binary: { labels: toBinary(labelCodes.finish()), scores: s, preds, probabilities: probability, positiveLabel: positive.text, negativeLabel: negative?.text ?? null, threshold },
        regression: null
      };
    }
  };
}
function positiveClass(file, classes, positive) {
  const keys2 = [...classes.keys()];
  if (positive !== void 0) {
    const found = classes.get(classKey(positive));
    if (found !== void 0) return found;
    if (classes.size === 2) {
      throw new InputError(`${file}: the positive class ${JSON.stringify(positive)} is not one of the labels`, [{ file, line: 1, message: `labels are ${keys2.map((k) => JSON.stringify(classes.get(k).text)).join(" and ")}`, expected: `--positive set to one of them` }]);
    }
    return { code: classes.size, text: positive };
  }
  const lower = keys2.map((k) => k.toLowerCase());
  if (lower.every((k) => k === "0" || k === "1") || lower.every((k) => k === "-1" || k === "1")) {
    return classes.get("1") ?? { code: classes.size, text: "1" };
  }
  if (lower.every((k) => k === "true" || k === "false")) {
    const key = keys2[lower.indexOf("true")];
    return key === void 0 ? { code: classes.size, text: "true" } : classes.get(key);
  }
  throw new InputError(`${file}: cannot tell which class is positive`, [{ file, line: 1, message: `labels are ${keys2.map((k) => JSON.stringify(classes.get(k).text)).join(" and ")}`, expected: "labels 0/1, \u22121/1 or true/false, or --positive naming the positive class" }]);
}

// src/core/metrics/calibration-bins.ts
function edge(k, nBins) {
  return k * (1 / nBins);
}
function calibrationBinOf(p, nBins) {
  let b = Math.floor(p * nBins);
  if (b > nBins - 1) b = nBins - 1;
  if (b < 0) b = 0;
  while (b > 0 && edge(b, nBins) >= p) b--;
  while (b < nBins - 1 && edge(b + 1, nBins) < p) b++;
  return b;
}

// src/core/metrics/threshold-passes.ts
function packGroupCodes(groups) {
  if (groups.length === 0) return null;
  let product = 1;
  for (const g of groups) product *= Math.max(1, g.values.length);
  if (product > 2 ** 32) return null;
  const n = groups[0].codes.length;
  const out = new Uint32Array(n);
  let stride = 1;
  for (const g of groups) {
    const codes = g.codes;
    for (let i = 0; i < n; i++) out[i] += codes[i] * stride;
    stride *= Math.max(1, g.values.length);
  }
  return out;
}
function accumulateThresholds(data, order, weights, groups, bases, slices, rocArea, apSum) {
  const state = { tps: new Float64Array(slices), fps: new Float64Array(slices), blockTp: new Float64Array(slices), blockFp: new Float64Array(slices), touched: new Uint8Array(slices), stack: new Int32Array(slices) };
  if (weights === void 0 && order.labels !== void 0) secondPassOverall(order.labels, order.sorted, rocArea, apSum);
  else thresholdPass(data, order, weights, null, 0, state, rocArea, apSum);
  let stride = 1;
  groups.forEach((g, gi) => {
    if (order.payload !== void 0 && order.labels !== void 0 && weights === void 0) {
      packedThresholdPass(order, stride, Math.max(1, g.values.length), bases[gi], state, rocArea, apSum);
    } else {
      thresholdPass(data, order, weights, g.codes, bases[gi], state, rocArea, apSum);
    }
    stride *= Math.max(1, g.values.length);
  });
}
function packedThresholdPass(order, stride, levels, base, state, rocArea, apSum) {
  const { sorted } = order;
  const labels = order.labels;
  const payload = order.payload;
  const { tps, fps, blockTp, blockFp, touched, stack } = state;
  const n = labels.length;
  let top = 0;
  for (let k = 0; k < n; k++) {
    const s = base + Math.floor(payload[k] / stride) % levels;
    if (touched[s] === 0) {
      touched[s] = 1;
      stack[top++] = s;
    }
    if (labels[k] === 1) blockTp[s]++;
    else blockFp[s]++;
    if (k === n - 1 || sorted[k + 1] !== sorted[k]) {
      while (top > 0) {
        const t = stack[--top];
        touched[t] = 0;
        const t0 = tps[t];
        const bt = blockTp[t];
        const bf = blockFp[t];
        const t1 = t0 + bt;
        const f1 = fps[t] + bf;
        rocArea[t] += bf * (t0 + t1) / 2;
        if (bt > 0) apSum[t] += bt * t1 / (t1 + f1);
        tps[t] = t1;
        fps[t] = f1;
        blockTp[t] = 0;
        blockFp[t] = 0;
      }
    }
  }
}
function thresholdPass(data, order, weights, codes, base, state, rocArea, apSum) {
  const { labels } = data;
  const { order: idx, sorted } = order;
  const sortedLabels = order.labels;
  const { tps, fps, blockTp, blockFp, touched, stack } = state;
  const n = idx.length;
  let top = 0;
  for (let k = 0; k < n; k++) {
    const i = idx[k];
    const w = weights === void 0 ? 1 : weights[i];
    if (w !== 0) {
      const s = codes === null ? 0 : base + codes[i];
      if (touched[s] === 0) {
        touched[s] = 1;
        stack[top++] = s;
      }
      if ((sortedLabels === void 0 ? labels[i] : sortedLabels[k]) === 1) blockTp[s] += w;
      else blockFp[s] += w;
    }
    if (top > 0 && (k === n - 1 || sorted[k + 1] !== sorted[k])) {
      while (top > 0) {
        const s = stack[--top];
        touched[s] = 0;
        const t0 = tps[s];
        const bt = blockTp[s];
        const bf = blockFp[s];
        const t1 = t0 + bt;
        const f1 = fps[s] + bf;
        rocArea[s] += bf * (t0 + t1) / 2;
        if (bt > 0) apSum[s] += bt * t1 / (t1 + f1);
        tps[s] = t1;
        fps[s] = f1;
        blockTp[s] = 0;
        blockFp[s] = 0;
      }
    }
  }
}
function secondPassOverall(labels, sorted, rocArea, apSum) {
  const n = labels.length;
  let tps = 0;
  let fps = 0;
  let bt = 0;
  let bf = 0;
  let area = 0;
  let ap = 0;
  for (let k = 0; k < n; k++) {
    if (labels[k] === 1) bt++;
    else bf++;
    if (k === n - 1 || sorted[k + 1] !== sorted[k]) {
      const t1 = tps + bt;
      const f1 = fps + bf;
      area += bf * (tps + t1) / 2;
      if (bt > 0) ap += bt * t1 / (t1 + f1);
      tps = t1;
      fps = f1;
      bt = 0;
      bf = 0;
    }
  }
  rocArea[0] = area;
  apSum[0] = ap;
}

// src/core/metrics/binary-stats.ts
var EPS = 2220446049250313e-31;
function computeBinaryStats(data, order, options2) {
  const groups = options2.groups ?? [];
  const bases = [];
  let slices = 1;
  for (const g of groups) {
    bases.push(slices);
    slices += g.values.length;
  }
  const nBins = options2.calibrationBins;
  const conf = new Float64Array(slices * 4);
  const logLoss2 = new Float64Array(slices);
  const brier = new Float64Array(slices);
  const calib = data.probabilities ? new Float64Array(slices * nBins * 3) : null;
  firstPass(data, options2.weights, groups, bases, nBins, conf, logLoss2, brier, calib);
  const rocArea = new Float64Array(slices);
  const apSum = new Float64Array(slices);
  accumulateThresholds(data, order, options2.weights, groups, bases, slices, rocArea, apSum);
  const slice = (s) => {
    const tn = conf[s * 4];
    const fp = conf[s * 4 + 1];
    const fn = conf[s * 4 + 2];
    const tp = conf[s * 4 + 3];
    const cal = calib === null ? null : {
      count: calib.slice(s * nBins * 3, s * nBins * 3 + nBins),
      sumTrue: calib.slice(s * nBins * 3 + nBins, s * nBins * 3 + 2 * nBins),
      sumPred: calib.slice(s * nBins * 3 + 2 * nBins, s * nBins * 3 + 3 * nBins)
    };
    return {
      count: tn + fp + fn + tp,
      positives: fn + tp,
      negatives: tn + fp,
      tn,
      fp,
      fn,
      tp,
      logLossSum: data.probabilities ? logLoss2[s] : NaN,
      brierSum: data.probabilities ? brier[s] : NaN,
      calibration: cal,
      rocArea: rocArea[s],
      apSum: apSum[s]
    };
  };
  return {
    overall: slice(0),
    groups: groups.map((g, gi) => g.values.map((_, code3) => slice(bases[gi] + code3)))
  };
}
function firstPass(data, weights, groups, bases, nBins, conf, logLoss2, brier, calib) {
  rowPass(data, weights, null, 0, nBins, conf, logLoss2, brier, calib);
  groups.forEach((g, gi) => rowPass(data, weights, g.codes, bases[gi], nBins, conf, logLoss2, brier, calib));
}
function rowPass(data, weights, codes, base, nBins, conf, logLoss2, brier, calib) {
  const { labels, preds, scores } = data;
  const n = labels.length;
  for (let i = 0; i < n; i++) {
    const w = weights === void 0 ? 1 : weights[i];
    if (w === 0) continue;
    const y = labels[i];
    const s = codes === null ? 0 : base + codes[i];
    conf[s * 4 + y * 2 + preds[i]] += w;
    if (calib === null) continue;
    const p = scores[i];
    const q = y === 1 ? p : 1 - p;
    logLoss2[s] += w * -Math.log(q < EPS ? EPS : q > 1 - EPS ? 1 - EPS : q);
    const d = p - y;
    brier[s] += w * d * d;
    const c = s * nBins * 3 + calibrationBinOf(p, nBins);
    calib[c] += w;
    calib[c + nBins] += w * y;
    calib[c + 2 * nBins] += w * p;
  }
}

// src/core/metrics/regression-stats.ts
var EPS2 = 2220446049250313e-31;
function computeRegressionStats(data, options2) {
  const groups = options2.groups ?? [];
  const weights = options2.weights;
  const bases = [];
  let slices = 1;
  for (const g of groups) {
    bases.push(slices);
    slices += g.values.length;
  }
  const sliceOf = (i, k) => k === 0 ? 0 : bases[k - 1] + groups[k - 1].codes[i];
  const count = new Float64Array(slices);
  const sumY = new Float64Array(slices);
  const abs = new Float64Array(slices);
  const sq = new Float64Array(slices);
  const ape = new Float64Array(slices);
  const { targets: y, predictions: p } = data;
  for (let i = 0; i < y.length; i++) {
    const w = weights === void 0 ? 1 : weights[i];
    if (w === 0) continue;
    const e = y[i] - p[i];
    const ae = Math.abs(e);
    const pe = ae / Math.max(Math.abs(y[i]), EPS2);
    for (let k = 0; k <= groups.length; k++) {
      const s = sliceOf(i, k);
      count[s] += w;
      sumY[s] += w * y[i];
      abs[s] += w * ae;
      sq[s] += w * e * e;
      ape[s] += w * pe;
    }
  }
  const tot = new Float64Array(slices);
  for (let i = 0; i < y.length; i++) {
    const w = weights === void 0 ? 1 : weights[i];
    if (w === 0) continue;
    for (let k = 0; k <= groups.length; k++) {
      const s = sliceOf(i, k);
      const d = y[i] - sumY[s] / count[s];
      tot[s] += w * d * d;
    }
  }
  const slice = (s) => ({
    count: count[s],
    sumAbsError: abs[s],
    sumSquaredError: sq[s],
    sumAbsPercentageError: ape[s],
    sumSquaresTotal: tot[s]
  });
  return { overall: slice(0), groups: groups.map((g, gi) => g.values.map((_, code3) => slice(bases[gi] + code3))) };
}

// src/core/metrics/curves.ts
function computeCurves(data, order, stats, maxPoints) {
  const P = stats.positives;
  const N = stats.negatives;
  const fpsAt = [];
  const tpsAt = [];
  const thrAt = [];
  const { order: idx, sorted } = order;
  const n = idx.length;
  const step = n / Math.max(1, maxPoints - 1);
  let nextMark = step;
  let tps = 0;
  let fps = 0;
  for (let k = 0; k < n; k++) {
    if ((order.labels === void 0 ? data.labels[idx[k]] : order.labels[k]) === 1) tps++;
    else fps++;
    const last = k === n - 1;
    if (last || sorted[k + 1] !== sorted[k]) {
      if (last || k + 1 >= nextMark) {
        fpsAt.push(fps);
        tpsAt.push(tps);
        thrAt.push(sorted[k]);
        while (nextMark <= k + 1) nextMark += step;
      }
    }
  }
  const roc = P > 0 && N > 0 ? { fpr: [0, ...fpsAt.map((f2) => f2 / N)], tpr: [0, ...tpsAt.map((t) => t / P)], thresholds: [null, ...thrAt] } : null;
  const precision_recall = P > 0 ? {
    precision: [...tpsAt.map((t, j) => t / (t + fpsAt[j])).reverse(), 1],
    recall: [...tpsAt.map((t) => t / P).reverse(), 0],
    thresholds: [...thrAt].reverse()
  } : null;
  let calibration = null;
  if (stats.calibration !== null) {
    const { count, sumTrue, sumPred } = stats.calibration;
    const c = { prob_true: [], prob_pred: [], count: [] };
    for (let b = 0; b < count.length; b++) {
      if (count[b] === 0) continue;
      c.prob_true.push(sumTrue[b] / count[b]);
      c.prob_pred.push(sumPred[b] / count[b]);
      c.count.push(count[b]);
    }
    calibration = c;
  }
  return { roc, precision_recall, calibration };
}

// src/core/metrics/sort-order.ts
var RADIX_BITS = 16;
var BUCKETS = 1 << RADIX_BITS;
var MASK = BUCKETS - 1;
function orderByScoreDescending(scores, labels, payload) {
  const n = scores.length;
  if (n >= 2 ** 31) throw new RangeError(`at most 2^31 \u2212 1 rows can be ordered, got ${n}`);
  const bits = new Uint32Array(scores.buffer, scores.byteOffset, n * 2);
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  let idx = new Uint32Array(n);
  const counts = new Uint32Array(BUCKETS * 4);
  for (let i = 0; i < n; i++) {
    const h = bits[2 * i + 1];
    const l = bits[2 * i];
    if (h >>> 31 === 1) {
      hi[i] = h;
      lo[i] = l;
    } else {
      hi[i] = (h ^ 2147483647) >>> 0;
      lo[i] = ~l >>> 0;
    }
    idx[i] = labels === void 0 ? i : (i | labels[i] << 31) >>> 0;
  }
  for (let i = 0; i < n; i++) {
    const l = lo[i];
    const h = hi[i];
    counts[l & MASK]++;
    counts[BUCKETS + (l >>> 16)]++;
    counts[2 * BUCKETS + (h & MASK)]++;
    counts[3 * BUCKETS + (h >>> 16)]++;
  }
  let hi2 = new Uint32Array(n);
  let lo2 = new Uint32Array(n);
  let idx2 = new Uint32Array(n);
  let pay = payload === void 0 ? null : payload.slice();
  let pay2 = pay === null ? null : new Uint32Array(n);
  const offsets = new Uint32Array(BUCKETS);
  for (let pass4 = 0; pass4 < 4; pass4++) {
    const base = pass4 * BUCKETS;
    let trivial = false;
    let sum = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const c = counts[base + b];
      if (c === n) trivial = true;
      offsets[b] = sum;
      sum += c;
    }
    if (trivial) continue;
    const useHigh = pass4 >= 2;
    const shift = pass4 % 2 === 0 ? 0 : 16;
    const keys2 = useHigh ? hi : lo;
    for (let i = 0; i < n; i++) {
      const digit = keys2[i] >>> shift & MASK;
      const to = offsets[digit]++;
      hi2[to] = hi[i];
      lo2[to] = lo[i];
      idx2[to] = idx[i];
      if (pay !== null) pay2[to] = pay[i];
    }
    [hi, hi2] = [hi2, hi];
    [lo, lo2] = [lo2, lo];
    [idx, idx2] = [idx2, idx];
    [pay, pay2] = [pay2, pay];
  }
  const sorted = new Float64Array(n);
  const out = new Uint32Array(sorted.buffer);
  for (let i = 0; i < n; i++) {
    const kh = hi[i];
    const kl = lo[i];
    if (kh >>> 31 === 1) {
      out[2 * i + 1] = kh;
      out[2 * i] = kl;
    } else {
      out[2 * i + 1] = (kh ^ 2147483647) >>> 0;
      out[2 * i] = ~kl >>> 0;
    }
  }
  const extra = pay === null ? {} : { payload: pay };
  if (labels === void 0) return { order: idx, sorted, ...extra };
  const sortedLabels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const packed = idx[i];
    sortedLabels[i] = packed >>> 31;
    idx[i] = packed & 2147483647;
  }
  return { order: idx, sorted, labels: sortedLabels, ...extra };
}

// src/core/metrics/metrics-report.ts
var METRICS_SCHEMA_VERSION = 1;
function evaluateMetrics(metrics, stats) {
  const values = {};
  const warnings = [];
  for (const metric2 of metrics) {
    const outcome = metric2.compute(stats);
    values[metric2.name] = outcome.value !== null && Number.isFinite(outcome.value) ? outcome.value : null;
    if (outcome.warning !== void 0) warnings.push({ metric: metric2.name, message: outcome.warning });
  }
  return { metrics: values, warnings };
}
function binarySlice(stats) {
  const { metrics, warnings } = evaluateMetrics(binaryMetrics, stats);
  return {
    count: stats.count,
    positives: stats.positives,
    negatives: stats.negatives,
    metrics,
    confusion_matrix: { tn: stats.tn, fp: stats.fp, fn: stats.fn, tp: stats.tp },
    warnings
  };
}
function regressionSlice(stats) {
  const { metrics, warnings } = evaluateMetrics(regressionMetrics, stats);
  return { count: stats.count, metrics, warnings };
}
function binaryMetricsReport(data, options2) {
  const order = options2.order ?? orderByScoreDescending(data.scores, data.labels, packGroupCodes(options2.groups) ?? void 0);
  const stats = computeBinaryStats(data, order, { calibrationBins: options2.calibrationBins, groups: options2.groups });
  return {
    schemaVersion: METRICS_SCHEMA_VERSION,
    kind: "metrics",
    task: "binary",
    source: options2.source,
    overall: binarySlice(stats.overall),
    curves: computeCurves(data, order, stats.overall, options2.curvePoints),
    groups: options2.groups.map((g, gi) => ({
      column: g.name,
      groups: g.values.map((value2, code3) => ({ value: value2, ...binarySlice(stats.groups[gi][code3]) }))
    }))
  };
}
function regressionMetricsReport(data, options2) {
  const stats = computeRegressionStats(data, { groups: options2.groups });
  return {
    schemaVersion: METRICS_SCHEMA_VERSION,
    kind: "metrics",
    task: "regression",
    source: options2.source,
    overall: regressionSlice(stats.overall),
    curves: null,
    groups: options2.groups.map((g, gi) => ({
      column: g.name,
      groups: g.values.map((value2, code3) => ({ value: value2, ...regressionSlice(stats.groups[gi][code3]) }))
    }))
  };
}

// src/pipeline/metrics.ts
var DEFAULT_CALIBRATION_BINS = 5;
var DEFAULT_CURVE_POINTS = 101;
async function readPredictionColumns(path, spec, read = {}) {
  const pass4 = await runPass(path, read, [collectPredictionColumns(spec)]);
  return pass4.results[0];
}
function metricsOfColumns(columns, options2, order) {
  const source2 = {
    file: columns.file,
    label: options2.label,
    score: options2.score,
    pred: options2.pred ?? null,
    threshold: columns.binary?.threshold ?? null,
    positive_label: columns.binary?.positiveLabel ?? null,
    negative_label: columns.binary?.negativeLabel ?? null,
    score_kind: columns.binary === null ? null : columns.binary.probabilities ? "probability" : "decision",
    rows: columns.rows
  };
  if (columns.regression !== null) return regressionMetricsReport(columns.regression, { groups: columns.groups, source: source2 });
  return binaryMetricsReport(columns.binary, {
    calibrationBins: options2.calibrationBins ?? DEFAULT_CALIBRATION_BINS,
    curvePoints: options2.curvePoints ?? DEFAULT_CURVE_POINTS,
    groups: columns.groups,
    source: source2,
    ...order ? { order } : {}
  });
}
async function computeMetrics(options2) {
  const columns = await readPredictionColumns(options2.predictions, options2, options2.read);
  return metricsOfColumns(columns, options2);
}
function writeOutputAtomic(path, text3) {
  mkdirSync(dirname5(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync2(tmp, text3);
  renameSync2(tmp, path);
}

// src/cli/commands/fairness.ts
import { resolve as resolve6 } from "node:path";
var NAME = "fairness";
function list(args, name) {
  const v = args.values[name];
  return Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
}
function number(args, name, ok, expected) {
  const text3 = optionalString(args, name);
  if (text3 === void 0) return void 0;
  const n = Number(text3);
  if (text3.trim() === "" || !Number.isFinite(n) || !ok(n)) throw new UsageError(`mergeml ${NAME}: --${name} ${JSON.stringify(text3)} is not valid (expected ${expected}). Run \`mergeml ${NAME} --help\`.`);
  return n;
}
function buckets(args) {
  const out = {};
  for (const spec of list(args, "bucket")) {
    const m = /^(.+)=(.+)$/.exec(spec);
    const cuts = m?.[2]?.split(",").map((x) => Number(x.trim())) ?? [];
    if (m === null || cuts.length === 0 || cuts.some((c) => !Number.isFinite(c)) || cuts.some((c, i) => i > 0 && c <= cuts[i - 1])) {
      throw new UsageError(`mergeml ${NAME}: --bucket ${JSON.stringify(spec)} is not valid (expected COL=c1,c2,\u2026 with strictly increasing numbers, e.g. Age=25,35,45,55,65).`);
    }
    out[m[1]] = cuts;
  }
  return out;
}
function request(args) {
  const opt = (name) => optionalString(args, name);
  const features = opt("features");
  const nulls = list(args, "null-value");
  const entries = [
    ["baseline", opt("baseline")],
    ["label", opt("label")],
    ["score", opt("score")],
    ["pred", opt("pred")],
    ["threshold", number(args, "threshold", () => true, "a number")],
    ["positive", opt("positive")],
    ["scoreClass", opt("score-class")],
    ["minGroupSize", number(args, "min-group-size", (n) => Number.isInteger(n) && n >= 1, "a positive integer")],
    ["seed", number(args, "seed", Number.isInteger, "an integer")],
    ["resamples", number(args, "resamples", (n) => n === 0 || Number.isInteger(n) && n >= 50 && n <= 1e5, "0 (no intervals) or an integer from 50 to 100000")],
    ["features", features === void 0 ? void 0 : features.split(",").map((f2) => f2.trim()).filter((f2) => f2 !== "")],
    ["proxies", opt("proxies")],
    ["nullValues", nulls.length > 0 ? nulls : void 0],
    ["config", opt("config")],
    ["model", opt("model")],
    ["policy", opt("policy")]
  ];
  return {
    predictions: requireString(args, "predictions", NAME),
    protected: list(args, "protected"),
    buckets: buckets(args),
    ...Object.fromEntries(entries.filter(([, v]) => v !== void 0))
  };
}
function write(target, text3, ctx) {
  if (target === void 0) return;
  if (target === "-") ctx.stdout(text3);
  else writeOutputAtomic(resolve6(ctx.cwd, target), text3);
}
function summary(result2) {
  const icon2 = { pass: "\u2705", fail: "\u274C", warn: "\u26A0\uFE0F" };
  const { fairness, compliance } = result2.json;
  const lines = [`fairness: ${result2.json.status} (${fairness.rows} rows; ${fairness.gates.length} gate(s); compliance ${compliance.status})`];
  for (const table of fairness.tables) {
    const shown = table.groups.slice(0, 40).map((g) => `${g.name} ${g.count}${g.small ? " (small)" : ""}`);
    const more2 = table.groups.length > shown.length ? `, \u2026 ${table.groups.length - shown.length} more` : "";
    lines.push(`  groups by ${table.attributes.join(" \xD7 ")}: ${shown.join(", ")}${more2}`);
  }
  for (const g of fairness.gates) lines.push(`  ${icon2[g.status]} ${g.metric} over ${g.attributes.join(" \xD7 ")}: ${g.reasons.join(" ")}`);
  for (const c of compliance.checks) if (c.status === "fail") lines.push(`  ${c.severity === "error" ? icon2.fail : icon2.warn} ${c.id} ${c.check}: ${c.message}`);
  return `${lines.join("\n")}
`;
}
var fairnessCommand = {
  name: NAME,
  summary: "group fairness metrics, bias gates and Regulation B compliance checks on a predictions file",
  help: `Usage: mergeml fairness --predictions FILE --label COL (--score COL | --pred COL) --protected COL...
                        [--config mergeml.yaml [--model NAME]] [--policy FILE] [--baseline FILE]
                        [--json OUT] [--markdown OUT]

Computes Fairlearn MetricFrame-style metrics per protected group and intersection (count, selection rate,
TPR, FPR, FNR, precision, accuracy), Fairlearn and AIF360 disparities, evaluates the policy's fairness
gates (with a seeded bootstrap interval and the champion comparison) and the Regulation B compliance
checks. See docs/fairness.md and docs/compliance.md.

Options:
  --predictions FILE      predictions file (.csv, or .jsonl / .ndjson) with label, prediction, protected columns
  --label COL             true label column (default: the model's target with --config)
  --score COL             probability that the label is --score-class; predicted when score >= --threshold
  --pred COL              predicted label column (instead of --score)
  --threshold T           decision threshold for --score (default 0.5)
  --positive LABEL        label value counted as selected (default: policy fairness.favorable_label, the
                          model's positive_class, else 1)
  --score-class LABEL     the class --score is the probability of (default: positive_class, else --positive)
  --protected COL         protected attribute (repeatable); must be in the file. With --config the model's
                          protected attributes are added; missing ones fail the compliance check instead
  --bucket COL=c1,c2,...  bucket a numeric attribute into [c_i, c_{i+1}) (repeatable; overrides the policy)
  --min-group-size N      groups smaller than N are flagged and left out of gates (default: policy, else 30)
  --config FILE           project file: target, positive class, features, protected attributes, policies
  --model NAME            model in the project file (required when it has several)
  --policy FILE           policy file (its fairness gates and compliance settings; may extend builtin packs)
  --baseline FILE         the champion's predictions, for the gates' max_worsening
  --features A,B,...      model features for the compliance check (default: the model's with --config)
  --proxies FILE          proxy findings (JSON check results from validation) to carry into the report
  --null-value TEXT       cell text that means missing (repeatable; default: the project's null_values, else empty)
  --seed N                bootstrap seed (default: policy fairness.bootstrap.seed, else 0)
  --resamples N           bootstrap resamples (default 1000; 0 = no intervals)
  --json OUT              write the versioned JSON report (schemaVersion 1) to OUT ('-' for stdout)
  --markdown OUT          write the PR-comment sections (fairness tables, gates, compliance checklist)

Exit codes: 0 all gates pass (warnings allowed), 1 a fairness gate or compliance check failed (reports are
written first), 2 usage, input or config error (e.g. a threshold outside its valid range), 70 internal error.`,
  options: {
    predictions: { type: "string" },
    baseline: { type: "string" },
    label: { type: "string" },
    score: { type: "string" },
    pred: { type: "string" },
    threshold: { type: "string" },
    positive: { type: "string" },
    "score-class": { type: "string" },
    protected: { type: "string", multiple: true },
    bucket: { type: "string", multiple: true },
    "min-group-size": { type: "string" },
    config: { type: "string" },
    model: { type: "string" },
    policy: { type: "string" },
    features: { type: "string" },
    proxies: { type: "string" },
    "null-value": { type: "string", multiple: true },
    seed: { type: "string" },
    resamples: { type: "string" },
    json: { type: "string" },
    markdown: { type: "string" }
  },
  async run(args, ctx) {
    const options2 = await resolveFairnessOptions(request(args), nodeConfigFiles(), ctx.cwd);
    const result2 = await runFairness(options2, { readBatches });
    write(optionalString(args, "json"), `${JSON.stringify(result2.json, null, 2)}
`, ctx);
    write(optionalString(args, "markdown"), result2.markdown, ctx);
    const json3 = optionalString(args, "json");
    const markdown = optionalString(args, "markdown");
    (json3 === "-" || markdown === "-" ? ctx.stderr : ctx.stdout)(summary(result2));
    return result2.blocking ? EXIT.failed : EXIT.ok;
  }
};

// src/cli/commands/init.ts
import { resolve as resolve7 } from "node:path";

// src/adapters/config/node-init-files.ts
import { mkdir, readFile as readFile3, readdir as readdir2, rename, stat as stat2, writeFile } from "node:fs/promises";
import { dirname as dirname6, join as join4 } from "node:path";
function nodeInitFiles(starterDir = workflowsDir()) {
  return {
    exists: async (path) => {
      try {
        await stat2(path);
        return true;
      } catch {
        return false;
      }
    },
    firstLine: (path) => readFirstLine(path),
    starterWorkflows: async () => {
      let names2;
      try {
        names2 = (await readdir2(starterDir)).filter((n) => /\.ya?ml$/.test(n)).sort();
      } catch {
        return /* @__PURE__ */ new Map();
      }
      return new Map(await Promise.all(names2.map(async (n) => [n, await readFile3(join4(starterDir, n), "utf8")])));
    },
    // Each file goes to a temp name beside it and is renamed into place: a reader never sees half a file.
    writeAll: async (files) => {
      for (const f2 of files) {
        await mkdir(dirname6(f2.path), { recursive: true });
        const tmp = `${f2.path}.${process.pid}.tmp`;
        await writeFile(tmp, f2.content);
        await rename(tmp, f2.path);
      }
    }
  };
}

// src/pipeline/init.ts
import { basename as basename2, join as join5, relative as relative4 } from "node:path";

// src/core/config/scaffold.ts
var BASIS_TOKENS = {
  age: "age",
  sex: "sex",
  gender: "sex",
  race: "race",
  ethnicity: "race",
  religion: "religion",
  marital: "marital_status",
  nationality: "national_origin",
  citizenship: "national_origin",
  foreignworker: "national_origin",
  foreign: "national_origin"
};
function guessBasis(column3) {
  const whole = column3.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (BASIS_TOKENS[whole]) return BASIS_TOKENS[whole];
  const tokens = column3.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/);
  for (const t of tokens) if (BASIS_TOKENS[t]) return BASIS_TOKENS[t];
  return void 0;
}
var PLAIN2 = /^[A-Za-z_][A-Za-z0-9_.\-/*]*$/;
var RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;
function yamlScalar(value2) {
  return PLAIN2.test(value2) && !RESERVED.test(value2) ? value2 : JSON.stringify(value2);
}
function renderProjectTemplate(model, schemaRef) {
  const head = [`# yaml-language-server: $schema=${schemaRef}`, "# MergeML project file. Reference: docs/config.md in the mergeml package.", "version: 1"];
  const block = (m) => [
    `  ${m.name}:`,
    "    task: binary_classification",
    "    data:",
    `      train: ${yamlScalar(m.train)}`,
    `      # test: data/test.csv`,
    `      # reference: data/reference.csv   # production data, for drift`,
    `    target: ${yamlScalar(m.target)}`,
    `    positive_class: ${yamlScalar(m.positiveClass)}`,
    `    features: [${m.features.map(yamlScalar).join(", ")}]`,
    m.protected.length === 0 ? "    protected: []   # e.g. - {column: Age, basis: age}" : "    protected:",
    ...m.protected.map((p) => `      - {column: ${yamlScalar(p.column)}, basis: ${p.basis}}`),
    "    policies: [policy.yaml, builtin:regulation-b]",
    "    train:",
    "      seed: 42",
    "      model: {type: logistic_regression, l2: 0.0001}",
    "      epochs: 30",
    "      class_weight: balanced"
  ];
  const example = { name: "my-model", train: "data/train.csv", target: "label", positiveClass: "yes", features: ["feature_a", "feature_b"], protected: [{ column: "age", basis: "age" }] };
  const body = model ? ["models:", ...block(model)] : ["# No data yet: add a model when you have a training file, for example", "# (or run `mergeml init --train data/train.csv --target COLUMN --positive-class VALUE --force`):", "models: {}", ...block(example).map((l) => `#${l}`)];
  return `${[...head, ...body, "registry:", "  stages: [staging, production]", "  binaries: commit", ""].join("\n")}`;
}
function renderPolicyTemplate(schemaRef) {
  return [
    `# yaml-language-server: $schema=${schemaRef}`,
    "# MergeML policy. Builtin packs and every section: docs/policies.md in the mergeml package.",
    "version: 1",
    "name: project-policy",
    "description: Gates every model of this repository must pass.",
    "extends: [builtin:data-quality, builtin:metric-gates]",
    "metric_gates:",
    "  - metric: roc_auc",
    "    threshold: 0.7",
    "    greater_is_better: true",
    "    min_absolute_change: -0.01",
    "    severity: error",
    "fairness:",
    "  min_group_size: 30",
    "  gates:",
    "    - metric: demographic_parity_ratio   # four-fifths rule on each protected attribute ('*')",
    "      attributes: ['*']",
    "      method: between_groups",
    "      threshold: 0.8",
    "      severity: error",
    "compliance:",
    `  prohibited_bases: [${PROTECTED_BASES.join(", ")}]`,
    "  forbid_protected_features: true",
    ""
  ].join("\n");
}

// src/pipeline/init.ts
var SCHEMA_REF = "./node_modules/mergeml/policies";
async function scaffoldModel(o, files) {
  if (o.train === void 0) {
    if (o.target !== void 0 || o.positiveClass !== void 0) throw new UsageError("mergeml init: --target and --positive-class need --train FILE.");
    return void 0;
  }
  if (o.target === void 0 || o.positiveClass === void 0) throw new UsageError("mergeml init: --train needs --target COLUMN and --positive-class VALUE.");
  const header = await files.firstLine(join5(o.dir, o.train));
  if (header === void 0) throw new UsageError(`mergeml init: cannot read ${o.train} (relative to ${o.dir}); expected a CSV file with a header row.`);
  const columns = parseCsvHeader(header.replace(/^\uFEFF/, ""));
  if (!columns.includes(o.target)) throw new UsageError(`mergeml init: target column '${o.target}' is not in the header of ${o.train} (columns: ${columns.join(", ")}).`);
  const name = o.model ?? (basename2(o.dir).toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[^a-z0-9]+/, "") || "model");
  if (!MODEL_NAME.test(name)) throw new UsageError(`mergeml init: model name '${name}' is not valid; pass --model NAME (lowercase letters, digits, ".", "_", "-").`);
  const prot = columns.filter((c) => c !== o.target).flatMap((c) => {
    const basis = guessBasis(c);
    return basis ? [{ column: c, basis }] : [];
  });
  const features = columns.filter((c) => c !== o.target && !prot.some((p) => p.column === c));
  return { name, train: o.train, target: o.target, positiveClass: o.positiveClass, features, protected: prot };
}
async function initProject(o, files) {
  const model = await scaffoldModel(o, files);
  const planned = [
    { path: join5(o.dir, "mergeml.yaml"), content: renderProjectTemplate(model, `${SCHEMA_REF}/project.schema.json`) },
    { path: join5(o.dir, "policy.yaml"), content: renderPolicyTemplate(`${SCHEMA_REF}/policy.schema.json`) }
  ];
  for (const [name, content] of [...await files.starterWorkflows()].sort(([a], [b]) => a.localeCompare(b))) {
    planned.push({ path: join5(o.dir, ".github", "workflows", name), content });
  }
  if (!o.force) {
    const existing = [];
    for (const f2 of planned) if (await files.exists(f2.path)) existing.push(relative4(o.dir, f2.path));
    if (existing.length > 0) {
      throw new UsageError(`mergeml init: ${existing.join(", ")} already exist${existing.length === 1 ? "s" : ""} in ${o.dir}; nothing was written. Use --force to overwrite.`);
    }
  }
  await files.writeAll(planned);
  return {
    schemaVersion: 1,
    dir: o.dir,
    written: planned.map((f2) => relative4(o.dir, f2.path)),
    model: model ? { name: model.name, features: model.features.length, protected: model.protected.map((p) => ({ column: p.column, basis: p.basis })) } : null
  };
}

// src/cli/commands/init.ts
var initCommand = {
  name: "init",
  summary: "scaffold mergeml.yaml, a policy and the starter workflows",
  help: `Usage: mergeml init [--dir DIR] [--force] [--train FILE --target COLUMN --positive-class VALUE [--model NAME]] [--json]

Writes mergeml.yaml, policy.yaml and the starter workflows (.github/workflows/) into DIR. Without --train,
mergeml.yaml declares no model yet (a commented example shows the shape). With --train, the model's
features are read from the CSV header; columns whose names suggest a Regulation B basis (age, sex, gender,
race, religion, marital, nationality, foreign\u2026) are proposed as protected attributes instead of features.
Refuses to overwrite an existing file unless --force. Files are written atomically.

Options:
  -d, --dir DIR              target folder (default: the current folder)
  -f, --force                overwrite existing files
      --train FILE           training CSV, relative to DIR
      --target COLUMN        target column (with --train)
      --positive-class VALUE positive class of the target (with --train)
      --model NAME           model name (default: the folder's name)
      --json                 print the result as JSON (schemaVersion 1)

Exit codes: 0 written, 2 usage error or a file exists (nothing written), 70 internal error.`,
  options: {
    dir: { type: "string", short: "d" },
    force: { type: "boolean", short: "f" },
    train: { type: "string" },
    target: { type: "string" },
    "positive-class": { type: "string" },
    model: { type: "string" },
    json: { type: "boolean" }
  },
  async run(args, ctx) {
    const opt = (name) => optionalString(args, name);
    const train2 = opt("train");
    const target = opt("target");
    const positiveClass2 = opt("positive-class");
    const model = opt("model");
    const result2 = await initProject(
      {
        dir: resolve7(ctx.cwd, opt("dir") ?? "."),
        force: args.values["force"] === true,
        ...train2 !== void 0 ? { train: train2 } : {},
        ...target !== void 0 ? { target } : {},
        ...positiveClass2 !== void 0 ? { positiveClass: positiveClass2 } : {},
        ...model !== void 0 ? { model } : {}
      },
      nodeInitFiles()
    );
    if (args.values["json"] === true) {
      ctx.stdout(`${JSON.stringify(result2, null, 2)}
`);
      return EXIT.ok;
    }
    const lines = [`mergeml init: wrote ${result2.written.length} files in ${result2.dir}`, ...result2.written.map((f2) => `  ${f2}`)];
    if (result2.model) {
      lines.push("", `model ${result2.model.name}: ${result2.model.features} features; protected: ${result2.model.protected.map((p) => `${p.column} (${p.basis})`).join(", ") || "none found \u2014 add them under protected:"}`);
    } else lines.push("", "No model yet: add one to mergeml.yaml (see the commented example) or rerun with --train.");
    lines.push("Next: review the files, then run `mergeml config check`.");
    ctx.stdout(`${lines.join("\n")}
`);
    return EXIT.ok;
  }
};

// src/cli/commands/evaluate.ts
import { statSync } from "node:fs";
import { dirname as dirname9, relative as relative6, resolve as resolve9 } from "node:path";

// src/adapters/git/registry-git.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join6 } from "node:path";

// src/adapters/git/git-cli.ts
import { execFile } from "node:child_process";
var GitCommandError = class extends Error {
  exitCode;
  stderr;
  stdout;
  constructor(args, exitCode, stdout, stderr, options2) {
    super(`git ${args.join(" ")} failed (exit ${exitCode ?? "signal"}): ${stderr.trim() || stdout.trim()}`, options2);
    this.name = "GitCommandError";
    this.exitCode = exitCode;
    this.stderr = stderr;
    this.stdout = stdout;
  }
};
function runGit(cwd, args, baseEnv, options2 = {}) {
  return new Promise((resolve25, reject) => {
    const env = {};
    for (const [k, v] of Object.entries({ ...baseEnv, ...options2.env })) if (v !== void 0) env[k] = v;
    env["GIT_TERMINAL_PROMPT"] = "0";
    const child2 = execFile("git", [...args], { cwd, env, encoding: "buffer", maxBuffer: 1024 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        const code3 = typeof error.code === "number" ? error.code : null;
        reject(new GitCommandError(args, code3, stdout.toString("utf8"), stderr.toString("utf8"), { cause: error }));
      } else resolve25(stdout);
    });
    if (options2.input !== void 0) child2.stdin?.end(options2.input);
    else child2.stdin?.end();
  });
}

// src/adapters/git/registry-git.ts
var FIELDS = ["%(refname:strip=2)", "%(objecttype)", "%(objectname)", "%(*objectname)", "%(taggername)", "%(taggeremail)", "%(taggerdate:iso-strict)", "%(contents)"];
async function openRegistryGit(cwd, env) {
  let root;
  try {
    root = (await runGit(cwd, ["rev-parse", "--show-toplevel"], env)).toString("utf8").trim();
  } catch (error) {
    throw new InputError(`${cwd} is not inside a git repository`, [{ file: cwd, message: "git rev-parse failed", expected: "a clone of the repository that holds the registry" }], { cause: error });
  }
  return gitRegistry(root, env);
}
function gitRegistry(root, env) {
  const git = async (args, options2) => (await runGit(root, args, env, options2)).toString("utf8");
  const tryGit = async (args) => {
    try {
      return await git(args);
    } catch (error) {
      if (error instanceof GitCommandError) return void 0;
      throw error;
    }
  };
  return {
    async listTags() {
      const out = await git(["for-each-ref", "refs/tags", `--format=${FIELDS.join("%00")}%00`]);
      const parts = out.split("\0");
      const tags = [];
      for (let i = 0; i + FIELDS.length <= parts.length; i += FIELDS.length) {
        const [name = "", type, object = "", peeled = "", taggerName = "", taggerEmail = "", date = "", contents = ""] = parts.slice(i, i + FIELDS.length);
        const annotated = type === "tag";
        tags.push({
          name: name.replace(/^\n/, ""),
          commit: annotated ? peeled : object,
          annotated,
          // An annotated tag without a tagger line (old tools) has no date: no audit record, but still a tag.
          tagger: annotated && !Number.isNaN(Date.parse(date)) ? { name: taggerName, email: taggerEmail.replace(/^<|>$/g, ""), date: new Date(date).toISOString() } : null,
          message: annotated ? contents : ""
        });
      }
      return tags;
    },
    async resolveCommit(rev) {
      return (await tryGit(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]))?.trim() || void 0;
    },
    async readFile(commit, path) {
      try {
        return await runGit(root, ["cat-file", "blob", `${commit}:${path}`], env);
      } catch (error) {
        if (error instanceof GitCommandError) return void 0;
        throw error;
      }
    },
    async listFiles(commit, dir) {
      const out = await tryGit(["ls-tree", "-r", "-z", "--name-only", commit, "--", `${dir}/`]);
      return out === void 0 ? [] : out.split("\0").filter((p) => p.length > 0);
    },
    async writeBlob(data) {
      return "bytes" in data ? (await git(["hash-object", "-w", "--stdin"], { input: data.bytes })).trim() : (await git(["hash-object", "-w", "--", data.file])).trim();
    },
    async commitFiles(parent, files, message) {
      const dir = await mkdtemp(join6(tmpdir(), "mergeml-index-"));
      const indexEnv = { GIT_INDEX_FILE: join6(dir, "index") };
      try {
        if (parent !== void 0) await git(["read-tree", parent], { env: indexEnv });
        const bad = files.find((f2) => /[\u0000-\u001f\u007f\\]/.test(f2.path) || f2.path.startsWith("/") || f2.path.split("/").some((seg) => seg === "" || seg === "." || seg === ".." || seg === ".git"));
        if (bad) throw new InputError("refusing to commit an unsafe path", [{ file: bad.path, message: 'absolute, with "." / ".." / ".git" segments, or control characters', expected: "a relative path inside the registry folder" }]);
        const lines = files.map((f2) => `100644 ${f2.blob}	${f2.path}
`).join("");
        await git(["update-index", "--add", "--index-info"], { env: indexEnv, input: lines });
        const tree = (await git(["write-tree"], { env: indexEnv })).trim();
        return (await git(["commit-tree", tree, ...parent ? ["-p", parent] : [], "-F", "-"], { input: message })).trim();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    async createTagObject(name, commit, message) {
      const ident = (await git(["var", "GIT_COMMITTER_IDENT"])).trim();
      const body = `object ${commit}
type commit
tag ${name}
tagger ${ident}

${message.endsWith("\n") ? message : `${message}
`}`;
      return { name, object: (await git(["mktag"], { input: body })).trim() };
    },
    async remote() {
      const remotes = (await git(["remote"])).split("\n").map((r) => r.trim()).filter(Boolean);
      return remotes.includes("origin") ? "origin" : remotes[0];
    },
    async fetch(remote, branch) {
      await git(["fetch", "--quiet", "--no-tags", remote, `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`, "+refs/tags/*:refs/tags/*"]);
    },
    async branchTip(branch, remote) {
      return this.resolveCommit(remote === void 0 ? `refs/heads/${branch}` : `refs/remotes/${remote}/${branch}`);
    },
    async publish(branch, expected, commit, tags, remote) {
      if (remote === void 0) {
        const lines = ["start", `update refs/heads/${branch} ${commit} ${expected ?? "0".repeat(40)}`, ...tags.map((t) => `create refs/tags/${t.name} ${t.object}`), "prepare", "commit", ""];
        try {
          await git(["update-ref", "--stdin"], { input: lines.join("\n") });
        } catch (error) {
          if (error instanceof GitCommandError && /cannot lock ref|reference already exists|is at .* but expected|unable to resolve/i.test(error.stderr)) return "conflict";
          throw error;
        }
        if (await this.currentBranch() === branch && expected !== void 0) await tryGit(["read-tree", "-m", "-u", expected, commit]);
        return "ok";
      }
      try {
        await git(["push", "--atomic", "--porcelain", "--quiet", remote, `${commit}:refs/heads/${branch}`, ...tags.map((t) => `${t.object}:refs/tags/${t.name}`)]);
      } catch (error) {
        if (error instanceof GitCommandError && /\[rejected\]|\(fetch first\)|non-fast-forward|already exists|atomic push failed|\[remote rejected\]/i.test(error.stdout + error.stderr)) return "conflict";
        throw new InternalError(`git push to ${remote} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      const local = ["start", `update refs/remotes/${remote}/${branch} ${commit}`, ...tags.map((t) => `update refs/tags/${t.name} ${t.object}`), "prepare", "commit", ""];
      await git(["update-ref", "--stdin"], { input: local.join("\n") });
      const head = await this.currentBranch();
      const localTip = await this.resolveCommit(`refs/heads/${branch}`);
      if (head === branch) await tryGit(["merge", "--ff-only", "--quiet", commit]);
      else if (localTip !== void 0 && await this.isAncestor(localTip, commit)) await tryGit(["update-ref", `refs/heads/${branch}`, commit, localTip]);
      return "ok";
    },
    async isAncestor(ancestor, descendant) {
      return await tryGit(["merge-base", "--is-ancestor", ancestor, descendant]) !== void 0;
    },
    async currentBranch() {
      return (await tryGit(["symbolic-ref", "--quiet", "--short", "HEAD"]))?.trim() || void 0;
    }
  };
}

// src/core/compare/render-comparison.ts
var num = (v) => {
  if (v === null) return "n/a";
  if (v === 0) return "0";
  const abs = Math.abs(v);
  return abs >= 1e6 || abs < 1e-4 ? v.toExponential(3) : String(Number(v.toPrecision(4)));
};
var signed = (v) => v === null ? "n/a" : v > 0 ? `+${num(v)}` : num(v);
var percent2 = (v) => v === null ? "n/a" : `${v > 0 ? "+" : ""}${(v * 100).toFixed(2)}%`;
var ci = (r) => r.ci.low === null || r.ci.high === null ? "n/a" : `[${signed(r.ci.low)}, ${signed(r.ci.high)}]`;
var pValue = (r) => r.p_value === null ? "n/a" : r.p_value < 1e-4 ? "<0.0001" : r.p_value.toFixed(4);
function verdictOf(metric2, gates) {
  const statuses = gates?.results.filter((g) => g.metric === metric2).map((g) => g.status) ?? [];
  if (statuses.length === 0) return null;
  return statuses.includes("fail") ? "fail" : statuses.includes("warn") ? "warn" : "pass";
}
var MARK = { pass: "\u2705 pass", warn: "\u26A0\uFE0F warn", fail: "\u274C fail" };
function arrow(r) {
  if (r.delta === null || r.delta === 0) return "";
  return r.delta > 0 === r.greater_is_better ? " \u25B2" : " \u25BC";
}
function tableRows(report, gates) {
  const level = `${Math.round(report.bootstrap.confidence * 100)}% CI`;
  const header = ["metric", "champion", "challenger", "\u0394", "\u0394%", level, "p", "gate"];
  const body = report.metrics.map((r) => {
    const v = verdictOf(r.metric, gates);
    return [r.metric, num(r.champion), num(r.challenger), `${signed(r.delta)}${arrow(r)}`, percent2(r.relative_delta), ci(r), `${pValue(r)} (${r.test.test})`, v === null ? "\u2014" : MARK[v]];
  });
  return [header, ...body];
}
function renderComparisonMarkdown(report, gates) {
  const rows2 = tableRows(report, gates);
  const line = (cells) => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
  const champion = escapeValue(String(report.champion["name"] ?? report.champion["file"] ?? "champion"));
  const challenger = escapeValue(String(report.challenger["name"] ?? report.challenger["file"] ?? "challenger"));
  const out = [
    `**Challenger** ${challenger} vs **champion** ${champion} on ${report.rows} identical rows (paired bootstrap, ${report.bootstrap.resamples} resamples, seed ${report.bootstrap.seed}).`,
    "",
    line(rows2[0]),
    `|${rows2[0].map((_, i) => i === 0 || i === 7 ? " --- " : " ---: ").join("|")}|`,
    ...rows2.slice(1).map(line)
  ];
  const notable = gates?.results.filter((g) => g.status !== "pass") ?? [];
  if (gates) {
    out.push("", gates.passed ? `Metric gates: ${gates.counts.pass} passed, ${gates.counts.warn} warned, none failed.` : `Metric gates: **${gates.counts.fail} failed**, ${gates.counts.warn} warned, ${gates.counts.pass} passed.`);
    for (const g of notable) out.push(`- ${MARK[g.status]} \`${g.metric}\` (${g.severity}): ${g.reasons.map((r) => escapeValue(r)).join("; ")}`);
  }
  return `${out.join("\n")}
`;
}
function renderComparisonText(report, gates) {
  const rows2 = tableRows(report, gates);
  const widths = rows2[0].map((_, c) => Math.max(...rows2.map((r) => [...r[c]].length)));
  const lines = rows2.map((r) => r.map((cell, c) => c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])).join("  ").trimEnd());
  const name = (side, fallback) => String(side["name"] ?? side["file"] ?? fallback);
  const out = [`challenger ${name(report.challenger, "challenger")} vs champion ${name(report.champion, "champion")} on ${report.rows} identical rows`, ...lines];
  for (const g of gates?.results ?? []) out.push(`${g.status.toUpperCase().padEnd(4)} ${g.metric} (${g.severity}): ${g.reasons.join("; ")}`);
  return `${out.join("\n")}
`;
}

// src/core/gates/render-gates.ts
var MARK2 = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C" };
function renderGatesText(report) {
  const lines = report.results.map((r) => `${r.status.toUpperCase().padEnd(4)} ${r.metric} (${r.severity}): ${r.reasons.join("; ")}`);
  lines.push(report.passed ? `metric gates passed (${report.counts.pass} pass, ${report.counts.warn} warn)` : `metric gates FAILED (${report.counts.fail} fail, ${report.counts.warn} warn, ${report.counts.pass} pass)`);
  return `${lines.join("\n")}
`;
}
function renderGatesMarkdown(report) {
  const lines = report.results.map((r) => `- ${MARK2[r.status]} \`${r.metric}\` (${r.severity}): ${r.reasons.map((x) => escapeValue(x)).join("; ")}`);
  return `${[report.passed ? "**Metric gates passed.**" : `**Metric gates failed: ${report.counts.fail}.**`, "", ...lines].join("\n")}
`;
}

// src/core/metrics/render-metrics.ts
function formatMetricValue(value2) {
  if (value2 === null || value2 === void 0) return "n/a";
  if (value2 === 0) return "0";
  const abs = Math.abs(value2);
  return abs >= 1e6 || abs < 1e-4 ? value2.toExponential(4) : Number(value2.toPrecision(6)).toString();
}
function pad(rows2) {
  const widths = rows2[0].map((_, c) => Math.max(...rows2.map((r) => (r[c] ?? "").length)));
  return rows2.map((r) => r.map((cell, c) => c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])).join("  ").trimEnd()).join("\n");
}
function sliceLines(slice) {
  const names2 = Object.keys(slice.metrics);
  const lines = [pad([["metric", "value"], ...names2.map((n) => [n, formatMetricValue(slice.metrics[n])])])];
  if (slice.confusion_matrix) {
    const c = slice.confusion_matrix;
    lines.push(`confusion matrix: tn ${c.tn}  fp ${c.fp}  fn ${c.fn}  tp ${c.tp}`);
  }
  for (const w of slice.warnings) lines.push(`warning: ${w.metric}: ${w.message}`);
  return lines;
}
function renderMetricsReport(report) {
  const out = [];
  const counts = report.overall.positives !== void 0 ? ` (${report.overall.positives} positive, ${report.overall.negatives} negative)` : "";
  out.push(`${report.source["file"]}: ${report.overall.count} rows${counts}`, ...sliceLines(report.overall));
  for (const column3 of report.groups) {
    const names2 = Object.keys(report.overall.metrics);
    out.push("", `by ${column3.column}:`);
    out.push(pad([["group", "count", ...names2], ...column3.groups.map((g) => [g.value, String(g.count), ...names2.map((n) => formatMetricValue(g.metrics[n]))])]));
  }
  return `${out.join("\n")}
`;
}

// src/pipeline/evaluate.ts
import { rm as rm4 } from "node:fs/promises";
import { join as join15 } from "node:path";

// src/core/registry/registry-records.ts
import { createHash as createHash2 } from "node:crypto";
import { z as z13 } from "zod";
var REGISTRY_DIR = "registry";
var MAX_ASSET_BYTES = 2 * 1024 * 1024 * 1024 - 1;
var sha256Hex = z13.string().regex(/^[0-9a-f]{64}$/, "a sha256 hex digest");
var sha = z13.string().regex(/^[0-9a-f]{7,64}$/, "a git commit id");
var registryFileSchema = z13.strictObject({
  path: z13.string().min(1).refine((p) => !/[\u0000-\u001f\u007f\\]/.test(p) && !p.startsWith("/") && p.split("/").every((seg) => seg !== "" && seg !== "." && seg !== ".." && seg !== ".git"), 'a relative path without "." / ".." / ".git" segments, backslashes or control characters'),
  bytes: z13.number().int().min(0),
  sha256: sha256Hex,
  /** `commit`: under artifacts/ in git; `release`: assets of the version's GitHub release. */
  storage: z13.enum(["commit", "release"]),
  /** Release asset names holding the file in order (one when it fits in an asset). */
  shards: z13.array(z13.strictObject({ name: z13.string().min(1), bytes: z13.number().int().min(0), sha256: sha256Hex }))
});
var registryManifestSchema = z13.strictObject({
  schemaVersion: z13.literal(1),
  kind: z13.literal("mergeml.registry-manifest"),
  model: z13.string().min(1),
  version: z13.string().min(1),
  files: z13.array(registryFileSchema)
});
var inputSchemaSchema = z13.strictObject({
  target: z13.strictObject({ name: z13.string(), task: z13.string().nullable() }).nullable(),
  features: z13.array(z13.strictObject({ name: z13.string(), kind: z13.string().nullable() }))
});
var lineageSchema = z13.strictObject({
  schemaVersion: z13.literal(1),
  kind: z13.literal("mergeml.registry-lineage"),
  model: z13.string().min(1),
  version: z13.string().min(1),
  sourceCommit: sha.nullable(),
  pullRequest: z13.strictObject({ number: z13.number().int().positive(), openedAt: z13.string().nullable(), headSha: sha.nullable() }).nullable(),
  data: z13.array(z13.strictObject({ role: z13.string(), file: z13.string().nullable(), sha256: sha256Hex.nullable(), rows: z13.number().int().nullable() })),
  config: z13.strictObject({ path: z13.string().nullable(), sha256: sha256Hex.nullable(), train: z13.unknown() }),
  backend: z13.strictObject({ name: z13.string().nullable(), device: z13.string().nullable() }),
  trainer: z13.string().nullable(),
  inputSchema: inputSchemaSchema.nullable(),
  inputSchemaSha256: sha256Hex.nullable(),
  metrics: z13.record(z13.string(), z13.number().nullable()),
  gatesPassed: z13.boolean()
});
function modelDir(model) {
  return `${REGISTRY_DIR}/${model}`;
}
function versionDir(model, version) {
  return `${REGISTRY_DIR}/${model}/${version}`;
}
function auditTrailPath(model) {
  return `${modelDir(model)}/audit-trail.json`;
}
function committedArtifactPath(model, version, path) {
  return `${versionDir(model, version)}/artifacts/${path}`;
}
function inputSchemaSha256(schema) {
  const canonical2 = { target: schema.target, features: [...schema.features].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0) };
  return createHash2("sha256").update(JSON.stringify(canonical2)).digest("hex");
}
function planStorage(files, policy) {
  const total2 = files.reduce((s, f2) => s + f2.bytes, 0);
  return policy.binaries === "commit" && total2 <= policy.maxCommitBytes ? "commit" : "release";
}
function shardNames(path, bytes, shardBytes) {
  const base = path.replace(/\//g, "__");
  const count = Math.max(1, Math.ceil(bytes / shardBytes));
  return count === 1 ? [base] : Array.from({ length: count }, (_, i) => `${base}.part-${String(i).padStart(3, "0")}`);
}

// src/core/metrics/weighted-stats.ts
var EPS3 = 2220446049250313e-31;
function weightedStatsKernel(data, order, nBins) {
  const { labels, preds, scores } = data;
  const n = labels.length;
  const cell = new Uint8Array(n);
  const probabilities = data.probabilities;
  const loss = probabilities ? new Float64Array(n) : null;
  const sq = probabilities ? new Float64Array(n) : null;
  const bin = probabilities ? new Uint16Array(n) : null;
  for (let i = 0; i < n; i++) {
    const y = labels[i];
    cell[i] = y * 2 + preds[i];
    if (!probabilities) continue;
    const p = scores[i];
    const q = y === 1 ? p : 1 - p;
    loss[i] = -Math.log(q < EPS3 ? EPS3 : q > 1 - EPS3 ? 1 - EPS3 : q);
    const d = p - y;
    sq[i] = d * d;
    bin[i] = calibrationBinOf(p, nBins);
  }
  const idx = order.order;
  const sorted = order.sorted;
  const sortedLabels = order.labels ?? Uint8Array.from(idx, (i) => labels[i]);
  return (w) => {
    const conf = [0, 0, 0, 0];
    let logLossSum = 0;
    let brierSum = 0;
    const calib = probabilities ? new Float64Array(nBins * 3) : null;
    for (let i = 0; i < n; i++) {
      const wi = w[i];
      if (wi === 0) continue;
      conf[cell[i]] += wi;
      if (calib === null) continue;
      logLossSum += wi * loss[i];
      brierSum += wi * sq[i];
      const b = bin[i];
      calib[b] += wi;
      calib[b + nBins] += wi * labels[i];
      calib[b + 2 * nBins] += wi * scores[i];
    }
    let tps = 0;
    let fps = 0;
    let bt = 0;
    let bf = 0;
    let rocArea = 0;
    let apSum = 0;
    for (let k = 0; k < n; k++) {
      const wi = w[idx[k]];
      if (sortedLabels[k] === 1) bt += wi;
      else bf += wi;
      if (k === n - 1 || sorted[k + 1] !== sorted[k]) {
        const t1 = tps + bt;
        const f1 = fps + bf;
        rocArea += bf * (tps + t1) / 2;
        if (bt > 0) apSum += bt * t1 / (t1 + f1);
        tps = t1;
        fps = f1;
        bt = 0;
        bf = 0;
      }
    }
    const [tn, fp, fn, tp] = conf;
    return {
      count: tn + fp + fn + tp,
      positives: fn + tp,
      negatives: tn + fp,
      tn,
      fp,
      fn,
      tp,
      logLossSum: probabilities ? logLossSum : NaN,
      brierSum: probabilities ? brierSum : NaN,
      calibration: calib === null ? null : { count: calib.slice(0, nBins), sumTrue: calib.slice(nBins, 2 * nBins), sumPred: calib.slice(2 * nBins) },
      rocArea,
      apSum
    };
  };
}

// src/core/compare/paired-bootstrap.ts
function pairedBootstrap(rows2, metrics, champion, challenger, options2) {
  const random = createRandom(options2.seed);
  const weights = new Float64Array(rows2);
  const deltas = metrics.map(() => new Float64Array(options2.resamples));
  const used = metrics.map(() => 0);
  for (let r = 0; r < options2.resamples; r++) {
    weights.fill(0);
    for (let i = 0; i < rows2; i++) weights[random.nextBelow(rows2)]++;
    const a = champion(weights);
    const b = challenger(weights);
    metrics.forEach((metric2, j) => {
      const va = metric2.compute(a).value;
      const vb = metric2.compute(b).value;
      if (va === null || vb === null || !Number.isFinite(va) || !Number.isFinite(vb)) return;
      deltas[j][used[j]] = vb - va;
      used[j]++;
    });
  }
  const alpha = (1 - options2.confidence) / 2;
  const out = /* @__PURE__ */ new Map();
  metrics.forEach((metric2, j) => {
    const count = used[j];
    const sample = deltas[j].subarray(0, count).sort();
    if (count === 0) {
      out.set(metric2.name, { low: null, high: null, resamples_used: 0, p_value: null });
      return;
    }
    let atOrBelow = 0;
    let atOrAbove = 0;
    for (const d of sample) {
      if (d <= 0) atOrBelow++;
      if (d >= 0) atOrAbove++;
    }
    out.set(metric2.name, {
      low: percentile2(sample, alpha),
      high: percentile2(sample, 1 - alpha),
      resamples_used: count,
      p_value: Math.min(1, 2 * Math.min(atOrBelow, atOrAbove) / count)
    });
  });
  return out;
}
function percentile2(sorted, q) {
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const frac = pos - lo;
  const a = sorted[lo];
  const b = sorted[hi];
  return frac >= 0.5 ? b - (b - a) * (1 - frac) : a + (b - a) * frac;
}

// src/core/compare/comparison.ts
var COMPARISON_SCHEMA_VERSION = 1;
function rows(metrics, a, b, boot, confidence, paired) {
  return metrics.map((metric2) => {
    const champion = finite(metric2.compute(a).value);
    const challenger = finite(metric2.compute(b).value);
    const delta = champion === null || challenger === null ? null : challenger - champion;
    const interval = boot.get(metric2.name);
    const test = paired(metric2) ?? { test: "paired_bootstrap", statistic: delta, p_value: interval.p_value, details: { resamples_used: interval.resamples_used } };
    return {
      metric: metric2.name,
      greater_is_better: metric2.greaterIsBetter,
      champion,
      challenger,
      delta,
      relative_delta: delta === null || champion === 0 ? null : delta / Math.abs(champion),
      ci: { level: confidence, low: interval.low, high: interval.high, resamples_used: interval.resamples_used },
      test,
      p_value: test.p_value
    };
  });
}
function finite(v) {
  return v !== null && Number.isFinite(v) ? v : null;
}
function compareBinary(labels, champion, challenger, options2) {
  const a = { ...champion, labels };
  const b = { ...challenger, labels };
  const orderA = orderByScoreDescending(a.scores, labels);
  const orderB = orderByScoreDescending(b.scores, labels);
  const probabilities = a.probabilities && b.probabilities;
  const metrics = binaryMetrics.filter((m) => probabilities || m.input !== "probabilities");
  const boot = pairedBootstrap(labels.length, metrics, weightedStatsKernel(a, orderA, options2.calibrationBins), weightedStatsKernel(b, orderB, options2.calibrationBins), options2);
  const statsA = () => computeBinaryStats(a, orderA, { calibrationBins: options2.calibrationBins }).overall;
  const statsB = () => computeBinaryStats(b, orderB, { calibrationBins: options2.calibrationBins }).overall;
  const input = { labels, champion: { scores: a.scores, preds: a.preds, order: orderA }, challenger: { scores: b.scores, preds: b.preds, order: orderB } };
  return {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    kind: "comparison",
    task: "binary",
    rows: labels.length,
    champion: options2.champion,
    challenger: options2.challenger,
    bootstrap: { method: "percentile", resamples: options2.resamples, seed: options2.seed, confidence: options2.confidence },
    metrics: rows(metrics, statsA(), statsB(), boot, options2.confidence, (m) => m.pairedTest ? m.pairedTest(input) : null)
  };
}
function compareRegression(targets, champion, challenger, options2) {
  const statsA = (weights) => computeRegressionStats({ targets, predictions: champion }, { weights }).overall;
  const statsB = (weights) => computeRegressionStats({ targets, predictions: challenger }, { weights }).overall;
  const boot = pairedBootstrap(targets.length, regressionMetrics, statsA, statsB, options2);
  return {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    kind: "comparison",
    task: "regression",
    rows: targets.length,
    champion: options2.champion,
    challenger: options2.challenger,
    bootstrap: { method: "percentile", resamples: options2.resamples, seed: options2.seed, confidence: options2.confidence },
    metrics: rows(regressionMetrics, statsA(), statsB(), boot, options2.confidence, () => null)
  };
}

// src/core/gates/metric-gates.ts
var GATES_SCHEMA_VERSION = 1;
var fmt = (v) => Math.abs(v) >= 1e-4 || v === 0 ? String(Number(v.toPrecision(6))) : v.toExponential(3);
var signed2 = (v) => v >= 0 ? `+${fmt(v)}` : fmt(v);
function evaluateGate(gate, input) {
  const definition = findMetric(gate.metric);
  const name = definition?.name ?? gate.metric;
  const greater = gate.greater_is_better ?? definition?.greaterIsBetter ?? true;
  const row = input.comparison?.find((r) => r.metric === name);
  const value2 = input.metrics[name] ?? row?.challenger ?? null;
  const champion = row?.champion ?? null;
  const p = row?.p_value ?? null;
  const reasons = [];
  let failed = false;
  const base = { metric: name, severity: gate.severity, greater_is_better: greater, challenger: value2, champion, delta: row?.delta ?? null, p_value: p, gate };
  if (value2 === null) {
    reasons.push(definition === void 0 ? `${gate.metric} is not a metric MergeML computes` : `${name} is undefined for the challenger (see the metrics warnings)`);
    return { ...base, status: gate.severity === "error" ? "fail" : "warn", reasons };
  }
  const better = greater ? "at least" : "at most";
  if (gate.threshold !== void 0) {
    const ok = greater ? value2 >= gate.threshold : value2 <= gate.threshold;
    reasons.push(`${name} ${fmt(value2)} ${ok ? "meets" : "misses"} the threshold (${better} ${fmt(gate.threshold)})`);
    failed ||= !ok;
  }
  const absolute = gate.min_absolute_change ?? null;
  const relative14 = gate.min_relative_change ?? null;
  if (absolute !== null || relative14 !== null) {
    if (champion === null) {
      reasons.push("no champion value to compare with: change conditions not checked");
    } else {
      let candidate = value2;
      if (gate.significance !== void 0) {
        const significant = p !== null && p < gate.significance;
        const test = row?.test.test ?? "test";
        if (!significant) {
          candidate = champion;
          reasons.push(`\u0394 ${signed2(value2 - champion)} is not significant at \u03B1 = ${gate.significance} (${test} p = ${p === null ? "n/a" : fmt(p)}): counted as no change`);
        } else {
          reasons.push(`\u0394 ${signed2(value2 - champion)} is significant at \u03B1 = ${gate.significance} (${test} p = ${fmt(p)})`);
        }
      }
      const change = candidate - champion;
      if (absolute !== null) {
        const ok = greater ? candidate >= champion + absolute : candidate <= champion - absolute;
        const wanted = greater ? `\u2265 ${signed2(absolute)}` : `\u2264 ${signed2(-absolute)}`;
        reasons.push(`change ${signed2(change)} ${ok ? "satisfies" : "violates"} min_absolute_change (\u0394 ${wanted})`);
        failed ||= !ok;
      }
      if (relative14 !== null) {
        let ok;
        if (champion === 0) {
          ok = greater ? candidate >= champion + 1e-10 : candidate <= champion - 1e-10;
          reasons.push(`champion is 0, so min_relative_change needs a strictly better challenger: ${ok ? "it is" : "it is not"}`);
        } else {
          const rel = (greater ? candidate - champion : champion - candidate) / champion;
          ok = rel >= relative14;
          reasons.push(`relative improvement ${signed2(rel * 100)}% ${ok ? "satisfies" : "violates"} min_relative_change (\u2265 ${signed2(relative14 * 100)}%)`);
        }
        failed ||= !ok;
      }
    }
  }
  if (reasons.length === 0) reasons.push("no condition set: nothing to check");
  return { ...base, status: !failed ? "pass" : gate.severity === "error" ? "fail" : "warn", reasons };
}
function evaluateGates(gates, input) {
  const results = gates.map((g) => evaluateGate(g, input));
  const counts = { pass: 0, warn: 0, fail: 0 };
  for (const r of results) counts[r.status]++;
  return { schemaVersion: GATES_SCHEMA_VERSION, kind: "gates", passed: counts.fail === 0, counts, results };
}

// src/pipeline/score-model-dir.ts
import { mkdirSync as mkdirSync2 } from "node:fs";
import { join as join12 } from "node:path";

// src/pipeline/predict.ts
import { readFile as readFile7, rename as rename4, writeFile as writeFile4 } from "node:fs/promises";
import { join as join11 } from "node:path";

// src/core/preprocess/apply-preprocess.ts
var MAX_REPORTED = 10;
function createMatrixBuilder(spec, options2) {
  const width = spec.columns.length;
  let capacity = 1024;
  let x = new Float32Array(capacity * width);
  let y = new Float32Array(capacity);
  let lines = new Int32Array(capacity);
  let rows2 = 0;
  let file = "";
  let plan;
  const problems = [];
  const categoryIndex = spec.features.map((f2) => f2.kind === "categorical" ? new Map(f2.categories.map((c, i) => [c, i])) : void 0);
  function grow() {
    capacity *= 2;
    const nx = new Float32Array(capacity * width);
    nx.set(x);
    x = nx;
    const ny = new Float32Array(capacity);
    ny.set(y);
    y = ny;
    const nl = new Int32Array(capacity);
    nl.set(lines);
    lines = nl;
  }
  function start(batch) {
    file = batch.file;
    const missing = spec.features.filter((f2) => !batch.header.includes(f2.name)).map((f2) => f2.name);
    if (options2.withTarget && !batch.header.includes(spec.target.name)) missing.push(spec.target.name);
    if (missing.length > 0) {
      throw new InputError(`${batch.file} lacks columns the model needs`, missing.map((name) => ({ file: batch.file, line: 1, message: `column '${name}' is missing`, expected: `a header with ${name}` })));
    }
    return { featureIndex: spec.features.map((f2) => batch.header.indexOf(f2.name)), targetIndex: batch.header.indexOf(spec.target.name) };
  }
  return {
    consume(batch) {
      plan ??= start(batch);
      const { featureIndex, targetIndex } = plan;
      const targetCells = targetIndex >= 0 ? batch.cells[targetIndex] ?? [] : [];
      const targetNumbers = options2.withTarget && spec.target.task === "regression" ? batch.numbers(targetIndex) : void 0;
      for (let r = 0; r < batch.length; r++) {
        let target = 0;
        if (options2.withTarget) {
          const cell = targetCells[r] ?? null;
          if (cell === null || cell.trim() === "") continue;
          if (spec.target.task === "binary_classification") target = cell.trim() === spec.target.positiveClass ? 1 : 0;
          else target = ((targetNumbers?.[r] ?? NaN) - spec.target.mean) / spec.target.scale;
        }
        if (rows2 === capacity) grow();
        const base = rows2 * width;
        let offset = 0;
        spec.features.forEach((feature, f2) => {
          const column3 = featureIndex[f2];
          const cell = batch.cells[column3]?.[r] ?? null;
          const isMissing = cell === null || cell.trim() === "";
          if (feature.kind === "numeric") {
            const v = isMissing ? feature.mean : batch.numbers(column3)[r] ?? NaN;
            if (!Number.isFinite(v)) {
              if (problems.length < MAX_REPORTED) problems.push({ file: batch.file, line: batch.lines[r] ?? 0, column: column3 + 1, message: `non-numeric value '${cell}' in numeric feature '${feature.name}'`, expected: "a number or a missing value" });
            }
            x[base + offset] = (v - feature.mean) / feature.scale;
            offset += 1;
          } else {
            const slots = feature.categories.length + 1;
            if (!isMissing) x[base + offset + (categoryIndex[f2]?.get(cell) ?? feature.categories.length)] = 1;
            offset += slots;
          }
          if (feature.missingIndicator) {
            x[base + offset] = isMissing ? 1 : 0;
            offset += 1;
          }
        });
        y[rows2] = target;
        lines[rows2] = batch.lines[r] ?? 0;
        rows2++;
      }
    },
    finish() {
      if (problems.length > 0) throw new InputError(`${file} has values the model cannot use`, problems);
      if (rows2 === 0) throw new InputError(`no rows left in ${file || "the data"} after filtering`, [{ file: file || "(data)", message: options2.withTarget ? `no record has a value for target '${spec.target.name}'` : "no records", expected: "at least one record" }]);
      return { file, rows: rows2, width, x: x.slice(0, rows2 * width), y: options2.withTarget ? y.slice(0, rows2) : null, lines: lines.slice(0, rows2) };
    }
  };
}

// src/train/artifact-dir.ts
import { createHash as createHash3 } from "node:crypto";
import { mkdir as mkdir2, readdir as readdir3, readFile as readFile5, rename as rename3, rm as rm2, stat as stat3, writeFile as writeFile3 } from "node:fs/promises";
import { join as join8, relative as relative5, sep } from "node:path";

// src/train/checkpoint-store.ts
import { readFile as readFile4, rename as rename2, writeFile as writeFile2 } from "node:fs/promises";
import { join as join7 } from "node:path";
var CHECKPOINT_FILE = "checkpoint.json";
var toBase64 = (a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64");
function fromBase64(text3, dtype) {
  const bytes = Buffer.from(text3, "base64");
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return dtype === "int32" ? new Int32Array(copy) : new Float32Array(copy);
}
async function store(named) {
  const dtype = named.tensor.dtype === "int32" ? "int32" : "float32";
  const data = await named.tensor.data();
  return { name: named.name, shape: [...named.tensor.shape], dtype, data: toBase64(data) };
}
function accBetaVariables(optimizer) {
  const o = optimizer;
  return o.accBeta1 && o.accBeta2 ? [o.accBeta1, o.accBeta2] : null;
}
async function captureCheckpoint(model, optimizer, rng, state, fingerprint) {
  const weights = await Promise.all(model.weights.map((w) => store({ name: w.originalName, tensor: w.read() })));
  const named = await optimizer.getWeights();
  const optimizerWeights = await Promise.all(named.map(store));
  for (const n of named) if (n.name === "iter") n.tensor.dispose();
  const betas = accBetaVariables(optimizer);
  const accBeta = betas ? await Promise.all(betas.map(async (v) => (await v.data())[0])) : null;
  return {
    schemaVersion: 1,
    fingerprint,
    epoch: state.epoch,
    rngState: rng.getState(),
    history: state.history,
    wait: state.wait,
    stopped: state.stopped,
    best: state.best ? { value: state.best.value, epoch: state.best.epoch, weights: state.best.weights.map(toBase64) } : null,
    weights,
    optimizer: { weights: optimizerWeights, accBeta }
  };
}
async function writeCheckpoint(dir, checkpoint) {
  const tmp = join7(dir, `.${CHECKPOINT_FILE}.${process.pid}.tmp`);
  await writeFile2(tmp, JSON.stringify(checkpoint));
  await rename2(tmp, join7(dir, CHECKPOINT_FILE));
}
async function readCheckpoint(dir) {
  let text3;
  try {
    text3 = await readFile4(join7(dir, CHECKPOINT_FILE), "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
  try {
    const parsed = JSON.parse(text3);
    if (parsed.schemaVersion !== 1 || typeof parsed.fingerprint !== "string") throw new Error("unknown checkpoint format");
    return parsed;
  } catch (error) {
    throw new InputError(`cannot resume: ${join7(dir, CHECKPOINT_FILE)} is not a MergeML checkpoint`, [{ file: join7(dir, CHECKPOINT_FILE), message: "unreadable checkpoint", expected: "a checkpoint written by mergeml train" }], { cause: error });
  }
}
function assertSameRun(checkpoint, fingerprint, file) {
  if (checkpoint.fingerprint !== fingerprint) {
    throw new ConfigError(`cannot resume: the checkpoint in ${file} was written for a different configuration or data`, [
      { file, message: `checkpoint fingerprint ${checkpoint.fingerprint.slice(0, 12)}\u2026 \u2260 this run's ${fingerprint.slice(0, 12)}\u2026`, expected: "the same train config, features, seed, backend and data as the interrupted run, or a run without --resume" }
    ]);
  }
}
async function restoreCheckpoint(tf, model, optimizer, rng, checkpoint) {
  const tensors = checkpoint.weights.map((w) => tf.tensor(fromBase64(w.data, w.dtype), w.shape, w.dtype));
  model.setWeights(tensors);
  tf.dispose(tensors);
  await optimizer.setWeights(checkpoint.optimizer.weights.map((w) => ({ name: w.name, tensor: tf.tensor(fromBase64(w.data, w.dtype), w.shape, w.dtype) })));
  const betas = accBetaVariables(optimizer);
  if (betas && checkpoint.optimizer.accBeta) {
    betas.forEach((v, i) => v.assign(tf.tensor(new Float32Array([checkpoint.optimizer.accBeta?.[i] ?? 0]), [])));
  }
  rng.setState(checkpoint.rngState);
  return {
    epoch: checkpoint.epoch,
    history: [...checkpoint.history],
    wait: checkpoint.wait,
    stopped: checkpoint.stopped,
    best: checkpoint.best ? { value: checkpoint.best.value, epoch: checkpoint.best.epoch, weights: checkpoint.best.weights.map((b) => fromBase64(b, "float32")) } : null
  };
}

// src/train/artifact-dir.ts
var MANIFEST_FILE = "manifest.json";
var STAGING_DIR = ".partial";
var MANAGED = /* @__PURE__ */ new Set([MANIFEST_FILE, CHECKPOINT_FILE, STAGING_DIR, "model.json", "weights.bin", "preprocess.json", "history.json", "training-card.json", "predictions.csv", "trainer.log"]);
var sha256 = (bytes) => createHash3("sha256").update(bytes).digest("hex");
async function kindOf(path) {
  try {
    return (await stat3(path)).isDirectory() ? "directory" : "file";
  } catch {
    return "missing";
  }
}
async function prepareOutputDir(dir, options2) {
  const kind = await kindOf(dir);
  if (kind === "file") throw new InputError(`output dir ${dir} is a file`, [{ file: dir, message: "exists and is not a directory", expected: "a directory path (created when missing)" }]);
  if (kind === "missing") await mkdir2(dir, { recursive: true });
  const entries = await readdir3(dir);
  const known = new Set(MANAGED);
  if (entries.includes(MANIFEST_FILE)) {
    try {
      const old = JSON.parse(await readFile5(join8(dir, MANIFEST_FILE), "utf8"));
      for (const f2 of old.files ?? []) known.add(f2.path.split("/")[0] ?? f2.path);
    } catch {
    }
  }
  const foreign = entries.filter((e) => !known.has(e) && !e.endsWith(".tmp"));
  if (foreign.length > 0) {
    throw new InputError(`refusing to write into ${dir}: it holds files that are not part of a MergeML model artifact`, foreign.slice(0, 10).map((f2) => ({ file: join8(dir, f2), message: "unexpected file", expected: "an empty directory, a new path, or an earlier output of mergeml train" })));
  }
  await rm2(join8(dir, MANIFEST_FILE), { force: true });
  for (const e of entries) {
    if (e === MANIFEST_FILE || options2.resume && e === CHECKPOINT_FILE) continue;
    await rm2(join8(dir, e), { recursive: true, force: true });
  }
  const staging = join8(dir, STAGING_DIR);
  await mkdir2(staging, { recursive: true });
  return staging;
}
async function listFiles(root, dir = root) {
  const out = [];
  for (const entry of (await readdir3(dir, { withFileTypes: true })).sort((a, b) => a.name < b.name ? -1 : 1)) {
    const path = join8(dir, entry.name);
    if (entry.isDirectory()) out.push(...await listFiles(root, path));
    else if (entry.isFile()) out.push(relative5(root, path).split(sep).join("/"));
  }
  return out;
}
async function stageFile(staging, name, bytes) {
  await writeFile3(join8(staging, name), bytes);
}
async function commitArtifact(dir, staging, model) {
  const files = [];
  for (const path of await listFiles(staging)) {
    if (path === MANIFEST_FILE) throw new InputError(`the trainer wrote ${MANIFEST_FILE}, a name MergeML reserves`, [{ file: join8(staging, path), message: "reserved file name", expected: "any other file name" }]);
    const bytes = await readFile5(join8(staging, path));
    files.push({ path, bytes: bytes.byteLength, sha256: sha256(bytes) });
  }
  const manifest = { schemaVersion: 1, kind: "mergeml-model", model, files };
  const tmpManifest = join8(dir, `.${MANIFEST_FILE}.${process.pid}.tmp`);
  await writeFile3(tmpManifest, `${JSON.stringify(manifest, null, 2)}
`);
  for (const entry of await readdir3(staging)) await rename3(join8(staging, entry), join8(dir, entry));
  await rename3(tmpManifest, join8(dir, MANIFEST_FILE));
  await rm2(staging, { recursive: true, force: true });
  await rm2(join8(dir, CHECKPOINT_FILE), { force: true });
  return manifest;
}
async function discardStaging(staging) {
  await rm2(staging, { recursive: true, force: true });
}
async function verifyArtifact(dir) {
  let manifest;
  try {
    manifest = JSON.parse(await readFile5(join8(dir, MANIFEST_FILE), "utf8"));
  } catch (error) {
    throw new InputError(`${dir} is not a complete MergeML model artifact`, [{ file: join8(dir, MANIFEST_FILE), message: "missing or unreadable manifest", expected: "the output dir of a finished `mergeml train`" }], { cause: error });
  }
  const problems = [];
  for (const f2 of manifest.files ?? []) {
    let bytes;
    try {
      bytes = await readFile5(join8(dir, f2.path));
    } catch {
      problems.push({ file: join8(dir, f2.path), message: "listed in the manifest but missing" });
      continue;
    }
    if (bytes.byteLength !== f2.bytes || sha256(bytes) !== f2.sha256) problems.push({ file: join8(dir, f2.path), message: "does not match its sha256 in the manifest (modified or corrupted)", expected: f2.sha256 });
  }
  if (problems.length > 0) throw new InputError(`the model artifact in ${dir} failed verification`, problems);
  return manifest;
}

// src/train/backend-select.ts
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { cpus } from "node:os";
import { join as join9 } from "node:path";
var BACKENDS = ["tensorflow-gpu", "tensorflow", "wasm", "cpu"];
var NATIVE_PACKAGE = {
  "tensorflow-gpu": "@tensorflow/tfjs-node-gpu",
  tensorflow: "@tensorflow/tfjs-node"
};
function nativeLoaderFrom(env, cwd, selfUrl) {
  const roots = [env["MERGEML_TFJS_NODE_PATH"], cwd].filter((p) => typeof p === "string" && p !== "");
  const requires = [...roots.map((r) => createRequire(join9(r, "noop.js"))), createRequire(selfUrl)];
  return (pkg) => {
    for (const req of requires) {
      let resolved;
      try {
        resolved = req.resolve(pkg);
      } catch {
        continue;
      }
      req(resolved);
      return { loaded: true, from: resolved };
    }
    return { loaded: false };
  };
}
function requestedBackend(configured, env) {
  const fromEnv = env["MERGEML_BACKEND"];
  const value2 = fromEnv !== void 0 && fromEnv !== "" ? fromEnv : configured ?? "auto";
  if (value2 === "auto" || BACKENDS.includes(value2)) return value2;
  const where = fromEnv ? { file: "MERGEML_BACKEND", message: `unknown backend '${value2}'` } : { path: "train.backend", message: `unknown backend '${value2}'` };
  throw new ConfigError(`unknown training backend '${value2}'`, [{ ...where, expected: `auto, ${BACKENDS.join(", ")}` }]);
}
function gpuNames() {
  try {
    const names2 = execFileSync("nvidia-smi", ["--query-gpu=name", "--format=csv,noheader"], { encoding: "utf8", timeout: 5e3, stdio: ["ignore", "pipe", "ignore"] }).trim();
    return names2 === "" ? void 0 : names2.split("\n").map((n) => n.trim()).join(", ");
  } catch {
    return void 0;
  }
}
function describeDevice(tf, name, env) {
  const cpu = `${cpus()[0]?.model?.trim() ?? "unknown CPU"} \xD7 ${cpus().length}`;
  switch (name) {
    case "tensorflow-gpu":
      return `CUDA GPU via libtensorflow: ${gpuNames() ?? "GPU name unknown (no nvidia-smi)"} (CUDA_VISIBLE_DEVICES=${env["CUDA_VISIBLE_DEVICES"] ?? "all"})`;
    case "tensorflow":
      return `CPU via libtensorflow: ${cpu}`;
    case "wasm": {
      const simd = tf.env().getBool("WASM_HAS_SIMD_SUPPORT");
      return `WebAssembly (${simd ? "SIMD" : "no SIMD"}, single-threaded): ${cpu}`;
    }
    case "cpu":
      return `plain JavaScript: ${cpu}`;
  }
}
async function tryBackend(tf, name, loadNative) {
  if (name === "tensorflow-gpu" || name === "tensorflow") {
    const pkg = NATIVE_PACKAGE[name];
    let result2;
    try {
      result2 = loadNative(pkg);
    } catch (error) {
      return `${pkg} failed to load: ${firstLine(error)}`;
    }
    if (!result2.loaded) return `${pkg} is not installed`;
    if (tf.findBackendFactory("tensorflow") === null) return `${pkg} loaded from ${result2.from} but registered no 'tensorflow' backend`;
    const failure2 = await switchBackend(tf, "tensorflow");
    return failure2 === void 0 ? void 0 : `${pkg} could not initialise its backend: ${failure2}`;
  }
  const failure = await switchBackend(tf, name);
  return failure === void 0 ? void 0 : `the ${name} backend could not initialise: ${failure}`;
}
async function switchBackend(tf, name) {
  try {
    const ok = await tf.setBackend(name);
    if (ok) await tf.ready();
    if (ok && tf.getBackend() === name) return void 0;
  } catch (error) {
    return firstLine(error);
  }
  try {
    await tf.findBackendFactory(name)?.();
    return "initialisation failed";
  } catch (error) {
    return firstLine(error);
  }
}
var firstLine = (error) => (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
async function selectBackend(tf, request2, loadNative, env) {
  const candidates = request2 === "auto" ? BACKENDS : [request2];
  const attempts = [];
  for (const name of candidates) {
    const failure = await tryBackend(tf, name, loadNative);
    if (failure === void 0) {
      attempts.push({ backend: name, outcome: "selected" });
      return { name, device: describeDevice(tf, name, env), attempts };
    }
    attempts.push({ backend: name, outcome: failure });
  }
  throw new ConfigError(`training backend '${request2}' is not available`, attempts.map((a) => ({ path: "train.backend", message: `${a.backend}: ${a.outcome}`, expected: request2 === "auto" ? "one usable backend" : `an installed ${a.backend} backend, or backend: auto` })));
}

// src/train/data-source.ts
import { createHash as createHash4 } from "node:crypto";
import { createReadStream as createReadStream2 } from "node:fs";
function fileSha256(path) {
  return new Promise((resolve25, reject) => {
    const hash = createHash4("sha256");
    createReadStream2(path).on("data", (chunk) => hash.update(chunk)).on("error", reject).on("end", () => resolve25(hash.digest("hex")));
  });
}
async function readAllBatches(data, consumers = []) {
  const batches = [];
  for await (const raw of readBatches(data.path, data.options)) {
    const batch = raw.file === data.file ? raw : renamed(raw, data.file);
    batches.push(batch);
    for (const c of consumers) c.consume(batch);
  }
  return batches;
}
function renamed(batch, file) {
  return Object.assign(Object.create(batch), { file });
}
function replay(batches, consumer) {
  for (const b of batches) consumer.consume(b);
  return consumer.finish();
}

// src/train/model-files.ts
import { readFile as readFile6 } from "node:fs/promises";
import { dirname as dirname7, join as join10, normalize, isAbsolute as isAbsolute5 } from "node:path";
var MODEL_JSON = "model.json";
var WEIGHTS_BIN = "weights.bin";
function joinWeightData(data) {
  if (data === void 0) return new Uint8Array(0);
  const parts = Array.isArray(data) ? data : [data];
  const total2 = parts.reduce((n, p) => n + p.byteLength, 0);
  const out = new Uint8Array(total2);
  let offset = 0;
  for (const p of parts) {
    out.set(new Uint8Array(p), offset);
    offset += p.byteLength;
  }
  return out;
}
async function serializeModel(tf, model) {
  let captured;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      captured = artifacts;
      return { modelArtifactsInfo: { dateSaved: /* @__PURE__ */ new Date(0), modelTopologyType: "JSON" } };
    })
  );
  if (!captured) throw new Error("model.save produced no artifacts");
  const json3 = {
    format: captured.format ?? "layers-model",
    generatedBy: captured.generatedBy,
    convertedBy: captured.convertedBy ?? null,
    modelTopology: captured.modelTopology,
    weightsManifest: [{ paths: [`./${WEIGHTS_BIN}`], weights: captured.weightSpecs ?? [] }]
  };
  return { modelJson: new TextEncoder().encode(`${JSON.stringify(json3, null, 1)}
`), weights: joinWeightData(captured.weightData) };
}
function fileModelHandler(modelJsonPath) {
  return {
    async load() {
      let json3;
      try {
        json3 = JSON.parse(await readFile6(modelJsonPath, "utf8"));
      } catch (error) {
        throw new InputError(`cannot load the model: ${modelJsonPath} is not a readable TF.js model.json`, [{ file: modelJsonPath, message: "unreadable model.json", expected: "a TF.js layers-model model.json" }], { cause: error });
      }
      const manifest = json3.weightsManifest ?? [];
      const chunks = [];
      for (const group of manifest) {
        for (const path of group.paths) {
          if (isAbsolute5(path) || normalize(path).startsWith("..")) throw new InputError(`${modelJsonPath}: weights path '${path}' leaves the model directory`);
          chunks.push(new Uint8Array(await readFile6(join10(dirname7(modelJsonPath), path))));
        }
      }
      const weightData = new ArrayBuffer(chunks.reduce((n, c) => n + c.byteLength, 0));
      let offset = 0;
      for (const c of chunks) {
        new Uint8Array(weightData).set(c, offset);
        offset += c.byteLength;
      }
      const artifacts = { modelTopology: json3.modelTopology, weightSpecs: manifest.flatMap((g) => g.weights), weightData };
      if (json3.format !== void 0) artifacts.format = json3.format;
      if (json3.generatedBy !== void 0) artifacts.generatedBy = json3.generatedBy;
      if (json3.convertedBy != null) artifacts.convertedBy = json3.convertedBy;
      return artifacts;
    }
  };
}

// src/train/epoch-metrics.ts
function rocAuc(labels, scores) {
  const n = labels.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let positives2 = 0;
  let rankSum = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1]] === scores[order[i]]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (labels[order[k]] === 1) {
        positives2++;
        rankSum += rank;
      }
    }
    i = j + 1;
  }
  const negatives2 = n - positives2;
  if (positives2 === 0 || negatives2 === 0) return NaN;
  return (rankSum - positives2 * (positives2 + 1) / 2) / (positives2 * negatives2);
}
function accuracy(labels, scores) {
  let correct = 0;
  for (let i = 0; i < labels.length; i++) if ((scores[i] >= 0.5 ? 1 : 0) === labels[i]) correct++;
  return labels.length === 0 ? NaN : correct / labels.length;
}
function logLoss(labels, scores) {
  let sum = 0;
  for (let i = 0; i < labels.length; i++) {
    const p = Math.min(Math.max(scores[i], 1e-7), 1 - 1e-7);
    sum += labels[i] === 1 ? -Math.log(p) : -Math.log(1 - p);
  }
  return sum / labels.length;
}
function meanSquaredError(labels, scores) {
  let sum = 0;
  for (let i = 0; i < labels.length; i++) sum += (scores[i] - labels[i]) ** 2;
  return sum / labels.length;
}

// src/train/predictions-file.ts
var CHUNK = 8192;
async function scoreMatrix(tf, model, matrix) {
  const out = new Float32Array(matrix.rows);
  for (let start = 0; start < matrix.rows; start += CHUNK) {
    const n = Math.min(CHUNK, matrix.rows - start);
    const input = tf.tensor2d(matrix.x.subarray(start * matrix.width, (start + n) * matrix.width), [n, matrix.width]);
    const p = model.predict(input);
    out.set(await p.data(), start);
    tf.dispose([input, p]);
  }
  return out;
}
var quote = (text3) => /[",\n\r]/.test(text3) ? `"${text3.replace(/"/g, '""')}"` : text3;
function formatPredictionsCsv(target, lines, scores) {
  const out = [target.task === "binary_classification" ? "row,line,score,label" : "row,line,prediction"];
  for (let i = 0; i < scores.length; i++) {
    const score2 = scores[i];
    if (target.task === "binary_classification") out.push(`${i + 1},${lines[i]},${score2},${quote(score2 >= 0.5 ? target.positiveClass : target.negativeClass)}`);
    else out.push(`${i + 1},${lines[i]},${score2}`);
  }
  return `${out.join("\n")}
`;
}
function testMetrics(target, labels, scores) {
  if (target.task === "binary_classification") {
    return { roc_auc: rocAuc(labels, scores), accuracy: accuracy(labels, scores), log_loss: logLoss(labels, scores) };
  }
  const raw = labels.map((v) => v * target.scale + target.mean);
  const mse = meanSquaredError(raw, scores);
  let mae = 0;
  let mean = 0;
  for (let i = 0; i < raw.length; i++) {
    mae += Math.abs(raw[i] - scores[i]);
    mean += raw[i];
  }
  mean /= raw.length;
  let total2 = 0;
  for (const v of raw) total2 += (v - mean) ** 2;
  return { mean_squared_error: mse, mean_absolute_error: mae / raw.length, r2: 1 - mse * raw.length / total2 };
}

// src/train/tf-runtime.ts
import { existsSync as existsSync3 } from "node:fs";
import { fileURLToPath as fileURLToPath3 } from "node:url";
var loaded;
function loadTf() {
  loaded ??= (async () => {
    const tf = await import("@tensorflow/tfjs");
    tf.enableProdMode();
    const wasm = await import("@tensorflow/tfjs-backend-wasm");
    const here = new URL("./", import.meta.url);
    if (here.protocol === "file:" && existsSync3(new URL("tfjs-backend-wasm.wasm", here))) {
      wasm.setWasmPaths(fileURLToPath3(here));
    }
    return tf;
  })();
  return loaded;
}

// src/pipeline/predict.ts
async function readSpec(dir) {
  const path = join11(dir, "preprocess.json");
  let text3;
  try {
    text3 = await readFile7(path, "utf8");
  } catch (error) {
    throw new InputError(`${dir} has no preprocess.json: it was not trained by MergeML's TF.js trainer`, [{ file: path, message: "missing", expected: "an artifact of `mergeml train` with the built-in trainer (bring-your-own artifacts predict with their own framework)" }], { cause: error });
  }
  const spec = JSON.parse(text3);
  if (spec.schemaVersion !== 1) throw new InputError(`${path}: unsupported preprocessing spec version ${String(spec.schemaVersion)}`, [{ file: path, message: "unknown schemaVersion", expected: "1" }]);
  return spec;
}
async function predict(options2, ports) {
  const manifest = await verifyArtifact(options2.modelDir);
  const spec = await readSpec(options2.modelDir);
  const batches = await readAllBatches({ path: options2.dataPath, file: options2.dataFile, options: { nullValues: spec.nullValues, ...options2.delimiter ? { delimiter: options2.delimiter } : {} } });
  const matrix = replay(batches, createMatrixBuilder(spec, { withTarget: false }));
  const tf = await loadTf();
  const backend = await selectBackend(tf, requestedBackend(options2.backend, options2.backend ? {} : ports.env), ports.loadNative ?? nativeLoaderFrom(ports.env, ports.cwd, import.meta.url), ports.env);
  const model = await tf.loadLayersModel(fileModelHandler(join11(options2.modelDir, MODEL_JSON)));
  const scores = await scoreMatrix(tf, model, matrix);
  model.dispose();
  const tmp = `${options2.outPath}.${process.pid}.tmp`;
  await writeFile4(tmp, formatPredictionsCsv(spec.target, matrix.lines, scores));
  await rename4(tmp, options2.outPath);
  return { schemaVersion: 1, model: manifest.model, rows: matrix.rows, out: options2.outPath, backend: backend.name };
}

// src/pipeline/score-model-dir.ts
var quote2 = (text3) => text3 === null ? "" : `"${text3.replace(/"/g, '""')}"`;
async function scoreModelDir(role, modelDir2, dataPath, spec, outDir, ports, backend, read = {}) {
  mkdirSync2(outDir, { recursive: true });
  const raw = join12(outDir, `${role}-raw-predictions.csv`);
  await predict({ modelDir: modelDir2, dataPath, dataFile: dataPath, outPath: raw, ...backend ? { backend } : {}, ...read.delimiter ? { delimiter: read.delimiter } : {} }, ports);
  const wanted = [spec.label, ...spec.groups ?? [], ...spec.id ? [spec.id] : []];
  const rows2 = /* @__PURE__ */ new Map();
  for await (const batch of readBatches(dataPath, read)) {
    const at = wanted.map((name) => batch.header.indexOf(name));
    at.forEach((i, k) => {
      if (i < 0) throw new InputError(`${dataPath}: no column ${JSON.stringify(wanted[k])}`, [{ file: dataPath, line: 1, message: `no column ${JSON.stringify(wanted[k])}`, expected: `one of ${batch.header.join(", ")}` }]);
    });
    for (let r = 0; r < batch.length; r++) rows2.set(batch.lines[r], at.map((i) => batch.cells[i][r] ?? null));
  }
  const out = [["line", ...wanted.map((w) => quote2(w)), "score"].join(",")];
  for await (const batch of readBatches(raw)) {
    const lineCol = batch.header.indexOf("line");
    const scoreCol = batch.header.indexOf(batch.header.includes("score") ? "score" : "prediction");
    const lines = batch.numbers(lineCol);
    for (let r = 0; r < batch.length; r++) {
      const line = lines[r];
      const cells = rows2.get(line);
      if (cells === void 0) throw new InputError(`${raw}: line ${line} of ${dataPath} has no data row`, [{ file: raw, line: batch.lines[r], message: `no record starts at line ${line} of ${dataPath}` }]);
      out.push([String(line), ...cells.map(quote2), batch.cells[scoreCol][r] ?? ""].join(","));
    }
  }
  const path = join12(outDir, `${role}-predictions.csv`);
  writeOutputAtomic(path, `${out.join("\n")}
`);
  return path;
}

// src/pipeline/registry-pull.ts
import { createHash as createHash6 } from "node:crypto";
import { mkdir as mkdir3, readdir as readdir4, readFile as readFile8, rename as rename5, rm as rm3, writeFile as writeFile5 } from "node:fs/promises";
import { dirname as dirname8, join as join13 } from "node:path";

// src/core/compliance/audit-trail.ts
import { createHash as createHash5 } from "node:crypto";
import { z as z14 } from "zod";
var sha256Hex2 = z14.string().regex(/^[0-9a-f]{64}$/, "a sha256 hex digest");
var auditDecisionSchema = z14.strictObject({
  kind: z14.enum(["fairness", "compliance", "metric", "data"]),
  name: z14.string().min(1),
  attributes: z14.array(z14.string()).default([]),
  inputs: z14.record(z14.string(), z14.union([z14.number(), z14.string(), z14.boolean(), z14.null()])).default({}),
  threshold: z14.number().nullable(),
  value: z14.number().nullable(),
  result: z14.enum(["pass", "fail", "warn", "skip"]),
  severity: z14.enum(["error", "warning"]),
  reasons: z14.array(z14.string())
});
var timestamp = z14.iso.datetime({ offset: true });
var auditEntrySchema = z14.strictObject({
  sequence: z14.number().int().min(0),
  recorded_at: timestamp,
  event: z14.enum(["proposed", "evaluated", "approved", "merged", "promoted", "registered", "rolled_back"]),
  model: z14.string().min(1),
  version: z14.string().nullable(),
  stage: z14.string().nullable(),
  commit: z14.string().regex(/^[0-9a-f]{7,64}$/, "a git commit id"),
  pull_request: z14.number().int().positive().nullable(),
  proposed_by: z14.strictObject({ login: z14.string().min(1), at: timestamp }).nullable(),
  approved_by: z14.array(z14.strictObject({ login: z14.string().min(1), at: timestamp })),
  merged_by: z14.strictObject({ login: z14.string().min(1), at: timestamp }).nullable(),
  decisions: z14.array(auditDecisionSchema),
  previous_hash: sha256Hex2.nullable(),
  hash: sha256Hex2
});
var auditTrailSchema = z14.strictObject({
  schemaVersion: z14.literal(1),
  kind: z14.literal("mergeml.audit-trail"),
  entries: z14.array(auditEntrySchema)
});
function emptyAuditTrail() {
  return { schemaVersion: 1, kind: "mergeml.audit-trail", entries: [] };
}
function canonical(value2) {
  if (Array.isArray(value2)) return `[${value2.map(canonical).join(",")}]`;
  if (value2 !== null && typeof value2 === "object") {
    const entries = Object.entries(value2).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value2);
}
function hashAuditEntry(entry) {
  const { hash: _ignored, ...rest2 } = entry;
  return createHash5("sha256").update(canonical(rest2)).digest("hex");
}
function verifyAuditTrail(trail) {
  const problems = [];
  let previous = null;
  trail.entries.forEach((entry, i) => {
    if (entry.sequence !== i) problems.push(`entry ${i}: sequence is ${entry.sequence}, expected ${i}`);
    if (entry.previous_hash !== previous) problems.push(`entry ${i}: previous_hash does not match entry ${i - 1}'s hash (an entry was removed, reordered or edited)`);
    if (hashAuditEntry(entry) !== entry.hash) problems.push(`entry ${i}: hash does not match its content (the entry was edited after it was recorded)`);
    previous = entry.hash;
  });
  return problems;
}
function parseAuditTrail(json3, file) {
  const parsed = auditTrailSchema.safeParse(json3);
  if (!parsed.success) {
    throw new InputError(`${file} is not a MergeML audit trail`, parsed.error.issues.map((i) => ({ file, path: i.path.join("."), message: i.message })));
  }
  const problems = verifyAuditTrail(parsed.data);
  if (problems.length > 0) throw new InputError(`${file}: the audit trail was rewritten; it is append-only`, problems.map((message) => ({ file, message })));
  return parsed.data;
}
function appendAuditEntry(trail, entry, file = "audit trail") {
  const problems = verifyAuditTrail(trail);
  if (problems.length > 0) throw new InputError(`${file}: the audit trail was rewritten; it is append-only`, problems.map((message) => ({ file, message })));
  const last = trail.entries[trail.entries.length - 1];
  const body = { ...auditEntrySchema.omit({ sequence: true, previous_hash: true, hash: true }).parse(entry), sequence: trail.entries.length, previous_hash: last?.hash ?? null };
  return { ...trail, entries: [...trail.entries, { ...body, hash: hashAuditEntry(body) }] };
}

// src/core/registry/semver.ts
var PATTERN = /^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;
function parseSemver(text3) {
  const m = PATTERN.exec(text3);
  if (!m) return void 0;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) };
}
function formatSemver(v) {
  return `v${v.major}.${v.minor}.${v.patch}`;
}
function compareSemver(a, b) {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}
function bumpSemver(v, bump) {
  if (bump === "major") return { major: v.major + 1, minor: 0, patch: 0 };
  if (bump === "minor") return { major: v.major, minor: v.minor + 1, patch: 0 };
  return { major: v.major, minor: v.minor, patch: v.patch + 1 };
}

// src/core/registry/tag-name.ts
var NAME2 = "[a-z][a-z0-9\\-/]*[a-z0-9]";
var GTO_NAME = new RegExp(`^${NAME2}$`);
var SEMVER = "(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?";
var TAG = new RegExp(`^(?<model>${NAME2})(?:(?:#(?<stage>${NAME2})|@(?<version>v${SEMVER}))(?<cancel>!?)|@(?<special>deprecated|created))(?:#(?<counter>[0-9]+))?$`);
var WRITE_NAME = /^[a-z][a-z0-9-]*[a-z0-9]$/;
function isWritableName(name) {
  return WRITE_NAME.test(name);
}
function diagnose(tag) {
  const model = tag.split(/[@#]/)[0] ?? "";
  if (!GTO_NAME.test(model)) return `model name ${JSON.stringify(model)} is not a GTO name (a lowercase letter first, then lowercase letters, digits, "-" or "/"; at least 2 characters)`;
  if (tag.includes("@")) return `version ${JSON.stringify(tag.slice(tag.lastIndexOf("@") + 1))} is not v<major>.<minor>.<patch>`;
  const parts = tag.split("#");
  if (parts.length > 3) return 'more than two "#" (expected <model>#<stage>#<n>)';
  if (parts[2] !== void 0 && !/^[0-9]+$/.test(parts[2])) return `assignment number ${JSON.stringify(parts[2])} is not a whole number`;
  return `stage ${JSON.stringify((parts[1] ?? "").replace(/!$/, ""))} is not a GTO name`;
}
function parseTagName(tag) {
  if (!tag.includes("@") && !tag.includes("#")) return void 0;
  const m = TAG.exec(tag);
  const g = m?.groups;
  if (!g || g["model"] === void 0) return { error: diagnose(tag) };
  const model = g["model"];
  const counter = g["counter"] === void 0 ? null : Number(g["counter"]);
  if (g["special"] === "deprecated" || g["special"] === "created") return { action: g["special"] === "deprecated" ? "deprecate" : "create", model };
  if (g["stage"] !== void 0) return { action: "assign", model, stage: g["stage"], number: counter, unassign: g["cancel"] === "!" };
  const version = g["version"];
  if (parseSemver(version) === void 0) return { error: `version ${JSON.stringify(version)} has a pre-release or build part, which MergeML's registry does not order (expected v<major>.<minor>.<patch>)` };
  return { action: "register", model, version, deregister: g["cancel"] === "!" };
}
function formatVersionTag(model, version) {
  return `${model}@${version}`;
}
function formatStageTag(model, stage, number2) {
  return `${model}#${stage}#${number2}`;
}

// src/core/registry/tag-metadata.ts
import { z as z15 } from "zod";
var iso = z15.iso.datetime({ offset: true });
var sha2 = z15.string().regex(/^[0-9a-f]{7,64}$/, "a git commit id");
var tagMetadataSchema = z15.strictObject({
  schemaVersion: z15.literal(1),
  kind: z15.literal("mergeml.registry-event"),
  event: z15.enum(["register", "assign", "rollback"]),
  model: z15.string().min(1),
  version: z15.string().min(1),
  stage: z15.string().nullable(),
  /** Who ran the registry command (git committer or CI actor). */
  actor: z15.string().nullable(),
  /** Who approved a stage assignment (GitHub Environment reviewer or --approver). */
  approver: z15.string().nullable(),
  pullRequest: z15.strictObject({ number: z15.number().int().positive(), openedAt: iso.nullable(), headSha: sha2.nullable() }).nullable(),
  /** The commit the model was built from (the merged pull request's merge commit on the default branch). */
  sourceCommit: sha2.nullable(),
  /** sha256 identifying the registered evidence: a retried registration of the same results is found by it. */
  registrationKey: z15.string().regex(/^[0-9a-f]{64}$/).nullable(),
  bump: z15.enum(["initial", "major", "minor", "patch"]).nullable(),
  /** For a rollback: the version that was at the stage and is being replaced. */
  rollbackOf: z15.string().nullable(),
  reason: z15.string().nullable()
});
function formatTagMessage(subject, meta) {
  return `${subject.replace(/\s+/g, " ").trim()}

${JSON.stringify(tagMetadataSchema.parse(meta), null, 2)}
`;
}
function parseTagMessage(message) {
  const start = message.indexOf("\n{");
  if (start < 0) return { meta: null };
  let json3;
  try {
    json3 = JSON.parse(message.slice(start + 1));
  } catch (error) {
    return { meta: null, error: `metadata is not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = tagMetadataSchema.safeParse(json3);
  if (!parsed.success) return { meta: null, error: `metadata does not match mergeml.registry-event v1: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}` };
  return { meta: parsed.data };
}

// src/core/registry/registry-state.ts
var byDate = (a, b) => a === b ? 0 : a === null ? -1 : b === null ? 1 : Date.parse(a) - Date.parse(b);
function deriveRegistryState(tags) {
  const problems = [];
  const models = /* @__PURE__ */ new Map();
  const builder = (m) => models.get(m) ?? models.set(m, { versions: [], assignments: [], deprecated: false }).get(m);
  for (const t of tags) {
    const parsed = parseTagName(t.name);
    if (parsed === void 0) continue;
    if ("error" in parsed) {
      problems.push({ tag: t.name, message: `not a registry tag: ${parsed.error}` });
      continue;
    }
    if (!t.annotated) problems.push({ tag: t.name, message: "lightweight tag: registry tags are annotated (tagger and date are the audit record); counted anyway" });
    const { meta, error } = parseTagMessage(t.message);
    if (error !== void 0) problems.push({ tag: t.name, message: error });
    const common2 = { model: parsed.model, tag: t.name, commit: t.commit, createdAt: t.tagger?.date ?? null, author: t.tagger ? `${t.tagger.name} <${t.tagger.email}>` : null, meta };
    if (parsed.action === "create") builder(parsed.model);
    else if (parsed.action === "deprecate") builder(parsed.model).deprecated = true;
    else if (parsed.action === "register") builder(parsed.model).versions.push({ ...common2, version: parsed.version, deregistered: parsed.deregister });
    else if (parsed.action === "assign") builder(parsed.model).assignments.push({ ...common2, stage: parsed.stage, number: parsed.number, kind: parsed.unassign ? "unassign" : meta?.event === "rollback" ? "rollback" : "assign" });
  }
  const out = [];
  for (const [model, b] of [...models.entries()].sort(([a], [c]) => a < c ? -1 : a > c ? 1 : 0)) {
    const deregistered = new Set(b.versions.filter((v) => v.deregistered).map((v) => v.version));
    const versions = b.versions.filter((v) => !v.deregistered).map((v) => ({ ...v, deregistered: deregistered.has(v.version) })).sort((x, y) => compareSemver(parseSemver(x.version), parseSemver(y.version)));
    const atCommit = new Map(versions.map((v) => [v.commit, v.version]));
    const assignments = b.assignments.map((a) => ({ ...a, version: atCommit.get(a.commit) ?? null })).sort((x, y) => (x.number ?? 0) - (y.number ?? 0) || byDate(x.createdAt, y.createdAt) || (x.tag < y.tag ? -1 : 1));
    const stages = {};
    for (const a of assignments) {
      if (a.version === null && a.kind !== "unassign") problems.push({ tag: a.tag, message: `assigns ${a.stage} at commit ${a.commit.slice(0, 12)}, where no version of ${model} is registered` });
      if (a.kind === "unassign") delete stages[a.stage];
      else if (a.version !== null) stages[a.stage] = a;
    }
    out.push({ model, versions, assignments, stages, deprecated: b.deprecated });
  }
  return { models: out, problems };
}
function nextAssignmentNumber(state) {
  return Math.max(0, ...(state?.assignments ?? []).map((a) => a.number ?? 0)) + 1;
}
function explicitRollbackProblem(state, stage, version, eligible) {
  if (state.stages[stage]?.version === version) return `${version} is already the current version at ${stage}`;
  const wasThere = state.assignments.some((a) => a.stage === stage && a.kind !== "unassign" && a.version === version);
  if (!wasThere) return state.versions.some((v) => v.version === version) ? `${version} was never at ${stage} (to move a stage to a new version, promote it)` : `${version} is not a registered version of ${state.model}`;
  if (!eligible(version)) return `the recorded gates of ${version} did not pass`;
  return void 0;
}
function previousGoodVersion(state, stage, eligible) {
  const history = state.assignments.filter((a) => a.stage === stage && a.kind !== "unassign" && a.version !== null);
  const current = state.stages[stage]?.version;
  const bad = new Set(history.flatMap((a) => a.kind === "rollback" && a.meta?.rollbackOf ? [a.meta.rollbackOf] : []));
  if (current) bad.add(current);
  for (let i = history.length - 1; i >= 0; i--) {
    const v = history[i]?.version;
    if (v && !bad.has(v) && eligible(v)) return v;
  }
  return void 0;
}

// src/pipeline/registry-read.ts
async function readRegistryState(git) {
  return deriveRegistryState(await git.listTags());
}
function requireModel(state, model) {
  const found = state.models.find((m) => m.model === model);
  if (found) return found;
  const hint = suggest(model, state.models.map((m) => m.model));
  throw new InputError(`model ${JSON.stringify(model)} is not in the registry`, [{ file: "git tags", message: `no tag ${model}@v\u2026 or ${model}#\u2026${hint ? ` (did you mean ${hint}?)` : ""}`, expected: state.models.length > 0 ? `one of ${state.models.map((m) => m.model).join(", ")}` : "a registered model (mergeml registry register)" }]);
}
function requireVersion(state, version) {
  const v = state.versions.find((x) => x.version === version || x.version === `v${version}`);
  if (v) return v;
  throw new InputError(`${state.model} has no version ${version}`, [{ file: "git tags", message: `no tag ${state.model}@${version}`, expected: state.versions.length > 0 ? `one of ${state.versions.map((x) => x.version).join(", ")}` : "a registered version" }]);
}
async function readJson(git, commit, path) {
  const bytes = await git.readFile(commit, path);
  if (bytes === void 0) return void 0;
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new InputError(`${path} at ${commit.slice(0, 12)} is not JSON`, [{ file: path, message: error instanceof Error ? error.message : String(error), expected: "JSON written by mergeml registry" }], { cause: error });
  }
}
async function readVersionFiles(git, model, version, commit) {
  const dir = versionDir(model, version);
  const problems = [];
  const manifestJson = await readJson(git, commit, `${dir}/manifest.json`);
  const lineageJson = await readJson(git, commit, `${dir}/lineage.json`);
  const gates = await readJson(git, commit, `${dir}/gates.json`);
  const manifest = registryManifestSchema.safeParse(manifestJson);
  const lineage = lineageSchema.safeParse(lineageJson);
  if (manifestJson === void 0) problems.push({ file: `${dir}/manifest.json`, message: `missing at ${commit.slice(0, 12)}`, expected: "the registry files of the version in the tagged commit" });
  else if (!manifest.success) problems.push(...manifest.error.issues.map((i) => ({ file: `${dir}/manifest.json`, path: i.path.join("."), message: i.message })));
  if (lineageJson === void 0) problems.push({ file: `${dir}/lineage.json`, message: `missing at ${commit.slice(0, 12)}`, expected: "the registry files of the version in the tagged commit" });
  else if (!lineage.success) problems.push(...lineage.error.issues.map((i) => ({ file: `${dir}/lineage.json`, path: i.path.join("."), message: i.message })));
  if (problems.length > 0 || !manifest.success || !lineage.success) throw new InputError(`${model}@${version} has no readable registry record`, problems);
  return { manifest: manifest.data, lineage: lineage.data, gates: gates ?? null };
}
async function readAuditTrail(git, model, commit) {
  if (commit === void 0) return emptyAuditTrail();
  const json3 = await readJson(git, commit, auditTrailPath(model));
  return json3 === void 0 ? emptyAuditTrail() : parseAuditTrail(json3, auditTrailPath(model));
}
function gatesPassed(files) {
  return files.gates !== null && files.gates.passed === true && files.lineage.gatesPassed;
}

// src/pipeline/registry-pull.ts
var sha2562 = (b) => createHash6("sha256").update(b).digest("hex");
async function pullVersion(git, options2) {
  const ms = requireModel(await readRegistryState(git), options2.model);
  let version = options2.version;
  if (version === void 0) {
    const at = options2.stage === void 0 ? void 0 : ms.stages[options2.stage]?.version ?? void 0;
    if (at === void 0) throw new InputError(`no version of ${options2.model} to pull`, [{ file: "git tags", message: options2.stage ? `nothing is at ${options2.stage}` : "neither --version nor --stage given", expected: "--version vX.Y.Z or --stage with a current assignment" }]);
    version = at;
  }
  const v = requireVersion(ms, version);
  const { manifest } = await readVersionFiles(git, ms.model, v.version, v.commit);
  const existing = await readdir4(options2.outDir).catch(() => []);
  if (existing.length > 0) throw new InputError(`refusing to write into ${options2.outDir}`, [{ file: options2.outDir, message: "not empty", expected: "a new or empty directory" }]);
  const staging = `${options2.outDir.replace(/\/+$/, "")}.partial-${process.pid}`;
  await rm3(staging, { recursive: true, force: true });
  try {
    for (const f2 of manifest.files) {
      let bytes;
      if (f2.storage === "commit") {
        const blob = await git.readFile(v.commit, committedArtifactPath(ms.model, v.version, f2.path));
        if (blob === void 0) throw new CheckFailedError(`${v.tag}: ${committedArtifactPath(ms.model, v.version, f2.path)} is missing from the tagged commit. Nothing was written.`);
        bytes = blob;
      } else {
        if (options2.assetsDir === void 0) throw new InputError(`${f2.path} of ${v.tag} is a release asset`, [{ file: f2.path, message: "stored as release assets", expected: `--assets DIR with ${f2.shards.map((s) => s.name).join(", ")} downloaded from the release ${v.tag}` }]);
        const parts = [];
        for (const s of f2.shards) {
          const part = await readFile8(join13(options2.assetsDir, s.name)).catch((error) => {
            throw new InputError(`release asset ${s.name} not found`, [{ file: join13(options2.assetsDir, s.name), message: "missing", expected: `the asset downloaded from the release ${v.tag}` }], { cause: error });
          });
          if (sha2562(part) !== s.sha256) throw new CheckFailedError(`${join13(options2.assetsDir, s.name)}: sha256 ${sha2562(part)} does not match the manifest's ${s.sha256}. Nothing was written.`);
          parts.push(part);
        }
        bytes = Buffer.concat(parts);
      }
      if (bytes.byteLength !== f2.bytes || sha2562(bytes) !== f2.sha256) throw new CheckFailedError(`${f2.path} of ${v.tag}: sha256 ${sha2562(bytes)} does not match the manifest's ${f2.sha256}. Nothing was written.`);
      await mkdir3(dirname8(join13(staging, f2.path)), { recursive: true });
      await writeFile5(join13(staging, f2.path), bytes);
    }
    const files = manifest.files.map((f2) => ({ path: f2.path, bytes: f2.bytes, sha256: f2.sha256 }));
    await writeFile5(join13(staging, "manifest.json"), `${JSON.stringify({ schemaVersion: 1, kind: "mergeml-model", model: ms.model, files }, null, 2)}
`);
    await rm3(options2.outDir, { recursive: true, force: true });
    await mkdir3(dirname8(options2.outDir), { recursive: true });
    await rename5(staging, options2.outDir);
    return { schemaVersion: 1, kind: "mergeml.registry-pull", model: ms.model, version: v.version, outDir: options2.outDir, files };
  } finally {
    await rm3(staging, { recursive: true, force: true });
  }
}

// src/pipeline/run/model-algorithm.ts
import { readFile as readFile9 } from "node:fs/promises";
import { join as join14 } from "node:path";
function algorithmOfCard(bytes) {
  if (bytes === void 0) return "model";
  try {
    const m = JSON.parse(new TextDecoder().decode(bytes)).config?.train?.model;
    if (typeof m?.type !== "string") return "model";
    return Array.isArray(m.layers) ? `${m.type} [${m.layers.join(", ")}]` : m.type;
  } catch {
    return "model";
  }
}
async function algorithmOf(dir) {
  return algorithmOfCard(await readFile9(join14(dir, "training-card.json")).catch(() => void 0));
}

// src/pipeline/evaluate.ts
async function columnsOf(role, source2, options2, ports) {
  if (source2.kind === "predictions") return readPredictionColumns(source2.path, options2.spec, options2.read);
  if (options2.data === void 0) throw new InputError(`--${role} ${source2.dir} is a model dir: pass --data with the test split to score it on`);
  const path = await scoreModelDir(role, source2.dir, options2.data, options2.spec, options2.outDir, ports, options2.backend, options2.read);
  return readPredictionColumns(path, { ...options2.spec, score: "score", pred: void 0 }, {});
}
function assertSameRows(a, b) {
  if (a.rows !== b.rows) {
    const [longer, shorter] = a.rows > b.rows ? [a, b] : [b, a];
    throw new InputError(`${a.file} and ${b.file} do not cover the same rows`, [
      { file: longer.file, line: longer.lines[shorter.rows], message: `row ${shorter.rows + 1} has no counterpart: ${longer.file} has ${longer.rows} rows, ${shorter.file} has ${shorter.rows}`, expected: "both models evaluated on identical rows" }
    ]);
  }
  const mismatch = (i, what, va, vb) => {
    throw new InputError(`${a.file} and ${b.file} do not cover the same rows`, [
      { file: a.file, line: a.lines[i], message: `row ${i + 1}: ${what} ${va}`, expected: "the same rows in the same order in both files" },
      { file: b.file, line: b.lines[i], message: `row ${i + 1}: ${what} ${vb}` }
    ]);
  };
  if (a.ids !== null && b.ids !== null) {
    for (let i = 0; i < a.rows; i++) if (a.ids[i] !== b.ids[i]) mismatch(i, "row id", JSON.stringify(a.ids[i]), JSON.stringify(b.ids[i]));
  }
  if (a.binary && b.binary) {
    for (let i = 0; i < a.rows; i++) if (a.binary.labels[i] !== b.binary.labels[i]) mismatch(i, "true label is positive:", String(a.binary.labels[i] === 1), String(b.binary.labels[i] === 1));
  } else if (a.regression && b.regression) {
    for (let i = 0; i < a.rows; i++) if (a.regression.targets[i] !== b.regression.targets[i]) mismatch(i, "target", String(a.regression.targets[i]), String(b.regression.targets[i]));
  }
}
function describe3(source2, file) {
  const name = source2.name ?? (source2.kind === "model" ? source2.dir : source2.path);
  return source2.kind === "model" ? { name, kind: "model", model_dir: source2.dir, predictions: file } : { name, kind: "predictions", file };
}
function parseRegistryRef(text3) {
  if (!text3.startsWith("registry:")) return null;
  const rest2 = text3.slice("registry:".length);
  const at = rest2.lastIndexOf("@");
  const ref2 = at < 0 ? { stage: rest2 } : { model: rest2.slice(0, at), version: rest2.slice(at + 1) };
  if (Object.values(ref2).some((part) => part === "")) {
    throw new InputError(`--champion ${text3}: not a registry reference`, [{ file: "--champion", message: JSON.stringify(text3), expected: "registry:<stage> (e.g. registry:production) or registry:<model>@<version> (e.g. registry:credit-risk@v1.2.0)" }]);
  }
  return ref2;
}
async function pullRegistryChampion(git, ref2, model, outDir) {
  const ms = requireModel(await readRegistryState(git), "model" in ref2 ? ref2.model : model);
  let version;
  if ("stage" in ref2) {
    const at = ms.stages[ref2.stage]?.version ?? void 0;
    if (at === void 0) {
      const held = Object.entries(ms.stages).flatMap(([stage, a]) => a.version ? [`${stage} (${a.version})`] : []);
      throw new InputError(`--champion registry:${ref2.stage}: no version of ${ms.model} is at stage ${JSON.stringify(ref2.stage)}`, [{
        file: "git tags",
        message: `no current ${ms.model}#${ref2.stage}#\u2026 assignment`,
        expected: held.length > 0 ? `a stage that holds a version: ${held.join(", ")}` : `a version promoted to a stage first (mergeml registry promote ${ms.model} --version vX.Y.Z --stage ${ref2.stage}); no stage of ${ms.model} holds a version yet`
      }]);
    }
    version = at;
  } else {
    version = requireVersion(ms, ref2.version).version;
  }
  const v = requireVersion(ms, version);
  const dir = join15(outDir, ".registry-champion", `${ms.model}-${v.version}`);
  await rm4(dir, { recursive: true, force: true });
  try {
    await pullVersion(git, { model: ms.model, version: v.version, outDir: dir });
  } catch (error) {
    if (error instanceof CheckFailedError) throw new InputError(`--champion: ${ms.model} ${v.version} from the registry failed verification: ${error.message}`, [{ file: `registry/${ms.model}/${v.version}/manifest.json`, message: "artifact sha256 mismatch", expected: "artifact files whose sha256 match the manifest (mergeml registry verify)" }], { cause: error });
    throw error;
  }
  const algorithm = algorithmOfCard(await git.readFile(v.commit, committedArtifactPath(ms.model, v.version, "training-card.json")));
  const label = "stage" in ref2 ? `registry:${ref2.stage} (${ms.model} ${v.version}, ${algorithm})` : `registry:${ms.model}@${v.version} (${algorithm})`;
  return { kind: "model", dir, name: label };
}
async function evaluate(options2, ports) {
  const challenger = await columnsOf("challenger", options2.challenger, options2, ports);
  const champion = options2.champion ? await columnsOf("champion", options2.champion, options2, ports) : null;
  if (champion) assertSameRows(champion, challenger);
  const reportOptions = { ...options2.spec, calibrationBins: options2.calibrationBins ?? DEFAULT_CALIBRATION_BINS, curvePoints: options2.curvePoints ?? DEFAULT_CURVE_POINTS };
  const metrics = metricsOfColumns(challenger, reportOptions);
  const championMetrics = champion ? metricsOfColumns(champion, reportOptions) : null;
  let comparison = null;
  if (champion) {
    const common2 = {
      resamples: options2.resamples,
      seed: options2.seed,
      confidence: options2.confidence,
      calibrationBins: reportOptions.calibrationBins,
      champion: describe3(options2.champion, champion.file),
      challenger: describe3(options2.challenger, challenger.file)
    };
    comparison = champion.binary && challenger.binary ? compareBinary(challenger.binary.labels, champion.binary, challenger.binary, common2) : compareRegression(challenger.regression.targets, champion.regression.predictions, challenger.regression.predictions, common2);
  }
  const gates = options2.gates ? evaluateGates(options2.gates, { metrics: metrics.overall.metrics, ...comparison ? { comparison: comparison.metrics } : {} }) : null;
  const written = [];
  const write2 = (name, text3) => {
    const path = join15(options2.outDir, name);
    writeOutputAtomic(path, text3);
    written.push(path);
  };
  write2("metrics.json", `${JSON.stringify(metrics, null, 2)}
`);
  if (championMetrics) write2("champion-metrics.json", `${JSON.stringify(championMetrics, null, 2)}
`);
  if (comparison) {
    write2("comparison.json", `${JSON.stringify(comparison, null, 2)}
`);
    write2("comparison.md", renderComparisonMarkdown(comparison, gates ?? void 0));
  }
  if (gates) write2("gates.json", `${JSON.stringify(gates, null, 2)}
`);
  return { metrics, championMetrics, comparison, gates, written };
}

// src/pipeline/gate.ts
import { readFile as readFile10 } from "node:fs/promises";
async function loadMetricGates(source2, cwd) {
  if (source2.kind === "policy") {
    const loaded2 = await loadPolicyFile(source2.path, nodeConfigFiles(), cwd, []);
    return { gates: loaded2.policy.metric_gates, policies: loaded2.policy.names };
  }
  const project = await loadProject(source2.path, nodeConfigFiles(), cwd);
  const names2 = project.models.map((m) => m.name);
  const model = source2.model === void 0 ? names2.length === 1 ? project.models[0] : void 0 : project.models.find((m) => m.name === source2.model);
  if (model === void 0) {
    const hint = source2.model ? suggest(source2.model, names2) : void 0;
    throw new UsageError(source2.model === void 0 ? `${project.file} defines ${names2.length} models (${names2.join(", ")}): pass --model NAME` : `${project.file} has no model ${JSON.stringify(source2.model)}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ""}`);
  }
  return { gates: model.policy.metric_gates, policies: model.policy.names };
}
async function readReport(path, file, kind) {
  let value2;
  try {
    value2 = JSON.parse(await readFile10(path, "utf8"));
  } catch (error) {
    throw new InputError(`${file}: cannot read ${kind} JSON`, [{ file, message: error instanceof Error ? error.message : String(error), expected: `the ${kind} JSON written by mergeml (schemaVersion 1)` }], { cause: error });
  }
  const v = value2;
  if (v === null || typeof v !== "object" || v.kind !== kind || v.schemaVersion !== 1) {
    throw new InputError(`${file}: not a ${kind} report`, [{ file, message: `kind ${JSON.stringify(v?.kind)}, schemaVersion ${JSON.stringify(v?.schemaVersion)}`, expected: `"kind": "${kind}", "schemaVersion": 1` }]);
  }
  return v;
}
async function runGates(options2, cwd) {
  if (!options2.metrics && !options2.comparison) throw new UsageError("mergeml gate: pass --metrics FILE and/or --comparison FILE");
  const { gates, policies } = await loadMetricGates(options2.source, cwd);
  const metrics = options2.metrics ? await readReport(options2.metrics.path, options2.metrics.file, "metrics") : null;
  const comparison = options2.comparison ? await readReport(options2.comparison.path, options2.comparison.file, "comparison") : null;
  const values = metrics ? { ...metrics.overall.metrics } : Object.fromEntries(comparison.metrics.map((r) => [r.metric, r.challenger]));
  const report = evaluateGates(gates, { metrics: values, ...comparison ? { comparison: comparison.metrics } : {} });
  return { report, comparison, policies };
}

// src/cli/commands/metrics.ts
import { isAbsolute as isAbsolute6, resolve as resolve8 } from "node:path";
function inputPath2(path, cwd) {
  return isAbsolute6(path) || cwd === process.cwd() ? path : resolve8(cwd, path);
}
function optionalNumber(args, name, command, check, expected) {
  const text3 = optionalString(args, name);
  if (text3 === void 0) return void 0;
  const n = Number(text3);
  if (text3.trim() === "" || !Number.isFinite(n) || !check(n)) {
    throw new UsageError(`mergeml ${command}: --${name} ${JSON.stringify(text3)} is not valid (expected ${expected}). Run \`mergeml ${command} --help\`.`);
  }
  return n;
}
function predictionOptions(args, command) {
  const task = optionalString(args, "task") ?? "binary";
  if (task !== "binary" && task !== "regression") throw new UsageError(`mergeml ${command}: --task must be binary or regression, got ${JSON.stringify(task)}.`);
  const scoreKind = optionalString(args, "score-kind") ?? "probability";
  if (scoreKind !== "probability" && scoreKind !== "decision") throw new UsageError(`mergeml ${command}: --score-kind must be probability or decision, got ${JSON.stringify(scoreKind)}.`);
  const groups = args.values["group"];
  return {
    task,
    label: requireString(args, "label", command),
    score: requireString(args, "score", command),
    pred: optionalString(args, "pred"),
    positive: optionalString(args, "positive"),
    threshold: optionalNumber(args, "threshold", command, () => true, "a number"),
    scoreKind,
    groups: Array.isArray(groups) ? groups : [],
    calibrationBins: optionalNumber(args, "calibration-bins", command, (n) => Number.isInteger(n) && n >= 1 && n <= 1e3, "an integer from 1 to 1000") ?? DEFAULT_CALIBRATION_BINS,
    curvePoints: optionalNumber(args, "curve-points", command, (n) => Number.isInteger(n) && n >= 2 && n <= 1e5, "an integer from 2 to 100000") ?? DEFAULT_CURVE_POINTS
  };
}
var predictionOptionSpec = {
  label: { type: "string" },
  score: { type: "string" },
  pred: { type: "string" },
  threshold: { type: "string" },
  positive: { type: "string" },
  group: { type: "string", multiple: true },
  task: { type: "string" },
  "score-kind": { type: "string" },
  "calibration-bins": { type: "string" },
  "curve-points": { type: "string" }
};
var predictionOptionHelp = `  --label COL             column holding the true label (binary) or target (regression)
  --score COL             column holding the positive-class probability (or score) / the prediction
  --pred COL              column holding the predicted label (default: score >= --threshold)
  --threshold T           decision threshold when there is no --pred (default 0.5; 0 for decision scores)
  --positive LABEL        the positive class as written in --label (default 1/true for 0/1, -1/1, true/false)
  --group COL             also compute every metric per value of COL (repeatable)
  --task binary|regression  (default binary)
  --score-kind probability|decision  probability (default) requires scores in [0, 1]; decision accepts
                          any finite score and skips log_loss, brier_score, ece and calibration
  --calibration-bins N    uniform calibration_curve bins for ece and the curve (default 5)
  --curve-points N        ROC / PR points kept in the report (default 101)`;
var metricsCommand = {
  name: "metrics",
  summary: "compute classification or regression metrics from a predictions file",
  help: `Usage: mergeml metrics --predictions FILE --label COL --score COL [--pred COL] [--threshold T]
                       [--positive LABEL] [--group COL]... [--task binary|regression] [--json OUT]

Computes scikit-learn-compatible metrics from a CSV or JSON Lines predictions file, overall and per
--group value: roc_auc, average_precision, log_loss, brier_score, accuracy, balanced_accuracy, precision,
recall, f1, mcc, ece, the confusion matrix and bounded ROC / precision-recall / calibration curves; or
mae, rmse, r2, mape for --task regression. See docs/metrics.md.

Options:
  --predictions FILE      predictions file (.csv, or .jsonl / .ndjson)
${predictionOptionHelp}
  --json OUT              write the report as versioned JSON (schemaVersion 1) to OUT ('-' for stdout)

Exit codes: 0 ok, 2 bad input (file:line and column named on stderr), 70 internal error.`,
  options: { predictions: { type: "string" }, json: { type: "string" }, ...predictionOptionSpec },
  async run(args, ctx) {
    const predictions = requireString(args, "predictions", "metrics");
    const report = await computeMetrics({ predictions: inputPath2(predictions, ctx.cwd), ...predictionOptions(args, "metrics") });
    const shown = { ...report, source: { ...report.source, file: predictions } };
    const json3 = optionalString(args, "json");
    if (json3 === "-") ctx.stdout(`${JSON.stringify(shown, null, 2)}
`);
    else {
      if (json3 !== void 0) writeOutputAtomic(resolve8(ctx.cwd, json3), `${JSON.stringify(shown, null, 2)}
`);
      ctx.stdout(renderMetricsReport(shown));
    }
    return EXIT.ok;
  }
};

// src/cli/commands/evaluate.ts
function source(args, name, cwd) {
  const given = optionalString(args, name);
  if (given === void 0) return void 0;
  const path = inputPath2(given, cwd);
  let directory;
  try {
    directory = statSync(path).isDirectory();
  } catch (error) {
    throw new InputError(`--${name} ${given}: no such file or model dir`, [], { cause: error });
  }
  return directory ? { kind: "model", dir: path, name: given } : { kind: "predictions", path, name: given };
}
var evaluateCommand = {
  name: "evaluate",
  summary: "evaluate a challenger and compare it with a champion on identical rows",
  help: `Usage: mergeml evaluate --challenger DIR|FILE [--champion DIR|FILE|registry:STAGE] --out DIR
                        [--config FILE [--model NAME] | --label COL [--policy FILE]] [--data FILE] [options]

Computes the challenger's metrics and, with a champion, compares both on identical rows: per metric both
values, \u0394, \u0394%, a paired percentile-bootstrap confidence interval of \u0394, DeLong's test for roc_auc and
McNemar's exact test for accuracy. A model dir (from mergeml train) is scored on --data with its saved
preprocessing; a file is read as predictions. Rows must match: same count, same --id values, same labels.
With a policy (--policy, or the model's policies from --config) the metric gates are applied too.
Writes metrics.json, champion-metrics.json, comparison.json, comparison.md, gates.json and, for model
dirs, <role>-predictions.csv into --out. See docs/evaluate.md.

Options:
  --challenger DIR|FILE   the proposed model: a model dir or a predictions file
  --champion DIR|FILE     the baseline (e.g. the production model): a model dir or a predictions file, or
                          registry:STAGE (e.g. registry:production): the version of --model currently at
                          that stage in the git registry of the project's repository (--config's directory,
                          else the working directory), pulled sha256-verified into OUT/.registry-champion/;
                          registry:MODEL@VERSION (e.g. registry:credit-risk@v1.2.0) names a version
  --data FILE             test data to score model dirs on (default with --config: the model's test split)
  --out DIR               output folder (created)
  -c, --config FILE       project file: label, positive class, test data and policies of --model
  --model NAME            the model in the project file (default: its only model)
  --policy FILE           a policy file whose metric_gates are applied
  --id COL                row id column that must match row by row between the two files
  --resamples N           paired bootstrap resamples (default 2000)
  --seed N                bootstrap seed (default 42); the same seed gives the same intervals
  --confidence C          interval level (default 0.95)
  --backend B             TF.js backend for model dirs (auto | tensorflow-gpu | tensorflow | wasm | cpu)
${predictionOptionHelp.replace("--score COL             column", "--score COL             (default score) column")}

Exit codes: 0 ok, 1 an error-severity metric gate failed (reports written), 2 usage/input/config error,
70 internal error.`,
  options: {
    challenger: { type: "string" },
    champion: { type: "string" },
    data: { type: "string" },
    out: { type: "string" },
    config: { type: "string", short: "c" },
    model: { type: "string" },
    policy: { type: "string" },
    id: { type: "string" },
    resamples: { type: "string" },
    seed: { type: "string" },
    confidence: { type: "string" },
    backend: { type: "string" },
    ...predictionOptionSpec
  },
  async run(args, ctx) {
    const config = optionalString(args, "config");
    const policy = optionalString(args, "policy");
    if (config !== void 0 && policy !== void 0) throw new UsageError("mergeml evaluate: pass --config or --policy, not both.");
    let defaults = {};
    let gates;
    let modelName = optionalString(args, "model");
    if (config !== void 0) {
      const project = await loadProject(resolve9(ctx.cwd, config), nodeConfigFiles(), ctx.cwd);
      const wanted = optionalString(args, "model");
      const model = wanted === void 0 ? project.models.length === 1 ? project.models[0] : void 0 : project.models.find((m) => m.name === wanted);
      if (model === void 0) throw new UsageError(`mergeml evaluate: ${wanted === void 0 ? `pass --model (one of ${project.models.map((m) => m.name).join(", ")})` : `no model ${JSON.stringify(wanted)} in ${config}`}.`);
      const test = model.data.find((d) => d.role === "test");
      defaults = {
        label: model.config.target,
        ...model.config.positive_class !== void 0 ? { positive: String(model.config.positive_class) } : {},
        ...test ? { data: test.path } : {},
        task: model.config.task === "regression" ? "regression" : "binary"
      };
      gates = model.policy.metric_gates;
      modelName = model.name;
    } else if (policy !== void 0) {
      gates = (await loadMetricGates({ kind: "policy", path: resolve9(ctx.cwd, policy), file: policy }, ctx.cwd)).gates;
    }
    const withDefaults = {
      positionals: args.positionals,
      values: { score: "score", ...defaults.label ? { label: defaults.label } : {}, ...defaults.positive ? { positive: defaults.positive } : {}, ...defaults.task ? { task: defaults.task } : {}, ...args.values }
    };
    const spec = predictionOptions(withDefaults, "evaluate");
    const challenger = source(args, "challenger", ctx.cwd);
    if (challenger === void 0) requireString(args, "challenger", "evaluate");
    const out = resolve9(ctx.cwd, requireString(args, "out", "evaluate"));
    const championArg = optionalString(args, "champion");
    const ref2 = championArg === void 0 ? null : parseRegistryRef(championArg);
    let champion;
    if (ref2 !== null) {
      const model = "model" in ref2 ? ref2.model : modelName;
      if (model === void 0) throw new UsageError(`mergeml evaluate: --champion ${championArg} needs the model: pass --config (and --model) or --model NAME.`);
      const git = await openRegistryGit(config !== void 0 ? dirname9(resolve9(ctx.cwd, config)) : ctx.cwd, ctx.env);
      champion = await pullRegistryChampion(git, ref2, model, out);
    } else {
      champion = source(args, "champion", ctx.cwd);
    }
    const data = optionalString(args, "data");
    const backend = optionalString(args, "backend");
    const result2 = await evaluate({
      challenger,
      ...champion ? { champion } : {},
      ...data !== void 0 ? { data: inputPath2(data, ctx.cwd) } : defaults.data ? { data: defaults.data } : {},
      spec: { ...spec, id: optionalString(args, "id") },
      outDir: out,
      resamples: optionalNumber(args, "resamples", "evaluate", (n) => Number.isInteger(n) && n >= 1 && n <= 1e6, "an integer from 1 to 1000000") ?? 2e3,
      seed: optionalNumber(args, "seed", "evaluate", (n) => Number.isInteger(n), "an integer") ?? 42,
      confidence: optionalNumber(args, "confidence", "evaluate", (n) => n > 0 && n < 1, "a number between 0 and 1") ?? 0.95,
      calibrationBins: spec.calibrationBins,
      curvePoints: spec.curvePoints,
      ...gates ? { gates } : {},
      ...backend ? { backend } : {}
    }, { env: ctx.env, cwd: ctx.cwd });
    ctx.stdout(result2.comparison ? renderComparisonText(result2.comparison, result2.gates ?? void 0) : renderMetricsReport(result2.metrics) + (result2.gates ? renderGatesText(result2.gates) : ""));
    ctx.stdout(`wrote ${result2.written.map((w) => relative6(ctx.cwd, w).startsWith("..") ? w : relative6(ctx.cwd, w)).join(", ")}
`);
    return result2.gates && !result2.gates.passed ? EXIT.failed : EXIT.ok;
  }
};

// src/cli/commands/gate.ts
import { resolve as resolve10 } from "node:path";
var gateCommand = {
  name: "gate",
  summary: "apply the metric gates of a policy to metrics and a champion comparison",
  help: `Usage: mergeml gate (--policy FILE | --config FILE [--model NAME]) [--metrics FILE] [--comparison FILE]
                    [--json OUT] [--markdown OUT]

Applies metric gates in the style of MLflow's MetricThreshold: threshold, min_absolute_change,
min_relative_change, greater_is_better, severity, and MergeML's significance (a change whose p-value is
not below \u03B1 counts as no change). Each gate passes, fails (severity error) or warns (severity warning),
with the reason in words. See docs/gate.md.

Options:
  --policy FILE       a policy file with metric_gates (extends and builtin packs resolved)
  -c, --config FILE   a project file: the gates of every policy of --model (builtin packs included)
  --model NAME        the model in the project file (default: its only model)
  --metrics FILE      metrics.json of the challenger (from mergeml metrics / evaluate)
  --comparison FILE   comparison.json (from mergeml evaluate) for the change conditions
  --json OUT          write the gate report (schemaVersion 1) to OUT ('-' for stdout)
  --markdown OUT      write the PR-comment markdown to OUT

Exit codes: 0 all error gates passed, 1 an error-severity gate failed (reports still written),
2 usage, input or config error, 70 internal error.`,
  options: {
    policy: { type: "string" },
    config: { type: "string", short: "c" },
    model: { type: "string" },
    metrics: { type: "string" },
    comparison: { type: "string" },
    json: { type: "string" },
    markdown: { type: "string" }
  },
  async run(args, ctx) {
    const policy = optionalString(args, "policy");
    const config = optionalString(args, "config");
    if (policy === void 0 === (config === void 0)) throw new UsageError("mergeml gate: pass exactly one of --policy FILE or --config FILE. Run `mergeml gate --help`.");
    const source2 = policy !== void 0 ? { kind: "policy", path: resolve10(ctx.cwd, policy), file: policy } : { kind: "project", path: resolve10(ctx.cwd, config), model: optionalString(args, "model") };
    const file = (name) => {
      const v = optionalString(args, name);
      return v === void 0 ? void 0 : { path: resolve10(ctx.cwd, v), file: v };
    };
    const metrics = file("metrics");
    const comparison = file("comparison");
    const { report, comparison: cmp } = await runGates({ source: source2, ...metrics ? { metrics } : {}, ...comparison ? { comparison } : {} }, ctx.cwd);
    const json3 = optionalString(args, "json");
    const markdown = optionalString(args, "markdown");
    if (json3 !== void 0 && json3 !== "-") writeOutputAtomic(resolve10(ctx.cwd, json3), `${JSON.stringify(report, null, 2)}
`);
    if (markdown !== void 0) writeOutputAtomic(resolve10(ctx.cwd, markdown), cmp ? renderComparisonMarkdown(cmp, report) : renderGatesMarkdown(report));
    ctx.stdout(json3 === "-" ? `${JSON.stringify(report, null, 2)}
` : renderGatesText(report));
    return report.passed ? EXIT.ok : EXIT.failed;
  }
};

// src/cli/commands/model-card.ts
import { resolve as resolve12 } from "node:path";

// src/pipeline/model-card.ts
import { readFile as readFile11 } from "node:fs/promises";
import { resolve as resolve11 } from "node:path";

// src/core/compliance/model-card.ts
var text = (s, fallback) => s === null || s.trim() === "" ? `_${fallback}_` : escapeMarkdown(s);
var STATUS = { pass: "\u2705 pass", fail: "\u274C fail", warn: "\u26A0\uFE0F warn", skip: "\u23ED\uFE0F skipped" };
function metricsSection(input) {
  if (input.metrics.length === 0) return ["_No evaluation metrics were recorded._"];
  const notes = new MarkdownNotes();
  const rows2 = input.metrics.map((m) => {
    const value2 = notes.cell({ value: m.value, ...m.note !== void 0 ? { note: m.note } : {} });
    const ci2 = m.low === void 0 || m.low === null || m.high === void 0 || m.high === null ? notes.na("no confidence interval was computed for this metric") : `[${formatMetric(m.low)}, ${formatMetric(m.high)}]${m.confidenceLevel ? ` (${Math.round(m.confidenceLevel * 100)}%)` : ""}`;
    return [`\`${m.name.replace(/`/g, "")}\``, value2, ci2];
  });
  return [...markdownTable(["metric", "value", "interval"], rows2, [false, true, false]), ...notes.render()];
}
function renderModelCard(input) {
  const m = input.model;
  const lines = [
    `# Model card: ${escapeMarkdown(m.name)}${m.version ? ` ${escapeMarkdown(m.version)}` : ""}`,
    "",
    `Generated ${escapeMarkdown(input.generatedAt)} by MergeML${input.lineage.mergemlVersion ? ` ${input.lineage.mergemlVersion.replace(/[^0-9A-Za-z.+-]/g, "")}` : ""}.`,
    "",
    "## Intended use",
    "",
    text(input.intendedUse ?? m.description, "not stated in the project file"),
    ...m.task ? ["", `Task: ${escapeMarkdown(m.task)}.`] : [],
    ...input.outOfScopeUses.length > 0 ? ["", "Out of scope:", "", ...input.outOfScopeUses.map((u) => `- ${escapeMarkdown(u)}`)] : [],
    "",
    "## Training and evaluation data",
    "",
    ...input.data.length === 0 ? ["_No data files were recorded._"] : markdownTable(["role", "file", "rows", "sha256"], input.data.map((d) => [escapeMarkdown(d.role), escapeMarkdown(d.path), d.rows === null ? "n/a (not counted)" : String(d.rows), d.sha256 === null ? "n/a (not hashed)" : `\`${d.sha256.replace(/[^0-9a-f]/g, "")}\``]), [false, false, true, false]),
    "",
    "## Metrics",
    "",
    ...metricsSection(input),
    "",
    "## Fairness",
    "",
    input.fairness === null ? "_Fairness was not evaluated._" : renderFairnessMarkdown(input.fairness).trimEnd(),
    "",
    "## Compliance",
    "",
    input.compliance.length === 0 ? "_No compliance checks ran._" : renderComplianceChecklist(input.compliance).trimEnd(),
    "",
    "## Limitations",
    "",
    ...input.limitations.length === 0 ? ["_None recorded._"] : input.limitations.map((l) => `- ${escapeMarkdown(l)}`),
    "",
    "## Lineage",
    "",
    ...markdownTable(["item", "value"], [
      ["commit", input.lineage.commit === null ? "n/a (not in a git repository)" : `\`${input.lineage.commit.replace(/[^0-9a-f]/g, "")}\``],
      ["config", input.lineage.configPath === null ? "n/a (no project file)" : `${escapeMarkdown(input.lineage.configPath)}${input.lineage.configSha256 ? ` (sha256 \`${input.lineage.configSha256.replace(/[^0-9a-f]/g, "")}\`)` : ""}`],
      ["backend", input.lineage.backend === null ? "n/a (not trained by MergeML)" : escapeMarkdown(input.lineage.backend)],
      ["seed", input.lineage.seed === null ? "n/a (not recorded)" : String(input.lineage.seed)]
    ]),
    "",
    "## Gate decisions",
    ""
  ];
  const gateRows = [
    ...input.gates.map((g) => [STATUS[g.status], escapeMarkdown(g.kind), escapeMarkdown(g.name), escapeMarkdown(g.reason)]),
    ...(input.fairness?.gates ?? []).map((g) => [STATUS[g.status], "fairness", `\`${g.metric}\` over ${g.attributes.map((a) => escapeMarkdown(a)).join(" \xD7 ")}`, escapeMarkdown(g.reasons.join(" "))]),
    ...input.compliance.filter((c) => c.status !== "pass").map((c) => [c.status === "skip" ? STATUS.skip : c.severity === "error" ? STATUS.fail : STATUS.warn, "compliance", escapeMarkdown(c.check), escapeMarkdown(c.message)])
  ];
  lines.push(...gateRows.length === 0 ? ["_No gates were evaluated._"] : markdownTable(["result", "kind", "gate", "reason"], gateRows), "");
  return lines.join("\n");
}

// src/pipeline/model-card.ts
async function readJson2(path, cwd, what) {
  try {
    const value2 = JSON.parse(await readFile11(resolve11(cwd, path), "utf8"));
    if (value2 === null || typeof value2 !== "object" || Array.isArray(value2)) throw new Error("not a JSON object");
    return value2;
  } catch (error) {
    throw new InputError(`cannot read ${what} ${path}`, [{ file: path, message: error instanceof Error ? error.message : String(error), expected: `the --json output of \`mergeml ${what}\`` }], { cause: error });
  }
}
function metricsOf2(report, file) {
  const overall = report["overall"];
  if (report["kind"] !== "metrics" || report["schemaVersion"] !== 1 || overall?.metrics === void 0) {
    throw new InputError(`${file} is not a metrics report`, [{ file, message: `kind ${JSON.stringify(report["kind"])}, schemaVersion ${JSON.stringify(report["schemaVersion"])}`, expected: 'the --json output of `mergeml metrics` (kind "metrics", schemaVersion 1)' }]);
  }
  return Object.entries(overall.metrics).map(([name, v]) => typeof v === "number" && Number.isFinite(v) ? { name, value: v } : { name, value: null, note: "undefined in the metrics report (see its warnings)" });
}
async function buildModelCard(request2, files, cwd) {
  const model = await loadFairnessProject(request2.config, request2.model, files, cwd);
  let fairness = null;
  if (request2.fairness !== void 0) {
    const json3 = await readJson2(request2.fairness, cwd, "fairness");
    if (json3["kind"] !== "mergeml.fairness-run" || json3["schemaVersion"] !== 1) {
      throw new InputError(`${request2.fairness} is not a fairness report`, [{ file: request2.fairness, message: `kind ${JSON.stringify(json3["kind"])}`, expected: 'the --json output of `mergeml fairness` (kind "mergeml.fairness-run", schemaVersion 1)' }]);
    }
    fairness = json3;
  }
  const data = [];
  for (const role of ["train", "test", "reference"]) {
    const entry = model.config.data[role];
    if (entry === void 0) continue;
    const rel = typeof entry === "string" ? entry : entry.path;
    const abs = resolve11(model.dir, rel);
    const exists = await files.kind(abs) === "file";
    data.push({ role, path: rel, sha256: exists ? await files.sha256(abs) : null, rows: null });
  }
  const configPath = resolve11(cwd, model.file);
  const input = {
    model: { name: model.name, version: request2.version ?? null, description: model.config.description ?? null, task: model.config.task },
    intendedUse: request2.intendedUse ?? null,
    outOfScopeUses: [],
    data,
    metrics: request2.metrics === void 0 ? [] : metricsOf2(await readJson2(request2.metrics, cwd, "metrics"), request2.metrics),
    fairness: fairness?.fairness ?? null,
    compliance: fairness?.compliance.checks ?? [],
    limitations: request2.limitations,
    lineage: {
      commit: request2.commit ?? null,
      configPath: model.file,
      configSha256: await files.kind(configPath) === "file" ? await files.sha256(configPath) : null,
      backend: request2.backend ?? model.config.train?.backend ?? null,
      seed: request2.seed ?? model.config.train?.seed ?? null,
      mergemlVersion: request2.mergemlVersion
    },
    gates: [],
    generatedAt: request2.generatedAt
  };
  return renderModelCard(input);
}

// package.json
var package_default = {
  name: "mergeml",
  version: "0.1.0",
  description: "Run the machine-learning lifecycle through pull requests: the repository is the model registry.",
  license: "MIT",
  type: "module",
  engines: {
    node: ">=20"
  },
  bin: {
    mergeml: "bin/mergeml.js"
  },
  files: [
    "bin",
    "dist",
    "policies",
    "actions",
    "reusable",
    "workflows"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc -p tsconfig.json --noEmit",
    test: "node scripts/run-tests.mjs",
    start: "node scripts/start.mjs",
    bench: "node --import tsx bench/run.ts",
    schema: "node --import tsx scripts/generate-schema.ts",
    "check:generated": "node scripts/check-generated.mjs"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/rest": "^22.0.1",
    "@tensorflow/tfjs": "^4.22.0",
    "@tensorflow/tfjs-backend-wasm": "^4.22.0",
    bottleneck: "^2.19.5",
    "js-yaml": "^5.5.0",
    "markdown-table": "^3.0.4",
    zod: "^4.6.7"
  },
  peerDependencies: {
    "@tensorflow/tfjs-node": "^4.22.0",
    "@tensorflow/tfjs-node-gpu": "^4.22.0"
  },
  peerDependenciesMeta: {
    "@tensorflow/tfjs-node": {
      optional: true
    },
    "@tensorflow/tfjs-node-gpu": {
      optional: true
    }
  },
  devDependencies: {
    "@actions/workflow-parser": "^0.3.61",
    "@duckdb/node-api": "1.5.5-r.5",
    "@octokit/openapi": "^23.0.2",
    "@types/node": "^20.19.0",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    assemblyscript: "^0.28.20",
    esbuild: "^0.28.2",
    "fast-check": "^4.10.2",
    tsx: "^4.23.15",
    typescript: "~5.9.3"
  }
};

// src/cli/version.ts
var VERSION = package_default.version;

// src/cli/commands/model-card.ts
var NAME3 = "model-card";
var modelCardCommand = {
  name: NAME3,
  summary: "render the model card (markdown) from the project file and the run's reports",
  help: `Usage: mergeml model-card --config mergeml.yaml [--model NAME] [--fairness FILE] [--metrics FILE]
                          [--commit SHA] [--backend NAME] [--seed N] [--model-version V]
                          [--intended-use TEXT] [--limitation TEXT]... [--generated-at ISO] --out FILE

Renders the model card: intended use, training and evaluation data with sha256, metrics, fairness tables,
compliance checklist, limitations, lineage and gate decisions. See docs/model-card.md.

Options:
  --config FILE           project file (mergeml.yaml)
  --model NAME            model in the project file (required when it has several)
  --fairness FILE         JSON written by \`mergeml fairness --json\`
  --metrics FILE          JSON written by \`mergeml metrics --json\`
  --commit SHA            commit the model was built from (lineage)
  --backend NAME          training backend (default: the project's train.backend)
  --seed N                training seed (default: the project's train.seed)
  --model-version V       version label of the model (e.g. the registry version)
  --intended-use TEXT     intended use (default: the model's description)
  --limitation TEXT       a known limitation (repeatable)
  --generated-at ISO      generation time (default: now); pass it for reproducible cards
  --out FILE              where to write the card ('-' for stdout)

Exit codes: 0 written, 2 usage, input or config error, 70 internal error.`,
  options: {
    config: { type: "string" },
    model: { type: "string" },
    fairness: { type: "string" },
    metrics: { type: "string" },
    commit: { type: "string" },
    backend: { type: "string" },
    seed: { type: "string" },
    "model-version": { type: "string" },
    "intended-use": { type: "string" },
    limitation: { type: "string", multiple: true },
    "generated-at": { type: "string" },
    out: { type: "string" }
  },
  async run(args, ctx) {
    const out = requireString(args, "out", NAME3);
    const seedText = optionalString(args, "seed");
    const seed = seedText === void 0 ? void 0 : Number(seedText);
    if (seed !== void 0 && !Number.isInteger(seed)) throw new UsageError(`mergeml ${NAME3}: --seed ${JSON.stringify(seedText)} is not an integer.`);
    const generatedAt = optionalString(args, "generated-at") ?? (/* @__PURE__ */ new Date()).toISOString();
    if (Number.isNaN(Date.parse(generatedAt))) throw new UsageError(`mergeml ${NAME3}: --generated-at ${JSON.stringify(generatedAt)} is not an ISO-8601 time (e.g. 2026-11-23T10:00:00Z).`);
    const commit = optionalString(args, "commit");
    if (commit !== void 0 && !/^[0-9a-f]{7,64}$/.test(commit)) throw new UsageError(`mergeml ${NAME3}: --commit ${JSON.stringify(commit)} is not a git commit id (7 to 64 lowercase hex digits).`);
    const limitations = args.values["limitation"];
    const pick2 = (name) => optionalString(args, name);
    const card = await buildModelCard({
      config: requireString(args, "config", NAME3),
      ...pick2("model") !== void 0 ? { model: pick2("model") } : {},
      ...pick2("fairness") !== void 0 ? { fairness: pick2("fairness") } : {},
      ...pick2("metrics") !== void 0 ? { metrics: pick2("metrics") } : {},
      ...commit !== void 0 ? { commit } : {},
      ...pick2("backend") !== void 0 ? { backend: pick2("backend") } : {},
      ...seed !== void 0 ? { seed } : {},
      ...pick2("model-version") !== void 0 ? { version: pick2("model-version") } : {},
      ...pick2("intended-use") !== void 0 ? { intendedUse: pick2("intended-use") } : {},
      limitations: Array.isArray(limitations) ? limitations : [],
      generatedAt,
      mergemlVersion: VERSION
    }, nodeConfigFiles(), ctx.cwd);
    if (out === "-") ctx.stdout(card);
    else writeOutputAtomic(resolve12(ctx.cwd, out), card);
    return EXIT.ok;
  }
};

// src/cli/commands/predict.ts
import { relative as relative7, resolve as resolve13 } from "node:path";
var predictCommand = {
  name: "predict",
  summary: "score a data file with a trained model artifact",
  help: `Usage: mergeml predict --model DIR --data FILE --out PRED.csv [--backend B] [--delimiter C] [--json]

Verifies DIR against its manifest.json (sha256 of every file), applies the saved preprocessing and writes
one row per record: row,line,score,label (binary classification; score is the probability of the
positive class, label at 0.5) or row,line,prediction (regression).

Options:
  -m, --model DIR    model artifact written by \`mergeml train\`
  -d, --data FILE    CSV or JSON Lines file with the feature columns
  -o, --out FILE     predictions CSV to write (atomically)
      --backend B    auto | tensorflow-gpu | tensorflow | wasm | cpu (default MERGEML_BACKEND or auto)
      --delimiter C  CSV delimiter of FILE (default ",")
      --json         print a versioned JSON summary (schemaVersion 1)

Exit codes: 0 written, 2 usage/data error or an artifact that fails verification, 70 internal error.`,
  options: {
    model: { type: "string", short: "m" },
    data: { type: "string", short: "d" },
    out: { type: "string", short: "o" },
    backend: { type: "string" },
    delimiter: { type: "string" },
    json: { type: "boolean" }
  },
  async run(args, ctx) {
    const modelDir2 = resolve13(ctx.cwd, requireString(args, "model", "predict"));
    const data = requireString(args, "data", "predict");
    const out = resolve13(ctx.cwd, requireString(args, "out", "predict"));
    const backend = optionalString(args, "backend");
    const delimiter = optionalString(args, "delimiter");
    const result2 = await predict(
      { modelDir: modelDir2, dataPath: resolve13(ctx.cwd, data), dataFile: data, outPath: out, ...backend ? { backend } : {}, ...delimiter ? { delimiter } : {} },
      { env: ctx.env, cwd: ctx.cwd }
    );
    ctx.stdout(args.values["json"] === true ? `${JSON.stringify(result2, null, 2)}
` : `wrote ${result2.rows} predictions to ${relative7(ctx.cwd, out) || out} (${result2.backend})
`);
    return EXIT.ok;
  }
};

// src/cli/commands/train.ts
import { resolve as resolve14 } from "node:path";

// src/pipeline/train.ts
import { createHash as createHash7 } from "node:crypto";
import { readFile as readFile12, rm as rm5, readdir as readdir5, stat as stat4 } from "node:fs/promises";

// src/core/contract/contract-schema.ts
import { z as z16 } from "zod";
var CONTRACT_TYPES = ["integer", "float", "number", "string", "boolean"];
var CONSTRAINTS = ["exists", "type", "nullable", "range", "values", "unique"];
var columnSchema = z16.strictObject({
  name: columnNameSchema,
  description: z16.string().optional(),
  type: z16.enum(CONTRACT_TYPES).optional().describe("DV07 column_type"),
  nullable: z16.boolean().optional().describe("false: DV06 values_not_null (default true)"),
  min: z16.number().optional().describe("DV10 values_between lower bound (inclusive)"),
  max: z16.number().optional().describe("DV10 values_between upper bound (inclusive)"),
  values: z16.array(z16.union([z16.string(), z16.number(), z16.boolean()])).min(1).optional().describe("DV12 values_in_set"),
  unique: z16.boolean().optional().describe("true: DV15 values_unique"),
  severity: z16.partialRecord(z16.enum(CONSTRAINTS), severitySchema).optional().describe("severity per constraint, e.g. {nullable: warning, range: warning}; default error")
}).superRefine((c, ctx) => {
  if (c.min !== void 0 && c.max !== void 0 && c.min > c.max) ctx.addIssue({ code: "custom", path: ["max"], message: `max ${c.max} is below min ${c.min}` });
});
var contractSchema = z16.strictObject({
  version: z16.literal(1),
  description: z16.string().optional(),
  null_values: z16.array(z16.string()).optional().describe('cell texts read as null (default [""])'),
  strict: z16.boolean().optional().describe("true: no columns beyond those listed (DV02 columns_match_set)"),
  ordered: z16.boolean().optional().describe("true: columns in the listed order (DV03 column_order)"),
  columns: z16.array(columnSchema).min(1),
  checks: z16.array(dataCheckSchema).optional().describe("further data checks in policy form (DV01\u2013DV26)")
}).superRefine((c, ctx) => {
  const seen = /* @__PURE__ */ new Map();
  c.columns.forEach((col, i) => {
    const first2 = seen.get(col.name);
    if (first2 !== void 0) ctx.addIssue({ code: "custom", path: ["columns", i, "name"], message: `column ${JSON.stringify(col.name)} is listed twice (first at columns[${first2}])` });
    else seen.set(col.name, i);
  });
});

// src/core/contract/parse-contract.ts
function parseContract(file, bytes) {
  const result2 = parseConfigFile(file, bytes, contractSchema);
  if (!result2.ok) throw new ConfigError(`${file}: invalid data contract`, result2.problems);
  return result2.config.value;
}

// src/core/preprocess/contract-kinds.ts
function contractKinds(contract) {
  const kinds = {};
  for (const column3 of contract.columns) {
    if (column3.type === void 0) continue;
    kinds[column3.name] = column3.type === "string" || column3.type === "boolean" ? "categorical" : "numeric";
  }
  return kinds;
}

// src/core/preprocess/preprocess-spec.ts
var UNKNOWN_CATEGORY = "__unknown__";
function featureColumns(feature) {
  const out = feature.kind === "numeric" ? [feature.name] : [...feature.categories, UNKNOWN_CATEGORY].map((c) => `${feature.name}=${c}`);
  if (feature.missingIndicator) out.push(`${feature.name}__missing`);
  return out;
}

// src/core/preprocess/fit-preprocess.ts
var NUMERIC_SHARE = 0.9;
var MAX_CATEGORIES = 1e3;
var MAX_REPORTED2 = 10;
function createPreprocessFitter(options2) {
  let header;
  let file = "";
  let featureNames = [];
  let stats = [];
  const targetCounts = /* @__PURE__ */ new Map();
  const targetNumbers = { n: 0, sum: 0, sumSquares: 0 };
  const targetProblems = [];
  let rows2 = 0;
  function start(batch) {
    header = batch.header;
    file = batch.file;
    const problems = [];
    const protectedSet = new Set(options2.protected);
    if (!header.includes(options2.target)) problems.push({ file, line: 1, message: `target column '${options2.target}' is not in the header`, expected: `one of ${header.join(", ")}` });
    featureNames = options2.features ? [...options2.features] : header.filter((c) => c !== options2.target && !protectedSet.has(c));
    for (const name of featureNames) {
      if (protectedSet.has(name)) problems.push({ path: "features", message: `'${name}' is a protected attribute and cannot be a feature`, expected: "features without protected attributes" });
      else if (name === options2.target) problems.push({ path: "features", message: `the target '${name}' cannot be a feature` });
      else if (!header.includes(name)) problems.push({ file, line: 1, message: `feature column '${name}' is not in the header`, expected: `one of ${header.join(", ")}` });
    }
    if (featureNames.length === 0) problems.push({ path: "features", message: "no feature columns are left", expected: "at least one feature that is neither the target nor protected" });
    if (problems.length > 0) throw new InputError(`cannot train on ${file}`, problems);
    stats = featureNames.map(() => ({ present: 0, missing: 0, numeric: 0, sum: 0, sumSquares: 0, categories: /* @__PURE__ */ new Map(), overflow: false, nonNumeric: [] }));
  }
  return {
    consume(batch) {
      if (header === void 0) start(batch);
      const h = header ?? [];
      const targetIndex = h.indexOf(options2.target);
      const targetCells = batch.cells[targetIndex] ?? [];
      const targetValues = batch.numbers(targetIndex);
      const keep = new Array(batch.length);
      for (let r = 0; r < batch.length; r++) {
        const cell = targetCells[r] ?? null;
        keep[r] = cell !== null && cell.trim() !== "";
        if (!keep[r]) continue;
        rows2++;
        if (options2.task === "regression") {
          const v = targetValues[r] ?? NaN;
          if (!Number.isFinite(v)) {
            if (targetProblems.length < MAX_REPORTED2) targetProblems.push({ file, line: batch.lines[r] ?? 0, column: targetIndex + 1, message: `target '${options2.target}' is not a number: '${cell}'`, expected: "a number (regression)" });
            continue;
          }
          targetNumbers.n++;
          targetNumbers.sum += v;
          targetNumbers.sumSquares += v * v;
        } else {
          const label = (cell ?? "").trim();
          targetCounts.set(label, (targetCounts.get(label) ?? 0) + 1);
        }
      }
      featureNames.forEach((name, f2) => {
        const column3 = h.indexOf(name);
        const cells = batch.cells[column3] ?? [];
        const values = batch.numbers(column3);
        const s = stats[f2];
        for (let r = 0; r < batch.length; r++) {
          if (!keep[r]) continue;
          const cell = cells[r] ?? null;
          if (cell === null || cell.trim() === "") {
            s.missing++;
            continue;
          }
          s.present++;
          const v = values[r] ?? NaN;
          if (Number.isFinite(v)) {
            s.numeric++;
            s.sum += v;
            s.sumSquares += v * v;
          } else if (s.nonNumeric.length < MAX_REPORTED2) s.nonNumeric.push({ line: batch.lines[r] ?? 0, field: column3 + 1, text: cell });
          if (!s.overflow) {
            s.categories.set(cell, (s.categories.get(cell) ?? 0) + 1);
            if (s.categories.size > MAX_CATEGORIES) s.overflow = true;
          }
        }
      });
    },
    finish() {
      if (header === void 0) throw new InputError("the training data has no rows", [{ file: file || "(training data)", message: "no records", expected: "a header row and at least one record" }]);
      if (rows2 === 0) throw new InputError(`no rows left after filtering rows without a target '${options2.target}'`, [{ file, message: "every record has an empty target", expected: "records with a target value" }]);
      if (targetProblems.length > 0) throw new InputError(`the regression target '${options2.target}' must be numeric`, targetProblems);
      const problems = [];
      const features = featureNames.map((name, f2) => {
        const s = stats[f2];
        const declared = options2.kinds?.[name];
        const numeric = declared ? declared === "numeric" : s.present > 0 && s.numeric / s.present >= NUMERIC_SHARE;
        if (numeric) {
          for (const bad of s.nonNumeric) problems.push({ file, line: bad.line, column: bad.field, message: `non-numeric value '${bad.text}' in numeric feature '${name}'`, expected: "a number or a missing value" });
          const mean = s.numeric > 0 ? s.sum / s.numeric : 0;
          const variance = s.numeric > 0 ? Math.max(0, s.sumSquares / s.numeric - mean * mean) : 0;
          const std = Math.sqrt(variance);
          return { name, kind: "numeric", mean, scale: std > 1e-12 ? std : 1, missingIndicator: s.missing > 0 };
        }
        if (s.overflow) problems.push({ file, path: `features.${name}`, message: `categorical feature '${name}' has more than ${MAX_CATEGORIES} distinct values`, expected: "a low-cardinality column, or remove it from features" });
        const categories = [...s.categories.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([c]) => c);
        return { name, kind: "categorical", categories, missingIndicator: s.missing > 0 };
      });
      if (problems.length > 0) throw new InputError(`cannot fit preprocessing on ${file}`, problems);
      const target = fitTarget(options2, file, targetCounts, targetNumbers);
      return {
        schemaVersion: 1,
        target,
        features,
        columns: features.flatMap(featureColumns),
        nullValues: [...options2.nullValues],
        excluded: [...options2.protected]
      };
    }
  };
}
function fitTarget(options2, file, counts, numbers) {
  if (options2.task === "regression") {
    const mean = numbers.sum / numbers.n;
    const std = Math.sqrt(Math.max(0, numbers.sumSquares / numbers.n - mean * mean));
    return { name: options2.target, task: "regression", mean, scale: std > 1e-12 ? std : 1 };
  }
  const labels = [...counts.keys()].sort();
  if (labels.length !== 2) {
    throw new InputError(`binary classification needs exactly two classes in target '${options2.target}', found ${labels.length}`, [
      { file, message: `classes: ${labels.map((l) => `'${l}' (${counts.get(l)})`).join(", ") || "none"}`, expected: "two distinct target values" }
    ]);
  }
  const positive = options2.positiveClass ?? labels[1];
  if (!labels.includes(positive)) {
    throw new ConfigError(`positive_class '${positive}' does not occur in target '${options2.target}'`, [{ path: "positive_class", message: `'${positive}' is not a class of ${file}`, expected: `one of ${labels.join(", ")}` }]);
  }
  const negative = labels.find((l) => l !== positive);
  return { name: options2.target, task: "binary_classification", positiveClass: positive, negativeClass: negative, classCounts: Object.fromEntries(labels.map((l) => [l, counts.get(l) ?? 0])) };
}

// src/train/command-trainer.ts
import { spawn } from "node:child_process";
import { existsSync as existsSync4 } from "node:fs";
import { join as join16 } from "node:path";
var PREDICTIONS_FILE = "predictions.csv";
function trainerEnvironment(input, outputDir) {
  const c = input.model.config;
  return {
    MERGEML_MODEL: input.model.name,
    MERGEML_TASK: c.task,
    MERGEML_TRAIN_PATH: input.trainFile.path,
    MERGEML_TEST_PATH: input.testFile?.path ?? "",
    MERGEML_OUTPUT_DIR: outputDir,
    MERGEML_PREDICTIONS_PATH: join16(outputDir, PREDICTIONS_FILE),
    MERGEML_SEED: String(input.seed),
    MERGEML_TARGET: c.target,
    MERGEML_POSITIVE_CLASS: c.positive_class === void 0 ? "" : String(c.positive_class),
    MERGEML_FEATURES: JSON.stringify(c.features),
    MERGEML_PROTECTED: JSON.stringify(c.protected.map((p) => p.column)),
    MERGEML_DELIMITER: c.data.delimiter ?? ",",
    MERGEML_NULL_VALUES: JSON.stringify(c.data.null_values ?? [""])
  };
}
function run(command, cwd, env, write2) {
  return new Promise((resolve25, reject) => {
    const child2 = spawn(command, { shell: true, cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    child2.stdout.on("data", (d) => write2(d.toString()));
    child2.stderr.on("data", (d) => write2(d.toString()));
    child2.on("error", reject);
    child2.on("close", (code3, signal) => resolve25(code3 ?? (signal ? 128 : 1)));
  });
}
async function validatePredictions(input, path) {
  const c = input.model.config;
  const testFile = input.testFile;
  const binary = c.task === "binary_classification";
  const labels = [];
  for (const batch of await readAllBatches(testFile)) {
    const col = batch.header.indexOf(c.target);
    const cells = batch.cells[col] ?? [];
    const numbers = batch.numbers(col);
    for (let r = 0; r < batch.length; r++) {
      const cell = cells[r] ?? null;
      labels.push(col < 0 || cell === null || cell.trim() === "" ? null : binary ? cell.trim() === String(c.positive_class) ? 1 : 0 : numbers[r] ?? NaN);
    }
  }
  const column3 = binary ? "score" : "prediction";
  const scores = [];
  const problems = [];
  const file = join16(input.outDir, PREDICTIONS_FILE);
  for (const batch of await readAllBatches({ path, file, options: {} })) {
    const col = batch.header.indexOf(column3);
    if (col < 0) throw new InputError(`${file} has no '${column3}' column`, [{ file, line: 1, message: `columns: ${batch.header.join(", ")}`, expected: binary ? "a header with score (probability of the positive class)" : "a header with prediction" }]);
    const values = batch.numbers(col);
    for (let r = 0; r < batch.length; r++) {
      const v = values[r] ?? NaN;
      if (!Number.isFinite(v) || binary && (v < 0 || v > 1)) {
        if (problems.length < 10) problems.push({ file, line: batch.lines[r] ?? 0, column: col + 1, message: `${column3} '${batch.cells[col]?.[r] ?? ""}' is not ${binary ? "a probability" : "a number"}`, expected: binary ? "a number in [0, 1]" : "a finite number" });
      }
      scores.push(v);
    }
  }
  if (scores.length !== labels.length) problems.push({ file, message: `${scores.length} predictions for ${labels.length} test records`, expected: `one row per record of ${testFile.file}, in file order` });
  if (problems.length > 0) throw new InputError(`the trainer's predictions cannot be used`, problems);
  const kept = labels.flatMap((l, i) => l === null ? [] : [i]);
  const y = Float32Array.from(kept, (i) => labels[i]);
  const s = Float32Array.from(kept, (i) => scores[i]);
  return binary ? testMetrics({ name: c.target, task: "binary_classification", positiveClass: "1", negativeClass: "0", classCounts: {} }, y, s) : testMetrics({ name: c.target, task: "regression", mean: 0, scale: 1 }, y, s);
}
async function runCommandTrainer(input) {
  const staging = await prepareOutputDir(input.outDir, { resume: false });
  const write2 = input.progress.write;
  try {
    const env = { ...input.env, ...trainerEnvironment(input, staging) };
    write2(input.progress.githubActions ? `::group::Training ${input.model.name}: ${input.command}
` : `Training ${input.model.name}: ${input.command}
`);
    const trainStarted = input.progress.now();
    let code3;
    try {
      code3 = await run(input.command, input.projectDir, env, write2);
    } finally {
      if (input.progress.githubActions) write2("::endgroup::\n");
    }
    const trainSeconds = (input.progress.now() - trainStarted) / 1e3;
    if (code3 !== 0) throw new InputError(`the training command exited with code ${code3}`, [{ path: `models.${input.model.name}.train.command`, message: input.command, expected: "a command that exits 0 after writing its outputs to $MERGEML_OUTPUT_DIR" }]);
    const predictions = join16(staging, PREDICTIONS_FILE);
    const hasModel = existsSync4(join16(staging, MODEL_JSON));
    let metrics = {};
    if (input.testFile) {
      if (!existsSync4(predictions)) throw new InputError(`the training command wrote no ${PREDICTIONS_FILE}`, [{ file: predictions, message: "missing", expected: "predictions for every test record at $MERGEML_PREDICTIONS_PATH" }]);
      metrics = await validatePredictions(input, predictions);
    } else if (!hasModel && !existsSync4(predictions)) {
      throw new InputError("the training command produced neither a model nor predictions", [{ file: staging, message: "nothing usable", expected: `${MODEL_JSON} (TF.js) or ${PREDICTIONS_FILE} in $MERGEML_OUTPUT_DIR` }]);
    }
    if (hasModel) {
      const tf = await loadTf();
      try {
        (await tf.loadLayersModel(fileModelHandler(join16(staging, MODEL_JSON)))).dispose();
      } catch (error) {
        throw new InputError(`the trainer's ${MODEL_JSON} does not load as a TF.js layers model`, [{ file: join16(input.outDir, MODEL_JSON), message: error instanceof Error ? error.message : String(error) }], { cause: error });
      }
    }
    const card = {
      schemaVersion: 1,
      model: input.model.name,
      task: input.model.config.task,
      trainer: "command",
      command: input.command,
      data: { train: { file: input.trainFile.file, sha256: await fileSha256(input.trainFile.path) }, test: input.testFile ? { file: input.testFile.file, sha256: await fileSha256(input.testFile.path) } : null },
      code: { commit: await input.gitCommit() },
      seed: input.seed,
      metrics: { test: metrics },
      durations: { totalSeconds: (input.progress.now() - input.started) / 1e3, trainSeconds }
    };
    await stageFile(staging, "training-card.json", `${JSON.stringify(card, null, 2)}
`);
    const manifest = await commitArtifact(input.outDir, staging, input.model.name);
    const weights = manifest.files.find((f2) => f2.path === "weights.bin");
    return { schemaVersion: 1, model: input.model.name, outDir: input.outDir, trainer: "command", backend: null, seed: input.seed, epochs: null, resumedFromEpoch: null, metrics, weightsSha256: weights?.sha256 ?? null, files: manifest.files, durations: card.durations };
  } catch (error) {
    await discardStaging(staging);
    throw error;
  }
}

// src/train/progress-reporter.ts
var BAR_WIDTH = 24;
var BAR_INTERVAL_MS = 100;
function formatDuration(seconds) {
  if (!Number.isFinite(seconds)) return "?";
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  const s = Math.round(seconds);
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor(s % 3600 / 60)).padStart(2, "0")}m`;
}
function formatEpochLine(record, epochs, epochSeconds, etaSeconds) {
  const metrics = ["loss", "acc", "val_loss", "val_acc", "val_auc"].filter((k) => record[k] !== void 0).map((k) => `${k} ${record[k].toFixed(4)}`);
  return `epoch ${String(record.epoch).padStart(String(epochs).length)}/${epochs}  ${metrics.join("  ")}  ${formatDuration(epochSeconds)}  ETA ${formatDuration(etaSeconds)}`;
}
var TrainingProgress = class {
  constructor(out, epochs) {
    this.out = out;
    this.epochs = epochs;
  }
  out;
  epochs;
  epochStart = 0;
  lastBar = 0;
  barShown = false;
  epochTimes = [];
  begin(title) {
    this.out.write(this.out.githubActions ? `::group::${title}
` : `${title}
`);
    this.epochStart = this.out.now();
  }
  batch(epoch, step, steps) {
    if (!this.out.interactive) return;
    const now = this.out.now();
    if (step < steps && now - this.lastBar < BAR_INTERVAL_MS) return;
    this.lastBar = now;
    const filled = Math.round(step / steps * BAR_WIDTH);
    this.out.write(`\r[${"#".repeat(filled)}${".".repeat(BAR_WIDTH - filled)}] epoch ${epoch}/${this.epochs} batch ${step}/${steps}`);
    this.barShown = true;
  }
  epoch(record, stopped) {
    const now = this.out.now();
    const seconds = (now - this.epochStart) / 1e3;
    this.epochStart = now;
    this.epochTimes.push(seconds);
    const mean = this.epochTimes.reduce((a, b) => a + b, 0) / this.epochTimes.length;
    const eta = stopped ? 0 : mean * (this.epochs - record.epoch);
    const clear = this.barShown ? "\r\x1B[2K" : "";
    this.barShown = false;
    this.out.write(`${clear}${formatEpochLine(record, this.epochs, seconds, eta)}${stopped ? "  (early stopping)" : ""}
`);
  }
  note(text3) {
    this.out.write(`${text3}
`);
  }
  end() {
    if (this.barShown) this.out.write("\r\x1B[2K");
    if (this.out.githubActions) this.out.write("::endgroup::\n");
  }
};

// src/train/fit-loop.ts
var PREDICT_CHUNK = 8192;
function gather(data, order, start, n, x, y) {
  const w = data.width;
  for (let i = 0; i < n; i++) {
    const row = order[start + i];
    x.set(data.x.subarray(row * w, row * w + w), i * w);
    y[i] = data.y[row];
  }
}
async function readScalars(tf, scalars) {
  if (scalars.length === 0) return [];
  const stacked = tf.stack(scalars);
  const values = Array.from(await stacked.data());
  tf.dispose([stacked, ...scalars]);
  return values;
}
function higherIsBetter(monitor2) {
  return monitor2 === "acc" || monitor2 === "val_acc" || monitor2 === "val_auc";
}
async function predictRows(tf, model, data, rows2) {
  const out = new Float32Array(rows2.length);
  const xb = new Float32Array(Math.min(PREDICT_CHUNK, rows2.length) * data.width);
  const yb = new Float32Array(Math.min(PREDICT_CHUNK, rows2.length));
  for (let start = 0; start < rows2.length; start += PREDICT_CHUNK) {
    const n = Math.min(PREDICT_CHUNK, rows2.length - start);
    gather(data, rows2, start, n, xb, yb);
    const input = tf.tensor2d(xb.subarray(0, n * data.width), [n, data.width]);
    const p = model.predict(input);
    out.set(await p.data(), start);
    tf.dispose([input, p]);
  }
  return out;
}
async function runFitLoop(tf, built, optimizer, data, settings, rng, state, hooks = {}) {
  const { model } = built;
  const binary = settings.task === "binary_classification";
  const variables = model.trainableWeights.map((w2) => w2.read());
  const penalties = built.l2.map(({ layer, factor }) => ({ kernel: model.layers[layer]?.trainableWeights[0]?.read(), factor }));
  const w = data.width;
  const maxBatch = Math.min(settings.batchSize, data.train.length);
  const xb = new Float32Array(maxBatch * w);
  const yb = new Float32Array(maxBatch);
  const order = new Int32Array(data.train);
  const steps = Math.ceil(order.length / settings.batchSize);
  const weightOf = settings.classWeight;
  const trackAccuracy = binary && settings.earlyStopping?.monitor === "acc";
  const penalty = () => {
    let total2 = null;
    for (const p of penalties) {
      const term = tf.mul(tf.sum(tf.square(p.kernel)), p.factor);
      total2 = total2 === null ? term : tf.add(total2, term);
    }
    return total2;
  };
  const wb = weightOf ? new Float32Array(maxBatch) : null;
  while (state.epoch < settings.epochs && !state.stopped) {
    const epoch = state.epoch + 1;
    order.set(data.train);
    rng.shuffle(order);
    const costs = [];
    const corrects = [];
    for (let step = 0; step < steps; step++) {
      const start = step * settings.batchSize;
      const n = Math.min(settings.batchSize, order.length - start);
      gather(data, order, start, n, xb, yb);
      if (wb && weightOf) for (let i = 0; i < n; i++) wb[i] = weightOf[yb[i] === 1 ? 1 : 0];
      tf.tidy(() => {
        const xs = tf.tensor2d(xb.subarray(0, n * w), [n, w]);
        const ys = tf.tensor2d(yb.subarray(0, n), [n, 1]);
        const weights = wb ? tf.tensor2d(wb.subarray(0, n), [n, 1]) : null;
        const cost = optimizer.minimize(() => {
          const p = model.apply(xs, { training: true });
          let perRow;
          if (binary) {
            const q = tf.clipByValue(p, 1e-7, 1 - 1e-7);
            perRow = tf.neg(tf.add(tf.mul(ys, tf.log(q)), tf.mul(tf.sub(1, ys), tf.log(tf.sub(1, q)))));
            if (trackAccuracy) corrects.push(tf.keep(tf.sum(tf.cast(tf.equal(tf.greaterEqual(p, 0.5), tf.greaterEqual(ys, 0.5)), "float32"))));
          } else perRow = tf.square(tf.sub(p, ys));
          if (weights) perRow = tf.mul(perRow, weights);
          const reg = penalty();
          const mean = tf.mean(perRow);
          return reg === null ? mean : tf.add(mean, reg);
        }, true, variables);
        costs.push(tf.keep(cost));
      });
      hooks.onBatch?.(epoch, step + 1, steps);
    }
    const batchLosses = await readScalars(tf, costs);
    let lossSum = 0;
    batchLosses.forEach((l, i) => lossSum += l * Math.min(settings.batchSize, order.length - i * settings.batchSize));
    const loss = lossSum / order.length;
    const correctCount = trackAccuracy ? (await readScalars(tf, corrects)).reduce((a, b) => a + b, 0) : 0;
    const record = { epoch, loss };
    if (trackAccuracy) record.acc = correctCount / order.length;
    if (data.validation.length > 0) {
      const scores = await predictRows(tf, model, data, data.validation);
      const labels = data.validation.map((row) => data.y[row]);
      const reg = tf.tidy(() => penalty()?.dataSync()[0] ?? 0);
      if (binary) {
        record.val_loss = logLoss(labels, scores) + reg;
        record.val_acc = accuracy(labels, scores);
        record.val_auc = rocAuc(labels, scores);
      } else record.val_loss = meanSquaredError(labels, scores) + reg;
    }
    state.history.push(record);
    state.epoch = epoch;
    if (settings.earlyStopping) await updateEarlyStopping(model, settings.earlyStopping, record, state);
    hooks.onEpoch?.(record, state);
    if (hooks.onCheckpoint && (epoch % settings.checkpointEvery === 0 || state.stopped || epoch === settings.epochs)) await hooks.onCheckpoint(state);
  }
  if (state.best && settings.earlyStopping) {
    const best = state.best.weights;
    const tensors = model.weights.map((v, i) => tf.tensor(best[i], v.shape));
    model.setWeights(tensors);
    tf.dispose(tensors);
  }
  return state;
}
async function updateEarlyStopping(model, rule, record, state) {
  const value2 = record[rule.monitor];
  if (value2 === void 0 || Number.isNaN(value2)) return;
  const sign = higherIsBetter(rule.monitor) ? 1 : -1;
  if (state.best === null || sign * (value2 - state.best.value) > rule.minDelta) {
    const weights = await Promise.all(model.weights.map(async (v) => new Float32Array(await v.read().data())));
    state.best = { value: value2, epoch: record.epoch, weights };
    state.wait = 0;
  } else {
    state.wait++;
    if (state.wait >= rule.patience) state.stopped = true;
  }
}

// src/train/model-builder.ts
function seededDropoutClass(tf) {
  return class SeededDropout extends tf.layers.Layer {
    static className = "Dropout";
    rate;
    rng;
    constructor(args) {
      super({ name: args.name });
      this.rate = args.rate;
      this.rng = args.rng;
    }
    call(inputs, kwargs) {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      if (kwargs["training"] !== true) return x;
      const seed = this.rng.nextUint32();
      return tf.tidy(() => {
        const keep = tf.cast(tf.greaterEqual(tf.randomUniform(x.shape, 0, 1, "float32", seed), this.rate), "float32");
        return tf.div(tf.mul(x, keep), 1 - this.rate);
      });
    }
    getConfig() {
      return { ...super.getConfig(), rate: this.rate, noiseShape: null, seed: null };
    }
  };
}
function buildModel(tf, spec, inputWidth, task, rng) {
  const model = tf.sequential();
  const l2 = [];
  const kernel = () => tf.initializers.glorotUniform({ seed: rng.nextUint32() });
  const regularizer = (factor) => factor > 0 ? tf.regularizers.l2({ l2: factor }) : void 0;
  const outputActivation = task === "binary_classification" ? "sigmoid" : "linear";
  let first2 = true;
  const inputShape = () => {
    if (!first2) return {};
    first2 = false;
    return { inputShape: [inputWidth] };
  };
  if (spec.type === "mlp") {
    const Dropout = seededDropoutClass(tf);
    spec.layers.forEach((units, i) => {
      if (spec.l2 > 0) l2.push({ layer: model.layers.length, factor: spec.l2 });
      model.add(tf.layers.dense({ ...inputShape(), units, activation: spec.activation, kernelInitializer: kernel(), kernelRegularizer: regularizer(spec.l2), name: `hidden_${i + 1}` }));
      if (spec.dropout > 0) model.add(new Dropout({ rate: spec.dropout, rng, name: `dropout_${i + 1}` }));
    });
  }
  if (spec.l2 > 0) l2.push({ layer: model.layers.length, factor: spec.l2 });
  model.add(tf.layers.dense({ ...inputShape(), units: 1, activation: outputActivation, kernelInitializer: kernel(), kernelRegularizer: regularizer(spec.l2), name: "output" }));
  return { model, l2 };
}

// src/train/seeded-rng.ts
var SeededRng = class {
  state;
  constructor(seed) {
    this.state = (Math.imul(seed ^ 2654435769, 2246822507) ^ 1779033703) >>> 0;
  }
  /** mulberry32: a full-period 32-bit generator, fast and good enough for shuffling and masks. */
  nextUint32() {
    this.state = this.state + 1831565813 >>> 0;
    let t = this.state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return (t ^ t >>> 14) >>> 0;
  }
  /** Uniform in [0, 1). */
  next() {
    return this.nextUint32() / 4294967296;
  }
  /** Uniform integer in [0, n). */
  nextInt(n) {
    return Math.floor(this.next() * n);
  }
  /** Shuffles in place (Fisher–Yates) and returns the array. */
  shuffle(values) {
    for (let i = values.length - 1; i > 0; i--) {
      const j = this.nextInt(i + 1);
      const tmp = values[i];
      values[i] = values[j];
      values[j] = tmp;
    }
    return values;
  }
  getState() {
    return this.state;
  }
  setState(state) {
    this.state = state >>> 0;
  }
};

// src/train/train-settings.ts
var DEFAULTS = Object.freeze({
  seed: 42,
  model: { type: "mlp", layers: [32, 16], activation: "relu", dropout: 0, l2: 1e-4 },
  optimizer: "adam",
  learning_rate: 3e-3,
  epochs: 30,
  validation_split: 0.2,
  checkpoint_every: 5
});
function autoBatchSize(trainingRows) {
  let size = 32;
  while (size < 1024 && size * 2 <= trainingRows / 16) size *= 2;
  return size;
}
function resolveTrainSettings(config, overrides) {
  const c = config ?? {};
  const m = c.model;
  const model = m === void 0 ? DEFAULTS.model : m.type === "logistic_regression" ? { type: "logistic_regression", l2: m.l2 ?? 0 } : { type: "mlp", layers: m.layers, activation: m.activation, dropout: m.dropout ?? 0, l2: m.l2 ?? 0 };
  const validation = c.validation_split ?? DEFAULTS.validation_split;
  const es = c.early_stopping;
  if (es && es.monitor.startsWith("val_") && validation === 0) {
    throw new ConfigError("early stopping on a validation metric needs validation rows", [{ path: "train.early_stopping.monitor", message: `monitor '${es.monitor}' with validation_split 0`, expected: "validation_split > 0, or monitor: loss" }]);
  }
  if (es && overrides.task === "regression" && es.monitor !== "loss" && es.monitor !== "val_loss") {
    throw new ConfigError(`early stopping cannot monitor '${es.monitor}' on a regression model`, [{ path: "train.early_stopping.monitor", message: `'${es.monitor}' is a classification metric`, expected: "loss or val_loss" }]);
  }
  return {
    seed: overrides.seed ?? c.seed ?? DEFAULTS.seed,
    model,
    optimizer: c.optimizer ?? "adam",
    learning_rate: c.learning_rate ?? DEFAULTS.learning_rate,
    batch_size: c.batch_size ?? autoBatchSize(overrides.rows - Math.floor(overrides.rows * validation)),
    epochs: c.epochs ?? DEFAULTS.epochs,
    validation_split: validation,
    early_stopping: es ? { monitor: es.monitor, patience: es.patience, min_delta: es.min_delta ?? 0 } : null,
    class_weight: c.class_weight ?? null,
    checkpoint_every: c.checkpoint_every ?? DEFAULTS.checkpoint_every
  };
}
function classWeights(setting, counts, names2) {
  if (setting === null) return null;
  if (setting === "balanced") {
    const n = counts.negative + counts.positive;
    return [n / (2 * counts.negative), n / (2 * counts.positive)];
  }
  const unknown = Object.keys(setting).filter((k) => k !== names2.negative && k !== names2.positive);
  if (unknown.length > 0) {
    throw new ConfigError("class_weight names a class the target does not have", unknown.map((k) => ({ path: `train.class_weight.${k}`, message: `unknown class '${k}'`, expected: `${names2.negative} or ${names2.positive}` })));
  }
  return [setting[names2.negative] ?? 1, setting[names2.positive] ?? 1];
}

// src/train/tfjs-trainer.ts
import { join as join17 } from "node:path";
function makeOptimizer(tf, settings) {
  switch (settings.optimizer) {
    case "adam":
      return tf.train.adam(settings.learning_rate);
    case "sgd":
      return tf.train.sgd(settings.learning_rate);
    case "rmsprop":
      return tf.train.rmsprop(settings.learning_rate);
    case "adagrad":
      return tf.train.adagrad(settings.learning_rate);
  }
}
function splitRows(rows2, validationShare, rng) {
  const all2 = rng.shuffle(Int32Array.from({ length: rows2 }, (_, i) => i));
  const nValidation = Math.floor(rows2 * validationShare);
  return { train: all2.slice(nValidation).sort(), validation: all2.slice(0, nValidation).sort() };
}
async function trainTfjs(input) {
  const { tf, settings, spec, matrix } = input;
  const rng = new SeededRng(settings.seed);
  const split = splitRows(matrix.rows, settings.validation_split, rng);
  const built = buildModel(tf, settings.model, matrix.width, spec.target.task, rng);
  const optimizer = makeOptimizer(tf, settings);
  const y = matrix.y ?? new Float32Array(matrix.rows);
  let positives2 = 0;
  for (const row of split.train) positives2 += y[row] === 1 ? 1 : 0;
  const weights = spec.target.task === "binary_classification" ? classWeights(settings.class_weight, { negative: split.train.length - positives2, positive: positives2 }, { negative: spec.target.negativeClass, positive: spec.target.positiveClass }) : null;
  let state = { epoch: 0, history: [], best: null, wait: 0, stopped: false };
  let resumedFromEpoch = null;
  if (input.resume) {
    const checkpoint = await readCheckpoint(input.checkpointDir);
    if (checkpoint === void 0) input.progress.note(`--resume: no checkpoint in ${input.checkpointDir}; starting from epoch 1`);
    else {
      assertSameRun(checkpoint, input.fingerprint, join17(input.checkpointDir, CHECKPOINT_FILE));
      state = await restoreCheckpoint(tf, built.model, optimizer, rng, checkpoint);
      resumedFromEpoch = checkpoint.epoch;
      input.progress.note(`resuming from the checkpoint after epoch ${checkpoint.epoch}`);
    }
  }
  const data = { x: matrix.x, y, width: matrix.width, train: split.train, validation: split.validation };
  state = await runFitLoop(
    tf,
    built,
    optimizer,
    data,
    {
      task: spec.target.task,
      batchSize: settings.batch_size,
      epochs: settings.epochs,
      earlyStopping: settings.early_stopping ? { monitor: settings.early_stopping.monitor, patience: settings.early_stopping.patience, minDelta: settings.early_stopping.min_delta } : null,
      classWeight: weights,
      checkpointEvery: settings.checkpoint_every
    },
    rng,
    state,
    {
      onBatch: (epoch, step, steps) => input.progress.batch(epoch, step, steps),
      onEpoch: (record, s) => input.progress.epoch(record, s.stopped),
      onCheckpoint: async (s) => writeCheckpoint(input.checkpointDir, await captureCheckpoint(built.model, optimizer, rng, s, input.fingerprint))
    }
  );
  optimizer.dispose();
  if (spec.target.task === "regression") foldTargetScale(tf, built.model, spec.target.mean, spec.target.scale);
  return { model: built.model, history: state.history, resumedFromEpoch, stoppedEarly: state.stopped, bestEpoch: state.best?.epoch ?? null };
}
function foldTargetScale(tf, model, mean, scale) {
  const output = model.layers[model.layers.length - 1];
  if (!output) return;
  const [kernel, bias] = output.getWeights();
  if (!kernel || !bias) return;
  const scaled = [tf.mul(kernel, scale), tf.add(tf.mul(bias, scale), mean)];
  output.setWeights(scaled);
  tf.dispose(scaled);
}

// src/pipeline/train.ts
var json = (value2) => `${JSON.stringify(value2, null, 2)}
`;
function dataFile(model, role) {
  const entry = model.data.find((d2) => d2.role === role);
  if (!entry) return void 0;
  const d = model.config.data;
  const options2 = { ...d.format ? { format: d.format } : {}, ...d.delimiter ? { delimiter: d.delimiter } : {}, ...d.null_values ? { nullValues: d.null_values } : {} };
  return { path: entry.path, file: entry.file, options: options2 };
}
async function outDirIsFile(dir) {
  try {
    return !(await stat4(dir)).isDirectory();
  } catch {
    return false;
  }
}
async function train(options2, ports) {
  const started = ports.progress.now();
  const { model } = options2;
  if (await outDirIsFile(options2.outDir)) {
    throw new InputError(`output dir ${options2.outDir} is a file`, [{ file: options2.outDir, message: "exists and is not a directory", expected: "a directory path (created when missing)" }]);
  }
  const trainFile = dataFile(model, "train");
  if (!trainFile) throw new InputError(`model '${model.name}' has no training data`, [{ path: `models.${model.name}.data.train`, message: "missing" }]);
  const testFile = dataFile(model, "test");
  if (model.config.train?.command !== void 0) {
    return runCommandTrainer({ model, command: model.config.train.command, projectDir: options2.projectDir, outDir: options2.outDir, trainFile, testFile, seed: options2.seed ?? DEFAULTS.seed, env: ports.env, progress: ports.progress, gitCommit: ports.gitCommit, started });
  }
  const backendRequest = requestedBackend(options2.backend ?? model.config.train?.backend, options2.backend ? {} : ports.env);
  const protectedColumns = model.config.protected.map((p) => p.column);
  const fitter = createPreprocessFitter({
    target: model.config.target,
    task: model.config.task,
    features: model.config.features,
    protected: protectedColumns,
    nullValues: trainFile.options.nullValues ?? [""],
    ...model.contract !== void 0 ? { kinds: contractKinds(parseContract(model.contract, new Uint8Array(await readFile12(model.contract)))) } : {},
    ...model.config.positive_class !== void 0 ? { positiveClass: String(model.config.positive_class) } : {}
  });
  const trainBatches = await readAllBatches(trainFile, [fitter]);
  const spec = fitter.finish();
  const matrix = replay(trainBatches, createMatrixBuilder(spec, { withTarget: true }));
  trainBatches.length = 0;
  const settings = resolveTrainSettings(model.config.train, { seed: options2.seed, rows: matrix.rows, task: model.config.task });
  const testMatrix = testFile ? replay(await readAllBatches(testFile), createMatrixBuilder(spec, { withTarget: true })) : void 0;
  const trainSha = await fileSha256(trainFile.path);
  const tf = await loadTf();
  const backend = await selectBackend(tf, backendRequest, ports.loadNative ?? nativeLoaderFrom(ports.env, ports.cwd, import.meta.url), ports.env);
  const progress = new TrainingProgress(ports.progress, settings.epochs);
  progress.note(`backend: ${backend.name} (${backend.device})`);
  for (const a of backend.attempts.filter((x) => x.outcome !== "selected")) progress.note(`  skipped ${a.backend}: ${a.outcome}`);
  const fingerprint = createHash7("sha256").update(JSON.stringify({ v: 1, settings, spec, features: model.config.features, target: model.config.target, trainSha, backend: backend.name })).digest("hex");
  const staging = await prepareOutputDir(options2.outDir, { resume: options2.resume === true });
  try {
    const trainStarted = ports.progress.now();
    progress.begin(`Training ${model.name}: ${settings.model.type} on ${matrix.rows} rows \xD7 ${matrix.width} inputs, ${backend.name} backend, seed ${settings.seed}`);
    let result2;
    try {
      result2 = await trainTfjs({ tf, settings, spec, matrix, fingerprint, checkpointDir: options2.outDir, resume: options2.resume === true, progress });
    } finally {
      progress.end();
    }
    const trainSeconds = (ports.progress.now() - trainStarted) / 1e3;
    const files = await serializeModel(tf, result2.model);
    let metrics = {};
    if (testMatrix) {
      const scores = await scoreMatrix(tf, result2.model, testMatrix);
      metrics = testMetrics(spec.target, testMatrix.y ?? new Float32Array(0), scores);
      await stageFile(staging, "predictions.csv", formatPredictionsCsv(spec.target, testMatrix.lines, scores));
    }
    result2.model.dispose();
    const weightsSha256 = createHash7("sha256").update(files.weights).digest("hex");
    const totalSeconds = (ports.progress.now() - started) / 1e3;
    await stageFile(staging, MODEL_JSON, files.modelJson);
    await stageFile(staging, WEIGHTS_BIN, files.weights);
    await stageFile(staging, "preprocess.json", json(spec));
    await stageFile(staging, "history.json", json({ schemaVersion: 1, epochs: result2.history, stoppedEarly: result2.stoppedEarly, bestEpoch: result2.bestEpoch }));
    await stageFile(
      staging,
      "training-card.json",
      json({
        schemaVersion: 1,
        model: model.name,
        task: model.config.task,
        trainer: "tfjs",
        data: { train: { file: trainFile.file, sha256: trainSha, rows: matrix.rows }, test: testFile && testMatrix ? { file: testFile.file, sha256: await fileSha256(testFile.path), rows: testMatrix.rows } : null },
        code: { commit: await ports.gitCommit() },
        config: { target: model.config.target, positive_class: model.config.positive_class ?? null, features: model.config.features, protected: protectedColumns, train: settings },
        backend: { name: backend.name, device: backend.device, attempts: backend.attempts },
        seed: settings.seed,
        epochs: result2.history.length,
        resumedFromEpoch: result2.resumedFromEpoch,
        weightsSha256,
        metrics: { test: metrics },
        durations: { totalSeconds, trainSeconds }
      })
    );
    const manifest = await commitArtifact(options2.outDir, staging, model.name);
    return { schemaVersion: 1, model: model.name, outDir: options2.outDir, trainer: "tfjs", backend: { name: backend.name, device: backend.device }, seed: settings.seed, epochs: result2.history.length, resumedFromEpoch: result2.resumedFromEpoch, metrics, weightsSha256, files: manifest.files, durations: { totalSeconds, trainSeconds } };
  } catch (error) {
    await discardStaging(staging);
    await removeIfEmpty(options2.outDir);
    throw error;
  }
}
async function removeIfEmpty(dir) {
  if ((await readdir5(dir).catch(() => ["?"])).length === 0) await rm5(dir, { recursive: true, force: true });
}

// src/train/code-commit.ts
import { execFile as execFile2 } from "node:child_process";
function gitHeadCommit(cwd) {
  return new Promise((resolve25) => {
    execFile2("git", ["rev-parse", "HEAD"], { cwd, timeout: 1e4 }, (error, stdout) => {
      const sha4 = stdout.trim();
      resolve25(error || !/^[0-9a-f]{40,64}$/.test(sha4) ? null : sha4);
    });
  });
}

// src/cli/commands/train.ts
var trainCommand = {
  name: "train",
  summary: "train a model into a verifiable artifact (TF.js, or your own trainer)",
  help: `Usage: mergeml train --model NAME --out DIR [--config FILE] [--resume] [--backend B] [--seed N] [--json]

Fits the preprocessing on the training split, trains the model configured under models.NAME.train and
writes the artifact into DIR: model.json + weights.bin (TF.js layers model), preprocess.json,
history.json, training-card.json, predictions.csv (test split) and manifest.json (sha256 of every file).
With train.command, runs your own trainer instead (see docs/byo-trainer.md).

Options:
  -c, --config FILE  project file, or a folder holding mergeml.yaml (default: mergeml.yaml)
  -m, --model NAME   model to train (optional when the project has one model)
  -o, --out DIR      output directory (created; checkpoints are written here while training)
      --resume       continue from DIR's checkpoint (after a killed run); same config and data required
      --backend B    auto | tensorflow-gpu | tensorflow | wasm | cpu (overrides MERGEML_BACKEND and train.backend)
      --seed N       overrides train.seed
      --json         print the result as versioned JSON (schemaVersion 1, see docs/train.md)

Environment: MERGEML_BACKEND (backend when --backend is absent), MERGEML_TFJS_NODE_PATH (folder whose
node_modules holds @tensorflow/tfjs-node or -node-gpu), GITHUB_ACTIONS=true (collapsed log groups).

Exit codes: 0 trained, 2 usage/config/data error (no complete artifact left), 70 internal error.`,
  options: {
    config: { type: "string", short: "c" },
    model: { type: "string", short: "m" },
    out: { type: "string", short: "o" },
    resume: { type: "boolean" },
    backend: { type: "string" },
    seed: { type: "string" },
    json: { type: "boolean" }
  },
  async run(args, ctx) {
    const out = resolve14(ctx.cwd, requireString(args, "out", "train"));
    const seedText = optionalString(args, "seed");
    if (seedText !== void 0 && !/^\d+$/.test(seedText)) throw new UsageError(`mergeml train: --seed must be a non-negative integer, got '${seedText}'`);
    const project = await loadProject(optionalString(args, "config") ?? "mergeml.yaml", nodeConfigFiles(), ctx.cwd);
    const name = optionalString(args, "model");
    const names2 = project.models.map((m) => m.name);
    if (name === void 0 && names2.length !== 1) throw new UsageError(`mergeml train: --model is required (models: ${names2.join(", ")})`);
    const model = project.models.find((m) => m.name === (name ?? names2[0]));
    if (!model) {
      const hint = suggest(name ?? "", names2);
      throw new UsageError(`mergeml train: no model '${name}' in ${project.file}${hint ? ` (did you mean '${hint}'?)` : ""}; models: ${names2.join(", ")}`);
    }
    const backend = optionalString(args, "backend");
    const result2 = await train(
      { model, projectDir: project.dir, outDir: out, resume: args.values["resume"] === true, ...backend ? { backend } : {}, ...seedText ? { seed: Number(seedText) } : {} },
      {
        env: ctx.env,
        cwd: ctx.cwd,
        progress: { write: ctx.stderr, interactive: ctx.interactive, githubActions: ctx.env["GITHUB_ACTIONS"] === "true", now: () => performance.now() },
        gitCommit: () => gitHeadCommit(project.dir)
      }
    );
    if (args.values["json"] === true) ctx.stdout(`${JSON.stringify(result2, null, 2)}
`);
    else {
      const metrics = Object.entries(result2.metrics).map(([k, v]) => `${k} ${v.toFixed(4)}`).join(", ");
      ctx.stdout(`trained ${result2.model} \u2192 ${result2.outDir}${result2.backend ? ` on ${result2.backend.name}` : ""}${metrics ? `; test: ${metrics}` : ""} (${result2.durations.totalSeconds.toFixed(1)}s)
`);
    }
    return EXIT.ok;
  }
};

// src/cli/commands/validate.ts
import { mkdirSync as mkdirSync3, renameSync as renameSync3, writeFileSync as writeFileSync3 } from "node:fs";
import { readFile as readFile13 } from "node:fs/promises";
import { dirname as dirname10, relative as relative8, resolve as resolve15 } from "node:path";

// src/core/checks/reference-summary.ts
function referenceSummaryConsumer(file) {
  let rows2 = 0;
  let header = [];
  let states = [];
  const hasher = new Hasher64();
  return {
    consume(batch) {
      if (rows2 === 0 && states.length === 0) {
        header = batch.header;
        states = header.map(() => ({ distinct: new FingerprintTable(1 << 18), top: new TopValueCounter(), numeric: new NumericSummary() }));
      }
      rows2 += batch.length;
      states.forEach((s, c) => {
        const cells = columnTexts(batch, c);
        const nums = batch.numbers(c);
        for (let i = 0; i < batch.length; i++) {
          const v = cells[i] ?? null;
          if (v !== null) {
            hasher.ofString(v);
            s.distinct.observe(hasher.hi, hasher.lo, batch.lines[i]);
          }
        }
        countValues(s.top, batch, c);
        s.numeric.consume(batch, c);
      });
    },
    finish() {
      const columns = /* @__PURE__ */ new Map();
      header.forEach((name, c) => {
        const s = states[c];
        const n = s.numeric.result();
        columns.set(name, {
          distinct: s.distinct.saturated ? null : s.distinct.size,
          mostCommonShare: s.top.top()?.share ?? null,
          domain: s.top.domain(),
          nullShare: s.top.nullShare(),
          mean: n.mean,
          std: n.std,
          quantile: n.quantile
        });
      });
      return { file, rows: rows2, columns };
    }
  };
}

// src/core/report/markdown-blocks.ts
var ICONS = { pass: "\u2705", fail: "\u274C", warn: "\u26A0\uFE0F", skip: "\u23ED\uFE0F" };
function statusIcon(status) {
  return ICONS[status];
}
function formatNumber(value2, digits = 4) {
  if (value2 === null || value2 === void 0 || !Number.isFinite(value2)) return "\u2014";
  if (Number.isInteger(value2) && Math.abs(value2) < 1e15) return String(value2);
  const abs = Math.abs(value2);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e9)) return value2.toExponential(2);
  return value2.toFixed(digits);
}
function formatSigned(value2, digits = 4, suffix = "") {
  if (value2 === null || value2 === void 0 || !Number.isFinite(value2)) return "\u2014";
  const body = formatNumber(Math.abs(value2), digits);
  return `${value2 > 0 ? "+" : value2 < 0 ? "\u2212" : "\xB1"}${body}${suffix}`;
}
function formatCell(cell) {
  if (cell === null || cell === void 0) return "\u2014";
  if (typeof cell === "number") return formatNumber(cell);
  if (typeof cell === "boolean") return cell ? "yes" : "no";
  return escapeValue(cell, 200);
}
function markdownTable2(headers, rows2) {
  const width = headers.length;
  const line = (cells) => `| ${Array.from({ length: width }, (_x, i) => cells[i] ?? "").join(" | ")} |`;
  return [line(headers.map((h) => escapeValue(h, 100))), `|${" --- |".repeat(width)}`, ...rows2.map(line)].join("\n");
}
function renderReportTable(table, maxRows) {
  const hasStatus = table.rows.some((r) => r.status !== void 0);
  const headers = hasStatus ? ["", ...table.columns] : [...table.columns];
  const shown = table.rows.slice(0, maxRows).map((r) => {
    const cells = table.columns.map((_c, i) => formatCell(r.cells[i]));
    return hasStatus ? [r.status ? statusIcon(r.status) : "", ...cells] : cells;
  });
  const parts = [];
  if (table.title) parts.push(`**${escapeValue(table.title, 200)}**`, "");
  parts.push(markdownTable2(headers, shown));
  if (table.rows.length > maxRows) parts.push("", `_${table.rows.length - maxRows} more rows not shown; see the job summary._`);
  if (table.note) parts.push("", `_${escapeValue(table.note, 2e3)}_`);
  return parts.join("\n");
}
function details(summary2, body, open4 = false) {
  return `<details${open4 ? " open" : ""}>
<summary>${escapeHtmlText(summary2)}</summary>

${body}

</details>`;
}

// src/core/checks/validate-markdown.ts
function icon(c) {
  return statusIcon(c.status === "fail" ? c.severity === "error" ? "fail" : "warn" : c.status);
}
function examplesCell(c) {
  if (c.examples.length === 0) return "\u2014";
  const shown = c.examples.slice(0, 3).map((e) => `${e.file}:${e.line}${e.value === void 0 ? "" : e.value === null ? " null" : ` ${JSON.stringify(e.value)}`}`);
  return escapeValue(`${shown.join("; ")}${c.examples.length > 3 ? ` (+${c.examples.length - 3})` : ""}`, 300);
}
function checkRow(c) {
  return [icon(c), escapeValue(`${c.id} ${c.check}`, 60), formatCell(c.column ?? null), formatCell(c.observed), formatCell(c.expected), escapeValue(c.message, 300), examplesCell(c)];
}
var HEADERS = ["", "Check", "Column", "Observed", "Expected", "Finding", "Examples (file:line)"];
function renderValidateMarkdown(report, maxRows = 30) {
  const s = report.summary;
  const headline = `${report.status === "pass" ? "\u2705" : "\u274C"} **Data validation ${report.status === "pass" ? "passed" : "failed"}**: ${escapeValue(report.data.file, 120)}, ${report.data.rows} rows \xD7 ${report.data.columns} columns; ${s.checks} checks: ${s.passed} passed, ${s.errors} errors, ${s.warnings} warnings, ${s.skipped} skipped.`;
  const parts = [headline];
  const failed = report.checks.filter((c) => c.status === "fail");
  const failedSorted = [...failed.filter((c) => c.severity === "error"), ...failed.filter((c) => c.severity === "warning")];
  if (failedSorted.length > 0) {
    parts.push("", markdownTable2(HEADERS, failedSorted.slice(0, maxRows).map(checkRow)));
    if (failedSorted.length > maxRows) parts.push("", `_${failedSorted.length - maxRows} more failed checks not shown; see the JSON report._`);
  }
  const rest2 = report.checks.filter((c) => c.status !== "fail");
  if (rest2.length > 0) parts.push("", details(`${rest2.length} checks passed or skipped`, markdownTable2(HEADERS, rest2.slice(0, maxRows * 4).map(checkRow))));
  const withNulls = report.columns.filter((c) => c.nulls > 0);
  const nullTable = markdownTable2(
    ["Column", "Type", "Nulls", "Null share"],
    report.columns.map((c) => [escapeValue(c.name, 100), c.type, String(c.nulls), formatCell(c.nullShare)])
  );
  parts.push("", details(`Columns: ${withNulls.length} of ${report.columns.length} have nulls`, nullTable));
  return { id: "validation", title: "Data validation", priority: 80, markdown: parts.join("\n") };
}
function renderValidateText(report) {
  const s = report.summary;
  const lines = [
    `${report.data.file}: ${report.data.rows} rows, ${report.data.columns} columns${report.contract ? `; contract ${report.contract}` : ""}${report.policies.length > 0 ? `; policies ${report.policies.join(", ")}` : ""}`,
    `nulls: ${report.columns.filter((c) => c.nulls > 0).map((c) => `${c.name} ${c.nulls}`).join(", ") || "none"}`
  ];
  for (const c of report.checks) {
    if (c.status !== "fail") continue;
    lines.push(`${c.severity === "error" ? "ERROR" : "WARN "} ${c.id} ${c.check}${c.column !== void 0 ? ` [${c.column}]` : ""}: ${c.message}`);
    for (const e of c.examples.slice(0, 3)) lines.push(`      at ${e.file}:${e.line}${e.value === void 0 ? "" : e.value === null ? " (null)" : ` ${JSON.stringify(e.value)}`}`);
  }
  lines.push(`${report.status === "pass" ? "PASS" : "FAIL"}: ${s.checks} checks, ${s.passed} passed, ${s.errors} errors, ${s.warnings} warnings, ${s.skipped} skipped`);
  return `${lines.join("\n")}
`;
}

// src/core/checks/validate-report.ts
var VALIDATE_SCHEMA_VERSION = 1;
function normaliseCheck(r) {
  return {
    id: r.id,
    check: r.check,
    ...r.column !== void 0 ? { column: r.column } : {},
    severity: r.severity,
    status: r.status,
    observed: r.observed,
    expected: r.expected,
    message: r.message,
    ...r.unexpectedCount !== void 0 ? { unexpectedCount: r.unexpectedCount } : {},
    ...r.elementCount !== void 0 ? { elementCount: r.elementCount } : {},
    ...r.details !== void 0 ? { details: Object.fromEntries(Object.entries(r.details).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) } : {},
    examples: r.examples.map((e) => ({ file: e.file, line: e.line, ...e.column !== void 0 ? { column: e.column } : {}, ...e.value !== void 0 ? { value: e.value } : {} }))
  };
}
function buildValidateReport(input) {
  const checks = input.checks.map(normaliseCheck);
  const failed = checks.filter((c) => c.status === "fail");
  return {
    schemaVersion: VALIDATE_SCHEMA_VERSION,
    kind: "mergeml.validate",
    status: checks.some(isBlocking) ? "fail" : "pass",
    data: { file: input.data.file, rows: input.data.rows, columns: input.data.columns },
    reference: input.reference ? { file: input.reference.file, rows: input.reference.rows } : null,
    contract: input.contract ?? null,
    policies: [...input.policies],
    summary: {
      checks: checks.length,
      passed: checks.filter((c) => c.status === "pass").length,
      failed: failed.length,
      errors: failed.filter((c) => c.severity === "error").length,
      warnings: failed.filter((c) => c.severity === "warning").length,
      skipped: checks.filter((c) => c.status === "skip").length
    },
    columns: input.columns.map((c) => ({ name: c.name, type: c.type, count: c.count, nulls: c.nulls, nullShare: c.nullShare })),
    checks,
    proxies: input.proxies ? { rows: input.proxies.rows, rows_seen: input.proxies.rows_seen, sampled: input.proxies.sampled, findings: input.proxies.findings } : null,
    profile: input.profile ?? null
  };
}
function validateAnnotations(report, limit = 50) {
  const out = [];
  const failed = report.checks.filter((c) => c.status === "fail");
  const ordered = [...failed.filter((c) => c.severity === "error"), ...failed.filter((c) => c.severity === "warning")];
  for (const c of ordered) {
    for (const e of c.examples) {
      if (out.length >= limit) return out;
      const value2 = e.value === void 0 ? "" : e.value === null ? " (value: null)" : ` (value: ${JSON.stringify(e.value)})`;
      out.push({ file: e.file, line: e.line, level: c.severity, title: `${c.id} ${c.check}${c.column !== void 0 ? ` ${c.column}` : ""}`, message: `${c.message}${value2}` });
    }
  }
  return out;
}

// src/core/contract/contract-checks.ts
function severity(col, constraint) {
  return col.severity?.[constraint] ?? "error";
}
function contractToChecks(contract) {
  const out = [];
  const names2 = contract.columns.map((c) => c.name);
  if (contract.strict) out.push({ source: "strict", config: { check: "columns_match_set", severity: "error", columns: names2, exact_match: true } });
  if (contract.ordered) out.push({ source: "ordered", config: { check: "column_order", severity: "error", columns: names2 } });
  contract.columns.forEach((col, i) => {
    const at = `columns[${i}]`;
    const column3 = col.name;
    out.push({ source: at, config: { check: "column_exists", severity: severity(col, "exists"), column: column3 } });
    if (col.type !== void 0) out.push({ source: `${at}.type`, config: { check: "column_type", severity: severity(col, "type"), column: column3, type: col.type } });
    if (col.nullable === false) out.push({ source: `${at}.nullable`, config: { check: "values_not_null", severity: severity(col, "nullable"), column: column3 } });
    if (col.min !== void 0 || col.max !== void 0) {
      out.push({
        source: `${at}.min`,
        config: { check: "values_between", severity: severity(col, "range"), column: column3, ...col.min !== void 0 ? { min: col.min } : {}, ...col.max !== void 0 ? { max: col.max } : {} }
      });
    }
    if (col.values !== void 0) out.push({ source: `${at}.values`, config: { check: "values_in_set", severity: severity(col, "values"), column: column3, values: [...col.values] } });
    if (col.unique === true) out.push({ source: `${at}.unique`, config: { check: "values_unique", severity: severity(col, "unique"), column: column3 } });
  });
  (contract.checks ?? []).forEach((config, i) => out.push({ source: `checks[${i}]`, config }));
  return out;
}

// src/core/drift/column-profile.ts
var MAX_CATEGORIES2 = 1e4;
var ColumnProfiler = class {
  constructor(column3, maxDistinct = DEFAULT_MAX_DISTINCT, seed = 0) {
    this.column = column3;
    this.numbers = new BoundedSample(maxDistinct, seed);
  }
  column;
  rows = 0;
  nulls = 0;
  nanTokens = 0;
  infinities = 0;
  nonNumericSeen = false;
  numbers;
  /** Created at the first non-numeric cell: a numeric column never pays for category counting. */
  categories = null;
  count(key) {
    const map = this.categories;
    if (!map) return;
    map.set(key, (map.get(key) ?? 0) + 1);
    if (map.size > MAX_CATEGORIES2) this.categories = null;
  }
  /** The numbers seen so far as categories (null when the numeric sample was capped or has too many values). */
  categoriesFromNumbers() {
    const r = this.numbers.result();
    if (r.sampled || r.sample.values.length > MAX_CATEGORIES2) return null;
    const map = /* @__PURE__ */ new Map();
    for (let i = 0; i < r.sample.values.length; i++) map.set(String(r.sample.values[i]), r.sample.counts[i]);
    return map;
  }
  /** Adds one batch's values of this column (kinds and numbers are shared by every consumer of the batch). */
  add(batch, column3) {
    const kinds = cellKinds(batch, column3);
    const numbers = batch.numbers(column3);
    const length = batch.length;
    let cells = null;
    this.rows += length;
    for (let i = 0; i < length; i++) {
      const kind = kinds[i];
      if (kind === CELL_NULL) {
        this.nulls++;
        continue;
      }
      const v = numbers[i];
      if (kind === CELL_NUMBER) {
        if (Number.isFinite(v)) {
          if (this.nonNumericSeen) this.count(String(v));
          else this.numbers.add(v);
        } else if (Number.isNaN(v)) this.nanTokens++;
        else {
          this.infinities++;
          this.count(String(v));
        }
        continue;
      }
      if (!this.nonNumericSeen) {
        this.nonNumericSeen = true;
        this.categories = this.categoriesFromNumbers();
      }
      cells ??= batch.cells[column3] ?? [];
      this.count(cells[i] ?? "");
    }
  }
  finish() {
    if (!this.nonNumericSeen) {
      const r = this.numbers.result();
      const categories = this.categoriesFromNumbers();
      return {
        column: this.column,
        rows: this.rows,
        type: "num",
        numeric: { count: r.count, missing: this.nulls + this.nanTokens + this.infinities, sample: r.sample, sampled: r.sampled, min: r.min, max: r.max },
        categories: categories ? { count: r.count, missing: this.nulls + this.nanTokens + this.infinities, counts: categories } : null
      };
    }
    return {
      column: this.column,
      rows: this.rows,
      type: "cat",
      numeric: null,
      categories: this.categories ? { count: this.rows - this.nulls - this.nanTokens, missing: this.nulls + this.nanTokens, counts: this.categories } : null
    };
  }
};

// src/core/drift/drift-profile-consumer.ts
function createDriftProfileConsumer(options2 = {}) {
  let profilers = null;
  return {
    consume(batch) {
      if (!profilers) {
        const wanted = options2.columns ?? batch.header;
        profilers = wanted.map((name) => ({ index: batch.header.indexOf(name), name })).filter((c) => c.index >= 0).map(({ index, name }) => ({ index, profiler: new ColumnProfiler(name, options2.maxDistinct ?? DEFAULT_MAX_DISTINCT, options2.seed ?? 0) }));
      }
      for (const { index, profiler } of profilers) profiler.add(batch, index);
    },
    finish() {
      return (profilers ?? []).map((p) => p.profiler.finish());
    }
  };
}

// src/core/stats/histogram.ts
function sturgesBinEdges(min, max, size) {
  let first2 = min;
  let last = max;
  if (first2 === last) {
    first2 -= 0.5;
    last += 0.5;
  }
  const width = (max - min) / (Math.log2(size) + 1);
  const bins = width ? Math.ceil((last - first2) / width) : 1;
  return linspace(first2, last, bins + 1);
}
function linspace(start, stop, num2) {
  const out = new Float64Array(num2);
  const step = (stop - start) / (num2 - 1);
  for (let i = 0; i < num2; i++) out[i] = i * step + start;
  out[num2 - 1] = stop;
  return out;
}
function histogramCounts(sample, edges) {
  const counts = new Float64Array(edges.length - 1);
  const last = edges[edges.length - 1];
  for (let i = 0; i < sample.values.length; i++) {
    const v = sample.values[i];
    if (v < edges[0] || v > last) continue;
    let lo = 0;
    let hi = edges.length - 1;
    if (v === last) lo = edges.length - 2;
    else {
      while (hi - lo > 1) {
        const mid = lo + hi >> 1;
        if (edges[mid] <= v) lo = mid;
        else hi = mid;
      }
    }
    counts[lo] = counts[lo] + sample.counts[i];
  }
  return counts;
}

// src/core/stats/weighted-sample.ts
function weightedMoments(s) {
  let sum = 0;
  for (let i = 0; i < s.values.length; i++) sum += s.values[i] * s.counts[i];
  const mean = sum / s.total;
  let ss = 0;
  for (let i = 0; i < s.values.length; i++) ss += s.counts[i] * (s.values[i] - mean) ** 2;
  return { mean, std: Math.sqrt(ss / s.total) };
}
function* mergedCumulative(a, b) {
  let i = 0;
  let j = 0;
  let cumA = 0;
  let cumB = 0;
  while (i < a.values.length || j < b.values.length) {
    const va = i < a.values.length ? a.values[i] : Infinity;
    const vb = j < b.values.length ? b.values[j] : Infinity;
    const value2 = Math.min(va, vb);
    if (va === value2) cumA += a.counts[i++];
    if (vb === value2) cumB += b.counts[j++];
    yield { value: value2, cumA, cumB };
  }
}

// src/core/drift/binned-frequencies.ts
function valueCounts(type, ref2, cur) {
  if (type === "num") {
    const a2 = ref2.numeric;
    const b2 = cur.numeric;
    if (!a2 || !b2) return null;
    const keys3 = [];
    const reference = [];
    const current = [];
    let prevA = 0;
    let prevB = 0;
    for (const { value: value2, cumA, cumB } of mergedCumulative(a2.sample, b2.sample)) {
      keys3.push(String(value2));
      reference.push(cumA - prevA);
      current.push(cumB - prevB);
      prevA = cumA;
      prevB = cumB;
    }
    return { keys: keys3, reference, current, referenceTotal: a2.sample.total, currentTotal: b2.sample.total };
  }
  const a = ref2.categories;
  const b = cur.categories;
  if (!a || !b) return null;
  const keys2 = [.../* @__PURE__ */ new Set([...a.counts.keys(), ...b.counts.keys()])].sort();
  return {
    keys: keys2,
    reference: keys2.map((k) => a.counts.get(k) ?? 0),
    current: keys2.map((k) => b.counts.get(k) ?? 0),
    referenceTotal: a.count,
    currentTotal: b.count
  };
}
function uniqueCount(type, ref2, cur) {
  return valueCounts(type, ref2, cur)?.keys.length ?? null;
}
function fillZeroProportions(p) {
  const nonzero = p.filter((v) => v !== 0);
  if (nonzero.length === 0) return [...p];
  const min = Math.min(...nonzero);
  const fill = min <= 1e-4 ? min / 1e6 : 1e-4;
  return p.map((v) => v === 0 ? fill : v);
}
function binnedProportions(type, ref2, cur, fillZeros) {
  let reference;
  let current;
  if (type === "num" && ref2.numeric && cur.numeric && ref2.numeric.sample.values.length > 20) {
    const a = ref2.numeric;
    const b = cur.numeric;
    const edges = sturgesBinEdges(Math.min(a.min, b.min), Math.max(a.max, b.max), a.count + b.count);
    reference = [...histogramCounts(a.sample, edges)].map((c) => c / a.sample.total);
    current = [...histogramCounts(b.sample, edges)].map((c) => c / b.sample.total);
  } else {
    const counts = valueCounts(type, ref2, cur);
    if (!counts) return null;
    reference = counts.reference.map((c) => c / counts.referenceTotal);
    current = counts.current.map((c) => c / counts.currentTotal);
  }
  return fillZeros ? { reference: fillZeroProportions(reference), current: fillZeroProportions(current) } : { reference, current };
}

// src/core/stats/divergence.ts
function populationStabilityIndex(reference, current) {
  let psi2 = 0;
  for (let i = 0; i < reference.length; i++) {
    const r = reference[i];
    const c = current[i];
    psi2 += (r - c) * Math.log(r / c);
  }
  return psi2;
}
function klTerms(p, m) {
  let s = 0;
  for (let i = 0; i < p.length; i++) if (p[i] > 0) s += p[i] * Math.log(p[i] / m[i]);
  return s;
}
function jensenShannonDistance(p, q, base) {
  const sp = p.reduce((a, b) => a + b, 0);
  const sq = q.reduce((a, b) => a + b, 0);
  const pn = p.map((v) => v / sp);
  const qn = q.map((v) => v / sq);
  const m = pn.map((v, i) => (v + qn[i]) / 2);
  let js = (klTerms(pn, m) + klTerms(qn, m)) / 2;
  if (base !== void 0) js /= Math.log(base);
  return Math.sqrt(Math.max(js, 0));
}
function jensenShannonDivergenceBase2(p, q) {
  return Math.min(jensenShannonDistance(p, q, 2) ** 2, 1);
}
function lInfinityDistance(p, q) {
  const sp = p.reduce((a, b) => a + b, 0);
  const sq = q.reduce((a, b) => a + b, 0);
  let max = 0;
  for (let i = 0; i < p.length; i++) max = Math.max(max, Math.abs(p[i] / sp - q[i] / sq));
  return max;
}
function normalizedAbsDifference(x, y) {
  let max = 0;
  let total2 = 0;
  for (let i = 0; i < x.length; i++) {
    max = Math.max(max, Math.abs(x[i] - y[i]));
    total2 += x[i] + y[i];
  }
  return total2 === 0 ? 0 : max / total2;
}
function wassersteinDistance(a, b) {
  let w = 0;
  let previous;
  for (const { value: value2, cumA, cumB } of mergedCumulative(a, b)) {
    if (previous) w += Math.abs(previous.fa - previous.fb) * (value2 - previous.value);
    previous = { value: value2, fa: cumA / a.total, fb: cumB / b.total };
  }
  return w;
}

// src/core/stats/kolmogorov-smirnov-distribution.ts
var E128 = 2 ** 128;
var EM128 = 2 ** -128;
var MIN_LOG = -708;
var CEPHES_MINLOG = -708.3964185322641;
var SMIRNOV_MAX_COMPUTE_N = 1e6;
var PI2 = Math.PI ** 2;
var PI4 = Math.PI ** 4;
var PI6 = Math.PI ** 6;
var SQRT2PI = Math.sqrt(2 * Math.PI);
var LOG_2PI = Math.log(2 * Math.PI);
var STIRLING = [
  -0.029550653594771242,
  0.00641025641025641,
  -0.0019175269175269176,
  8417508417508417e-19,
  -5952380952380953e-19,
  7936507936507937e-19,
  -0.002777777777777778,
  0.08333333333333333
];
var clip2 = (p) => p < 0 ? 0 : p > 1 ? 1 : p;
function smirnovSf(n, x) {
  if (Number.isNaN(x) || !(n > 0 && x >= 0 && x <= 1)) return NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const nx = n * x;
  let nxfl = Math.floor(nx);
  let alpha = nx - nxfl;
  if (alpha === 1) {
    nxfl += 1;
    alpha = 0;
  }
  if (nxfl === 0 || nxfl === 1 && alpha === 0) return clip2(1 - x * (1 + x) ** (n - 1));
  if (-2 * n * x * x < CEPHES_MINLOG) return 0;
  if (nxfl >= n - 1) return clip2((1 - x) ** n);
  if (n > SMIRNOV_MAX_COMPUTE_N) {
    const logp = -((6 * n * x + 1) ** 2) / 18 / n;
    return logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp);
  }
  const last = n - nxfl - 1;
  let logC = 0;
  let sum = 0;
  let peaked = false;
  let previous = -Infinity;
  for (let v = 0; v <= last; v++) {
    if (v > 0) logC += Math.log((n - v + 1) / v);
    const a = (n - v) / n - x;
    const b = x + v / n;
    const logTerm = logC + (n - v) * Math.log(a) + (v - 1) * Math.log(b) + Math.log(x);
    const term = Math.exp(logTerm);
    sum += term;
    if (logTerm < previous) peaked = true;
    previous = logTerm;
    if (peaked && term < sum * 1e-17) break;
  }
  return clip2(sum);
}
function kolmognDurbin(n, d) {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  let H2 = Array.from({ length: m }, () => new Float64Array(m));
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let fac = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = fac;
    fac /= j;
    v[j - 1] = (1 - h ** j) * fac;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * fac;
  for (let i = 1; i < m; i++) for (let r = i - 1; r < m; r++) H2[r][i] = w[r - i + 1];
  for (let r = 0; r < m; r++) H2[r][0] = v[r];
  for (let c = 0; c < m; c++) H2[m - 1][c] = v[m - 1 - c];
  let P = Array.from({ length: m }, (_, i) => {
    const row = new Float64Array(m);
    row[i] = 1;
    return row;
  });
  let nn = n;
  let expnt = 0;
  let hExpnt = 0;
  while (nn > 0) {
    if (nn % 2) {
      P = multiply(P, H2);
      expnt += hExpnt;
    }
    H2 = multiply(H2, H2);
    hExpnt *= 2;
    if (Math.abs(H2[k - 1][k - 1]) > E128) {
      for (const row of H2) for (let c = 0; c < m; c++) row[c] = row[c] / E128;
      hExpnt += 128;
    }
    nn = Math.floor(nn / 2);
  }
  let p = P[k - 1][k - 1];
  for (let i = 1; i <= n; i++) {
    p = i * p / n;
    if (Math.abs(p) < EM128) {
      p *= E128;
      expnt -= 128;
    }
  }
  if (expnt !== 0) p *= 2 ** expnt;
  return clip2(p);
}
function multiply(a, b) {
  const m = a.length;
  const out = Array.from({ length: m }, () => new Float64Array(m));
  for (let i = 0; i < m; i++) {
    const ai = a[i];
    const oi = out[i];
    for (let k = 0; k < m; k++) {
      const aik = ai[k];
      if (aik === 0) continue;
      const bk = b[k];
      for (let j = 0; j < m; j++) oi[j] = oi[j] + aik * bk[j];
    }
  }
  return out;
}
function pomeranzBounds(i, n, ll, ceilf, roundf) {
  let j1;
  let j2;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const ip1div2 = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (ip1div2 === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = ip1div2 - 1 - ll - roundf - 1;
        j2 = ip1div2 + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = ip1div2 - 1 - ll - 1;
      j2 = ip1div2 + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
function kolmognPomeranz(n, x) {
  const t = n * x;
  const ll = Math.floor(t);
  const f2 = t - ll;
  const g = Math.min(f2, 1 - f2);
  const ceilf = f2 > 0 ? 1 : 0;
  const roundf = f2 > 0.5 ? 1 : 0;
  const npwrs = 2 * (ll + 1);
  const gpower = new Float64Array(npwrs);
  const twogpower = new Float64Array(npwrs);
  const onem2gpower = new Float64Array(npwrs);
  gpower[0] = twogpower[0] = onem2gpower[0] = 1;
  for (let m = 1; m < npwrs; m++) {
    gpower[m] = gpower[m - 1] * (g / n) / m;
    twogpower[m] = twogpower[m - 1] * (2 * g / n) / m;
    onem2gpower[m] = onem2gpower[m - 1] * ((1 - 2 * g) / n) / m;
  }
  let V0 = new Float64Array(npwrs);
  let V1 = new Float64Array(npwrs);
  V1[0] = 1;
  let V0s = 0;
  let V1s = 0;
  let expnt = 0;
  let [j1, j2] = pomeranzBounds(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [V0, V1] = [V1, V0];
    [V0s, V1s] = [V1s, V0s];
    V1.fill(0);
    [j1, j2] = pomeranzBounds(i, n, ll, ceilf, roundf);
    const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
    const ln2 = j2 - k1 + 1;
    if (ln2 > 0) {
      const start = j1 - k1;
      const len = j2 - j1 + 1;
      const off = k1 - V0s;
      let max = 0;
      for (let c = start; c < start + len; c++) {
        let s = 0;
        const lo = Math.max(0, c - ln2 + 1);
        const hi = Math.min(c, ln2 - 1);
        for (let a = lo; a <= hi; a++) s += (V0[off + a] ?? 0) * pwrs[c - a];
        V1[c - start] = s;
        if (s > max) max = s;
      }
      if (max > 0 && max < EM128) {
        for (let c = 0; c < len; c++) V1[c] = V1[c] * E128;
        expnt -= 128;
      }
      V1s = V0s + j1 - k1;
    }
  }
  let ans = V1[n - V1s];
  for (let m = 1; m <= n; m++) {
    if (Math.abs(ans) > E128) {
      ans *= EM128;
      expnt += 128;
    }
    ans *= m;
  }
  if (expnt !== 0) ans *= 2 ** expnt;
  return clip2(ans);
}
function kolmognPelzGood(n, x) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const z19 = Math.sqrt(n) * x;
  const z22 = z19 * z19;
  const z32 = z19 ** 3;
  const z42 = z19 ** 4;
  const z62 = z19 ** 6;
  const qlog = -PI2 / 8 / z22;
  if (qlog < MIN_LOG) return 0;
  let q = Math.exp(qlog);
  const k1a = -z22;
  const k1b = PI2 / 4;
  const k2a = 6 * z62 + 2 * z42;
  const k2b = (2 * z42 - 5 * z22) * PI2 / 4;
  const k2c = PI4 * (1 - 2 * z22) / 16;
  const k3d = PI6 * (5 - 30 * z22) / 64;
  const k3c = PI4 * (-60 * z22 + 212 * z42) / 16;
  const k3b = PI2 * (135 * z42 - 96 * z62) / 4;
  const k3a = -30 * z62 - 90 * z19 ** 8;
  const K = [0, 0, 0, 0];
  const maxk = Math.ceil(16 * z19 / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m ** 4;
    const m6 = m ** 6;
    const qp = q ** (8 * k);
    const coeffs = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
    for (let i = 0; i < 4; i++) K[i] = K[i] * qp + coeffs[i];
  }
  const div = [z19, 6 * z42, 72 * z19 ** 7, 6480 * z19 ** 10];
  for (let i = 0; i < 4; i++) K[i] = K[i] * q * SQRT2PI / div[i];
  q = Math.exp(-PI2 / 2 / z22);
  let k2extra = 0;
  let k3extra = 0;
  const sqrt3z = Math.sqrt(3) * z19;
  for (let k = maxk; k > 0; k--) {
    const k2 = k * k;
    const qp = q ** k2;
    k2extra += k2 * qp;
    const kpi = Math.PI * k;
    k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qp;
  }
  K[2] = K[2] + k2extra * PI2 * SQRT2PI / (-36 * z32);
  K[3] = K[3] + k3extra * PI2 * SQRT2PI / (216 * z62);
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += K[i] / n ** (i / 2);
  return sum;
}
function logFactorialOverPower(n) {
  const rn = 1 / n;
  let poly = 0;
  for (const c of STIRLING) poly = poly * (rn / n) + c;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * poly;
}
function kolmognSf(n, x) {
  if (!Number.isInteger(n) || n <= 0 || Number.isNaN(x)) return NaN;
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let prob;
    if (n <= 140) {
      prob = 1;
      for (let i = 1; i <= n; i++) prob *= i * (1 / n) * (2 * t - 1);
    } else {
      prob = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clip2(1 - prob);
  }
  if (t >= n - 1) return clip2(2 * (1 - x) ** n);
  if (x >= 0.5) return clip2(2 * smirnovSf(n, x));
  const nxsquared = t * x;
  if (n <= 140) {
    if (nxsquared <= 0.754693) return clip2(1 - kolmognDurbin(n, x));
    if (nxsquared <= 4) return clip2(1 - kolmognPomeranz(n, x));
    return clip2(2 * smirnovSf(n, x));
  }
  if (nxsquared >= 370) return 0;
  if (nxsquared >= 2.2) return clip2(2 * smirnovSf(n, x));
  const cdf = nxsquared >= 18 ? 1 : n <= 1e5 && n * x ** 1.5 <= 1.4 ? kolmognDurbin(n, x) : kolmognPelzGood(n, x);
  return clip2(1 - cdf);
}

// src/core/stats/ks-two-sample.ts
var KS_MAX_AUTO_N = 1e4;
function roundHalfEven2(x) {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
function gcd(a, b) {
  while (b) [a, b] = [b, a % b];
  return a;
}
function probOutsideSquare(n, h) {
  let P = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = (n - k * h - j) * p1 / (n + k * h + j + 1);
    P = p1 * (1 - P);
  }
  return 2 * P;
}
function outerProbInsideMethod(m0, n0, g, h) {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let curlen = maxj - minj;
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const A = new Float64Array(lenA).fill(1);
  for (let j = minj; j < maxj; j++) A[j] = 0;
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    const lastlen = curlen;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (A[jj + minj - lastminj] * i + val * j) / (i + j);
      A[jj] = val;
    }
    curlen = maxj - minj;
    if (lastlen > curlen) for (let c = maxj - minj; c < maxj - minj + (lastlen - curlen) && c < lenA; c++) A[c] = 1;
  }
  return A[maxj - minj - 1];
}
function ksStatistic(a, b) {
  let maxS = -Infinity;
  let minS = Infinity;
  for (const { cumA, cumB } of mergedCumulative(a, b)) {
    const diff = cumA / a.total - cumB / b.total;
    if (diff > maxS) maxS = diff;
    if (diff < minS) minS = diff;
  }
  const negMin = Math.min(Math.max(-minS, 0), 1);
  return negMin > maxS ? negMin : maxS;
}
function ksTwoSample(a, b) {
  const n1 = a.total;
  const n2 = b.total;
  if (n1 === 0 || n2 === 0) throw new RangeError("ks_2samp needs two non-empty samples");
  let d = ksStatistic(a, b);
  if (Math.max(n1, n2) <= KS_MAX_AUTO_N) {
    const g = gcd(n1, n2);
    const lcm = n1 / g * n2;
    const h = roundHalfEven2(d * lcm);
    d = h / lcm;
    if (h === 0) return { statistic: d, pvalue: 1, method: "exact" };
    const prob = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInsideMethod(n1, n2, g, h);
    if (Number.isFinite(prob) && prob >= 0 && prob <= 1) return { statistic: d, pvalue: prob, method: "exact" };
  }
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
  const en = m * n / (m + n);
  const p = kolmognSf(roundHalfEven2(en), d);
  return { statistic: d, pvalue: Math.min(Math.max(p, 0), 1), method: "asymp" };
}

// src/core/stats/special-functions.ts
var LANCZOS_G = 7;
var LANCZOS = [
  0.9999999999998099,
  676.5203681218851,
  -1259.1392167224028,
  771.3234287776531,
  -176.6150291621406,
  12.507343278686905,
  -0.13857109526572012,
  9984369578019572e-21,
  15056327351493116e-23
];
function logGamma(x) {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z19 = x - 1;
  let a = LANCZOS[0];
  const t = z19 + LANCZOS_G + 0.5;
  for (let i = 1; i < LANCZOS.length; i++) a += LANCZOS[i] / (z19 + i);
  return 0.5 * Math.log(2 * Math.PI) + (z19 + 0.5) * Math.log(t) - t + Math.log(a);
}
var EPS4 = 1e-16;
var TINY = 1e-300;
function gammaPSeries(a, x) {
  let sum = 1 / a;
  let term = sum;
  for (let n = 1; n < 1e4; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPS4) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}
function gammaQContinuedFraction(a, x) {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1e4; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS4) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}
function gammaQ(a, x) {
  if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0) return NaN;
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  return x < a + 1 ? 1 - gammaPSeries(a, x) : gammaQContinuedFraction(a, x);
}
function chiSquaredSf(x, df) {
  if (Number.isNaN(x)) return NaN;
  if (x <= 0) return 1;
  return gammaQ(df / 2, x / 2);
}
var TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
function erfSeries2(x) {
  let term = x;
  let sum = x;
  const x2 = x * x;
  for (let n = 1; n < 500; n++) {
    term *= 2 * x2 / (2 * n + 1);
    sum += term;
    if (term < sum * EPS4) break;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
}
function erfcContinuedFraction(x) {
  let f2 = x;
  let c = x;
  let d = 0;
  for (let i = 1; i < 5e3; i++) {
    const a = i / 2;
    d = x + a * d;
    d = d === 0 ? 1 / TINY : 1 / d;
    c = x + a / c;
    if (c === 0) c = TINY;
    const delta = c * d;
    f2 *= delta;
    if (Math.abs(delta - 1) < EPS4) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f2;
}
function erfc2(x) {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc2(-x);
  if (x === Infinity) return 0;
  return x < 2 ? 1 - erfSeries2(x) : erfcContinuedFraction(x);
}
function normalSf(z19) {
  return 0.5 * erfc2(z19 / Math.SQRT2);
}

// src/core/drift/stattests.ts
var NUMERIC_ONLY = (id) => ({ notApplicable: `${id} applies to numerical columns only` });
var TOO_MANY = { notApplicable: "too many distinct values to compare category frequencies" };
var ks = {
  id: "ks",
  name: "K-S p_value",
  kind: "p_value",
  defaultThreshold: 0.05,
  isDrift: (p, t) => p <= t,
  compute({ type, reference, current }) {
    if (type !== "num" || !reference.numeric || !current.numeric) return NUMERIC_ONLY("ks");
    const r = ksTwoSample(reference.numeric.sample, current.numeric.sample);
    return { score: r.pvalue, note: `D=${r.statistic}, ${r.method} p-value` };
  }
};
var wasserstein = {
  id: "wasserstein",
  name: "Wasserstein distance (normed)",
  kind: "distance",
  defaultThreshold: 0.1,
  isDrift: (d, t) => d >= t,
  compute({ type, reference, current }) {
    if (type !== "num" || !reference.numeric || !current.numeric) return NUMERIC_ONLY("wasserstein");
    const norm = Math.max(weightedMoments(reference.numeric.sample).std, 1e-3);
    return { score: wassersteinDistance(reference.numeric.sample, current.numeric.sample) / norm };
  }
};
var chisquare = {
  id: "chisquare",
  name: "chi-square p_value",
  kind: "p_value",
  defaultThreshold: 0.05,
  isDrift: (p, t) => p < t,
  compute({ type, reference, current }) {
    const counts = valueCounts(type, reference, current);
    if (!counts) return TOO_MANY;
    const k = counts.currentTotal / counts.referenceTotal;
    let stat7 = 0;
    for (let i = 0; i < counts.keys.length; i++) {
      const expected = counts.reference[i] * k;
      const observed = counts.current[i];
      stat7 += expected === 0 ? observed === 0 ? 0 : Infinity : (observed - expected) ** 2 / expected;
    }
    const df = counts.keys.length - 1;
    if (df < 1) return { score: 1, note: "a single category on both sides" };
    return { score: stat7 === Infinity ? 0 : chiSquaredSf(stat7, df), note: `chi2=${stat7}, df=${df}` };
  }
};
var z17 = {
  id: "z",
  name: "Z-test p_value",
  kind: "p_value",
  defaultThreshold: 0.05,
  isDrift: (p, t) => p < t,
  compute({ type, reference, current }) {
    const counts = valueCounts(type, reference, current);
    if (!counts) return TOO_MANY;
    const n1 = counts.referenceTotal;
    const n2 = counts.currentTotal;
    const present2 = (xs) => xs.filter((c) => c > 0).length;
    if (present2(counts.reference) === 1 && present2(counts.current) === 1 && counts.keys.length === 1) return { score: 1, note: "both samples hold the same single value" };
    const p1 = counts.reference[0] / n1;
    const p2 = counts.current[0] / n2;
    const P = (p1 * n1 + p2 * n2) / (n1 + n2);
    const zStat = (p1 - p2) / Math.sqrt(P * (1 - P) * (1 / n1 + 1 / n2));
    return { score: 2 * normalSf(Math.abs(zStat)), note: `z=${zStat}` };
  }
};
var jensenshannon = {
  id: "jensenshannon",
  name: "Jensen-Shannon distance",
  kind: "distance",
  defaultThreshold: 0.1,
  isDrift: (d, t) => d >= t,
  compute({ type, reference, current }) {
    const p = binnedProportions(type, reference, current, false);
    if (!p) return TOO_MANY;
    return { score: jensenShannonDistance(p.reference, p.current) };
  }
};
var psi = {
  id: "psi",
  name: "PSI",
  kind: "distance",
  defaultThreshold: 0.1,
  isDrift: (d, t) => d >= t,
  compute({ type, reference, current }) {
    const p = binnedProportions(type, reference, current, true);
    if (!p) return TOO_MANY;
    return { score: populationStabilityIndex(p.reference, p.current) };
  }
};
var STAT_TESTS = Object.freeze({ psi, ks, chisquare, z: z17, jensenshannon, wasserstein });
function defaultStatTest(type, referenceCount, uniqueCount2) {
  if (referenceCount <= 1e3) {
    if (type === "num") return uniqueCount2 <= 2 ? "z" : uniqueCount2 <= 5 ? "chisquare" : "ks";
    return uniqueCount2 <= 2 ? "z" : "chisquare";
  }
  if (type === "num") return uniqueCount2 <= 5 ? "jensenshannon" : "wasserstein";
  return "jensenshannon";
}

// src/core/drift/drift-report.ts
var DEFAULT_DRIFT_OPTIONS = Object.freeze({ stattest: "auto", driftShare: 0.5, severity: "warning" });
function countOf(p, type) {
  return type === "num" ? p.numeric?.count ?? 0 : p.categories?.count ?? p.rows;
}
function columnDrift(reference, current, options2 = DEFAULT_DRIFT_OPTIONS) {
  const type = reference.type === "num" && current.type === "num" ? "num" : "cat";
  const override = options2.columns?.[reference.column];
  const base = {
    column: reference.column,
    column_type: type,
    reference_count: countOf(reference, type),
    current_count: countOf(current, type),
    sampled: type === "num" && Boolean(reference.numeric?.sampled || current.numeric?.sampled)
  };
  const skip = (reason, n = null) => ({ ...base, stattest: null, stattest_name: null, threshold: null, drift_score: null, drift_detected: false, status: "skipped", reason, n_unique: n });
  if (base.reference_count === 0 || base.current_count === 0) return skip(`no non-missing values in the ${base.reference_count === 0 ? "reference" : "current"} data`);
  const unique = uniqueCount(type, reference, current);
  const requested = override?.stattest ?? options2.stattest;
  if (unique === null && (requested === "auto" ? type === "cat" : requested !== "ks" && requested !== "wasserstein")) {
    return skip("more than 10,000 distinct categories: category frequencies are not compared");
  }
  const id = requested === "auto" ? defaultStatTest(type, base.reference_count, unique ?? Infinity) : requested;
  const test = STAT_TESTS[id];
  const threshold = override?.threshold ?? options2.threshold ?? test.defaultThreshold;
  const outcome = test.compute({ type, reference, current });
  if ("notApplicable" in outcome) return skip(outcome.notApplicable, unique);
  return {
    ...base,
    stattest: id,
    stattest_name: test.name,
    threshold,
    drift_score: outcome.score,
    drift_detected: test.isDrift(outcome.score, threshold),
    status: "tested",
    n_unique: unique,
    ...outcome.note ? { details: outcome.note } : {}
  };
}
function computeDrift(reference, current, options2 = DEFAULT_DRIFT_OPTIONS) {
  const byName = new Map(current.map((p) => [p.column, p]));
  const columns = reference.map((r) => {
    const c = byName.get(r.column);
    if (!c) return { ...columnDrift(r, { ...r, rows: 0, numeric: null, categories: null }, options2), status: "skipped", reason: "missing from the current data" };
    return columnDrift(r, c, options2);
  });
  for (const c of current) if (!reference.some((r) => r.column === c.column)) columns.push({ ...columnDrift(c, c, options2), stattest: null, stattest_name: null, threshold: null, drift_score: null, drift_detected: false, status: "skipped", reason: "missing from the reference data" });
  const tested = columns.filter((c) => c.status === "tested");
  const drifted = tested.filter((c) => c.drift_detected).length;
  const share3 = tested.length === 0 ? 0 : drifted / tested.length;
  return {
    dataset: {
      number_of_columns: tested.length,
      number_of_drifted_columns: drifted,
      share_of_drifted_columns: share3,
      drift_share: options2.driftShare,
      dataset_drift: tested.length > 0 && share3 >= options2.driftShare
    },
    columns
  };
}
function driftCheckResults(result2, severity2) {
  const perColumn2 = result2.columns.map((c) => ({
    id: "DRIFT",
    check: "column_drift",
    column: c.column,
    severity: severity2,
    status: c.status === "skipped" ? "skip" : c.drift_detected ? "fail" : "pass",
    observed: c.drift_score,
    expected: c.threshold === null ? null : `${STAT_TESTS[c.stattest].kind === "p_value" ? "p-value above" : "distance below"} ${c.threshold}`,
    message: c.status === "skipped" ? `Drift not tested: ${c.reason}.` : `${c.stattest_name} = ${formatScore(c.drift_score)} (threshold ${c.threshold}): ${c.drift_detected ? "drift detected" : "no drift"}.`,
    examples: []
  }));
  const d = result2.dataset;
  perColumn2.push({
    id: "DRIFT",
    check: "dataset_drift",
    severity: severity2,
    status: d.number_of_columns === 0 ? "skip" : d.dataset_drift ? "fail" : "pass",
    observed: d.share_of_drifted_columns,
    expected: `share of drifted columns below ${d.drift_share}`,
    message: `${d.number_of_drifted_columns} of ${d.number_of_columns} columns drifted (share ${formatScore(d.share_of_drifted_columns)}, dataset drift at >= ${d.drift_share}).`,
    examples: []
  });
  return perColumn2;
}
function formatScore(x) {
  if (x === 0 || !Number.isFinite(x)) return String(x);
  return Math.abs(x) < 1e-4 ? x.toExponential(3) : String(Number(x.toPrecision(6)));
}

// src/core/stats/row-reservoir.ts
var DEFAULT_ROW_CAPACITY = 1e5;
var MAX_TEXTS = 5e4;
var NULL_ID = -1;
var OVERFLOW_ID = -2;
var NUMBER_ID = -3;
function createRowReservoir(columns, capacity = DEFAULT_ROW_CAPACITY, seed = 0) {
  const random = createRandom(seed);
  const lines = new Int32Array(capacity);
  let file = "";
  let seen = 0;
  let state = null;
  return {
    consume(batch) {
      if (!state) {
        file = batch.file;
        state = columns.map((name) => ({ name, index: batch.header.indexOf(name) })).filter((c) => c.index >= 0).map((c) => ({ ...c, numbers: new Float64Array(capacity), ids: new Int32Array(capacity).fill(NULL_ID), dict: /* @__PURE__ */ new Map(), texts: [], nonNumeric: false, overflow: false }));
      }
      const views = state.map((s) => ({ s, kinds: cellKinds(batch, s.index), nums: batch.numbers(s.index), cells: null }));
      for (const v of views) if (!v.s.nonNumeric && v.kinds.includes(CELL_TEXT)) v.s.nonNumeric = true;
      for (let r = 0; r < batch.length; r++) {
        let slot = seen;
        if (seen >= capacity) slot = Math.floor(random.nextFloat() * (seen + 1));
        seen++;
        if (slot >= capacity) continue;
        lines[slot] = batch.lines[r];
        for (const v of views) {
          const s = v.s;
          s.numbers[slot] = v.nums[r];
          const kind = v.kinds[r];
          if (kind === CELL_NULL) s.ids[slot] = NULL_ID;
          else if (kind === CELL_NUMBER) s.ids[slot] = Number.isNaN(v.nums[r]) ? NULL_ID : NUMBER_ID;
          else {
            v.cells ??= batch.cells[s.index] ?? [];
            const cell = v.cells[r] ?? "";
            let id = s.dict.get(cell);
            if (id === void 0 && !s.overflow) {
              if (s.dict.size >= MAX_TEXTS) s.overflow = true;
              else {
                id = s.texts.length;
                s.dict.set(cell, id);
                s.texts.push(cell);
              }
            }
            s.ids[slot] = id ?? OVERFLOW_ID;
          }
        }
      }
    },
    finish() {
      const size = Math.min(seen, capacity);
      const map = /* @__PURE__ */ new Map();
      for (const s of state ?? []) {
        map.set(s.name, {
          name: s.name,
          numbers: s.numbers.subarray(0, size),
          numeric: !s.nonNumeric,
          textOverflow: s.overflow,
          text: (row) => {
            const id = s.ids[row];
            if (id === NULL_ID) return null;
            if (id === NUMBER_ID) return String(s.numbers[row]);
            return id === OVERFLOW_ID ? "\0overflow" : s.texts[id];
          }
        });
      }
      return { size, rowsSeen: seen, sampled: seen > capacity, file, lines: lines.subarray(0, size), columns: map };
    }
  };
}

// src/core/labels/conflicting-labels.ts
var DEFAULT_MAX_GROUPS = 1 << 20;
var MULTI = -2;
function hashRow(kinds, nums, texts, row, seed) {
  let h = seed >>> 0;
  for (let c = 0; c < kinds.length; c++) {
    const kind = kinds[c][row];
    const n = nums[c][row];
    const text3 = kind === CELL_NULL || kind === CELL_NUMBER && Number.isNaN(n) ? "\0" : kind === CELL_NUMBER ? `n${n}` : `s${texts[c][row] ?? ""}`;
    for (let i = 0; i < text3.length; i++) {
      h = Math.imul(h ^ text3.charCodeAt(i), 1540483477);
      h ^= h >>> 15;
    }
    h = Math.imul(h ^ 31, 668265261);
    h ^= h >>> 13;
  }
  h = Math.imul(h ^ h >>> 16, 2246822507);
  h = Math.imul(h ^ h >>> 13, 3266489909);
  return (h ^ h >>> 16) >>> 0;
}
function createConflictingLabelsConsumer(features, label, maxGroups = DEFAULT_MAX_GROUPS) {
  let slots = 1 << 12;
  let hi = new Uint32Array(slots);
  let lo = new Uint32Array(slots);
  let lab = new Int32Array(slots).fill(-1);
  let count = new Uint32Array(slots);
  let first2 = new Uint32Array(slots);
  let used = 0;
  let level = 0;
  let rows2 = 0;
  let file = "";
  const labels = /* @__PURE__ */ new Map();
  const examples = [];
  let indexes = null;
  const inScope = (h) => level === 0 || h >>> 32 - level === 0;
  function insert(h1, h2, labelId, n, line) {
    let i = (h2 ^ h1) & slots - 1;
    while (lab[i] !== -1 && !(hi[i] === h1 && lo[i] === h2)) i = i + 1 & slots - 1;
    if (lab[i] === -1) {
      hi[i] = h1;
      lo[i] = h2;
      lab[i] = labelId;
      count[i] = n;
      first2[i] = line;
      used++;
    } else {
      count[i] = count[i] + n;
      if (lab[i] !== labelId && lab[i] !== MULTI) lab[i] = MULTI;
    }
    return i;
  }
  function rebuild(newSlots) {
    const old = { hi, lo, lab, count, first: first2 };
    slots = newSlots;
    hi = new Uint32Array(slots);
    lo = new Uint32Array(slots);
    lab = new Int32Array(slots).fill(-1);
    count = new Uint32Array(slots);
    first2 = new Uint32Array(slots);
    used = 0;
    for (let i = 0; i < old.lab.length; i++) if (old.lab[i] !== -1 && inScope(old.hi[i])) insert(old.hi[i], old.lo[i], old.lab[i], old.count[i], old.first[i]);
  }
  return {
    consume(batch) {
      file = batch.file;
      if (!indexes) indexes = { f: features.map((f2) => batch.header.indexOf(f2)).filter((i) => i >= 0), l: batch.header.indexOf(label) };
      if (indexes.l < 0) return;
      const kinds = indexes.f.map((c) => cellKinds(batch, c));
      const nums = indexes.f.map((c) => batch.numbers(c));
      const texts = indexes.f.map((c, k) => kinds[k].includes(CELL_TEXT) ? batch.cells[c] ?? [] : null);
      const labelCells = batch.cells[indexes.l] ?? [];
      for (let r = 0; r < batch.length; r++) {
        const l = labelCells[r] ?? null;
        if (l === null) continue;
        rows2++;
        const h1 = hashRow(kinds, nums, texts, r, 2538058380);
        if (!inScope(h1)) continue;
        const h2 = hashRow(kinds, nums, texts, r, 790265147);
        let id = labels.get(l);
        if (id === void 0) labels.set(l, id = labels.size);
        const before = used;
        const slot = insert(h1, h2, id, 1, batch.lines[r]);
        if (lab[slot] === MULTI && examples.length < MAX_EXAMPLES) {
          if (!examples.some((e) => e.line === first2[slot])) examples.push({ file, line: first2[slot], column: label });
          if (examples.length < MAX_EXAMPLES && first2[slot] !== batch.lines[r]) examples.push({ file, line: batch.lines[r], column: label, value: l });
        }
        if (used > before && used > maxGroups) {
          do {
            level++;
            rebuild(slots);
          } while (used > maxGroups * 0.75 && level < 32);
        } else if (used > before && used * 2 > slots) rebuild(slots * 2);
      }
    },
    finish() {
      let scope = 0;
      let conflicting = 0;
      for (let i = 0; i < slots; i++) {
        if (lab[i] === -1) continue;
        scope += count[i];
        if (lab[i] === MULTI) conflicting += count[i];
      }
      return { rows: rows2, conflictingRows: conflicting, rowsInScope: scope, share: scope === 0 ? 0 : conflicting / scope, groups: used, sampled: level > 0, examples: examples.sort((a, b) => a.line - b.line) };
    }
  };
}

// src/core/stats/association.ts
function contingencyTable(a, b) {
  const rowIndex = /* @__PURE__ */ new Map();
  const colIndex = /* @__PURE__ */ new Map();
  let total2 = 0;
  const ids = [];
  for (let k = 0; k < a.length; k++) {
    const x = a[k];
    const y = b[k];
    if (x === null || x === void 0 || y === null || y === void 0) continue;
    let i = rowIndex.get(x);
    if (i === void 0) rowIndex.set(x, i = rowIndex.size);
    let j = colIndex.get(y);
    if (j === void 0) colIndex.set(y, j = colIndex.size);
    ids.push([i, j]);
    total2++;
  }
  const counts = Array.from({ length: rowIndex.size }, () => new Array(colIndex.size).fill(0));
  for (const [i, j] of ids) counts[i][j] += 1;
  return { rows: [...rowIndex.keys()], columns: [...colIndex.keys()], counts, total: total2 };
}
function marginals(t) {
  const row = t.counts.map((r) => r.reduce((s, c) => s + c, 0));
  const col = t.columns.map((_, j) => t.counts.reduce((s, r) => s + r[j], 0));
  return { row, col };
}
function chiSquaredStatistic(t) {
  const { row, col } = marginals(t);
  let chi = 0;
  for (let i = 0; i < row.length; i++) {
    for (let j = 0; j < col.length; j++) {
      const expected = row[i] * col[j] / t.total;
      chi += (t.counts[i][j] - expected) ** 2 / expected;
    }
  }
  return chi;
}
function cramersV(t) {
  const k = Math.min(t.rows.length, t.columns.length);
  if (k < 2 || t.total === 0) return null;
  return Math.sqrt(chiSquaredStatistic(t) / (t.total * (k - 1)));
}
function entropyOf(counts, n) {
  let h = 0;
  for (const c of counts) if (c > 0) h -= c / n * Math.log(c / n);
  return h;
}
function mutualInformation(t) {
  const { row, col } = marginals(t);
  const n = t.total;
  let mi = 0;
  for (let i = 0; i < row.length; i++) {
    for (let j = 0; j < col.length; j++) {
      const c = t.counts[i][j];
      if (c > 0) mi += c / n * (Math.log(c) - Math.log(row[i]) - Math.log(col[j]) + Math.log(n));
    }
  }
  return Math.max(mi, 0);
}
function normalizedMutualInformation(t) {
  const r = t.rows.length;
  const c = t.columns.length;
  if (r === 1 && c === 1 || r === 0 && c === 0) return 1;
  const mi = mutualInformation(t);
  if (mi === 0) return 0;
  const { row, col } = marginals(t);
  const normaliser = (entropyOf(row, t.total) + entropyOf(col, t.total)) / 2;
  return mi / normaliser;
}
function pearsonCorrelation(x, y) {
  const n = x.length;
  if (n < 2) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
function averageRanks(x) {
  const order = Array.from({ length: x.length }, (_, i) => i).sort((a, b) => x[a] - x[b]);
  const ranks = new Float64Array(x.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && x[order[j + 1]] === x[order[i]]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]] = rank;
    i = j + 1;
  }
  return ranks;
}
function spearmanCorrelation(x, y) {
  return pearsonCorrelation(averageRanks(x), averageRanks(y));
}
function quantileSorted(sorted, q) {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const t = h - lo;
  const a = sorted[lo];
  const b = sorted[hi];
  return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
}
function quantileBinEdges(values, q) {
  const sorted = Float64Array.from(values).sort();
  const edges = [];
  for (let i = 0; i <= q; i++) {
    const e = quantileSorted(sorted, i / q);
    if (edges.length === 0 || edges[edges.length - 1] !== e) edges.push(e);
  }
  return edges;
}
function binIndex(edges, v) {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (edges[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(Math.max(lo - 1, 0), Math.max(edges.length - 2, 0));
}

// src/core/labels/feature-correlation.ts
function correlationRatio(categories, values) {
  const groups = /* @__PURE__ */ new Map();
  let total2 = 0;
  categories.forEach((c, i) => {
    const g = groups.get(c) ?? { sum: 0, n: 0 };
    g.sum += values[i];
    g.n++;
    groups.set(c, g);
    total2 += values[i];
  });
  const mean = total2 / values.length;
  let between = 0;
  for (const g of groups.values()) between += g.n * (g.sum / g.n - mean) ** 2;
  let all2 = 0;
  for (const v of values) all2 += (v - mean) ** 2;
  return all2 === 0 ? null : Math.sqrt(between / all2);
}
function pairValue(a, b, size) {
  const present2 = (c, r) => c.numeric ? Number.isFinite(c.numbers[r]) : c.text(r) !== null;
  const rows2 = [];
  for (let r = 0; r < size; r++) if (present2(a, r) && present2(b, r)) rows2.push(r);
  if (a.numeric && b.numeric) return { method: "spearman", value: spearmanCorrelation(rows2.map((r) => a.numbers[r]), rows2.map((r) => b.numbers[r])) };
  if (!a.numeric && !b.numeric) {
    const t = contingencyTable(rows2.map((r) => a.text(r)), rows2.map((r) => b.text(r)));
    return { method: "theils_u", value: t.rows.length < 2 || t.columns.length < 2 ? null : normalizedMutualInformation(t) };
  }
  const [cat, num2] = a.numeric ? [b, a] : [a, b];
  return { method: "correlation_ratio", value: correlationRatio(rows2.map((r) => cat.text(r)), rows2.map((r) => num2.numbers[r])) };
}
function featureCorrelations(sample, features) {
  const cols = features.map((f2) => sample.columns.get(f2)).filter((c) => c !== void 0 && !(c.textOverflow && !c.numeric));
  const out = [];
  for (let i = 0; i < cols.length; i++) {
    for (let j = i + 1; j < cols.length; j++) {
      const { method, value: value2 } = pairValue(cols[i], cols[j], sample.size);
      if (value2 !== null) out.push({ a: cols[i].name, b: cols[j].name, method, value: value2 });
    }
  }
  return out.sort((x, y) => Math.abs(y.value) - Math.abs(x.value));
}

// src/core/labels/one-feature-tree.ts
function fitOneFeatureTree(x, y, classes) {
  const groups = /* @__PURE__ */ new Map();
  x.forEach((raw, i) => {
    const v = typeof raw === "number" ? Math.fround(raw) : raw;
    let g = groups.get(v);
    if (!g) groups.set(v, g = []);
    g.push(y[i]);
  });
  const summarise = (ys) => {
    if (classes === 0) return ys.reduce((s, v) => s + v, 0) / ys.length;
    const counts = new Array(classes).fill(0);
    for (const c of ys) counts[c] += 1;
    let best = 0;
    for (let c = 1; c < classes; c++) if (counts[c] > counts[best]) best = c;
    return best;
  };
  const leaf = /* @__PURE__ */ new Map();
  for (const [v, ys] of groups) leaf.set(v, summarise(ys));
  const fallback = summarise(y);
  const numericKeys = [...groups.keys()].filter((k) => typeof k === "number").sort((a, b) => a - b);
  return {
    predict(raw) {
      const v = typeof raw === "number" ? Math.fround(raw) : raw;
      const hit = leaf.get(v);
      if (hit !== void 0) return hit;
      if (typeof v === "string" || numericKeys.length === 0) return fallback;
      let lo = 0;
      let hi = numericKeys.length;
      while (lo < hi) {
        const mid = lo + hi >> 1;
        if (numericKeys[mid] < v) lo = mid + 1;
        else hi = mid;
      }
      if (lo === 0) return leaf.get(numericKeys[0]);
      if (lo === numericKeys.length) return leaf.get(numericKeys[lo - 1]);
      const below = numericKeys[lo - 1];
      const above = numericKeys[lo];
      return leaf.get(v <= below / 2 + above / 2 ? below : above);
    }
  };
}

// src/core/labels/predictive-power-score.ts
var PPS_METHOD = "mergeml-pps (ppscore formula; seeded sampling)";
function weightedF1(truth, pred) {
  const labels = /* @__PURE__ */ new Set([...truth, ...pred]);
  let total2 = 0;
  for (const c of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < truth.length; i++) {
      if (pred[i] === c && truth[i] === c) tp++;
      else if (pred[i] === c) fp++;
      else if (truth[i] === c) fn++;
    }
    const support = tp + fn;
    const f1 = tp === 0 ? 0 : 2 * tp / (2 * tp + fp + fn);
    total2 += f1 * support;
  }
  return truth.length === 0 ? 0 : total2 / truth.length;
}
function stratifiedFolds(y, splits) {
  const firstSeen = /* @__PURE__ */ new Map();
  y.forEach((c) => firstSeen.has(c) || firstSeen.set(c, firstSeen.size));
  const sortedLabels = [...firstSeen.keys()].sort((a, b) => a - b);
  const firstIndex = sortedLabels.map((l) => y.indexOf(l));
  const rankByFirst = [...firstIndex.keys()].sort((a, b) => firstIndex[a] - firstIndex[b]);
  const enc = /* @__PURE__ */ new Map();
  rankByFirst.forEach((classIdx, k2) => enc.set(sortedLabels[classIdx], k2));
  const encoded = y.map((c) => enc.get(c));
  const order = [...encoded].sort((a, b) => a - b);
  const k = sortedLabels.length;
  const allocation = Array.from({ length: splits }, (_, i) => {
    const counts = new Array(k).fill(0);
    for (let j = i; j < order.length; j += splits) counts[order[j]] += 1;
    return counts;
  });
  const folds = new Int32Array(y.length);
  for (let c = 0; c < k; c++) {
    const forClass = [];
    for (let f2 = 0; f2 < splits; f2++) for (let r = 0; r < allocation[f2][c]; r++) forClass.push(f2);
    let next = 0;
    encoded.forEach((e, i) => {
      if (e === c) folds[i] = forClass[next++];
    });
  }
  return folds;
}
function contiguousFolds(n, splits) {
  const folds = new Int32Array(n);
  let start = 0;
  for (let f2 = 0; f2 < splits; f2++) {
    const size = Math.floor(n / splits) + (f2 < n % splits ? 1 : 0);
    folds.fill(f2, start, start + size);
    start += size;
  }
  return folds;
}
function crossValidatedScore(x, y, classes, splits = 4) {
  const folds = classes > 0 ? stratifiedFolds(y, splits) : contiguousFolds(y.length, splits);
  let sum = 0;
  for (let f2 = 0; f2 < splits; f2++) {
    const trainX = [];
    const trainY = [];
    const testIdx = [];
    for (let i = 0; i < y.length; i++) {
      if (folds[i] === f2) testIdx.push(i);
      else {
        trainX.push(x[i]);
        trainY.push(y[i]);
      }
    }
    const tree = fitOneFeatureTree(trainX, trainY, classes);
    const pred = testIdx.map((i) => tree.predict(x[i]));
    const truth = testIdx.map((i) => y[i]);
    sum += classes > 0 ? weightedF1(truth, pred) : truth.reduce((s, t, j) => s + Math.abs(t - pred[j]), 0) / truth.length;
  }
  return sum / splits;
}
function shuffle(xs, random) {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = random.nextBelow(i + 1);
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}
function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function predictivePowerScore(feature, target, options2 = {}) {
  const base = { feature: feature.name, target: target.name };
  if (feature.name === target.name) return { ...base, task: "predict_itself", ppscore: 1, model_score: null, baseline_score: null, n: 0 };
  const random = createRandom(options2.seed ?? 123);
  let rows2 = [];
  feature.values.forEach((x2, i) => {
    const y2 = target.values[i];
    if (x2 !== null && x2 !== void 0 && y2 !== null && y2 !== void 0) rows2.push([x2, y2]);
  });
  const sample = options2.sample ?? 5e3;
  if (rows2.length > sample) rows2 = shuffle(rows2, random).slice(0, sample);
  const n = rows2.length;
  if (n === 0) return { ...base, task: "empty", ppscore: 0, model_score: null, baseline_score: null, n };
  rows2 = shuffle(rows2, random);
  const distinctY = new Set(rows2.map((r) => r[1]));
  if (distinctY.size === 1) return { ...base, task: "target_is_constant", ppscore: 0, model_score: null, baseline_score: null, n };
  if (!target.numeric && distinctY.size === n) return { ...base, task: "target_is_id", ppscore: 0, model_score: null, baseline_score: null, n };
  if (!feature.numeric && new Set(rows2.map((r) => r[0])).size === n) return { ...base, task: "feature_is_id", ppscore: 0, model_score: null, baseline_score: null, n };
  const x = rows2.map((r) => r[0]);
  if (target.numeric) {
    const y2 = rows2.map((r) => r[1]);
    const model2 = crossValidatedScore(x, y2, 0, options2.splits ?? 4);
    const med = median(y2);
    const naive2 = y2.reduce((s, v) => s + Math.abs(v - med), 0) / n;
    return { ...base, task: "regression", ppscore: model2 > naive2 ? 0 : 1 - model2 / naive2, model_score: model2, baseline_score: naive2, n };
  }
  const labels = [...distinctY].map(String).sort();
  const code3 = new Map(labels.map((l, i) => [l, i]));
  const y = rows2.map((r) => code3.get(String(r[1])));
  const model = crossValidatedScore(x, y, labels.length, options2.splits ?? 4);
  const counts = new Array(labels.length).fill(0);
  for (const c of y) counts[c] += 1;
  const mostCommon = counts.indexOf(Math.max(...counts));
  const naive = Math.max(weightedF1(y, y.map(() => mostCommon)), weightedF1(y, shuffle([...y], random)));
  return { ...base, task: "classification", ppscore: model < naive ? 0 : (model - naive) / (1 - naive), model_score: model, baseline_score: naive, n };
}

// src/core/labels/label-checks.ts
var DEFAULT_MAX_CONFLICTING_SHARE = 0;
var DEFAULT_LEAKAGE_PPS = 0.8;
var DEFAULT_CORRELATION_THRESHOLD = 0.9;
var LABEL_SAMPLE_ROWS = 1e4;
function fmt2(x) {
  return Number(x.toPrecision(4)).toString();
}
function sampleValues(sample, column3) {
  const c = sample.columns.get(column3);
  if (!c) return null;
  const values = Array.from({ length: sample.size }, (_, r) => c.numeric ? Number.isFinite(c.numbers[r]) ? c.numbers[r] : null : c.text(r));
  return { values, numeric: c.numeric };
}
function createLabelChecksConsumer(o) {
  const classes = /* @__PURE__ */ new Map();
  let labelIndex = null;
  const conflicting = o.maxConflictingShare !== void 0 ? createConflictingLabelsConsumer(o.features, o.label) : null;
  const needSample = o.leakagePps !== void 0 || o.correlationThreshold !== void 0;
  const reservoir = needSample ? createRowReservoir([...o.features, o.label], LABEL_SAMPLE_ROWS, o.seed ?? 0) : null;
  return {
    consume(batch) {
      if (labelIndex === null) labelIndex = batch.header.indexOf(o.label);
      const cells = batch.cells[labelIndex] ?? [];
      for (let r = 0; r < batch.length; r++) {
        const l = cells[r];
        if (l !== null && l !== void 0) classes.set(l, (classes.get(l) ?? 0) + 1);
      }
      conflicting?.consume(batch);
      reservoir?.consume(batch);
    },
    finish() {
      const checks = [];
      const total2 = [...classes.values()].reduce((s, c) => s + c, 0);
      const classList = [...classes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([label, count]) => ({ label, count, share: total2 === 0 ? 0 : count / total2 }));
      if (o.minClassShare !== void 0) {
        const smallest = classList[classList.length - 1];
        const ok = smallest !== void 0 && smallest.share >= o.minClassShare;
        checks.push({
          id: "LABEL",
          check: "class_balance",
          column: o.label,
          severity: o.severity,
          status: total2 === 0 ? "skip" : ok ? "pass" : "fail",
          observed: smallest ? smallest.share : null,
          expected: `every class share >= ${o.minClassShare}`,
          message: smallest ? `Smallest class of ${o.label} is ${smallest.label} with share ${fmt2(smallest.share)} (${smallest.count} of ${total2} rows).` : `${o.label} has no non-null labels.`,
          examples: [],
          elementCount: total2
        });
      }
      const conf = conflicting?.finish() ?? null;
      if (conf && o.maxConflictingShare !== void 0) {
        checks.push({
          id: "DV27",
          check: "conflicting_labels",
          column: o.label,
          severity: o.severity,
          status: conf.rows === 0 ? "skip" : conf.share <= o.maxConflictingShare ? "pass" : "fail",
          observed: conf.share,
          expected: `share <= ${o.maxConflictingShare}`,
          message: `${conf.conflictingRows} of ${conf.rowsInScope} rows${conf.sampled ? " (hash-sampled groups)" : ""} share identical features but different ${o.label} labels (share ${fmt2(conf.share)}).`,
          examples: conf.examples,
          unexpectedCount: conf.conflictingRows,
          elementCount: conf.rowsInScope
        });
      }
      const sample = reservoir?.finish() ?? null;
      let leakage = [];
      if (sample && o.leakagePps !== void 0) {
        const target = sampleValues(sample, o.label);
        for (const f2 of o.leakageColumns ?? o.features) {
          const x = sampleValues(sample, f2);
          if (!x || !target) continue;
          leakage.push(predictivePowerScore({ name: f2, ...x }, { name: o.label, ...target }, { seed: o.seed ?? 123 }));
        }
        leakage = leakage.sort((a, b) => b.ppscore - a.ppscore);
        for (const p of leakage) {
          checks.push({
            id: "DV28",
            check: "feature_label_leakage",
            column: p.feature,
            severity: o.severity,
            status: p.ppscore < o.leakagePps ? "pass" : "fail",
            observed: p.ppscore,
            expected: `PPS < ${o.leakagePps}`,
            message: `${p.feature} predicts ${o.label} with PPS ${fmt2(p.ppscore)} (${p.task}${p.model_score !== null ? `, model ${fmt2(p.model_score)} vs baseline ${fmt2(p.baseline_score)}` : ""}).${p.ppscore >= o.leakagePps ? " The feature may leak the label." : ""}`,
            examples: [],
            elementCount: p.n
          });
        }
      }
      let correlations = [];
      if (sample && o.correlationThreshold !== void 0) {
        const thr = o.correlationThreshold;
        correlations = featureCorrelations(sample, o.features.filter((f2) => f2 !== o.label));
        const above = correlations.filter((p) => Math.abs(p.value) > thr);
        const maxPairs = o.maxCorrelatedPairs ?? 0;
        checks.push({
          id: "DV29",
          check: "feature_correlation",
          severity: o.severity,
          status: above.length <= maxPairs ? "pass" : "fail",
          observed: above.length,
          expected: `at most ${maxPairs} pairs with |correlation| > ${thr}`,
          message: above.length === 0 ? `No feature pair is correlated above ${thr}.` : `${above.length} feature pairs correlated above ${thr}: ${above.slice(0, 5).map((p) => `${p.a}\u2013${p.b} ${fmt2(p.value)} (${p.method})`).join(", ")}.`,
          examples: [],
          unexpectedCount: above.length,
          elementCount: correlations.length
        });
      }
      return { classes: classList, conflicting: conf, leakage, leakage_method: PPS_METHOD, correlations, checks };
    }
  };
}

// src/core/labels/distribution-skew.ts
function standardHistogram(s, min, max, buckets2 = 10) {
  if (min === max) return [{ lo: min, hi: max, mass: s.total }];
  const width = (max - min) / buckets2;
  const out = Array.from({ length: buckets2 }, (_, i) => ({ lo: min + i * width, hi: i === buckets2 - 1 ? max : min + (i + 1) * width, mass: 0 }));
  for (let i = 0; i < s.values.length; i++) {
    const k = Math.min(Math.floor((s.values[i] - min) / width), buckets2 - 1);
    out[k].mass += s.counts[i];
  }
  return out;
}
function alignHistograms(a, b) {
  const edges = [...new Set([...a, ...b].flatMap((x) => [x.lo, x.hi]))].sort((x, y) => x - y);
  const spread = (hs) => {
    const out = [];
    const points3 = /* @__PURE__ */ new Map();
    const cells = new Array(Math.max(edges.length - 1, 0)).fill(0);
    for (const h of hs) {
      if (h.lo === h.hi) {
        points3.set(h.lo, (points3.get(h.lo) ?? 0) + h.mass);
        continue;
      }
      for (let i = 0; i < cells.length; i++) {
        const lo = Math.max(edges[i], h.lo);
        const hi = Math.min(edges[i + 1], h.hi);
        if (hi > lo) cells[i] += h.mass * (hi - lo) / (h.hi - h.lo);
      }
    }
    out.push(...cells);
    for (const e of edges) out.push(points3.get(e) ?? 0);
    return out;
  };
  return { p: spread(a), q: spread(b) };
}
function distributionSkew(control, current, metric2) {
  const numeric = control.type === "num" && current.type === "num" && control.numeric && current.numeric;
  if (metric2 === "jensen_shannon" && numeric) {
    const a = control.numeric;
    const b = current.numeric;
    if (a.count === 0 || b.count === 0) return null;
    const { p, q } = alignHistograms(standardHistogram(a.sample, a.min, a.max), standardHistogram(b.sample, b.min, b.max));
    return jensenShannonDivergenceBase2(p, q);
  }
  if (numeric && metric2 !== "jensen_shannon") return null;
  const counts = valueCounts("cat", control, current);
  if (!counts || counts.referenceTotal === 0 || counts.currentTotal === 0) return null;
  if (metric2 === "linf") return lInfinityDistance(counts.reference, counts.current);
  if (metric2 === "normalized_abs_difference") return normalizedAbsDifference(counts.reference, counts.current);
  return jensenShannonDivergenceBase2(counts.reference, counts.current);
}

// src/core/labels/skew-checks.ts
function skewCheckResults(control, current, requests) {
  const byName = new Map(control.map((p) => [p.column, p]));
  const out = [];
  for (const r of requests) {
    const columns = r.column !== void 0 ? current.filter((c) => c.column === r.column) : current.filter((c) => byName.has(c.column));
    for (const cur of columns) {
      const ctl = byName.get(cur.column);
      const value2 = ctl ? distributionSkew(ctl, cur, r.metric) : null;
      out.push({
        id: "DV30",
        check: "distribution_skew",
        column: cur.column,
        severity: r.severity,
        status: value2 === null ? "skip" : value2 > r.threshold ? "fail" : "pass",
        observed: value2,
        expected: `${r.metric} <= ${r.threshold}`,
        message: value2 === null ? `${r.metric} does not apply to ${cur.column}${ctl ? "" : " (absent from the control data)"}.` : `${r.metric} between control and current ${cur.column} is ${Number(value2.toPrecision(4))} (threshold ${r.threshold}).`,
        examples: []
      });
    }
  }
  return out;
}

// src/core/labels/label-check-registry.ts
function skipped(id, check, severity2, message) {
  return { consume() {
  }, finish: () => [{ id, check, severity: severity2, status: "skip", observed: null, expected: null, message, examples: [] }] };
}
function featuresOf(ctx, header) {
  return [...ctx.features ?? header.filter((h) => h !== ctx.label)];
}
function lazy(make) {
  let inner = null;
  return {
    consume(batch) {
      inner ??= make(batch.header);
      inner.consume(batch);
    },
    finish: () => [...inner?.finish().checks ?? []]
  };
}
function labelDataChecks(ctx) {
  return [
    register({
      id: "DV27",
      name: "conflicting_labels",
      title: "Conflicting labels",
      mostly: false,
      params: DATA_CHECK_PARAMS.conflicting_labels,
      create(config) {
        if (!ctx.label) return skipped("DV27", config.check, config.severity, "conflicting_labels needs the model target (label column).");
        const label = ctx.label;
        return lazy((header) => createLabelChecksConsumer({ label, features: featuresOf(ctx, header), severity: config.severity, maxConflictingShare: config.max_share ?? DEFAULT_MAX_CONFLICTING_SHARE }));
      }
    }),
    register({
      id: "DV28",
      name: "feature_label_leakage",
      title: "Feature\u2192label leakage",
      mostly: false,
      params: DATA_CHECK_PARAMS.feature_label_leakage,
      create(config) {
        if (!ctx.label) return skipped("DV28", config.check, config.severity, "feature_label_leakage needs the model target (label column).");
        const label = ctx.label;
        return lazy((header) => createLabelChecksConsumer({ label, features: featuresOf(ctx, header), severity: config.severity, leakagePps: config.max_pps ?? DEFAULT_LEAKAGE_PPS, ...config.columns ? { leakageColumns: config.columns } : {}, ...ctx.seed !== void 0 ? { seed: ctx.seed } : {} }));
      }
    }),
    register({
      id: "DV29",
      name: "feature_correlation",
      title: "Feature\u2013feature correlation",
      mostly: false,
      params: DATA_CHECK_PARAMS.feature_correlation,
      create(config) {
        return lazy((header) => createLabelChecksConsumer({ label: ctx.label ?? "", features: featuresOf(ctx, header), severity: config.severity, correlationThreshold: config.threshold ?? DEFAULT_CORRELATION_THRESHOLD, maxCorrelatedPairs: config.max_pairs ?? 0 }));
      }
    }),
    register({
      id: "DV30",
      name: "distribution_skew",
      title: "Distribution skew/drift vs a control dataset",
      mostly: false,
      params: DATA_CHECK_PARAMS.distribution_skew,
      create(config) {
        const control = ctx.control;
        if (!control) return skipped("DV30", config.check, config.severity, "distribution_skew needs a control dataset (--reference).");
        const current = createDriftProfileConsumer(config.column !== void 0 ? { columns: [config.column] } : {});
        return {
          consume: (batch) => current.consume(batch),
          finish: () => skewCheckResults(control, current.finish(), [{ ...config.column !== void 0 ? { column: config.column } : {}, metric: config.metric, threshold: config.threshold, severity: config.severity }])
        };
      }
    })
  ];
}

// src/core/proxies/proxy-associations.ts
var DEFAULT_AGE_BUCKETS = Object.freeze([25, 35, 45, 55, 65]);
var DEFAULT_FEATURE_BINS = 10;
function bucketLabel(cuts, v) {
  if (v < cuts[0]) return `<${cuts[0]}`;
  for (let i = 1; i < cuts.length; i++) if (v < cuts[i]) return `[${cuts[i - 1]}, ${cuts[i]})`;
  return `>=${cuts[cuts.length - 1]}`;
}
function labelsOf(col, size, numericLabel) {
  const out = new Array(size);
  for (let r = 0; r < size; r++) {
    if (numericLabel) {
      const v = col.numbers[r];
      out[r] = Number.isFinite(v) ? numericLabel(v) : null;
    } else out[r] = col.text(r);
  }
  return out;
}
function binaryIndicator(labels, numbers) {
  const values = [...new Set(labels.filter((l) => l !== null))].sort();
  if (values.length !== 2) return null;
  const x = [];
  const y = [];
  labels.forEach((l, r) => {
    if (l !== null && Number.isFinite(numbers[r])) {
      x.push(l === values[0] ? 1 : 0);
      y.push(numbers[r]);
    }
  });
  return { x, y };
}
function proxyAssociations(sample, features, protectedAttributes, options2 = {}) {
  const cuts = [...options2.ageBuckets ?? DEFAULT_AGE_BUCKETS].sort((a, b) => a - b);
  const out = [];
  for (const p of protectedAttributes) {
    const pc = sample.columns.get(p.column);
    if (!pc) continue;
    const pNumeric = pc.numeric;
    const pLabels = labelsOf(pc, sample.size, pNumeric ? (v) => bucketLabel(cuts, v) : null);
    for (const f2 of features) {
      if (f2 === p.column) continue;
      const fc = sample.columns.get(f2);
      if (!fc) continue;
      const fNumeric = fc.numeric;
      let fLabels;
      if (fNumeric) {
        const finite2 = Array.from(fc.numbers).filter(Number.isFinite);
        const edges = quantileBinEdges(finite2, options2.featureBins ?? DEFAULT_FEATURE_BINS);
        fLabels = labelsOf(fc, sample.size, (v2) => String(binIndex(edges, v2)));
      } else fLabels = labelsOf(fc, sample.size, null);
      const table = contingencyTable(fLabels, pLabels);
      let correlation = null;
      let method = null;
      let spearman = null;
      if (fNumeric && pNumeric) {
        const x = [];
        const y = [];
        for (let r = 0; r < sample.size; r++) {
          if (Number.isFinite(fc.numbers[r]) && Number.isFinite(pc.numbers[r])) {
            x.push(fc.numbers[r]);
            y.push(pc.numbers[r]);
          }
        }
        correlation = pearsonCorrelation(x, y);
        spearman = spearmanCorrelation(x, y);
        method = correlation === null ? null : "pearson";
      } else if (fNumeric !== pNumeric) {
        const pair = fNumeric ? binaryIndicator(pLabels, fc.numbers) : binaryIndicator(fLabels, pc.numbers);
        if (pair) {
          correlation = pearsonCorrelation(pair.x, pair.y);
          method = correlation === null ? null : "point_biserial";
        }
      }
      const v = cramersV(table);
      const nmi = normalizedMutualInformation(table);
      out.push({
        protected: p.column,
        basis: p.basis ?? null,
        feature: f2,
        feature_type: fNumeric ? "num" : "cat",
        protected_type: pNumeric ? "num" : "cat",
        n: table.total,
        cramers_v: v,
        mutual_info: mutualInformation(table),
        normalized_mutual_info: nmi,
        correlation,
        correlation_method: method,
        spearman,
        strength: Math.max(v ?? 0, nmi, Math.abs(correlation ?? 0))
      });
    }
  }
  return out.sort((a, b) => b.strength - a.strength || a.protected.localeCompare(b.protected) || a.feature.localeCompare(b.feature));
}

// src/core/proxies/proxy-checks.ts
function exceededBounds(a, o) {
  const out = [];
  if (o.cramersV !== void 0 && a.cramers_v !== null && a.cramers_v > o.cramersV) out.push("cramers_v");
  if (o.normalizedMutualInfo !== void 0 && a.normalized_mutual_info > o.normalizedMutualInfo) out.push("normalized_mutual_info");
  if (o.correlation !== void 0 && a.correlation !== null && Math.abs(a.correlation) > o.correlation) out.push("correlation");
  return out;
}
function protectedFeatureChecks(features, protectedAttributes) {
  return protectedAttributes.map((p) => {
    const used = features.includes(p.column);
    return {
      id: "PROXY",
      check: "protected_not_feature",
      column: p.column,
      severity: "error",
      status: used ? "fail" : "pass",
      observed: used ? "used as a feature" : "not a feature",
      expected: "not a feature",
      message: used ? `Protected attribute ${p.column}${p.basis ? ` (${p.basis.replace(/_/g, " ")})` : ""} is used directly as a model feature (Regulation B, 12 CFR 1002.2(z)).` : `Protected attribute ${p.column} is not a model feature.`,
      examples: []
    };
  });
}
function fmt3(x) {
  return x === null ? "n/a" : x.toFixed(4);
}
function proxyReportOf(associations, o, rows2, features, protectedAttributes) {
  const findings = associations.map((a) => ({ ...a, exceeded: exceededBounds(a, o) }));
  const anyBound = o.cramersV !== void 0 || o.normalizedMutualInfo !== void 0 || o.correlation !== void 0;
  const bounds = [o.cramersV !== void 0 ? `V <= ${o.cramersV}` : "", o.normalizedMutualInfo !== void 0 ? `NMI <= ${o.normalizedMutualInfo}` : "", o.correlation !== void 0 ? `|r| <= ${o.correlation}` : ""].filter(Boolean).join(", ");
  const checks = [...protectedFeatureChecks(features, protectedAttributes)];
  for (const f2 of findings) {
    checks.push({
      id: "PROXY",
      check: "proxy_association",
      column: f2.feature,
      severity: o.severity,
      status: f2.exceeded.length > 0 ? "fail" : "pass",
      observed: Number(f2.strength.toFixed(6)),
      expected: anyBound ? bounds : null,
      message: `${f2.feature} vs ${f2.protected}: Cram\xE9r's V ${fmt3(f2.cramers_v)}, NMI ${fmt3(f2.normalized_mutual_info)}${f2.correlation !== null ? `, ${f2.correlation_method === "pearson" ? "Pearson r" : "point-biserial r"} ${fmt3(f2.correlation)}` : ""}${f2.exceeded.length > 0 ? ` \u2014 exceeds ${f2.exceeded.join(", ")}: ${f2.feature} may act as a proxy for ${f2.protected}` : anyBound ? "" : " (no bound configured)"}.`,
      examples: []
    });
  }
  return { rows: rows2.rows, rows_seen: rows2.rowsSeen, sampled: rows2.sampled, findings, checks };
}
function createProxyConsumer(features, protectedAttributes, options2) {
  const reservoir = createRowReservoir([.../* @__PURE__ */ new Set([...features, ...protectedAttributes.map((p) => p.column)])], options2.capacity ?? DEFAULT_ROW_CAPACITY, options2.seed ?? 0);
  return {
    consume: (batch) => reservoir.consume(batch),
    finish() {
      const sample = reservoir.finish();
      const candidates = features.filter((f2) => !protectedAttributes.some((p) => p.column === f2));
      const associations = proxyAssociations(sample, candidates, protectedAttributes, { ...options2.ageBuckets ? { ageBuckets: options2.ageBuckets } : {}, ...options2.featureBins ? { featureBins: options2.featureBins } : {} });
      return proxyReportOf(associations, options2, { rows: sample.size, rowsSeen: sample.rowsSeen, sampled: sample.sampled }, features, protectedAttributes);
    }
  };
}

// src/core/proxies/proxy-markdown.ts
var f = (x) => x === null ? "\u2013" : x.toFixed(3);
function renderProxyMarkdown(report, limit = 10) {
  const misuse = report.checks.filter((c) => c.check === "protected_not_feature" && c.status === "fail");
  const failing = report.findings.filter((x) => x.exceeded.length > 0);
  const shown = [...failing, ...report.findings.filter((x) => x.exceeded.length === 0)].slice(0, Math.max(limit, failing.length));
  const lines = ["### Protected attributes and proxies (Regulation B)", ""];
  for (const m of misuse) lines.push(`\u274C ${escapeMarkdown(m.message)}`, "");
  lines.push(
    failing.length === 0 ? "\u2705 No feature exceeds the proxy bounds." : `${failing.length} feature \xD7 attribute pairs exceed the proxy bounds.`,
    "",
    `Computed on ${report.rows} rows${report.sampled ? ` (a seeded uniform sample of ${report.rows_seen})` : ""}.`,
    "",
    "| Feature | Protected | Cram\xE9r's V | NMI | Correlation | Exceeds |",
    "|---|---|---:|---:|---:|---|",
    ...shown.map((x) => `| ${escapeMarkdown(x.feature)} | ${escapeMarkdown(x.protected)} | ${f(x.cramers_v)} | ${f(x.normalized_mutual_info)} | ${x.correlation === null ? "\u2013" : `${f(x.correlation)} (${x.correlation_method === "pearson" ? "Pearson" : "point-biserial"})`} | ${x.exceeded.length ? `**${x.exceeded.join(", ")}**` : ""} |`)
  );
  if (report.findings.length > shown.length) lines.push("", `${report.findings.length - shown.length} weaker pairs not shown.`);
  return lines.join("\n");
}

// src/pipeline/validate.ts
async function pass2(ports, ref2, read, consumers) {
  let rows2 = 0;
  let header = [];
  for await (const batch of ports.readBatches(ref2.path, read)) {
    header = batch.header;
    rows2 += batch.length;
    for (const c of consumers) c.consume(batch);
  }
  return { rows: rows2, header };
}
function notImplemented(config, id) {
  return {
    id,
    check: config.check,
    ..."column" in config && typeof config.column === "string" ? { column: config.column } : {},
    severity: config.severity,
    status: "skip",
    observed: null,
    expected: null,
    message: `${config.check} is not run by mergeml validate in this version`,
    examples: []
  };
}
async function validate(options2, ports) {
  const contract = options2.contract ? parseContract(options2.contract.file, await ports.readFile(options2.contract.path)) : void 0;
  const read = { ...contract?.null_values !== void 0 ? { nullValues: contract.null_values } : {}, ...options2.read };
  const configs = [...contract ? contractToChecks(contract).map((c) => c.config) : [], ...options2.checks ?? []];
  let reference;
  let referenceProfiles;
  if (options2.reference) {
    const summary2 = referenceSummaryConsumer(options2.reference.file);
    const drift = createDriftProfileConsumer();
    await pass2(ports, options2.reference, read, [summary2, drift]);
    reference = summary2.finish();
    referenceProfiles = drift.finish();
  }
  const context = reference ? { reference } : {};
  const extra = [
    ...options2.extraChecks ?? [],
    ...labelDataChecks({ ...options2.label !== void 0 ? { label: options2.label } : {}, ...options2.features ? { features: options2.features } : {}, ...referenceProfiles ? { control: referenceProfiles } : {} })
  ];
  const instances = configs.map((config) => {
    const registered = findRegisteredCheck(config.check, extra);
    return registered ? { config, consumer: registered.create(config, context) } : { config, consumer: void 0 };
  });
  const proxy = options2.protected && options2.protected.length > 0 ? lazyProxyConsumer(options2) : void 0;
  const parallel = ports.parallelPass !== void 0 && !options2.reference && proxy === void 0 && instances.every((i) => i.consumer !== void 0 && findRegisteredCheck(i.config.check) !== void 0 && isMergeable(i.consumer));
  let streamed;
  if (parallel && ports.parallelPass) {
    try {
      streamed = await parallelStream(ports.parallelPass, options2, read, configs);
    } catch (error) {
      if (!(error instanceof MergeNotExactError)) throw error;
    }
  }
  const currentDrift = options2.reference ? createDriftProfileConsumer() : void 0;
  if (streamed === void 0) {
    const overview2 = columnOverviewConsumer();
    const profile = options2.profile ? new ProfileConsumer(options2.data.file) : void 0;
    const fresh = instances;
    const consumers = [overview2, ...profile ? [profile] : [], ...fresh.flatMap((i) => i.consumer ? [i.consumer] : []), ...currentDrift ? [currentDrift] : [], ...proxy ? [proxy] : []];
    const { rows: rows3, header: header2 } = await pass2(ports, options2.data, read, consumers);
    streamed = {
      rows: rows3,
      header: header2,
      overview: overview2.finish(),
      profile: profile?.finish() ?? null,
      checks: fresh.map((i) => i.consumer ? i.consumer.finish() : [notImplemented(i.config, findRegisteredCheck(i.config.check)?.id ?? "DV")])
    };
  }
  const { rows: rows2, header, overview: columns, profile: profileResult } = streamed;
  const results = streamed.checks.flat();
  if (currentDrift && referenceProfiles) {
    const driftOptions2 = options2.drift ?? { stattest: "auto", driftShare: 0.5, severity: "warning" };
    results.push(...driftCheckResults(computeDrift(referenceProfiles, currentDrift.finish(), driftOptions2), driftOptions2.severity));
  }
  const proxyReport = proxy?.finish() ?? null;
  if (proxyReport) results.push(...proxyReport.checks);
  const report = buildValidateReport({
    data: { file: options2.data.file, rows: rows2, columns: header.length },
    reference: reference ? { file: reference.file, rows: reference.rows } : void 0,
    contract: options2.contract?.file,
    policies: options2.policies ?? [],
    columns,
    checks: results,
    proxies: proxyReport,
    profile: profileResult
  });
  const section2 = renderValidateMarkdown(report);
  const markdown = proxyReport ? `${section2.markdown}

${renderProxyMarkdown(proxyReport)}` : section2.markdown;
  return { report, section: { ...section2, markdown }, text: renderValidateText(report), annotations: validateAnnotations(report) };
}
async function parallelStream(run2, options2, read, configs) {
  const specs = [{ kind: "column-overview" }, { kind: "checks", config: { checks: configs } }, ...options2.profile ? [{ kind: "profile", config: { file: options2.data.file } }] : []];
  const pass4 = await run2(options2.data.path, read, specs);
  return {
    rows: pass4.rows,
    header: pass4.header,
    overview: pass4.results[0],
    checks: pass4.results[1],
    profile: options2.profile ? pass4.results[2] : null
  };
}
function lazyProxyConsumer(options2) {
  const protectedAttributes = options2.protected ?? [];
  const p = options2.proxies;
  const proxyOptions = {
    severity: p?.severity ?? "error",
    ...p?.cramers_v !== void 0 ? { cramersV: p.cramers_v } : {},
    ...p?.normalized_mutual_info !== void 0 ? { normalizedMutualInfo: p.normalized_mutual_info } : {},
    ...p?.correlation !== void 0 ? { correlation: p.correlation } : {},
    ...p?.age_buckets !== void 0 ? { ageBuckets: p.age_buckets } : {}
  };
  let inner;
  return {
    consume(batch) {
      if (inner === void 0) {
        const excluded = /* @__PURE__ */ new Set([...options2.label !== void 0 ? [options2.label] : [], ...protectedAttributes.map((a) => a.column)]);
        const features = options2.features ?? batch.header.filter((h) => !excluded.has(h));
        inner = createProxyConsumer(features, protectedAttributes.filter((a) => batch.header.includes(a.column)), proxyOptions);
      }
      inner.consume(batch);
    },
    finish: () => inner?.finish() ?? null
  };
}

// src/cli/commands/validate.ts
var NAME4 = "validate";
async function readInputFile(path, file) {
  try {
    return new Uint8Array(await readFile13(path));
  } catch (error) {
    const code3 = error.code;
    const what = code3 === "ENOENT" ? "no such file" : code3 === "EISDIR" ? "is a directory, not a file" : `cannot be read (${code3 ?? "error"})`;
    throw new InputError(`${file}: ${what}`, [], { cause: error });
  }
}
function writeOutputAtomic2(path, text3) {
  mkdirSync3(dirname10(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync3(tmp, text3);
  renameSync3(tmp, path);
}
function list2(args, name) {
  const v = args.values[name];
  return Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
}
function ref(ctx, file) {
  return { path: resolve15(ctx.cwd, file), file };
}
async function options(args, ctx) {
  const opt = (name) => optionalString(args, name);
  const nulls = [...list2(args, "null-value"), ...list2(args, "null")];
  const read = {
    ...nulls.length > 0 ? { nullValues: nulls } : {},
    ...opt("delimiter") !== void 0 ? { delimiter: opt("delimiter") } : {},
    ...opt("format") !== void 0 ? { format: opt("format") } : {}
  };
  const config = opt("config");
  if (config !== void 0) {
    const modelName = opt("model");
    const split = opt("split") ?? "train";
    if (split !== "train" && split !== "test" && split !== "reference") throw new UsageError(`mergeml ${NAME4}: --split must be train, test or reference, got ${JSON.stringify(split)}.`);
    const project = await loadProject(resolve15(ctx.cwd, config), nodeConfigFiles(), ctx.cwd);
    const model = modelName === void 0 && project.models.length === 1 ? project.models[0] : project.models.find((m) => m.name === modelName);
    if (model === void 0) throw new UsageError(`mergeml ${NAME4}: ${modelName === void 0 ? "--model is required (the project has several models)" : `no model ${JSON.stringify(modelName)} in ${config}`}: ${project.models.map((m) => m.name).join(", ")}.`);
    const data = model.data.find((d) => d.role === split);
    if (data === void 0) throw new UsageError(`mergeml ${NAME4}: model ${model.name} has no ${split} data in ${config}.`);
    const referenceData = opt("reference") !== void 0 ? ref(ctx, opt("reference")) : split !== "reference" ? model.data.find((d) => d.role === "reference") : void 0;
    const dataConfig = model.config.data;
    const policy = model.policy;
    const contract = opt("contract") !== void 0 ? ref(ctx, opt("contract")) : model.contract !== void 0 ? { path: model.contract, file: relative8(ctx.cwd, model.contract) || model.contract } : void 0;
    return {
      data: { path: data.path, file: data.file },
      read: { ...dataConfig.format ? { format: dataConfig.format } : {}, ...dataConfig.delimiter ? { delimiter: dataConfig.delimiter } : {}, ...dataConfig.null_values ? { nullValues: dataConfig.null_values } : {}, ...read },
      ...contract ? { contract } : {},
      checks: policy.data_checks,
      policies: policy.names,
      ...referenceData ? { reference: { path: referenceData.path, file: referenceData.file } } : {},
      label: model.config.target,
      features: model.config.features,
      protected: model.config.protected.map((p) => ({ column: p.column, basis: p.basis })),
      ...policy.proxies ? { proxies: policy.proxies } : {},
      ...policy.drift ? { drift: { stattest: policy.drift.stattest ?? "auto", driftShare: policy.drift.drift_share ?? 0.5, severity: policy.drift.severity ?? "warning", ...policy.drift.threshold !== void 0 ? { threshold: policy.drift.threshold } : {}, ...policy.drift.columns ? { columns: policy.drift.columns } : {} } } : {}
    };
  }
  const dataFile2 = opt("data");
  if (dataFile2 === void 0) throw new UsageError(`mergeml ${NAME4}: --data is required (or --config with --model and --split). Run \`mergeml ${NAME4} --help\`.`);
  let checks = [];
  let policies = [];
  let proxies;
  const protectedColumns = list2(args, "protected").map((spec) => {
    const [column3, basis] = spec.split(":");
    return { column: column3 ?? spec, ...basis !== void 0 ? { basis } : {} };
  });
  const policyFile = opt("policy");
  if (policyFile !== void 0) {
    const loaded2 = await loadPolicyFile(resolve15(ctx.cwd, policyFile), nodeConfigFiles(), ctx.cwd, protectedColumns.map((p) => p.column));
    checks = loaded2.policy.data_checks;
    policies = loaded2.policy.names;
    proxies = loaded2.policy.proxies;
  }
  const features = opt("features");
  return {
    data: ref(ctx, dataFile2),
    read,
    ...opt("contract") !== void 0 ? { contract: ref(ctx, opt("contract")) } : {},
    checks,
    policies,
    ...opt("reference") !== void 0 ? { reference: ref(ctx, opt("reference")) } : {},
    ...opt("target") !== void 0 ? { label: opt("target") } : {},
    ...features !== void 0 ? { features: features.split(",").map((f2) => f2.trim()).filter((f2) => f2 !== "") } : {},
    ...protectedColumns.length > 0 ? { protected: protectedColumns } : {},
    ...proxies ? { proxies } : {}
  };
}
var validateCommand = {
  name: NAME4,
  summary: "check a data file against its data contract and policy data checks (DV01\u2013DV26, drift)",
  help: `Usage: mergeml validate --data FILE [--contract C] [--policy P] [--reference R] [--json OUT] [--markdown OUT]
       mergeml validate --config mergeml.yaml --model NAME --split train|test|reference [--json OUT] [--markdown OUT]

Checks one data file in one streaming pass: the data contract (see docs/data-contract.md), the policy's
data_checks (DV01\u2013DV26 of metrics.md \xA71) and, with a reference file, drift per column.

Options:
  --data FILE          CSV or JSON Lines file to validate
  --contract C         data contract YAML (written by \`mergeml schema infer\`)
  --policy P           policy YAML whose data_checks apply (extends are followed)
  --reference R        reference data (the data of the model in production): drift and reference defaults
  --config FILE        mergeml.yaml: take data, contract, policies and reference from --model and --split
  --model NAME         model in the project file (optional when it has one model)
  --split S            train (default), test or reference
  --target COL         the label column (DV27 conflicting labels, DV28 leakage)
  --features A,B,...   feature columns (default: all but the target and protected columns)
  --protected COL[:basis]  a protected attribute; repeat. Proxy strength of every feature is reported
  --null-value TEXT    cell text read as null; repeat for several (alias --null; default: the contract's
                       null_values, else only empty cells)
  --delimiter C        CSV delimiter (default ",")
  --format F           csv or jsonl (default from the extension)
  --json OUT           write the versioned JSON report (docs/validate.md); - for stdout
  --markdown OUT       write the markdown section for the PR comment; - for stdout
  --profile            also profile the file in the same pass and add \`profile\` to the JSON (docs/profile.md)

Exit codes: 0 every error-severity check passed, 1 one failed (reports written first), 2 bad input.
`,
  options: {
    data: { type: "string" },
    contract: { type: "string" },
    policy: { type: "string" },
    reference: { type: "string" },
    config: { type: "string" },
    model: { type: "string" },
    split: { type: "string" },
    "null-value": { type: "string", multiple: true },
    null: { type: "string", multiple: true },
    target: { type: "string" },
    features: { type: "string" },
    protected: { type: "string", multiple: true },
    delimiter: { type: "string" },
    format: { type: "string" },
    json: { type: "string" },
    markdown: { type: "string" },
    profile: { type: "boolean" }
  },
  async run(args, ctx) {
    const opts = await options(args, ctx);
    const display = new Map([opts.data, ...opts.reference ? [opts.reference] : []].map((f2) => [f2.path, f2.file]));
    const readerPath = (path) => {
      const name = display.get(path);
      return name !== void 0 && resolve15(process.cwd(), name) === path ? name : path;
    };
    const outcome = await validate(args.values["profile"] === true ? { ...opts, profile: true } : opts, {
      readBatches: (path, o) => readBatches(readerPath(path), o),
      // Validate's consumers never keep a batch after consume(), so buffers may be reused.
      parallelPass: (path, o, specs) => runParallelPass(readerPath(path), o, specs, { reuseBatches: true }),
      readFile: (path) => readInputFile(path, path === opts.contract?.path ? opts.contract.file : path)
    });
    const json3 = optionalString(args, "json");
    const markdown = optionalString(args, "markdown");
    const emit = (target, text3) => {
      if (target === void 0) return;
      if (target === "-") ctx.stdout(text3);
      else writeOutputAtomic2(resolve15(ctx.cwd, target), text3);
    };
    emit(json3, `${JSON.stringify(outcome.report, null, 2)}
`);
    emit(markdown, `${outcome.section.markdown}
`);
    if (json3 !== "-" && markdown !== "-") ctx.stdout(outcome.text);
    else ctx.stderr(outcome.text);
    return outcome.report.status === "pass" ? EXIT.ok : EXIT.failed;
  }
};

// src/cli/commands/schema-infer.ts
import { existsSync as existsSync5 } from "node:fs";
import { resolve as resolve16 } from "node:path";

// src/core/contract/contract-inference.ts
var MAX_DOMAIN_VALUES = 20;
var ColumnObserver = class {
  rows = 0;
  nulls = 0;
  allInt = true;
  allNum = true;
  allBool = true;
  min = Infinity;
  max = -Infinity;
  domain = /* @__PURE__ */ new Map();
  // 2^20 slots (13 MB) at most per column: a key column with more distinct values is not marked unique.
  uniq = new FingerprintTable(1 << 20);
};
function contractInferenceConsumer() {
  let header = [];
  let cols = [];
  const hasher = new Hasher64();
  return {
    consume(batch) {
      if (cols.length === 0) {
        header = batch.header;
        cols = header.map(() => new ColumnObserver());
      }
      cols.forEach((o, c) => {
        const cells = columnTexts(batch, c);
        const nums = batch.numbers(c);
        o.rows += batch.length;
        for (let i = 0; i < batch.length; i++) {
          const v = cells[i];
          if (v === null || v === void 0) {
            o.nulls++;
            continue;
          }
          if (o.allInt && !isIntegerText(v)) o.allInt = false;
          if (o.allNum && !isNumberText(v)) o.allNum = false;
          if (o.allBool && !isBooleanText(v)) o.allBool = false;
          const x = nums[i];
          if (Number.isFinite(x)) {
            if (x < o.min) o.min = x;
            if (x > o.max) o.max = x;
          }
          if (o.domain !== null && !o.domain.has(v)) {
            if (o.domain.size >= MAX_DOMAIN_VALUES) o.domain = null;
            else o.domain.set(v, o.domain.size);
          }
          if (o.uniq !== null && !o.allInt && o.allNum) o.uniq = null;
          if (o.uniq !== null) {
            hasher.ofString(v);
            if (o.uniq.observe(hasher.hi, hasher.lo, batch.lines[i]) !== 0 || o.uniq.saturated) o.uniq = null;
          }
        }
      });
    },
    finish() {
      return header.map((name, c) => {
        const o = cols[c];
        const nonNull = o.rows - o.nulls;
        const type = nonNull === 0 ? null : o.allBool ? "boolean" : o.allInt ? "integer" : o.allNum ? "float" : "string";
        return {
          name,
          rows: o.rows,
          nulls: o.nulls,
          type,
          min: o.min <= o.max ? o.min : null,
          max: o.min <= o.max ? o.max : null,
          domain: o.domain === null ? null : [...o.domain.keys()],
          unique: o.uniq !== null && o.nulls === 0 && o.rows >= 2
        };
      });
    }
  };
}
function inferContract(observations, nullValues) {
  const columns = observations.map((o) => {
    const col = { name: o.name };
    if (o.type !== null) col["type"] = o.type;
    col["nullable"] = o.nulls > 0 || o.rows === 0;
    const numeric = o.type === "integer" || o.type === "float";
    if (numeric && o.min !== null && o.max !== null) {
      col["min"] = o.min;
      col["max"] = o.max;
    }
    const nonNull = o.rows - o.nulls;
    if ((o.type === "string" || o.type === "boolean") && o.domain !== null && o.domain.length * 2 <= nonNull && !o.unique) col["values"] = [...o.domain].sort();
    if (o.unique && (o.type === "integer" || o.type === "string")) col["unique"] = true;
    const soft = {};
    if (col["nullable"] === false) soft["nullable"] = "warning";
    if (col["min"] !== void 0) soft["range"] = "warning";
    if (Object.keys(soft).length > 0) col["severity"] = soft;
    return col;
  });
  return { version: 1, null_values: [...nullValues], strict: true, columns };
}

// src/core/contract/contract-yaml.ts
var PLAIN3 = /^[A-Za-z_][A-Za-z0-9_.\- ]*$/;
var RESERVED2 = /^(?:true|false|yes|no|on|off|null|y|n|~)$/i;
function yamlScalar2(value2) {
  if (typeof value2 !== "string") return String(value2);
  if (PLAIN3.test(value2) && !RESERVED2.test(value2) && !value2.endsWith(" ")) return value2;
  return JSON.stringify(value2);
}
function flowList(values) {
  return `[${values.map(yamlScalar2).join(", ")}]`;
}
function columnYaml(col) {
  const lines = [`  - name: ${yamlScalar2(col.name)}`];
  if (col.description !== void 0) lines.push(`    description: ${yamlScalar2(col.description)}`);
  if (col.type !== void 0) lines.push(`    type: ${col.type}`);
  if (col.nullable !== void 0) lines.push(`    nullable: ${col.nullable}`);
  if (col.min !== void 0) lines.push(`    min: ${col.min}`);
  if (col.max !== void 0) lines.push(`    max: ${col.max}`);
  if (col.values !== void 0) lines.push(`    values: ${flowList(col.values)}`);
  if (col.unique !== void 0) lines.push(`    unique: ${col.unique}`);
  const sev = Object.entries(col.severity ?? {});
  if (sev.length > 0) lines.push(`    severity: {${sev.map(([k, v]) => `${k}: ${v}`).join(", ")}}`);
  return lines;
}
function contractToYaml(contract, note) {
  const header = note ? [
    `# Data contract inferred by \`mergeml schema infer\` from ${note.dataFile} (${note.rows} rows). Review before committing.`,
    "# How each field was inferred (metrics.md \xA71 ids):",
    "#   type     narrowest type every non-null value parses as (boolean, integer, float, string)  -> DV07 column_type",
    "#   nullable false when no value was null; a sample cannot prove this, so it is a warning  -> DV06 values_not_null",
    "#   min/max  the observed range of numeric columns; also a warning until a reviewer widens it -> DV10 values_between",
    `#   values   the categories of string columns with at most 20 distinct values (each seen at least twice on average) -> DV12 values_in_set`,
    "#   unique   every value distinct and none null                                                -> DV15 values_unique",
    "#   strict   no columns beyond these (DV02); every listed column must exist (DV01)",
    "# Change a `severity` to error once a constraint is a promise, or delete it to drop the check."
  ] : [];
  const lines = [
    ...header,
    `version: ${contract.version}`,
    ...contract.description !== void 0 ? [`description: ${yamlScalar2(contract.description)}`] : [],
    ...contract.null_values !== void 0 ? [`null_values: ${flowList(contract.null_values)}`] : [],
    ...contract.strict !== void 0 ? [`strict: ${contract.strict}`] : [],
    ...contract.ordered !== void 0 ? [`ordered: ${contract.ordered}`] : [],
    "columns:",
    ...contract.columns.flatMap(columnYaml)
  ];
  if (contract.checks !== void 0 && contract.checks.length > 0) {
    lines.push("checks:");
    for (const c of contract.checks) lines.push(`  - ${JSON.stringify(c)}`);
  }
  return `${lines.join("\n")}
`;
}

// src/pipeline/schema-infer.ts
async function inferSchema(data, read, ports) {
  const consumer = contractInferenceConsumer();
  let rows2 = 0;
  for await (const batch of ports.readBatches(data.path, read)) {
    rows2 += batch.length;
    consumer.consume(batch);
  }
  const contract = inferContract(consumer.finish(), read.nullValues ?? [""]);
  return { contract, yaml: contractToYaml(contract, { dataFile: data.file, rows: rows2 }), rows: rows2 };
}

// src/cli/commands/schema-infer.ts
var NAME5 = "schema infer";
var schemaInferCommand = {
  name: NAME5,
  summary: "infer a data contract (types, nullability, ranges, domains, keys) from a data file, as YAML for review",
  help: `Usage: mergeml schema infer --data FILE [--out contract.yaml] [--null-value TEXT ...] [--force]

Reads the file once and writes a data contract for review (see docs/data-contract.md): each column's type,
whether it may be null, the observed range of numeric columns, the categories of low-cardinality string
columns and unique keys. Structural facts are errors; facts a sample cannot prove (no nulls seen, observed
ranges) are warnings until a reviewer tightens them. \`mergeml validate --contract\` checks data against it.

Options:
  --data FILE          CSV or JSON Lines file
  --out FILE           write the contract here (default: stdout); refuses to overwrite without --force
  --force              overwrite --out if it exists
  --null-value TEXT    cell text read as null; repeat for several (alias --null; default ""); recorded in
                       the contract
  --delimiter C        CSV delimiter (default ",")
  --format F           csv or jsonl (default from the extension)
`,
  options: {
    data: { type: "string" },
    out: { type: "string" },
    force: { type: "boolean" },
    "null-value": { type: "string", multiple: true },
    null: { type: "string", multiple: true },
    delimiter: { type: "string" },
    format: { type: "string" }
  },
  async run(args, ctx) {
    const data = requireString(args, "data", NAME5);
    const asList = (v) => Array.isArray(v) ? v : [];
    const nulls = [...asList(args.values["null-value"]), ...asList(args.values["null"])];
    const delimiter = optionalString(args, "delimiter");
    const format = optionalString(args, "format");
    if (format !== void 0 && format !== "csv" && format !== "jsonl") throw new UsageError(`mergeml ${NAME5}: --format must be csv or jsonl, got ${JSON.stringify(format)}.`);
    const read = { ...nulls.length > 0 ? { nullValues: nulls } : {}, ...delimiter !== void 0 ? { delimiter } : {}, ...format !== void 0 ? { format } : {} };
    const out = optionalString(args, "out");
    if (out !== void 0 && existsSync5(resolve16(ctx.cwd, out)) && args.values["force"] !== true) {
      throw new UsageError(`mergeml ${NAME5}: ${out} exists; pass --force to overwrite it.`);
    }
    const path = resolve16(ctx.cwd, data);
    const result2 = await inferSchema({ path, file: data }, read, { readBatches: (p, o) => readBatches(resolve16(process.cwd(), data) === p ? data : p, o) });
    if (out === void 0) ctx.stdout(result2.yaml);
    else {
      writeOutputAtomic2(resolve16(ctx.cwd, out), result2.yaml);
      ctx.stderr(`wrote ${out}: ${result2.contract.columns.length} columns from ${result2.rows} rows
`);
    }
    return EXIT.ok;
  }
};

// src/cli/commands/drift.ts
import { resolve as resolve17 } from "node:path";

// src/core/drift/drift-options.ts
function driftOptionsFromPolicy(config) {
  if (!config) return DEFAULT_DRIFT_OPTIONS;
  return {
    stattest: config.stattest ?? "auto",
    driftShare: config.drift_share ?? 0.5,
    severity: config.severity ?? "warning",
    ...config.threshold !== void 0 ? { threshold: config.threshold } : {},
    ...config.columns ? { columns: config.columns } : {}
  };
}

// src/core/drift/drift-json.ts
var DRIFT_SCHEMA_VERSION = 1;
function column2(c) {
  return {
    column: c.column,
    column_type: c.column_type,
    stattest: c.stattest,
    stattest_name: c.stattest_name,
    threshold: c.threshold,
    drift_score: c.drift_score !== null && !Number.isFinite(c.drift_score) ? null : c.drift_score,
    drift_detected: c.drift_detected,
    status: c.status,
    ...c.reason !== void 0 ? { reason: c.reason } : {},
    reference_count: c.reference_count,
    current_count: c.current_count,
    n_unique: c.n_unique,
    sampled: c.sampled,
    ...c.details !== void 0 ? { details: c.details } : {}
  };
}
function buildDriftJson(input) {
  const d = input.result.dataset;
  return {
    schemaVersion: DRIFT_SCHEMA_VERSION,
    kind: "drift",
    reference: { file: input.reference.file, rows: input.reference.rows },
    current: { file: input.current.file, rows: input.current.rows },
    options: { stattest: input.options.stattest, threshold: input.options.threshold ?? null, drift_share: input.options.driftShare, severity: input.options.severity },
    dataset: {
      number_of_columns: d.number_of_columns,
      number_of_drifted_columns: d.number_of_drifted_columns,
      share_of_drifted_columns: d.share_of_drifted_columns,
      drift_share: d.drift_share,
      dataset_drift: d.dataset_drift
    },
    columns: input.result.columns.map(column2),
    failed: d.dataset_drift && input.options.severity === "error"
  };
}

// src/core/drift/drift-markdown.ts
function verdict(r) {
  const d = r.dataset;
  const share3 = `${d.number_of_drifted_columns} of ${d.number_of_columns} columns drifted (${(d.share_of_drifted_columns * 100).toFixed(1)}%, dataset drift at \u2265 ${d.drift_share * 100}%)`;
  if (!d.dataset_drift) return `\u2705 **No dataset drift**: ${share3}.`;
  return `${r.failed ? "\u274C" : "\u26A0\uFE0F"} **Dataset drift**: ${share3}.`;
}
function score(c) {
  return c.drift_score === null ? "\u2013" : formatScore(c.drift_score);
}
function renderDriftMarkdown(r) {
  const rows2 = [...r.columns].sort((a, b) => Number(b.drift_detected) - Number(a.drift_detected) || (a.status === "skipped" ? 1 : 0) - (b.status === "skipped" ? 1 : 0));
  const lines = [
    "### Data drift",
    "",
    verdict(r),
    "",
    `Reference ${escapeMarkdown(r.reference.file)} (${r.reference.rows} rows) \u2192 current ${escapeMarkdown(r.current.file)} (${r.current.rows} rows).`,
    "",
    "| Column | Type | Test | Score | Threshold | Drift |",
    "|---|---|---|---:|---:|:---:|",
    ...rows2.map(
      (c) => c.status === "skipped" ? `| ${escapeMarkdown(c.column)} | ${c.column_type} | \u2013 | \u2013 | \u2013 | skipped: ${escapeMarkdown(c.reason ?? "")} |` : `| ${escapeMarkdown(c.column)} | ${c.column_type} | ${c.stattest_name}${c.sampled ? " (sampled)" : ""} | ${score(c)} | ${c.threshold} | ${c.drift_detected ? "**yes**" : "no"} |`
    )
  ];
  return lines.join("\n");
}
function renderDriftText(r) {
  const header = ["column", "type", "test", "score", "threshold", "drift"];
  const rows2 = r.columns.map((c) => [c.column, c.column_type, c.stattest ?? "-", score(c), c.threshold === null ? "-" : String(c.threshold), c.status === "skipped" ? `skipped (${c.reason})` : c.drift_detected ? "DRIFT" : "ok"]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows2.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => i === cells.length - 1 ? cell : cell.padEnd(widths[i])).join("  ");
  const d = r.dataset;
  return [
    line(header),
    ...rows2.map(line),
    "",
    `${d.dataset_drift ? "Dataset drift" : "No dataset drift"}: ${d.number_of_drifted_columns}/${d.number_of_columns} columns drifted (share ${formatScore(d.share_of_drifted_columns)}, threshold ${d.drift_share}, severity ${r.options.severity}).`,
    ""
  ].join("\n");
}

// src/pipeline/drift.ts
async function pass3(ports, f2, read, consumer) {
  let rows2 = 0;
  let header = [];
  for await (const batch of ports.readBatches(f2.path, read)) {
    header = batch.header;
    rows2 += batch.length;
    consumer.consume(batch);
  }
  return { rows: rows2, header, result: consumer.finish() };
}
function checkColumns(columns, header, file) {
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length === 0) return;
  throw new InputError(
    `${file}: --columns names columns the file does not have`,
    missing.map((c) => {
      const hint = suggest(c, header);
      return { file, message: `no column ${JSON.stringify(c)}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ""}`, expected: `one of: ${header.join(", ")}` };
    })
  );
}
async function runDrift(options2, ports) {
  const read = options2.read ?? {};
  const profileOptions = options2.columns ? { columns: options2.columns } : {};
  const ref2 = await pass3(ports, options2.reference, read, createDriftProfileConsumer(profileOptions));
  if (options2.columns) checkColumns(options2.columns, ref2.header, options2.reference.file);
  const cur = await pass3(ports, options2.current, read, createDriftProfileConsumer(profileOptions));
  if (options2.columns) checkColumns(options2.columns, cur.header, options2.current.file);
  if (ref2.rows === 0) throw new InputError(`${options2.reference.file}: no records (drift needs reference rows)`);
  if (cur.rows === 0) throw new InputError(`${options2.current.file}: no records (drift needs current rows)`);
  const result2 = computeDrift(ref2.result, cur.result, options2.drift);
  const report = buildDriftJson({ reference: { file: options2.reference.file, rows: ref2.rows }, current: { file: options2.current.file, rows: cur.rows }, options: options2.drift, result: result2 });
  return { report, markdown: renderDriftMarkdown(report), text: renderDriftText(report) };
}

// src/cli/commands/drift.ts
var NAME6 = "drift";
function list3(args, name) {
  const v = args.values[name];
  const raw = Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
  return raw.flatMap((s) => s.split(",")).map((s) => s.trim()).filter((s) => s.length > 0);
}
var driftCommand = {
  name: NAME6,
  summary: "compare current data with reference data: drift per column (PSI, KS, \u03C7\xB2, Z, Jensen\u2013Shannon, Wasserstein) and for the dataset",
  help: `Usage: mergeml drift --reference A --current B [--columns C1,C2] [--policy P] [--json OUT] [--markdown OUT]

Reads both files once each, in bounded memory, and tests every shared column with Evidently's default test
(by column type, reference size and distinct values) or the policy's. A column drifts when its p-value is at
or below (KS) / below (\u03C7\xB2, Z) the threshold, or its distance is at or above it; the dataset drifts when the
share of drifted columns reaches drift_share. See docs/drift.md.

Options:
  --reference A        the reference data (the data of the model in production), CSV or JSON Lines
  --current B          the current data
  --columns C1,C2      only these columns (repeatable or comma-separated); each must exist in both files
  --policy P           policy YAML whose drift: section sets tests, thresholds, drift_share and severity
  --null-value TEXT    cell text read as null; repeat for several (default: empty cells)
  --delimiter C        CSV delimiter (default ",")
  --format F           csv or jsonl (default from the extension)
  --json OUT           write the versioned JSON report; - for stdout
  --markdown OUT       write the markdown section for the PR comment; - for stdout

Exit codes: 0 no dataset drift (or drift with severity warning), 1 dataset drift with severity error
(reports written first), 2 bad input.
`,
  options: {
    reference: { type: "string" },
    current: { type: "string" },
    columns: { type: "string", multiple: true },
    policy: { type: "string" },
    "null-value": { type: "string", multiple: true },
    delimiter: { type: "string" },
    format: { type: "string" },
    json: { type: "string" },
    markdown: { type: "string" }
  },
  async run(args, ctx) {
    const reference = requireString(args, "reference", NAME6);
    const current = requireString(args, "current", NAME6);
    const format = optionalString(args, "format");
    if (format !== void 0 && format !== "csv" && format !== "jsonl") throw new UsageError(`mergeml ${NAME6}: --format must be csv or jsonl, got ${JSON.stringify(format)}.`);
    const nulls = list3(args, "null-value");
    const delimiter = optionalString(args, "delimiter");
    const read = {
      ...nulls.length > 0 ? { nullValues: args.values["null-value"] } : {},
      ...delimiter !== void 0 ? { delimiter } : {},
      ...format !== void 0 ? { format } : {}
    };
    const policyFile = optionalString(args, "policy");
    const policy = policyFile !== void 0 ? (await loadPolicyFile(resolve17(ctx.cwd, policyFile), nodeConfigFiles(), ctx.cwd, [])).policy : void 0;
    const columns = list3(args, "columns");
    const readerPath = (file) => resolve17(process.cwd(), file) === resolve17(ctx.cwd, file) ? file : resolve17(ctx.cwd, file);
    const outcome = await runDrift(
      {
        reference: { path: readerPath(reference), file: reference },
        current: { path: readerPath(current), file: current },
        read,
        ...columns.length > 0 ? { columns } : {},
        drift: driftOptionsFromPolicy(policy?.drift)
      },
      { readBatches }
    );
    const json3 = optionalString(args, "json");
    const markdown = optionalString(args, "markdown");
    const emit = (target, text3) => {
      if (target === void 0) return;
      if (target === "-") ctx.stdout(text3);
      else writeOutputAtomic2(resolve17(ctx.cwd, target), text3);
    };
    emit(json3, `${JSON.stringify(outcome.report, null, 2)}
`);
    emit(markdown, `${outcome.markdown}
`);
    if (json3 !== "-" && markdown !== "-") ctx.stdout(outcome.text);
    else ctx.stderr(outcome.text);
    return outcome.report.failed ? EXIT.failed : EXIT.ok;
  }
};

// src/core/registry/kpis.ts
var HOUR = 36e5;
function summarize(values) {
  if (values.length === 0) return { count: 0, median: null, mean: null };
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median2 = s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { count: s.length, median: median2, mean: s.reduce((a, b) => a + b, 0) / s.length };
}
function latestEventTime(state) {
  const times = [...state.versions.map((v) => v.createdAt), ...state.assignments.map((a) => a.createdAt)].filter((t) => t !== null);
  return times.length === 0 ? null : times.reduce((a, b) => Date.parse(a) >= Date.parse(b) ? a : b);
}
function computeKpis(state, stage, asOf) {
  const history = state.assignments.filter((a) => a.stage === stage && a.kind !== "unassign" && a.createdAt !== null);
  const deployments = history.filter((a) => a.kind === "assign");
  const rollbacks = history.filter((a) => a.kind === "rollback");
  const opened = new Map(state.versions.map((v) => [v.version, v.meta?.pullRequest?.openedAt ?? null]));
  const lead = deployments.flatMap((d) => {
    const o = d.version === null ? null : opened.get(d.version) ?? null;
    return o === null ? [] : [(Date.parse(d.createdAt) - Date.parse(o)) / HOUR];
  });
  const restore = rollbacks.flatMap((r) => {
    const i = history.indexOf(r);
    const failed = i > 0 ? history[i - 1] : void 0;
    return failed === void 0 ? [] : [(Date.parse(r.createdAt) - Date.parse(failed.createdAt)) / HOUR];
  });
  const first2 = deployments[0]?.createdAt ?? null;
  const end = asOf ?? latestEventTime(state);
  const windowDays = first2 === null || end === null ? null : (Date.parse(end) - Date.parse(first2)) / (24 * HOUR);
  return {
    model: state.model,
    deployments: deployments.length,
    rollbacks: rollbacks.length,
    windowDays,
    deploymentsPerWeek: windowDays === null || windowDays <= 0 ? null : deployments.length / (windowDays / 7),
    leadTimeHours: summarize(lead),
    changeFailureRate: deployments.length === 0 ? null : rollbacks.length / deployments.length,
    timeToRestoreHours: summarize(restore)
  };
}

// src/core/registry/version-diff.ts
var keys = (a, b) => [.../* @__PURE__ */ new Set([...a, ...b])];
function diffVersions(model, from, to) {
  const metrics = keys(Object.keys(from.lineage.metrics), Object.keys(to.lineage.metrics)).sort().map((metric2) => {
    const a = from.lineage.metrics[metric2] ?? null;
    const b = to.lineage.metrics[metric2] ?? null;
    return { metric: metric2, from: a, to: b, change: a === null || b === null ? null : b - a };
  });
  const dataOf = (l) => new Map(l.data.map((d) => [d.role, d.sha256]));
  const fd = dataOf(from.lineage);
  const td = dataOf(to.lineage);
  const data = keys(fd.keys(), td.keys()).map((role) => ({ role, from: fd.get(role) ?? null, to: td.get(role) ?? null, changed: (fd.get(role) ?? null) !== (td.get(role) ?? null) }));
  const ff = new Map(from.manifest.files.map((f2) => [f2.path, f2.sha256]));
  const tf = new Map(to.manifest.files.map((f2) => [f2.path, f2.sha256]));
  const files = keys(ff.keys(), tf.keys()).sort().map((path) => ({
    path,
    status: !ff.has(path) ? "added" : !tf.has(path) ? "removed" : ff.get(path) === tf.get(path) ? "unchanged" : "changed"
  }));
  return {
    schemaVersion: 1,
    kind: "mergeml.registry-diff",
    model,
    from: from.version,
    to: to.version,
    metrics,
    data,
    config: { from: from.lineage.config.sha256, to: to.lineage.config.sha256, changed: from.lineage.config.sha256 !== to.lineage.config.sha256 },
    inputSchemaChanged: from.lineage.inputSchemaSha256 !== to.lineage.inputSchemaSha256,
    sourceCommit: { from: from.lineage.sourceCommit, to: to.lineage.sourceCommit },
    backend: { from: from.lineage.backend.name, to: to.lineage.backend.name },
    files
  };
}

// src/pipeline/registry-query.ts
var problemsOf = (state) => state.problems.map((p) => ({ tag: p.tag, message: p.message }));
async function listRegistry(git, model) {
  const state = await readRegistryState(git);
  const models = model === void 0 ? state.models : [requireModel(state, model)];
  return {
    schemaVersion: 1,
    kind: "mergeml.registry-list",
    models: models.map((m) => ({
      model: m.model,
      latest: m.versions[m.versions.length - 1]?.version ?? null,
      versions: m.versions.map((v) => v.version),
      stages: Object.fromEntries(Object.entries(m.stages).sort(([a], [b]) => a < b ? -1 : 1).map(([s, a]) => [s, a.version])),
      deprecated: m.deprecated
    })),
    problems: problemsOf(state)
  };
}
async function showRegistry(git, model, version) {
  const state = await readRegistryState(git);
  const ms = requireModel(state, model);
  const stagesOf = (v2) => Object.entries(ms.stages).filter(([, a]) => a.version === v2).map(([s]) => s).sort();
  if (version === void 0) {
    return {
      schemaVersion: 1,
      kind: "mergeml.registry-show",
      model,
      versions: ms.versions.map((v2) => ({ version: v2.version, tag: v2.tag, commit: v2.commit, createdAt: v2.createdAt, author: v2.author, bump: v2.meta?.bump ?? null, pullRequest: v2.meta?.pullRequest?.number ?? null, stages: stagesOf(v2.version) })),
      stages: Object.fromEntries(Object.entries(ms.stages).map(([s, a]) => [s, { version: a.version, tag: a.tag, assignedAt: a.createdAt, approver: a.meta?.approver ?? null }])),
      problems: problemsOf(state).filter((p) => p.tag.startsWith(model))
    };
  }
  const v = requireVersion(ms, version);
  const files = await readVersionFiles(git, model, v.version, v.commit);
  return {
    schemaVersion: 1,
    kind: "mergeml.registry-show-version",
    model,
    version: v.version,
    tag: v.tag,
    commit: v.commit,
    createdAt: v.createdAt,
    author: v.author,
    stages: stagesOf(v.version),
    bump: v.meta?.bump ?? null,
    gatesPassed: gatesPassed(files),
    metrics: files.lineage.metrics,
    lineage: files.lineage,
    files: files.manifest.files.map((f2) => ({ path: f2.path, bytes: f2.bytes, sha256: f2.sha256, storage: f2.storage }))
  };
}
async function registryHistory(git, model) {
  const state = await readRegistryState(git);
  const models = model === void 0 ? state.models : [requireModel(state, model)];
  const events = models.flatMap((m) => [
    ...m.versions.map((v) => ({ at: v.createdAt, model: m.model, event: "register", version: v.version, stage: null, tag: v.tag, author: v.author, approver: null, pullRequest: v.meta?.pullRequest?.number ?? null })),
    ...m.assignments.map((a) => ({ at: a.createdAt, model: m.model, event: a.kind, version: a.version, stage: a.stage, tag: a.tag, author: a.author, approver: a.meta?.approver ?? null, pullRequest: a.meta?.pullRequest?.number ?? null }))
  ]);
  events.sort((a, b) => (Date.parse(a.at ?? "") || 0) - (Date.parse(b.at ?? "") || 0) || (a.event === "register" ? -1 : 0) - (b.event === "register" ? -1 : 0) || (a.tag < b.tag ? -1 : 1));
  return { schemaVersion: 1, kind: "mergeml.registry-history", events, problems: problemsOf(state) };
}
async function diffRegistry(git, model, from, to) {
  const ms = requireModel(await readRegistryState(git), model);
  const a = requireVersion(ms, from);
  const b = requireVersion(ms, to);
  const fa = await readVersionFiles(git, model, a.version, a.commit);
  const fb = await readVersionFiles(git, model, b.version, b.commit);
  return diffVersions(model, { version: a.version, ...fa }, { version: b.version, ...fb });
}
async function registryKpis(git, options2) {
  const state = await readRegistryState(git);
  const models = options2.model === void 0 ? state.models : [requireModel(state, options2.model)];
  return { schemaVersion: 1, kind: "mergeml.registry-kpis", stage: options2.stage, asOf: options2.asOf ?? null, models: models.map((m) => computeKpis(m, options2.stage, options2.asOf ?? null)) };
}

// src/pipeline/registry-ports.ts
var PUBLISH_STEPS = ["verified", "planned", "committed", "tagged", "pushed", "released", "commented"];

// src/cli/commands/registry-common.ts
async function registryPorts(ctx) {
  const git = await openRegistryGit(ctx.cwd, ctx.env);
  const crashAfter = ctx.env["MERGEML_TEST_CRASH_AFTER"];
  if (crashAfter !== void 0 && crashAfter !== "" && !PUBLISH_STEPS.includes(crashAfter)) {
    throw new UsageError(`MERGEML_TEST_CRASH_AFTER=${crashAfter} names no step (expected one of ${PUBLISH_STEPS.join(", ")})`);
  }
  return {
    git,
    clock: { now: () => (/* @__PURE__ */ new Date()).toISOString() },
    // SIGKILL, not an exception: a crash runs no cleanup, which is what the crash-safety tests need.
    afterStep: (step) => {
      if (step === crashAfter) process.kill(process.pid, "SIGKILL");
    },
    log: (line) => ctx.stderr(`${line}
`)
  };
}
async function targetBranch(args, git) {
  return optionalString(args, "branch") ?? await git.currentBranch() ?? "main";
}
function actorOf(ctx) {
  return ctx.env["GITHUB_ACTOR"] || ctx.env["GIT_COMMITTER_NAME"] || null;
}
function printJson(ctx, value2) {
  ctx.stdout(`${JSON.stringify(value2, null, 2)}
`);
}
function textTable(header, rows2) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows2.map((r) => (r[i] ?? "").length)));
  const line = (r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return `${[line(header), ...rows2.map(line)].join("\n")}
`;
}

// src/cli/commands/registry-list.ts
var registryListCommand = {
  name: "registry list",
  summary: "list registered models, their versions and what is at each stage (offline, from git tags)",
  help: `Usage: mergeml registry list [--model NAME] [--json]

Reads the GTO-compatible tags of this clone (no network). Tags that do not parse are listed as problems.
See docs/registry.md.

Options:
  --model NAME   only this model
  --json         JSON output (kind "mergeml.registry-list", schemaVersion 1)

Exit codes: 0 listed (tags that do not parse are warnings), 2 usage error or not a git repository.`,
  options: { model: { type: "string" }, json: { type: "boolean" } },
  async run(args, ctx) {
    const result2 = await listRegistry(await openRegistryGit(ctx.cwd, ctx.env), optionalString(args, "model"));
    if (args.values["json"] === true) printJson(ctx, result2);
    else {
      ctx.stdout(textTable(["model", "latest", "versions", "stages"], result2.models.map((m) => [m.model, m.latest ?? "-", String(m.versions.length), Object.entries(m.stages).map(([s, v]) => `${s}=${v}`).join(" ") || "-"])));
      for (const p of result2.problems) ctx.stderr(`warning: tag ${p.tag}: ${p.message}
`);
    }
    return EXIT.ok;
  }
};

// src/cli/commands/registry-show.ts
var registryShowCommand = {
  name: "registry show",
  summary: "show a model's versions and stages, or one version's record (metrics, lineage, files)",
  help: `Usage: mergeml registry show MODEL [--version vX.Y.Z] [--json]

Options:
  --version V   one version's full record: files with sha256, metrics, lineage, gates
  --json        JSON output (kind "mergeml.registry-show" or "mergeml.registry-show-version", schemaVersion 1)

Exit codes: 0 shown, 2 unknown model or version (with the ones that exist), or an unreadable record.`,
  options: { version: { type: "string" }, json: { type: "boolean" } },
  positionals: { min: 1, max: 1 },
  async run(args, ctx) {
    const model = args.positionals[0];
    const result2 = await showRegistry(await openRegistryGit(ctx.cwd, ctx.env), model, optionalString(args, "version"));
    if (args.values["json"] === true) printJson(ctx, result2);
    else if (result2.kind === "mergeml.registry-show") {
      ctx.stdout(textTable(["version", "created", "bump", "PR", "stages"], result2.versions.map((v) => [v.version, v.createdAt ?? "-", v.bump ?? "-", v.pullRequest === null ? "-" : `#${v.pullRequest}`, v.stages.join(",") || "-"])));
    } else {
      ctx.stdout(`${result2.model} ${result2.version} (${result2.tag}, commit ${result2.commit.slice(0, 12)}), gates ${result2.gatesPassed ? "passed" : "FAILED"}, stages: ${result2.stages.join(", ") || "-"}

`);
      ctx.stdout(textTable(["file", "bytes", "storage", "sha256"], result2.files.map((f2) => [f2.path, String(f2.bytes), f2.storage, f2.sha256])));
      ctx.stdout(`
${textTable(["metric", "value"], Object.entries(result2.metrics).map(([k, v]) => [k, v === null ? "n/a" : String(v)]))}`);
    }
    return EXIT.ok;
  }
};

// src/cli/commands/registry-history.ts
var registryHistoryCommand = {
  name: "registry history",
  summary: "how models got where they are: every registration, stage assignment and rollback, in order",
  help: `Usage: mergeml registry history [MODEL] [--json]

Options:
  --json   JSON output (kind "mergeml.registry-history", schemaVersion 1)

Exit codes: 0 shown, 2 unknown model or not a git repository.`,
  options: { json: { type: "boolean" } },
  positionals: { min: 0, max: 1 },
  async run(args, ctx) {
    const result2 = await registryHistory(await openRegistryGit(ctx.cwd, ctx.env), args.positionals[0]);
    if (args.values["json"] === true) printJson(ctx, result2);
    else ctx.stdout(textTable(["time", "event", "model", "version", "stage", "by", "approver"], result2.events.map((e) => [e.at ?? "-", e.event, e.model, e.version ?? "-", e.stage ?? "-", e.author ?? "-", e.approver ?? "-"])));
    return EXIT.ok;
  }
};

// src/cli/commands/registry-diff.ts
var registryDiffCommand = {
  name: "registry diff",
  summary: "what changed between two versions: metrics, data sha256, config, input schema, files",
  help: `Usage: mergeml registry diff MODEL FROM TO [--json]

Options:
  --json   JSON output (kind "mergeml.registry-diff", schemaVersion 1)

Exit codes: 0 shown, 2 unknown model or version, or an unreadable record.`,
  options: { json: { type: "boolean" } },
  positionals: { min: 3, max: 3 },
  async run(args, ctx) {
    const [model, from, to] = args.positionals;
    const d = await diffRegistry(await openRegistryGit(ctx.cwd, ctx.env), model, from, to);
    if (args.values["json"] === true) printJson(ctx, d);
    else {
      const n = (v) => v === null ? "n/a" : String(Number(v.toPrecision(6)));
      ctx.stdout(`${model} ${d.from} \u2192 ${d.to}

`);
      ctx.stdout(textTable(["metric", d.from, d.to, "change"], d.metrics.map((m) => [m.metric, n(m.from), n(m.to), m.change === null ? "n/a" : `${m.change >= 0 ? "+" : ""}${n(m.change)}`])));
      ctx.stdout(`
${textTable(["data", "changed"], d.data.map((x) => [x.role, x.changed ? "yes" : "no"]))}`);
      ctx.stdout(`
config changed: ${d.config.changed ? "yes" : "no"}; input schema changed: ${d.inputSchemaChanged ? "yes" : "no"}
`);
      ctx.stdout(`
${textTable(["file", "status"], d.files.map((f2) => [f2.path, f2.status]))}`);
    }
    return EXIT.ok;
  }
};

// src/cli/commands/registry-verify.ts
import { resolve as resolve18 } from "node:path";

// src/pipeline/registry-verify.ts
import { createHash as createHash8 } from "node:crypto";
import { readFile as readFile14 } from "node:fs/promises";
import { join as join18 } from "node:path";
var sha2563 = (b) => createHash8("sha256").update(b).digest("hex");
async function verifyRegistry(git, options2) {
  const rev = await git.resolveCommit(options2.revision) ?? options2.revision;
  const state = await readRegistryState(git);
  const problems = state.problems.map((p) => ({ model: null, version: null, file: `refs/tags/${p.tag}`, message: p.message }));
  const skipped2 = [];
  let checked = 0;
  const all2 = await git.listFiles(rev, REGISTRY_DIR);
  const folders = new Set(all2.flatMap((p) => {
    const m = /^registry\/([^/]+)\/(v[^/]+)\/manifest\.json$/.exec(p);
    return m ? [`${m[1]}/${m[2]}`] : [];
  }));
  const models = state.models.filter((m) => options2.model === void 0 || m.model === options2.model);
  for (const m of models) {
    for (const v of m.versions) {
      folders.delete(`${m.model}/${v.version}`);
      if (!await git.isAncestor(v.commit, rev)) {
        skipped2.push({ file: `refs/tags/${v.tag}`, reason: `registered after ${rev.slice(0, 12)} (not in its history): check a later revision` });
        continue;
      }
      let files;
      try {
        files = await readVersionFiles(git, m.model, v.version, v.commit);
      } catch (error) {
        problems.push({ model: m.model, version: v.version, file: `refs/tags/${v.tag}`, message: `tag without its registry files: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}` });
        continue;
      }
      if (!all2.includes(`${REGISTRY_DIR}/${m.model}/${v.version}/manifest.json`)) problems.push({ model: m.model, version: v.version, file: `${REGISTRY_DIR}/${m.model}/${v.version}/`, message: `missing at ${rev.slice(0, 12)} although tag ${v.tag} registers it` });
      for (const f2 of files.manifest.files) {
        if (f2.storage === "commit") {
          const path = committedArtifactPath(m.model, v.version, f2.path);
          const bytes = await git.readFile(rev, path);
          checked++;
          if (bytes === void 0) problems.push({ model: m.model, version: v.version, file: path, message: "listed in the manifest but missing" });
          else if (bytes.byteLength !== f2.bytes || sha2563(bytes) !== f2.sha256) problems.push({ model: m.model, version: v.version, file: path, message: `sha256 ${sha2563(bytes)} does not match the manifest's ${f2.sha256}` });
          continue;
        }
        for (const shard of f2.shards) {
          if (options2.assetsDir === void 0) {
            skipped2.push({ file: shard.name, reason: `release asset of ${v.tag}; pass --assets DIR with the downloaded assets to check it` });
            continue;
          }
          const path = join18(options2.assetsDir, shard.name);
          checked++;
          const bytes = await readFile14(path).catch(() => void 0);
          if (bytes === void 0) problems.push({ model: m.model, version: v.version, file: path, message: "release asset missing from --assets" });
          else if (bytes.byteLength !== shard.bytes || sha2563(bytes) !== shard.sha256) problems.push({ model: m.model, version: v.version, file: path, message: `sha256 ${sha2563(bytes)} does not match the manifest's ${shard.sha256}` });
        }
      }
    }
    const trail = await git.readFile(rev, auditTrailPath(m.model));
    if (trail !== void 0) {
      try {
        parseAuditTrail(JSON.parse(new TextDecoder().decode(trail)), auditTrailPath(m.model));
      } catch (error) {
        problems.push({ model: m.model, version: null, file: auditTrailPath(m.model), message: error instanceof Error ? error.message.replace(/\n\s*/g, "; ") : String(error) });
      }
    }
  }
  for (const f2 of [...folders].sort()) {
    const [model = "", version = ""] = f2.split("/");
    if (options2.model !== void 0 && model !== options2.model) continue;
    problems.push({ model, version, file: `${REGISTRY_DIR}/${f2}/`, message: `registry folder without its tag ${model}@${version}` });
  }
  return { schemaVersion: 1, kind: "mergeml.registry-verify", ok: problems.length === 0, revision: rev, checkedFiles: checked, skipped: skipped2, problems };
}

// src/cli/commands/registry-verify.ts
var registryVerifyCommand = {
  name: "registry verify",
  summary: "check every artifact against its sha256 in the manifest, and tags against registry folders",
  help: `Usage: mergeml registry verify [--model NAME] [--rev REV] [--assets DIR] [--json]

Checks, at REV (default HEAD): every committed artifact's sha256 against its version's manifest; release
assets in DIR when given; registry folders without their version tag; version tags without their folder;
tags that do not parse; the audit trail's hash chain. Works offline.

Options:
  --model NAME   only this model
  --rev REV      revision to check (default HEAD)
  --assets DIR   folder with downloaded release assets to check too
  --json         JSON output (kind "mergeml.registry-verify", schemaVersion 1)

Exit codes: 0 all verified, 1 a problem was found (each named), 2 usage or input error.`,
  options: { model: { type: "string" }, rev: { type: "string" }, assets: { type: "string" }, json: { type: "boolean" } },
  async run(args, ctx) {
    const assets = optionalString(args, "assets");
    const model = optionalString(args, "model");
    const report = await verifyRegistry(await openRegistryGit(ctx.cwd, ctx.env), { revision: optionalString(args, "rev") ?? "HEAD", ...model ? { model } : {}, ...assets ? { assetsDir: resolve18(ctx.cwd, assets) } : {} });
    if (args.values["json"] === true) printJson(ctx, report);
    else {
      for (const p of report.problems) ctx.stdout(`\u274C ${p.file}: ${p.message}
`);
      ctx.stdout(`${report.ok ? "\u2705" : "\u274C"} ${report.checkedFiles} files checked, ${report.problems.length} problems, ${report.skipped.length} not checked (see --json: release assets need --assets DIR)
`);
    }
    return report.ok ? EXIT.ok : EXIT.failed;
  }
};

// src/adapters/github/github-client.ts
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import Bottleneck from "bottleneck";
var MergemlOctokit = Octokit.plugin(throttling, retry);
function apiUrlFromEnv(env) {
  return env.GITHUB_API_URL && env.GITHUB_API_URL.length > 0 ? env.GITHUB_API_URL.replace(/\/+$/, "") : "https://api.github.com";
}
function createGitHubClient(options2) {
  const scale = options2.timeScaleMs ?? 1e3;
  const limit = options2.rateLimitRetries ?? 3;
  const onWait = options2.onWait ?? (() => void 0);
  const group = (id, minTime, maxConcurrent) => new Bottleneck.Group({ id, maxConcurrent, minTime });
  const onLimit = (kind) => (retryAfter, request2, _octokit, retryCount) => {
    onWait(`GitHub ${kind} on ${request2.method} ${request2.url}: retry ${retryCount + 1}/${limit} after ${retryAfter}s`);
    return retryCount < limit;
  };
  return new MergemlOctokit({
    auth: options2.token,
    baseUrl: options2.baseUrl ?? "https://api.github.com",
    userAgent: options2.userAgent ?? "mergeml",
    log: { debug: () => void 0, info: () => void 0, warn: (m) => onWait(m), error: (m) => onWait(m) },
    throttle: {
      onRateLimit: onLimit("rate limit"),
      onSecondaryRateLimit: onLimit("secondary rate limit"),
      retryAfterBaseValue: scale,
      fallbackSecondaryRateRetryAfter: 60,
      // GitHub's guidance, as the plugin's defaults: writes one at a time, 1 s apart; notifying writes 3 s.
      write: group("mergeml-write", scale, 1),
      notifications: group("mergeml-notifications", 3 * scale, 1),
      search: group("mergeml-search", 2 * scale, 1)
    },
    retry: { retries: options2.retries ?? 3, retryAfterBaseValue: scale }
  });
}

// src/adapters/github/github-error.ts
function statusOf(error) {
  const status = error?.status;
  return typeof status === "number" ? status : void 0;
}
function mayHaveBeenApplied(error) {
  const status = statusOf(error);
  return status === void 0 || status >= 500;
}
function wrapGitHubError(error, action, permission) {
  const status = statusOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (status === 401 || status === 403 || status === 404) {
    const hint = permission ? ` Grant the workflow job \`permissions: ${permission}\` and check the repository name.` : "";
    return new ConfigError(`GitHub refused to ${action} (HTTP ${status}: ${detail}).${hint}`, [], { cause: error });
  }
  return new InternalError(`GitHub API failed to ${action}${status ? ` (HTTP ${status})` : ""}: ${detail}`, { cause: error });
}

// src/adapters/github/bot-identity.ts
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
async function resolveBotLogin(client, explicit) {
  if (explicit && explicit.length > 0) return explicit;
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 401) return ACTIONS_BOT_LOGIN;
    throw wrapGitHubError(error, "read the authenticated user");
  }
}

// src/pipeline/registry-evidence.ts
import { createHash as createHash9 } from "node:crypto";
import { open as open2, readFile as readFile15, stat as stat5 } from "node:fs/promises";
import { join as join19, resolve as resolve19 } from "node:path";
function evidencePaths(cwd, results, overrides) {
  const base = results === void 0 ? void 0 : resolve19(cwd, results);
  const pick2 = (name, file) => overrides[name] !== void 0 ? resolve19(cwd, overrides[name]) : base === void 0 ? void 0 : join19(base, file);
  const artifact = pick2("artifact", "model");
  const metrics = pick2("metrics", "metrics.json");
  const gates = pick2("gates", "gates.json");
  if (artifact === void 0 || metrics === void 0 || gates === void 0) {
    throw new InputError("no evidence to register", [{ file: "--results", message: "missing", expected: "--results DIR (model/, metrics.json, gates.json) or --artifact, --metrics and --gates" }]);
  }
  const fairness = overrides.fairness !== void 0 ? resolve19(cwd, overrides.fairness) : base === void 0 ? void 0 : join19(base, "fairness.json");
  return { artifact, metrics, gates, ...fairness !== void 0 ? { fairness } : {} };
}
async function readJsonFile(path, kind, optional) {
  let bytes;
  try {
    bytes = await readFile15(path);
  } catch (error) {
    if (optional) return null;
    throw new InputError(`cannot read the ${kind} report`, [{ file: path, message: "missing or unreadable", expected: `the --json output of \`mergeml ${kind}\`` }], { cause: error });
  }
  try {
    const json3 = JSON.parse(new TextDecoder().decode(bytes));
    if (json3 === null || typeof json3 !== "object" || Array.isArray(json3)) throw new Error("not a JSON object");
    return { bytes, json: json3 };
  } catch (error) {
    throw new InputError(`${path} is not JSON`, [{ file: path, message: error instanceof Error ? error.message : String(error), expected: `the --json output of \`mergeml ${kind}\`` }], { cause: error });
  }
}
function inputSchemaOf(preprocess, card) {
  const target = preprocess?.["target"];
  const features = preprocess?.["features"];
  if (Array.isArray(features)) {
    return { target: target && typeof target.name === "string" ? { name: target.name, task: typeof target.task === "string" ? target.task : null } : null, features: features.map((f2) => ({ name: String(f2.name), kind: typeof f2.kind === "string" ? f2.kind : null })) };
  }
  const config = card?.["config"];
  if (Array.isArray(config?.features)) return { target: typeof config.target === "string" ? { name: config.target, task: null } : null, features: config.features.map((f2) => ({ name: String(f2), kind: null })) };
  return null;
}
async function readEvidence(paths) {
  const manifest = await verifyArtifact(paths.artifact);
  const metrics = await readJsonFile(paths.metrics, "metrics", false);
  const overall = metrics.json["overall"]?.metrics;
  if (metrics.json["kind"] !== "metrics" || metrics.json["schemaVersion"] !== 1 || overall === void 0) {
    throw new InputError(`${paths.metrics} is not a metrics report`, [{ file: paths.metrics, message: `kind ${JSON.stringify(metrics.json["kind"])}`, expected: 'the --json output of `mergeml metrics` (kind "metrics", schemaVersion 1)' }]);
  }
  const gates = await readJsonFile(paths.gates, "gate", false);
  if (gates.json["kind"] !== "gates" || gates.json["schemaVersion"] !== 1 || typeof gates.json["passed"] !== "boolean") {
    throw new InputError(`${paths.gates} is not a gates report`, [{ file: paths.gates, message: `kind ${JSON.stringify(gates.json["kind"])}`, expected: 'the --json output of `mergeml gate` (kind "gates", schemaVersion 1)' }]);
  }
  const fairness = paths.fairness === void 0 ? null : await readJsonFile(paths.fairness, "fairness", true);
  if (fairness !== null && fairness.json["kind"] !== "mergeml.fairness-run") {
    throw new InputError(`${paths.fairness} is not a fairness report`, [{ file: paths.fairness, message: `kind ${JSON.stringify(fairness.json["kind"])}`, expected: 'the --json output of `mergeml fairness` (kind "mergeml.fairness-run")' }]);
  }
  const optionalJson = async (name) => manifest.files.some((f2) => f2.path === name) ? (await readJsonFile(join19(paths.artifact, name), "train", true))?.json ?? null : null;
  const trainingCard2 = await optionalJson("training-card.json");
  return {
    model: manifest.model,
    artifactDir: paths.artifact,
    files: manifest.files,
    metricsBytes: metrics.bytes,
    metrics: Object.fromEntries(Object.entries(overall).map(([k, v]) => [k, typeof v === "number" && Number.isFinite(v) ? v : null])),
    gatesBytes: gates.bytes,
    gates: gates.json,
    fairnessBytes: fairness?.bytes ?? null,
    fairness: fairness?.json ?? null,
    trainingCard: trainingCard2,
    inputSchema: inputSchemaOf(await optionalJson("preprocess.json"), trainingCard2)
  };
}
async function hashRange(path, start, length) {
  const hash = createHash9("sha256");
  const handle = await open2(path, "r");
  try {
    const chunk = Buffer.alloc(Math.min(8 * 1024 * 1024, Math.max(1, length)));
    for (let done = 0; done < length; ) {
      const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.length, length - done), start + done);
      if (bytesRead === 0) throw new InputError(`${path} is shorter than its manifest says`, [{ file: path, message: `ended at byte ${start + done}`, expected: `${start + length} bytes` }]);
      hash.update(chunk.subarray(0, bytesRead));
      done += bytesRead;
    }
  } finally {
    await handle.close();
  }
  return hash.digest("hex");
}
async function registryFiles(evidence, storage, shardBytes) {
  const out = [];
  const unsafe = evidence.files.filter((f2) => !registryFileSchema.shape.path.safeParse(f2.path).success);
  if (unsafe.length > 0) throw new InputError("the model artifact names files outside itself", unsafe.map((f2) => ({ file: join19(evidence.artifactDir, "manifest.json"), path: "files", message: JSON.stringify(f2.path), expected: 'relative paths without "." or ".." segments, backslashes or control characters' })));
  for (const f2 of evidence.files) {
    const names2 = shardNames(f2.path, f2.bytes, shardBytes);
    const shards = [];
    for (const [i, name] of names2.entries()) {
      const start = i * shardBytes;
      const length = names2.length === 1 ? f2.bytes : Math.min(shardBytes, f2.bytes - start);
      shards.push({ name, bytes: length, sha256: names2.length === 1 ? f2.sha256 : await hashRange(join19(evidence.artifactDir, f2.path), start, length) });
    }
    out.push({ path: f2.path, bytes: f2.bytes, sha256: f2.sha256, storage, shards });
  }
  return out;
}

// src/pipeline/registry-policy.ts
import { readFile as readFile16 } from "node:fs/promises";
import { createHash as createHash10 } from "node:crypto";
import { relative as relative9, resolve as resolve20 } from "node:path";
async function loadRegistryPolicy(cwd, config) {
  const path = resolve20(cwd, config ?? "mergeml.yaml");
  let bytes;
  try {
    bytes = await readFile16(path);
  } catch (error) {
    if (config !== void 0) throw new ConfigError(`cannot read ${config}`, [{ file: config, message: "missing or unreadable", expected: "a MergeML project file" }], { cause: error });
    const d = registrySchema.parse({});
    return { stages: d.stages, binaries: d.binaries, maxCommitBytes: d.max_commit_bytes, config: null };
  }
  const file = relative9(cwd, path) || path;
  const parsed = parseConfigFile(file, bytes, projectSchema);
  if (!parsed.ok) throw new ConfigError(`${file} is not a valid project file`, parsed.problems);
  const r = parsed.config.value.registry ?? registrySchema.parse({});
  return { stages: r.stages, binaries: r.binaries, maxCommitBytes: r.max_commit_bytes, config: { path: file, sha256: createHash10("sha256").update(bytes).digest("hex") } };
}
function requireAllowedStage(policy, stage) {
  if (policy.stages.includes(stage)) return;
  const hint = suggest(stage, policy.stages) ?? policy.stages.find((s) => s.startsWith(stage));
  throw new InputError(`stage ${JSON.stringify(stage)} is not allowed by the registry policy${hint ? ` (did you mean ${hint}?)` : ""}. Nothing was written.`, [{ file: policy.config?.path ?? "mergeml.yaml (defaults)", path: "registry.stages", message: `does not list ${JSON.stringify(stage)}`, expected: `one of ${policy.stages.join(", ")}` }]);
}

// src/pipeline/registry-release.ts
import { open as open3 } from "node:fs/promises";
import { join as join20 } from "node:path";
import { createHash as createHash12 } from "node:crypto";

// src/adapters/github/releases.ts
import { createHash as createHash11 } from "node:crypto";
var PERMISSION = "contents: write";
async function findRelease(client, owner, repo, tag) {
  try {
    const all2 = await client.paginate(client.rest.repos.listReleases, { owner, repo, per_page: 100 });
    return all2.find((r) => r.tag_name === tag);
  } catch (error) {
    throw wrapGitHubError(error, `list releases`, PERMISSION);
  }
}
async function ensureRelease(client, request2, attempts = 3) {
  const { owner, repo, tag } = request2;
  for (let attempt = 1; ; attempt++) {
    const found = await findRelease(client, owner, repo, tag);
    if (found) {
      if (found.name === request2.name && found.body === request2.body) return { action: attempt > 1 ? "created" : "exists", id: found.id, uploadUrl: found.upload_url };
      try {
        await client.rest.repos.updateRelease({ owner, repo, release_id: found.id, name: request2.name, body: request2.body });
      } catch (error) {
        throw wrapGitHubError(error, `update release ${tag}`, PERMISSION);
      }
      return { action: attempt > 1 ? "created" : "updated", id: found.id, uploadUrl: found.upload_url };
    }
    try {
      const { data } = await client.rest.repos.createRelease({
        owner,
        repo,
        tag_name: tag,
        name: request2.name,
        body: request2.body,
        draft: request2.draft ?? false,
        prerelease: request2.prerelease ?? false,
        request: { retries: 0 }
      });
      return { action: "created", id: data.id, uploadUrl: data.upload_url };
    } catch (error) {
      const retry2 = mayHaveBeenApplied(error) || statusOf(error) === 422;
      if (!retry2 || attempt >= attempts) throw wrapGitHubError(error, `create release ${tag}`, PERMISSION);
    }
  }
}
async function ensureReleaseAsset(client, request2, attempts = 3) {
  const { owner, repo, release, name, data } = request2;
  const digest = `sha256:${createHash11("sha256").update(data).digest("hex")}`;
  const uploadBase = release.uploadUrl.slice(0, release.uploadUrl.indexOf("/repos/"));
  for (let attempt = 1; ; attempt++) {
    let assets;
    try {
      assets = await client.paginate(client.rest.repos.listReleaseAssets, { owner, repo, release_id: release.id, per_page: 100 });
    } catch (error) {
      throw wrapGitHubError(error, `list assets of release ${release.id}`, PERMISSION);
    }
    const same = assets.find((a) => a.name === name);
    if (same) {
      const identical = same.digest ? same.digest === digest : same.size === data.length;
      if (!identical) throw new InputError(`release asset ${name} already exists with different content`, [{ file: name, message: `${same.digest ?? `${same.size} bytes`}`, expected: digest }]);
      return { action: attempt > 1 ? "created" : "exists", id: same.id };
    }
    try {
      const { data: asset } = await client.rest.repos.uploadReleaseAsset({
        owner,
        repo,
        release_id: release.id,
        name,
        // Octokit passes the bytes through untouched; its type says string.
        data,
        baseUrl: uploadBase,
        headers: { "content-type": request2.contentType ?? "application/octet-stream", "content-length": data.length },
        request: { retries: 0 }
      });
      return { action: "created", id: asset.id };
    } catch (error) {
      const retry2 = mayHaveBeenApplied(error) || statusOf(error) === 422;
      if (!retry2 || attempt >= attempts) throw wrapGitHubError(error, `upload release asset ${name}`, PERMISSION);
    }
  }
}

// src/adapters/github/git-tags.ts
var PERMISSION2 = "contents: write";
async function tagCommit(client, owner, repo, tag) {
  try {
    const { data } = await client.rest.git.getRef({ owner, repo, ref: `tags/${tag}` });
    if (data.object.type !== "tag") return data.object.sha;
    const { data: tagObject } = await client.rest.git.getTag({ owner, repo, tag_sha: data.object.sha });
    return tagObject.object.sha;
  } catch (error) {
    if (statusOf(error) === 404) return void 0;
    throw wrapGitHubError(error, `read tag ${tag}`, PERMISSION2);
  }
}
async function ensureTag(client, request2, attempts = 3) {
  const { owner, repo, tag, sha: sha4 } = request2;
  const ref2 = `refs/tags/${tag}`;
  for (let attempt = 1; ; attempt++) {
    const current = await tagCommit(client, owner, repo, tag);
    if (current === sha4) return { action: attempt > 1 ? "created" : "exists", ref: ref2 };
    if (current !== void 0) {
      throw new InputError(`tag ${tag} already exists at another commit`, [{ file: ref2, message: `points at ${current}`, expected: `${sha4} (tags are never moved)` }]);
    }
    try {
      let target = sha4;
      if (request2.message !== void 0) {
        const { data } = await client.rest.git.createTag({ owner, repo, tag, message: request2.message, object: sha4, type: "commit" });
        target = data.sha;
      }
      await client.rest.git.createRef({ owner, repo, ref: ref2, sha: target, request: { retries: 0 } });
      return { action: "created", ref: ref2 };
    } catch (error) {
      const retry2 = mayHaveBeenApplied(error) || statusOf(error) === 422;
      if (!retry2 || attempt >= attempts) throw wrapGitHubError(error, `create tag ${tag}`, PERMISSION2);
    }
  }
}

// src/adapters/github/sticky-comment.ts
var GITHUB_COMMENT_LIMIT = 65536;
var PERMISSION3 = "pull-requests: write";
async function findStickyComments(client, pr, marker, botLogin) {
  try {
    const comments = await client.paginate(client.rest.issues.listComments, { owner: pr.owner, repo: pr.repo, issue_number: pr.issueNumber, per_page: 100 });
    return comments.filter((c) => c.user?.login === botLogin && (c.body ?? "").includes(marker)).sort((a, b) => a.id - b.id).map((c) => ({ id: c.id, body: c.body ?? "", url: c.html_url }));
  } catch (error) {
    throw wrapGitHubError(error, `list the comments of #${pr.issueNumber}`, PERMISSION3);
  }
}
async function update(client, pr, found, body) {
  if (found.body === body) return "unchanged";
  try {
    await client.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: found.id, body });
    return "updated";
  } catch (error) {
    throw wrapGitHubError(error, `update comment ${found.id}`, PERMISSION3);
  }
}
async function upsertStickyComment(client, pr, comment, attempts = 3) {
  const { marker, botLogin } = comment;
  const body = comment.body.includes(marker) ? comment.body : `${marker}
${comment.body}`;
  if (body.length > GITHUB_COMMENT_LIMIT) throw new InternalError(`comment body has ${body.length} characters; GitHub accepts at most ${GITHUB_COMMENT_LIMIT}`);
  let triedCreate = false;
  for (let attempt = 1; ; attempt++) {
    const found = await findStickyComments(client, pr, marker, botLogin);
    const [keep, ...duplicates] = found;
    if (keep) {
      for (const dup of duplicates) {
        try {
          await client.rest.issues.deleteComment({ owner: pr.owner, repo: pr.repo, comment_id: dup.id });
        } catch (error) {
          throw wrapGitHubError(error, `delete duplicate comment ${dup.id}`, PERMISSION3);
        }
      }
      const updated = await update(client, pr, keep, body);
      const action = triedCreate && updated === "unchanged" ? "created" : updated;
      return { action, commentId: keep.id, url: keep.url, deletedDuplicates: duplicates.length };
    }
    triedCreate = true;
    try {
      const { data } = await client.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.issueNumber, body, request: { retries: 0 } });
      return { action: "created", commentId: data.id, url: data.html_url, deletedDuplicates: 0 };
    } catch (error) {
      if (!mayHaveBeenApplied(error) || attempt >= attempts) throw wrapGitHubError(error, `comment on #${pr.issueNumber}`, PERMISSION3);
    }
  }
}

// src/pipeline/registry-release.ts
async function readRange(path, start, length) {
  const handle = await open3(path, "r");
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buf, 0, length, start);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
async function publishRelease(client, request2) {
  const { owner, repo, manifest } = request2;
  const tag = formatVersionTag(manifest.model, manifest.version);
  const body = [`MergeML registry: ${escapeMarkdown(manifest.model)} ${manifest.version}${request2.stage ? `, assigned to ${request2.stage}` : ""}.`, "", "Every asset is listed with its sha256 in `manifest.json`; verify before use (`mergeml registry verify --assets DIR`).", ""].join("\n");
  await ensureTag(client, { owner, repo, tag, sha: request2.versionTag.commit, message: request2.versionTag.message });
  const release = await ensureRelease(client, { owner, repo, tag, name: `${manifest.model} ${manifest.version}`, body });
  const assets = [];
  const upload = async (name, data, contentType) => {
    await ensureReleaseAsset(client, { owner, repo, release, name, data, contentType });
    assets.push(name);
  };
  await upload("manifest.json", new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}
`), "application/json");
  await upload("model-card.md", new TextEncoder().encode(request2.modelCard), "text/markdown");
  for (const f2 of manifest.files) {
    let offset = 0;
    for (const shard of f2.shards) {
      const data = await readRange(join20(request2.artifactDir, f2.path), offset, shard.bytes);
      offset += shard.bytes;
      const digest = createHash12("sha256").update(data).digest("hex");
      if (digest !== shard.sha256) throw new InputError(`refusing to upload ${shard.name}: it changed since it was verified`, [{ file: join20(request2.artifactDir, f2.path), message: `sha256 ${digest}`, expected: shard.sha256 }]);
      await upload(shard.name, data, "application/octet-stream");
    }
  }
  let commentUrl = null;
  if (request2.pullRequest !== void 0) {
    const marker = `<!-- mergeml:registry model=${encodeURIComponent(manifest.model)} -->`;
    const lines = [
      `### MergeML registry: ${escapeMarkdown(manifest.model)} ${manifest.version} registered`,
      "",
      `Tag \`${tag}\`${request2.stage ? `, assigned to **${request2.stage}**` : ""}. Release assets: ${assets.length} (sha256 in \`manifest.json\`).`,
      "",
      "| file | bytes | sha256 |",
      "|---|---:|---|",
      ...manifest.files.map((f2) => `| ${escapeMarkdown(f2.path)} | ${f2.bytes} | \`${f2.sha256.slice(0, 16)}\u2026\` |`)
    ];
    const res = await upsertStickyComment(client, { owner, repo, issueNumber: request2.pullRequest }, { marker, body: `${marker}
${lines.join("\n")}
`, botLogin: request2.botLogin });
    commentUrl = res.url;
  }
  return { releaseId: release.id, assets, commentUrl };
}

// src/pipeline/registry-register.ts
import { createHash as createHash13 } from "node:crypto";
import { join as join21 } from "node:path";

// src/core/registry/version-plan.ts
function planBump(previous, next) {
  if (previous === void 0) return { bump: "minor", reasons: ["the previous version has no registry record to compare with: treated as retrained"] };
  const before = previous.lineage.inputSchemaSha256;
  const after = next.lineage.inputSchemaSha256;
  if (before === null || after === null) {
    if (before !== after) return { bump: "major", reasons: ["the input schema is known for only one of the two versions"] };
  } else if (before !== after) return { bump: "major", reasons: ["the input schema (features or target) changed"] };
  const old = new Map(previous.manifest.files.map((f2) => [f2.path, f2.sha256]));
  const changed = next.manifest.files.filter((f2) => old.get(f2.path) !== f2.sha256).map((f2) => f2.path);
  const removed = previous.manifest.files.filter((f2) => !next.manifest.files.some((n) => n.path === f2.path)).map((f2) => f2.path);
  if (changed.length > 0 || removed.length > 0) return { bump: "minor", reasons: [`retrained: ${[...changed.map((p) => `${p} changed`), ...removed.map((p) => `${p} removed`)].join(", ")}`] };
  return { bump: "patch", reasons: ["same model files and input schema: metadata only"] };
}
function planVersion(existing, previous, next) {
  const parsed = existing.map(parseSemver).filter((v) => v !== void 0);
  if (parsed.length === 0) return { version: "v1.0.0", bump: "initial", reasons: ["first version of the model"] };
  const highest = parsed.reduce((a, b) => (a.major - b.major || a.minor - b.minor || a.patch - b.patch) >= 0 ? a : b);
  const { bump, reasons } = planBump(previous, next);
  return { version: formatSemver(bumpSemver(highest, bump)), bump, reasons };
}

// src/pipeline/registry-publish.ts
import { setTimeout as sleep } from "node:timers/promises";
async function publishChange(ports, options2, planner) {
  const { git } = ports;
  const max = options2.maxAttempts ?? 12;
  const remote = await git.remote();
  for (let attempt = 1; ; attempt++) {
    if (remote !== void 0) await git.fetch(remote, options2.branch);
    const base = await git.branchTip(options2.branch, remote);
    const state = await readRegistryState(git);
    const plan = await planner({ base, state });
    if (plan.kind === "done") return { result: plan.result, published: false, commit: base, attempts: attempt };
    ports.afterStep?.("planned");
    const { change } = plan;
    const files = [];
    for (const f2 of change.files) files.push({ path: f2.path, blob: await git.writeBlob(f2.data) });
    const commit = await git.commitFiles(base, files, change.commitMessage);
    ports.afterStep?.("committed");
    const tags = [];
    for (const t of change.tags) tags.push(await git.createTagObject(t.name, t.target ?? commit, t.message));
    ports.afterStep?.("tagged");
    const outcome = await git.publish(options2.branch, base, commit, tags, remote);
    if (outcome === "ok") {
      ports.afterStep?.("pushed");
      return { result: change.result, published: true, commit, attempts: attempt };
    }
    if (attempt >= max) throw new InternalError(`gave up after ${attempt} attempts: ${options2.branch} or the registry tags kept changing while publishing (${change.tags.map((t) => t.name).join(", ")})`);
    ports.log?.(`conflict publishing ${change.tags.map((t) => t.name).join(", ")}: another promotion won; re-planning (attempt ${attempt + 1}/${max})`);
    await sleep(20 * attempt + Math.floor(Math.random() * 60 * attempt));
  }
}

// src/pipeline/registry-register.ts
var json2 = (v) => new TextEncoder().encode(`${JSON.stringify(v, null, 2)}
`);
var sha2564 = (b) => createHash13("sha256").update(b).digest("hex");
function metricDecisions(evidence) {
  return evidence.gates.results.map((r) => ({
    kind: "metric",
    name: r.metric,
    attributes: [],
    inputs: { greater_is_better: r.greater_is_better, champion: r.champion, delta: r.delta, p_value: r.p_value },
    threshold: r.gate.threshold ?? null,
    value: r.challenger,
    result: r.status,
    severity: r.severity,
    reasons: [...r.reasons]
  }));
}
function registrationKey(evidence, pr, sourceCommit) {
  return sha2564(JSON.stringify({ model: evidence.model, files: evidence.files.map((f2) => [f2.path, f2.sha256]), metrics: sha2564(evidence.metricsBytes), gates: sha2564(evidence.gatesBytes), pr: pr?.number ?? null, head: pr?.headSha ?? null, sourceCommit }));
}
async function registerVersion(ports, request2) {
  const { evidence, policy } = request2;
  const model = evidence.model;
  if (!isWritableName(model)) throw new InputError(`model name ${JSON.stringify(model)} cannot be written into a GTO tag`, [{ file: join21(evidence.artifactDir, "manifest.json"), path: "model", message: JSON.stringify(model), expected: `lowercase letters, digits and inner "-" (GTO's name rule)` }]);
  if (request2.stage !== void 0) {
    requireAllowedStage(policy, request2.stage);
    if (!evidence.gates.passed) throw new CheckFailedError(`refusing to promote ${model} to ${request2.stage}: its gates failed (${evidence.gates.results.filter((r) => r.status === "fail").map((r) => r.metric).join(", ") || "see gates.json"}). Nothing was written.`);
  }
  ports.afterStep?.("verified");
  const cardCommit = evidence.trainingCard?.["code"]?.commit;
  const storage = planStorage(evidence.files, { binaries: policy.binaries, maxCommitBytes: policy.maxCommitBytes });
  const files = await registryFiles(evidence, storage, request2.shardBytes ?? MAX_ASSET_BYTES);
  const inputSchemaSha = evidence.inputSchema === null ? null : inputSchemaSha256(evidence.inputSchema);
  let card = "";
  let manifestOut;
  const outcome = await publishChange(ports, { branch: request2.branch }, async ({ base, state }) => {
    const sourceCommit = request2.sourceCommit ?? (typeof cardCommit === "string" && /^[0-9a-f]{7,64}$/.test(cardCommit) ? cardCommit : base ?? null);
    const key = registrationKey(evidence, request2.pullRequest, request2.sourceCommit ?? (typeof cardCommit === "string" ? cardCommit : null));
    const ms = state.models.find((m) => m.model === model);
    const existing = ms?.versions.find((v) => v.meta?.registrationKey === key);
    if (existing) {
      const files2 = await readVersionFiles(ports.git, model, existing.version, existing.commit);
      manifestOut = files2.manifest;
      const cardBytes = await ports.git.readFile(existing.commit, `${versionDir(model, existing.version)}/model-card.md`);
      card = cardBytes === void 0 ? "" : new TextDecoder().decode(cardBytes);
      const tags2 = [existing.tag, ...ms?.assignments.filter((a) => a.version === existing.version && a.stage === request2.stage).map((a) => a.tag) ?? []];
      return { kind: "done", result: { version: existing.version, bump: existing.meta?.bump ?? null, reasons: ["already registered by an earlier run with the same evidence"], tags: tags2 } };
    }
    const latest = ms?.versions[ms.versions.length - 1];
    let previous;
    if (latest) previous = await readVersionFiles(ports.git, model, latest.version, latest.commit).catch(() => void 0);
    const manifest = { schemaVersion: 1, kind: "mergeml.registry-manifest", model, version: "", files };
    const plan = planVersion(ms?.versions.map((v) => v.version) ?? [], previous, { manifest, lineage: { inputSchemaSha256: inputSchemaSha } });
    const version = plan.version;
    const dir = versionDir(model, version);
    if (base !== void 0 && (await ports.git.listFiles(base, dir)).length > 0) {
      throw new InputError(`${dir} already exists on ${request2.branch} but no tag ${formatVersionTag(model, version)} registers it`, [{ file: dir, message: "a registry folder without its tag", expected: "remove the folder or restore its tag (mergeml registry verify lists such problems); nothing was written" }]);
    }
    manifestOut = { ...manifest, version };
    const card0 = evidence.trainingCard;
    const data = card0?.["data"] ?? {};
    const lineage = {
      schemaVersion: 1,
      kind: "mergeml.registry-lineage",
      model,
      version,
      sourceCommit,
      pullRequest: request2.pullRequest ? { number: request2.pullRequest.number, openedAt: request2.pullRequest.openedAt, headSha: request2.pullRequest.headSha } : null,
      data: Object.entries(data).filter(([, d]) => d !== null).map(([role, d]) => ({ role, file: d?.file ?? null, sha256: d?.sha256 ?? null, rows: d?.rows ?? null })),
      config: { path: request2.config?.path ?? null, sha256: request2.config?.sha256 ?? null, train: card0?.["config"]?.["train"] ?? null },
      backend: { name: card0?.["backend"]?.name ?? null, device: card0?.["backend"]?.device ?? null },
      trainer: typeof card0?.["trainer"] === "string" ? card0["trainer"] : null,
      inputSchema: evidence.inputSchema,
      inputSchemaSha256: inputSchemaSha,
      metrics: { ...evidence.metrics },
      gatesPassed: evidence.gates.passed
    };
    card = renderModelCard({
      model: { name: model, version, description: null, task: evidence.inputSchema?.target?.task ?? null },
      intendedUse: null,
      outOfScopeUses: [],
      data: lineage.data.map((d) => ({ role: d.role, path: d.file ?? "n/a", sha256: d.sha256, rows: d.rows })),
      metrics: Object.entries(evidence.metrics).map(([name, value2]) => ({ name, value: value2 })),
      fairness: evidence.fairness?.fairness ?? null,
      compliance: evidence.fairness?.compliance.checks ?? [],
      limitations: [],
      lineage: { commit: sourceCommit, configPath: lineage.config.path, configSha256: lineage.config.sha256, backend: lineage.backend.name, seed: card0?.["seed"] ?? null, mergemlVersion: null },
      gates: evidence.gates.results.map((r) => ({ kind: "metric", name: r.metric, status: r.status, reason: r.reasons.join("; ") })),
      generatedAt: ports.clock.now()
    });
    const now = ports.clock.now();
    const pr = request2.pullRequest;
    const decisions = [...metricDecisions(evidence), ...evidence.fairness ? fairnessDecisions(evidence.fairness.fairness) : []];
    const entry = (event, stage) => ({
      recorded_at: now,
      event,
      model,
      version,
      stage,
      commit: sourceCommit ?? base,
      pull_request: pr?.number ?? null,
      proposed_by: pr?.author && pr.openedAt ? { login: pr.author, at: pr.openedAt } : null,
      approved_by: [],
      merged_by: pr?.mergedBy && pr.mergedAt ? { login: pr.mergedBy, at: pr.mergedAt } : null,
      decisions
    });
    let trail = appendAuditEntry(await readAuditTrail(ports.git, model, base), entry("registered", null), auditTrailPath(model));
    if (request2.stage !== void 0) trail = appendAuditEntry(trail, { ...entry("promoted", request2.stage), decisions: [] }, auditTrailPath(model));
    const meta = (event, stage) => ({
      schemaVersion: 1,
      kind: "mergeml.registry-event",
      event,
      model,
      version,
      stage,
      actor: request2.actor,
      approver: null,
      pullRequest: lineage.pullRequest,
      sourceCommit,
      registrationKey: key,
      bump: plan.bump,
      rollbackOf: null,
      reason: null
    });
    const tags = [{ name: formatVersionTag(model, version), message: formatTagMessage(`Register ${model} ${version} (${plan.bump})`, meta("register", null)) }];
    if (request2.stage !== void 0) tags.push({ name: formatStageTag(model, request2.stage, nextAssignmentNumber(ms)), message: formatTagMessage(`Assign ${model} ${version} to ${request2.stage}`, meta("assign", request2.stage)) });
    const out = [
      { path: `${dir}/manifest.json`, data: { bytes: json2(manifestOut) } },
      { path: `${dir}/metrics.json`, data: { bytes: evidence.metricsBytes } },
      { path: `${dir}/gates.json`, data: { bytes: evidence.gatesBytes } },
      ...evidence.fairnessBytes ? [{ path: `${dir}/fairness.json`, data: { bytes: evidence.fairnessBytes } }] : [],
      { path: `${dir}/lineage.json`, data: { bytes: json2(lineage) } },
      { path: `${dir}/model-card.md`, data: { bytes: new TextEncoder().encode(card) } },
      { path: auditTrailPath(model), data: { bytes: json2(trail) } },
      ...storage === "commit" ? files.map((f2) => ({ path: committedArtifactPath(model, version, f2.path), data: { file: join21(evidence.artifactDir, f2.path) } })) : []
    ];
    return { kind: "change", change: { files: out, tags, commitMessage: `registry: register ${model} ${version}${request2.stage ? ` and assign ${request2.stage}` : ""}

${plan.reasons.join("\n")}
`, result: { version, bump: plan.bump, reasons: plan.reasons, tags: tags.map((t) => t.name) } } };
  });
  return {
    schemaVersion: 1,
    kind: "mergeml.registry-register",
    model,
    version: outcome.result.version,
    bump: outcome.result.bump,
    reasons: outcome.result.reasons,
    tags: outcome.result.tags,
    stage: request2.stage ?? null,
    storage,
    created: outcome.published,
    commit: outcome.commit ?? null,
    attempts: outcome.attempts,
    manifest: manifestOut,
    modelCard: card
  };
}

// src/pipeline/promote-on-merge.ts
async function completePullRequest(request2) {
  const pr = request2.pullRequest;
  if (request2.github === void 0 || pr === void 0 || pr.openedAt !== null && pr.headSha !== null && pr.author) return request2;
  const { client, owner, repo } = request2.github;
  let data;
  try {
    data = (await client.rest.pulls.get({ owner, repo, pull_number: pr.number })).data;
  } catch (error) {
    throw wrapGitHubError(error, `read pull request #${pr.number}`, "pull-requests: read");
  }
  const str = (v) => typeof v === "string" && v.length > 0 ? v : null;
  return {
    ...request2,
    pullRequest: {
      ...pr,
      openedAt: pr.openedAt ?? str(data.created_at),
      headSha: pr.headSha ?? str(data.head?.sha),
      author: pr.author ?? str(data.user?.login),
      mergedBy: pr.mergedBy ?? str(data.merged_by?.login),
      mergedAt: pr.mergedAt ?? str(data.merged_at)
    }
  };
}
async function promoteOnMerge(ports, given) {
  const request2 = await completePullRequest(given);
  const registered = await registerVersion(ports, request2);
  if (request2.github === void 0) return { ...registered, release: null };
  const { client, owner, repo, botLogin } = request2.github;
  const versionTag = (await ports.git.listTags()).find((t) => t.name === registered.tags[0]);
  if (versionTag === void 0) throw new InternalError(`tag ${registered.tags[0]} was published but is not in this clone`);
  const rel = await publishRelease(client, {
    versionTag: { commit: versionTag.commit, message: versionTag.message },
    owner,
    repo,
    manifest: registered.manifest,
    modelCard: registered.modelCard,
    artifactDir: request2.evidence.artifactDir,
    stage: registered.stage,
    botLogin,
    ...request2.pullRequest ? { pullRequest: request2.pullRequest.number } : {}
  });
  ports.afterStep?.("released");
  ports.afterStep?.("commented");
  return { ...registered, release: { id: rel.releaseId, assets: rel.assets, commentUrl: rel.commentUrl } };
}

// src/cli/commands/registry-register.ts
var NAME7 = "registry register";
var ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
var registryRegisterCommand = {
  name: NAME7,
  summary: "register the next version from verified results (optionally assign a stage, release, comment)",
  help: `Usage: mergeml registry register --results DIR [--stage staging] [--config mergeml.yaml] [--branch B]
                                 [--pr N --pr-opened-at ISO --pr-head-sha SHA --pr-author LOGIN]
                                 [--commit SHA] [--release] [--json]

Re-verifies every artifact file against its sha256, plans the next version (major: input schema changed,
minor: retrained, patch: metadata only), writes registry/<model>/<version>/\u2026, tags <model>@<version> (and
<model>#<stage>#<n> with --stage) and publishes branch and tags atomically, retrying on conflict. A re-run
with the same evidence changes nothing. See docs/registry.md.

Options:
  --results DIR        model/ (mergeml train output), metrics.json, gates.json, fairness.json (optional)
  --artifact DIR, --metrics FILE, --gates FILE, --fairness FILE   override one of them
  --stage NAME         assign this stage at once (refused, exit 1, when the gates failed)
  --config FILE        project file with the registry: policy (default mergeml.yaml when present)
  --branch NAME        branch to publish to (default: the current branch)
  --pr N, --pr-opened-at ISO, --pr-head-sha SHA, --pr-author LOGIN   the merged pull request (lead time)
  --commit SHA         the commit the model was built from
  --release            create the GitHub release with assets and comment on --pr (GITHUB_TOKEN,
                       GITHUB_REPOSITORY, GITHUB_API_URL from the environment)
  --shard-bytes N      split release assets into shards of N bytes (default 2 GiB - 1, GitHub's limit)
  --json               JSON output (kind "mergeml.registry-register", schemaVersion 1)

Exit codes: 0 registered (or already registered), 1 refused (gates failed), 2 usage/input/config error.`,
  options: {
    results: { type: "string" },
    artifact: { type: "string" },
    metrics: { type: "string" },
    gates: { type: "string" },
    fairness: { type: "string" },
    stage: { type: "string" },
    config: { type: "string" },
    branch: { type: "string" },
    pr: { type: "string" },
    "pr-opened-at": { type: "string" },
    "pr-head-sha": { type: "string" },
    "pr-author": { type: "string" },
    commit: { type: "string" },
    release: { type: "boolean" },
    json: { type: "boolean" },
    "shard-bytes": { type: "string" }
  },
  async run(args, ctx) {
    const s = (n) => optionalString(args, n);
    const prText = s("pr");
    const pr = prText === void 0 ? void 0 : Number(prText);
    if (pr !== void 0 && !(Number.isInteger(pr) && pr > 0)) throw new UsageError(`mergeml ${NAME7}: --pr ${JSON.stringify(prText)} is not a pull request number.`);
    const openedAt = s("pr-opened-at");
    if (openedAt !== void 0 && !ISO.test(openedAt)) throw new UsageError(`mergeml ${NAME7}: --pr-opened-at ${JSON.stringify(openedAt)} is not an ISO-8601 time (e.g. 2026-11-23T10:00:00Z).`);
    for (const flag of ["commit", "pr-head-sha"]) {
      const v = s(flag);
      if (v !== void 0 && !/^[0-9a-f]{7,64}$/.test(v)) throw new UsageError(`mergeml ${NAME7}: --${flag} ${JSON.stringify(v)} is not a git commit id (7 to 64 lowercase hex digits).`);
    }
    const shardText = s("shard-bytes");
    const shardBytes = shardText === void 0 ? void 0 : Number(shardText);
    if (shardBytes !== void 0 && !(Number.isInteger(shardBytes) && shardBytes > 0)) throw new UsageError(`mergeml ${NAME7}: --shard-bytes must be a positive integer.`);
    const stage = s("stage");
    const paths = evidencePaths(ctx.cwd, s("results"), { ...s("artifact") ? { artifact: s("artifact") } : {}, ...s("metrics") ? { metrics: s("metrics") } : {}, ...s("gates") ? { gates: s("gates") } : {}, ...s("fairness") ? { fairness: s("fairness") } : {} });
    const policy = await loadRegistryPolicy(ctx.cwd, s("config"));
    const evidence = await readEvidence(paths);
    const ports = await registryPorts(ctx);
    let github;
    if (args.values["release"] === true) {
      const token = ctx.env["GITHUB_TOKEN"];
      const [owner, repo] = (ctx.env["GITHUB_REPOSITORY"] ?? "").split("/");
      if (!token || !owner || !repo) throw new UsageError(`mergeml ${NAME7}: --release needs GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name) in the environment.`);
      github = { client: createGitHubClient({ token, baseUrl: apiUrlFromEnv(ctx.env) }), owner, repo, botLogin: ctx.env["MERGEML_BOT_LOGIN"] || ACTIONS_BOT_LOGIN };
    }
    const result2 = await promoteOnMerge(ports, {
      evidence,
      policy,
      branch: await targetBranch(args, ports.git),
      actor: actorOf(ctx),
      config: policy.config,
      ...stage !== void 0 ? { stage } : {},
      ...pr !== void 0 ? { pullRequest: { number: pr, openedAt: openedAt ?? null, headSha: s("pr-head-sha") ?? null, author: s("pr-author") ?? null } } : {},
      ...s("commit") !== void 0 ? { sourceCommit: s("commit") } : {},
      ...shardBytes !== void 0 ? { shardBytes } : {},
      ...github ? { github } : {}
    });
    const { modelCard: _card, manifest: _manifest, ...summary2 } = result2;
    if (args.values["json"] === true) printJson(ctx, summary2);
    else ctx.stdout(`${result2.created ? "registered" : "already registered"} ${result2.model} ${result2.version} (${result2.bump ?? "n/a"}): ${result2.tags.join(", ")}${result2.attempts > 1 ? ` after ${result2.attempts} attempts` : ""}
`);
    return EXIT.ok;
  }
};

// src/pipeline/promote.ts
async function assignStage(ports, request2, event, pick2) {
  requireAllowedStage(request2.policy, request2.stage);
  const { model, stage } = request2;
  const outcome = await publishChange(ports, { branch: request2.branch }, async ({ base, state }) => {
    const ms = requireModel(state, model);
    const version = await pick2(ms);
    const v = requireVersion(ms, version);
    const current = ms.stages[stage];
    if (event === "assign" && current?.version === v.version) return { kind: "done", result: { version: v.version, previous: v.version, tag: current.tag } };
    const files = await readVersionFiles(ports.git, model, v.version, v.commit);
    if (!gatesPassed(files)) throw new CheckFailedError(`refusing to assign ${model} ${v.version} to ${stage}: the gates recorded for this version failed (registry/${model}/${v.version}/gates.json). Nothing was written.`);
    ports.afterStep?.("verified");
    const previous = ms.stages[stage]?.version ?? null;
    const number2 = nextAssignmentNumber(ms);
    const tag = formatStageTag(model, stage, number2);
    const now = ports.clock.now();
    const trail = appendAuditEntry(await readAuditTrail(ports.git, model, base), {
      recorded_at: now,
      event: event === "rollback" ? "rolled_back" : "promoted",
      model,
      version: v.version,
      stage,
      commit: files.lineage.sourceCommit ?? v.commit,
      pull_request: files.lineage.pullRequest?.number ?? null,
      proposed_by: null,
      approved_by: [{ login: request2.approver, at: now }],
      merged_by: null,
      decisions: []
    }, auditTrailPath(model));
    const meta = {
      schemaVersion: 1,
      kind: "mergeml.registry-event",
      event,
      model,
      version: v.version,
      stage,
      actor: request2.actor,
      approver: request2.approver,
      pullRequest: files.lineage.pullRequest,
      sourceCommit: files.lineage.sourceCommit,
      registrationKey: null,
      bump: null,
      rollbackOf: event === "rollback" ? previous : null,
      reason: request2.reason ?? null
    };
    const subject = event === "rollback" ? `Roll back ${model} ${stage} from ${previous} to ${v.version}` : `Assign ${model} ${v.version} to ${stage}`;
    return {
      kind: "change",
      change: {
        files: [{ path: auditTrailPath(model), data: { bytes: new TextEncoder().encode(`${JSON.stringify(trail, null, 2)}
`) } }],
        tags: [{ name: tag, target: v.commit, message: formatTagMessage(subject, meta) }],
        commitMessage: `registry: ${subject.charAt(0).toLowerCase()}${subject.slice(1)}

Approved by ${request2.approver}.${request2.reason ? `
Reason: ${request2.reason}` : ""}
`,
        result: { version: v.version, previous, tag }
      }
    };
  });
  return { schemaVersion: 1, kind: "mergeml.registry-stage", event, model, stage, ...outcome.result, created: outcome.published, commit: outcome.commit ?? null, attempts: outcome.attempts };
}
async function promote(ports, request2) {
  return assignStage(ports, request2, "assign", async (ms) => requireVersion(ms, request2.version).version);
}

// src/cli/commands/registry-promote.ts
function approverOf(args, ctx, command) {
  const a = optionalString(args, "approver") || ctx.env["MERGEML_APPROVER"] || ctx.env["GITHUB_ACTOR"];
  if (!a) throw new UsageError(`mergeml ${command}: who approved it? Pass --approver LOGIN (or set MERGEML_APPROVER; GITHUB_ACTOR in a workflow).`);
  return a;
}
var registryPromoteCommand = {
  name: "registry promote",
  summary: "assign a registered version to a stage (new #stage#n tag + audit entry, with the approver)",
  help: `Usage: mergeml registry promote MODEL --version vX.Y.Z --stage NAME [--approver LOGIN] [--reason TEXT]
                                [--config mergeml.yaml] [--branch B] [--json]

Options:
  --version V       the registered version to assign
  --stage NAME      a stage listed in registry.stages of the project file
  --approver LOGIN  who approved (default MERGEML_APPROVER, then GITHUB_ACTOR)
  --reason TEXT     recorded in the tag metadata
  --json            JSON output (kind "mergeml.registry-stage", schemaVersion 1)

Exit codes: 0 assigned, 1 refused (the version's gates failed; nothing written), 2 usage/input error
(stage not allowed by policy, unknown model or version; nothing written).`,
  options: { version: { type: "string" }, stage: { type: "string" }, approver: { type: "string" }, reason: { type: "string" }, config: { type: "string" }, branch: { type: "string" }, json: { type: "boolean" } },
  positionals: { min: 1, max: 1 },
  async run(args, ctx) {
    const version = requireString(args, "version", this.name);
    const stage = requireString(args, "stage", this.name);
    const approver = approverOf(args, ctx, this.name);
    const policy = await loadRegistryPolicy(ctx.cwd, optionalString(args, "config"));
    const ports = await registryPorts(ctx);
    const reason = optionalString(args, "reason");
    const result2 = await promote(ports, { model: args.positionals[0], version, stage, policy, branch: await targetBranch(args, ports.git), actor: actorOf(ctx), approver, ...reason ? { reason } : {} });
    if (args.values["json"] === true) printJson(ctx, result2);
    else if (!result2.created) ctx.stdout(`${result2.model} ${result2.version} is already at ${result2.stage} (${result2.tag}); nothing to do
`);
    else ctx.stdout(`assigned ${result2.model} ${result2.version} to ${result2.stage} (${result2.tag}; was ${result2.previous ?? "empty"})
`);
    return EXIT.ok;
  }
};

// src/pipeline/rollback.ts
async function rollback(ports, request2) {
  return assignStage(ports, request2, "rollback", async (ms) => {
    const current = ms.stages[request2.stage];
    if (current === void 0) throw new InputError(`${request2.model} has nothing at ${request2.stage} to roll back`, [{ file: "git tags", message: `no current ${request2.model}#${request2.stage}#\u2026 assignment`, expected: "a stage with a current version" }]);
    const passed = /* @__PURE__ */ new Map();
    for (const v of ms.versions) passed.set(v.version, await readVersionFiles(ports.git, ms.model, v.version, v.commit).then(gatesPassed, () => false));
    const eligible = (v) => passed.get(v) === true;
    if (request2.version !== void 0) {
      const problem = explicitRollbackProblem(ms, request2.stage, request2.version, eligible);
      if (problem !== void 0) throw new InputError(`cannot roll ${request2.model} ${request2.stage} back to ${request2.version}`, [{ file: current.tag, message: problem, expected: "a version that was at this stage before, is not there now and whose gates passed (nothing was written)" }]);
      return request2.version;
    }
    const target = previousGoodVersion(ms, request2.stage, eligible);
    if (target === void 0) throw new InputError(`no earlier good version of ${request2.model} was ever at ${request2.stage}`, [{ file: current.tag, message: `${current.version} is the only version with a clean record at ${request2.stage}`, expected: "an earlier assignment of a version whose gates passed (nothing was written)" }]);
    return target;
  });
}

// src/cli/commands/registry-rollback.ts
var registryRollbackCommand = {
  name: "registry rollback",
  summary: "reassign a stage to the previous good version (new #stage#n tag + audit entry)",
  help: `Usage: mergeml registry rollback MODEL --stage NAME [--version V] [--approver LOGIN] [--reason TEXT] [--config F] [--branch B] [--json]

The previous good version is the latest earlier version at that stage that was not itself rolled away
from and whose recorded gates passed. With --version, the stage goes back to that version instead: it must
have been at the stage before, must not be there now, and its recorded gates must have passed.

Options:
  --stage NAME      the stage to roll back (e.g. production)
  --version V       the version to roll back to (default: the previous good version)
  --approver LOGIN  who approved (default MERGEML_APPROVER, then GITHUB_ACTOR)
  --reason TEXT     recorded in the tag metadata
  --json            JSON output (kind "mergeml.registry-stage", event "rollback", schemaVersion 1)

Exit codes: 0 rolled back, 2 nothing to roll back to, a --version that does not qualify, unknown model, stage not
allowed (nothing written).`,
  options: { stage: { type: "string" }, version: { type: "string" }, approver: { type: "string" }, reason: { type: "string" }, config: { type: "string" }, branch: { type: "string" }, json: { type: "boolean" } },
  positionals: { min: 1, max: 1 },
  async run(args, ctx) {
    const stage = requireString(args, "stage", this.name);
    const approver = approverOf(args, ctx, this.name);
    const policy = await loadRegistryPolicy(ctx.cwd, optionalString(args, "config"));
    const ports = await registryPorts(ctx);
    const reason = optionalString(args, "reason");
    const version = optionalString(args, "version");
    const result2 = await rollback(ports, { model: args.positionals[0], stage, policy, branch: await targetBranch(args, ports.git), actor: actorOf(ctx), approver, ...reason ? { reason } : {}, ...version ? { version } : {} });
    if (args.values["json"] === true) printJson(ctx, result2);
    else ctx.stdout(`rolled back ${result2.model} ${result2.stage} from ${result2.previous ?? "-"} to ${result2.version} (${result2.tag})
`);
    return EXIT.ok;
  }
};

// src/cli/commands/registry-kpis.ts
var registryKpisCommand = {
  name: "registry kpis",
  summary: "deployment frequency, lead time, change-failure rate and time to restore, from git history",
  help: `Usage: mergeml registry kpis [--model NAME] [--stage production] [--as-of ISO] [--json]

Options:
  --model NAME   only this model
  --stage NAME   the stage that counts as a deployment (default production)
  --as-of ISO    end of the frequency window (default: the model's latest registry event)
  --json         JSON output (kind "mergeml.registry-kpis", schemaVersion 1)

Exit codes: 0 computed, 2 unknown model, bad --as-of, or not a git repository.`,
  options: { model: { type: "string" }, stage: { type: "string" }, "as-of": { type: "string" }, json: { type: "boolean" } },
  async run(args, ctx) {
    const asOf = optionalString(args, "as-of");
    if (asOf !== void 0 && Number.isNaN(Date.parse(asOf))) throw new UsageError(`mergeml registry kpis: --as-of ${JSON.stringify(asOf)} is not an ISO-8601 time.`);
    const model = optionalString(args, "model");
    const result2 = await registryKpis(await openRegistryGit(ctx.cwd, ctx.env), { stage: optionalString(args, "stage") ?? "production", ...model ? { model } : {}, ...asOf ? { asOf } : {} });
    if (args.values["json"] === true) printJson(ctx, result2);
    else {
      const n = (v, d = 2) => v === null ? "n/a" : v.toFixed(d);
      ctx.stdout(textTable(["model", "deployments", "per week", "lead time h (median)", "change-failure rate", "time to restore h (median)"], result2.models.map((m) => [m.model, String(m.deployments), n(m.deploymentsPerWeek), n(m.leadTimeHours.median), n(m.changeFailureRate), n(m.timeToRestoreHours.median)])));
    }
    return EXIT.ok;
  }
};

// src/cli/commands/registry-pull.ts
import { resolve as resolve21 } from "node:path";
var registryPullCommand = {
  name: "registry pull",
  summary: "write a registered version's model artifact to a folder, every file sha256-verified first",
  help: `Usage: mergeml registry pull MODEL (--version vX.Y.Z | --stage NAME) --out DIR [--assets DIR] [--json]

Writes the model files of the version (or of the version currently at the stage) with a manifest.json, the
layout of \`mergeml train\` output, so \`mergeml predict\` and \`mergeml evaluate\` can use it. Every file is
checked against its sha256 in the version's registry manifest before the folder is put in place.

Options:
  --version V    the version to pull
  --stage NAME   the version currently at this stage
  --out DIR      new or empty folder to write
  --assets DIR   downloaded release assets (for versions stored as release assets)
  --json         JSON output (kind "mergeml.registry-pull", schemaVersion 1)

Exit codes: 0 written, 1 a file does not match its sha256 (nothing written), 2 usage or input error.`,
  options: { version: { type: "string" }, stage: { type: "string" }, out: { type: "string" }, assets: { type: "string" }, json: { type: "boolean" } },
  positionals: { min: 1, max: 1 },
  async run(args, ctx) {
    const version = optionalString(args, "version");
    const stage = optionalString(args, "stage");
    if (version === void 0 === (stage === void 0)) throw new UsageError("mergeml registry pull: give exactly one of --version and --stage.");
    const assets = optionalString(args, "assets");
    const result2 = await pullVersion(await openRegistryGit(ctx.cwd, ctx.env), {
      model: args.positionals[0],
      outDir: resolve21(ctx.cwd, requireString(args, "out", this.name)),
      ...version ? { version } : {},
      ...stage ? { stage } : {},
      ...assets ? { assetsDir: resolve21(ctx.cwd, assets) } : {}
    });
    if (args.values["json"] === true) printJson(ctx, result2);
    else ctx.stdout(`${result2.model} ${result2.version}: ${result2.files.length} files verified and written to ${result2.outDir}
`);
    return EXIT.ok;
  }
};

// src/cli/commands/run.ts
import { execFile as execFile3 } from "node:child_process";
import { join as join26, resolve as resolve22 } from "node:path";

// src/pipeline/run/registry-champions.ts
import { rm as rm6 } from "node:fs/promises";
import { join as join22 } from "node:path";
function championVersion(ms, stages) {
  const live = ms.versions.filter((v) => !v.deregistered);
  for (const stage of [...stages].reverse()) {
    const a = ms.stages[stage];
    const v = a?.version ? live.find((x) => x.version === a.version) : void 0;
    if (v) return { version: v, where: `at ${stage}` };
  }
  const latest = live[live.length - 1];
  return latest ? { version: latest, where: "latest registered, no stage" } : null;
}
function registryChampionStore(ports, options2) {
  const register2 = async (model, evidence, wantStage) => {
    const ev = await readEvidence({ artifact: evidence.artifact, metrics: evidence.metrics, gates: evidence.gates, ...evidence.fairness ? { fairness: evidence.fairness } : {} });
    const stage = options2.policy.stages[0];
    const assign = wantStage && stage !== void 0 && ev.gates.passed;
    const r = await registerVersion(ports, {
      evidence: ev,
      policy: options2.policy,
      branch: options2.branch,
      actor: options2.actor,
      config: options2.policy.config,
      ...assign ? { stage } : {},
      ...evidence.commit ? { sourceCommit: evidence.commit } : {}
    });
    const what = `${r.created ? "registered" : "already registered as"} ${model} ${r.version} in the git registry (${r.tags.join(", ")})`;
    return assign ? `${what}, at ${stage}` : `${what}${wantStage && stage !== void 0 ? `; not assigned to ${stage} because its metric gates failed` : ""}`;
  };
  return {
    name: "the git registry",
    async find(model) {
      const ms = (await readRegistryState(ports.git)).models.find((m) => m.model === model);
      const pick2 = ms ? championVersion(ms, options2.policy.stages) : null;
      if (!pick2) return null;
      const { version: v, where } = pick2;
      const dir = join22(options2.cacheDir, model, v.version);
      await rm6(dir, { recursive: true, force: true });
      await pullVersion(ports.git, { model, version: v.version, outDir: dir });
      const algorithm = algorithmOfCard(await ports.git.readFile(v.commit, committedArtifactPath(model, v.version, "training-card.json")));
      const champion = { dir, label: `${algorithm} (${model} ${v.version}, ${where})`, source: "registry" };
      return champion;
    },
    bootstrap: (model, evidence) => register2(model, evidence, true),
    promote: (model, evidence) => register2(model, evidence, true)
  };
}

// src/pipeline/run.ts
import { readFile as readFile17 } from "node:fs/promises";
import { isAbsolute as isAbsolute7, join as join24, relative as relative11 } from "node:path";

// src/core/report/results-bundle.ts
import { z as z18 } from "zod";
var text2 = (max) => z18.string().max(max);
var sha3 = z18.string().regex(/^[0-9a-f]{40}$/, "a 40-character lowercase hex commit SHA");
var reportStatusSchema = z18.enum(["pass", "fail", "warn", "skip"]);
var cellSchema = z18.union([text2(500), z18.number(), z18.boolean(), z18.null()]);
var reportTableSchema = z18.object({
  title: text2(200).optional(),
  columns: z18.array(text2(200)).min(1).max(40),
  rows: z18.array(z18.object({ cells: z18.array(cellSchema).max(40), status: reportStatusSchema.optional() })).max(1e4),
  note: text2(2e3).optional()
});
var findingSchema = z18.object({
  id: text2(50),
  check: text2(200),
  column: text2(500).optional(),
  severity: z18.enum(["error", "warning"]),
  status: z18.enum(["pass", "fail", "skip"]),
  observed: z18.union([z18.number(), text2(500), z18.null()]),
  expected: z18.union([z18.number(), text2(500), z18.null()]),
  message: text2(2e3),
  examples: z18.array(z18.object({ file: text2(1e3), line: z18.number().int().nonnegative(), column: text2(500).optional(), value: z18.union([text2(500), z18.null()]).optional() })).max(20).default([])
});
var findingsSectionSchema = z18.object({
  status: reportStatusSchema.optional(),
  summary: text2(2e3).optional(),
  findings: z18.array(findingSchema).max(5e3).default([]),
  tables: z18.array(reportTableSchema).max(20).default([])
});
var gateSchema = z18.object({
  name: text2(200),
  status: reportStatusSchema,
  message: text2(2e3),
  observed: z18.union([z18.number(), text2(200), z18.null()]).optional(),
  threshold: z18.union([z18.number(), text2(200), z18.null()]).optional()
});
var metricRowSchema = z18.object({
  metric: text2(100),
  champion: z18.number().nullable(),
  challenger: z18.number().nullable(),
  delta: z18.number().nullable().optional(),
  deltaPct: z18.number().nullable().optional(),
  ci: z18.tuple([z18.number(), z18.number()]).nullable().optional(),
  higherIsBetter: z18.boolean().optional(),
  gate: z18.object({ status: reportStatusSchema, threshold: text2(200).optional() }).optional()
});
var metricsSectionSchema = z18.object({
  championLabel: text2(200).optional(),
  challengerLabel: text2(200).optional(),
  /** Confidence level of `ci`, e.g. 0.95. */
  ciLevel: z18.number().gt(0).lt(1).optional(),
  rows: z18.array(metricRowSchema).max(200)
});
var curveSchema = z18.object({ x: z18.array(z18.number()).max(2e3), y: z18.array(z18.number()).max(2e3) }).refine((c) => c.x.length === c.y.length, "x and y must have the same length");
var curvePairSchema = z18.object({ champion: curveSchema.nullable().optional(), challenger: curveSchema });
var chartsSectionSchema = z18.object({
  roc: curvePairSchema.optional(),
  precisionRecall: curvePairSchema.optional(),
  calibration: curvePairSchema.optional()
});
var fairnessSectionSchema = z18.object({
  status: reportStatusSchema.optional(),
  summary: text2(2e3).optional(),
  tables: z18.array(reportTableSchema).max(50).default([]),
  gates: z18.array(gateSchema).max(200).default([])
});
var complianceSectionSchema = z18.object({
  status: reportStatusSchema.optional(),
  framework: text2(200).optional(),
  items: z18.array(z18.object({ id: text2(100), requirement: text2(1e3), status: reportStatusSchema, evidence: text2(2e3).optional() })).max(500)
});
var trainingCardSchema = z18.object({
  fields: z18.array(z18.object({ name: text2(200), value: z18.union([text2(2e3), z18.number(), z18.boolean(), z18.null()]) })).max(200),
  tables: z18.array(reportTableSchema).max(20).default([]),
  notes: text2(5e3).optional()
});
var annotationSchema = z18.object({
  file: text2(1e3),
  line: z18.number().int().positive(),
  endLine: z18.number().int().positive().optional(),
  level: z18.enum(["notice", "warning", "failure"]),
  title: text2(255).optional(),
  message: text2(6e4)
});
var modelResultsSchema = z18.object({
  /** The model id from the project config; escaped when rendered, encoded in the comment marker. */
  name: text2(100).min(1),
  gates: z18.array(gateSchema).max(500).default([]),
  metrics: metricsSectionSchema.optional(),
  validation: findingsSectionSchema.optional(),
  drift: findingsSectionSchema.optional(),
  fairness: fairnessSectionSchema.optional(),
  compliance: complianceSectionSchema.optional(),
  trainingCard: trainingCardSchema.optional(),
  charts: chartsSectionSchema.optional(),
  annotations: z18.array(annotationSchema).max(1e3).default([])
});
var RESULTS_BUNDLE_SCHEMA_VERSION = 1;
var resultsBundleSchema = z18.object({
  schemaVersion: z18.literal(RESULTS_BUNDLE_SCHEMA_VERSION),
  kind: z18.literal("mergeml.results"),
  /** The pull request the results are for; required by the workflow_run report flow. */
  pullRequest: z18.object({ number: z18.number().int().positive(), headSha: sha3 }).optional(),
  /** Branch and commit the results were computed on (user-controlled: escaped when shown). */
  source: z18.object({ branch: text2(255).optional(), commit: sha3.optional() }).optional(),
  models: z18.array(modelResultsSchema).min(1).max(100).refine((models) => new Set(models.map((m) => m.name)).size === models.length, "model names must be unique")
});

// src/core/report/verdict.ts
var RANK = { skip: 0, pass: 1, warn: 2, fail: 3 };
function worst(statuses) {
  return statuses.reduce((acc, s) => s !== void 0 && RANK[s] > RANK[acc] ? s : acc, "pass");
}
function gateReasons(gates, status, prefix) {
  return gates.filter((g) => g.status === status).map((g) => `${prefix}${g.name}: ${g.message}`);
}
function allGates(model) {
  return [...model.gates, ...model.fairness?.gates ?? []];
}
function deriveVerdict(model) {
  const fails = [];
  const warns = [];
  fails.push(...gateReasons(model.gates, "fail", "gate "));
  fails.push(...gateReasons(model.fairness?.gates ?? [], "fail", "bias gate "));
  warns.push(...gateReasons(model.gates, "warn", "gate "));
  warns.push(...gateReasons(model.fairness?.gates ?? [], "warn", "bias gate "));
  for (const [label, section2] of [["data validation", model.validation], ["drift", model.drift]]) {
    if (!section2) continue;
    const blocking = section2.findings.filter((f2) => f2.status === "fail" && f2.severity === "error").length;
    const warning = section2.findings.filter((f2) => f2.status === "fail" && f2.severity === "warning").length;
    if (blocking > 0) fails.push(`${label}: ${blocking} blocking check${blocking === 1 ? "" : "s"} failed`);
    else if (section2.status === "fail") fails.push(`${label} failed`);
    if (warning > 0) warns.push(`${label}: ${warning} warning${warning === 1 ? "" : "s"}`);
  }
  const compliance = model.compliance;
  if (compliance) {
    const failed = compliance.items.filter((i) => i.status === "fail").length;
    if (failed > 0) fails.push(`compliance: ${failed} requirement${failed === 1 ? "" : "s"} not met`);
    else if (compliance.status === "fail") fails.push("compliance failed");
  }
  if (model.fairness?.status === "fail" && !model.fairness.gates.some((g) => g.status === "fail")) fails.push("fairness failed");
  const status = worst([fails.length > 0 ? "fail" : void 0, warns.length > 0 ? "warn" : void 0, model.fairness?.status === "warn" ? "warn" : void 0]);
  if (status === "fail") return { status, reasons: fails };
  if (status === "warn") return { status: "warn", reasons: warns.length > 0 ? warns : ["fairness has warnings"] };
  const passed = allGates(model).filter((g) => g.status === "pass").length;
  return { status: "pass", reasons: passed > 0 ? [`all ${passed} gate${passed === 1 ? "" : "s"} passed`] : ["no gate failed"] };
}

// src/core/html-report/escape-html.ts
var UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "`": "&#96;" };
function escapeHtml(text3) {
  return text3.replace(UNSAFE, "").replace(/[&<>"'`]/g, (c) => ENTITIES[c] ?? c);
}
function escapeHtmlCapped(text3, max = 500) {
  const chars = [...text3];
  return escapeHtml(chars.length > max ? `${chars.slice(0, max - 1).join("")}\u2026` : text3);
}

// src/core/html-report/format-values.ts
var ICONS2 = { pass: "\u2705", fail: "\u274C", warn: "\u26A0\uFE0F", skip: "\u23ED\uFE0F" };
var WORDS = { pass: "pass", fail: "fail", warn: "warning", skip: "skipped" };
function statusBadge(status) {
  return `<span class="st st-${status}">${ICONS2[status]} ${WORDS[status]}</span>`;
}
function formatCell2(cell) {
  if (cell === null || cell === void 0) return "\u2014";
  if (typeof cell === "number") return formatNumber(cell);
  if (typeof cell === "boolean") return cell ? "yes" : "no";
  return escapeHtmlCapped(cell, 500);
}

// src/core/html-report/svg-chart.ts
var W = 340;
var H = 300;
var M2 = { left: 48, right: 12, top: 28, bottom: 64 };
var PW = W - M2.left - M2.right;
var PH = H - M2.top - M2.bottom;
var CHAMPION_COLOR = "#1f77b4";
var CHALLENGER_COLOR = "#e8710a";
var px = (x) => (M2.left + Math.min(1, Math.max(0, x)) * PW).toFixed(1);
var py = (y) => (M2.top + (1 - Math.min(1, Math.max(0, y))) * PH).toFixed(1);
function points(curve) {
  const out = [];
  const n = Math.min(curve.x.length, curve.y.length);
  for (let i = 0; i < n; i++) {
    const x = curve.x[i];
    const y = curve.y[i];
    if (Number.isFinite(x) && Number.isFinite(y)) out.push([x, y]);
  }
  return out;
}
function series(curve, color, markers, dash = "") {
  if (!curve) return "";
  const pts = points(curve);
  if (pts.length === 0) return "";
  const line = `<polyline fill="none" stroke="${color}" stroke-width="2"${dash} points="${pts.map(([x, y]) => `${px(x)},${py(y)}`).join(" ")}"/>`;
  const dots = markers ? pts.map(([x, y]) => `<circle cx="${px(x)}" cy="${py(y)}" r="3" fill="${color}"/>`).join("") : "";
  return line + dots;
}
function grid() {
  const parts = [];
  for (let i = 0; i <= 5; i++) {
    const v = i / 5;
    parts.push(`<line x1="${px(0)}" y1="${py(v)}" x2="${px(1)}" y2="${py(v)}" stroke="#ddd"/>`, `<line x1="${px(v)}" y1="${py(0)}" x2="${px(v)}" y2="${py(1)}" stroke="#ddd"/>`);
    parts.push(`<text x="${px(v)}" y="${(M2.top + PH + 14).toFixed(1)}" text-anchor="middle" font-size="10">${v.toFixed(1)}</text>`);
    parts.push(`<text x="${(M2.left - 6).toFixed(1)}" y="${(Number(py(v)) + 3).toFixed(1)}" text-anchor="end" font-size="10">${v.toFixed(1)}</text>`);
  }
  parts.push(`<rect x="${M2.left}" y="${M2.top}" width="${PW}" height="${PH}" fill="none" stroke="#888"/>`);
  return parts.join("");
}
function legendItem(x, y, color, label, dash = "") {
  return `<line x1="${x}" y1="${y}" x2="${x + 18}" y2="${y}" stroke="${color}" stroke-width="2"${dash}/><text x="${x + 22}" y="${y + 3}" font-size="10">${escapeHtml(label)}</text>`;
}
function renderLineChart(spec) {
  const ref2 = spec.reference;
  const dashed = ' stroke-dasharray="4 3"';
  const legendY = H - 14;
  const legend = [
    ...spec.pair.champion ? [legendItem(M2.left, legendY, CHAMPION_COLOR, "champion")] : [],
    legendItem(M2.left + 85, legendY, CHALLENGER_COLOR, "challenger"),
    ...ref2 ? [legendItem(M2.left + 162, legendY, "#999", ref2.label, dashed)] : []
  ].join("");
  return [
    `<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(spec.title)}">`,
    `<title>${escapeHtml(spec.title)}</title>`,
    `<text x="${W / 2}" y="16" text-anchor="middle" font-size="13" font-weight="bold">${escapeHtml(spec.title)}</text>`,
    grid(),
    ref2 ? `<line x1="${px(ref2.from[0])}" y1="${py(ref2.from[1])}" x2="${px(ref2.to[0])}" y2="${py(ref2.to[1])}" stroke="#999"${dashed}/>` : "",
    series(spec.pair.champion, CHAMPION_COLOR, spec.markers === true),
    series(spec.pair.challenger, CHALLENGER_COLOR, spec.markers === true),
    `<text x="${(M2.left + PW / 2).toFixed(1)}" y="${(M2.top + PH + 30).toFixed(1)}" text-anchor="middle" font-size="11">${escapeHtml(spec.xLabel)}</text>`,
    `<text transform="translate(12 ${(M2.top + PH / 2).toFixed(1)}) rotate(-90)" text-anchor="middle" font-size="11">${escapeHtml(spec.yLabel)}</text>`,
    legend,
    "</svg>"
  ].join("");
}

// src/core/html-report/html-sections.ts
var MAX_TABLE_ROWS2 = 500;
var MAX_FINDINGS = 1e3;
function htmlTable(headers, rows2, rowClasses = []) {
  const head = `<tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr>`;
  const body = rows2.map((r, i) => `<tr${rowClasses[i] ? ` class="${rowClasses[i]}"` : ""}>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("\n");
  return `<table>
<thead>${head}</thead>
<tbody>
${body}
</tbody>
</table>`;
}
function more(total2, shown, what) {
  return total2 > shown ? `<p class="note">${total2 - shown} more ${what} not shown (see results.json).</p>` : "";
}
function renderTable(table) {
  const rows2 = table.rows.slice(0, MAX_TABLE_ROWS2);
  const hasStatus = rows2.some((r) => r.status !== void 0);
  const headers = hasStatus ? ["", ...table.columns] : [...table.columns];
  const cells = rows2.map((r) => {
    const c = table.columns.map((_, i) => formatCell2(r.cells[i]));
    return hasStatus ? [r.status ? statusBadge(r.status) : "", ...c] : c;
  });
  return [
    table.title ? `<h4>${escapeHtmlCapped(table.title, 200)}</h4>` : "",
    htmlTable(headers, cells, rows2.map((r) => r.status ? `row-${r.status}` : void 0)),
    more(table.rows.length, rows2.length, "rows"),
    table.note ? `<p class="note">${escapeHtmlCapped(table.note, 2e3)}</p>` : ""
  ].join("\n");
}
function renderGates(gates) {
  if (gates.length === 0) return '<p class="note">No gates configured.</p>';
  const rows2 = gates.map((g) => [statusBadge(g.status), escapeHtmlCapped(g.name, 200), formatCell2(g.observed ?? null), formatCell2(g.threshold ?? null), escapeHtmlCapped(g.message, 2e3)]);
  return htmlTable(["Status", "Gate", "Observed", "Threshold", "Reason"], rows2, gates.map((g) => `row-${g.status}`));
}
function renderMetrics(metrics) {
  const level = Math.round((metrics.ciLevel ?? 0.95) * 100);
  const rows2 = metrics.rows.map((r) => {
    const delta = r.delta ?? (r.champion !== null && r.challenger !== null ? r.challenger - r.champion : null);
    const pct = r.deltaPct ?? (delta !== null && r.champion !== null && r.champion !== 0 ? delta / Math.abs(r.champion) * 100 : null);
    const better = delta === null || delta === 0 || r.higherIsBetter === void 0 ? "" : delta > 0 === r.higherIsBetter ? ' class="better"' : ' class="worse"';
    const ci2 = r.ci ? `[${formatSigned(r.ci[0])}, ${formatSigned(r.ci[1])}]` : "\u2014";
    return [escapeHtmlCapped(r.metric, 100), formatNumber(r.champion), formatNumber(r.challenger), `<span${better}>${formatSigned(delta)}</span>`, formatSigned(pct, 2, "%"), ci2, r.gate ? statusBadge(r.gate.status) : ""];
  });
  const names2 = `<p>Champion: <b>${escapeHtmlCapped(metrics.championLabel ?? "none", 200)}</b> \xB7 challenger: <b>${escapeHtmlCapped(metrics.challengerLabel ?? "this run", 200)}</b></p>`;
  return names2 + htmlTable(["Metric", "Champion", "Challenger", "\u0394", "\u0394%", `${level}% CI of \u0394`, "Gate"], rows2);
}
function findingRows(findings) {
  const order = (f2) => f2.status === "fail" ? f2.severity === "error" ? 0 : 1 : f2.status === "skip" ? 2 : 3;
  const sorted = [...findings].sort((a, b) => order(a) - order(b)).slice(0, MAX_FINDINGS);
  const rows2 = sorted.map((f2) => {
    const status = f2.status === "fail" ? f2.severity === "error" ? "fail" : "warn" : f2.status;
    const example = f2.examples[0];
    const where = example ? `${escapeHtmlCapped(example.file, 200)}:${example.line}${example.value !== void 0 && example.value !== null ? ` <code>${escapeHtmlCapped(example.value, 100)}</code>` : ""}` : "";
    return [statusBadge(status), escapeHtml(f2.id), escapeHtmlCapped(f2.check, 200), escapeHtmlCapped(f2.column ?? "", 200), escapeHtmlCapped(f2.message, 2e3), where];
  });
  return htmlTable(["Status", "Id", "Check", "Column", "Message", "Example"], rows2, sorted.map((f2) => f2.status === "fail" ? `row-${f2.severity === "error" ? "fail" : "warn"}` : void 0)) + more(findings.length, sorted.length, "findings");
}
function renderFindings(section2) {
  const failed = section2.findings.filter((f2) => f2.status === "fail");
  const errors = failed.filter((f2) => f2.severity === "error").length;
  const counts = `<p>${section2.findings.length} checks: ${section2.findings.length - failed.length} passed or skipped, ${errors} blocking failure(s), ${failed.length - errors} warning(s).</p>`;
  return [section2.summary ? `<p>${escapeHtmlCapped(section2.summary, 2e3)}</p>` : "", counts, findingRows(section2.findings), ...section2.tables.map(renderTable)].join("\n");
}
function renderFairness(section2) {
  return [section2.summary ? `<p>${escapeHtmlCapped(section2.summary, 2e3)}</p>` : "", "<h4>Bias gates</h4>", renderGates(section2.gates), ...section2.tables.map(renderTable)].join("\n");
}
function renderCompliance(section2) {
  const met = section2.items.filter((i) => i.status === "pass").length;
  const rows2 = section2.items.map((i) => [statusBadge(i.status), escapeHtmlCapped(i.id, 100), escapeHtmlCapped(i.requirement, 1e3), escapeHtmlCapped(i.evidence ?? "", 2e3)]);
  return `<p>${section2.framework ? `${escapeHtmlCapped(section2.framework, 200)}: ` : ""}${met} of ${section2.items.length} requirements met.</p>
${htmlTable(["Status", "Id", "Requirement", "Evidence"], rows2, section2.items.map((i) => `row-${i.status}`))}`;
}
function renderTrainingCard(card) {
  return [
    htmlTable(["Field", "Value"], card.fields.map((f2) => [escapeHtmlCapped(f2.name, 200), formatCell2(f2.value)])),
    ...card.tables.map(renderTable),
    card.notes ? `<p class="note">${escapeHtmlCapped(card.notes, 5e3)}</p>` : ""
  ].join("\n");
}
function renderCharts(charts, championLabel, challengerLabel) {
  const svgs = [
    charts.roc ? renderLineChart({ title: "ROC curve", xLabel: "false positive rate", yLabel: "true positive rate", pair: charts.roc, reference: { from: [0, 0], to: [1, 1], label: "chance" } }) : "",
    charts.precisionRecall ? renderLineChart({ title: "Precision\u2013recall curve", xLabel: "recall", yLabel: "precision", pair: charts.precisionRecall }) : "",
    charts.calibration ? renderLineChart({ title: "Calibration", xLabel: "mean predicted probability", yLabel: "fraction of positives", pair: charts.calibration, reference: { from: [0, 0], to: [1, 1], label: "perfectly calibrated" }, markers: true }) : ""
  ].filter((s) => s !== "");
  if (svgs.length === 0) return '<p class="note">No curves (not a binary classifier with probabilities).</p>';
  const champion = charts.roc?.champion || charts.precisionRecall?.champion || charts.calibration?.champion ? `<span style="color:${CHAMPION_COLOR}">\u25A0</span> champion: ${escapeHtmlCapped(championLabel, 200)} \xB7 ` : "";
  return `<div class="charts">${svgs.join("\n")}</div>
<p class="note">${champion}<span style="color:${CHALLENGER_COLOR}">\u25A0</span> challenger: ${escapeHtmlCapped(challengerLabel, 200)}</p>`;
}

// src/core/html-report/render-html-report.ts
var CSS = `body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1100px;padding:16px 24px;color:#1f2328}
h1{font-size:22px}h2{font-size:19px;border-bottom:1px solid #d0d7de;padding-bottom:4px}h3{font-size:16px;margin-top:24px}h4{font-size:14px;margin:14px 0 6px}
table{border-collapse:collapse;margin:6px 0 10px;font-size:13px}th,td{border:1px solid #d0d7de;padding:3px 8px;text-align:left;vertical-align:top}th{background:#f6f8fa}
tr.row-fail td{background:#ffebe9}tr.row-warn td{background:#fff8c5}.better{color:#1a7f37}.worse{color:#cf222e}
.verdict{padding:10px 14px;border-radius:6px;margin:8px 0}.verdict-pass{background:#dafbe1}.verdict-warn{background:#fff8c5}.verdict-fail{background:#ffebe9}
.verdict h2{border:0;margin:0 0 4px}.note{color:#59636e;font-size:12px}.charts{display:flex;flex-wrap:wrap;gap:12px}svg.chart{background:#fff;border:1px solid #d0d7de}
code{background:#f6f8fa;padding:0 3px}details{margin:6px 0}summary{cursor:pointer;font-weight:600}`;
var WORD = { pass: "ready to merge", warn: "passes with warnings", fail: "blocked" };
function section(title, body, open4 = true) {
  return `<details${open4 ? " open" : ""}><summary><h3 style="display:inline">${escapeHtml(title)}</h3></summary>
${body}
</details>`;
}
function worstOf2(fail2, warn) {
  return fail2 ? "fail" : warn ? "warn" : "pass";
}
function areaVerdicts(model) {
  const findings = [...model.validation?.findings ?? [], ...model.drift?.findings ?? []];
  const failed = findings.filter((f2) => f2.status === "fail");
  const bias = model.fairness?.gates ?? [];
  const items = model.compliance?.items ?? [];
  return {
    data: model.validation || model.drift ? worstOf2(failed.some((f2) => f2.severity === "error"), failed.length > 0) : "skip",
    metrics: model.gates.length > 0 ? worstOf2(model.gates.some((g) => g.status === "fail"), model.gates.some((g) => g.status === "warn")) : "skip",
    fairness: model.fairness || model.compliance ? worstOf2(bias.some((g) => g.status === "fail") || items.some((i) => i.status === "fail") || model.fairness?.status === "fail", bias.some((g) => g.status === "warn") || items.some((i) => i.status === "warn") || model.fairness?.status === "warn") : "skip"
  };
}
function renderModel(model) {
  const verdict2 = deriveVerdict(model);
  const areas = areaVerdicts(model);
  const champion = model.metrics?.championLabel ?? "champion";
  const challenger = model.metrics?.challengerLabel ?? "challenger";
  const parts = [
    `<section class="model">`,
    `<div class="verdict verdict-${verdict2.status}"><h2>${statusBadge(verdict2.status)} ${escapeHtmlCapped(model.name, 100)} \u2014 ${WORD[verdict2.status]}</h2>`,
    `<p class="areas">${["data", "metrics", "fairness"].map((a) => `${a}: ${statusBadge(areas[a])}`).join(" \xB7 ")}</p>`,
    `<ul>${verdict2.reasons.map((r) => `<li>${escapeHtmlCapped(r, 1e3)}</li>`).join("")}</ul></div>`
  ];
  if (model.gates.length > 0) parts.push(section("Gates", renderGates(model.gates)));
  if (model.metrics) parts.push(section("Metrics: champion vs challenger", renderMetrics(model.metrics)));
  if (model.charts) parts.push(section("Curves", renderCharts(model.charts, champion, challenger)));
  if (model.validation) parts.push(section("Data validation", renderFindings(model.validation), model.validation.findings.some((f2) => f2.status === "fail")));
  if (model.drift) parts.push(section("Drift", renderFindings(model.drift), model.drift.findings.some((f2) => f2.status === "fail")));
  if (model.fairness) parts.push(section("Fairness", renderFairness(model.fairness)));
  if (model.compliance) parts.push(section("Compliance", renderCompliance(model.compliance)));
  if (model.trainingCard) parts.push(section("Training card", renderTrainingCard(model.trainingCard), false));
  parts.push("</section>");
  return parts.join("\n");
}
function renderHtmlReport(bundle, context = {}) {
  const title = context.title ?? "MergeML report";
  const src = bundle.source;
  const meta = [
    src?.branch ? `branch ${escapeHtmlCapped(src.branch, 255)}` : "",
    src?.commit ? `commit <code>${escapeHtml(src.commit.slice(0, 12))}</code>` : "",
    context.generatedAt ? `generated ${escapeHtml(context.generatedAt)}` : ""
  ].filter(Boolean);
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtmlCapped(title, 200)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    `<h1>${escapeHtmlCapped(title, 200)}</h1>`,
    meta.length > 0 ? `<p class="note">${meta.join(" \xB7 ")}</p>` : "",
    ...(context.notes ?? []).map((n) => `<p>${escapeHtmlCapped(n, 1e3)}</p>`),
    ...bundle.models.map(renderModel),
    "</body>",
    "</html>",
    ""
  ].filter((l) => l !== "").join("\n");
}

// src/core/report/section-mappers.ts
function findingsFrom(results) {
  return results.map((r) => ({
    id: r.id,
    check: r.check,
    ...r.column !== void 0 ? { column: r.column } : {},
    severity: r.severity,
    status: r.status,
    observed: r.observed,
    expected: r.expected,
    message: r.message,
    examples: r.examples.map((e) => ({ file: e.file, line: e.line, ...e.column !== void 0 ? { column: e.column } : {}, ...e.value !== void 0 ? { value: e.value } : {} }))
  }));
}
function chartsFrom(champion, challenger) {
  const charts = {};
  if (challenger.roc) charts.roc = { champion: champion?.roc ? { x: [...champion.roc.fpr], y: [...champion.roc.tpr] } : null, challenger: { x: [...challenger.roc.fpr], y: [...challenger.roc.tpr] } };
  if (challenger.precision_recall) {
    const c = champion?.precision_recall;
    charts.precisionRecall = { champion: c ? { x: [...c.recall], y: [...c.precision] } : null, challenger: { x: [...challenger.precision_recall.recall], y: [...challenger.precision_recall.precision] } };
  }
  if (challenger.calibration) {
    const c = champion?.calibration;
    charts.calibration = { champion: c ? { x: [...c.prob_pred], y: [...c.prob_true] } : null, challenger: { x: [...challenger.calibration.prob_pred], y: [...challenger.calibration.prob_true] } };
  }
  return charts;
}
function groupTable2(t) {
  const metrics = Object.keys(t.overall);
  return {
    title: t.attributes.join(" \xD7 "),
    columns: ["Group", "Count", ...metrics, "impact_ratio"],
    rows: [
      ...t.groups.map((g) => ({
        cells: [g.name, g.count, ...metrics.map((m) => g.metrics[m]?.value ?? null), g.impactRatio.value],
        ...g.small ? { status: "warn" } : {}
      })),
      { cells: ["(overall)", t.groups.reduce((n, g) => n + g.count, 0), ...metrics.map((m) => t.overall[m]?.value ?? null), null] }
    ],
    ...t.groups.some((g) => g.small) ? { note: "\u26A0\uFE0F marks groups smaller than the minimum group size." } : {}
  };
}
function disparityTable(t) {
  return {
    title: `${t.attributes.join(" \xD7 ")}: disparities`,
    columns: ["Metric", "Method", "Value", "Note"],
    rows: t.disparities.map((d) => ({ cells: [d.metric, d.method, d.value, d.note] }))
  };
}
function fairnessSectionFrom(report) {
  const gates = report.gates.map((g) => ({
    name: `${g.metric} (${g.attributes.join(" \xD7 ")}${g.method ? `, ${g.method}` : ""})`,
    status: g.status,
    message: g.reasons.join(" ") || `${g.metric} = ${g.value ?? "undefined"}`,
    observed: g.value,
    threshold: g.threshold
  }));
  return { status: report.status, gates, tables: report.tables.flatMap((t) => [groupTable2(t), disparityTable(t)]) };
}

// src/pipeline/run/model-results.ts
var isDrift = (c) => c.id === "DRIFT";
function clip3(text3, max) {
  const chars = [...text3];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}\u2026` : text3;
}
function clippedFairness(section2) {
  return {
    ...section2,
    gates: section2.gates.map((g) => ({ ...g, name: clip3(g.name, 200), message: clip3(g.message, 2e3), ...typeof g.observed === "string" ? { observed: clip3(g.observed, 200) } : {} })),
    tables: section2.tables.map((t) => ({ ...t, rows: t.rows.map((r) => ({ ...r, cells: r.cells.map((c) => typeof c === "string" ? clip3(c, 500) : c) })), ...t.note !== void 0 ? { note: clip3(t.note, 2e3) } : {} }))
  };
}
function splitDrift(checks) {
  return { data: checks.filter((c) => !isDrift(c)), drift: checks.filter(isDrift) };
}
function metricGates(report) {
  if (!report) return [];
  const seen = /* @__PURE__ */ new Map();
  return report.results.map((r) => {
    const t = r.gate.threshold;
    const base = `${r.metric}${t !== void 0 ? ` ${r.greater_is_better ? "\u2265" : "\u2264"} ${t}` : ""} (${r.severity})`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
      name: n === 1 ? base : `${base}, ${n}`,
      status: r.status,
      message: clip3(r.reasons.join("; ") || `${r.metric} = ${r.challenger ?? "undefined"}`, 2e3),
      observed: r.challenger,
      threshold: t ?? null
    };
  });
}
function gateFor(metric2, report) {
  const results = report?.results.filter((r) => r.metric === metric2) ?? [];
  if (results.length === 0) return void 0;
  const status = results.some((r) => r.status === "fail") ? "fail" : results.some((r) => r.status === "warn") ? "warn" : "pass";
  const threshold = results.map((r) => r.gate.threshold).find((t) => t !== void 0);
  return { status, ...threshold !== void 0 ? { threshold: String(threshold) } : {} };
}
function metricsSection2(o) {
  if (o.comparison) {
    return {
      championLabel: o.championLabel ?? "champion",
      challengerLabel: o.challengerLabel,
      ciLevel: o.comparison.bootstrap.confidence,
      rows: o.comparison.metrics.map((r) => {
        const gate = gateFor(r.metric, o.gates);
        return {
          metric: r.metric,
          champion: r.champion,
          challenger: r.challenger,
          delta: r.delta,
          deltaPct: r.relative_delta === null ? null : r.relative_delta * 100,
          ci: r.ci.low !== null && r.ci.high !== null ? [r.ci.low, r.ci.high] : null,
          higherIsBetter: r.greater_is_better,
          ...gate ? { gate } : {}
        };
      })
    };
  }
  return {
    championLabel: o.championLabel ?? "none yet",
    challengerLabel: o.challengerLabel,
    rows: Object.entries(o.metrics.overall.metrics).map(([metric2, value2]) => {
      const gate = gateFor(metric2, o.gates);
      return { metric: metric2, champion: null, challenger: value2, ...gate ? { gate } : {} };
    })
  };
}
function validationSection(o) {
  const findings = o.validation.flatMap((v) => findingsFrom(v.checks).map((f2) => ({ ...f2, message: clip3(`${v.file}: ${f2.message}`, 2e3) })));
  const blocking = findings.filter((f2) => f2.status === "fail" && f2.severity === "error").length;
  return {
    status: blocking > 0 ? "fail" : findings.some((f2) => f2.status === "fail") ? "warn" : "pass",
    summary: `${o.validation.map((v) => `${v.file}: ${v.checks.length} checks`).join("; ")}.`,
    findings,
    tables: []
  };
}
function complianceSection(f2) {
  const items = f2.compliance.checks.map((c) => ({
    id: c.id,
    requirement: clip3(c.message, 1e3),
    status: c.status === "fail" ? c.severity === "error" ? "fail" : "warn" : c.status,
    evidence: `${c.check}${c.column ? ` \xB7 ${c.column}` : ""}${c.observed !== null ? ` \xB7 observed ${String(c.observed)}` : ""}`.slice(0, 2e3)
  }));
  return { status: f2.compliance.status, framework: "Regulation B (ECOA)", items };
}
function trainingCard(o) {
  const card = o.trainingCard;
  const t = o.train;
  const fields = [
    { name: "model", value: t.model },
    { name: "algorithm", value: JSON.stringify(card.config?.train?.model ?? null) },
    { name: "trainer", value: t.trainer },
    { name: "backend", value: t.backend ? `${t.backend.name} (${t.backend.device})` : null },
    { name: "seed", value: t.seed },
    { name: "epochs run", value: t.epochs },
    { name: "train data", value: card.data?.train ? `${card.data.train.file ?? ""} (${card.data.train.rows ?? "?"} rows, sha256 ${card.data.train.sha256 ?? "?"})` : null },
    { name: "test data", value: card.data?.test ? `${card.data.test.file ?? ""} (${card.data.test.rows ?? "?"} rows, sha256 ${card.data.test.sha256 ?? "?"})` : null },
    { name: "code commit", value: card.code?.commit ?? null },
    { name: "weights sha256", value: t.weightsSha256 },
    { name: "training time (s)", value: Number(t.durations.trainSeconds.toFixed(2)) }
  ];
  return { fields, tables: [], ...o.notes.length > 0 ? { notes: o.notes.join(" ") } : {} };
}
function modelResultsFrom(o) {
  const curves = o.metrics.curves;
  return {
    name: o.name,
    gates: metricGates(o.gates),
    metrics: metricsSection2(o),
    validation: validationSection(o),
    ...o.drift ? { drift: { status: o.drift.some((c) => c.status === "fail" && c.severity === "error") ? "fail" : o.drift.some((c) => c.status === "fail") ? "warn" : "pass", summary: `${o.drift.length} drift verdicts against ${o.driftAgainst ?? "the reference"}.`, findings: findingsFrom(o.drift), tables: [] } } : {},
    ...o.fairness ? { fairness: clippedFairness(fairnessSectionFrom(o.fairness.fairness)), compliance: complianceSection(o.fairness) } : {},
    trainingCard: trainingCard(o),
    ...curves ? { charts: chartsFrom(o.championMetrics?.curves ?? null, curves) } : {},
    annotations: []
  };
}

// src/pipeline/run/validate-step.ts
import { relative as relative10 } from "node:path";
function displayPath(path, cwd) {
  const rel = relative10(cwd, path);
  return rel === "" || rel.startsWith("..") ? path : rel;
}
function driftOptions(model) {
  const d = model.policy.drift;
  if (!d) return void 0;
  return {
    stattest: d.stattest ?? "auto",
    driftShare: d.drift_share ?? 0.5,
    severity: d.severity ?? "warning",
    ...d.threshold !== void 0 ? { threshold: d.threshold } : {},
    ...d.columns ? { columns: d.columns } : {}
  };
}
function validateOptionsFor(model, split, cwd) {
  const data = model.data.find((d2) => d2.role === split);
  if (data === void 0) return void 0;
  const reference = split === "test" ? model.data.find((d2) => d2.role === "reference") : void 0;
  const d = model.config.data;
  const policy = model.policy;
  const drift = driftOptions(model);
  return {
    data: { path: data.path, file: data.file },
    read: { ...d.format ? { format: d.format } : {}, ...d.delimiter ? { delimiter: d.delimiter } : {}, ...d.null_values ? { nullValues: d.null_values } : {} },
    ...model.contract !== void 0 ? { contract: { path: model.contract, file: model.contractFile ?? displayPath(model.contract, cwd) } } : {},
    checks: policy.data_checks,
    policies: policy.names,
    ...reference ? { reference: { path: reference.path, file: reference.file } } : {},
    ...drift ? { drift } : {},
    label: model.config.target,
    features: model.config.features,
    ...split === "train" ? { protected: model.config.protected.map((p) => ({ column: p.column, basis: p.basis })) } : {},
    ...policy.proxies ? { proxies: policy.proxies } : {}
  };
}

// src/pipeline/run/run-outputs.ts
import { join as join23 } from "node:path";

// src/core/report/findings-section.ts
function findingStatus(f2) {
  if (f2.status === "fail") return f2.severity === "error" ? "fail" : "warn";
  return f2.status;
}
function value(v) {
  return typeof v === "number" ? formatNumber(v) : v === null ? "\u2014" : escapeValue(v, 120);
}
function findingRows2(findings) {
  return findings.map((f2) => {
    const ex = f2.examples[0];
    return [
      statusIcon(findingStatus(f2)),
      `${escapeValue(f2.id, 20)} ${escapeValue(f2.check, 60)}`,
      f2.column === void 0 ? "\u2014" : escapeValue(f2.column, 80),
      value(f2.observed),
      value(f2.expected),
      escapeValue(f2.message, 300),
      ex ? `${escapeValue(ex.file, 120)}:${ex.line}` : "\u2014"
    ];
  });
}
var HEADERS2 = ["", "Check", "Column", "Observed", "Expected", "Detail", "First example"];
function renderFindingsSection(id, section2, limits) {
  const title = id === "validation" ? "Data validation" : "Drift";
  const failed = section2.findings.filter((f2) => f2.status === "fail");
  const ordered = [...failed.filter((f2) => f2.severity === "error"), ...failed.filter((f2) => f2.severity === "warning")];
  const passed = section2.findings.filter((f2) => f2.status === "pass");
  const skipped2 = section2.findings.filter((f2) => f2.status === "skip").length;
  const errors = ordered.filter((f2) => f2.severity === "error").length;
  const parts = [];
  parts.push(`${section2.findings.length} check${section2.findings.length === 1 ? "" : "s"}: ${passed.length} passed, ${errors} failed, ${ordered.length - errors} warnings, ${skipped2} skipped.`);
  if (section2.summary) parts.push("", escapeValue(section2.summary, 2e3));
  if (ordered.length > 0) {
    const shown = ordered.slice(0, limits.findings);
    const table = markdownTable2(HEADERS2, findingRows2(shown));
    const more2 = ordered.length > shown.length ? `

_${ordered.length - shown.length} more findings not shown; see the job summary._` : "";
    parts.push("", shown.length > 10 ? details(`${ordered.length} findings`, table + more2, true) : table + more2);
  }
  if (passed.length > 0) {
    const shown = passed.slice(0, limits.findings);
    const more2 = passed.length > shown.length ? `

_${passed.length - shown.length} more not shown._` : "";
    parts.push("", details(`${passed.length} passed checks`, markdownTable2(HEADERS2, findingRows2(shown)) + more2));
  }
  for (const table of section2.tables) {
    parts.push("", details(table.title ?? `${title} table`, renderReportTable({ ...table, title: void 0 }, limits.tableRows)));
  }
  return { id, title, priority: id === "validation" ? 70 : 60, markdown: parts.join("\n") };
}

// src/core/report/metrics-section.ts
function metricDelta(row) {
  if (row.delta !== void 0) return row.delta;
  return row.champion === null || row.challenger === null ? null : row.challenger - row.champion;
}
function metricDeltaPct(row) {
  if (row.deltaPct !== void 0) return row.deltaPct;
  const delta = metricDelta(row);
  return delta === null || row.champion === null || row.champion === 0 ? null : delta / Math.abs(row.champion) * 100;
}
function direction(row, delta) {
  if (delta === null || delta === 0 || row.higherIsBetter === void 0) return "";
  return delta > 0 === row.higherIsBetter ? " \u{1F7E2}" : " \u{1F534}";
}
function renderMetricsSection(metrics) {
  const level = metrics.ciLevel ?? 0.95;
  const headers = ["Metric", metrics.championLabel ?? "Champion", metrics.challengerLabel ?? "Challenger", "\u0394", "\u0394%", `CI ${Math.round(level * 100)}% (\u0394)`, "Gate"];
  const rows2 = metrics.rows.map((r) => {
    const delta = metricDelta(r);
    const ci2 = r.ci ? `[${formatSigned(r.ci[0])}, ${formatSigned(r.ci[1])}]` : "\u2014";
    const gate = r.gate ? `${statusIcon(r.gate.status)}${r.gate.threshold ? ` ${escapeValue(r.gate.threshold, 100)}` : ""}` : "\u2014";
    return [
      escapeValue(r.metric, 100),
      formatNumber(r.champion),
      formatNumber(r.challenger),
      `${formatSigned(delta)}${direction(r, delta)}`,
      formatSigned(metricDeltaPct(r), 2, "%"),
      ci2,
      gate
    ];
  });
  const markdown = rows2.length === 0 ? "_No metrics were computed._" : markdownTable2(headers, rows2);
  return { id: "metrics", title: "Metrics: champion vs challenger", priority: 90, markdown };
}
function renderGatesSection(gates) {
  const rows2 = gates.map((g) => [
    statusIcon(g.status),
    escapeValue(g.name, 100),
    typeof g.observed === "number" ? formatNumber(g.observed) : g.observed ? escapeValue(g.observed, 100) : "\u2014",
    typeof g.threshold === "number" ? formatNumber(g.threshold) : g.threshold ? escapeValue(g.threshold, 100) : "\u2014",
    escapeValue(g.message, 300)
  ]);
  return { id: "gates", title: "Gates", priority: 95, markdown: markdownTable2(["", "Gate", "Observed", "Threshold", "Detail"], rows2) };
}

// src/core/report/governance-sections.ts
function renderFairnessSection(fairness, limits) {
  const parts = [];
  if (fairness.summary) parts.push(escapeValue(fairness.summary, 2e3), "");
  if (fairness.gates.length > 0) parts.push("**Bias gates**", "", renderGatesSection(fairness.gates).markdown);
  else parts.push("_No bias gates configured._");
  for (const table of fairness.tables) {
    parts.push("", details(table.title ?? "Fairness table", renderReportTable({ ...table, title: void 0 }, limits.tableRows)));
  }
  return { id: "fairness", title: "Fairness", priority: 80, markdown: parts.join("\n") };
}
function renderComplianceSection(compliance, limits) {
  const met = compliance.items.filter((i) => i.status === "pass").length;
  const shown = compliance.items.slice(0, limits.checklist);
  const rows2 = shown.map((i) => [statusIcon(i.status), escapeValue(i.id, 60), escapeValue(i.requirement, 300), i.evidence ? escapeValue(i.evidence, 300) : "\u2014"]);
  const head = `${compliance.framework ? `${escapeValue(compliance.framework, 200)}: ` : ""}${met} of ${compliance.items.length} requirements met.`;
  const table = markdownTable2(["", "Id", "Requirement", "Evidence"], rows2);
  const more2 = compliance.items.length > shown.length ? `

_${compliance.items.length - shown.length} more items not shown._` : "";
  const body = rows2.length > 10 ? details("Checklist", table + more2, compliance.items.some((i) => i.status === "fail")) : table + more2;
  return { id: "compliance", title: "Compliance", priority: 50, markdown: `${head}

${body}` };
}
function renderTrainingCard2(card, limits) {
  const parts = [markdownTable2(["Field", "Value"], card.fields.map((f2) => [escapeValue(f2.name, 100), formatCell(f2.value)]))];
  for (const table of card.tables) parts.push("", renderReportTable(table, limits.tableRows));
  if (card.notes) parts.push("", escapeValue(card.notes, 5e3));
  return { id: "training", title: "Training card", priority: 30, markdown: details("Training card", parts.join("\n")) };
}

// src/core/report/mermaid-charts.ts
var CHART_GRID = Array.from({ length: 21 }, (_x, i) => i / 20);
function points2(curve) {
  return curve.x.map((x, i) => ({ x, y: curve.y[i] ?? Number.NaN })).filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)).sort((a, b) => a.x - b.x || a.y - b.y);
}
function resampleCurve(curve, grid2, mode) {
  const pts = points2(curve);
  if (pts.length === 0) return grid2.map(() => null);
  return grid2.map((g) => {
    if (mode === "precision-recall") {
      const ys = pts.filter((p) => p.x >= g - 1e-12).map((p) => p.y);
      return ys.length > 0 ? Math.max(...ys) : 0;
    }
    const first2 = pts[0];
    const last = pts[pts.length - 1];
    if (g <= first2.x) return mode === "roc" && g < first2.x ? 0 : Math.max(...pts.filter((p) => p.x === first2.x).map((p) => p.y));
    if (g >= last.x) return last.y;
    const exact = pts.filter((p) => p.x === g);
    if (exact.length > 0) return Math.max(...exact.map((p) => p.y));
    let i = 0;
    while (i + 1 < pts.length && pts[i + 1].x < g) i++;
    const a = pts[i];
    const b = pts[i + 1];
    return a.y + (b.y - a.y) * (g - a.x) / (b.x - a.x);
  });
}
var CHARTS = [
  { key: "roc", title: "ROC curve", xLabel: "False positive rate", yLabel: "True positive rate", mode: "roc", reference: (x) => x, referenceName: "chance" },
  { key: "precisionRecall", title: "Precision-recall curve", xLabel: "Recall", yLabel: "Precision", mode: "precision-recall" },
  { key: "calibration", title: "Calibration curve", xLabel: "Mean predicted probability", yLabel: "Fraction of positives", mode: "linear", reference: (x) => x, referenceName: "perfectly calibrated" }
];
var COLORS = { reference: "#9e9e9e", champion: "#1f77b4", challenger: "#ff7f0e" };
function chartLine(values) {
  return `    line [${values.map((v) => (v === null ? 0 : Math.min(1, Math.max(0, v))).toFixed(3)).join(", ")}]`;
}
function renderChart(spec, pair) {
  const champion = pair.champion ? resampleCurve(pair.champion, CHART_GRID, spec.mode) : void 0;
  const challenger = resampleCurve(pair.challenger, CHART_GRID, spec.mode);
  const reference = spec.reference ? CHART_GRID.map(spec.reference) : void 0;
  const series2 = [
    ...reference ? [{ name: spec.referenceName ?? "reference", color: COLORS.reference, values: reference }] : [],
    ...champion ? [{ name: "champion", color: COLORS.champion, values: champion }] : [],
    { name: "challenger", color: COLORS.challenger, values: challenger }
  ];
  const mermaid = [
    "```mermaid",
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${series2.map((s) => s.color).join(", ")}"}}}}%%`,
    "xychart-beta",
    `    title "${spec.title}"`,
    `    x-axis "${spec.xLabel}" [${CHART_GRID.map((g) => `"${g.toFixed(2)}"`).join(", ")}]`,
    `    y-axis "${spec.yLabel}" 0 --> 1`,
    ...series2.map((s) => chartLine(s.values)),
    "```"
  ].join("\n");
  const legend = `_Lines: ${series2.map((s) => `${s.name} (${s.color === COLORS.reference ? "grey" : s.color === COLORS.champion ? "blue" : "orange"})`).join(", ")}; resampled at x = 0, 0.05, \u2026, 1._`;
  const headers = [spec.xLabel, ...champion ? ["Champion"] : [], "Challenger"];
  const fixed = (v) => v === null || v === void 0 ? "\u2014" : v.toFixed(3);
  const rows2 = CHART_GRID.map((g, i) => [g.toFixed(2), ...champion ? [fixed(champion[i])] : [], fixed(challenger[i])]);
  return [`**${spec.title}**`, "", mermaid, "", legend, "", details(`${spec.title}: table`, markdownTable2(headers, rows2))].join("\n");
}
function renderChartsSection(charts) {
  const blocks = CHARTS.flatMap((spec) => {
    const pair = charts[spec.key];
    return pair ? [renderChart(spec, pair)] : [];
  });
  if (blocks.length === 0) return void 0;
  return { id: "charts", title: "Curves", priority: 40, markdown: details("ROC, precision-recall and calibration curves", blocks.join("\n\n"), true) };
}

// src/core/report/report-section.ts
var COMMENT_ROW_LIMITS = { findings: 25, tableRows: 30, checklist: 50 };

// src/core/report/compose-report.ts
var COMMENT_BUDGET_CHARS = 6e4;
var MAX_REASONS = 10;
function markerValue(value2) {
  return encodeURIComponent(value2).replace(/--/g, "-%2D");
}
function reportMarker(model, workflow) {
  return `<!-- mergeml:report model=${markerValue(model)} workflow=${markerValue(workflow)} -->`;
}
function renderSections(model, limits = COMMENT_ROW_LIMITS) {
  const sections = [
    model.gates.length > 0 ? renderGatesSection(model.gates) : void 0,
    model.metrics ? renderMetricsSection(model.metrics) : void 0,
    model.validation ? renderFindingsSection("validation", model.validation, limits) : void 0,
    model.drift ? renderFindingsSection("drift", model.drift, limits) : void 0,
    model.fairness ? renderFairnessSection(model.fairness, limits) : void 0,
    model.compliance ? renderComplianceSection(model.compliance, limits) : void 0,
    model.charts ? renderChartsSection(model.charts) : void 0,
    model.trainingCard ? renderTrainingCard2(model.trainingCard, limits) : void 0
  ];
  return sections.filter((s) => s !== void 0);
}
function renderHeadline(model, verdict2, context, level = 2) {
  const word = verdict2.status === "pass" ? "ready to merge" : verdict2.status === "warn" ? "passes with warnings" : "blocked";
  const lines = [`${"#".repeat(level)} ${statusIcon(verdict2.status)} MergeML: ${escapeValue(model.name, 100)} \u2014 ${word}`, ""];
  const shown = verdict2.reasons.slice(0, MAX_REASONS);
  lines.push(...shown.map((r) => `- ${escapeValue(r, 300)}`));
  if (verdict2.reasons.length > shown.length) lines.push(`- \u2026and ${verdict2.reasons.length - shown.length} more`);
  const src = context.source;
  if (src?.branch || src?.commit) {
    const parts = [src.branch ? `branch ${escapeValue(src.branch, 120)}` : "", src.commit ? `commit ${escapeValue(src.commit.slice(0, 12))}` : ""].filter(Boolean);
    lines.push("", `<sub>${parts.join(" \xB7 ")} \xB7 workflow ${escapeValue(context.workflow, 120)}</sub>`);
  }
  return lines.join("\n");
}
function isSafeUrl(url) {
  return url !== void 0 && /^https?:\/\/[^\s()<>"'`]+$/.test(url);
}
function truncationNotice(cut, summaryUrl) {
  const names2 = cut.map((s) => s.title).join(", ");
  const where = isSafeUrl(summaryUrl) ? `the [job summary](${summaryUrl})` : "the job summary of this run";
  return `> [!NOTE]
> This report was shortened to stay under GitHub's comment size limit. Left out: ${names2}. The full report is in ${where}.`;
}
function assemble(parts) {
  return `${parts.filter((p) => p.length > 0).join("\n\n")}
`;
}
function fitSections(head, sections, budget, summaryUrl, measure = (s) => s.length) {
  const blocks = sections.map((s) => ({ section: s, text: `### ${s.title}

${s.markdown}` }));
  const render = (kept2, cut2) => assemble([head, ...cut2.length > 0 ? [truncationNotice(cut2, summaryUrl)] : [], ...kept2.map((b) => b.text)]);
  const sizes = new Map(blocks.map((b) => [b, measure(b.text) + 2]));
  let kept = [...blocks];
  const cut = [];
  const total2 = () => measure(head) + 1 + (cut.length > 0 ? measure(truncationNotice(cut, summaryUrl)) + 2 : 0) + kept.reduce((n, b) => n + (sizes.get(b) ?? 0), 0);
  const removed = [];
  while (total2() > budget && kept.length > 0) {
    const victim = kept.reduce((low, b) => b.section.priority < low.section.priority ? b : low);
    kept = kept.filter((b) => b !== victim);
    removed.push(victim);
    cut.push(victim.section);
  }
  for (const block of [...removed].sort((a, b) => b.section.priority - a.section.priority)) {
    const restoredCut = cut.filter((c) => c !== block.section);
    const trial = kept.concat(block);
    const size = measure(head) + 1 + (restoredCut.length > 0 ? measure(truncationNotice(restoredCut, summaryUrl)) + 2 : 0) + trial.reduce((n, b) => n + (sizes.get(b) ?? 0), 0);
    if (size <= budget) {
      kept = blocks.filter((b) => trial.includes(b));
      cut.splice(cut.indexOf(block.section), 1);
    }
  }
  const body = render(kept, cut);
  if (measure(body) > budget) throw new InternalError(`report head alone exceeds the budget of ${budget}`);
  return { body, cut };
}
function composeModelComment(model, context, budget = COMMENT_BUDGET_CHARS) {
  const verdict2 = deriveVerdict(model);
  const marker = reportMarker(model.name, context.workflow);
  const head = `${marker}
${renderHeadline(model, verdict2, context)}`;
  const { body, cut } = fitSections(head, renderSections(model), budget, context.summaryUrl);
  return { marker, body, verdict: verdict2, cutSections: cut.map((s) => s.id) };
}

// src/pipeline/run/run-outputs.ts
var COMMENT_SEPARATOR = "\n<!-- mergeml: next model comment -->\n\n";
function writeRunOutputs(outDir, bundle, run2, context) {
  const files = {
    results: join23(outDir, "results.json"),
    comment: join23(outDir, "comment.md"),
    comments: Object.fromEntries(bundle.models.map((m) => [m.name, join23(outDir, m.name, "comment.md")])),
    html: join23(outDir, "report.html"),
    run: join23(outDir, "run.json")
  };
  writeOutputAtomic(files.results, `${JSON.stringify(bundle, null, 2)}
`);
  const reportContext = { workflow: context.workflow, ...bundle.source ? { source: bundle.source } : {} };
  const bodies = bundle.models.map((m) => {
    const body = composeModelComment(m, reportContext).body;
    writeOutputAtomic(files.comments[m.name], body);
    return body;
  });
  writeOutputAtomic(files.comment, bodies.join(COMMENT_SEPARATOR));
  writeOutputAtomic(files.html, renderHtmlReport(bundle, { title: `MergeML report: ${bundle.models.map((m) => m.name).join(", ")}`, generatedAt: context.generatedAt, notes: context.notes }));
  writeOutputAtomic(files.run, `${JSON.stringify({ ...run2, files }, null, 2)}
`);
  return files;
}

// src/pipeline/run.ts
var STEPS = 4;
function isInside(path, dir) {
  const r = relative11(dir, path);
  return r === "" || !r.startsWith("..") && !isAbsolute7(r);
}
function pickModels(project, wanted) {
  if (wanted.length === 0) return [...project.models];
  const names2 = project.models.map((m) => m.name);
  return wanted.map((w) => {
    const m = project.models.find((x) => x.name === w);
    if (!m) {
      const hint = suggest(w, names2);
      throw new UsageError(`mergeml run: no model '${w}' in ${project.file}${hint ? ` (did you mean '${hint}'?)` : ""}; models: ${names2.join(", ")}`);
    }
    return m;
  });
}
async function runProject(options2, ports) {
  const say = (text3) => ports.progress.write(`${text3}
`);
  const project = await loadProject(options2.config, nodeConfigFiles(), ports.cwd);
  const models = pickModels(project, options2.models);
  const git = await ports.git(project.dir);
  const store2 = await ports.champions(project);
  const results = [];
  const summaries = [];
  const evidences = /* @__PURE__ */ new Map();
  const json3 = (value2) => `${JSON.stringify(value2, null, 2)}
`;
  const readerName = (path, file) => join24(ports.cwd, file) === path ? file : path;
  const validatePorts = {
    readBatches: (path, o) => readBatches(readerName(path, displayPath(path, ports.cwd)), o),
    readFile: async (path) => new Uint8Array(await readFile17(path))
  };
  for (const model of models) {
    if (!model.data.some((d) => d.role === "test")) throw new UsageError(`mergeml run: model '${model.name}' has no test data in ${project.file} (models.${model.name}.data.test): the challenger cannot be evaluated`);
    if (options2.champion !== "auto" && isInside(options2.champion.dir, join24(options2.outDir, model.name))) {
      throw new UsageError(`mergeml run: --champion ${options2.champion.name} is inside this run's output for model ${model.name} (${join24(options2.outDir, model.name)}), which the run overwrites; copy the champion elsewhere or use another --out`);
    }
  }
  for (const model of models) {
    const dir = join24(options2.outDir, model.name);
    const step = (n, text3) => say(`[${model.name} ${n}/${STEPS}] ${text3}`);
    const notes = [];
    const test = model.data.find((d2) => d2.role === "test");
    const validation = [];
    let drift = null;
    let driftAgainst = null;
    let proxyFindings = [];
    for (const split of ["train", "test"]) {
      const vo = validateOptionsFor(model, split, ports.cwd);
      if (!vo) continue;
      step(1, `validate ${vo.data.file}${vo.reference ? ` (drift against ${vo.reference.file})` : ""}${vo.protected ? " (proxies of protected attributes)" : ""}`);
      const outcome = await validate(vo, validatePorts);
      writeOutputAtomic(join24(dir, `validate-${split}.json`), json3(outcome.report));
      const parts = splitDrift(outcome.report.checks);
      validation.push({ file: vo.data.file, checks: parts.data });
      if (vo.protected) proxyFindings = parts.data.filter((c) => c.id === "PROXY");
      if (vo.reference) {
        drift = parts.drift;
        driftAgainst = vo.reference.file;
      }
      const failed = outcome.report.summary.failed;
      say(`  ${outcome.report.status === "pass" ? "ok" : "FAILED"}: ${outcome.report.summary.checks} checks, ${failed} failed (${outcome.report.summary.errors} blocking)`);
    }
    const artifact = join24(dir, "model");
    step(2, `train challenger`);
    const trained = await train(
      { model, projectDir: project.dir, outDir: artifact, ...options2.backend ? { backend: options2.backend } : {} },
      { env: ports.env, cwd: ports.cwd, progress: ports.progress, gitCommit: async () => git.commit }
    );
    writeOutputAtomic(join24(dir, "train.json"), json3(trained));
    if (!trained.files.some((f2) => f2.path === "model.json")) {
      throw new InputError(`mergeml run: the artifact of ${model.name} has no model.json, so it cannot be scored on the test split`, [
        { file: displayPath(join24(artifact, "manifest.json"), ports.cwd), message: "no model.json among the artifact files", expected: "a TF.js layers model (model.json + weights); for a trainer that writes only predictions.csv use `mergeml evaluate --challenger <predictions>`" }
      ]);
    }
    const trainingCard2 = JSON.parse(await readFile17(join24(artifact, "training-card.json"), "utf8"));
    const challengerAlgorithm = await algorithmOf(artifact);
    const challengerLabel = `${challengerAlgorithm} (this run${git.commit ? `, commit ${git.commit.slice(0, 12)}` : ""})`;
    const champion = options2.champion === "auto" ? await store2.find(model.name) : { dir: options2.champion.dir, label: `${await algorithmOf(options2.champion.dir)} (${options2.champion.name})`, source: "flag" };
    let bootstrapped = false;
    if (champion === null) {
      notes.push(options2.bootstrapChampion ? `No champion yet in ${store2.name}: this run's model becomes the first one once it is evaluated.` : `No champion yet in ${store2.name}: the challenger is evaluated on its own (no comparison). Run with --bootstrap-champion to register this model as the first champion, or pass --champion DIR.`);
      say(`  ${notes[notes.length - 1]}`);
    }
    const protectedColumns = model.config.protected.map((p) => p.column);
    step(3, champion ? `evaluate on ${test.file}: challenger vs champion ${champion.label}` : `evaluate on ${test.file} (no champion)`);
    const d = model.config.data;
    const challengerSource = { kind: "model", dir: artifact, name: challengerLabel };
    const evaluation = await evaluate({
      challenger: challengerSource,
      ...champion ? { champion: { kind: "model", dir: champion.dir, name: champion.label } } : {},
      data: test.path,
      spec: {
        task: model.config.task === "regression" ? "regression" : "binary",
        label: model.config.target,
        score: "score",
        ...model.config.positive_class !== void 0 ? { positive: String(model.config.positive_class) } : {},
        groups: protectedColumns
      },
      outDir: join24(dir, "evaluate"),
      resamples: options2.resamples ?? 2e3,
      seed: 42,
      confidence: 0.95,
      gates: model.policy.metric_gates,
      read: { ...d.delimiter ? { delimiter: d.delimiter } : {}, ...d.null_values ? { nullValues: d.null_values } : {} },
      ...options2.backend ? { backend: options2.backend } : {}
    }, { env: ports.env, cwd: ports.cwd });
    const g = evaluation.gates;
    if (g) say(`  metric gates: ${g.counts.pass} pass, ${g.counts.warn} warn, ${g.counts.fail} fail`);
    let fairness = null;
    if (model.config.task !== "regression" && protectedColumns.length > 0) {
      step(4, `fairness and compliance over ${protectedColumns.join(", ")}`);
      const predictions = join24(dir, "evaluate", "challenger-predictions.csv");
      const baseline = champion ? join24(dir, "evaluate", "champion-predictions.csv") : void 0;
      const fo = await resolveFairnessOptions({ predictions, ...baseline ? { baseline } : {}, score: "score", protected: [], buckets: {}, config: project.path, model: model.name }, nodeConfigFiles(), ports.cwd);
      const run2 = await runFairness({ ...fo, proxyFindings }, { readBatches });
      fairness = run2.json;
      writeOutputAtomic(join24(dir, "fairness.json"), json3(fairness));
      say(`  fairness: ${fairness.status}; compliance ${fairness.compliance.status}`);
    } else {
      step(4, "fairness skipped (no protected attributes, or not a binary classifier)");
    }
    const evidence = {
      artifact,
      metrics: join24(dir, "evaluate", "metrics.json"),
      gates: join24(dir, "evaluate", "gates.json"),
      ...fairness ? { fairness: join24(dir, "fairness.json") } : {},
      commit: git.commit,
      algorithm: challengerAlgorithm
    };
    evidences.set(model.name, evidence);
    if (champion === null && options2.bootstrapChampion) {
      const done = await store2.bootstrap(model.name, evidence);
      bootstrapped = true;
      notes.push(`Bootstrapped the first champion: ${done}. The next run compares against it.`);
      say(`  ${notes[notes.length - 1]}`);
    }
    const result3 = modelResultsFrom({
      name: model.name,
      validation,
      drift,
      driftAgainst,
      train: trained,
      trainingCard: trainingCard2,
      metrics: evaluation.metrics,
      championMetrics: evaluation.championMetrics,
      comparison: evaluation.comparison,
      gates: evaluation.gates,
      fairness,
      championLabel: champion?.label ?? null,
      challengerLabel,
      notes
    });
    results.push(result3);
    const verdict3 = deriveVerdict(result3);
    summaries.push({
      name: model.name,
      verdict: verdict3.status,
      reasons: verdict3.reasons,
      areas: areaVerdicts(result3),
      champion: champion ? { label: champion.label, source: champion.source } : null,
      bootstrapped,
      notes,
      metrics: evaluation.metrics.overall.metrics,
      championMetrics: evaluation.championMetrics?.overall.metrics ?? null,
      dir
    });
  }
  say("writing the report");
  const bundle = resultsBundleSchema.parse({
    schemaVersion: 1,
    kind: "mergeml.results",
    ...git.commit || git.branch ? { source: { ...git.branch ? { branch: git.branch } : {}, ...git.commit && /^[0-9a-f]{40}$/.test(git.commit) ? { commit: git.commit } : {} } } : {},
    models: results
  });
  const verdict2 = summaries.some((s) => s.verdict === "fail") ? "fail" : summaries.some((s) => s.verdict === "warn") ? "warn" : "pass";
  const partial = { schemaVersion: 1, kind: "mergeml.run", verdict: verdict2, project: project.file, source: git, models: summaries };
  const context = { workflow: options2.workflow ?? "mergeml", generatedAt: ports.now(), notes: summaries.flatMap((s) => s.notes.map((n) => `${s.name}: ${n}`)) };
  const files = writeRunOutputs(options2.outDir, bundle, { ...partial, promotion: null }, context);
  if (!options2.promote) return { ...partial, promotion: null, files };
  const promotion = [];
  for (const s of summaries) {
    const evidence = evidences.get(s.name);
    if (s.verdict === "fail" || !evidence || !store2.promote) {
      promotion.push({ model: s.name, promoted: false, message: !store2.promote ? `not promoted: ${store2.name} has no stages (run inside a git repository to use the git registry)` : `not promoted: ${s.name} is blocked (${s.reasons[0] ?? "a gate failed"})` });
    } else {
      say(`promote ${s.name}`);
      promotion.push({ model: s.name, promoted: true, message: await store2.promote(s.name, evidence) });
    }
  }
  const result2 = { ...partial, promotion, files };
  writeOutputAtomic(files.run, `${JSON.stringify(result2, null, 2)}
`);
  return result2;
}

// src/pipeline/run/champion-store.ts
import { cp, mkdir as mkdir4, readFile as readFile18, rename as rename6, rm as rm7, stat as stat6, writeFile as writeFile6 } from "node:fs/promises";
import { join as join25 } from "node:path";
var MANIFEST = "manifest.json";
async function isDir(path) {
  try {
    return (await stat6(path)).isDirectory();
  } catch {
    return false;
  }
}
async function assertModelDir(dir, name) {
  if (!await isDir(dir)) throw new InputError(`--champion ${name}: no such model dir`, [{ file: name, message: "not a directory", expected: "a model dir written by `mergeml train` (or `auto`)" }]);
  try {
    await stat6(join25(dir, MANIFEST));
  } catch {
    throw new InputError(`--champion ${name}: not a model artifact`, [{ file: join25(name, MANIFEST), message: "missing", expected: "a model dir written by `mergeml train` (it holds manifest.json)" }]);
  }
}
function safeSegment(model) {
  return encodeURIComponent(model).replace(/\./g, "%2E");
}
function localChampionStore(projectDir) {
  const root = join25(projectDir, ".mergeml", "champions");
  return {
    name: ".mergeml/champions/",
    async find(model) {
      const dir = join25(root, safeSegment(model));
      if (!await isDir(dir)) return null;
      let label = "local champion";
      try {
        const meta = JSON.parse(await readFile18(join25(dir, "champion.json"), "utf8"));
        if (typeof meta.label === "string") label = meta.label;
      } catch {
      }
      return { dir, label, source: "local" };
    },
    async bootstrap(model, evidence) {
      const artifactDir = evidence.artifact;
      const facts = evidence;
      const dir = join25(root, safeSegment(model));
      const tmp = `${dir}.${process.pid}.tmp`;
      await rm7(tmp, { recursive: true, force: true });
      await mkdir4(root, { recursive: true });
      await cp(artifactDir, tmp, { recursive: true });
      const label = `${facts.algorithm} (local champion${facts.commit ? `, commit ${facts.commit.slice(0, 12)}` : ""})`;
      await writeFile6(join25(tmp, "champion.json"), `${JSON.stringify({ schemaVersion: 1, model, label, commit: facts.commit, algorithm: facts.algorithm }, null, 2)}
`);
      await rm7(dir, { recursive: true, force: true });
      await rename6(tmp, dir);
      return `registered as the first champion in .mergeml/champions/ (${label})`;
    }
  };
}

// src/pipeline/run/terminal-summary.ts
import { relative as relative12 } from "node:path";
var ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", skip: "\u23ED\uFE0F" };
var WORD2 = { pass: "ready to merge", warn: "passes with warnings", fail: "blocked" };
var KEY_METRICS = ["roc_auc", "average_precision", "accuracy", "f1", "log_loss", "r2", "rmse"];
var fmt4 = (v) => v === null || v === void 0 || !Number.isFinite(v) ? "n/a" : v.toFixed(4);
function renderRunSummary(result2, cwd) {
  const show = (p) => {
    const r = relative12(cwd, p);
    return r === "" || r.startsWith("..") ? p : r;
  };
  const lines = [];
  for (const m of result2.models) {
    const areas = ["data", "metrics", "fairness"].map((a) => `${a} ${ICON[m.areas[a]] ?? ""} ${m.areas[a]}`).join(" \xB7 ");
    lines.push(`${ICON[m.verdict]} ${m.name} \u2014 ${WORD2[m.verdict]}   (${areas})`);
    for (const r of m.reasons.slice(0, 10)) lines.push(`   - ${r}`);
    if (m.reasons.length > 10) lines.push(`   - \u2026and ${m.reasons.length - 10} more`);
    lines.push(`   champion: ${m.champion ? m.champion.label : m.bootstrapped ? "none before this run (bootstrapped from it)" : "none yet"}`);
    for (const n of m.notes) lines.push(`   note: ${n}`);
    const keys2 = KEY_METRICS.filter((k) => k in m.metrics);
    for (const k of keys2) {
      const now = m.metrics[k] ?? null;
      const before = m.championMetrics?.[k];
      const delta = before !== void 0 && before !== null && now !== null ? ` (champion ${fmt4(before)}, \u0394 ${now - before >= 0 ? "+" : ""}${(now - before).toFixed(4)})` : "";
      lines.push(`   ${k.padEnd(18)} ${fmt4(now)}${delta}`);
    }
  }
  lines.push("", `Verdict: ${ICON[result2.verdict]} ${WORD2[result2.verdict]}`);
  for (const p of result2.promotion ?? []) lines.push(`Promotion: ${p.message}`);
  lines.push(`PR comment:  ${show(result2.files.comment)}`);
  lines.push(`HTML report: ${show(result2.files.html)}`);
  lines.push(`Results:     ${show(result2.files.results)} (bundle), ${show(result2.files.run)}, per-step JSON in ${result2.models.map((m) => show(m.dir)).join(", ")}`);
  return `${lines.join("\n")}
`;
}

// src/cli/commands/run.ts
function gitBranch(cwd) {
  return new Promise((done) => {
    execFile3("git", ["rev-parse", "--abbrev-ref", "HEAD"], { cwd, timeout: 1e4 }, (error, stdout) => {
      const name = stdout.trim();
      done(error || name === "" || name === "HEAD" ? null : name);
    });
  });
}
function list4(args, name) {
  const v = args.values[name];
  return Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
}
var runCommand = {
  name: "run",
  summary: "run the pull-request pipeline locally: validate \u2192 train \u2192 evaluate vs champion \u2192 gates \u2192 report",
  help: `Usage: mergeml run [--config mergeml.yaml] [--model NAME ...] [--out DIR] [--champion DIR|auto]
                   [--bootstrap-champion] [--promote] [--backend B] [--resamples N] [--json]

Runs what the pull-request workflow runs, on this checkout, for every model (or each --model):
validates the train and test splits (data contract, policy data checks, proxies of protected attributes,
drift of test against reference), trains the challenger, evaluates it on the test split against the
champion (paired bootstrap CI, DeLong, McNemar), applies the metric gates, bias gates and compliance
checks, and writes:

  DIR/comment.md       the PR comment exactly as GitHub receives it (one per model, see docs/run.md)
  DIR/report.html      a self-contained HTML report (inline SVG charts, no scripts, no network)
  DIR/results.json     the results bundle (docs/report.md)
  DIR/run.json         this run's summary (--json prints it)
  DIR/<model>/         per-step JSON: validate-train.json, validate-test.json, train.json, evaluate/,
                       fairness.json, the challenger's model artifact (model/) and comment.md

Progress (steps and training epochs) goes to stderr; the summary, verdict first, to stdout.

Options:
  -c, --config FILE        project file or folder (default: mergeml.yaml)
  -m, --model NAME         a model to run; repeat for several (default: every model)
  -o, --out DIR            output folder (default: mergeml-out)
      --champion DIR|auto  the champion model dir; auto (default) = the git registry's version at the
                           last stage that has one (production, then staging), else its latest version;
                           outside a git repository .mergeml/champions/<model>/. Without one, the run
                           says so.
      --bootstrap-champion with no champion yet, register this run's model as the first one
      --promote            when the run is not blocked, register the challenger in the git registry as
                           the next version at the first stage of registry.stages (e.g. staging)
      --backend B          TF.js backend (auto | tensorflow-gpu | tensorflow | wasm | cpu)
      --resamples N        paired bootstrap resamples for the comparison (default 2000)
      --json               print run.json (schemaVersion 1) on stdout instead of the summary

Exit codes: 0 every error-severity gate and check passed (warnings allowed), 1 one failed (all outputs
are written first), 2 usage, config or data error, 70 internal error.`,
  options: {
    config: { type: "string", short: "c" },
    model: { type: "string", short: "m", multiple: true },
    out: { type: "string", short: "o" },
    champion: { type: "string" },
    "bootstrap-champion": { type: "boolean" },
    promote: { type: "boolean" },
    backend: { type: "string" },
    resamples: { type: "string" },
    json: { type: "boolean" }
  },
  async run(args, ctx) {
    const championArg = optionalString(args, "champion") ?? "auto";
    let champion = "auto";
    if (championArg !== "auto") {
      const dir = resolve22(ctx.cwd, championArg);
      await assertModelDir(dir, championArg);
      champion = { dir, name: championArg };
    }
    const resamplesText = optionalString(args, "resamples");
    const resamples = resamplesText === void 0 ? void 0 : Number(resamplesText);
    if (resamples !== void 0 && (!Number.isInteger(resamples) || resamples < 1 || resamples > 1e6)) {
      throw new UsageError(`mergeml run: --resamples must be an integer from 1 to 1000000, got '${resamplesText}'`);
    }
    const backend = optionalString(args, "backend");
    const outDir = resolve22(ctx.cwd, optionalString(args, "out") ?? "mergeml-out");
    const result2 = await runProject(
      {
        config: optionalString(args, "config") ?? "mergeml.yaml",
        models: list4(args, "model"),
        outDir,
        champion,
        bootstrapChampion: args.values["bootstrap-champion"] === true,
        promote: args.values["promote"] === true,
        ...backend ? { backend } : {},
        ...resamples !== void 0 ? { resamples } : {}
      },
      {
        env: ctx.env,
        cwd: ctx.cwd,
        progress: { write: ctx.stderr, interactive: ctx.interactive, githubActions: ctx.env["GITHUB_ACTIONS"] === "true", now: () => performance.now() },
        champions: async (project) => {
          let git;
          try {
            git = await openRegistryGit(project.dir, ctx.env);
          } catch (error) {
            if (error instanceof InputError) return localChampionStore(project.dir);
            throw error;
          }
          const policy = await loadRegistryPolicy(ctx.cwd, project.path);
          const ports = { git, clock: { now: () => (/* @__PURE__ */ new Date()).toISOString() }, log: (line) => ctx.stderr(`${line}
`) };
          return registryChampionStore(ports, { policy, branch: await git.currentBranch() ?? "main", actor: ctx.env["GITHUB_ACTOR"] || null, cacheDir: join26(outDir, ".champions") });
        },
        git: async (dir) => ({ commit: await gitHeadCommit(dir), branch: await gitBranch(dir) }),
        now: () => (/* @__PURE__ */ new Date()).toISOString()
      }
    );
    if (args.values["json"] === true) ctx.stdout(`${JSON.stringify(result2, null, 2)}
`);
    else ctx.stdout(renderRunSummary(result2, ctx.cwd));
    return result2.verdict === "fail" ? EXIT.failed : EXIT.ok;
  }
};

// src/cli/commands/plan.ts
import { execFileSync as execFileSync2 } from "node:child_process";
import { readFile as readFile19 } from "node:fs/promises";
import { resolve as resolve23 } from "node:path";

// src/core/plan/path-glob.ts
var special = /[.+^$()|\\]/;
function globToRegExp(glob) {
  let out = "";
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") {
      if (glob[i + 1] === "*") {
        const slashAfter = glob[i + 2] === "/";
        out += slashAfter ? "(?:.*/)?" : ".*";
        i += slashAfter ? 2 : 1;
      } else out += "[^/]*";
    } else if (c === "?") out += "[^/]";
    else if (c === "{") {
      depth++;
      out += "(?:";
    } else if (c === "}" && depth > 0) {
      depth--;
      out += ")";
    } else if (c === "," && depth > 0) out += "|";
    else if (c === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end === -1) out += "\\[";
      else {
        out += `[${glob.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else out += special.test(c) ? `\\${c}` : c;
  }
  return new RegExp(`^${out}$`);
}
function normalizeRepoPath(path) {
  const parts = [];
  for (const part of path.replace(/\\/g, "/").split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}
function joinRepoPath(dir, path) {
  return normalizeRepoPath(`${dir}/${path}`);
}
function repoDirname(path) {
  const i = path.lastIndexOf("/");
  return i === -1 ? "" : path.slice(0, i);
}

// src/core/plan/affected-models.ts
var MAX_REASONS2 = 20;
function planAffectedModels(footprints2, changed, options2 = {}) {
  const files = [...new Set(changed.map(normalizeRepoPath).filter((f2) => f2 !== ""))].sort();
  const global = (options2.globalPaths ?? []).map((p) => ({ pattern: p, re: globToRegExp(normalizeRepoPath(p)) }));
  const globalReasons = options2.all ? [{ kind: "all", file: "*" }] : files.flatMap((file) => global.filter((g) => g.re.test(file)).map((g) => ({ kind: "global", file, pattern: g.pattern })));
  const models = footprints2.map((fp) => {
    const exact = new Map([
      ...fp.data.map((d) => [normalizeRepoPath(d), "data"]),
      ...fp.policies.map((p) => [normalizeRepoPath(p), "policy"]),
      ...fp.contract !== void 0 ? [[normalizeRepoPath(fp.contract), "contract"]] : [],
      [normalizeRepoPath(fp.config), "config"]
    ]);
    const globs = fp.paths.map((p) => ({ pattern: p, re: globToRegExp(normalizeRepoPath(p)) }));
    const reasons = [...globalReasons];
    for (const file of files) {
      const kind = exact.get(file);
      if (kind !== void 0) reasons.push({ kind, file });
      else {
        const glob = globs.find((g) => g.re.test(file));
        if (glob) reasons.push({ kind: "paths", file, pattern: glob.pattern });
      }
    }
    return { model: fp.model, config: normalizeRepoPath(fp.config), affected: reasons.length > 0, reasons: reasons.slice(0, MAX_REASONS2) };
  });
  const include = models.filter((m) => m.affected).map((m) => ({ model: m.model, config: m.config }));
  const skipped2 = models.filter((m) => !m.affected).map((m) => ({ model: m.model, note: `no change to its data, config, contract, policies or paths (${files.length} changed file${files.length === 1 ? "" : "s"})` }));
  return { schemaVersion: 1, kind: "mergeml.plan", changedFiles: files.length, models, matrix: { include }, skipped: skipped2 };
}

// src/pipeline/plan.ts
var BUILTIN3 = "builtin:";
async function policyClosure(ports, start, seen) {
  if (seen.has(start)) return;
  seen.add(start);
  const bytes = await ports.readFile(start);
  if (bytes === void 0) return;
  const parsed = parseConfigFile(start, bytes, policySchema);
  if (!parsed.ok) return;
  for (const ref2 of parsed.config.value.extends ?? []) {
    if (!ref2.startsWith(BUILTIN3)) await policyClosure(ports, joinRepoPath(repoDirname(start), ref2), seen);
  }
}
async function footprints(ports, config) {
  const file = normalizeRepoPath(config);
  const bytes = await ports.readFile(file);
  if (bytes === void 0) throw new ConfigError(`${file}: no such project file`, [{ file, message: "not found", expected: "a mergeml.yaml path relative to the repository root" }]);
  const parsed = parseConfigFile(file, bytes, projectSchema);
  if (!parsed.ok) throw new ConfigError(`${file} is not a valid project file`, parsed.problems);
  const dir = repoDirname(file);
  const out = [];
  for (const [model, m] of Object.entries(parsed.config.value.models)) {
    const data = ["train", "test", "reference"].flatMap((role) => {
      const d = m.data[role];
      return d === void 0 ? [] : [joinRepoPath(dir, typeof d === "string" ? d : d.path)];
    });
    const seen = /* @__PURE__ */ new Set();
    for (const ref2 of m.policies ?? []) if (!ref2.startsWith(BUILTIN3)) await policyClosure(ports, joinRepoPath(dir, ref2), seen);
    out.push({ model, config: file, data, ...m.contract !== void 0 ? { contract: joinRepoPath(dir, m.contract) } : {}, policies: [...seen], paths: m.paths ?? [] });
  }
  return out;
}
async function planChange(options2, ports) {
  const all2 = (await Promise.all([...new Set(options2.configs.map(normalizeRepoPath))].map((c) => footprints(ports, c)))).flat();
  const problems = [];
  const byName = /* @__PURE__ */ new Map();
  for (const fp of all2) {
    const other = byName.get(fp.model);
    if (other !== void 0) problems.push({ file: fp.config, path: `models.${fp.model}`, message: `model ${fp.model} is also defined in ${other}`, expected: "model names unique across the repository (they name registry tags)" });
    byName.set(fp.model, fp.config);
  }
  if (problems.length > 0) throw new ConfigError("model names must be unique across project files", problems);
  return planAffectedModels(all2, options2.changedFiles, options2);
}
function splitList(text3) {
  return (text3 ?? "").split(/[\n,\s]+/).map((s) => s.trim()).filter((s) => s !== "");
}

// src/cli/commands/plan.ts
var list5 = (args, name) => {
  const v = args.values[name];
  return (Array.isArray(v) ? v : typeof v === "string" ? [v] : []).flatMap((s) => splitList(s));
};
async function changedFiles(args, ctx) {
  const file = optionalString(args, "changed-files");
  const base = optionalString(args, "base");
  const given = list5(args, "changed");
  if (file !== void 0) given.push(...splitList(await readFile19(file === "-" ? "/dev/stdin" : resolve23(ctx.cwd, file), "utf8")));
  if (base !== void 0) {
    try {
      given.push(...splitList(execFileSync2("git", ["diff", "--name-only", `${base}...HEAD`], { cwd: ctx.cwd, encoding: "utf8" })));
    } catch (error) {
      throw new UsageError(`mergeml plan: git diff against --base ${base} failed (is it a fetched ref?)`, { cause: error });
    }
  }
  return given;
}
var planCommand = {
  name: "plan",
  summary: "which models a change affects (data, config, contract, policies, paths) \u2192 a workflow matrix",
  help: `Usage: mergeml plan [--config FILE]... (--changed LIST | --changed-files FILE | --base REF | --all) [--json OUT]

Reads each project file (not the data) and decides, per model, whether a changed file is one of its data
files, its project file, its contract, one of its policies (or a policy they extend), or matches one of its
\`paths\` globs (relative to the repository root). Prints the plan; --json writes it (docs/actions/plan.md), with
\`matrix\` ready for \`strategy.matrix\`.

Options:
  -c, --config FILE     project file, repository-relative; repeat for several (default mergeml.yaml)
  --changed LIST        changed paths, separated by newlines, commas or spaces; repeatable
  --changed-files FILE  a file with one changed path per line ('-' for stdin)
  --base REF            changed files from \`git diff --name-only REF...HEAD\`
  --global GLOB         a change matching GLOB affects every model (repeatable)
  --all                 every model is affected
  --json OUT            write the plan JSON ('-' for stdout)

Exit codes: 0 planned, 2 usage or config error.`,
  options: {
    config: { type: "string", short: "c", multiple: true },
    changed: { type: "string", multiple: true },
    "changed-files": { type: "string" },
    base: { type: "string" },
    global: { type: "string", multiple: true },
    all: { type: "boolean" },
    json: { type: "string" }
  },
  async run(args, ctx) {
    const all2 = args.values["all"] === true;
    const changed = await changedFiles(args, ctx);
    if (!all2 && changed.length === 0 && args.values["changed"] === void 0 && optionalString(args, "changed-files") === void 0 && optionalString(args, "base") === void 0) {
      throw new UsageError("mergeml plan: pass --changed, --changed-files, --base or --all. Run `mergeml plan --help`.");
    }
    const configs = list5(args, "config");
    const plan = await planChange(
      { configs: configs.length > 0 ? configs : ["mergeml.yaml"], changedFiles: changed, all: all2, globalPaths: list5(args, "global") },
      { readFile: (p) => readFile19(resolve23(ctx.cwd, p)).then((b) => new Uint8Array(b), () => void 0) }
    );
    const json3 = optionalString(args, "json");
    const text3 = `${JSON.stringify(plan, null, 2)}
`;
    if (json3 !== void 0 && json3 !== "-") writeOutputAtomic(resolve23(ctx.cwd, json3), text3);
    if (json3 === "-") ctx.stdout(text3);
    else {
      for (const m of plan.models) ctx.stdout(`${m.affected ? "run " : "skip"} ${m.model} (${m.config})${m.affected ? `: ${m.reasons.slice(0, 3).map((r) => `${r.kind} ${r.file}`).join(", ")}` : ""}
`);
      ctx.stdout(`${plan.matrix.include.length} of ${plan.models.length} models affected by ${plan.changedFiles} changed files
`);
    }
    return EXIT.ok;
  }
};

// src/cli/commands/monitor.ts
import { relative as relative13, resolve as resolve24 } from "node:path";

// src/adapters/github/marked-issue.ts
async function findOpen(client, at, marker, botLogin) {
  const issues = await client.paginate(client.rest.issues.listForRepo, { ...at, state: "open", per_page: 100 });
  return issues.find((i) => !i.pull_request && i.user?.login === botLogin && (i.body ?? "").includes(marker));
}
async function upsertMarkedIssue(client, at, issue, open4) {
  const body = `${issue.marker}
${issue.body}`;
  try {
    const existing = await findOpen(client, at, issue.marker, issue.botLogin);
    if (existing && !open4) {
      const { data: data2 } = await client.rest.issues.update({ ...at, issue_number: existing.number, body, state: "closed", state_reason: "completed" });
      return { number: data2.number, action: "closed", url: data2.html_url };
    }
    if (existing) {
      const { data: data2 } = await client.rest.issues.update({ ...at, issue_number: existing.number, title: issue.title, body });
      return { number: data2.number, action: "updated", url: data2.html_url };
    }
    if (!open4) return { number: null, action: "none", url: null };
    const { data } = await client.rest.issues.create({ ...at, title: issue.title, body, labels: [...issue.labels], request: { retries: 0 } });
    return { number: data.number, action: "created", url: data.html_url };
  } catch (error) {
    throw wrapGitHubError(error, `open or update the issue ${issue.title}`, "issues: write");
  }
}
async function ensurePullRequest(client, at, pr) {
  try {
    const open4 = await client.paginate(client.rest.pulls.list, { ...at, state: "open", head: `${at.owner}:${pr.head}`, base: pr.base, per_page: 100 });
    const found = open4.find((p) => p.head.ref === pr.head);
    if (found) return { number: found.number, action: "exists", url: found.html_url };
    const { data } = await client.rest.pulls.create({ ...at, head: pr.head, base: pr.base, title: pr.title, body: pr.body, request: { retries: 0 } });
    return { number: data.number, action: "created", url: data.html_url };
  } catch (error) {
    throw wrapGitHubError(error, `open the pull request from ${pr.head}`, "pull-requests: write");
  }
}

// src/pipeline/monitor.ts
var monitorMarker = (model) => `<!-- mergeml:monitor model=${encodeURIComponent(model).replace(/-/g, "%2D")} -->`;
function issueBody(o, d, drifted) {
  const head = drifted ? `Data drift detected for **${escapeMarkdown(o.model)}**: ${escapeMarkdown(d.report.current.file)} (${d.report.current.rows} rows) against the production reference ${escapeMarkdown(d.report.reference.file)} (${d.report.reference.rows} rows).` : `No data drift for **${escapeMarkdown(o.model)}** any more: closing.`;
  const run2 = o.runUrl ? `

[Monitoring run](${o.runUrl})` : "";
  return `${head}${run2}

${d.markdown}`.slice(0, 6e4);
}
async function monitor(options2, ports) {
  const outcome = await runDrift({ reference: options2.reference, current: options2.current, drift: options2.drift }, ports);
  const drifted = outcome.report.dataset.dataset_drift;
  const driftedColumns = outcome.report.columns.filter((c) => c.drift_detected).map((c) => c.column);
  const botLogin = await resolveBotLogin(ports.github, options2.botLogin);
  const at = { owner: options2.owner, repo: options2.repo };
  const issue = await upsertMarkedIssue(ports.github, at, { marker: monitorMarker(options2.model), title: `MergeML: data drift in ${options2.model}`, body: issueBody(options2, outcome, drifted), labels: options2.labels ?? ["mergeml", "drift"], botLogin }, drifted);
  const pullRequest = drifted && options2.retrain ? await ensurePullRequest(ports.github, at, {
    head: options2.retrain.branch,
    base: options2.retrain.base,
    title: `MergeML: retrain ${options2.model} on new data`,
    body: `Retrains **${escapeMarkdown(options2.model)}** on the newly arrived data (drift: ${driftedColumns.map((c) => escapeMarkdown(c)).join(", ") || "dataset"}).${issue.number !== null ? `

Refs #${issue.number}` : ""}`
  }) : null;
  return { schemaVersion: 1, kind: "mergeml.monitor", model: options2.model, drifted, driftedColumns, issue, pullRequest };
}

// src/cli/commands/monitor.ts
var monitorCommand = {
  name: "monitor",
  summary: "drift of new data against the production reference \u2192 one GitHub issue per model (and a retraining PR)",
  help: `Usage: mergeml monitor --model NAME --current FILE --repo OWNER/NAME [--config mergeml.yaml] [--reference FILE]
                       [--retrain-branch BRANCH --base BRANCH] [--bot-login LOGIN] [--json]

Measures drift of FILE against the model's reference data (the data of the model in production; the
drift settings of its policies), then opens, updates or closes the model's drift issue on GitHub, found
by a hidden marker and the bot's authorship. With --retrain-branch, also opens (once) a pull request from
that branch. Token from GITHUB_TOKEN, API from GITHUB_API_URL. See docs/actions/monitor.md.

Options:
  -c, --config FILE         project file (default mergeml.yaml)
  --model NAME              the model to monitor (required)
  --current FILE            newly arrived data to compare with the reference (required)
  --reference FILE          reference data (default: the model's data.reference)
  --repo OWNER/NAME         repository for the drift issue (default GITHUB_REPOSITORY)
  --retrain-branch BRANCH   also open (once) a retraining pull request from BRANCH
  --base BRANCH             base branch of the retraining pull request
  --bot-login LOGIN         the bot's login, when GET /user cannot tell it (GitHub App tokens)
  --json                    print the result as JSON

Exit codes: 0 done (drift or not: see the output), 2 usage/input/config error or GitHub refused.`,
  options: {
    config: { type: "string", short: "c" },
    model: { type: "string" },
    current: { type: "string" },
    reference: { type: "string" },
    repo: { type: "string" },
    "retrain-branch": { type: "string" },
    base: { type: "string" },
    "bot-login": { type: "string" },
    json: { type: "boolean" }
  },
  async run(args, ctx) {
    const name = requireString(args, "model", "monitor");
    const [owner, repo, extra] = (optionalString(args, "repo") ?? ctx.env["GITHUB_REPOSITORY"] ?? "").split("/");
    if (!owner || !repo || extra !== void 0) throw new UsageError("mergeml monitor: --repo OWNER/NAME is required (or GITHUB_REPOSITORY).");
    const token = ctx.env["GITHUB_TOKEN"];
    if (!token) throw new UsageError("mergeml monitor: set GITHUB_TOKEN (issues: write; pull-requests: write with --retrain-branch).");
    const project = await loadProject(resolve24(ctx.cwd, optionalString(args, "config") ?? "mergeml.yaml"), nodeConfigFiles(), ctx.cwd);
    const model = project.models.find((m) => m.name === name);
    if (!model) throw new UsageError(`mergeml monitor: no model ${JSON.stringify(name)} in ${project.file}; models: ${project.models.map((m) => m.name).join(", ")}`);
    const refOption = optionalString(args, "reference");
    const reference = refOption !== void 0 ? resolve24(ctx.cwd, refOption) : model.data.find((d2) => d2.role === "reference")?.path;
    if (reference === void 0) throw new UsageError(`mergeml monitor: model ${name} has no reference data; pass --reference FILE`);
    const file = (p) => ({ path: p, file: relative13(ctx.cwd, p) || p });
    const d = model.policy.drift;
    const branch = optionalString(args, "retrain-branch");
    const result2 = await monitor(
      {
        owner,
        repo,
        model: name,
        reference: file(reference),
        current: file(resolve24(ctx.cwd, requireString(args, "current", "monitor"))),
        drift: { stattest: d?.stattest ?? "auto", driftShare: d?.drift_share ?? 0.5, severity: d?.severity ?? "warning", ...d?.threshold !== void 0 ? { threshold: d.threshold } : {}, ...d?.columns ? { columns: d.columns } : {} },
        ...optionalString(args, "bot-login") ? { botLogin: optionalString(args, "bot-login") } : {},
        ...branch ? { retrain: { branch, base: optionalString(args, "base") ?? "main" } } : {}
      },
      { github: createGitHubClient({ token, baseUrl: apiUrlFromEnv(ctx.env) }), readBatches: (p, o) => readBatches(p, o) }
    );
    if (args.values["json"] === true) ctx.stdout(`${JSON.stringify(result2, null, 2)}
`);
    else ctx.stdout(`${name}: ${result2.drifted ? `drift in ${result2.driftedColumns.join(", ") || "the dataset"}` : "no drift"}; issue ${result2.issue.action}${result2.issue.url ? ` ${result2.issue.url}` : ""}${result2.pullRequest ? `; pull request ${result2.pullRequest.url}` : ""}
`);
    return EXIT.ok;
  }
};

// src/cli/commands/index.ts
var commands = [
  profileCommand,
  configCheckCommand,
  fairnessCommand,
  initCommand,
  evaluateCommand,
  gateCommand,
  metricsCommand,
  modelCardCommand,
  predictCommand,
  trainCommand,
  validateCommand,
  schemaInferCommand,
  driftCommand,
  registryListCommand,
  registryShowCommand,
  registryHistoryCommand,
  registryDiffCommand,
  registryVerifyCommand,
  registryRegisterCommand,
  registryPromoteCommand,
  registryRollbackCommand,
  registryKpisCommand,
  registryPullCommand,
  runCommand,
  planCommand,
  monitorCommand
];

// src/cli/main.ts
function findCommand(commands2, argv) {
  let best;
  for (const command of commands2) {
    const words = command.name.split(" ");
    if (words.every((w, i) => argv[i] === w) && (!best || words.length > best.command.name.split(" ").length)) {
      best = { command, rest: argv.slice(words.length) };
    }
  }
  return best;
}
function overview(commands2) {
  const width = Math.max(...commands2.map((c) => c.name.length));
  return [
    `mergeml ${VERSION}: the machine-learning lifecycle through pull requests.`,
    "",
    "Usage: mergeml <command> [options]",
    "",
    "Commands:",
    ...commands2.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Options:",
    "  -h, --help     show help (also `mergeml <command> --help`)",
    "  -V, --version  print the version",
    "",
    "Exit codes: 0 ok, 1 a check or gate failed, 2 usage/input/config error, 70 internal error.",
    ""
  ].join("\n");
}
function groupHelp(prefix, commands2) {
  const members = commands2.filter((c) => c.name.startsWith(`${prefix} `));
  if (members.length === 0) return void 0;
  const width = Math.max(...members.map((c) => c.name.length));
  return [`Usage: mergeml ${prefix} <command> [options]`, "", ...members.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`), ""].join("\n");
}
async function main(argv, ctx, commands2 = commands) {
  try {
    const first2 = argv[0];
    if (first2 === void 0 || first2 === "--help" || first2 === "-h" || first2 === "help") {
      const target = first2 === "help" ? argv.slice(1) : [];
      if (target.length > 0) return await main([...target, "--help"], ctx, commands2);
      ctx.stdout(overview(commands2));
      return first2 === void 0 ? EXIT.usage : EXIT.ok;
    }
    if (first2 === "--version" || first2 === "-V") {
      ctx.stdout(`${VERSION}
`);
      return EXIT.ok;
    }
    const found = findCommand(commands2, argv);
    if (!found) {
      const group = groupHelp(first2, commands2);
      if (group !== void 0) {
        const sub = argv[1];
        if (sub === void 0 || sub === "--help" || sub === "-h") {
          ctx.stdout(group);
          return sub === void 0 ? EXIT.usage : EXIT.ok;
        }
        const names2 = commands2.filter((c) => c.name.startsWith(`${first2} `)).map((c) => c.name.split(" ")[1] ?? "");
        const hint2 = suggest(sub, names2);
        throw new UsageError(`unknown command 'mergeml ${first2} ${sub}'${hint2 ? ` (did you mean 'mergeml ${first2} ${hint2}'?)` : ""}. Run \`mergeml ${first2} --help\`.`);
      }
      const hint = suggest(first2, new Set(commands2.map((c) => c.name.split(" ")[0] ?? "")));
      throw new UsageError(`unknown command '${first2}'${hint ? ` (did you mean '${hint}'?)` : ""}. Run \`mergeml --help\`.`);
    }
    const args = parseCommandArgs(found.command, found.rest);
    if (args.values["help"] === true) {
      ctx.stdout(`${found.command.help.trimEnd()}
`);
      return EXIT.ok;
    }
    return await found.command.run(args, ctx);
  } catch (error) {
    const { exitCode, message } = describeFailure(error);
    ctx.stderr(`${message}
`);
    return exitCode;
  }
}

// src/cli/bin.ts
var code2 = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text3) => process.stdout.write(text3),
  stderr: (text3) => process.stderr.write(text3),
  interactive: process.stderr.isTTY === true
});
process.exitCode = code2;
