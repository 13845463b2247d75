import { DATA_CHECK_PARAMS } from '../../policy/data-checks-schema.js';
import { CELL_NULL, CELL_TEXT } from '../../data/record-batch.js';
import { columnStats, textDictionary } from '../../data/batch-views.js';
import { ByteSet } from '../byte-set.js';
import { cellKinds, cellText, columnTexts } from '../cell-access.js';
import { mergeablePerColumn, mostlySuccess, perColumn, type CheckDefinition, type Verdict } from '../check-definition.js';
import type { CheckExample } from '../check-result.js';
import { ExampleCollector } from '../example-collector.js';
import { FingerprintTable } from '../hash-table64.js';
import { Hasher64 } from '../hash64.js';
import { withinRelative } from './row-count-checks.js';
import { ValueCounts, type ValueCountsState } from '../value-counts.js';

/**
 * DV12: GX `expect_column_values_to_be_in_set` (pandas `isin`, nulls skipped, `mostly`), or with
 * `min_domain_mass` TFDV's string domain: fail if off-domain / values > 1 − min_domain_mass
 * (ENUM_TYPE_UNEXPECTED_STRING_VALUES). Numbers in the set match numerically ("1.0" is in [1]).
 */
export const valuesInSet: CheckDefinition<'values_in_set'> = {
  id: 'DV12',
  name: 'values_in_set',
  title: 'Categorical domain',
  mostly: true,
  params: DATA_CHECK_PARAMS.values_in_set,
  create(config, context) {
    const mostly = config.mostly ?? 1;
    return mergeablePerColumn('DV12', config, (column) => {
      // Without `values`, Evidently's default: the list is the reference's values, the out-of-list share 0.
      const fromReference = config.values === undefined ? (context.reference?.columns.get(column)?.domain ?? null) : null;
      const values = config.values ?? fromReference ?? [];
      const texts = new Set(values.map((v) => String(v)));
      const numbers = new Set(values.filter((v): v is number => typeof v === 'number'));
      // A text cell's number is NaN: it is in the set through `numbers` only if NaN (`.nan`) is listed.
      const nanInSet = numbers.has(NaN);
      let nonNull = 0;
      let off = 0;
      // The message names the most frequent of the first 20 distinct off-set values.
      const offValues = new ValueCounts();
      const examples = new ExampleCollector();
      const bytes = new ByteSet(texts);
      const offCell = (file: string, line: number, v: string): void => {
        off++;
        offValues.add(v);
        examples.add(file, line, column, v);
      };
      return {
        consume(batch, c) {
          const nums = numbers.size > 0 ? batch.numbers(c) : undefined;
          const raw = batch.raw;
          if (raw !== undefined) {
            const stats = columnStats(batch, c);
            const dict = stats.numbers === 0 && stats.texts > 0 ? textDictionary(batch, c) : undefined;
            if (dict !== undefined) {
              // Texts only, with a batch dictionary: each distinct text is looked up once; the cells are
              // visited (in order) only when some text is off the set.
              nonNull += stats.texts;
              if (nanInSet || dict.texts.every((t) => texts.has(t))) return;
              const off = Uint8Array.from(dict.texts, (t) => (texts.has(t) ? 0 : 1));
              const kinds = cellKinds(batch, c);
              for (let i = 0; i < batch.length; i++) if (kinds[i] === CELL_TEXT && off[dict.ids[i]!] === 1) offCell(batch.file, batch.lines[i]!, dict.texts[dict.ids[i]!]!);
              return;
            }
            // Byte-level batches: match the raw bytes, decode only the cells that are off the set.
            const kinds = cellKinds(batch, c);
            const starts = raw.starts(c);
            const ends = raw.ends(c);
            const escaped = raw.escaped(c);
            for (let i = 0; i < batch.length; i++) {
              if (kinds[i] === CELL_NULL) continue;
              nonNull++;
              if (escaped[i] === 0 && bytes.has(raw.bytes, starts[i]!, ends[i]!)) continue;
              const v = cellText(batch, c, i) ?? '';
              if (texts.has(v) || (nums !== undefined && numbers.has(nums[i]!))) continue;
              offCell(batch.file, batch.lines[i]!, v);
            }
            return;
          }
          const cells = columnTexts(batch, c);
          for (let i = 0; i < batch.length; i++) {
            const v = cells[i];
            if (v === null || v === undefined) continue;
            nonNull++;
            if (texts.has(v) || (nums !== undefined && numbers.has(nums[i]!))) continue;
            offCell(batch.file, batch.lines[i]!, v);
          }
        },
        state: () => ({ nonNull, off, offValues: offValues.state(), examples: examples.state() }),
        merge(s: { nonNull: number; off: number; offValues: ValueCountsState; examples: readonly CheckExample[] }, lineOffset: number) {
          nonNull += s.nonNull;
          off += s.off;
          offValues.merge(s.offValues, 20, `values_in_set on ${column}`);
          examples.merge(s.examples, lineOffset);
        },
        finish(): Verdict {
          if (config.values === undefined && fromReference === null) {
            return { status: 'skip', observed: null, expected: null, message: 'no `values` given and no reference with at most 10,000 distinct values to take them from' };
          }
          const ok = config.min_domain_mass !== undefined ? !(nonNull > 0 && off / nonNull > 1 - config.min_domain_mass) : mostlySuccess(nonNull, off, mostly);
          const top = offValues.first(20).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([v, n]) => `${JSON.stringify(v)} (${n})`);
          return {
            status: ok ? 'pass' : 'fail',
            observed: nonNull === 0 ? null : (nonNull - off) / nonNull,
            expected: config.min_domain_mass !== undefined ? `domain mass ≥ ${config.min_domain_mass}` : `in-set share ≥ ${mostly}`,
            message: `${off === 0 ? `all ${nonNull} values are in the set` : `${off} of ${nonNull} values are not in the set: ${top.join(', ')}`}${fromReference !== null ? ' (the set of the reference data)' : ''}`,
            unexpectedCount: off,
            elementCount: nonNull,
            examples: off > 0 ? examples.list() : [],
          };
        },
      };
    });
  },
};

