// The hot paths on byte-level CSV batches (DV12 matching raw bytes, DV07 and the column overview fast paths)
// must give what the same checks give on plain text batches.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readBatches } from '../../src/adapters/data/read-batches.js';
import { columnOverviewConsumer } from '../../src/core/checks/column-overview.js';
import { findRegisteredCheck } from '../../src/core/checks/registry.js';
import type { RecordBatch } from '../../src/core/data/record-batch.js';
import { dataCheckSchema } from '../../src/core/policy/data-checks-schema.js';
import { toBatches } from './dv-helpers.js';

const header = ['c', 'n'];
const rows: (string | null)[][] = [];
const values = ['a"b', 'plain', 'café', '1.0', '2', 'x y', 'off', 'a""b', 'PLAIN', 'true'];
for (let i = 0; i < 400; i++) rows.push([i % 13 === 0 ? null : values[(i * 7) % values.length]!, i % 17 === 0 ? null : i % 29 === 0 ? 'abc' : String(i % 50)]);

function csvCell(v: string | null): string {
  return v === null ? 'NA' : `"${v.replaceAll('"', '""')}"`;
}

async function byteBatches(): Promise<RecordBatch[]> {
  const path = join(mkdtempSync(join(tmpdir(), 'mergeml-dv-bytes-')), 'd.csv');
  writeFileSync(path, `c,n\n${rows.map((r) => `${csvCell(r[0]!)},${r[1] ?? 'NA'}`).join('\n')}\n`);
  const out: RecordBatch[] = [];
  for await (const b of readBatches(path, { nullValues: ['NA'] })) out.push(b);
  assert.ok(out[0]?.raw !== undefined, 'the CSV reader gives byte-level batches');
  return out;
}

function run(entry: Record<string, unknown>, batches: readonly RecordBatch[]): unknown {
  const config = dataCheckSchema.parse(entry);
  const consumer = findRegisteredCheck(config.check)!.create(config, {});
  for (const b of batches) consumer.consume(b);
  return consumer.finish().map((r) => ({ ...r, examples: r.examples.map((e) => ({ line: e.line, value: e.value })) }));
}

test('byte-level and text batches give the same DV12, DV07 and overview results', async () => {
  const bytes = await byteBatches();
  const text = toBatches(header, rows, 64, 'd.csv');
  const entries: Record<string, unknown>[] = [
    { check: 'values_in_set', column: 'c', values: ['a"b', 'plain', 'café', 2, 'x y'] },
    { check: 'values_in_set', column: 'n', values: [1, 2, 3, '4', 'abc'] },
    { check: 'column_type', column: 'c', type: 'string' },
    { check: 'column_type', column: 'n', type: 'integer' },
    { check: 'column_type', column: 'c', type: 'boolean' },
    { check: 'column_type', column: 'n', type: 'string' },
  ];
  for (const entry of entries) assert.deepEqual(run(entry, bytes), run(entry, text), JSON.stringify(entry));
  const overview = (batches: readonly RecordBatch[]) => {
    const o = columnOverviewConsumer();
    for (const b of batches) o.consume(b);
    return o.finish();
  };
  assert.deepEqual(overview(bytes), overview(text));
  const dv12 = run(entries[0]!, bytes) as { unexpectedCount: number; message: string }[];
  // off, 1.0, a""b, PLAIN, true are off the set ("1.0" is not 2); a"b (escaped in the file) and "2" are in it.
  assert.equal(dv12[0]?.unexpectedCount, rows.filter((r) => r[0] !== null && !['a"b', 'plain', 'café', '2', 'x y'].includes(r[0]!)).length);
  assert.match(dv12[0]!.message, /"a\\"\\"b"/);
});
