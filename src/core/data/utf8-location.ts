/** Offset of the first byte of bytes[start..end) that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let j = 1; j <= need; j++) {
      const c = bytes[i + j];
      if (c === undefined || i + j >= end || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line and byte column of `offset`, counting LFs from `from`, which is at line `line`, column 1. */
export function lineAndColumn(bytes: Uint8Array, from: number, line: number, offset: number): { line: number; column: number } {
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