/** Number of values one cell holds: a JSON array holds its length, any other present cell holds one. */
function valueCount(text: string): number {
  const t = text.trim();
  if (t.startsWith('[') && t.endsWith(']')) {
    try {
      const parsed: unknown = JSON.parse(t);
      if (Array.isArray(parsed)) return parsed.length;
    } catch {
      // Not JSON: one value that happens to look like a list.
    }
  }
  return 1;
}

/** DV13: TFDV `value_count.min/max` over present examples → FEATURE_TYPE_LOW/HIGH_NUMBER_VALUES. */
export const valuesPerExample: CheckDefinition<'values_per_example'> = {
  id: 'DV13',
  name: 'values_per_example',
  title: 'Values per example',
  mostly: false,
  params: DATA_CHECK_PARAMS.values_per_example,
  create(config) {
    return perColumn('DV13', config, (column) => {
      let present = 0;
      let low = 0;
      let high = 0;
      let minSeen = Infinity;
      let maxSeen = -Infinity;
      const examples = new ExampleCollector();
      return {
        consume(batch, c) {
          const cells = columnTexts(batch, c);
          for (let i = 0; i < batch.length; i++) {
            const v = cells[i];
            if (v === null || v === undefined) continue;
            present++;
            const n = valueCount(v);
            if (n < minSeen) minSeen = n;
            if (n > maxSeen) maxSeen = n;
            const isLow = config.min !== undefined && n < config.min;
            const isHigh = config.max !== undefined && n > config.max;
            if (isLow) low++;
            if (isHigh) high++;
            if (isLow || isHigh) examples.add(batch.file, batch.lines[i]!, column, v);
          }
        },
        finish() {
          const bad = low + high;
          return {
            status: bad > 0 ? 'fail' : 'pass',
            observed: present === 0 ? null : `${minSeen}..${maxSeen}`,
            expected: `${config.min ?? 0}..${config.max ?? '∞'} values per example`,
            message: bad === 0 ? `every present example has ${present === 0 ? 'no' : `${minSeen}..${maxSeen}`} values` : `${low} examples have too few values (FEATURE_TYPE_LOW_NUMBER_VALUES) and ${high} too many (FEATURE_TYPE_HIGH_NUMBER_VALUES)`,
            unexpectedCount: bad,
            elementCount: present,
            examples: bad > 0 ? examples.list() : [],
          };
        },
      };
    });
  },
};

/**
 * DV14: TFDV `unique_constraints` (distinct non-null values within [min, max]) → FEATURE_TYPE_LOW/HIGH_UNIQUE.
 * Without bounds, Evidently: within ±10% of the reference's distinct count, or more than 1 without one.
 * Counted with 64-bit fingerprints in a bounded table (exact below 3 million distinct values).
 */
export const distinctCountBetween: CheckDefinition<'distinct_count_between'> = {
  id: 'DV14',
  name: 'distinct_count_between',
  title: 'Distinct-count bounds',
  mostly: false,
  params: DATA_CHECK_PARAMS.distinct_count_between,
  create(config, context) {
    return perColumn('DV14', config, (column) => {
      const table = new FingerprintTable();
      const hasher = new Hasher64();
      return {
        consume(batch, c) {
          const cells = columnTexts(batch, c);
          for (let i = 0; i < batch.length; i++) {
            const v = cells[i];
            if (v === null || v === undefined) continue;
            hasher.ofString(v);
            table.observe(hasher.hi, hasher.lo, batch.lines[i]!);
          }
        },
        finish() {
          const n = table.size;
          const ref = context.reference?.columns.get(column)?.distinct ?? null;
          let ok: boolean;
          let expected: string;
          if (config.min !== undefined || config.max !== undefined) {
            ok = (config.min === undefined || n >= config.min) && (config.max === undefined || n <= config.max);
            expected = `${config.min ?? 0} ≤ distinct ≤ ${config.max ?? '∞'}`;
          } else if (ref !== null) {
            ok = withinRelative(n, ref);
            expected = `${ref} ± 10% (reference)`;
          } else {
            ok = n > 1;
            expected = 'distinct > 1';
          }
          const approx = table.saturated ? ' (at least; the bounded table is full)' : '';
          return {
            status: ok ? 'pass' : 'fail',
            observed: n,
            expected,
            message: `${n}${approx} distinct values (expected ${expected})${ok ? '' : config.min !== undefined && n < config.min ? ' (FEATURE_TYPE_LOW_UNIQUE)' : config.max !== undefined && n > config.max ? ' (FEATURE_TYPE_HIGH_UNIQUE)' : ''}`,
          };
        },
      };
    });
  },
};
