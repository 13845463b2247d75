// The CSV record scanner of src/core/data/csv-scanner.ts in AssemblyScript, compiled to WebAssembly by
// scripts/build-wasm.mjs (the .as extension keeps it out of the TypeScript project). Same grammar, same
// outputs, same outcomes; src/core/data/wasm-scanner.ts lays out the memory, copies a chunk in and the batch
// out, and finishes the rare cells this code leaves to JavaScript (number spellings beyond the fast path).
//
// Memory (byte offsets set by `layout`): the chunk at IN (JavaScript offset p is at IN + p), the null tokens,
// then the batch columns, column-major like CsvBatchBuilder.

const CELL_NULL: u8 = 0;
const CELL_NUMBER: u8 = 1;
const CELL_TEXT: u8 = 2;
/** A cell whose number JavaScript decides (inf/nan words, long mantissas, large exponents). */
const CELL_HARD: u8 = 3;
const NULL_FIRST: u8 = 1;
const NUMBER_FIRST: u8 = 2;
/** The byte-class table's offset in the 4096-byte token region (TOKEN_ROOM in wasm-scanner.ts). */
const CLASS_AT: i32 = 3840;

const MAX_FORMS: i32 = 1024;
const FORM_SLOTS: i32 = 2048;

// Layout.
let IN: i32 = 0;
let NCOLS: i32 = 0;
let CAP: i32 = 0;
let TOKENS: i32 = 0; // [count][len0][len1]... then the bytes, each token padded to 32
let STARTS: i32 = 0;
let ENDS: i32 = 0;
let ESCAPED: i32 = 0;
let KINDS: i32 = 0;
let NUMBERS: i32 = 0;
let LINES: i32 = 0;
let DIGITS: i32 = 0;
let FORM_IDS: i32 = 0;
let FORM_COUNT: i32 = 0;
let FORM_START: i32 = 0;
let FORM_LEN: i32 = 0;
let FORM_ESC: i32 = 0;
let FORM_SLOT: i32 = 0;
let FORM_W0: i32 = 0;
let NO_DICT: i32 = 0;
let HARD: i32 = 0; // [count][k...], at most CAP * NCOLS
let STATS: i32 = 0; // columnStats' results: 8 f64
let END: i32 = 0;
/** The quote byte of the current scan. */
let QUOTE: i32 = 34;

// Scan state in and out.
export let pos: i32 = 0;
export let line: f64 = 0;
export let lineStart: i32 = 0;
export let length: i32 = 0;
// Error details.
export let errLine: f64 = 0;
export let errCol: i32 = 0;
export let errCount: i32 = 0;

/** Places every region after `base` for a batch of ncols × cap; returns the first byte after them. */
export function layout(base: i32, inBytes: i32, ncols: i32, cap: i32): i32 {
  NCOLS = ncols;
  CAP = cap;
  IN = base;
  let p = (base + inBytes + 64) & ~7;
  TOKENS = p;
  p += 4096;
  const cells = ncols * cap;
  STARTS = p;
  p += cells * 4;
  ENDS = p;
  p += cells * 4;
  NUMBERS = p;
  p += cells * 8;
  LINES = p;
  p += cap * 8;
  FORM_IDS = p;
  p += cells * 4;
  DIGITS = p;
  p += ncols * 4;
  FORM_COUNT = p;
  p += ncols * 4;
  FORM_START = p;
  p += ncols * MAX_FORMS * 4;
  FORM_LEN = p;
  p += ncols * MAX_FORMS * 4;
  FORM_SLOT = p;
  p += ncols * FORM_SLOTS * 4;
  p = (p + 7) & ~7;
  FORM_W0 = p;
  p += ncols * MAX_FORMS * 8;
  HARD = p;
  p += cells * 4 + 8;
  p = (p + 7) & ~7;
  STATS = p;
  p += 64;
  ESCAPED = p;
  p += cells;
  KINDS = p;
  p += cells;
  FORM_ESC = p;
  p += ncols * MAX_FORMS;
  NO_DICT = p;
  p += ncols;
  END = (p + 7) & ~7;
  return END;
}

