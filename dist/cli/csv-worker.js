import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));

// src/adapters/data/csv-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/adapters/data/csv-range-pass.ts
import { closeSync as closeSync2, openSync } from "node:fs";

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
  constructor(ncols, capacity) {
    this.ncols = ncols;
    this.capacity = capacity;
    const cells = ncols * capacity;
    this.starts = new Int32Array(cells);
    this.ends = new Int32Array(cells);
    this.escaped = new Uint8Array(cells);
    this.kinds = new Uint8Array(cells);
    this.numbers = new Float64Array(cells);
    this.lines = new Float64Array(capacity);
  }
  ncols;
  capacity;
  starts;
  ends;
  escaped;
  kinds;
  numbers;
  lines;
  length = 0;
};
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
  const { starts, ends, escaped, kinds, numbers, lines } = b;
  let tokenLengths = 0;
  let longTokens = 0;
  for (const t of tokens) {
    if (t.length < 32) tokenLengths |= 1 << t.length;
    else longTokens = 1;
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
            if (!eof) return "need-more";
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
          const c2 = bytes[pos];
          if (c2 === DELIM || c2 === 10 || c2 === 13) break;
          const dg = c2 - 48;
          if (dg >= 0 && dg <= 9) acc = acc * 10 + dg;
          else digitsOnly = false;
          pos++;
        }
        if (pos >= limit && !eof) return "need-more";
        e = pos;
        lastEmpty = s === e;
        intValue = acc;
      }
      if (col < ncols) {
        const k = col * cap + row;
        const len = e - s;
        starts[k] = s;
        ends[k] = e;
        escaped[k] = esc;
        if ((len < 32 ? tokenLengths >>> len & 1 : longTokens) && isNullToken(bytes, s, e, tokens)) {
          kinds[k] = CELL_NULL;
          numbers[k] = NaN;
        } else if (digitsOnly && len > 0 && len <= 15 && esc === 0) {
          numbers[k] = intValue;
          kinds[k] = CELL_NUMBER;
        } else {
          const v = esc === 1 ? NaN : parseNumberBytes(bytes, s, e);
          numbers[k] = v;
          kinds[k] = v === v || esc === 0 && len <= 12 && isNanBytes(bytes, s, e) ? CELL_NUMBER : CELL_TEXT;
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
        else return "need-more";
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

// src/core/errors.ts
function formatProblem(p) {
  const where = p.file === void 0 ? "" : `${p.file}${p.line !== void 0 ? `:${p.line}` : ""}${p.line !== void 0 && p.column !== void 0 ? `:${p.column}` : ""}: `;
  const path = p.path ? `${p.path}: ` : "";
  const expected = p.expected ? ` (expected ${p.expected})` : "";
  return `${where}${path}${p.message}${expected}`;
}
var MergemlError = class extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = new.target.name;
  }
};
var InputError = class extends MergemlError {
  kind = "input";
  problems;
  constructor(message, problems = [], options) {
    super(problems.length > 0 ? `${message}
${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}` : message, options);
    this.problems = problems;
  }
};

// src/adapters/data/csv-reader.ts
import { closeSync, readSync } from "node:fs";
import { isUtf8 } from "node:buffer";

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
    escaped: (c) => slice(b.escaped, c)
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

