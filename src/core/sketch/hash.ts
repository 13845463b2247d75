/**
 * 53-bit hash keys for distinct counting and category tables: two independent 32-bit FNV-1a streams,
 * each finished with MurmurHash3's fmix32 so that similar short strings spread over all bits (HyperLogLog
 * needs uniform bits). Keys are exact in a double, so they can be Map keys without BigInt.
 */

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function combine(h1: number, h2: number): number {
  return fmix32(h1) * 2097152 + (fmix32(h2) >>> 11);
}

/** Hash key of bytes[start..end) (UTF-8 text of a cell). */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  hashBytesInto(bytes, start, end);
  return HASH_PARTS[2] as number;
}

/**
 * The parts of the last `hashBytesInto`: [0] and [1] are 30-bit halves (small integers, cheap Map keys
 * in hot loops), [2] is the 53-bit key. A shared scratch array, so hashing allocates nothing.
 */
export const HASH_PARTS = new Float64Array(3);

/** Finishes the two FNV streams into HASH_PARTS. */
function setParts(h1: number, h2: number): void {
  const a = fmix32(h1);
  const b = fmix32(h2);
  HASH_PARTS[0] = a & 0x3fffffff;
  HASH_PARTS[1] = b & 0x3fffffff;
  HASH_PARTS[2] = a * 2097152 + (b >>> 11);
}

/** Hashes bytes[start..end) into HASH_PARTS. */
export function hashBytesInto(bytes: Uint8Array, start: number, end: number): void {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c ^ (end - start);
  for (let i = start; i < end; i++) {
    const c = bytes[i] as number;
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  setParts(h1, h2);
}

/**
 * Hashes the text of a quoted field whose bytes[start..end) hold `""` escapes into HASH_PARTS: the same
 * values as `hashBytesInto` of the unescaped UTF-8 bytes, so both forms of one text get one key.
 */
export function hashUnescapedBytesInto(bytes: Uint8Array, start: number, end: number, quote = 34): void {
  let len = end - start;
  for (let i = start; i < end; i++) {
    if (bytes[i] === quote && bytes[i + 1] === quote && i + 1 < end) {
      len--;
      i++;
    }
  }
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c ^ len;
  for (let i = start; i < end; i++) {
    const c = bytes[i] as number;
    if (c === quote && i + 1 < end && bytes[i + 1] === quote) i++;
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  setParts(h1, h2);
}

/** Hashes a CSV cell's raw bytes into HASH_PARTS: as its text's UTF-8 bytes, `""` escapes undone. */
export function hashRawCell(bytes: Uint8Array, start: number, end: number, escaped: boolean): void {
  if (escaped) hashUnescapedBytesInto(bytes, start, end);
  else hashBytesInto(bytes, start, end);
}

/** Hashes a string into HASH_PARTS (same values as its bytes for ASCII text). */
export function hashStringInto(text: string): void {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  setParts(h1, h2);
}

/** Hash key of a string; equal to `hashBytes` of its UTF-8 bytes when the string is ASCII. */
export function hashString(text: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return combine(h1, h2);
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** Hash key of a number by value (so `1` and `1.0` are the same value; -0 is 0). */
export function hashNumber(value: number): number {
  f64[0] = value === 0 ? 0 : value;
  const lo = u32[0] as number;
  const hi = u32[1] as number;
  return combine(lo ^ Math.imul(hi, 0x9e3779b1), hi ^ Math.imul(lo ^ 0x7f4a7c15, 0x85ebca6b));
}
