import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  BoundedSample
} from "./chunk-6CBAJCOW.js";
import {
  DATA_CHECK_PARAMS
} from "./chunk-WZL2LXPE.js";
import {
  CELL_NULL,
  CELL_NUMBER,
  CELL_TEXT,
  cellKinds,
  decodeCell
} from "./chunk-HEVO2NNT.js";
import {
  InternalError
} from "./chunk-WXR2B6ZC.js";

// src/core/checks/check-definition.ts
function toResult(id, config, column, v) {
  return {
    id,
    check: config.check,
    ...column !== void 0 ? { column } : {},
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
function mostlySuccess(considered, unexpected, mostly) {
  if (considered === 0) return true;
  return (considered - unexpected) / considered >= mostly;
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
        const names = config.column !== void 0 ? [config.column] : batch.header;
        targets = [];
        for (const name of names) {
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
function perTable(id, config, state, column) {
  let header;
  return {
    consume(batch) {
      header ??= batch.header;
      state.consume(batch);
    },
    finish() {
      return [toResult(id, config, column, state.finish(header))];
    }
  };
}
function headerCheck(id, config, finish, column) {
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
      return [toResult(id, config, column, finish(header))];
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

// src/core/checks/merge-not-exact.ts
var MergeNotExactError = class extends Error {
  constructor(what) {
    super(`the parallel states of ${what} cannot be merged exactly`);
    this.what = what;
    this.name = "MergeNotExactError";
  }
  what;
};

// src/core/data/batch-views.ts
var statsCache = /* @__PURE__ */ new WeakMap();
function columnStats(batch, c) {
  let perBatch = statsCache.get(batch);
  if (perBatch === void 0) statsCache.set(batch, perBatch = []);
  const hit = perBatch[c];
  if (hit !== void 0) return hit;
  const stats = batch.raw?.stats?.(c) ?? computeStats(cellKinds(batch, c), batch.numbers(c), batch.length);
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
  idOf(text, row) {
    let id = this.index.get(text);
    if (id === void 0) {
      if (this.texts.length >= MAX_DICTIONARY_TEXTS) return -1;
      id = this.texts.length;
      this.index.set(text, id);
      this.texts.push(text);
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
  for (let f = 0; f < forms.count; f++) {
    if (formCounts[f] === 0) {
      identity = false;
      formText[f] = -1;
      continue;
    }
    const start = forms.start[f];
    const id = table.idOf(decodeCell(raw.bytes, start, start + forms.length[f], forms.escaped[f] === 1), formFirst[f]);
    if (id < 0) return void 0;
    if (id !== f) identity = false;
    table.counts[id] += formCounts[f];
    formText[f] = id;
  }
  let ids = forms.ids;
  if (!identity) {
    ids = idsFor(batch, c);
    for (let i = 0; i < n; i++) if (kinds[i] === 2) ids[i] = formText[forms.ids[i]];
  }
  return table.dictionary(ids);
}
function countForms(kinds, ids, n, counts, first) {
  for (let i = 0; i < n; i++) {
    if (kinds[i] !== 2) continue;
    const f = ids[i];
    const seen = counts[f];
    if (seen === 0) first[f] = i;
    counts[f] = seen + 1;
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
var utf8 = new TextDecoder("utf-8");
var textCache = /* @__PURE__ */ new WeakMap();
var INTERN_MAX_ENTRIES = 1 << 16;
var INTERN_MAX_BYTES = 32;
var interned = /* @__PURE__ */ new Map();
function decodeShort(bytes, start, end) {
  for (let i = start; i < end; i++) if (bytes[i] >= 128) return utf8.decode(bytes.subarray(start, end));
  return String.fromCharCode.apply(null, bytes.subarray(start, end));
}
function decodeRange(bytes, start, end) {
  const len = end - start;
  if (len > INTERN_MAX_BYTES) return utf8.decode(bytes.subarray(start, end));
  let h = 2166136261 ^ len;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], 16777619);
  const hit = interned.get(h);
  if (hit !== void 0 && hit.bytes.length === len) {
    let same = true;
    for (let i = 0; i < len && same; i++) same = hit.bytes[i] === bytes[start + i];
    if (same) return hit.text;
  }
  const text = decodeShort(bytes, start, end);
  if (hit === void 0 && interned.size < INTERN_MAX_ENTRIES) interned.set(h, { bytes: bytes.slice(start, end), text });
  return text;
}
function unescape(text) {
  return text.split('""').join('"');
}
function cellText(batch, column, row) {
  const raw = batch.raw;
  if (raw === void 0) return batch.cells[column]?.[row] ?? null;
  return columnTexts(batch, column)[row] ?? null;
}
function columnTexts(batch, column) {
  const raw = batch.raw;
  if (raw === void 0) return batch.cells[column] ?? [];
  let perBatch = textCache.get(batch);
  if (perBatch === void 0) textCache.set(batch, perBatch = /* @__PURE__ */ new Map());
  let out = perBatch.get(column);
  if (out === void 0) {
    const kinds = cellKinds(batch, column);
    const starts = raw.starts(column);
    const ends = raw.ends(column);
    const escaped = raw.escaped(column);
    const texts = new Array(batch.length);
    for (let i = 0; i < batch.length; i++) {
      if (kinds[i] === 0) {
        texts[i] = null;
        continue;
      }
      const text = decodeRange(raw.bytes, starts[i], ends[i]);
      texts[i] = escaped[i] === 1 ? unescape(text) : text;
    }
    perBatch.set(column, out = texts);
  }
  return out;
}
var intCache = /* @__PURE__ */ new WeakMap();
function integerMask(batch, column) {
  let perBatch = intCache.get(batch);
  if (perBatch === void 0) intCache.set(batch, perBatch = /* @__PURE__ */ new Map());
  let mask = perBatch.get(column);
  if (mask !== void 0) return mask;
  mask = new Uint8Array(batch.length);
  const kinds = cellKinds(batch, column);
  const raw = batch.raw;
  if (raw === void 0) {
    const cells = batch.cells[column] ?? [];
    for (let i = 0; i < batch.length; i++) mask[i] = kinds[i] === 1 && /^\s*[+-]?\d+\s*$/.test(cells[i] ?? "") ? 1 : 0;
  } else {
    const bytes = raw.bytes;
    const starts = raw.starts(column);
    const ends = raw.ends(column);
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
  perBatch.set(column, mask);
  return mask;
}

// src/core/checks/check-result.ts
var MAX_EXAMPLES = 20;
function isBlocking(result) {
  return result.status === "fail" && result.severity === "error";
}

// src/core/checks/example-collector.ts
var MAX_VALUE_CHARS = 200;
function clip(value) {
  if (value === null || value === void 0) return value;
  return value.length > MAX_VALUE_CHARS ? `${value.slice(0, MAX_VALUE_CHARS)}\u2026` : value;
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
  add(file, line, column, value) {
    if (!this.wants(line)) return;
    const example = { file, line, ...column !== void 0 ? { column } : {}, ...value !== void 0 ? { value: clip(value) ?? null } : {} };
    let i = this.items.length;
    while (i > 0 && this.items[i - 1].line > line) i--;
    if (i > 0 && this.items[i - 1].line === line && this.items[i - 1].column === column) return;
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
    const { hi, lo, first, state } = this;
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
      this.first[i] = first[j];
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
  updateString(text) {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ 65536 + text.length, 2654435761);
    h2 = Math.imul(h2 ^ 65536 + text.length, 1597334677);
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
  ofString(text) {
    this.reset();
    if (text === null) this.updateNull();
    else this.updateString(text);
    return this.digest();
  }
};

// src/core/checks/dv/row-count-checks.ts
function withinRelative(x, ref, relative = 0.1) {
  return Math.abs(x - ref) <= Math.max(relative * Math.abs(ref), 1e-12);
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
          const ref = context.reference.rows;
          ok = withinRelative(n, ref);
          expected = `${ref} \xB1 10% (reference)`;
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
        const ratio = prev === 0 ? null : n / prev;
        return {
          status: low || high ? "fail" : "pass",
          observed: n,
          expected,
          message: low ? `${n} rows is below ${config.min_fraction} \xD7 ${prev} previous rows (COMPARATOR_LOW_NUM_EXAMPLES)` : high ? `${n} rows is above ${config.max_fraction} \xD7 ${prev} previous rows (COMPARATOR_HIGH_NUM_EXAMPLES)` : `${n} rows against ${prev} previous rows`,
          details: { previous: prev, ratio }
        };
      }
    });
  }
};

// src/core/checks/value-counts.ts
var MAX_TRACKED = 4096;
var MAX_TRACKED_CHARS = 4 * 1024 * 1024;
var ValueCounts = class {
  counts = /* @__PURE__ */ new Map();
  chars = 0;
  overflow = false;
  add(value, n = 1) {
    const had = this.counts.get(value);
    if (had !== void 0) this.counts.set(value, had + n);
    else if (this.counts.size < MAX_TRACKED && this.chars + value.length <= MAX_TRACKED_CHARS) {
      this.counts.set(value, n);
      this.chars += value.length;
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
    const mostly = config.mostly ?? 1;
    return mergeablePerColumn("DV12", config, (column) => {
      const fromReference = config.values === void 0 ? context.reference?.columns.get(column)?.domain ?? null : null;
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
        examples.add(file, line, column, v);
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
              if (nanInSet || dict.texts.every((t) => texts.has(t))) return;
              const off2 = Uint8Array.from(dict.texts, (t) => texts.has(t) ? 0 : 1);
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
          offValues.merge(s.offValues, 20, `values_in_set on ${column}`);
          examples.merge(s.examples, lineOffset);
        },
        finish() {
          if (config.values === void 0 && fromReference === null) {
            return { status: "skip", observed: null, expected: null, message: "no `values` given and no reference with at most 10,000 distinct values to take them from" };
          }
          const ok = config.min_domain_mass !== void 0 ? !(nonNull > 0 && off / nonNull > 1 - config.min_domain_mass) : mostlySuccess(nonNull, off, mostly);
          const top = offValues.first(20).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([v, n]) => `${JSON.stringify(v)} (${n})`);
          return {
            status: ok ? "pass" : "fail",
            observed: nonNull === 0 ? null : (nonNull - off) / nonNull,
            expected: config.min_domain_mass !== void 0 ? `domain mass \u2265 ${config.min_domain_mass}` : `in-set share \u2265 ${mostly}`,
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
function valueCount(text) {
  const t = text.trim();
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
    return perColumn("DV13", config, (column) => {
      let present = 0;
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
            present++;
            const n = valueCount(v);
            if (n < minSeen) minSeen = n;
            if (n > maxSeen) maxSeen = n;
            const isLow = config.min !== void 0 && n < config.min;
            const isHigh = config.max !== void 0 && n > config.max;
            if (isLow) low++;
            if (isHigh) high++;
            if (isLow || isHigh) examples.add(batch.file, batch.lines[i], column, v);
          }
        },
        finish() {
          const bad = low + high;
          return {
            status: bad > 0 ? "fail" : "pass",
            observed: present === 0 ? null : `${minSeen}..${maxSeen}`,
            expected: `${config.min ?? 0}..${config.max ?? "\u221E"} values per example`,
            message: bad === 0 ? `every present example has ${present === 0 ? "no" : `${minSeen}..${maxSeen}`} values` : `${low} examples have too few values (FEATURE_TYPE_LOW_NUMBER_VALUES) and ${high} too many (FEATURE_TYPE_HIGH_NUMBER_VALUES)`,
            unexpectedCount: bad,
            elementCount: present,
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
    return perColumn("DV14", config, (column) => {
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
          const ref = context.reference?.columns.get(column)?.distinct ?? null;
          let ok;
          let expected;
          if (config.min !== void 0 || config.max !== void 0) {
            ok = (config.min === void 0 || n >= config.min) && (config.max === void 0 || n <= config.max);
            expected = `${config.min ?? 0} \u2264 distinct \u2264 ${config.max ?? "\u221E"}`;
          } else if (ref !== null) {
            ok = withinRelative(n, ref);
            expected = `${ref} \xB1 10% (reference)`;
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

// src/core/checks/column-summary.ts
var TOP_VALUE_COUNTERS = 1e4;
var TopValueCounter = class {
  numbers = /* @__PURE__ */ new Map();
  texts = /* @__PURE__ */ new Map();
  nulls = 0;
  exact = true;
  total = 0;
  add(text, num) {
    this.total++;
    if (text === null) {
      this.nulls++;
      return;
    }
    if (Number.isNaN(num)) this.bump(this.texts, text);
    else this.bump(this.numbers, num === 0 ? 0 : num);
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
    let value = null;
    let count = this.nulls;
    let found = this.nulls > 0;
    for (const [k, v] of this.numbers) if (!found || v > count) [value, count, found] = [String(k), v, true];
    for (const [k, v] of this.texts) if (!found || v > count) [value, count, found] = [k, v, true];
    if (!found) return null;
    return { value, count, share: count / this.total };
  }
};
var NumericSummary = class {
  count = 0;
  mean = 0;
  m2 = 0;
  sample = new BoundedSample();
  consume(batch, column) {
    const nums = batch.numbers(column);
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
function countValues(counter, batch, column) {
  const kinds = cellKinds(batch, column);
  const nums = batch.numbers(column);
  let texts;
  for (let i = 0; i < batch.length; i++) {
    const x = nums[i];
    if (kinds[i] === CELL_NULL) counter.add(null, NaN);
    else if (!Number.isNaN(x)) counter.add("", x);
    else counter.add((texts ??= columnTexts(batch, column))[i] ?? "", NaN);
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
    const mostly = config.mostly ?? 1;
    const interval = describeInterval(min, max, strictMin, strictMax);
    return mergeablePerColumn("DV10", config, (column) => {
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
              if (examples.wants(batch.lines[i])) examples.add(batch.file, batch.lines[i], column, cellText(batch, c, i));
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
          const ok = mostlySuccess(considered, unexpected, mostly);
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
    return perColumn("DV11", config, (column) => {
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
            if (isNan && disallowNan || isInf && disallowInf) examples.add(batch.file, batch.lines[i], column, cellText(batch, c, i));
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
    return perColumn("DV25", config, (column) => {
      const counter = new TopValueCounter();
      return {
        consume(batch, c) {
          countValues(counter, batch, c);
        },
        finish() {
          const top = counter.top();
          const share = top?.share ?? 0;
          const ref = config.max_share === void 0 ? context.reference?.columns.get(column)?.mostCommonShare ?? null : null;
          const ok = ref !== null ? withinRelative(share, ref) : share < (config.max_share ?? 0.8);
          const expected = ref !== null ? `${ref} \xB1 10% (reference)` : `share < ${config.max_share ?? 0.8}`;
          return {
            status: ok ? "pass" : "fail",
            observed: share,
            expected,
            message: top === null ? "no values" : `most common value ${top.value === null ? "null" : JSON.stringify(top.value)} is ${percent(share)} of rows${counter.exact ? "" : " (approximate)"}`
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
    return perColumn("DV26", config, (column) => {
      const summary = new NumericSummary();
      return {
        consume(batch, c) {
          summary.consume(batch, c);
        },
        finish() {
          const s = summary.result();
          const value = statistic === "mean" || statistic === "mean_in_n_sigmas" ? s.mean : statistic === "std" ? s.std : s.quantile(q);
          const name = statistic === "quantile" ? `quantile ${q}` : statistic === "mean_in_n_sigmas" ? "mean" : statistic;
          const ref = context.reference?.columns.get(column);
          if (value === null) return { status: "fail", observed: null, expected: null, message: `${name} is undefined: too few numeric values` };
          if (statistic === "mean_in_n_sigmas") {
            const n = config.n_sigmas ?? 2;
            if (ref?.mean == null || ref.std == null) return { status: "skip", observed: value, expected: null, message: "mean_in_n_sigmas needs a reference with numeric values (--reference)" };
            const lo = ref.mean - n * ref.std;
            const hi = ref.mean + n * ref.std;
            const ok2 = lo < value && value < hi;
            return { status: ok2 ? "pass" : "fail", observed: value, expected: `(${lo}, ${hi})`, message: `mean ${value} is ${ok2 ? "within" : "outside"} ${n} reference standard deviations of ${ref.mean}` };
          }
          if (config.min !== void 0 || config.max !== void 0) {
            const okMin = config.min === void 0 || (config.strict_min ? value > config.min : value >= config.min);
            const okMax = config.max === void 0 || (config.strict_max ? value < config.max : value <= config.max);
            const interval = describeInterval(config.min, config.max, config.strict_min, config.strict_max);
            return { status: okMin && okMax ? "pass" : "fail", observed: value, expected: interval, message: `${name} ${value} is ${okMin && okMax ? "in" : "outside"} ${interval}${s.sampled ? " (from a bounded sample)" : ""}` };
          }
          const refValue = ref === void 0 ? null : statistic === "mean" ? ref.mean : statistic === "std" ? ref.std : ref.quantile(q);
          if (refValue === null) return { status: "skip", observed: value, expected: null, message: `no bounds and no reference: ${name} is ${value}` };
          const ok = withinRelative(value, refValue);
          return { status: ok ? "pass" : "fail", observed: value, expected: `${refValue} \xB1 10% (reference)`, message: `${name} ${value} against reference ${refValue}` };
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
    const mostly = config.mostly ?? 1;
    return perColumn("DV15", config, (column) => {
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
            if (before === 1) examples.add(batch.file, table.firstLine, column, v);
            examples.add(batch.file, line, column, v);
          }
        },
        finish() {
          const ok = mostlySuccess(nonNull, unexpected, mostly);
          return {
            status: ok ? "pass" : "fail",
            observed: nonNull === 0 ? null : (nonNull - unexpected) / nonNull,
            expected: `unique share \u2265 ${mostly}`,
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
    let rows = 0;
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
          rows++;
          const line = batch.lines[r];
          if (table.observe(hasher.hi, hasher.lo, line) !== 0) {
            duplicates++;
            examples.add(batch.file, line, void 0, `duplicate of line ${table.firstLine}`);
          }
        }
      },
      finish() {
        if (absent.length > 0) return { status: "fail", observed: null, expected: `ratio \u2264 ${maxRatio}`, message: `columns not in the data: ${absent.join(", ")}` };
        if (rows === 0) return { status: "fail", observed: null, expected: `ratio \u2264 ${maxRatio}`, message: "no rows: the duplicate ratio is undefined" };
        const ratio = 1 - (rows - duplicates) / rows;
        const ok = ratio <= maxRatio;
        return {
          status: ok ? "pass" : "fail",
          observed: ratio,
          expected: `ratio \u2264 ${maxRatio}`,
          message: `${duplicates} of ${rows} rows (${percent(ratio)}) repeat an earlier row${table.saturated ? SATURATED : ""}`,
          unexpectedCount: duplicates,
          elementCount: rows,
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
function pythonFloatParses(text) {
  return PYTHON_FLOAT.test(text.trim());
}
var INTEGER = /^[+-]?\d+$/;
var NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$|^[+-]?(?:inf|infinity)$|^nan$/i;
var BOOLEAN = /^(?:true|false)$/i;
function isIntegerText(text) {
  return INTEGER.test(text.trim());
}
function isNumberText(text) {
  return NUMBER.test(text.trim());
}
function isBooleanText(text) {
  return BOOLEAN.test(text.trim());
}
var NON_ALNUM = /[^\p{L}\p{N}]+/gu;
function baseForm(text, allowEmpty = false) {
  const base = text.replace(NON_ALNUM, "").toLowerCase();
  return base.length > 0 || allowEmpty ? base : text;
}
function codePointLength(text) {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 55296 && c <= 56319) {
      const d = text.charCodeAt(i + 1);
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
  boolean: (kind, _isInt, text) => kind !== CELL_NUMBER && isBooleanText(text ?? "")
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
    const mostly = config.mostly ?? 1;
    return mergeablePerColumn("DV07", config, (column) => {
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
          if (config.type === "string" && !allInt && !allNum && !allBool) {
            nonNull += batch.length - stats.nulls;
            return;
          }
          const kinds = cellKinds(batch, c);
          const ints = integerMask(batch, c);
          for (let i = 0; i < batch.length; i++) {
            const kind = kinds[i];
            if (kind === CELL_NULL) continue;
            nonNull++;
            let text = null;
            if (kind === CELL_NUMBER) {
              allBool = false;
              if (ints[i] === 0) allInt = false;
              if (isNumeric ? !integerOnly || ints[i] === 1 : config.type === "string") continue;
            } else {
              allInt = false;
              allNum = false;
              if (allBool || needsText) {
                text = cellText(batch, c, i);
                if (allBool && !isBooleanText(text ?? "")) allBool = false;
              }
            }
            if (!accepts(kind, ints[i] === 1, text)) {
              unexpected++;
              if (examples.wants(batch.lines[i])) examples.add(batch.file, batch.lines[i], column, cellText(batch, c, i));
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
          const ok = mostlySuccess(nonNull, unexpected, mostly);
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
    return perColumn("DV08", config, (column) => {
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
              if (numExamples.wants(line)) numExamples.add(batch.file, line, column, cellText(batch, c, i));
            } else if (strExamples.wants(line)) strExamples.add(batch.file, line, column, cellText(batch, c, i));
          }
        },
        finish() {
          const rNum = nonNull === 0 ? 0 : nums / nonNull;
          const rStr = nonNull === 0 ? 0 : (nonNull - nums) / nonNull;
          const minority = Math.min(rNum, rStr);
          const fail = lo < minority && minority < hi;
          const minorityKind = rNum <= rStr ? "numbers" : "strings";
          return {
            status: fail ? "fail" : "pass",
            observed: minority,
            expected: `minority share not strictly inside (${lo}, ${hi})`,
            message: minority === 0 ? "values are not mixed" : `${percent(rNum)} numbers and ${percent(rStr)} strings among non-null values`,
            unexpectedCount: minorityKind === "numbers" ? nums : nonNull - nums,
            elementCount: nonNull,
            details: { numbers_ratio: rNum, strings_ratio: rStr },
            examples: fail ? (minorityKind === "numbers" ? numExamples : strExamples).list() : []
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
    return perColumn("DV09", config, (column) => {
      let nulls = 0;
      const spellings = /* @__PURE__ */ new Map();
      const examples = new ExampleCollector();
      return {
        consume(batch, c) {
          const cells = columnTexts(batch, c);
          for (let i = 0; i < batch.length; i++) {
            const v = cells[i];
            if (v === null || v === void 0) {
              if (nulls++ === 0) examples.add(batch.file, batch.lines[i], column, null);
              continue;
            }
            if (v.length > 16 || !NULL_BASE_FORMS.has(baseForm(v))) continue;
            const seen = spellings.get(v);
            if (seen === void 0) {
              if (spellings.size < MAX_NULL_SPELLINGS) spellings.set(v, 1);
              examples.add(batch.file, batch.lines[i], column, v);
            } else spellings.set(v, seen + 1);
          }
        },
        finish() {
          const kinds = (nulls > 0 ? 1 : 0) + spellings.size;
          const list = [...nulls > 0 ? [`null (${nulls})`] : [], ...[...spellings].map(([k, n]) => `${JSON.stringify(k)} (${n})`)];
          return {
            status: kinds > maxKinds ? "fail" : "pass",
            observed: kinds,
            expected: `\u2264 ${maxKinds} kinds`,
            message: kinds === 0 ? "no null values" : `${kinds} kind${kinds === 1 ? "" : "s"} of null: ${list.join(", ")}`,
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
function tfdvPresence(present, total, minFraction) {
  const fraction = total === 0 ? 1 : present / total;
  let relaxed = minFraction;
  let anomaly = false;
  if (fraction < relaxed) {
    relaxed = Math.fround(fraction);
    anomaly = true;
  }
  if (relaxed === 1 && total - present !== 0) {
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
    const mostly = config.mostly ?? 1;
    return mergeablePerColumn("DV06", config, (column) => {
      let total = 0;
      let nulls = 0;
      const examples = new ExampleCollector();
      return {
        consume(batch, c) {
          total += batch.length;
          if (columnStats(batch, c).nulls === 0) return;
          const kinds = cellKinds(batch, c);
          for (let i = 0; i < batch.length; i++) {
            if (kinds[i] === 0) {
              nulls++;
              examples.add(batch.file, batch.lines[i], column, null);
            }
          }
        },
        state: () => ({ total, nulls, examples: examples.state() }),
        merge(s, lineOffset) {
          total += s.total;
          nulls += s.nulls;
          examples.merge(s.examples, lineOffset);
        },
        finish() {
          const present = total - nulls;
          const failures = [];
          const expected = [];
          let relaxed = null;
          const refShare = noParams ? context.reference?.columns.get(column)?.nullShare : void 0;
          if (config.mostly !== void 0 || noParams && refShare === void 0) {
            expected.push(`non-null share \u2265 ${mostly}`);
            if (!mostlySuccess(total, nulls, mostly)) failures.push(`non-null share ${percent(total === 0 ? 1 : present / total)} is below ${percent(mostly)}`);
          }
          if (refShare !== void 0) {
            const share = total === 0 ? 0 : nulls / total;
            expected.push(`null share \u2264 1.1 \xD7 ${refShare} (reference)`);
            if (share > 1.1 * refShare) failures.push(`null share ${percent(share)} is above 1.1 \xD7 the reference's ${percent(refShare)}`);
          }
          if (config.min_count !== void 0) {
            expected.push(`present in \u2265 ${config.min_count} rows`);
            if (present < config.min_count) failures.push(`present in ${present} rows, fewer than ${config.min_count} (FEATURE_TYPE_LOW_NUMBER_PRESENT)`);
          }
          if (config.min_fraction !== void 0) {
            expected.push(`present fraction \u2265 ${config.min_fraction}`);
            const p = tfdvPresence(present, total, config.min_fraction);
            if (p.anomaly) {
              relaxed = p.relaxedMinFraction;
              failures.push(`present in ${percent(total === 0 ? 1 : present / total)} of rows, below min_fraction ${config.min_fraction} (FEATURE_TYPE_LOW_FRACTION_PRESENT)`);
            }
          }
          return {
            status: failures.length > 0 ? "fail" : "pass",
            observed: total === 0 ? null : present / total,
            expected: expected.join(" and "),
            message: failures.length > 0 ? `${nulls} of ${total} values are null: ${failures.join("; ")}` : `${nulls} of ${total} values are null`,
            unexpectedCount: nulls,
            elementCount: total,
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
      const present = header?.includes(config.column) ?? false;
      return {
        status: present ? "pass" : "fail",
        observed: present ? "present" : "absent",
        expected: "present",
        message: present ? `column ${config.column} is present` : `column ${config.column} is missing (TFDV SCHEMA_MISSING_COLUMN)`
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
  see(text, num) {
    if (this.count === 2) return;
    if (this.count === 0) {
      this.text = text;
      this.num = num;
      this.count = 1;
    } else if (text !== this.text && !(num === this.num)) this.count = 2;
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
    let rows = 0;
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
        rows += batch.length;
      },
      finish(header) {
        const emptyColumns = (header ?? []).filter((_, c) => (nonNullPerColumn?.[c] ?? 0) === 0);
        const fail = emptyRows > maxRows || emptyColumns.length > maxColumns;
        return {
          status: fail ? "fail" : "pass",
          observed: `${emptyRows} empty rows, ${emptyColumns.length} empty columns`,
          expected: `\u2264 ${maxRows} empty rows, \u2264 ${maxColumns} empty columns`,
          message: `${emptyRows} of ${rows} rows are empty${emptyColumns.length > 0 ? `; empty columns: ${emptyColumns.join(", ")}` : "; no empty columns"}`,
          unexpectedCount: emptyRows,
          elementCount: rows,
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
    const mostly = config.mostly ?? 1;
    return perColumn("DV20", config, (column) => {
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
              examples.add(batch.file, batch.lines[i], column, v);
            }
          }
        },
        finish() {
          return {
            status: mostlySuccess(nonNull, unexpected, mostly) ? "pass" : "fail",
            observed: nonNull === 0 ? null : (nonNull - unexpected) / nonNull,
            expected: `share ${mode === "match" ? "matching at the start" : "containing a match"} \u2265 ${mostly}`,
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
    const mostly = config.mostly ?? 1;
    const expected = `${config.min ?? 0} \u2264 length \u2264 ${config.max ?? "\u221E"}`;
    return perColumn("DV21", config, (column) => {
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
              examples.add(batch.file, batch.lines[i], column, v);
            }
          }
        },
        finish() {
          return {
            status: mostlySuccess(nonNull, unexpected, mostly) ? "pass" : "fail",
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
    return perColumn("DV23", config, (column) => {
      let size = 0;
      let special = 0;
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
              special++;
              examples.add(batch.file, batch.lines[i], column, v);
            }
          }
        },
        finish() {
          if (allNumeric) {
            if (config.column === void 0) return { notApplicable: "numeric column" };
            return { status: "pass", observed: 0, expected: `ratio \u2264 ${maxRatio}`, message: "numeric column: no special-character values" };
          }
          const ratio = size === 0 ? 0 : special / size;
          return {
            status: ratio > maxRatio ? "fail" : "pass",
            observed: ratio,
            expected: `ratio \u2264 ${maxRatio}`,
            message: `${special} of ${size} values (${percent(ratio)}) contain only special characters`,
            unexpectedCount: special,
            elementCount: size,
            examples: ratio > maxRatio ? examples.list() : []
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
function argminDistance(keys, target) {
  let best = 0;
  let bestD = Infinity;
  for (let i = 0; i < keys.length; i++) {
    const d = Math.abs(target - keys[i]);
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
    const keys2 = new Float64Array(n);
    const values2 = new Float64Array(n);
    let i = 0;
    for (const l of lengths) {
      for (let k = 0; k < counts.get(l); k++, i++) {
        keys2[i] = 100 * (i + 1) / n;
        values2[i] = l;
      }
    }
    return { keys: keys2, values: values2 };
  }
  const keys = new Float64Array(NUM_PERCENTILES + 1);
  const values = new Float64Array(NUM_PERCENTILES + 1);
  for (let j = 0; j <= NUM_PERCENTILES; j++) {
    const p = 100 * j / NUM_PERCENTILES;
    const q = p / 100;
    const virtual = n * q + (1 + q * -1) - 1;
    keys[j] = p;
    values[j] = sortedAt(Math.min(n - 1, Math.max(0, roundHalfEven(virtual))));
  }
  return { keys, values };
}
function outlierLengthRanges(counts) {
  const { keys, values } = percentileHistogram(counts);
  if (keys.length === 0) return { ranges: [], normal: null };
  const upper = argminDistance(keys, INNER_QUANTILE_RANGE);
  const lower = argminDistance(keys, 100 - INNER_QUANTILE_RANGE);
  const center = argminDistance(keys, 50);
  const iqr = Math.abs(values[upper] - values[lower]);
  const limit = OUTLIER_FACTOR * iqr / 2;
  const sections = [];
  let lowFirst = -1;
  let lowLast = -1;
  let highFirst = -1;
  let highLast = -1;
  for (let i = 0; i < keys.length; i++) {
    if (!(Math.abs(values[i] - values[center]) > limit)) continue;
    if (keys[i] < 50) {
      if (lowFirst < 0) lowFirst = i;
      lowLast = i;
    } else if (keys[i] > 50) {
      if (highFirst < 0) highFirst = i;
      highLast = i;
    }
  }
  if (lowFirst >= 0) sections.push([lowFirst, lowLast]);
  if (highFirst >= 0) sections.push([highFirst, highLast]);
  if (sections.length === 0) return { ranges: [], normal: null };
  let minNormal = -1;
  let maxNormal = -1;
  for (let i = 0; i < keys.length; i++) {
    if (sections.every(([a, b]) => !(keys[a] <= keys[i] && keys[i] <= keys[b]))) {
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
    return perColumn("DV24", config, (column) => {
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
            if (ex.length < 20) ex.push({ file: batch.file, line: batch.lines[i], column, value: v });
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
          const ratio = outliers > 0 ? outliers / n : 0;
          return {
            status: ratio > maxRatio ? "fail" : "pass",
            observed: ratio,
            expected: `ratio \u2264 ${maxRatio}`,
            message: outliers === 0 ? "no string-length outliers" : `${outliers} of ${n} values (${percent(ratio)}) have outlying lengths ${ranges.map(([a, b]) => `${a}\u2013${b}`).join(", ")} (normal ${normal?.[0]}\u2013${normal?.[1]})`,
            unexpectedCount: outliers,
            elementCount: n,
            examples: ratio > maxRatio ? examples.list() : []
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
    return perColumn("DV22", config, (column) => {
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
          for (const [, raws] of variants) for (const raw of raws) examples.add(firstSeen.get(raw).file, firstSeen.get(raw).line, column, raw);
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

// src/core/checks/column-overview.ts
function columnOverviewConsumer() {
  let header = [];
  let nulls = [];
  let flags = [];
  let rows = 0;
  return {
    consume(batch) {
      if (header.length === 0 && nulls.length === 0) {
        header = batch.header;
        nulls = header.map(() => 0);
        flags = header.map(() => ({ int: true, num: true, bool: true, any: false }));
      }
      rows += batch.length;
      for (let c = 0; c < header.length; c++) {
        const f = flags[c];
        const stats = columnStats(batch, c);
        if (stats.texts === 0 && (stats.numbers === 0 || !f.int || numbersAreDigitLiterals(batch, c))) {
          if (stats.nulls < batch.length) f.any = true;
          if (stats.numbers > 0) f.bool = false;
          nulls[c] += stats.nulls;
          continue;
        }
        const kinds = cellKinds(batch, c);
        let n = 0;
        if (!f.num && !f.bool) {
          if (stats.nulls < batch.length) f.any = true;
          nulls[c] += stats.nulls;
          continue;
        }
        const ints = f.int ? integerMask(batch, c) : void 0;
        let { int, num, bool } = f;
        for (let i = 0; i < batch.length; i++) {
          const kind = kinds[i];
          if (kind === CELL_NULL) {
            n++;
          } else if (kind === CELL_NUMBER) {
            bool = false;
            if (ints !== void 0 && ints[i] === 0) int = false;
          } else {
            num = false;
            int = false;
            if (bool && !isBooleanText(cellText(batch, c, i) ?? "")) bool = false;
          }
        }
        if (n < batch.length) f.any = true;
        f.int = int;
        f.num = num;
        f.bool = bool;
        nulls[c] += n;
      }
    },
    state: () => ({ header, nulls, flags, rows }),
    merge(s) {
      if (s.header.length === 0) return;
      if (header.length === 0 && nulls.length === 0) {
        header = s.header;
        nulls = header.map(() => 0);
        flags = header.map(() => ({ int: true, num: true, bool: true, any: false }));
      }
      rows += s.rows;
      s.nulls.forEach((n, c) => nulls[c] += n);
      s.flags.forEach((g, c) => {
        const f = flags[c];
        f.int &&= g.int;
        f.num &&= g.num;
        f.bool &&= g.bool;
        f.any ||= g.any;
      });
    },
    finish() {
      return header.map((name, c) => {
        const f = flags[c];
        const type = !f.any ? "empty" : f.bool ? "boolean" : f.int ? "integer" : f.num ? "float" : "string";
        return { name, type, count: rows, nulls: nulls[c], nullShare: rows === 0 ? 0 : nulls[c] / rows };
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
function hashUnescapedBytesInto(bytes, start, end, quote = 34) {
  let len = end - start;
  for (let i = start; i < end; i++) {
    if (bytes[i] === quote && bytes[i + 1] === quote && i + 1 < end) {
      len--;
      i++;
    }
  }
  let h1 = 2166136261;
  let h2 = 2538058380 ^ len;
  for (let i = start; i < end; i++) {
    const c = bytes[i];
    if (c === quote && i + 1 < end && bytes[i + 1] === quote) i++;
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 1540483477);
  }
  setParts(h1, h2);
}
function hashRawCell(bytes, start, end, escaped) {
  if (escaped) hashUnescapedBytesInto(bytes, start, end);
  else hashBytesInto(bytes, start, end);
}
function hashStringInto(text) {
  let h1 = 2166136261;
  let h2 = 2538058380 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 1540483477);
  }
  setParts(h1, h2);
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
var LANES = 4;
var MAX_LANE_SPAN = 1024;
var lanesBuffer = new Int32Array(MAX_LANE_SPAN * LANES);
function laneScratch(size) {
  const lanes = lanesBuffer.subarray(0, size);
  lanes.fill(0);
  return lanes;
}
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
        this.consumeDenseIntegers(kinds, nums, n, stats.nulls, lo, hi);
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
    let finite = 0;
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
    const cellsLeft = dict === void 0 || stats.numbers > 0 ? n : 0;
    if (cellsLeft === 0) {
      nulls = stats.nulls;
      texts = stats.texts;
    }
    for (let i = 0; i < cellsLeft; i++) {
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
      if (dict !== void 0) continue;
      if (rawText) hashRawCell(bytes, starts[i], ends[i], escaped[i] === 1);
      else hashStringInto(this.text(batch, c, i, cells));
      this.countText(1, () => this.text(batch, c, i, cells));
      exact = s.exact;
    }
    if (dict !== void 0) {
      for (let id = 0; id < dict.texts.length; id++) {
        const row = dict.firstRows[id];
        const text = dict.texts[id];
        if (rawText) hashRawCell(bytes, starts[row], ends[row], escaped[row] === 1);
        else hashStringInto(text);
        this.countText(dict.counts[id], () => text);
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
  /**
   * A batch of integers in [base + lo, base + hi] of the dense window. A narrow range is counted in LANES
   * interleaved tables (cell i in lane i % LANES) and folded into the window after the loop: a run of equal
   * values (a column of zeros) would otherwise make each increment wait for the previous one's store.
   */
  consumeDenseIntegers(kinds, nums, n, nulls, lo, hi) {
    const s = this.s;
    const dense = s.dense;
    const base = s.denseBase;
    const span = hi - lo + 1;
    const lanes = span <= MAX_LANE_SPAN ? laneScratch(span * LANES) : void 0;
    let shift = NaN;
    let finite = 0;
    let s1 = 0;
    let s2 = 0;
    let fresh = 0;
    if (lanes !== void 0) {
      const from = base + lo;
      for (let i = 0; i < n; i++) {
        if (kinds[i] !== CELL_NUMBER) continue;
        const v = nums[i];
        if (finite === 0) shift = v;
        finite++;
        const d = v - shift;
        s1 += d;
        s2 += d * d;
        const j = (v - from | 0) * LANES + (i & LANES - 1);
        lanes[j] = lanes[j] + 1;
      }
    } else {
      for (let i = 0; i < n; i++) {
        if (kinds[i] !== CELL_NUMBER) continue;
        const v = nums[i];
        if (finite === 0) shift = v;
        finite++;
        const d = v - shift;
        s1 += d;
        s2 += d * d;
        const idx = v - base | 0;
        const seen = dense[idx];
        if (seen === 0) fresh++;
        dense[idx] = seen + 1;
      }
    }
    if (lanes !== void 0) {
      for (let k = 0; k < span; k++) {
        const j = k * LANES;
        const count = lanes[j] + lanes[j + 1] + lanes[j + 2] + lanes[j + 3];
        if (count === 0) continue;
        const seen = dense[lo + k];
        if (seen === 0) fresh++;
        dense[lo + k] = seen + count;
      }
    }
    s.denseDistinct += fresh;
    s.integral += finite;
    s.count += n - nulls;
    s.nulls += nulls;
    s.numbers += finite;
    this.mergeMoments(finite, shift + s1 / finite, Math.max(0, s2 - s1 * s1 / finite));
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
  return s.exact && [...textEntries(s.textMap)].every((i) => BOOLEAN2.test(i.text)) ? "boolean" : "string";
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

export {
  isMergeable,
  columnTexts,
  MAX_EXAMPLES,
  isBlocking,
  FingerprintTable,
  Hasher64,
  MergeNotExactError,
  TopValueCounter,
  NumericSummary,
  countValues,
  isIntegerText,
  isNumberText,
  isBooleanText,
  register,
  DATA_CHECK_REGISTRY,
  findRegisteredCheck,
  columnOverviewConsumer,
  ProfileConsumer
};
