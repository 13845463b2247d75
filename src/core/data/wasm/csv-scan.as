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
let NO_DICT: i32 = 0;
let RECORD_DIGITS: i32 = 0;
let HARD: i32 = 0; // [count][k...], at most CAP * NCOLS
let END: i32 = 0;

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
  RECORD_DIGITS = p;
  p += ncols * 4;
  HARD = p;
  p += cells * 4 + 8;
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
function addForm(col: i32, k: i32, s: i32, e: i32, esc: u8): void {
  const fc = load<i32>(FORM_COUNT + col * 4);
  if (fc < 0) return;
  const len = e - s;
  const h: i32 = len == 0 ? 0 : (len ^ (<i32>load<u8>(s) << 8) ^ (<i32>load<u8>(e - 1) << 16) ^ (<i32>load<u8>(s + (len >> 1)) << 24) ^ (<i32>load<u8>(s + (len >> 2)) << 4) ^ (<i32>load<u8>(e - 1 - (len >> 2)) << 12)) * 0x9e3779b1;
  const sbase = FORM_SLOT + col * FORM_SLOTS * 4;
  const fbase = col * MAX_FORMS;
  let slot = (<u32>h >> 21) & (FORM_SLOTS - 1);
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
      store<i32>(FORM_IDS + k * 4, fc);
      store<i32>(FORM_COUNT + col * 4, fc + 1);
      return;
    }
    if (load<i32>(FORM_LEN + (fbase + f) * 4) == len && load<u8>(FORM_ESC + fbase + f) == esc) {
      const fs = IN + load<i32>(FORM_START + (fbase + f) * 4);
      let j = 0;
      while (j < len && load<u8>(s + j) == load<u8>(fs + j)) j++;
      if (j == len) {
        store<i32>(FORM_IDS + k * 4, f);
        return;
      }
    }
    slot = (slot + 1) & (FORM_SLOTS - 1);
  }
}

/** Zeroes the per-batch state (a batch starts at row 0). */
function resetBatch(): void {
  memory.fill(DIGITS, 0, NCOLS * 4);
  memory.fill(FORM_SLOT, 0, NCOLS * FORM_SLOTS * 4);
  for (let c = 0; c < NCOLS; c++) store<i32>(FORM_COUNT + c * 4, load<u8>(NO_DICT + c) == 1 ? -1 : 0);
  store<i32>(HARD, 0);
}

// The caller stores a newline at IN + limit (a sentinel that ends every field loop).
// Outcomes (as csv-scanner.ts): 0 need-more, 1 full, 2 stop, 3 done; errors: -1 unterminated quote at end of
// input, -2 text after a closing quote, -3 ragged record.
export function scan(limitRel: i32, eof: bool, delim: i32, quote: i32, stopAtRel: f64): i32 {
  const limit = IN + limitRel;
  const stopAt: f64 = <f64>IN + stopAtRel;
  if (length == 0) resetBatch();
  let p = IN + pos;
  let ln = line;
  let ls = IN + lineStart;
  const tokenCount = load<i32>(TOKENS);
  let tokenLengths: i32 = 0;
  let longTokens = false;
  // First bytes of the non-empty tokens (a 256-byte table after the tokens): `NA` is not tried on `27`.
  const FIRST = TOKENS + 3840;
  memory.fill(FIRST, 0, 256);
  let emptyToken = false;
  let tokenBytes = TOKENS + 4 + tokenCount * 4;
  for (let t = 0; t < tokenCount; t++) {
    const tl = load<i32>(TOKENS + 4 + t * 4);
    if (tl < 32) tokenLengths |= 1 << tl;
    else longTokens = true;
    if (tl == 0) emptyToken = true;
    else store<u8>(FIRST + <i32>load<u8>(tokenBytes), 1);
    tokenBytes += (tl + 31) & ~31;
  }
  while (true) {
    if (<f64>p >= stopAt) return 2;
    if (length >= CAP) return 1;
    if (p >= limit) return eof ? 3 : 0;
    const recLine = ln;
    const row = length;
    let col = 0;
    let lastEmpty = false;
    let digitCols = 0;
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
            if (!eof) return 0;
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
        if (p < limit) {
          const c = <i32>load<u8>(p);
          if (c != delim && c != 10 && c != 13) {
            errLine = ln;
            errCol = p - ls + 1;
            return -2;
          }
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
        if (p >= limit && !eof) return 0;
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
        if (len == 0 ? emptyToken : (len < 32 ? ((tokenLengths >>> len) & 1) != 0 : longTokens) && load<u8>(FIRST + <i32>load<u8>(s)) == 1 && isNullToken(s, e)) {
          store<u8>(KINDS + k, CELL_NULL);
          store<f64>(NUMBERS + k * 8, NaN);
        } else if (digitsOnly && len > 0 && len <= 15) {
          store<f64>(NUMBERS + k * 8, intValue);
          store<u8>(KINDS + k, CELL_NUMBER);
          store<i32>(RECORD_DIGITS + digitCols * 4, col);
          digitCols++;
        } else {
          const c0 = len == 0 ? 0 : <i32>load<u8>(s);
          const maybe = (c0 >= 48 && c0 <= 57) || c0 == 45 || c0 == 43 || c0 == 46 || c0 == 32 || c0 == 9 || (c0 | 32) == 105 || (c0 | 32) == 110;
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
        else return 0;
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
    for (let j = 0; j < digitCols; j++) {
      const dc = load<i32>(RECORD_DIGITS + j * 4);
      store<i32>(DIGITS + dc * 4, load<i32>(DIGITS + dc * 4) + 1);
    }
  }
  return 3;
}
