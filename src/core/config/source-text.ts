import type { Problem } from '../errors.js';

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line and column (in characters) of a byte offset, counting only the valid prefix. */
function byteLocation(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: [...prefix].length + 1 };
}

/** Config files are hand-written; anything larger is almost certainly data passed by mistake. */
export const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

export type DecodedText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Decodes a config file's bytes, rejecting what YAML would misread or silently accept:
 * more than MAX_CONFIG_BYTES, invalid UTF-8 (first bad byte), an empty or whitespace-only file.
 */
export function decodeConfigBytes(file: string, bytes: Uint8Array): DecodedText {
  if (bytes.length > MAX_CONFIG_BYTES) {
    return { ok: false, problems: [{ file, message: `file is ${bytes.length} bytes; a config file may have at most ${MAX_CONFIG_BYTES}`, expected: 'a project or policy file, not data' }] };
  }
  const bad = findInvalidUtf8(bytes);
  if (bad >= 0) {
    const at = byteLocation(bytes, bad);
    const hex = bytes[bad]!.toString(16).padStart(2, '0');
    return {
      ok: false,
      problems: [{ file, ...at, message: `invalid UTF-8: byte 0x${hex} at offset ${bad} is not valid UTF-8`, expected: 'a UTF-8 encoded text file' }],
    };
  }
  // A UTF-8 byte order mark is harmless; drop it so columns on line 1 are not shifted.
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  if (text.trim() === '') {
    return { ok: false, problems: [{ file, line: 1, column: 1, message: bytes.length === 0 ? 'file is empty' : 'file contains only whitespace', expected: 'a YAML mapping starting with `version: 1`' }] };
  }
  return { ok: true, text };
}

/**
 * Lines whose indentation contains a tab. YAML forbids tabs for indentation; parsers either fail with an
 * obscure message or, worse, read a different structure. `skip` holds [start, end) offsets of block
 * scalars, where a tab is content.
 */
export function findTabIndentation(file: string, text: string, skip: readonly (readonly [number, number])[] = []): Problem[] {
  const problems: Problem[] = [];
  let offset = 0;
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const indent = /^[ \t]*/.exec(line)![0];
    const tab = indent.indexOf('\t');
    const rest = line.slice(indent.length).trim();
    const inBlock = skip.some(([s, e]) => offset + tab >= s && offset + tab < e);
    if (tab >= 0 && rest !== '' && !inBlock) {
      problems.push({ file, line: n + 1, column: tab + 1, message: 'tab character used for indentation', expected: 'spaces (YAML does not allow tabs for indentation)' });
    }
    offset += line.length + 1;
  }
  return problems;
}
