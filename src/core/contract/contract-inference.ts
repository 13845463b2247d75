import { FingerprintTable } from '../checks/hash-table64.js';
import { columnTexts } from '../checks/cell-access.js';
import { Hasher64 } from '../checks/hash64.js';
import { isBooleanText, isIntegerText, isNumberText } from '../checks/value-forms.js';
import type { BatchConsumer } from '../data/record-batch.js';
import type { Contract, ContractColumn } from './contract-schema.js';

/** A string column with at most this many distinct values gets a `values` domain. */
export const MAX_DOMAIN_VALUES = 20;

/** What inference saw of one column. */
export interface ColumnObservation {
  readonly name: string;
  readonly rows: number;
  readonly nulls: number;
  readonly type: 'integer' | 'float' | 'string' | 'boolean' | null;
  readonly min: number | null;
  readonly max: number | null;
  /** Distinct values in first-seen order, or null when there are more than MAX_DOMAIN_VALUES. */
  readonly domain: readonly string[] | null;
  readonly unique: boolean;
}

class ColumnObserver {
  rows = 0;
  nulls = 0;
  allInt = true;
  allNum = true;
  allBool = true;
  min = Infinity;
  max = -Infinity;
  domain: Map<string, number> | null = new Map();
  // 2^20 slots (13 MB) at most per column: a key column with more distinct values is not marked unique.
  uniq: FingerprintTable | null = new FingerprintTable(1 << 20);
}

/** Streams a data file and observes each column for contract inference (bounded memory). */
export function contractInferenceConsumer(): BatchConsumer<ColumnObservation[]> {
  let header: readonly string[] = [];
  let cols: ColumnObserver[] = [];
  const hasher = new Hasher64();
  return {
    consume(batch) {
      if (cols.length === 0) {
        header = batch.header;
        cols = header.map(() => new ColumnObserver());
      }
      cols.forEach((o, c) => {
        const cells = columnTexts(batch, c);
        const nums = batch.numbers(c);
        o.rows += batch.length;
        for (let i = 0; i < batch.length; i++) {
          const v = cells[i];
          if (v === null || v === undefined) {
            o.nulls++;
            continue;
          }
          if (o.allInt && !isIntegerText(v)) o.allInt = false;
          if (o.allNum && !isNumberText(v)) o.allNum = false;
          if (o.allBool && !isBooleanText(v)) o.allBool = false;
          const x = nums[i]!;
          if (Number.isFinite(x)) {
            if (x < o.min) o.min = x;
            if (x > o.max) o.max = x;
          }
          if (o.domain !== null && !o.domain.has(v)) {
            if (o.domain.size >= MAX_DOMAIN_VALUES) o.domain = null;
            else o.domain.set(v, o.domain.size);
          }
          // Only integer and string columns can become keys; a fractional number ends the tracking.
          if (o.uniq !== null && !o.allInt && o.allNum) o.uniq = null;
          if (o.uniq !== null) {
            hasher.ofString(v);
            // The first repeat settles it: free the table.
            if (o.uniq.observe(hasher.hi, hasher.lo, batch.lines[i]!) !== 0 || o.uniq.saturated) o.uniq = null;
          }
        }
      });
    },
    finish() {
      return header.map((name, c) => {
        const o = cols[c]!;
        const nonNull = o.rows - o.nulls;
        const type = nonNull === 0 ? null : o.allBool ? 'boolean' : o.allInt ? 'integer' : o.allNum ? 'float' : 'string';
        return {
          name,
          rows: o.rows,
          nulls: o.nulls,
          type,
          min: o.min <= o.max ? o.min : null,
          max: o.min <= o.max ? o.max : null,
          domain: o.domain === null ? null : [...o.domain.keys()],
          unique: o.uniq !== null && o.nulls === 0 && o.rows >= 2,
        };
      });
    },
  };
}

/**
 * Turns observations into a contract. Structural facts (columns, types, small categorical domains, keys) are
 * errors; facts a sample cannot prove (no nulls seen, the observed range) are warnings for the reviewer to
 * tighten, so the contract of a training split still accepts its test split.
 */
export function inferContract(observations: readonly ColumnObservation[], nullValues: readonly string[]): Contract {
  const columns: ContractColumn[] = observations.map((o) => {
    const col: Record<string, unknown> = { name: o.name };
    if (o.type !== null) col['type'] = o.type;
    col['nullable'] = o.nulls > 0 || o.rows === 0;
    const numeric = o.type === 'integer' || o.type === 'float';
    if (numeric && o.min !== null && o.max !== null) {
      col['min'] = o.min;
      col['max'] = o.max;
    }
    const nonNull = o.rows - o.nulls;
    if ((o.type === 'string' || o.type === 'boolean') && o.domain !== null && o.domain.length * 2 <= nonNull && !o.unique) col['values'] = [...o.domain].sort();
    if (o.unique && (o.type === 'integer' || o.type === 'string')) col['unique'] = true;
    const soft: Record<string, 'warning'> = {};
    if (col['nullable'] === false) soft['nullable'] = 'warning';
    if (col['min'] !== undefined) soft['range'] = 'warning';
    if (Object.keys(soft).length > 0) col['severity'] = soft;
    return col as ContractColumn;
  });
  return { version: 1, null_values: [...nullValues], strict: true, columns };
}
