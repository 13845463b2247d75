import { CELL_NULL, CELL_NUMBER, cellKinds, type ColumnBatchStats, type RawForms, type RecordBatch } from './record-batch.js';
import { decodeCell } from './byte-record-batch.js';

/**
 * Per-batch views of one column that several consumers of a pass need (the profile, the contract's checks,
 * the column overview): computed once per batch and column on first use, then shared. Consumers use them
 * to decide a whole batch at once (every value in range, every category in the set) and fall back to their
 * per-cell loops only for batches that hold a finding.
 */

export type { ColumnBatchStats } from './record-batch.js';

const statsCache = new WeakMap<RecordBatch, (ColumnBatchStats | undefined)[]>();

/** Null, number and text counts and the numeric range of column `c` of a batch (one loop, cached). */
export function columnStats(batch: RecordBatch, c: number): ColumnBatchStats {
  let perBatch = statsCache.get(batch);
  if (perBatch === undefined) statsCache.set(batch, (perBatch = []));
  const hit = perBatch[c];
  if (hit !== undefined) return hit;
  // The WebAssembly scanner's batches compute them in the module (same loop, same results).
  const stats = batch.raw?.stats?.(c) ?? computeStats(cellKinds(batch, c), batch.numbers(c), batch.length);
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

/**
 * The distinct texts of one column of one batch, and which one each text cell holds. Valid while the batch is
 * the current one: `ids` is reused for the next batch's dictionary of the same column.
 */
export interface TextDictionary {
  /** Per row: the index of the cell's text in `texts`; only meaningful where the cell's kind is CELL_TEXT. */
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

const dictionaryCache = new WeakMap<RecordBatch, (TextDictionary | null | undefined)[]>();

/**
 * The dictionary of column `c`'s text cells (kind CELL_TEXT) in one batch, or undefined when the batch holds
 * more than MAX_DICTIONARY_TEXTS distinct texts (or the scanner gave up on the column as high-cardinality).
 * Byte-level batches decode each distinct raw form once.
 */
export function textDictionary(batch: RecordBatch, c: number): TextDictionary | undefined {
  let perBatch = dictionaryCache.get(batch);
  if (perBatch === undefined) dictionaryCache.set(batch, (perBatch = []));
  const hit = perBatch[c];
  if (hit !== undefined) return hit ?? undefined;
  // Byte-level batches carry the scanner's raw forms (null: too many distinct texts).
  const forms = batch.raw?.forms?.(c);
  const built = forms === null ? undefined : forms !== undefined ? fromForms(batch, c, forms) : fromStrings(batch, c);
  perBatch[c] = built ?? null;
  return built;
}

// One `ids` array per column, reused from batch to batch: allocating 32 KB per column and batch made the
// profile's peak RSS grow by a third. Handing the array to a new batch drops the previous batch's cached
// dictionary, so a consumer that asks an old batch again gets a fresh one, never a clobbered one.
const idScratch: { owner: RecordBatch | undefined; ids: Int32Array }[] = [];

function idsFor(batch: RecordBatch, c: number): Int32Array {
  let slot = idScratch[c];
  if (slot === undefined) idScratch[c] = slot = { owner: undefined, ids: new Int32Array(0) };
  if (slot.owner !== undefined && slot.owner !== batch) {
    const previous = dictionaryCache.get(slot.owner);
    if (previous !== undefined) previous[c] = undefined;
  }
  slot.owner = batch;
  if (slot.ids.length < batch.length) slot.ids = new Int32Array(Math.max(batch.length, 8192));
  const ids = slot.ids.subarray(0, batch.length);
  ids.fill(-1);
  return ids;
}

/** Distinct texts in order of first occurrence, with counts and first rows, up to MAX_DICTIONARY_TEXTS. */
class TextTable {
  readonly texts: string[] = [];
  readonly counts: number[] = [];
  readonly firstRows: number[] = [];
  private readonly index = new Map<string, number>();

  /** The id of `text`, added with first row `row` when new; -1 when a new text would pass the limit. */
  idOf(text: string, row: number): number {
    let id = this.index.get(text);
    if (id === undefined) {
      if (this.texts.length >= MAX_DICTIONARY_TEXTS) return -1;
      id = this.texts.length;
      this.index.set(text, id);
      this.texts.push(text);
      this.counts.push(0);
      this.firstRows.push(row);
    }
    return id;
  }

  dictionary(ids: Int32Array): TextDictionary {
    return { ids, texts: this.texts, counts: Int32Array.from(this.counts), firstRows: Int32Array.from(this.firstRows) };
  }
}

/** From the cells' strings: batches without the scanner's raw forms. */
function fromStrings(batch: RecordBatch, c: number): TextDictionary | undefined {
  const kinds = cellKinds(batch, c);
  const cells = batch.cells[c] ?? [];
  const ids = idsFor(batch, c);
  const table = new TextTable();
  for (let i = 0; i < batch.length; i++) {
    if (kinds[i] !== 2) continue;
    const id = table.idOf(cells[i] ?? '', i);
    if (id < 0) return undefined;
    table.counts[id]!++;
    ids[i] = id;
  }
  return table.dictionary(ids);
}

/**
 * From the scanner's raw forms: one counting pass over the batch's text cells, then one decode per form held
 * by a cell. Forms are numbered in order of first occurrence, so texts are too; two forms of one text (quoted
 * with `""` escapes, or not) share an entry.
 */
function fromForms(batch: RecordBatch, c: number, forms: RawForms): TextDictionary | undefined {
  const raw = batch.raw!;
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
      // A form seen only in a record cut by the end of the buffer (scanned again in the next batch).
      identity = false;
      formText[f] = -1;
      continue;
    }
    const start = forms.start[f] as number;
    const id = table.idOf(decodeCell(raw.bytes, start, start + (forms.length[f] as number), forms.escaped[f] === 1), formFirst[f] as number);
    if (id < 0) return undefined;
    if (id !== f) identity = false;
    table.counts[id]! += formCounts[f] as number;
    formText[f] = id;
  }
  let ids = forms.ids;
  if (!identity) {
    // Two forms of one text, or a dropped form: renumber the cells.
    ids = idsFor(batch, c);
    for (let i = 0; i < n; i++) if (kinds[i] === 2) ids[i] = formText[forms.ids[i] as number] as number;
  }
  return table.dictionary(ids);
}

function countForms(kinds: Uint8Array, ids: Int32Array, n: number, counts: Int32Array, first: Int32Array): void {
  for (let i = 0; i < n; i++) {
    if (kinds[i] !== 2) continue;
    const f = ids[i] as number;
    const seen = counts[f] as number;
    if (seen === 0) first[f] = i;
    counts[f] = seen + 1;
  }
}
