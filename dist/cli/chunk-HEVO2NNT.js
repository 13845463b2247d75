import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  InputError,
  UsageError
} from "./chunk-WXR2B6ZC.js";

// src/core/data/read-options.ts
var DEFAULT_MAX_RECORD_BYTES = 16 * 1024 * 1024;
function dataFormat(path, format) {
  return format ?? (/\.(jsonl|ndjson)$/i.test(path) ? "jsonl" : "csv");
}
function resolveReadOptions(path, options = {}) {
  const raw = options.delimiter ?? ",";
  const delimiter = raw === "tab" || raw === "\\t" ? "	" : raw;
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === "\n" || delimiter === "\r" || delimiter.charCodeAt(0) > 127) {
    throw new UsageError(`delimiter ${JSON.stringify(raw)} is not supported (expected one ASCII character other than a quote or newline, e.g. "," ";" "|" or "tab")`);
  }
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  if (!Number.isInteger(maxRecordBytes) || maxRecordBytes < 1) throw new UsageError(`maxRecordBytes must be a positive integer, got ${maxRecordBytes}`);
  const format = dataFormat(path, options.format);
  return {
    format,
    delimiter,
    nullValues: [...options.nullValues ?? [""]],
    maxRecordBytes,
    batchRows: Math.max(1, options.batchRows ?? 8192),
    chunkBytes: Math.max(1024, options.chunkBytes ?? 4 * 1024 * 1024),
    allowEmpty: options.allowEmpty ?? false
  };
}
function csvDialect(options) {
  const encoder = new TextEncoder();
  return { delimiter: options.delimiter.charCodeAt(0), quote: 34, nullTokens: options.nullValues.map((t) => encoder.encode(t)) };
}

