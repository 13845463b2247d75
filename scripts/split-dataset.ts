// Deterministic, stratified train/test/reference split of a CSV example data set.
//
//   node --import tsx scripts/split-dataset.ts --input examples/credit/credit_data.csv --target Status \
//     --seed 20261123 --out-dir examples/credit
//
// Rows are grouped by the target's raw value, each group is shuffled with a seeded PRNG (mulberry32) and cut
// 60/20/20 into train/test/reference, so class shares match across the three files and the same seed always
// gives the same bytes. Lines are copied verbatim (header first); the example files have no quoted newlines.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    input: { type: 'string' },
    target: { type: 'string' },
    seed: { type: 'string', default: '20261123' },
    'out-dir': { type: 'string' },
    fractions: { type: 'string', default: '0.6,0.2,0.2' },
  },
});
if (!values.input || !values.target || !values['out-dir']) {
  console.error('usage: split-dataset.ts --input FILE --target COLUMN --out-dir DIR [--seed N] [--fractions 0.6,0.2,0.2]');
  process.exit(2);
}

/** mulberry32: a small, well-known 32-bit PRNG; good enough to shuffle example rows reproducibly. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const lines = readFileSync(values.input, 'utf8').split('\n').filter((l) => l !== '');
const header = lines[0]!;
const columns = header.split(',').map((c) => c.replace(/^"|"$/g, ''));
const targetIndex = columns.indexOf(values.target);
if (targetIndex < 0) {
  console.error(`target column ${values.target} not in header: ${columns.join(', ')}`);
  process.exit(2);
}
const fractions = values.fractions.split(',').map(Number);
const random = mulberry32(Number(values.seed));
const groups = new Map<string, string[]>();
for (const line of lines.slice(1)) {
  const label = line.split(',')[targetIndex] ?? '';
  groups.set(label, [...(groups.get(label) ?? []), line]);
}
const parts: string[][] = [[], [], []];
for (const label of [...groups.keys()].sort()) {
  const rows = groups.get(label)!;
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  const nTrain = Math.round(rows.length * fractions[0]!);
  const nTest = Math.round(rows.length * fractions[1]!);
  parts[0]!.push(...rows.slice(0, nTrain));
  parts[1]!.push(...rows.slice(nTrain, nTrain + nTest));
  parts[2]!.push(...rows.slice(nTrain + nTest));
}
['train', 'test', 'reference'].forEach((name, k) => {
  const path = join(values['out-dir']!, `${name}.csv`);
  writeFileSync(`${path}.tmp`, `${[header, ...parts[k]!].join('\n')}\n`);
  renameSync(`${path}.tmp`, path);
  console.log(`${path}: ${parts[k]!.length} rows`);
});
