import { CELL_NULL, CELL_NUMBER, cellKinds, type RecordBatch } from './record-batch.js';
import { decodeCell } from './byte-record-batch.js';

/**
 * Per-batch views of one column that several consumers of a pass need (the profile, the contract's checks,
 * the column overview): computed once per batch and column on first use, then shared. Consumers use them
 * to decide a whole batch at once (every value in range, every category in the set) and fall back to their
 * per-cell loops only for batches that hold a finding.
 */

/** Counts and the numeric range of one column of one batch. */
export interface ColumnBatchStats {
  readonly nulls: number;
  /** Cells that parse as numbers (NaN literals included). */
  readonly numbers: number;
  readonly texts: number;
  /** Number cells whose value is NaN (`nan` literals). */
  readonly nans: number;
  /** Number cells whose value is ±Infinity. */
  readonly infinite: number;
  /** Smallest and largest non-NaN number (infinities included); +Infinity / -Infinity when there is none. */
  readonly min: number;
  readonly max: number;
  /** Smallest and largest finite number; +Infinity / -Infinity when there is none. */
  readonly finiteMin: number;
  readonly finiteMax: number;
}

const statsCache = new WeakMap<RecordBatch, (ColumnBatchStats | undefined)[]>();

/** Null, number and text counts and the numeric range of column `c` of a batch (one loop, cached). */
export function columnStats(batch: RecordBatch, c: number): ColumnBatchStats {
  let perBatch = statsCache.get(batch);
  if (perBatch === undefined) statsCache.set(batch, (perBatch = []));
  const hit = perBatch[c];
  if (hit !== undefined) return hit;
  const stats = computeStats(cellKinds(batch, c), batch.numbers(c), batch.length);
  perBatch[c] = stats;
  return stats;
}

// The loops take typed arrays only, so they stay monomorphic whatever batch objects call them.
function computeStats(kinds: Uint8Array, nums: Float64Array, n: number): ColumnBatchStats {
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
      const v = nums[i] as number;
      if (v < min) min = v;
      if (v > max) max = v;
      if (v !== v) nans++;
      else if (v - v !== 0) infinite++;
    } else texts++;
  }
  let finiteMin = min;
  let finiteMax = max;
  if (infinite > 0) {
    // Rare: recompute the finite range without the infinities.
    finiteMin = Infinity;
    finiteMax = -Infinity;
    for (let i = 0; i < n; i++) {
      if (kinds[i] !== CELL_NUMBER) continue;
      const v = nums[i] as number;
      if (v - v !== 0) continue;
      if (v < finiteMin) finiteMin = v;
      if (v > finiteMax) finiteMax = v;
    }
  }
  return { nulls, numbers: n - nulls - texts, texts, nans, infinite, min, max, finiteMin, finiteMax };
}

/**
 * True when the scanner vouches that every number cell of the column is an unsigned digit-only literal
 * (so an integer literal): consumers can then skip per-cell integer-form checks. False means "not known".
 */
export function numbersAreDigitLiterals(batch: RecordBatch, c: number): boolean {
  const digits = batch.raw?.digitCells?.(c);
  return digits !== undefined && digits === columnStats(batch, c).numbers;
}

/** The distinct texts of one column of one batch, and which one each text cell holds. */
export interface TextDictionary {
  /** Per row: the index of the cell's text in `texts`, or -1 for null and number cells. */
  readonly ids: Int32Array;
  /** Distinct texts in order of first occurrence. */
  readonly texts: readonly string[];
  /** Per text: how many cells of the batch hold it. */
  readonly counts: Int32Array;
  /** Per text: the row of its first occurrence. */
  readonly firstRows: Int32Array;
}

/** Beyond this many distinct texts in one batch a column is not worth a dictionary: consumers go per cell. */
export const MAX_DICTIONARY_TEXTS = 512;
const SLOTS = 2048;

const dictionaryCache = new WeakMap<RecordBatch, (TextDictionary | null | undefined)[]>();

/**
 * The dictionary of column `c`'s text cells (kind CELL_TEXT) in one batch, or undefined when the batch holds
 * more than MAX_DICTIONARY_TEXTS distinct texts. Byte-level batches hash the raw bytes and decode each
 * distinct text once; two raw forms of one text (quoted with `""` escapes, or not) share an entry.
 */
export function textDictionary(batch: RecordBatch, c: number): TextDictionary | undefined {
  let perBatch = dictionaryCache.get(batch);
  if (perBatch === undefined) dictionaryCache.set(batch, (perBatch = []));
  const hit = perBatch[c];
  if (hit !== undefined) return hit ?? undefined;
  const built = batch.raw !== undefined ? fromBytes(batch, c) : fromStrings(batch, c);
  perBatch[c] = built ?? null;
  return built;
}

