import type { BatchConsumer, RecordBatch } from '../data/record-batch.js';
import { parseNumber } from '../data/record-batch.js';
import { suggest } from '../did-you-mean.js';
import { InputError, type Problem } from '../errors.js';
import type { FairnessInput } from './fairness-report.js';

/** Which columns of a predictions file hold the label, the prediction and the protected attributes. */
export interface PredictionColumns {
  readonly label: string;
  /** Predicted label column (values compared with `positiveLabel`), or … */
  readonly pred?: string;
  /** … a score column: the probability that the label is `scoreLabel`. */
  readonly score?: string;
  /** A row is predicted `scoreLabel` when score >= threshold (the rule of `mergeml metrics`). */
  readonly threshold: number;
  readonly scoreLabel: string;
  /** The label value counted as positive ("selected") for fairness. */
  readonly positiveLabel: string;
  readonly protected: readonly string[];
  /**
   * Protected columns that must exist (named on the command line): missing → InputError. The others come
   * from the project file; when missing they are left out, and the compliance check reports it.
   */
  readonly required: ReadonlySet<string>;
}

export interface CollectedPredictions extends FairnessInput {
  readonly header: readonly string[];
  readonly labelValues: readonly string[];
  /** 1-based line of each collected row, for messages about its cells. */
  readonly lines: Uint32Array;
}

const MAX_LISTED = 20;

function sameValue(cell: string, label: string): boolean {
  if (cell === label) return true;
  const a = parseNumber(cell);
  const b = parseNumber(label);
  return !Number.isNaN(a) && a === b;
}

/**
 * Collects labels, predictions and protected columns from a streaming pass. Bad cells (missing label, a
 * non-numeric score) are collected and reported together as one InputError naming file and line.
 */
export function collectPredictions(columns: PredictionColumns): BatchConsumer<CollectedPredictions> {
  const yTrue: number[] = [];
  const yPred: number[] = [];
  const lines: number[] = [];
  const cells = new Map<string, (string | null)[]>(columns.protected.map((c) => [c, []]));
  const labelValues = new Set<string>();
  const problems: Problem[] = [];
  let header: readonly string[] = [];
  let file = '';
  const indexOf = (batch: RecordBatch, name: string, role: string) => {
    const i = batch.header.indexOf(name);
    if (i < 0) {
      const hint = suggest(name, batch.header);
      throw new InputError(`${batch.file}: ${role} column \`${name}\` is not in the file`, [
        { file: batch.file, line: 1, message: `no column \`${name}\`${hint ? ` (did you mean \`${hint}\`?)` : ''}`, expected: `one of: ${batch.header.join(', ')}` },
      ]);
    }
    return i;
  };
  return {
    consume(batch) {
      header = batch.header;
      file = batch.file;
      const li = indexOf(batch, columns.label, 'label');
      const pi = columns.pred !== undefined ? indexOf(batch, columns.pred, 'prediction') : -1;
      const si = columns.score !== undefined ? indexOf(batch, columns.score, 'score') : -1;
      const protectedIdx = columns.protected.map((c) => (columns.required.has(c) || batch.header.includes(c) ? indexOf(batch, c, 'protected attribute') : -1));
      const scores = si >= 0 ? batch.numbers(si) : null;
      for (let r = 0; r < batch.length; r++) {
        const line = batch.lines[r] as number;
        const label = batch.cells[li]?.[r] ?? null;
        if (label === null) {
          if (problems.length < MAX_LISTED) problems.push({ file: batch.file, line, message: `label \`${columns.label}\` is missing`, expected: 'a label value' });
          continue;
        }
        labelValues.add(label);
        let predicted: number;
        if (scores !== null) {
          const s = scores[r] as number;
          if (!Number.isFinite(s)) {
            if (problems.length < MAX_LISTED) problems.push({ file: batch.file, line, message: `score \`${columns.score}\` is ${JSON.stringify(batch.cells[si]?.[r] ?? null)}`, expected: 'a finite number' });
            continue;
          }
          const isScoreLabel = s >= columns.threshold;
          predicted = (columns.scoreLabel === columns.positiveLabel) === isScoreLabel ? 1 : 0;
        } else {
          const p = batch.cells[pi]?.[r] ?? null;
          if (p === null) {
            if (problems.length < MAX_LISTED) problems.push({ file: batch.file, line, message: `prediction \`${columns.pred}\` is missing`, expected: 'a predicted label' });
            continue;
          }
          predicted = sameValue(p, columns.positiveLabel) ? 1 : 0;
        }
        yTrue.push(sameValue(label, columns.positiveLabel) ? 1 : 0);
        lines.push(line);
        yPred.push(predicted);
        columns.protected.forEach((c, k) => {
          if ((protectedIdx[k] as number) >= 0) (cells.get(c) as (string | null)[]).push(batch.cells[protectedIdx[k] as number]?.[r] ?? null);
        });
      }
    },
    finish() {
      if (problems.length > 0) throw new InputError(`${file}: ${problems.length >= MAX_LISTED ? `at least ${MAX_LISTED}` : problems.length} row(s) cannot be evaluated`, problems);
      const values = [...labelValues].sort();
      if (values.length > 2) {
        throw new InputError(`${file}: label \`${columns.label}\` has ${values.length} distinct values; fairness metrics need a binary label`, [{ file, message: `values: ${values.slice(0, 10).join(', ')}${values.length > 10 ? ', …' : ''}`, expected: 'two label values' }]);
      }
      if (yTrue.length > 0 && !values.some((v) => sameValue(v, columns.positiveLabel))) {
        throw new InputError(`${file}: no row has the positive label \`${columns.positiveLabel}\` in \`${columns.label}\``, [{ file, message: `label values seen: ${values.join(', ')}`, expected: `--positive set to one of: ${values.join(', ')}` }]);
      }
      const present = new Map([...cells].filter(([c]) => header.includes(c)));
      return { yTrue: Uint8Array.from(yTrue), yPred: Uint8Array.from(yPred), columns: present, header, labelValues: values, lines: Uint32Array.from(lines) };
    },
  };
}
