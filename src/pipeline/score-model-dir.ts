/**
 * Scores a model dir on the test data with the training helper's `predict` (the saved preprocessing,
 * never refitted), then joins the scores with the data file's label, group and id columns by line
 * into `<role>-predictions.csv`: a predictions file any `mergeml metrics` run can read again.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readBatches } from '../adapters/data/read-batches.js';
import type { ReadOptions } from '../core/data/read-options.js';
import { InputError } from '../core/errors.js';
import type { PredictionColumnsSpec } from '../core/metrics/prediction-columns.js';
import { writeOutputAtomic } from './metrics.js';
import { predict } from './predict.js';

const quote = (text: string | null): string => (text === null ? '' : `"${text.replace(/"/g, '""')}"`);

/** Returns the path of the joined predictions CSV written into `outDir`. */
export async function scoreModelDir(
  role: string, modelDir: string, dataPath: string, spec: PredictionColumnsSpec, outDir: string,
  ports: { env: Readonly<Record<string, string | undefined>>; cwd: string }, backend: string | undefined, read: ReadOptions = {},
): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const raw = join(outDir, `${role}-raw-predictions.csv`);
  await predict({ modelDir, dataPath, dataFile: dataPath, outPath: raw, ...(backend ? { backend } : {}), ...(read.delimiter ? { delimiter: read.delimiter } : {}) }, ports);
  const wanted = [spec.label, ...(spec.groups ?? []), ...(spec.id ? [spec.id] : [])];
  const rows = new Map<number, (string | null)[]>();
  for await (const batch of readBatches(dataPath, read)) {
    const at = wanted.map((name) => batch.header.indexOf(name));
    at.forEach((i, k) => {
      if (i < 0) throw new InputError(`${dataPath}: no column ${JSON.stringify(wanted[k])}`, [{ file: dataPath, line: 1, message: `no column ${JSON.stringify(wanted[k])}`, expected: `one of ${batch.header.join(', ')}` }]);
    });
    for (let r = 0; r < batch.length; r++) rows.set(batch.lines[r]!, at.map((i) => batch.cells[i]![r] ?? null));
  }
  const out = [['line', ...wanted.map((w) => quote(w)), 'score'].join(',')];
  for await (const batch of readBatches(raw)) {
    const lineCol = batch.header.indexOf('line');
    const scoreCol = batch.header.indexOf(batch.header.includes('score') ? 'score' : 'prediction');
    const lines = batch.numbers(lineCol);
    for (let r = 0; r < batch.length; r++) {
      const line = lines[r]!;
      const cells = rows.get(line);
      if (cells === undefined) throw new InputError(`${raw}: line ${line} of ${dataPath} has no data row`, [{ file: raw, line: batch.lines[r]!, message: `no record starts at line ${line} of ${dataPath}` }]);
      out.push([String(line), ...cells.map(quote), batch.cells[scoreCol]![r] ?? ''].join(','));
    }
  }
  const path = join(outDir, `${role}-predictions.csv`);
  writeOutputAtomic(path, `${out.join('\n')}\n`);
  return path;
}