export function tokensAt(): i32 { return TOKENS; }
export function startsAt(): i32 { return STARTS; }
export function endsAt(): i32 { return ENDS; }
export function escapedAt(): i32 { return ESCAPED; }
export function kindsAt(): i32 { return KINDS; }
export function numbersAt(): i32 { return NUMBERS; }
export function linesAt(): i32 { return LINES; }
export function digitsAt(): i32 { return DIGITS; }
export function formIdsAt(): i32 { return FORM_IDS; }
export function formCountAt(): i32 { return FORM_COUNT; }
export function formStartAt(): i32 { return FORM_START; }
export function formLenAt(): i32 { return FORM_LEN; }
export function formEscAt(): i32 { return FORM_ESC; }
export function noDictAt(): i32 { return NO_DICT; }
export function hardAt(): i32 { return HARD; }
export function statsAt(): i32 { return STATS; }

/**
 * computeStats of src/core/data/batch-views.ts over the first n cells of column `col` of the batch, once its
 * undecided cells are settled (null and text cells hold NaN): nulls, texts, NaN numbers, infinite numbers,
 * min, max, finite min, finite max, as f64 at STATS. Comparisons as there (`v < min`: NaN never wins, the
 * first of 0 and -0 stays).
 */
export function columnStats(col: i32, n: i32): void {
  const kb = KINDS + col * CAP;
  const nb = NUMBERS + col * CAP * 8;
  let nulls = 0;
  let texts = 0;
  let notFinite = 0;
  let nanCells = 0;
  let min: f64 = Infinity;
  let max: f64 = -Infinity;
  for (let i = 0; i < n; i++) {
    const k = load<u8>(kb + i);
    nulls += <i32>(k == CELL_NULL);
    texts += <i32>(k == CELL_TEXT);
    const v = load<f64>(nb + (i << 3));
    min = v < min ? v : min;
    max = v > max ? v : max;
    const d = v - v;
    notFinite += <i32>(d != d);
    nanCells += <i32>(v != v);
  }
  const infinite = notFinite - nanCells;
  let finiteMin = min;
  let finiteMax = max;
  if (infinite > 0) {
    finiteMin = Infinity;
    finiteMax = -Infinity;
    for (let i = 0; i < n; i++) {
      const v = load<f64>(nb + (i << 3));
      if (v - v != 0) continue;
      if (v < finiteMin) finiteMin = v;
      if (v > finiteMax) finiteMax = v;
    }
  }
  store<f64>(STATS, <f64>nulls);
  store<f64>(STATS + 8, <f64>texts);
  store<f64>(STATS + 16, <f64>(nanCells - nulls - texts));
  store<f64>(STATS + 24, <f64>infinite);
  store<f64>(STATS + 32, min);
  store<f64>(STATS + 40, max);
  store<f64>(STATS + 48, finiteMin);
  store<f64>(STATS + 56, finiteMax);
}

function isNullToken(s: i32, e: i32): bool {
  const count = load<i32>(TOKENS);
  const len = e - s;
  let tokenBytes = TOKENS + 4 + count * 4;
  for (let t = 0; t < count; t++) {
    const tl = load<i32>(TOKENS + 4 + t * 4);
    if (tl == len) {
      let j = 0;
      while (j < len && load<u8>(s + j) == load<u8>(tokenBytes + j)) j++;
      if (j == len) return true;
    }
    tokenBytes += (tl + 31) & ~31;
  }
  return false;
}

/** isNanBytes of csv-scanner.ts: the trimmed bytes spell nan, NaN or NAN. */
function isNanWord(start: i32, end: i32): bool {
  let a = start;
  let z = end;
  while (a < z && (load<u8>(a) == 32 || load<u8>(a) == 9)) a++;
  while (z > a && (load<u8>(z - 1) == 32 || load<u8>(z - 1) == 9)) z--;
  if (z - a != 3) return false;
  const x = <i32>load<u8>(a);
  const y = <i32>load<u8>(a + 1);
  const w = <i32>load<u8>(a + 2);
  return (x == 110 && y == 97 && w == 110) || (x == 78 && y == 97 && w == 78) || (x == 78 && y == 65 && w == 78);
}