function finish(ids: Int32Array, texts: string[], counts: number[], firstRows: number[]): TextDictionary {
  return { ids, texts, counts: Int32Array.from(counts), firstRows: Int32Array.from(firstRows) };
}

function fromStrings(batch: RecordBatch, c: number): TextDictionary | undefined {
  const kinds = cellKinds(batch, c);
  const cells = batch.cells[c] ?? [];
  const ids = new Int32Array(batch.length).fill(-1);
  const index = new Map<string, number>();
  const texts: string[] = [];
  const counts: number[] = [];
  const firstRows: number[] = [];
  for (let i = 0; i < batch.length; i++) {
    if (kinds[i] !== 2) continue;
    const text = cells[i] ?? '';
    let id = index.get(text);
    if (id === undefined) {
      if (texts.length >= MAX_DICTIONARY_TEXTS) return undefined;
      id = texts.length;
      index.set(text, id);
      texts.push(text);
      counts.push(0);
      firstRows.push(i);
    }
    counts[id]!++;
    ids[i] = id;
  }
  return finish(ids, texts, counts, firstRows);
}

function fromBytes(batch: RecordBatch, c: number): TextDictionary | undefined {
  const raw = batch.raw!;
  return bytesDictionary(raw.bytes, cellKinds(batch, c), raw.starts(c), raw.ends(c), raw.escaped(c), batch.length);
}

const MAX_FORMS = MAX_DICTIONARY_TEXTS * 2;

function bytesDictionary(bytes: Uint8Array, kinds: Uint8Array, starts: Int32Array, ends: Int32Array, escaped: Uint8Array, n: number): TextDictionary | undefined {
  const ids = new Int32Array(n).fill(-1);
  // Open addressing over raw forms: slot → form + 1; a form remembers its first cell's bytes and its text id.
  const slots = new Int32Array(SLOTS);
  const formStart = new Int32Array(MAX_FORMS);
  const formLen = new Int32Array(MAX_FORMS);
  const formEsc = new Uint8Array(MAX_FORMS);
  const formId = new Int32Array(MAX_FORMS);
  const counts = new Int32Array(MAX_DICTIONARY_TEXTS);
  const firstRows = new Int32Array(MAX_DICTIONARY_TEXTS);
  let forms = 0;
  let byText: Map<string, number> | undefined;
  const texts: string[] = [];
  // The previous text cell's form: runs of one category cost a compare, not a hash.
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (kinds[i] !== 2) continue;
    const s = starts[i] as number;
    const len = (ends[i] as number) - s;
    const esc = escaped[i] as number;
    if (last >= 0 && formLen[last] === len && formEsc[last] === esc) {
      const fs = formStart[last] as number;
      let j = 0;
      while (j < len && bytes[s + j] === bytes[fs + j]) j++;
      if (j === len) {
        const id = formId[last] as number;
        ids[i] = id;
        counts[id] = (counts[id] as number) + 1;
        continue;
      }
    }
    let h = 0x811c9dc5 ^ len ^ (esc << 30);
    for (let j = 0; j < len; j++) h = Math.imul(h ^ (bytes[s + j] as number), 16777619);
    let slot = (h ^ (h >>> 15)) & (SLOTS - 1);
    let form = -1;
    for (;;) {
      const f = (slots[slot] as number) - 1;
      if (f < 0) break;
      if (formLen[f] === len && formEsc[f] === esc) {
        const fs = formStart[f] as number;
        let j = 0;
        while (j < len && bytes[s + j] === bytes[fs + j]) j++;
        if (j === len) {
          form = f;
          break;
        }
      }
      slot = (slot + 1) & (SLOTS - 1);
    }
    if (form < 0) {
      if (forms >= MAX_FORMS) return undefined;
      const text = decodeCell(bytes, s, s + len, esc === 1);
      // Distinct raw forms almost always mean distinct texts; only escaped quotes can make two forms one text.
      byText ??= new Map();
      let id = byText.get(text);
      if (id === undefined) {
        if (texts.length >= MAX_DICTIONARY_TEXTS) return undefined;
        id = texts.length;
        byText.set(text, id);
        texts.push(text);
        firstRows[id] = i;
      }
      form = forms++;
      formStart[form] = s;
      formLen[form] = len;
      formEsc[form] = esc;
      formId[form] = id;
      slots[slot] = form + 1;
    }
    last = form;
    const id = formId[form] as number;
    ids[i] = id;
    counts[id] = (counts[id] as number) + 1;
  }
  return { ids, texts, counts: counts.slice(0, texts.length), firstRows: firstRows.slice(0, texts.length) };
}
