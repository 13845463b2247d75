import type { BatchConsumer } from '../data/record-batch.js';
import { columnTexts } from './cell-access.js';
import { NumericSummary, TopValueCounter, countValues } from './column-summary.js';
import { FingerprintTable } from './hash-table64.js';
import { Hasher64 } from './hash64.js';

/** What checks with Evidently's reference defaults need to know about one reference column. */
export interface ReferenceColumn {
  readonly distinct: number | null;
  readonly mostCommonShare: number | null;
  /** Distinct non-null values when at most 10,000 (Evidently takes DV12's list from the reference), else null. */
  readonly domain: readonly (string | number)[] | null;
  /** Share of null rows (Evidently's DV06 default with a reference: current share ≤ 1.1 × this). */
  readonly nullShare: number;
  readonly mean: number | null;
  readonly std: number | null;
  quantile(q: number): number | null;
}

/** The reference data set (`--reference`) summarised in one bounded pass. */
export interface ReferenceSummary {
  readonly file: string;
  readonly rows: number;
  readonly columns: ReadonlyMap<string, ReferenceColumn>;
}

/** A consumer that summarises the reference file for DV04, DV05, DV14, DV25 and DV26. */
export function referenceSummaryConsumer(file: string): BatchConsumer<ReferenceSummary> {
  let rows = 0;
  let header: readonly string[] = [];
  let states: { distinct: FingerprintTable; top: TopValueCounter; numeric: NumericSummary }[] = [];
  const hasher = new Hasher64();
  return {
    consume(batch) {
      if (rows === 0 && states.length === 0) {
        header = batch.header;
        // 2^18 slots (3.4 MB) per column: exact distinct counts up to ~196,000 values, null above.
        states = header.map(() => ({ distinct: new FingerprintTable(1 << 18), top: new TopValueCounter(), numeric: new NumericSummary() }));
      }
      rows += batch.length;
      states.forEach((s, c) => {
        const cells = columnTexts(batch, c);
        const nums = batch.numbers(c);
        for (let i = 0; i < batch.length; i++) {
          const v = cells[i] ?? null;
          if (v !== null) {
            hasher.ofString(v);
            s.distinct.observe(hasher.hi, hasher.lo, batch.lines[i]!);
          }
        }
        countValues(s.top, batch, c);
        s.numeric.consume(batch, c);
      });
    },
    finish() {
      const columns = new Map<string, ReferenceColumn>();
      header.forEach((name, c) => {
        const s = states[c]!;
        const n = s.numeric.result();
        columns.set(name, {
          distinct: s.distinct.saturated ? null : s.distinct.size,
          mostCommonShare: s.top.top()?.share ?? null,
          domain: s.top.domain(),
          nullShare: s.top.nullShare(),
          mean: n.mean,
          std: n.std,
          quantile: n.quantile,
        });
      });
      return { file, rows, columns };
    },
  };
}
