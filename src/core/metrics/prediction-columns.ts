/**
 * Turns a streamed predictions file (RecordBatches from any reader) into validated typed columns:
 * labels and predicted labels as 0/1 bytes, scores as a Float64Array, groups as dense codes. Every
 * bad cell becomes a Problem naming the file, line and column; up to MAX_PROBLEMS are reported
 * together, then reading stops.
 */
import type { BatchConsumer, RecordBatch } from '../data/record-batch.js';
import { parseNumber } from '../data/record-batch.js';
import { InputError, type Problem } from '../errors.js';
import { suggest } from '../did-you-mean.js';
import type { BinaryData, GroupColumn, RegressionData } from './binary-data.js';

const MAX_PROBLEMS = 20;

export interface PredictionColumnsSpec {
  readonly task: 'binary' | 'regression';
  readonly label: string;
  readonly score: string;
  readonly pred?: string | undefined;
  readonly groups?: readonly string[];
  readonly id?: string | undefined;
  /** Positive class as written in the label column; default 1 (or true) when the labels are 0/1, −1/1 or true/false. */
  readonly positive?: string | undefined;
  /** Threshold applied to scores when there is no `pred` column: predicted positive iff score ≥ threshold. */
  readonly threshold?: number | undefined;
  /** `probability` (default): scores must lie in [0, 1]. `decision`: any finite score; probability metrics are skipped. */
  readonly scoreKind?: 'probability' | 'decision';
}

export interface PredictionColumns {
  readonly file: string;
  readonly rows: number;
  /** 1-based line of each row, for messages about a row. */
  readonly lines: Int32Array;
  readonly binary: (BinaryData & { readonly positiveLabel: string; readonly negativeLabel: string | null; readonly threshold: number | null }) | null;
  readonly regression: RegressionData | null;
  readonly groups: readonly GroupColumn[];
  readonly ids: readonly string[] | null;
}