function spells(at: i32, end: i32, word: string): bool {
  if (end - at != word.length) return false;
  for (let j = 0; j < word.length; j++) if (<i32>load<u8>(at + j) != word.charCodeAt(j)) return false;
  return true;
}

function isInfWord(at: i32, end: i32): bool {
  return spells(at, end, 'inf') || spells(at, end, 'Inf') || spells(at, end, 'INF') || spells(at, end, 'infinity') || spells(at, end, 'Infinity');
}

function pow10(n: i32): f64 {
  let v: f64 = 1;
  for (let i = 0; i < n; i++) v *= 10;
  return v;
}

/**
 * parseNumberBytes of number-bytes.ts on the fast path: NaN for text; sets `hard` (returns 0) for what only
 * JavaScript's Number decides exactly the same way.
 */
let hard: bool = false;
function parseNumber(start: i32, end: i32): f64 {
  hard = false;
  let s = start;
  let e = end;
  while (s < e && (load<u8>(s) == 32 || load<u8>(s) == 9)) s++;
  while (e > s && (load<u8>(e - 1) == 32 || load<u8>(e - 1) == 9)) e--;
  if (s == e) return NaN;
  let i = s;
  let neg = false;
  let c = <i32>load<u8>(i);
  if (c == 45) {
    neg = true;
    i++;
  } else if (c == 43) i++;
  let mant: f64 = 0;
  let digits = 0;
  let frac = 0;
  while (i < e) {
    const d = <i32>load<u8>(i) - 48;
    if (<u32>d > 9) break;
    mant = mant * 10 + <f64>d;
    digits++;
    i++;
  }
  if (i < e && load<u8>(i) == 46) {
    i++;
    while (i < e) {
      const d = <i32>load<u8>(i) - 48;
      if (<u32>d > 9) break;
      mant = mant * 10 + <f64>d;
      digits++;
      frac++;
      i++;
    }
  }
  if (digits == 0) {
    // parseNumber's infinity spellings (inf, Inf, INF, infinity, Infinity), signed; nan words are NaN here.
    if (isInfWord(i, e)) return neg ? -Infinity : Infinity;
    return NaN;
  }
  let exp = 0;
  if (i < e && (<i32>load<u8>(i) | 32) == 101) {
    i++;
    let expNeg = false;
    if (i < e && load<u8>(i) == 45) {
      expNeg = true;
      i++;
    } else if (i < e && load<u8>(i) == 43) i++;
    const expStart = i;
    while (i < e) {
      const d = <i32>load<u8>(i) - 48;
      if (<u32>d > 9) break;
      if (exp < 100000) exp = exp * 10 + d;
      i++;
    }
    if (i == expStart) return NaN;
    if (expNeg) exp = -exp;
  }
  if (i != e) return NaN;
  const e10 = exp - frac;
  if (mant <= 9007199254740992 && e10 >= -22 && e10 <= 22) {
    const v = e10 >= 0 ? mant * pow10(e10) : mant / pow10(-e10);
    return neg ? -v : v;
  }
  hard = true;
  return 0;
}

