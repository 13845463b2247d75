import { InputError, type Problem } from '../errors.js';
import type { BatchConsumer, RecordBatch } from '../data/record-batch.js';
import type { PreprocessSpec } from './preprocess-spec.js';

/** The model input of a file: row-major features, the encoded target (when asked) and source lines. */
export interface DesignMatrix {
  readonly file: string;
  readonly rows: number;
  readonly width: number;
  /** Row-major, rows × width. */
  readonly x: Float32Array;
  /** Encoded target (1 = positive class; regression: standardised), or null when not requested. */
  readonly y: Float32Array | null;
  /** 1-based line where each kept record starts. */
  readonly lines: Int32Array;
}

const MAX_REPORTED = 10;

/** Applies a fitted spec to a stream of batches. With `withTarget`, rows with no target are dropped. */
export function createMatrixBuilder(spec: PreprocessSpec, options: { readonly withTarget: boolean }): BatchConsumer<DesignMatrix> {
  const width = spec.columns.length;
  let capacity = 1024;
  let x = new Float32Array(capacity * width);
  let y = new Float32Array(capacity);
  let lines = new Int32Array(capacity);
  let rows = 0;
  let file = '';
  let plan: { featureIndex: number[]; targetIndex: number } | undefined;
  const problems: Problem[] = [];
  const categoryIndex = spec.features.map((f) => (f.kind === 'categorical' ? new Map(f.categories.map((c, i) => [c, i])) : undefined));

  function grow(): void {
    capacity *= 2;
    const nx = new Float32Array(capacity * width);
    nx.set(x);
    x = nx;
    const ny = new Float32Array(capacity);
    ny.set(y);
    y = ny;
    const nl = new Int32Array(capacity);
    nl.set(lines);
    lines = nl;
  }

  function start(batch: RecordBatch): { featureIndex: number[]; targetIndex: number } {
    file = batch.file;
    const missing = spec.features.filter((f) => !batch.header.includes(f.name)).map((f) => f.name);
    if (options.withTarget && !batch.header.includes(spec.target.name)) missing.push(spec.target.name);
    if (missing.length > 0) {
      throw new InputError(`${batch.file} lacks columns the model needs`, missing.map((name) => ({ file: batch.file, line: 1, message: `column '${name}' is missing`, expected: `a header with ${name}` })));
    }
    return { featureIndex: spec.features.map((f) => batch.header.indexOf(f.name)), targetIndex: batch.header.indexOf(spec.target.name) };
  }

  return {
    consume(batch) {
      plan ??= start(batch);
      const { featureIndex, targetIndex } = plan;
      const targetCells = targetIndex >= 0 ? (batch.cells[targetIndex] ?? []) : [];
      const targetNumbers = options.withTarget && spec.target.task === 'regression' ? batch.numbers(targetIndex) : undefined;
      for (let r = 0; r < batch.length; r++) {
        let target = 0;
        if (options.withTarget) {
          const cell = targetCells[r] ?? null;
          if (cell === null || cell.trim() === '') continue;
          if (spec.target.task === 'binary_classification') target = cell.trim() === spec.target.positiveClass ? 1 : 0;
          else target = ((targetNumbers?.[r] ?? NaN) - spec.target.mean) / spec.target.scale;
        }
        if (rows === capacity) grow();
        const base = rows * width;
        let offset = 0;
        spec.features.forEach((feature, f) => {
          const column = featureIndex[f] as number;
          const cell = batch.cells[column]?.[r] ?? null;
          const isMissing = cell === null || cell.trim() === '';
          if (feature.kind === 'numeric') {
            const v = isMissing ? feature.mean : (batch.numbers(column)[r] ?? NaN);
            if (!Number.isFinite(v)) {
              if (problems.length < MAX_REPORTED) problems.push({ file: batch.file, line: batch.lines[r] ?? 0, column: column + 1, message: `non-numeric value '${cell}' in numeric feature '${feature.name}'`, expected: 'a number or a missing value' });
            }
            x[base + offset] = (v - feature.mean) / feature.scale;
            offset += 1;
          } else {
            const slots = feature.categories.length + 1;
            if (!isMissing) x[base + offset + (categoryIndex[f]?.get(cell) ?? feature.categories.length)] = 1;
            offset += slots;
          }
          if (feature.missingIndicator) {
            x[base + offset] = isMissing ? 1 : 0;
            offset += 1;
          }
        });
        y[rows] = target;
        lines[rows] = batch.lines[r] ?? 0;
        rows++;
      }
    },
    finish() {
      if (problems.length > 0) throw new InputError(`${file} has values the model cannot use`, problems);
      if (rows === 0) throw new InputError(`no rows left in ${file || 'the data'} after filtering`, [{ file: file || '(data)', message: options.withTarget ? `no record has a value for target '${spec.target.name}'` : 'no records', expected: 'at least one record' }]);
      return { file, rows, width, x: x.slice(0, rows * width), y: options.withTarget ? y.slice(0, rows) : null, lines: lines.slice(0, rows) };
    },
  };
}
