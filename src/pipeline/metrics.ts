/**
 * `mergeml metrics`: read a predictions file in one streaming pass, validate it, compute every
 * registry metric overall and per group. Also the file-output helper the evaluate and gate use-cases
 * share (write to a temp file, then rename: readers never see half a report).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { runPass } from '../adapters/data/read-batches.js';
import type { ReadOptions } from '../core/data/read-options.js';
import { collectPredictionColumns, type PredictionColumns, type PredictionColumnsSpec } from '../core/metrics/prediction-columns.js';
import { binaryMetricsReport, regressionMetricsReport, type MetricsReport } from '../core/metrics/metrics-report.js';
import type { ScoreOrder } from '../core/metrics/sort-order.js';

export interface MetricsOptions extends PredictionColumnsSpec {
  readonly predictions: string;
  readonly calibrationBins?: number;
  readonly curvePoints?: number;
  readonly read?: ReadOptions;
}

export const DEFAULT_CALIBRATION_BINS = 5;
export const DEFAULT_CURVE_POINTS = 101;

/** Reads and validates the prediction columns of one file. */
export async function readPredictionColumns(path: string, spec: PredictionColumnsSpec, read: ReadOptions = {}): Promise<PredictionColumns> {
  const pass = await runPass(path, read, [collectPredictionColumns(spec)] as const);
  return pass.results[0];
}

/** The metrics report of already-read prediction columns. */
export function metricsOfColumns(columns: PredictionColumns, options: Omit<MetricsOptions, 'predictions' | 'read'>, order?: ScoreOrder): MetricsReport {
  const source = {
    file: columns.file,
    label: options.label,
    score: options.score,
    pred: options.pred ?? null,
    threshold: columns.binary?.threshold ?? null,
    positive_label: columns.binary?.positiveLabel ?? null,
    negative_label: columns.binary?.negativeLabel ?? null,
    score_kind: columns.binary === null ? null : columns.binary.probabilities ? 'probability' : 'decision',
    rows: columns.rows,
  };
  if (columns.regression !== null) return regressionMetricsReport(columns.regression, { groups: columns.groups, source });
  return binaryMetricsReport(columns.binary!, {
    calibrationBins: options.calibrationBins ?? DEFAULT_CALIBRATION_BINS,
    curvePoints: options.curvePoints ?? DEFAULT_CURVE_POINTS,
    groups: columns.groups,
    source,
    ...(order ? { order } : {}),
  });
}

/** Computes the metrics report of a predictions file. */
export async function computeMetrics(options: MetricsOptions): Promise<MetricsReport> {
  const columns = await readPredictionColumns(options.predictions, options, options.read);
  return metricsOfColumns(columns, options);
}

/** Writes text to a file atomically (temp file in the same folder, then rename). */
export function writeOutputAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}
