import { makeRecordBatch, type RecordBatch } from '../../src/core/data/record-batch.js';

/** Splits named columns of raw cells into RecordBatches of `size` rows (as a reader would). */
export function batchesOf(file: string, columns: Record<string, (string | null)[]>, size = 1000): RecordBatch[] {
  const header = Object.keys(columns);
  const n = columns[header[0]!]!.length;
  const out: RecordBatch[] = [];
  for (let start = 0; start < n; start += size) {
    const end = Math.min(n, start + size);
    out.push(
      makeRecordBatch({
        file,
        header,
        firstRow: start,
        cells: header.map((h) => columns[h]!.slice(start, end)),
        lines: Array.from({ length: end - start }, (_, i) => start + i + 2),
      }),
    );
  }
  return out;
}

/** The generator the Python fixture scripts use: (((i·a + b) mod p) mod r)·scale + shift. */
export function formulaSample([n, a, b, p, r, scale, shift]: number[]): number[] {
  return Array.from({ length: n! }, (_, i) => (((i * a! + b!) % p!) % r!) * scale! + shift!);
}
