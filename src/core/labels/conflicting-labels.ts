/**
 * DV27 conflicting labels (Deepchecks conflicting_labels): rows are grouped by all feature values
 * (null equals null; numbers compare by value, so `1` and `1.0` are one value) and the share is
 * rows in groups with more than one distinct label / rows. Rows with a null label are not counted.
 *
 * Bounded memory: a group is stored as a 64-bit hash of its feature tuple (two independent 32-bit
 * hashes) with its first label, a conflict flag, a row count and its first line — 20 bytes per group in
 * an open-addressing table, never the rows. Two different tuples share a hash with probability about
 * g²/2⁶⁵ for g groups (≈ 2.7e-6 at 10 million distinct tuples); a collision can only merge two groups.
 * Above `maxGroups` distinct tuples the table keeps a hash-defined subset of groups (distinct sampling,
 * Gibbons 2001): each time it fills, only tuples whose hash has one more leading zero bit are kept, and
 * the share is computed over the rows of the kept groups — an unbiased estimate, reported as sampled.
 */
import { CELL_NULL, CELL_NUMBER, CELL_TEXT, cellKinds, type BatchConsumer, type RecordBatch } from '../data/record-batch.js';
import { MAX_EXAMPLES, type CheckExample } from '../checks/check-result.js';

export const DEFAULT_MAX_GROUPS = 1 << 20;

export interface ConflictingLabelsResult {
  readonly rows: number;
  /** Rows in groups with more than one label (among the rows in scope when sampled). */
  readonly conflictingRows: number;
  readonly rowsInScope: number;
  readonly share: number;
  readonly groups: number;
  readonly sampled: boolean;
  readonly examples: readonly CheckExample[];
}

const MULTI = -2;

/** One 32-bit hash of a row's feature tuple: null and NaN hash alike, numbers by value, text by its characters. */
function hashRow(kinds: readonly Uint8Array[], nums: readonly Float64Array[], texts: (ReadonlyArray<string | null> | null)[], row: number, seed: number): number {
  let h = seed >>> 0;
  for (let c = 0; c < kinds.length; c++) {
    const kind = kinds[c]![row];
    const n = nums[c]![row]!;
    const text = kind === CELL_NULL || (kind === CELL_NUMBER && Number.isNaN(n)) ? '\u0000' : kind === CELL_NUMBER ? `n${n}` : `s${texts[c]![row] ?? ''}`;
    for (let i = 0; i < text.length; i++) {
      h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995);
      h ^= h >>> 15;
    }
    h = Math.imul(h ^ 0x1f, 0x27d4eb2d);
    h ^= h >>> 13;
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Streams rows into the DV27 hash table; `features` and `label` name columns. */
export function createConflictingLabelsConsumer(features: readonly string[], label: string, maxGroups = DEFAULT_MAX_GROUPS): BatchConsumer<ConflictingLabelsResult> {
  let slots = 1 << 12;
  let hi = new Uint32Array(slots);
  let lo = new Uint32Array(slots);
  let lab = new Int32Array(slots).fill(-1); // -1 = empty slot
  let count = new Uint32Array(slots);
  let first = new Uint32Array(slots);
  let used = 0;
  let level = 0;
  let rows = 0;
  let file = '';
  const labels = new Map<string, number>();
  const examples: CheckExample[] = [];
  let indexes: { f: number[]; l: number } | null = null;

  const inScope = (h: number): boolean => level === 0 || h >>> (32 - level) === 0;

  function insert(h1: number, h2: number, labelId: number, n: number, line: number): number {
    let i = (h2 ^ h1) & (slots - 1);
    while (lab[i] !== -1 && !(hi[i] === h1 && lo[i] === h2)) i = (i + 1) & (slots - 1);
    if (lab[i] === -1) {
      hi[i] = h1;
      lo[i] = h2;
      lab[i] = labelId;
      count[i] = n;
      first[i] = line;
      used++;
    } else {
      count[i] = count[i]! + n;
      if (lab[i] !== labelId && lab[i] !== MULTI) lab[i] = MULTI;
    }
    return i;
  }

  function rebuild(newSlots: number): void {
    const old = { hi, lo, lab, count, first };
    slots = newSlots;
    hi = new Uint32Array(slots);
    lo = new Uint32Array(slots);
    lab = new Int32Array(slots).fill(-1);
    count = new Uint32Array(slots);
    first = new Uint32Array(slots);
    used = 0;
    for (let i = 0; i < old.lab.length; i++) if (old.lab[i] !== -1 && inScope(old.hi[i]!)) insert(old.hi[i]!, old.lo[i]!, old.lab[i]!, old.count[i]!, old.first[i]!);
  }

  return {
    consume(batch: RecordBatch): void {
      file = batch.file;
      if (!indexes) indexes = { f: features.map((f) => batch.header.indexOf(f)).filter((i) => i >= 0), l: batch.header.indexOf(label) };
      if (indexes.l < 0) return;
      const kinds = indexes.f.map((c) => cellKinds(batch, c));
      const nums = indexes.f.map((c) => batch.numbers(c));
      // Text is decoded only for columns that hold text in this batch.
      const texts = indexes.f.map((c, k) => (kinds[k]!.includes(CELL_TEXT) ? (batch.cells[c] ?? []) : null));
      const labelCells = batch.cells[indexes.l] ?? [];
      for (let r = 0; r < batch.length; r++) {
        const l = labelCells[r] ?? null;
        if (l === null) continue;
        rows++;
        const h1 = hashRow(kinds, nums, texts, r, 0x9747b28c);
        if (!inScope(h1)) continue;
        const h2 = hashRow(kinds, nums, texts, r, 0x2f1a7d3b);
        let id = labels.get(l);
        if (id === undefined) labels.set(l, (id = labels.size));
        const before = used;
        const slot = insert(h1, h2, id, 1, batch.lines[r]!);
        if (lab[slot] === MULTI && examples.length < MAX_EXAMPLES) {
          if (!examples.some((e) => e.line === first[slot])) examples.push({ file, line: first[slot]!, column: label });
          if (examples.length < MAX_EXAMPLES && first[slot] !== batch.lines[r]) examples.push({ file, line: batch.lines[r]!, column: label, value: l });
        }
        if (used > before && used > maxGroups) {
          // Full: keep only the half of the hash space with one more leading zero bit, until a quarter is free.
          do {
            level++;
            rebuild(slots);
          } while (used > maxGroups * 0.75 && level < 32);
        } else if (used > before && used * 2 > slots) rebuild(slots * 2);
      }
    },
    finish(): ConflictingLabelsResult {
      let scope = 0;
      let conflicting = 0;
      for (let i = 0; i < slots; i++) {
        if (lab[i] === -1) continue;
        scope += count[i]!;
        if (lab[i] === MULTI) conflicting += count[i]!;
      }
      return { rows, conflictingRows: conflicting, rowsInScope: scope, share: scope === 0 ? 0 : conflicting / scope, groups: used, sampled: level > 0, examples: examples.sort((a, b) => a.line - b.line) };
    },
  };
}
