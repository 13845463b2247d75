import { parseNumber } from './record-batch.js';

const POW10 = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
const TWO53 = 9007199254740992;

/** Decodes ASCII/Latin-1 bytes to a string (only used on the rare slow paths). */
export function latin1(bytes: Uint8Array, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) out += String.fromCharCode(bytes[i] ?? 0);
  return out;
}

/**
 * Parses bytes[start..end) as a number with exactly the grammar of `parseNumber` (so CSV batches and
 * string batches agree), without allocating a string on the common path: Clinger's fast path gives the
 * correctly rounded double when the digits fit in 2^53 and the power of ten is at most 22; anything
 * else (long mantissas, big exponents such as 1e400, inf/nan words) goes through `Number`.
 * Returns NaN when the text is not a number (and for the `nan` literals; see `isNanLiteral`).
 */
export function parseNumberBytes(bytes: Uint8Array, start: number, end: number): number {
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
    // inf, infinity, nan and their capitalisations: rare, so the regex path decides.
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
      if (exp < 100000) exp = exp * 10 + d;
      i++;
    }
    if (i === expStart) return NaN;
    if (expNeg) exp = -exp;
  }
  if (i !== e) return NaN;
  const e10 = exp - frac;
  let v: number;
  if (mant <= TWO53 && e10 >= -22 && e10 <= 22) v = e10 >= 0 ? mant * (POW10[e10] ?? 1) : mant / (POW10[-e10] ?? 1);
  else v = Number(latin1(bytes, body, e));
  return neg ? -v : v;
}
