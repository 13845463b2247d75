import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  computeDrift,
  createDriftProfileConsumer,
  formatScore
} from "./chunk-EVRDFNHE.js";
import {
  escapeMarkdown
} from "./chunk-XDDLN3TC.js";
import {
  suggest
} from "./chunk-5LA4UDSI.js";
import {
  InputError
} from "./chunk-WXR2B6ZC.js";

// src/core/drift/drift-json.ts
var DRIFT_SCHEMA_VERSION = 1;
function column(c) {
  return {
    column: c.column,
    column_type: c.column_type,
    stattest: c.stattest,
    stattest_name: c.stattest_name,
    threshold: c.threshold,
    drift_score: c.drift_score !== null && !Number.isFinite(c.drift_score) ? null : c.drift_score,
    drift_detected: c.drift_detected,
    status: c.status,
    ...c.reason !== void 0 ? { reason: c.reason } : {},
    reference_count: c.reference_count,
    current_count: c.current_count,
    n_unique: c.n_unique,
    sampled: c.sampled,
    ...c.details !== void 0 ? { details: c.details } : {}
  };
}
function buildDriftJson(input) {
  const d = input.result.dataset;
  return {
    schemaVersion: DRIFT_SCHEMA_VERSION,
    kind: "drift",
    reference: { file: input.reference.file, rows: input.reference.rows },
    current: { file: input.current.file, rows: input.current.rows },
    options: { stattest: input.options.stattest, threshold: input.options.threshold ?? null, drift_share: input.options.driftShare, severity: input.options.severity },
    dataset: {
      number_of_columns: d.number_of_columns,
      number_of_drifted_columns: d.number_of_drifted_columns,
      share_of_drifted_columns: d.share_of_drifted_columns,
      drift_share: d.drift_share,
      dataset_drift: d.dataset_drift
    },
    columns: input.result.columns.map(column),
    failed: d.dataset_drift && input.options.severity === "error"
  };
}

// src/core/drift/drift-markdown.ts
function verdict(r) {
  const d = r.dataset;
  const share = `${d.number_of_drifted_columns} of ${d.number_of_columns} columns drifted (${(d.share_of_drifted_columns * 100).toFixed(1)}%, dataset drift at \u2265 ${d.drift_share * 100}%)`;
  if (!d.dataset_drift) return `\u2705 **No dataset drift**: ${share}.`;
  return `${r.failed ? "\u274C" : "\u26A0\uFE0F"} **Dataset drift**: ${share}.`;
}
function score(c) {
  return c.drift_score === null ? "\u2013" : formatScore(c.drift_score);
}
function renderDriftMarkdown(r) {
  const rows = [...r.columns].sort((a, b) => Number(b.drift_detected) - Number(a.drift_detected) || (a.status === "skipped" ? 1 : 0) - (b.status === "skipped" ? 1 : 0));
  const lines = [
    "### Data drift",
    "",
    verdict(r),
    "",
    `Reference ${escapeMarkdown(r.reference.file)} (${r.reference.rows} rows) \u2192 current ${escapeMarkdown(r.current.file)} (${r.current.rows} rows).`,
    "",
    "| Column | Type | Test | Score | Threshold | Drift |",
    "|---|---|---|---:|---:|:---:|",
    ...rows.map(
      (c) => c.status === "skipped" ? `| ${escapeMarkdown(c.column)} | ${c.column_type} | \u2013 | \u2013 | \u2013 | skipped: ${escapeMarkdown(c.reason ?? "")} |` : `| ${escapeMarkdown(c.column)} | ${c.column_type} | ${c.stattest_name}${c.sampled ? " (sampled)" : ""} | ${score(c)} | ${c.threshold} | ${c.drift_detected ? "**yes**" : "no"} |`
    )
  ];
  return lines.join("\n");
}
function renderDriftText(r) {
  const header = ["column", "type", "test", "score", "threshold", "drift"];
  const rows = r.columns.map((c) => [c.column, c.column_type, c.stattest ?? "-", score(c), c.threshold === null ? "-" : String(c.threshold), c.status === "skipped" ? `skipped (${c.reason})` : c.drift_detected ? "DRIFT" : "ok"]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => i === cells.length - 1 ? cell : cell.padEnd(widths[i])).join("  ");
  const d = r.dataset;
  return [
    line(header),
    ...rows.map(line),
    "",
    `${d.dataset_drift ? "Dataset drift" : "No dataset drift"}: ${d.number_of_drifted_columns}/${d.number_of_columns} columns drifted (share ${formatScore(d.share_of_drifted_columns)}, threshold ${d.drift_share}, severity ${r.options.severity}).`,
    ""
  ].join("\n");
}

// src/pipeline/drift.ts
async function pass(ports, f, read, consumer) {
  let rows = 0;
  let header = [];
  for await (const batch of ports.readBatches(f.path, read)) {
    header = batch.header;
    rows += batch.length;
    consumer.consume(batch);
  }
  return { rows, header, result: consumer.finish() };
}
function checkColumns(columns, header, file) {
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length === 0) return;
  throw new InputError(
    `${file}: --columns names columns the file does not have`,
    missing.map((c) => {
      const hint = suggest(c, header);
      return { file, message: `no column ${JSON.stringify(c)}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ""}`, expected: `one of: ${header.join(", ")}` };
    })
  );
}
async function runDrift(options, ports) {
  const read = options.read ?? {};
  const profileOptions = options.columns ? { columns: options.columns } : {};
  const ref = await pass(ports, options.reference, read, createDriftProfileConsumer(profileOptions));
  if (options.columns) checkColumns(options.columns, ref.header, options.reference.file);
  const cur = await pass(ports, options.current, read, createDriftProfileConsumer(profileOptions));
  if (options.columns) checkColumns(options.columns, cur.header, options.current.file);
  if (ref.rows === 0) throw new InputError(`${options.reference.file}: no records (drift needs reference rows)`);
  if (cur.rows === 0) throw new InputError(`${options.current.file}: no records (drift needs current rows)`);
  const result = computeDrift(ref.result, cur.result, options.drift);
  const report = buildDriftJson({ reference: { file: options.reference.file, rows: ref.rows }, current: { file: options.current.file, rows: cur.rows }, options: options.drift, result });
  return { report, markdown: renderDriftMarkdown(report), text: renderDriftText(report) };
}

export {
  runDrift
};
