import { readFileSync } from 'node:fs';
import { makeRecordBatch, type RecordBatch } from '../../src/core/data/record-batch.js';

export const CREDIT_CSV = new URL('../../examples/credit/credit_data.csv', import.meta.url);

/** The credit example as RecordBatches (simple CSV: quoted strings without commas, `NA` nulls). */
export function creditBatches(size = 500, file = 'credit_data.csv', url: URL = CREDIT_CSV): RecordBatch[] {
  const lines = readFileSync(url, 'utf8').trimEnd().split('\n');
  const header = lines[0]!.split(',').map((h) => h.replace(/"/g, ''));
  const rows = lines.slice(1).map((l) => l.split(',').map((c) => (c === 'NA' ? null : c.replace(/^"|"$/g, ''))));
  const out: RecordBatch[] = [];
  for (let start = 0; start < rows.length; start += size) {
    const chunk = rows.slice(start, start + size);
    out.push(makeRecordBatch({ file, header, firstRow: start, cells: header.map((_, c) => chunk.map((r) => r[c] ?? null)), lines: chunk.map((_, i) => start + i + 2) }));
  }
  return out;
}

export const CREDIT_FEATURES = ['Seniority', 'Home', 'Time', 'Records', 'Job', 'Expenses', 'Income', 'Assets', 'Debt', 'Amount', 'Price'];
export const CREDIT_PROTECTED = [
  { column: 'Age', basis: 'age' },
  { column: 'Marital', basis: 'marital_status' },
];