/** Records a text cell's raw form in its column's batch dictionary (see CsvBatchBuilder.formIds). */
@inline
function addForm(col: i32, k: i32, s: i32, e: i32, esc: u8): void {
  const fc = load<i32>(FORM_COUNT + col * 4);
  if (fc < 0) return;
  const len = e - s;
  // The first eight bytes (zero past the end of a shorter cell) decide short forms outright; longer ones add
  // their last eight to the hash and compare the rest.
  const w0: u64 = len >= 8 ? load<u64>(s) : load<u64>(s) & ((<u64>1 << (<u64>len << 3)) - 1);
  const w1: u64 = len > 8 ? load<u64>(e - 8) : 0;
  const h: u64 = (w0 ^ rotl<u64>(w1, 29) ^ (<u64>len << 56)) * 0x9e3779b97f4a7c15;
  const sbase = FORM_SLOT + col * FORM_SLOTS * 4;
  const fbase = col * MAX_FORMS;
  let slot = <i32>(h >> 53) & (FORM_SLOTS - 1);
  while (true) {
    const f = load<i32>(sbase + slot * 4) - 1;
    if (f < 0) {
      if (fc >= MAX_FORMS) {
        store<i32>(FORM_COUNT + col * 4, -1);
        store<u8>(NO_DICT + col, 1);
        return;
      }
      store<i32>(sbase + slot * 4, fc + 1);
      store<i32>(FORM_START + (fbase + fc) * 4, s - IN);
      store<i32>(FORM_LEN + (fbase + fc) * 4, len);
      store<u8>(FORM_ESC + fbase + fc, esc);
      store<u64>(FORM_W0 + (fbase + fc) * 8, w0);
      store<i32>(FORM_IDS + k * 4, fc);
      store<i32>(FORM_COUNT + col * 4, fc + 1);
      return;
    }
    if (load<u64>(FORM_W0 + (fbase + f) * 8) == w0 && load<i32>(FORM_LEN + (fbase + f) * 4) == len && load<u8>(FORM_ESC + fbase + f) == esc && (len <= 8 || sameBytes(s + 8, IN + load<i32>(FORM_START + (fbase + f) * 4) + 8, len - 8))) {
      store<i32>(FORM_IDS + k * 4, f);
      return;
    }
    slot = (slot + 1) & (FORM_SLOTS - 1);
  }
}

/** The `len` bytes at x and at y are equal (eight at a time, then one at a time). */
@inline
function sameBytes(x: i32, y: i32, len: i32): bool {
  let j = 0;
  while (j + 8 <= len) {
    if (load<u64>(x + j) != load<u64>(y + j)) return false;
    j += 8;
  }
  while (j < len) {
    if (load<u8>(x + j) != load<u8>(y + j)) return false;
    j++;
  }
  return true;
}

/**
 * Takes back the digit cells counted for a record the chunk cut (cells [0, cols) of `row`, scanned again with
 * the next chunk) and reports need-more.
 */
function partial(row: i32, cols: i32): i32 {
  for (let c = 0; c < cols && c < NCOLS; c++) {
    const k = c * CAP + row;
    const s = IN + load<i32>(STARTS + k * 4);
    const len = IN + load<i32>(ENDS + k * 4) - s;
    if (load<u8>(KINDS + k) != CELL_NUMBER || load<u8>(ESCAPED + k) != 0 || len == 0 || len > 15 || (s > IN && <i32>load<u8>(s - 1) == QUOTE)) continue;
    let digits = true;
    for (let j = 0; j < len; j++) if (<u32>(<i32>load<u8>(s + j) - 48) > 9) digits = false;
    if (digits) store<i32>(DIGITS + c * 4, load<i32>(DIGITS + c * 4) - 1);
  }
  return 0;
}

/** Zeroes the per-batch state (a batch starts at row 0). */
function resetBatch(): void {
  memory.fill(DIGITS, 0, NCOLS * 4);
  memory.fill(FORM_SLOT, 0, NCOLS * FORM_SLOTS * 4);
  for (let c = 0; c < NCOLS; c++) store<i32>(FORM_COUNT + c * 4, load<u8>(NO_DICT + c) == 1 ? -1 : 0);
  store<i32>(HARD, 0);
}

// What scan needs to know of the null tokens, set by prepareTokens.
let TOKEN_LENGTHS: i32 = 0; // bit n: a token of n bytes (n < 32)
let LONG_TOKENS = false; // a token of 32 bytes or more
let EMPTY_TOKEN = false;

