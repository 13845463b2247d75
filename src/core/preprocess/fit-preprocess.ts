import { ConfigError, InputError, type Problem } from '../errors.js';
import type { BatchConsumer, RecordBatch } from '../data/record-batch.js';
import { featureColumns, type FeatureSpec, type PreprocessSpec, type Task, type TargetSpec } from './preprocess-spec.js';

/** What to fit: which columns are the target and features, and what must never become a feature. */
export interface PreprocessOptions {
  readonly target: string;
  readonly task: Task;
  /** Features in order; when absent, every column except the target and the protected ones. */
  readonly features?: readonly string[];
  readonly protected: readonly string[];
  readonly positiveClass?: string;
  /** Cell texts the reader treated as missing (recorded so scoring reads files the same way). */
  readonly nullValues: readonly string[];
  /** Declared column kinds (from the data contract); undeclared columns are inferred from the data. */
  readonly kinds?: Readonly<Record<string, 'numeric' | 'categorical'>>;
}

/** A column is numeric when at least this share of its non-missing cells are numbers; others are typos. */
const NUMERIC_SHARE = 0.9;
const MAX_CATEGORIES = 1000;
const MAX_REPORTED = 10;

interface ColumnStats {
  present: number;
  missing: number;
  numeric: number;
  sum: number;
  sumSquares: number;
  categories: Map<string, number>;
  overflow: boolean;
  nonNumeric: { line: number; field: number; text: string }[];
}