// src/core/data/read-options.ts
var DEFAULT_MAX_RECORD_BYTES = 16 * 1024 * 1024;
function csvDialect(options) {
  const encoder = new TextEncoder();
  return { delimiter: options.delimiter.charCodeAt(0), quote: 34, nullTokens: options.nullValues.map((t) => encoder.encode(t)) };
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
function* scanCsvRange(fd, size, file, header, range, options, dialect = csvDialect(options), reuseBatches = false) {
  let shared;
  let spare;
  let fileOff = range.start;
  let buf = Buffer.allocUnsafe(Math.min(options.chunkBytes, Math.max(1, size - fileOff)));
  let filled = 0;
  let validated = 0;
  const st = { pos: 0, line: range.line, lineStart: 0 };
  let rows = 0;
  for (; ; ) {
    const got = readFully(fd, buf, filled, fileOff + filled);
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
        builder = shared ??= new CsvBatchBuilder(header.length, options.batchRows);
        builder.length = 0;
      } else builder = new CsvBatchBuilder(header.length, options.batchRows);
      const outcome = scanCsvRecords(buf, st, filled, eof, dialect, builder, range.stopAt - fileOff);
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
function hashBytesInto(bytes, start, end) {
  let h1 = 2166136261;
  let h2 = 2538058380 ^ end - start;
  for (let i = start; i < end; i++) {
    const c = bytes[i];
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 1540483477);
  }
  const a = fmix32(h1);
  const b = fmix32(h2);
  HASH_PARTS[0] = a & 1073741823;
  HASH_PARTS[1] = b & 1073741823;
  HASH_PARTS[2] = a * 2097152 + (b >>> 11);
}
function hashStringInto(text) {
  let h1 = 2166136261;
  let h2 = 2538058380 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 1540483477);
  }
  const a = fmix32(h1);
  const b = fmix32(h2);
  HASH_PARTS[0] = a & 1073741823;
  HASH_PARTS[1] = b & 1073741823;
  HASH_PARTS[2] = a * 2097152 + (b >>> 11);
}
var f64 = new Float64Array(1);
var u32 = new Uint32Array(f64.buffer);
function hashNumber(value) {
  f64[0] = value === 0 ? 0 : value;
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
    let z = M * tau(1 - counts[q + 1] / M);
    for (let k = q; k >= 1; k--) z = 0.5 * (z + counts[k]);
    z += M * sigma(counts[0] / M);
    return M * M / (2 * Math.LN2 * z);
  }
};
var RANK_BITS = 39;
function sigma(x0) {
  if (x0 === 1) return Number.POSITIVE_INFINITY;
  let x = x0;
  let y = 1;
  let z = x;
  for (; ; ) {
    x *= x;
    const prev = z;
    z += x * y;
    y += y;
    if (z === prev) return z;
  }
}
function tau(x0) {
  if (x0 === 0 || x0 === 1) return 0;
  let x = x0;
  let y = 1;
  let z = 1 - x;
  for (; ; ) {
    x = Math.sqrt(x);
    const prev = z;
    y *= 0.5;
    z -= (1 - x) ** 2 * y;
    if (z === prev) return z / 3;
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
  update(value) {
    if (value !== value) return;
    this.levels[0].push(value);
    this.n++;
    if (++this.size >= this.maxSize) this.compress();
  }
  /** Adds `value` with integer weight `count`, one item per set bit (level h carries weight 2^h). */
  updateWeighted(value, count) {
    if (value !== value || count <= 0) return;
    let w = count;
    for (let h = 0; w > 0; h++, w = Math.floor(w / 2)) {
      if (w % 2 === 1) {
        while (this.levels.length <= h) this.levels.push([]);
        this.levels[h].push(value);
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
    const total = cumulative[cumulative.length - 1] ?? 0;
    return qs.map((q) => {
      if (values.length === 0) return NaN;
      const target = q * total;
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
  add(key, text, count = 1) {
    const item = this.items.get(key);
    if (item !== void 0) item.count += count;
    else {
      this.items.set(key, { text: text(), count });
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
    const raw = batch.raw;
    const starts = raw?.starts(c);
    const ends = raw?.ends(c);
    const escaped = raw?.escaped(c);
    const bytes = raw?.bytes;
    const cells = raw === void 0 ? batch.cells[c] : void 0;
    let nulls = 0;
    let texts = 0;
    let finite = 0;
    let min = s.min;
    let max = s.max;
    let dense = s.dense;
    let base = s.denseBase;
    let exact = s.exact;
    const rawText = bytes !== void 0 && starts !== void 0 && ends !== void 0 && escaped !== void 0;
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
          if (finite === 0) shift = v;
          finite++;
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
      if (rawText && escaped[i] !== 1) hashBytesInto(bytes, starts[i], ends[i]);
      else hashStringInto(this.text(batch, c, i, cells));
      if (exact) {
        const a = HASH_PARTS[0];
        const check = HASH_PARTS[1];
        const head = s.textMap.get(a);
        let e = head ?? null;
        while (e !== null && e.check !== check) e = e.next;
        if (e !== null) e.count++;
        else {
          s.textMap.set(a, { check, key: HASH_PARTS[2], text: this.text(batch, c, i, cells), count: 1, next: head ?? null });
          s.textDistinct++;
          if (this.distinctSoFar > EXACT_DISTINCT_LIMIT) {
            this.overflow();
            exact = false;
          }
        }
      } else {
        const key = HASH_PARTS[2];
        this.hll?.add(key);
        this.frequent?.add(key, () => this.text(batch, c, i, cells));
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
    if (finite > 0) {
      const bMean = shift + s1 / finite;
      const bM2 = Math.max(0, s2 - s1 * s1 / finite);
      this.mergeMoments(finite, bMean, bM2);
    }
  }
  text(batch, c, i, cells) {
    const raw = batch.raw;
    if (raw !== void 0) return decodeCell(raw.bytes, raw.starts(c)[i] ?? 0, raw.ends(c)[i] ?? 0, raw.escaped(c)[i] === 1);
    return (cells ?? batch.cells[c])?.[i] ?? "";
  }
  mergeMoments(n, mean, m2) {
    const s = this.s;
    const total = s.finite + n;
    const delta = mean - s.mean;
    s.mean += delta * n / total;
    s.m2 += m2 + delta * delta * s.finite * n / total;
    s.finite = total;
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
        if (!s.exact) {
          this.hll?.add(item.key);
          this.frequent?.add(item.key, () => item.text, item.count);
          continue;
        }
        const a = Math.floor(item.key / 2097152) & 1073741823;
        const head = s.textMap.get(a);
        let e = head ?? null;
        while (e !== null && e.check !== item.check) e = e.next;
        if (e !== null) e.count += item.count;
        else {
          s.textMap.set(a, { check: item.check, key: item.key, text: item.text, count: item.count, next: head ?? null });
          s.textDistinct++;
          if (this.distinctSoFar > EXACT_DISTINCT_LIMIT) this.overflow();
        }
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
var BOOLEAN = /^(true|false)$/i;
var finiteOrNull = (v) => Number.isFinite(v) ? v : null;
function exactQuantiles(pairs, total) {
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
    const h = (total - 1) * p;
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
  return s.exact && [...textEntries(s.textMap)].every((i) => BOOLEAN.test(i.text)) ? "boolean" : "string";
}
function summarizeColumn(name, acc) {
  const s = acc.s;
  const { hll } = acc.sketches();
  const rows = s.count + s.nulls;
  return {
    name,
    type: inferType(acc),
    count: s.count,
    nulls: s.nulls,
    nullFraction: rows === 0 ? 0 : s.nulls / rows,
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
  profile: (_config, file) => new ProfileConsumer(file)
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
    fd = openSync(job.path, "r");
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
    if (fd !== void 0) closeSync2(fd);
  }
}

// src/adapters/data/csv-worker.ts
parentPort?.postMessage(runCsvRange(workerData));