/**
 * Reads the null tokens just written at TOKENS ([count][len0][len1]... then the bytes, each padded to 32) once
 * per token set: their lengths, and a class per byte (a 256-byte table after them) looked up by a cell's first
 * byte: NULL_FIRST when a non-empty token starts with it (`NA` is not tried on `27`), NUMBER_FIRST when a
 * number can (digits, signs, point, blanks, the i of inf and the n of nan).
 */
export function prepareTokens(): void {
  const CLASS = TOKENS + CLASS_AT;
  memory.fill(CLASS, 0, 256);
  memory.fill(CLASS + 48, NUMBER_FIRST, 10);
  store<u8>(CLASS + 45, NUMBER_FIRST);
  store<u8>(CLASS + 43, NUMBER_FIRST);
  store<u8>(CLASS + 46, NUMBER_FIRST);
  store<u8>(CLASS + 32, NUMBER_FIRST);
  store<u8>(CLASS + 9, NUMBER_FIRST);
  store<u8>(CLASS + 105, NUMBER_FIRST);
  store<u8>(CLASS + 73, NUMBER_FIRST);
  store<u8>(CLASS + 110, NUMBER_FIRST);
  store<u8>(CLASS + 78, NUMBER_FIRST);
  const tokenCount = load<i32>(TOKENS);
  TOKEN_LENGTHS = 0;
  LONG_TOKENS = false;
  EMPTY_TOKEN = false;
  let tokenBytes = TOKENS + 4 + tokenCount * 4;
  for (let t = 0; t < tokenCount; t++) {
    const tl = load<i32>(TOKENS + 4 + t * 4);
    if (tl < 32) TOKEN_LENGTHS |= 1 << tl;
    else LONG_TOKENS = true;
    if (tl == 0) EMPTY_TOKEN = true;
    else {
      const first = CLASS + <i32>load<u8>(tokenBytes);
      store<u8>(first, load<u8>(first) | NULL_FIRST);
    }
    tokenBytes += (tl + 31) & ~31;
  }
}

