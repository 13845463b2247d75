import { cellKinds, type RecordBatch } from '../data/record-batch.js';

/**
 * Fast access to one column's cells. Byte-level batches decode *every* column when `batch.cells` is read
 * (one TextDecoder call per cell); checks usually need one or two columns, and most need only the kinds
 * and numbers the scanner already computed. Text is decoded here per column, short values through an
 * intern table.
 */

const utf8 = new TextDecoder('utf-8');
const textCache = new WeakMap<RecordBatch, Map<number, readonly (string | null)[]>>();

// Short cells repeat (categories, small numbers): keep one string per distinct short byte sequence, so a
// categorical column costs a hash and a compare per cell instead of a decode and an allocation.
const INTERN_MAX_ENTRIES = 1 << 16;
const INTERN_MAX_BYTES = 32;
const interned = new Map<number, { readonly bytes: Uint8Array; readonly text: string }>();

function decodeShort(bytes: Uint8Array, start: number, end: number): string {
  for (let i = start; i < end; i++) if (bytes[i]! >= 0x80) return utf8.decode(bytes.subarray(start, end));
  return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
}

function decodeRange(bytes: Uint8Array, start: number, end: number): string {
  const len = end - start;
  if (len > INTERN_MAX_BYTES) return utf8.decode(bytes.subarray(start, end));
  let h = 0x811c9dc5 ^ len;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 16777619);
  const hit = interned.get(h);
  if (hit !== undefined && hit.bytes.length === len) {
    let same = true;
    for (let i = 0; i < len && same; i++) same = hit.bytes[i] === bytes[start + i];
    if (same) return hit.text;
  }
  const text = decodeShort(bytes, start, end);
  if (hit === undefined && interned.size < INTERN_MAX_ENTRIES) interned.set(h, { bytes: bytes.slice(start, end), text });
  return text;
}

function unescape(text: string): string {
  return text.split('""').join('"');
}

/** The text of one cell, or null (for examples; loops should use `columnTexts`). */
export function cellText(batch: RecordBatch, column: number, row: number): string | null {
  const raw = batch.raw;
  if (raw === undefined) return batch.cells[column]?.[row] ?? null;
  return columnTexts(batch, column)[row] ?? null;
}

/** All texts of one column of a batch (null for null cells), decoded once per batch and column. */
export function columnTexts(batch: RecordBatch, column: number): readonly (string | null)[] {
  const raw = batch.raw;
  if (raw === undefined) return batch.cells[column] ?? [];
  let perBatch = textCache.get(batch);
  if (perBatch === undefined) textCache.set(batch, (perBatch = new Map()));
  let out = perBatch.get(column);
  if (out === undefined) {
    const kinds = cellKinds(batch, column);
    const starts = raw.starts(column);
    const ends = raw.ends(column);
    const escaped = raw.escaped(column);
    const texts = new Array<string | null>(batch.length);
    for (let i = 0; i < batch.length; i++) {
      if (kinds[i] === 0) {
        texts[i] = null;
        continue;
      }
      const text = decodeRange(raw.bytes, starts[i]!, ends[i]!);
      texts[i] = escaped[i] === 1 ? unescape(text) : text;
    }
    perBatch.set(column, (out = texts));
  }
  return out;
}

const intCache = new WeakMap<RecordBatch, Map<number, Uint8Array>>();

/** 1 where a cell is an integer literal (digits with an optional sign, no fraction or exponent), per column. */
export function integerMask(batch: RecordBatch, column: number): Uint8Array {
  let perBatch = intCache.get(batch);
  if (perBatch === undefined) intCache.set(batch, (perBatch = new Map()));
  let mask = perBatch.get(column);
  if (mask !== undefined) return mask;
  mask = new Uint8Array(batch.length);
  const kinds = cellKinds(batch, column);
  const raw = batch.raw;
  if (raw === undefined) {
    const cells = batch.cells[column] ?? [];
    for (let i = 0; i < batch.length; i++) mask[i] = kinds[i] === 1 && /^\s*[+-]?\d+\s*$/.test(cells[i] ?? '') ? 1 : 0;
  } else {
    const bytes = raw.bytes;
    const starts = raw.starts(column);
    const ends = raw.ends(column);
    for (let r = 0; r < batch.length; r++) {
      if (kinds[r] !== 1) continue;
      let i = starts[r]!;
      let end = ends[r]!;
      // The blanks parseNumberBytes skips (space and tab), so the mask agrees with the text path's `\s`.
      while (i < end && (bytes[i] === 32 || bytes[i] === 9)) i++;
      while (end > i && (bytes[end - 1] === 32 || bytes[end - 1] === 9)) end--;
      if (i < end && (bytes[i] === 43 || bytes[i] === 45)) i++;
      let ok = i < end;
      for (; ok && i < end; i++) {
        const b = bytes[i]!;
        if (b < 48 || b > 57) ok = false;
      }
      mask[r] = ok ? 1 : 0;
    }
  }
  perBatch.set(column, mask);
  return mask;
}

export { cellKinds };
