import { UsageError } from '../../core/errors.js';
import { renderMetricsReport } from '../../core/metrics/render-metrics.js';
import { computeMetrics, writeOutputAtomic, DEFAULT_CALIBRATION_BINS, DEFAULT_CURVE_POINTS } from '../../pipeline/metrics.js';
import { optionalString, requireString, type Command, type ParsedArgs } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { isAbsolute, resolve } from 'node:path';

/** A user-given path, kept as typed (for messages) when it already resolves from the process cwd. */
export function inputPath(path: string, cwd: string): string {
  return isAbsolute(path) || cwd === process.cwd() ? path : resolve(cwd, path);
}

/** Parses an optional numeric option, or throws a UsageError naming it and the expected form. */
export function optionalNumber(args: ParsedArgs, name: string, command: string, check: (n: number) => boolean, expected: string): number | undefined {
  const text = optionalString(args, name);
  if (text === undefined) return undefined;
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || !check(n)) {
    throw new UsageError(`mergeml ${command}: --${name} ${JSON.stringify(text)} is not valid (expected ${expected}). Run \`mergeml ${command} --help\`.`);
  }
  return n;
}

/** Reads the options shared by `metrics` and `evaluate` that describe a predictions file. */
export function predictionOptions(args: ParsedArgs, command: string) {
  const task = optionalString(args, 'task') ?? 'binary';
  if (task !== 'binary' && task !== 'regression') throw new UsageError(`mergeml ${command}: --task must be binary or regression, got ${JSON.stringify(task)}.`);
  const scoreKind = optionalString(args, 'score-kind') ?? 'probability';
  if (scoreKind !== 'probability' && scoreKind !== 'decision') throw new UsageError(`mergeml ${command}: --score-kind must be probability or decision, got ${JSON.stringify(scoreKind)}.`);
  const groups = args.values['group'];
  return {
    task: task as 'binary' | 'regression',
    label: requireString(args, 'label', command),
    score: requireString(args, 'score', command),
    pred: optionalString(args, 'pred'),
    positive: optionalString(args, 'positive'),
    threshold: optionalNumber(args, 'threshold', command, () => true, 'a number'),
    scoreKind: scoreKind as 'probability' | 'decision',
    groups: Array.isArray(groups) ? (groups as string[]) : [],
    calibrationBins: optionalNumber(args, 'calibration-bins', command, (n) => Number.isInteger(n) && n >= 1 && n <= 1000, 'an integer from 1 to 1000') ?? DEFAULT_CALIBRATION_BINS,
    curvePoints: optionalNumber(args, 'curve-points', command, (n) => Number.isInteger(n) && n >= 2 && n <= 100000, 'an integer from 2 to 100000') ?? DEFAULT_CURVE_POINTS,
  };
}

export const predictionOptionSpec = {
  label: { type: 'string' },
  score: { type: 'string' },
  pred: { type: 'string' },
  threshold: { type: 'string' },
  positive: { type: 'string' },
  group: { type: 'string', multiple: true },
  task: { type: 'string' },
  'score-kind': { type: 'string' },
  'calibration-bins': { type: 'string' },
  'curve-points': { type: 'string' },
} as const;

export const predictionOptionHelp = `  --label COL             column holding the true label (binary) or target (regression)
  --score COL             column holding the positive-class probability (or score) / the prediction
  --pred COL              column holding the predicted label (default: score >= --threshold)
  --threshold T           decision threshold when there is no --pred (default 0.5; 0 for decision scores)
  --positive LABEL        the positive class as written in --label (default 1/true for 0/1, -1/1, true/false)
  --group COL             also compute every metric per value of COL (repeatable)
  --task binary|regression  (default binary)
  --score-kind probability|decision  probability (default) requires scores in [0, 1]; decision accepts
                          any finite score and skips log_loss, brier_score, ece and calibration
  --calibration-bins N    uniform calibration_curve bins for ece and the curve (default 5)
  --curve-points N        ROC / PR points kept in the report (default 101)`;

export const metricsCommand: Command = {
  name: 'metrics',
  summary: 'compute classification or regression metrics from a predictions file',
  help: `Usage: mergeml metrics --predictions FILE --label COL --score COL [--pred COL] [--threshold T]
                       [--positive LABEL] [--group COL]... [--task binary|regression] [--json OUT]

Computes scikit-learn-compatible metrics from a CSV or JSON Lines predictions file, overall and per
--group value: roc_auc, average_precision, log_loss, brier_score, accuracy, balanced_accuracy, precision,
recall, f1, mcc, ece, the confusion matrix and bounded ROC / precision-recall / calibration curves; or
mae, rmse, r2, mape for --task regression. See docs/metrics.md.

Options:
  --predictions FILE      predictions file (.csv, or .jsonl / .ndjson)
${predictionOptionHelp}
  --json OUT              write the report as versioned JSON (schemaVersion 1) to OUT ('-' for stdout)

Exit codes: 0 ok, 2 bad input (file:line and column named on stderr), 70 internal error.`,
  options: { predictions: { type: 'string' }, json: { type: 'string' }, ...predictionOptionSpec },
  async run(args, ctx) {
    const predictions = requireString(args, 'predictions', 'metrics');
    const report = await computeMetrics({ predictions: inputPath(predictions, ctx.cwd), ...predictionOptions(args, 'metrics') });
    const shown = { ...report, source: { ...report.source, file: predictions } };
    const json = optionalString(args, 'json');
    if (json === '-') ctx.stdout(`${JSON.stringify(shown, null, 2)}\n`);
    else {
      if (json !== undefined) writeOutputAtomic(resolve(ctx.cwd, json), `${JSON.stringify(shown, null, 2)}\n`);
      ctx.stdout(renderMetricsReport(shown));
    }
    return EXIT.ok;
  },
};