// The caller stores a newline at IN + limit (a sentinel that ends every field loop).
// Outcomes (as csv-scanner.ts): 0 need-more, 1 full, 2 stop, 3 done; errors: -1 unterminated quote at end of
// input, -2 text after a closing quote, -3 ragged record.
export function scan(limitRel: i32, eof: bool, delim: i32, quote: i32, stopAtRel: f64): i32 {
  const limit = IN + limitRel;
  const stopAt: f64 = <f64>IN + stopAtRel;
  if (length == 0) resetBatch();
  QUOTE = quote;
  let p = IN + pos;
  let ln = line;
  let ls = IN + lineStart;
  const CLASS = TOKENS + CLASS_AT;
  const tokenLengths = TOKEN_LENGTHS;
  const longTokens = LONG_TOKENS;
  const emptyToken = EMPTY_TOKEN;
  while (true) {
    if (<f64>p >= stopAt) return 2;
    if (length >= CAP) return 1;
    if (p >= limit) return eof ? 3 : 0;
    const recLine = ln;
    const row = length;
    let col = 0;
    let lastEmpty = false;
    while (true) {
      let s: i32 = 0;
      let e: i32 = 0;
      let esc: u8 = 0;
      let digitsOnly = false;
      let intValue: f64 = 0;
      if (p < limit && <i32>load<u8>(p) == quote) {
        const qLine = ln;
        const qCol = p - ls + 1;
        p++;
        s = p;
        while (true) {
          // The byte at `limit` is a newline the caller put there: no bound check per byte.
          while (true) {
            const c = <i32>load<u8>(p);
            if (c == quote) break;
            if (c == 10) {
              if (p >= limit) break;
              ln++;
              ls = p + 1;
            }
            p++;
          }
          if (p >= limit || (p + 1 >= limit && !eof)) {
            if (!eof) return partial(row, col);
            errLine = qLine;
            errCol = qCol;
            return -1;
          }
          if (<i32>load<u8>(p + 1) == quote) {
            esc = 1;
            p += 2;
            continue;
          }
          e = p;
          p++;
          break;
        }
        // (At `limit` this reads the sentinel newline.)
        const after = <i32>load<u8>(p);
        if (after != delim && after != 10 && after != 13) {
          errLine = ln;
          errCol = p - ls + 1;
          return -2;
        }
        lastEmpty = false;
      } else {
        s = p;
        let acc: f64 = 0;
        digitsOnly = true;
        while (true) {
          const d = <i32>load<u8>(p) - 48;
          if (<u32>d <= 9) {
            acc = acc * 10 + <f64>d;
            p++;
            continue;
          }
          const c = d + 48;
          if (c == delim || c == 10 || c == 13) break;
          digitsOnly = false;
          p++;
        }
        if (p >= limit && !eof) return partial(row, col);
        e = p;
        lastEmpty = s == e;
        intValue = acc;
      }
      if (col < NCOLS) {
        const k = col * CAP + row;
        const len = e - s;
        store<i32>(STARTS + k * 4, s - IN);
        store<i32>(ENDS + k * 4, e - IN);
        store<u8>(ESCAPED + k, esc);
        const cls: u8 = len == 0 ? 0 : load<u8>(CLASS + <i32>load<u8>(s));
        if (len == 0 ? emptyToken : (cls & NULL_FIRST) != 0 && (len < 32 ? ((tokenLengths >>> len) & 1) != 0 : longTokens) && isNullToken(s, e)) {
          store<u8>(KINDS + k, CELL_NULL);
          store<f64>(NUMBERS + k * 8, NaN);
        } else if (digitsOnly && len > 0 && len <= 15) {
          store<f64>(NUMBERS + k * 8, intValue);
          store<u8>(KINDS + k, CELL_NUMBER);
          store<i32>(DIGITS + col * 4, load<i32>(DIGITS + col * 4) + 1);
        } else {
          // A cell that starts with a letter is a number only as an inf or nan word, of 3 or 8 bytes unless
          // blank-padded: `no` and `ignore` are texts at once.
          const last = len == 0 ? 0 : <i32>load<u8>(e - 1);
          const maybe = (cls & NUMBER_FIRST) != 0 && (<i32>load<u8>(s) < 65 || len == 3 || len == 8 || last == 32 || last == 9);
          let v: f64 = NaN;
          hard = false;
          if (esc == 0 && maybe) v = parseNumber(s, e);
          if ((v != v || hard) && maybe && esc == 0 && len <= 12 && isNanWord(s, e)) {
            // `nan`, `NaN`, `NAN` (blank-padded too): a number cell holding NaN.
            store<f64>(NUMBERS + k * 8, NaN);
            store<u8>(KINDS + k, CELL_NUMBER);
          } else if (hard) {
            // JavaScript decides: inf words, long mantissas, big exponents.
            store<f64>(NUMBERS + k * 8, NaN);
            store<u8>(KINDS + k, CELL_HARD);
            const n = load<i32>(HARD);
            store<i32>(HARD + 4 + n * 4, k);
            store<i32>(HARD, n + 1);
          } else if (v == v) {
            store<f64>(NUMBERS + k * 8, v);
            store<u8>(KINDS + k, CELL_NUMBER);
          } else {
            store<f64>(NUMBERS + k * 8, NaN);
            store<u8>(KINDS + k, CELL_TEXT);
            addForm(col, k, s, e, esc);
          }
        }
      }
      col++;
      if (p >= limit) break;
      const c = <i32>load<u8>(p);
      if (c == delim) {
        p++;
        continue;
      }
      if (c == 13) {
        if (p + 1 < limit) p += <i32>load<u8>(p + 1) == 10 ? 2 : 1;
        else if (eof) p++;
        else return partial(row, col);
      } else p++;
      ln++;
      ls = p;
      break;
    }
    pos = p - IN;
    line = ln;
    lineStart = ls - IN;
    if (col == 1 && lastEmpty) continue;
    if (col != NCOLS) {
      errLine = recLine;
      errCount = col;
      return -3;
    }
    store<f64>(LINES + row * 8, recLine);
    length = row + 1;
  }
  return 3;
}