class GrowableF64 {
  data = new Float64Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  finish(): Float64Array {
    return this.data.slice(0, this.length);
  }
}
class GrowableI32 {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  finish(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/** Label text as a class key: numbers by value (`1.0` and `1` are one class), text trimmed. */
function classKey(text: string): string {
  const n = parseNumber(text);
  return Number.isFinite(n) ? String(n) : text.trim();
}

/** A BatchConsumer collecting and checking the prediction columns of one file. */
export function collectPredictionColumns(spec: PredictionColumnsSpec): BatchConsumer<PredictionColumns> {
  const problems: Problem[] = [];
  let file = '';
  let indices: { label: number; score: number; pred: number; id: number; groups: number[] } | null = null;
  const lines = new GrowableI32();
  const labelCodes = new GrowableI32();
  const predCodes = new GrowableI32();
  const scores = new GrowableF64();
  const targets = new GrowableF64();
  const classes = new Map<string, { code: number; text: string; line: number; column: string }>();
  const groupMaps = (spec.groups ?? []).map(() => new Map<string, number>());
  const groupCodes = (spec.groups ?? []).map(() => new GrowableI32());
  const ids: string[] = [];
  const probability = (spec.scoreKind ?? 'probability') === 'probability';

  const problem = (line: number, column: string, message: string, expected: string): void => {
    problems.push({ file, line, path: column, message, expected });
    if (problems.length >= MAX_PROBLEMS) fail();
  };
  const fail = (): never => {
    throw new InputError(`${file}: cannot compute metrics (${problems.length}${problems.length >= MAX_PROBLEMS ? '+' : ''} problem${problems.length === 1 ? '' : 's'})`, problems);
  };

  const resolveColumns = (batch: RecordBatch): NonNullable<typeof indices> => {
    const find = (name: string, role: string): number => {
      const at = batch.header.indexOf(name);
      if (at < 0) {
        const hint = suggest(name, batch.header);
        problems.push({ file, line: 1, message: `no ${role} column ${JSON.stringify(name)}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}`, expected: `one of the columns ${batch.header.map((h) => JSON.stringify(h)).join(', ')}` });
      }
      return at;
    };
    const found = {
      label: find(spec.label, 'label'),
      score: find(spec.score, spec.task === 'regression' ? 'prediction' : 'score'),
      pred: spec.pred === undefined ? -1 : find(spec.pred, 'predicted-label'),
      id: spec.id === undefined ? -1 : find(spec.id, 'row id'),
      groups: (spec.groups ?? []).map((g) => find(g, 'group')),
    };
    if (problems.length > 0) fail();
    return found;
  };

  const classCode = (text: string | null, line: number, column: string): number => {
    if (text === null || text.trim() === '') {
      problem(line, column, 'missing class label', 'a class label in every row');
      return 0;
    }
    const key = classKey(text);
    const known = classes.get(key);
    if (known !== undefined) return known.code;
    if (classes.size === 2) {
      const [a, b] = [...classes.values()];
      problem(line, column, `a third class ${JSON.stringify(text)} (after ${JSON.stringify(a!.text)} at line ${a!.line} and ${JSON.stringify(b!.text)} at line ${b!.line})`, 'binary labels: exactly two classes in the label and predicted-label columns together');
      return 0;
    }
    classes.set(key, { code: classes.size, text: text.trim(), line, column });
    return classes.size - 1;
  };

  // Fast path for numeric labels: the class key of a finite number is its canonical string, so the
  // common 0/1 labels skip text decoding and string hashing.
  const numericKeys = new Map<number, number>();
  const numericClassCode = (value: number): number | undefined => {
    if (!Number.isFinite(value)) return undefined;
    const known = numericKeys.get(value);
    if (known !== undefined) return known;
    const entry = classes.get(String(value));
    if (entry === undefined) return undefined; // first sighting: registered through classCode (with its line)
    numericKeys.set(value, entry.code);
    return entry.code;
  };

  return {
    consume(batch: RecordBatch): void {
      file = batch.file;
      indices ??= resolveColumns(batch);
      const ix = indices;
      const scoreNums = batch.numbers(ix.score);
      // Cell texts are decoded only when needed (messages, non-numeric labels): decoding every cell of
      // a 10⁷-row file costs more than the metrics.
      const scoreCells = { get: (r: number) => batch.cells[ix.score]![r] ?? null };
      const labelCells = { get: (r: number) => batch.cells[ix.label]![r] ?? null };
      const labelNums = batch.numbers(ix.label);
      const predNums = ix.pred >= 0 ? batch.numbers(ix.pred) : null;
      for (let r = 0; r < batch.length; r++) {
        const line = batch.lines[r]!;
        lines.push(line);
        const s = scoreNums[r]!;
        if (!Number.isFinite(s)) {
          const cell = scoreCells.get(r);
          problem(line, spec.score, cell === null ? 'missing score' : `score ${JSON.stringify(cell)} is ${Number.isNaN(s) ? 'not a number' : 'infinite'}`, spec.task === 'regression' ? 'a finite number' : probability ? 'a probability in [0, 1]' : 'a finite number');
        } else if (spec.task === 'binary' && probability && (s < 0 || s > 1)) {
          problem(line, spec.score, `score ${JSON.stringify(scoreCells.get(r))} is not a probability`, 'a probability in [0, 1] (pass --score-kind decision for unbounded scores; probability metrics are then skipped)');
        }
        scores.push(s);
        if (spec.task === 'regression') {
          const y = labelNums[r]!;
          if (!Number.isFinite(y)) problem(line, spec.label, `target ${JSON.stringify(labelCells.get(r))} is not a finite number`, 'a finite number');
          targets.push(y);
        } else {
          labelCodes.push(numericClassCode(labelNums[r]!) ?? classCode(labelCells.get(r), line, spec.label));
          if (ix.pred >= 0) predCodes.push(numericClassCode(predNums![r]!) ?? classCode(batch.cells[ix.pred]![r] ?? null, line, spec.pred!));
        }
        for (let g = 0; g < ix.groups.length; g++) {
          const value = batch.cells[ix.groups[g]!]![r] ?? '<null>';
          const map = groupMaps[g]!;
          let code = map.get(value);
          if (code === undefined) map.set(value, (code = map.size));
          groupCodes[g]!.push(code);
        }
        if (ix.id >= 0) ids.push(batch.cells[ix.id]![r] ?? '');
      }
    },
    finish(): PredictionColumns {
      if (indices === null || lines.length === 0) {
        throw new InputError(`${file || 'predictions'}: no rows`, [{ file, line: 1, message: 'the file has no prediction rows', expected: 'a header and at least one row' }]);
      }
      if (problems.length > 0) fail();
      const groups: GroupColumn[] = (spec.groups ?? []).map((name, g) => ({ name, codes: groupCodes[g]!.finish(), values: [...groupMaps[g]!.keys()] }));
      const base = { file, rows: lines.length, lines: lines.finish(), groups, ids: spec.id === undefined ? null : ids };
      if (spec.task === 'regression') {
        return { ...base, binary: null, regression: { targets: targets.finish(), predictions: scores.finish() } };
      }
      const positive = positiveClass(file, classes, spec.positive);
      const toBinary = (codes: Int32Array): Uint8Array => {
        const out = new Uint8Array(codes.length);
        for (let i = 0; i < codes.length; i++) out[i] = codes[i] === positive.code ? 1 : 0;
        return out;
      };
      const s = scores.finish();
      const threshold = spec.pred === undefined ? (spec.threshold ?? (probability ? 0.5 : 0)) : null;
      let preds: Uint8Array;
      if (threshold === null) preds = toBinary(predCodes.finish());
      else {
        preds = new Uint8Array(s.length);
        for (let i = 0; i < s.length; i++) preds[i] = s[i]! >= threshold ? 1 : 0;
      }
      const negative = [...classes.values()].find((c) => c.code !== positive.code);
      return {
        ...base,
        binary: { labels: toBinary(labelCodes.finish()), scores: s, preds, probabilities: probability, positiveLabel: positive.text, negativeLabel: negative?.text ?? null, threshold },
        regression: null,
      };
    },
  };
}

/** The positive class: the one named by --positive, else 1 / true when the classes are 0/1, −1/1 or true/false. */
function positiveClass(file: string, classes: ReadonlyMap<string, { code: number; text: string; line: number }>, positive: string | undefined): { code: number; text: string } {
  const keys = [...classes.keys()];
  if (positive !== undefined) {
    const found = classes.get(classKey(positive));
    if (found !== undefined) return found;
    if (classes.size === 2) {
      throw new InputError(`${file}: the positive class ${JSON.stringify(positive)} is not one of the labels`, [{ file, line: 1, message: `labels are ${keys.map((k) => JSON.stringify(classes.get(k)!.text)).join(' and ')}`, expected: `--positive set to one of them` }]);
    }
    return { code: classes.size, text: positive }; // all rows negative: a one-class sample
  }
  const lower = keys.map((k) => k.toLowerCase());
  if (lower.every((k) => k === '0' || k === '1') || lower.every((k) => k === '-1' || k === '1')) {
    return classes.get('1') ?? { code: classes.size, text: '1' };
  }
  if (lower.every((k) => k === 'true' || k === 'false')) {
    const key = keys[lower.indexOf('true')];
    return key === undefined ? { code: classes.size, text: 'true' } : classes.get(key)!;
  }
  throw new InputError(`${file}: cannot tell which class is positive`, [{ file, line: 1, message: `labels are ${keys.map((k) => JSON.stringify(classes.get(k)!.text)).join(' and ')}`, expected: 'labels 0/1, −1/1 or true/false, or --positive naming the positive class' }]);
}
