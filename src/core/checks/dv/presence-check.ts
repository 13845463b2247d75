import { DATA_CHECK_PARAMS } from '../../policy/data-checks-schema.js';
import { cellKinds } from '../cell-access.js';
import { columnStats } from '../../data/batch-views.js';
import { mergeablePerColumn, mostlySuccess, percent, type CheckDefinition, type Verdict } from '../check-definition.js';
import type { CheckExample } from '../check-result.js';
import { ExampleCollector } from '../example-collector.js';

/** TFDV's relaxed threshold when `min_fraction` is 1.0 but some rows are missing (feature_util.cc). */
export const LARGEST_FRACTION_LESS_THAN_ONE = 0.9999;

/** TFDV `UpdatePresence`: the anomalies and the relaxed `min_fraction` a schema update would suggest. */
export function tfdvPresence(present: number, total: number, minFraction: number): { anomaly: boolean; relaxedMinFraction: number } {
  const fraction = total === 0 ? 1 : present / total;
  let relaxed = minFraction;
  let anomaly = false;
  if (fraction < relaxed) {
    // schema.proto stores min_fraction as a 32-bit float.
    relaxed = Math.fround(fraction);
    anomaly = true;
  }
  // A few missing rows in a huge file round to 1.0 as a float (1 in 10^8 does); TFDV still flags them.
  if (relaxed === 1.0 && total - present !== 0) {
    relaxed = LARGEST_FRACTION_LESS_THAN_ONE;
    anomaly = true;
  }
  return { anomaly, relaxedMinFraction: relaxed };
}

/**
 * DV06: GX `expect_column_values_to_not_be_null` ((total − null)/total ≥ mostly, default 1.0) and TFDV presence
 * (`min_count` → LOW_NUMBER_PRESENT, `min_fraction` → LOW_FRACTION_PRESENT with the 0.9999 reset).
 */
export const valuesNotNull: CheckDefinition<'values_not_null'> = {
  id: 'DV06',
  name: 'values_not_null',
  title: 'Presence / completeness',
  mostly: true,
  params: DATA_CHECK_PARAMS.values_not_null,
  create(config, context) {
    const noParams = config.mostly === undefined && config.min_count === undefined && config.min_fraction === undefined;
    const mostly = config.mostly ?? 1;
    return mergeablePerColumn('DV06', config, (column) => {
      let total = 0;
      let nulls = 0;
      const examples = new ExampleCollector();
      return {
        consume(batch, c) {
          total += batch.length;
          // Most batches of most columns hold no null: the shared per-batch counts say so without a loop.
          if (columnStats(batch, c).nulls === 0) return;
          const kinds = cellKinds(batch, c);
          for (let i = 0; i < batch.length; i++) {
            if (kinds[i] === 0) {
              nulls++;
              examples.add(batch.file, batch.lines[i]!, column, null);
            }
          }
        },
        state: () => ({ total, nulls, examples: examples.state() }),
        merge(s: { total: number; nulls: number; examples: readonly CheckExample[] }, lineOffset: number) {
          total += s.total;
          nulls += s.nulls;
          examples.merge(s.examples, lineOffset);
        },
        finish(): Verdict {
          const present = total - nulls;
          const failures: string[] = [];
          const expected: string[] = [];
          let relaxed: number | null = null;
          const refShare = noParams ? context.reference?.columns.get(column)?.nullShare : undefined;
          if (config.mostly !== undefined || (noParams && refShare === undefined)) {
            expected.push(`non-null share ≥ ${mostly}`);
            if (!mostlySuccess(total, nulls, mostly)) failures.push(`non-null share ${percent(total === 0 ? 1 : present / total)} is below ${percent(mostly)}`);
          }
          // Evidently with a reference and no thresholds: the null share may grow to 1.1 × the reference's.
          if (refShare !== undefined) {
            const share = total === 0 ? 0 : nulls / total;
            expected.push(`null share ≤ 1.1 × ${refShare} (reference)`);
            if (share > 1.1 * refShare) failures.push(`null share ${percent(share)} is above 1.1 × the reference's ${percent(refShare)}`);
          }
          if (config.min_count !== undefined) {
            expected.push(`present in ≥ ${config.min_count} rows`);
            if (present < config.min_count) failures.push(`present in ${present} rows, fewer than ${config.min_count} (FEATURE_TYPE_LOW_NUMBER_PRESENT)`);
          }
          if (config.min_fraction !== undefined) {
            expected.push(`present fraction ≥ ${config.min_fraction}`);
            const p = tfdvPresence(present, total, config.min_fraction);
            if (p.anomaly) {
              relaxed = p.relaxedMinFraction;
              failures.push(`present in ${percent(total === 0 ? 1 : present / total)} of rows, below min_fraction ${config.min_fraction} (FEATURE_TYPE_LOW_FRACTION_PRESENT)`);
            }
          }
          return {
            status: failures.length > 0 ? 'fail' : 'pass',
            observed: total === 0 ? null : present / total,
            expected: expected.join(' and '),
            message: failures.length > 0 ? `${nulls} of ${total} values are null: ${failures.join('; ')}` : `${nulls} of ${total} values are null`,
            unexpectedCount: nulls,
            elementCount: total,
            ...(relaxed !== null ? { details: { nulls, relaxed_min_fraction: relaxed } } : { details: { nulls } }),
            examples: failures.length > 0 ? examples.list() : [],
          };
        },
      };
    });
  },
};