/** Streams the training split once and produces the preprocessing spec (fitted on these rows only). */
export function createPreprocessFitter(options: PreprocessOptions): BatchConsumer<PreprocessSpec> {
  let header: readonly string[] | undefined;
  let file = '';
  let featureNames: string[] = [];
  let stats: ColumnStats[] = [];
  const targetCounts = new Map<string, number>();
  const targetNumbers = { n: 0, sum: 0, sumSquares: 0 };
  const targetProblems: Problem[] = [];
  let rows = 0;

  function start(batch: RecordBatch): void {
    header = batch.header;
    file = batch.file;
    const problems: Problem[] = [];
    const protectedSet = new Set(options.protected);
    if (!header.includes(options.target)) problems.push({ file, line: 1, message: `target column '${options.target}' is not in the header`, expected: `one of ${header.join(', ')}` });
    featureNames = options.features ? [...options.features] : header.filter((c) => c !== options.target && !protectedSet.has(c));
    for (const name of featureNames) {
      if (protectedSet.has(name)) problems.push({ path: 'features', message: `'${name}' is a protected attribute and cannot be a feature`, expected: 'features without protected attributes' });
      else if (name === options.target) problems.push({ path: 'features', message: `the target '${name}' cannot be a feature` });
      else if (!header.includes(name)) problems.push({ file, line: 1, message: `feature column '${name}' is not in the header`, expected: `one of ${header.join(', ')}` });
    }
    if (featureNames.length === 0) problems.push({ path: 'features', message: 'no feature columns are left', expected: 'at least one feature that is neither the target nor protected' });
    if (problems.length > 0) throw new InputError(`cannot train on ${file}`, problems);
    stats = featureNames.map(() => ({ present: 0, missing: 0, numeric: 0, sum: 0, sumSquares: 0, categories: new Map(), overflow: false, nonNumeric: [] }));
  }

  return {
    consume(batch) {
      if (header === undefined) start(batch);
      const h = header ?? [];
      const targetIndex = h.indexOf(options.target);
      const targetCells = batch.cells[targetIndex] ?? [];
      const targetValues = batch.numbers(targetIndex);
      const keep: boolean[] = new Array<boolean>(batch.length);
      for (let r = 0; r < batch.length; r++) {
        const cell = targetCells[r] ?? null;
        keep[r] = cell !== null && cell.trim() !== '';
        if (!keep[r]) continue;
        rows++;
        if (options.task === 'regression') {
          const v = targetValues[r] ?? NaN;
          if (!Number.isFinite(v)) {
            if (targetProblems.length < MAX_REPORTED) targetProblems.push({ file, line: batch.lines[r] ?? 0, column: targetIndex + 1, message: `target '${options.target}' is not a number: '${cell}'`, expected: 'a number (regression)' });
            continue;
          }
          targetNumbers.n++;
          targetNumbers.sum += v;
          targetNumbers.sumSquares += v * v;
        } else {
          const label = (cell ?? '').trim();
          targetCounts.set(label, (targetCounts.get(label) ?? 0) + 1);
        }
      }
      featureNames.forEach((name, f) => {
        const column = h.indexOf(name);
        const cells = batch.cells[column] ?? [];
        const values = batch.numbers(column);
        const s = stats[f] as ColumnStats;
        for (let r = 0; r < batch.length; r++) {
          if (!keep[r]) continue;
          const cell = cells[r] ?? null;
          if (cell === null || cell.trim() === '') {
            s.missing++;
            continue;
          }
          s.present++;
          const v = values[r] ?? NaN;
          if (Number.isFinite(v)) {
            s.numeric++;
            s.sum += v;
            s.sumSquares += v * v;
          } else if (s.nonNumeric.length < MAX_REPORTED) s.nonNumeric.push({ line: batch.lines[r] ?? 0, field: column + 1, text: cell });
          if (!s.overflow) {
            s.categories.set(cell, (s.categories.get(cell) ?? 0) + 1);
            if (s.categories.size > MAX_CATEGORIES) s.overflow = true;
          }
        }
      });
    },
    finish() {
      if (header === undefined) throw new InputError('the training data has no rows', [{ file: file || '(training data)', message: 'no records', expected: 'a header row and at least one record' }]);
      if (rows === 0) throw new InputError(`no rows left after filtering rows without a target '${options.target}'`, [{ file, message: 'every record has an empty target', expected: 'records with a target value' }]);
      if (targetProblems.length > 0) throw new InputError(`the regression target '${options.target}' must be numeric`, targetProblems);
      const problems: Problem[] = [];
      const features: FeatureSpec[] = featureNames.map((name, f) => {
        const s = stats[f] as ColumnStats;
        const declared = options.kinds?.[name];
        const numeric = declared ? declared === 'numeric' : s.present > 0 && s.numeric / s.present >= NUMERIC_SHARE;
        if (numeric) {
          for (const bad of s.nonNumeric) problems.push({ file, line: bad.line, column: bad.field, message: `non-numeric value '${bad.text}' in numeric feature '${name}'`, expected: 'a number or a missing value' });
          const mean = s.numeric > 0 ? s.sum / s.numeric : 0;
          const variance = s.numeric > 0 ? Math.max(0, s.sumSquares / s.numeric - mean * mean) : 0;
          const std = Math.sqrt(variance);
          return { name, kind: 'numeric', mean, scale: std > 1e-12 ? std : 1, missingIndicator: s.missing > 0 };
        }
        if (s.overflow) problems.push({ file, path: `features.${name}`, message: `categorical feature '${name}' has more than ${MAX_CATEGORIES} distinct values`, expected: 'a low-cardinality column, or remove it from features' });
        const categories = [...s.categories.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([c]) => c);
        return { name, kind: 'categorical', categories, missingIndicator: s.missing > 0 };
      });
      if (problems.length > 0) throw new InputError(`cannot fit preprocessing on ${file}`, problems);
      const target = fitTarget(options, file, targetCounts, targetNumbers);
      return {
        schemaVersion: 1,
        target,
        features,
        columns: features.flatMap(featureColumns),
        nullValues: [...options.nullValues],
        excluded: [...options.protected],
      };
    },
  };
}

function fitTarget(options: PreprocessOptions, file: string, counts: Map<string, number>, numbers: { n: number; sum: number; sumSquares: number }): TargetSpec {
  if (options.task === 'regression') {
    const mean = numbers.sum / numbers.n;
    const std = Math.sqrt(Math.max(0, numbers.sumSquares / numbers.n - mean * mean));
    return { name: options.target, task: 'regression', mean, scale: std > 1e-12 ? std : 1 };
  }
  const labels = [...counts.keys()].sort();
  if (labels.length !== 2) {
    throw new InputError(`binary classification needs exactly two classes in target '${options.target}', found ${labels.length}`, [
      { file, message: `classes: ${labels.map((l) => `'${l}' (${counts.get(l)})`).join(', ') || 'none'}`, expected: 'two distinct target values' },
    ]);
  }
  const positive = options.positiveClass ?? (labels[1] as string);
  if (!labels.includes(positive)) {
    throw new ConfigError(`positive_class '${positive}' does not occur in target '${options.target}'`, [{ path: 'positive_class', message: `'${positive}' is not a class of ${file}`, expected: `one of ${labels.join(', ')}` }]);
  }
  const negative = labels.find((l) => l !== positive) as string;
  return { name: options.target, task: 'binary_classification', positiveClass: positive, negativeClass: negative, classCounts: Object.fromEntries(labels.map((l) => [l, counts.get(l) ?? 0])) };
}
