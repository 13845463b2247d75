import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  DEFAULT_CALIBRATION_BINS,
  DEFAULT_CURVE_POINTS,
  computeMetrics,
  writeOutputAtomic
} from "./chunk-S36MNHKJ.js";
import {
  EXIT
} from "./chunk-7BSCY73Z.js";
import {
  optionalString,
  requireString
} from "./chunk-5LA4UDSI.js";
import {
  UsageError
} from "./chunk-WXR2B6ZC.js";

// src/core/metrics/render-metrics.ts
function formatMetricValue(value) {
  if (value === null || value === void 0) return "n/a";
  if (value === 0) return "0";
  const abs = Math.abs(value);
  return abs >= 1e6 || abs < 1e-4 ? value.toExponential(4) : Number(value.toPrecision(6)).toString();
}
function pad(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows.map((r) => r.map((cell, c) => c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])).join("  ").trimEnd()).join("\n");
}
function sliceLines(slice) {
  const names = Object.keys(slice.metrics);
  const lines = [pad([["metric", "value"], ...names.map((n) => [n, formatMetricValue(slice.metrics[n])])])];
  if (slice.confusion_matrix) {
    const c = slice.confusion_matrix;
    lines.push(`confusion matrix: tn ${c.tn}  fp ${c.fp}  fn ${c.fn}  tp ${c.tp}`);
  }
  for (const w of slice.warnings) lines.push(`warning: ${w.metric}: ${w.message}`);
  return lines;
}
function renderMetricsReport(report) {
  const out = [];
  const counts = report.overall.positives !== void 0 ? ` (${report.overall.positives} positive, ${report.overall.negatives} negative)` : "";
  out.push(`${report.source["file"]}: ${report.overall.count} rows${counts}`, ...sliceLines(report.overall));
  for (const column of report.groups) {
    const names = Object.keys(report.overall.metrics);
    out.push("", `by ${column.column}:`);
    out.push(pad([["group", "count", ...names], ...column.groups.map((g) => [g.value, String(g.count), ...names.map((n) => formatMetricValue(g.metrics[n]))])]));
  }
  return `${out.join("\n")}
`;
}

// src/cli/commands/metrics.ts
import { isAbsolute, resolve } from "node:path";
function inputPath(path, cwd) {
  return isAbsolute(path) || cwd === process.cwd() ? path : resolve(cwd, path);
}
function optionalNumber(args, name, command, check, expected) {
  const text = optionalString(args, name);
  if (text === void 0) return void 0;
  const n = Number(text);
  if (text.trim() === "" || !Number.isFinite(n) || !check(n)) {
    throw new UsageError(`mergeml ${command}: --${name} ${JSON.stringify(text)} is not valid (expected ${expected}). Run \`mergeml ${command} --help\`.`);
  }
  return n;
}
function predictionOptions(args, command) {
  const task = optionalString(args, "task") ?? "binary";
  if (task !== "binary" && task !== "regression") throw new UsageError(`mergeml ${command}: --task must be binary or regression, got ${JSON.stringify(task)}.`);
  const scoreKind = optionalString(args, "score-kind") ?? "probability";
  if (scoreKind !== "probability" && scoreKind !== "decision") throw new UsageError(`mergeml ${command}: --score-kind must be probability or decision, got ${JSON.stringify(scoreKind)}.`);
  const groups = args.values["group"];
  return {
    task,
    label: requireString(args, "label", command),
    score: requireString(args, "score", command),
    pred: optionalString(args, "pred"),
    positive: optionalString(args, "positive"),
    threshold: optionalNumber(args, "threshold", command, () => true, "a number"),
    scoreKind,
    groups: Array.isArray(groups) ? groups : [],
    calibrationBins: optionalNumber(args, "calibration-bins", command, (n) => Number.isInteger(n) && n >= 1 && n <= 1e3, "an integer from 1 to 1000") ?? DEFAULT_CALIBRATION_BINS,
    curvePoints: optionalNumber(args, "curve-points", command, (n) => Number.isInteger(n) && n >= 2 && n <= 1e5, "an integer from 2 to 100000") ?? DEFAULT_CURVE_POINTS
  };
}
var predictionOptionSpec = {
  label: { type: "string" },
  score: { type: "string" },
  pred: { type: "string" },
  threshold: { type: "string" },
  positive: { type: "string" },
  group: { type: "string", multiple: true },
  task: { type: "string" },
  "score-kind": { type: "string" },
  "calibration-bins": { type: "string" },
  "curve-points": { type: "string" }
};
var predictionOptionHelp = `  --label COL             column holding the true label (binary) or target (regression)
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
var metricsCommand = {
  name: "metrics",
  summary: "compute classification or regression metrics from a predictions file",
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
  options: { predictions: { type: "string" }, json: { type: "string" }, ...predictionOptionSpec },
  async run(args, ctx) {
    const predictions = requireString(args, "predictions", "metrics");
    const report = await computeMetrics({ predictions: inputPath(predictions, ctx.cwd), ...predictionOptions(args, "metrics") });
    const shown = { ...report, source: { ...report.source, file: predictions } };
    const json = optionalString(args, "json");
    if (json === "-") ctx.stdout(`${JSON.stringify(shown, null, 2)}
`);
    else {
      if (json !== void 0) writeOutputAtomic(resolve(ctx.cwd, json), `${JSON.stringify(shown, null, 2)}
`);
      ctx.stdout(renderMetricsReport(shown));
    }
    return EXIT.ok;
  }
};

export {
  renderMetricsReport,
  inputPath,
  optionalNumber,
  predictionOptions,
  predictionOptionSpec,
  predictionOptionHelp,
  metricsCommand
};