// src/core/data/record-batch.ts
var CELL_NULL = 0;
var CELL_NUMBER = 1;
var CELL_TEXT = 2;
function cellKinds(batch, column) {
  if (batch.kinds) return batch.kinds(column);
  const nums = batch.numbers(column);
  const col = batch.cells[column] ?? [];
  const out = new Uint8Array(batch.length);
  for (let i = 0; i < batch.length; i++) {
    const text = col[i] ?? null;
    out[i] = text === null ? CELL_NULL : !Number.isNaN(nums[i] ?? NaN) || isNanLiteral(text) ? CELL_NUMBER : CELL_TEXT;
  }
  return out;
}
function isNanLiteral(text) {
  const t = text.trim();
  return t === "nan" || t === "NaN" || t === "NAN";
}
function parseNumber(text) {
  if (text === null) return NaN;
  const t = text.trim();
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
    numbers(column) {
      let out = cache.get(column);
      if (out === void 0) {
        const col = init.cells[column] ?? [];
        out = new Float64Array(length);
        for (let i = 0; i < length; i++) out[i] = parseNumber(col[i] ?? null);
        cache.set(column, out);
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
  constructor(message, line, column, expected) {
    super(message);
    this.line = line;
    this.column = column;
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
  /** Computes a column's ColumnBatchStats over the first `length` rows where the arrays live (optional). */
  statsOf;
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
  let z = e;
  while (a < z && (bytes[a] === 32 || bytes[a] === 9)) a++;
  while (z > a && (bytes[z - 1] === 32 || bytes[z - 1] === 9)) z--;
  if (z - a !== 3) return false;
  const t = latin1(bytes, a, z);
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
                const f = formSlots[sbase + slot] - 1;
                if (f < 0) {
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
                if (formLen[fbase + f] === len && formEsc[fbase + f] === esc) {
                  const fs = formStart[fbase + f];
                  let j = 0;
                  while (j < len && bytes[s + j] === bytes[fs + j]) j++;
                  if (j === len) {
                    formIds[k] = f;
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
function uncountPartial(b, bytes, row, cols, quote) {
  for (let col = 0; col < Math.min(cols, b.ncols); col++) {
    const k = col * b.capacity + row;
    b.escaped[k] = 0;
    if (b.kinds[k] !== CELL_NUMBER) continue;
    const s = b.starts[k];
    const e = b.ends[k];
    if (e - s < 1 || e - s > 15 || s > 0 && bytes[s - 1] === quote) continue;
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
    let text;
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
      text = decode(Uint8Array.from(parts));
    } else {
      const s = pos;
      while (pos < limit && bytes[pos] !== d.delimiter && bytes[pos] !== 10 && bytes[pos] !== 13) pos++;
      if (pos >= limit && !eof) return null;
      text = decode(bytes.subarray(s, pos));
    }
    fields.push(text);
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

// src/adapters/data/file-input.ts
import { closeSync, fstatSync, openSync } from "node:fs";
function openInputFile(path) {
  let fd;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") throw new InputError(`${path}: no such file`, [], { cause: error });
    if (code === "EACCES" || code === "EPERM") throw new InputError(`${path}: permission denied (expected a readable file)`, [], { cause: error });
    if (code === "EISDIR") throw new InputError(`${path}: is a directory (expected a CSV or JSON Lines file)`, [], { cause: error });
    throw new InputError(`${path}: cannot be opened (${code ?? "unknown error"})`, [], { cause: error });
  }
  const stat = fstatSync(fd);
  if (stat.isDirectory()) {
    closeSync(fd);
    throw new InputError(`${path}: is a directory (expected a CSV or JSON Lines file)`);
  }
  if (!stat.isFile()) {
    closeSync(fd);
    throw new InputError(`${path}: is not a regular file (expected a CSV or JSON Lines file)`);
  }
  return { fd, size: stat.size };
}

// src/adapters/data/csv-reader.ts
import { closeSync as closeSync2, readSync } from "node:fs";
import { isUtf8 } from "node:buffer";

// src/core/data/wasm/csv-scan-wasm.ts
var CSV_SCAN_WASM = "AGFzbQEAAAABJAZgAAF/YAV/f39/fAF/YAAAYAJ/fwF8YAR/f39/AX9gAn9/AAIPAQNlbnYGbWVtb3J5AgABAxYVAAAAAQIDAAAABAAAAAAAAAAAAAAFBrkBIn8BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBIgt/AUEAC3wBRAAAAAAAAAAAC38BQQALfwFBAAt8AUQAAAAAAAAAAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAsHrAIcA3BvcwMXBGxpbmUDGAlsaW5lU3RhcnQDGQZsZW5ndGgDGgdlcnJMaW5lAxsGZXJyQ29sAxwIZXJyQ291bnQDHQZsYXlvdXQACQh0b2tlbnNBdAAACHN0YXJ0c0F0AAIGZW5kc0F0ABIJZXNjYXBlZEF0ABEHa2luZHNBdAAKCW51bWJlcnNBdAAGB2xpbmVzQXQACAhkaWdpdHNBdAATCWZvcm1JZHNBdAAOC2Zvcm1Db3VudEF0ABALZm9ybVN0YXJ0QXQADAlmb3JtTGVuQXQADQlmb3JtRXNjQXQADwhub0RpY3RBdAAHBmhhcmRBdAALB3N0YXRzQXQAAQtjb2x1bW5TdGF0cwAUDXByZXBhcmVUb2tlbnMABARzY2FuAAMGbWVtb3J5AgAMAQUKsiMVBAAjAwsEACMUCwQAIwQLwhIDGH8EfAF+IwAgAGohDiMaRQRAIwpBACMBQQJ0/AsAIxBBACMBQQ10/AsAQQAhAANAIAAjAUgEQCMMIABBAnRqQX9BACMSIABqLQAAQQFGGzYCACAAQQFqIQAMAQsLIxNBADYCAAsjALcgBKAhICADJBYjACMXaiEAIxghBCMAIxlqIQkjA0GAHmohEiMfIRMjICEUIyEhFQJAA0AgALcgIGYEQEECDwsjGiMCTgRAQQEPCyAAIA5OBEBBA0EAIAEbDwsgBCEdIxohC0EAIQoDQAJAQQAhEEEAIQ9EAAAAAAAAAAAhHyAAIA5IBH8gAC0AACADRgVBAAsEfyAEIR4gACAJa0EBaiEFIABBAWoiACEGA0ADQAJAIAAtAAAiByADRg0AIAdBCkYEQCAAIA5ODQEgAEEBaiEJIAREAAAAAAAA8D+gIQQLIABBAWohAAwBCwsgACAOTgR/QQEFIAFFIABBAWogDk5xCwRAIAFFDQYgHiQbIAUkHEF/DwsgAC0AASADRgRAQQEhECAAQQJqIQAMAQsLIAAiBUEBaiIALQAAIgdBCkcgAiAHR3EgB0ENR3EEQCAEJBsgACAJa0EBaiQcQX4PC0EABSAAIQZBASEPA0AgAC0AAEEwayIFQQlNBEAgH0QAAAAAAAAkQKIgBbegIR8gAEEBaiEADAELIAVBMGoiBUEKRiACIAVGciAFQQ1GckUEQEEAIQ8gAEEBaiEADAELCyABRSAAIA5OcQ0EIAAhBSAAIAZGCyEWIAojAUgEQCAKIwJsIAtqIg1BAnQiByMEaiAGIwBrNgIAIwUgB2ogBSMAazYCACMGIA1qIBA6AAAgBSAGayIXBH8gEiAGLQAAai0AAAVBAAshGCAXBH8gGEEBcQR/IBMgF3ZBAXEgFCAXQSBIGwVBAAsEfyAFIAZrIRkjA0EEaiMDKAIAIhpBAnRqIRFBACEIAn8DQCAIIBpIBEAjA0EEaiAIQQJ0aigCACIbIBlGBEBBACEHA0AgByAZSAR/IAYgB2otAAAgByARai0AAEYFQQALBEAgB0EBaiEHDAELC0EBIAcgGUYNAxoLIBEgG0EfakFgcWohESAIQQFqIQgMAQsLQQALBUEACwUgFQsEQCMHIA1qQQA6AAAjCCANQQN0akQAAAAAAAD4fzkDAAUgF0EASiAPcSAXQQ9McQRAIwggDUEDdGogHzkDACMHIA1qQQE6AAAjCiAKQQJ0aiIFIAUoAgBBAWo2AgAFIBcEfyAFQQFrLQAABUEACyEIIBhBAnFBAEciBwRAIBdBA0YgBi0AAEHBAElyIBdBCEZyIAhBIEZyIAhBCUZyIQcLQQAkHkEAIAcgEBsEfCAGIAUQBQVEAAAAAAAA+H8LIR4gF0EMTAR/IBBBASAHQQBBASMeIB4gHmIbGxsFQQELBH9BAAUgBiEHIAUhCANAIAcgCEgEfyAHLQAAQSBGBH9BAQUgBy0AAEEJRgsFQQALBEAgB0EBaiEHDAELCwNAIAcgCEgEfyAIQQFrLQAAQSBGBH9BAQUgCEEBay0AAEEJRgsFQQALBEAgCEEBayEIDAELCyAIIAdrQQNHBH9BAAUgBy0AASIIQeEARiAHLQAAIg9B7gBGcSAHLQACIgdB7gBGcQR/QQEFIAhB4QBGIA9BzgBGcSAHQc4ARnELBH9BAQUgCEHBAEYgD0HOAEZxIAdBzgBGcQsLCwRAIwggDUEDdGpEAAAAAAAA+H85AwAjByANakEBOgAABSMeBEAjCCANQQN0akQAAAAAAAD4fzkDACMHIA1qQQM6AAAjE0EEaiMTKAIAIgVBAnRqIA02AgAjEyAFQQFqNgIABSAeIB5hBEAjCCANQQN0aiAeOQMAIwcgDWpBAToAAAUjCCANQQN0akQAAAAAAAD4fzkDACMHIA1qQQI6AAACQCMMIApBAnRqKAIAIhFBAEgNACMQIApBDXRqIRcgCkEKdCEYIAUgBmsiGUEITgR+IAYpAwAFIAYpAwBCASAZrEIDhoZCAX2DCyIhIBlBCEoEfiAFQQhrKQMABUIAC0IdiYUgGaxCOIaFQpX4qfqXt96bnn9+QjWIpyEIA0AgFyAIQQJ0aigCAEEBayIaQQBIBEAgEUGACE4EQCMMIApBAnRqQX82AgAjEiAKakEBOgAADAMLIBcgCEECdGogEUEBaiIFNgIAIBEgGGoiB0ECdCIIIw1qIAYjAGs2AgAjDiAIaiAZNgIAIw8gGGogEWogEDoAACMRIAdBA3RqICE3AwAjCyANQQJ0aiARNgIAIwwgCkECdGogBTYCAAwCCyMRIBggGmoiBUEDdGopAwAgIVEEfyMOIAVBAnRqKAIAIBlGBUEACwR/Iw8gGGogGmotAAAgEEYFQQALBH8gGUEITAR/QQEFIAZBCGohGyMAIw0gGCAaakECdGooAgBqQQhqIRwgGUEIayEPQQAhBQJ/A0AgBUEIaiIHIA9MBEBBACAFIBtqKQMAIAUgHGopAwBSDQIaIAchBQwBCwsDQCAFIA9IBEBBACAFIBtqLQAAIAUgHGotAABHDQIaIAVBAWohBQwBCwtBAQsLBUEACwRAIwsgDUECdGogGjYCAAUgCEEBakH/D3EhCAwBCwsLCwsLCwsLIApBAWohCiAAIA5ODQAgAC0AACIFIAJGBEAgAEEBaiEADAILIAVBDUYEfyAAQQFqIA5IBH8gAEECQQEgAC0AAUEKRhtqBSABRQ0FIABBAWoLBSAAQQFqCyEAIAREAAAAAAAA8D+gIQQgACEJCwsgACMAayQXIAQkGCAJIwBrJBkgFiAKQQFGcQ0AIAojAUcEQCAdJBsgCiQdBSMJIAtBA3RqIB05AwAgC0EBaiQaDAELC0F9DwsDQCAMIwFIIAogDEpxBEAjACAMIwJsIAtqIgBBAnQiASMEaigCAGohA0EAIwAjBSABaigCAGogA2siASMHIABqLQAAQQFHBH9BAQUjBiAAai0AAAsbRSABQQ9KcgR/QQEFIAMjAEoEfyMWIANBAWstAABGBUEACwtFBEBBASECQQAhBQNAIAEgBUoEQCACQQAgAyAFai0AAEEwa0EJTRshAiAFQQFqIQUMAQsLIAIEQCMKIAxBAnRqIgAgACgCAEEBazYCAAsLIAxBAWohDAwBCwtBAAvkAQEGfyMDQYAeaiIAQQBBgAL8CwAgAEEwakECQQr8CwAgAEECOgAtIABBAjoAKyAAQQI6AC4gAEECOgAgIABBAjoACSAAQQI6AGkgAEECOgBJIABBAjoAbiAAQQI6AE4jAygCACEEQQAkH0EAJCBBACQhIwNBBGogBEECdGohAQNAIAIgBEgEQCMDQQRqIAJBAnRqKAIAIgNBIEgEQCMfQQEgA3RyJB8FQQEkIAsgAwRAIAAgAS0AAGoiBSAFLQAAQQFyOgAABUEBJCELIAEgA0EfakFgcWohASACQQFqIQIMAQsLC+EJAgd/AnxBACQeA0AgACABSAR/IAAtAABBIEYEf0EBBSAALQAAQQlGCwVBAAsEQCAAQQFqIQAMAQsLA0AgACABSAR/IAFBAWstAABBIEYEf0EBBSABQQFrLQAAQQlGCwVBAAsEQCABQQFrIQEMAQsLIAAgAUYEQEQAAAAAAAD4fw8LIAAtAAAiCEEtRgR/QQEhBiAAQQFqBSAAQQFqIAAgCEErRhsLIQADQCAAIAFIBEAgAC0AAEEwayIIQQlNBEAgCkQAAAAAAAAkQKIgCLegIQogAkEBaiECIABBAWohAAwCCwsLIAAgAUgEfyAALQAAQS5GBUEACwRAIABBAWohAANAIAAgAUgEQCAALQAAQTBrIghBCU0EQCAKRAAAAAAAACRAoiAIt6AhCiACQQFqIQIgB0EBaiEHIABBAWohAAwCCwsLCyACRQRAAn9BACECQQAgASAAa0GcCCgCAEEBdkcNABoDQCACQZwIKAIAQQF2IgRIBEAgACACai0AACEFQQAgAiAETwR/QX8FIAJBAXRBoAhqLwEACyAFRw0CGiACQQFqIQIMAQsLQQELBH9BAQUCf0EAIQJBACABIABrQbwIKAIAQQF2Rw0AGgNAIAJBvAgoAgBBAXYiBEgEQCAAIAJqLQAAIQVBACACIARPBH9BfwUgAkEBdEHACGovAQALIAVHDQIaIAJBAWohAgwBCwtBAQsLBH9BAQUCf0EAIQJBACABIABrQdwIKAIAQQF2Rw0AGgNAIAJB3AgoAgBBAXYiBEgEQCAAIAJqLQAAIQVBACACIARPBH9BfwUgAkEBdEHgCGovAQALIAVHDQIaIAJBAWohAgwBCwtBAQsLBH9BAQUCf0EAIQJBACABIABrQfwIKAIAQQF2Rw0AGgNAIAJB/AgoAgBBAXYiBEgEQCAAIAJqLQAAIQVBACACIARPBH9BfwUgAkEBdEGACWovAQALIAVHDQIaIAJBAWohAgwBCwtBAQsLBH9BAQUCf0EAIAEgAGtBrAkoAgBBAXZHDQAaA0AgA0GsCSgCAEEBdiIBSARAIAAgA2otAAAhAkEAIAEgA00Ef0F/BSADQQF0QbAJai8BAAsgAkcNAhogA0EBaiEDDAELC0EBCwsEQEQAAAAAAADw/0QAAAAAAADwfyAGGw8LRAAAAAAAAPh/DwsgACABSAR/IAAtAABBIHJB5QBGBUEACwR/IAEgAEEBaiIASgR/IAAtAABBLUYFQQALBH9BASEEIABBAWoFIABBAWogACAAIAFIBH8gAC0AAEErRgVBAAsbCyIAIQIDQCAAIAFIBEAgAC0AAEEwayIIQQlNBEAgBUEKbCAIaiAFIAVBoI0GSBshBSAAQQFqIQAMAgsLCyAAIAJGBEBEAAAAAAAA+H8PC0EAIAVrIAUgBBsFQQALIAAgAUcEQEQAAAAAAAD4fw8LIAdrIgBBak4gCkQAAAAAAABAQ2VxIABBFkxxBEAgAEEATgR8RAAAAAAAAPA/IQkDQCAAIANKBEAgCUQAAAAAAAAkQKIhCSADQQFqIQMMAQsLIAogCaIFQQAgAGshAEQAAAAAAADwPyEJA0AgACADSgRAIAlEAAAAAAAAJECiIQkgA0EBaiEDDAELCyAKIAmjCyIJmiAJIAYbDwtBASQeRAAAAAAAAAAACwQAIwgLBAAjEgsEACMJC/YBAQF/IAIkASADJAIgACQAIAAgAWpBQGtBeHEiACQDIABBgCBqIgAkBCAAIAIgA2wiAEECdCIBaiIEJAUgASAEaiIEJAggBCAAQQN0aiIEJAkgBCADQQN0aiIDJAsgASADaiIDJAogAkECdCIEIANqIgMkDCADIARqIgMkDSACQQx0IgQgA2oiAyQOIAMgBGoiAyQQIAJBDXQiBCADakEHakF4cSIDJBEgAyAEaiIDJBMgASADakEPakF4cSIBJBQgAUFAayIBJAYgACABaiIBJAcgACABaiIAJA8gACACQQp0aiIAJBIgACACakEHakF4cSQVIxULBAAjBwsEACMTCwQAIw0LBAAjDgsEACMLCwQAIw8LBAAjDAsEACMGCwQAIwULBAAjCgvaAgIFfAd/IAAjAmwiACMHaiEIIwggAEEDdGohCkQAAAAAAADwfyEERAAAAAAAAPD/IQNBACEAA0AgACABSARAIA0gACAIai0AACIHRWohDSAMIAdBAkZqIQwgCiAAQQN0aisDACIFIAQgBCAFZBshBCAFIAMgAyAFYxshAyAJIAUgBaEiAiACYmohCSALIAUgBWJqIQsgAEEBaiEADAELCyAEIQIgAyEFIAkgC2siB0EASgRARAAAAAAAAPB/IQJEAAAAAAAA8P8hBUEAIQADQCAAIAFIBEAgCiAAQQN0aisDACIGIAahRAAAAAAAAAAAYQRAIAYgBSAFIAZjGyEFIAYgAiACIAZkGyECCyAAQQFqIQAMAQsLCyMUIA23OQMAIxQgDLc5AwgjFCALIA1rIAxrtzkDECMUIAe3OQMYIxQgBDkDICMUIAM5AygjFCACOQMwIxQgBTkDOAsL3wEFAEGMCAsgHAAAAAAAAAAAAAAAAgAAAAYAAABpAG4AZgAAAAAAAAAAQawICyAcAAAAAAAAAAAAAAACAAAABgAAAEkAbgBmAAAAAAAAAABBzAgLIBwAAAAAAAAAAAAAAAIAAAAGAAAASQBOAEYAAAAAAAAAAEHsCAswLAAAAAAAAAAAAAAAAgAAABAAAABpAG4AZgBpAG4AaQB0AHkAAAAAAAAAAAAAAAAAAEGcCQswLAAAAAAAAAAAAAAAAgAAABAAAABJAG4AZgBpAG4AaQB0AHkAAAAAAAAAAAAAAAAA";

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
var TOKEN_ROOM = 3840;
function tokenRegionBytes(tokens) {
  return tokens.reduce((n, t) => n + 4 + (t.length + 31 & ~31), 4);
}
function writeTokens(sc, tokens) {
  if (sc.tokens === tokens) return;
  const at = sc.x.tokensAt();
  const view = new DataView(sc.memory.buffer);
  let bytesAt = at + 4 + tokens.length * 4;
  const mem = new Uint8Array(sc.memory.buffer);
  view.setInt32(at, tokens.length, true);
  tokens.forEach((t, i) => {
    const padded = t.length + 31 & ~31;
    view.setInt32(at + 4 + i * 4, t.length, true);
    mem.set(t, bytesAt);
    bytesAt += padded;
  });
  sc.x.prepareTokens();
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
  const out = new Float64Array(buf, x.statsAt(), 8);
  sc.view.statsOf = (c, n) => {
    x.columnStats(c, n);
    return { nulls: out[0], numbers: n - out[0] - out[1], texts: out[1], nans: out[2], infinite: out[3], min: out[4], max: out[5], finiteMin: out[6], finiteMax: out[7] };
  };
  return sc.view;
}
function releaseWasmBatchBuilder(b) {
  if (scanner && scanner.view === b) scanner.view = void 0;
}
function scanCsvRecordsWasm(bytes, st, limit, eof, d, b, stopAt, chunk) {
  if (scanner === void 0) scanner = load();
  const sc = scanner;
  if (sc === null || b.length > 0 && sc.builder !== b || tokenRegionBytes(d.nullTokens) > TOKEN_ROOM) return scanCsvRecords(bytes, st, limit, eof, d, b, stopAt);
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
  const code = x.scan(limit, eof ? 1 : 0, d.delimiter, d.quote, Math.min(stopAt, 2 ** 52));
  if (code < 0) {
    const line = x.errLine.value;
    if (code === -1) {
      const col = x.errCol.value;
      throw new CsvSyntaxError(`unterminated quoted field: the quote opened at line ${line}, column ${col} is never closed`, line, col, 'a closing " before the end of the file (write a quote inside a field as "")');
    }
    if (code === -2) throw new CsvSyntaxError("unexpected character after a closing quote", line, x.errCol.value, 'a delimiter or the end of the line after a quoted field (write a quote inside a field as "")');
    const count = x.errCount.value;
    throw new CsvSyntaxError(`record has ${count} field${count === 1 ? "" : "s"}, the header has ${ncols}`, line, void 0, `${ncols} fields separated by '${String.fromCharCode(d.delimiter)}' (quote fields that contain the delimiter)`);
  }
  const to = x.length.value;
  copyOut(sc, b, from, to, view);
  st.pos = x.pos.value;
  st.line = x.line.value;
  st.lineStart = x.lineStart.value;
  if (noDict.some((f) => f === 1)) st.noDictionary = Uint8Array.from(noDict);
  b.length = to;
  return code === 0 ? "need-more" : code === 1 ? "full" : code === 2 ? "stop" : "done";
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
      const z = c * cap + to;
      b.starts.set(starts.subarray(a, z), a);
      b.ends.set(ends.subarray(a, z), a);
      b.escaped.set(escaped.subarray(a, z), a);
      b.kinds.set(kinds.subarray(a, z), a);
      b.numbers.set(numbers.subarray(a, z), a);
      b.formIds.set(formIds.subarray(a, z), a);
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
function decodeCell(bytes, start, end, escaped, quote = 34) {
  const fast = bytes.utf8Slice;
  const text = fast !== void 0 ? fast.call(bytes, start, end) : utf8.decode(bytes.subarray(start, end));
  if (!escaped) return text;
  const q = String.fromCharCode(quote);
  return text.split(q + q).join(q);
}
function makeByteRecordBatch(init) {
  const { builder: b, bytes } = init;
  const length = b.length;
  const cap = b.capacity;
  const slice = (arr, column) => arr.subarray(column * cap, column * cap + length);
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
    },
    ...b.statsOf !== void 0 ? { stats: (c) => b.statsOf(c, length) } : {}
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
    let cp = b & 63 >> need;
    for (let j = 1; j <= need; j++) {
      const c = bytes[i + j];
      if (c === void 0 || i + j >= end || (c & 192) !== 128) return i;
      cp = cp << 6 | c & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return i;
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

// src/adapters/data/csv-reader.ts
var utf82 = new TextDecoder("utf-8", { fatal: true });
function syntaxToInputError(error, file, lineOffset = 0) {
  if (!(error instanceof CsvSyntaxError)) return error;
  const line = error.line + lineOffset;
  const message = error.message.replace(/at line (\d+)/, (_m, l) => `at line ${Number(l) + lineOffset}`);
  return new InputError(`${file}: cannot read CSV`, [{ file, line, ...error.column !== void 0 ? { column: error.column } : {}, message, expected: error.expected }]);
}
function readFully(fd, buf, offset, position) {
  let total = 0;
  while (offset + total < buf.length) {
    const n = readSync(fd, buf, offset + total, buf.length - offset - total, position + total);
    if (n === 0) break;
    total += n;
  }
  return total;
}
function invalidUtf8Error(file, bytes, from, line, bad) {
  const where = lineAndColumn(bytes, from, line, bad);
  return new InputError(`${file}: cannot read CSV`, [
    { file, line: where.line, column: where.column, message: `invalid UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, "0")})`, expected: "UTF-8 text (convert with e.g. `iconv -f latin1 -t utf-8`)" }
  ]);
}
function readCsvHeader(fd, size, file, options, dialect = csvDialect(options)) {
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
      if (bufSize >= options.maxRecordBytes) {
        throw new InputError(`${file}: cannot read CSV`, [{ file, line: 1, message: `the header is longer than the maximum record size (${options.maxRecordBytes} bytes)`, expected: "a header row that ends with a newline" }]);
      }
      bufSize = Math.min(bufSize * 4, options.maxRecordBytes + 1);
      continue;
    }
    const seen = /* @__PURE__ */ new Map();
    const problems = [];
    for (const [i, name] of fields.entries()) {
      const first = seen.get(name);
      if (first !== void 0) problems.push({ file, line: 1, message: `duplicate column name ${JSON.stringify(name)} (columns ${first + 1} and ${i + 1})`, expected: "unique column names in the header" });
      else seen.set(name, i);
    }
    if (problems.length > 0) throw new InputError(`${file}: cannot read CSV`, problems);
    return { header: fields, dataStart: st.pos, dataLine: st.line };
  }
}
var chunkSerial = 0;
function* scanCsvRange(fd, size, file, header, range, options, dialect = csvDialect(options), reuseBatches = false) {
  let shared;
  let spare;
  let fileOff = range.start;
  let buf = Buffer.allocUnsafe(Math.min(options.chunkBytes, Math.max(1, size - fileOff)));
  let filled = 0;
  let validated = 0;
  const st = { pos: 0, line: range.line, lineStart: 0 };
  let rows = 0;
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
          builder = shared ??= wasmBatchBuilder(header.length, options.batchRows, options.chunkBytes) ?? new CsvBatchBuilder(header.length, options.batchRows);
          builder.length = 0;
        } else builder = new CsvBatchBuilder(header.length, options.batchRows);
        const outcome = scanCsvRecordsWasm(buf, st, filled, eof, dialect, builder, range.stopAt - fileOff, chunk);
        if (builder.length > 0) {
          yield makeByteRecordBatch({ file, header, firstRow: rows, bytes: buf, builder, quote: dialect.quote });
          rows += builder.length;
        }
        if (outcome === "full") continue;
        if (outcome === "need-more") break;
        return { end: fileOff + st.pos, line: st.line, rows };
      }
      const carry = filled - st.pos;
      if (carry > options.maxRecordBytes) throw tooLongError(file, buf, st, filled, options.maxRecordBytes, dialect.quote);
      let next;
      if (reuseBatches && spare !== void 0 && spare.length >= Math.max(options.chunkBytes, carry * 2)) next = spare;
      else next = Buffer.allocUnsafe(Math.max(options.chunkBytes, carry * 2));
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
function tooLongError(file, buf, st, filled, max, quote) {
  let open = -1;
  for (let i = st.pos; i < filled; i++) if (buf[i] === quote) open = open < 0 ? i : -1;
  const mib = max % (1024 * 1024) === 0 ? `${max / 1024 / 1024} MiB` : `${max} bytes`;
  if (open >= 0) {
    const at = lineAndColumn(buf, st.pos, st.line, open);
    return new InputError(`${file}: cannot read CSV`, [{ file, line: at.line, column: at.column, message: `unterminated quoted field: the quote opened at line ${at.line}, column ${at.column} is not closed within the maximum record size (${mib})`, expected: 'a closing " (write a quote inside a field as "")' }]);
  }
  return new InputError(`${file}: cannot read CSV`, [{ file, line: st.line, message: `the record starting at line ${st.line} is longer than the maximum record size (${mib})`, expected: `records shorter than ${mib} (raise it with --max-record-bytes)` }]);
}
async function* readCsvBatches(path, options) {
  const { fd, size } = openInputFile(path);
  try {
    const dialect = csvDialect(options);
    const head = readCsvHeader(fd, size, path, options, dialect);
    const it = scanCsvRange(fd, size, path, head.header, { start: head.dataStart, stopAt: Number.POSITIVE_INFINITY, line: head.dataLine }, options, dialect);
    let rows = 0;
    for (; ; ) {
      let step;
      try {
        step = it.next();
      } catch (error) {
        throw syntaxToInputError(error, path);
      }
      if (step.done) break;
      rows += step.value.length;
      yield step.value;
    }
    if (rows === 0 && !options.allowEmpty) throw headerOnlyError(path);
  } finally {
    closeSync2(fd);
  }
}
function headerOnlyError(file) {
  return new InputError(`${file}: cannot read CSV`, [{ file, line: 2, message: "the file has a header but no records", expected: "at least one record after the header" }]);
}

export {
  dataFormat,
  resolveReadOptions,
  CELL_NULL,
  CELL_NUMBER,
  CELL_TEXT,
  cellKinds,
  parseNumber,
  makeRecordBatch,
  CsvSyntaxError,
  decodeCell,
  firstInvalidUtf8,
  lineAndColumn,
  openInputFile,
  syntaxToInputError,
  readCsvHeader,
  scanCsvRange,
  readCsvBatches,
  headerOnlyError
};
