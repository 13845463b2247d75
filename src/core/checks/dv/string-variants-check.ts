import { DATA_CHECK_PARAMS } from '../../policy/data-checks-schema.js';
import { CELL_NUMBER } from '../../data/record-batch.js';
import { cellKinds, columnTexts } from '../cell-access.js';
import { perColumn, type CheckDefinition } from '../check-definition.js';
import { ExampleCollector } from '../example-collector.js';
import { baseForm } from '../value-forms.js';

/** Distinct raw values remembered per column; past this the variant count is a lower bound. */
export const MAX_DISTINCT_STRINGS = 100_000;

/**
 * DV22: Deepchecks string mismatch: base form = lower case without non-alphanumeric characters; a variant is
 * a base form reached from ≥ 2 distinct raw strings. Only string columns (not all values numeric).
 */
export const stringVariants: CheckDefinition<'string_variants'> = {
  id: 'DV22',
  name: 'string_variants',
  title: 'String variants',
  mostly: false,
  params: DATA_CHECK_PARAMS.string_variants,
  create(config) {
    const maxVariants = config.max_variants ?? 0;
    return perColumn('DV22', config, (column) => {
      // raw value -> first line, file order
      const firstSeen = new Map<string, { line: number; file: string }>();
      let allNumeric = true;
      let truncated = false;
      return {
        consume(batch, c) {
          const cells = columnTexts(batch, c);
          const kinds = cellKinds(batch, c);
          for (let i = 0; i < batch.length; i++) {
            const v = cells[i];
            if (v === null || v === undefined) continue;
            if (allNumeric && kinds[i] !== CELL_NUMBER) allNumeric = false;
            if (firstSeen.has(v)) continue;
            if (firstSeen.size >= MAX_DISTINCT_STRINGS) truncated = true;
            else firstSeen.set(v, { line: batch.lines[i]!, file: batch.file });
          }
        },
        finish() {
          if (allNumeric) {
            if (config.column === undefined) return { notApplicable: 'numeric column' };
            return { status: 'pass', observed: 0, expected: `≤ ${maxVariants} variants`, message: 'numeric column: no string variants' };
          }
          const groups = new Map<string, string[]>();
          for (const raw of firstSeen.keys()) {
            const base = baseForm(raw);
            const g = groups.get(base);
            if (g) g.push(raw);
            else groups.set(base, [raw]);
          }
          const variants = [...groups].filter(([, raws]) => raws.length >= 2);
          const examples = new ExampleCollector();
          for (const [, raws] of variants) for (const raw of raws) examples.add(firstSeen.get(raw)!.file, firstSeen.get(raw)!.line, column, raw);
          const shown = variants.slice(0, 5).map(([base, raws]) => `${base}: ${raws.map((r) => JSON.stringify(r)).join(' / ')}`);
          return {
            status: variants.length > maxVariants ? 'fail' : 'pass',
            observed: variants.length,
            expected: `≤ ${maxVariants} variants`,
            message: variants.length === 0 ? 'no string variants' : `${variants.length} base form${variants.length === 1 ? ' has' : 's have'} several spellings: ${shown.join('; ')}${truncated ? ` (only the first ${MAX_DISTINCT_STRINGS} distinct values were compared)` : ''}`,
            examples: variants.length > maxVariants ? examples.list() : [],
          };
        },
      };
    });
  },
};
