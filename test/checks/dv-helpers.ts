import { makeRecordBatch, type RecordBatch } from '../../src/core/data/record-batch.js';
import type { CheckContext } from '../../src/core/checks/check-definition.js';
import type { CheckResult } from '../../src/core/checks/check-result.js';
import { findRegisteredCheck } from '../../src/core/checks/registry.js';
import { dataCheckSchema } from '../../src/core/policy/data-checks-schema.js';

/** Splits row-major test data into column-major batches of `size` rows (lines start at 2, after a header). */
export function toBatches(header: readonly string[], rows: readonly (readonly (string | null)[])[], size = 2, file = 'data.csv'): RecordBatch[] {
  const out: RecordBatch[] = [];
  for (let start = 0; start < rows.length || (start === 0 && out.length === 0); start += size) {
    const chunk = rows.slice(start, start + size);
    out.push(makeRecordBatch({ file, header, firstRow: start, cells: header.map((_, c) => chunk.map((r) => r[c] ?? null)), lines: chunk.map((_, i) => start + i + 2) }));
    if (rows.length === 0) break;
  }
  return out;
}

/** Parses a policy entry (defaults filled) and streams the batches through its registered check. */
export function runCheck(entry: Record<string, unknown>, header: readonly string[], rows: readonly (readonly (string | null)[])[], context: CheckContext = {}, size = 2): CheckResult[] {
  const config = dataCheckSchema.parse(entry);
  const check = findRegisteredCheck(config.check);
  if (!check) throw new Error(`no check ${config.check}`);
  const consumer = check.create(config, context);
  for (const b of toBatches(header, rows, size)) consumer.consume(b);
  return consumer.finish();
}

/** One column of values as rows. */
export function col(values: readonly (string | null)[]): (string | null)[][] {
  return values.map((v) => [v]);
}
