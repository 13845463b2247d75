import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  gitHeadCommit,
  train
} from "./chunk-BHMR3RXF.js";
import {
  readEvidence,
  registerVersion
} from "./chunk-SM4UZ5D6.js";
import {
  loadRegistryPolicy
} from "./chunk-JMXOBL62.js";
import {
  details,
  formatCell,
  formatNumber,
  formatSigned,
  markdownTable,
  renderReportTable,
  statusIcon,
  validate
} from "./chunk-LMXXNHWF.js";
import {
  algorithmOf,
  algorithmOfCard,
  evaluate
} from "./chunk-C5GZ4OJ4.js";
import {
  pullVersion
} from "./chunk-XCR4V5GT.js";
import {
  committedArtifactPath,
  openRegistryGit,
  readRegistryState
} from "./chunk-QQEFSOSX.js";
import {
  resolveFairnessOptions,
  runFairness
} from "./chunk-WYOVQZZL.js";
import {
  escapeValue
} from "./chunk-XDDLN3TC.js";
import {
  loadProject,
  nodeConfigFiles
} from "./chunk-IBZLWYI3.js";
import {
  external_exports
} from "./chunk-4AU2CRBH.js";
import {
  writeOutputAtomic
} from "./chunk-S36MNHKJ.js";
import {
  readBatches
} from "./chunk-RBULLJ36.js";
import {
  EXIT
} from "./chunk-7BSCY73Z.js";
import {
  optionalString,
  suggest
} from "./chunk-5LA4UDSI.js";
import {
  InputError,
  InternalError,
  UsageError
} from "./chunk-WXR2B6ZC.js";

// src/cli/commands/run.ts
import { execFile } from "node:child_process";
import { join as join5, resolve } from "node:path";

// src/pipeline/run/registry-champions.ts
import { rm } from "node:fs/promises";
import { join } from "node:path";
function championVersion(ms, stages) {
  const live = ms.versions.filter((v) => !v.deregistered);
  for (const stage of [...stages].reverse()) {
    const a = ms.stages[stage];
    const v = a?.version ? live.find((x) => x.version === a.version) : void 0;
    if (v) return { version: v, where: `at ${stage}` };
  }
  const latest = live[live.length - 1];
  return latest ? { version: latest, where: "latest registered, no stage" } : null;
}
function registryChampionStore(ports, options) {
  const register = async (model, evidence, wantStage) => {
    const ev = await readEvidence({ artifact: evidence.artifact, metrics: evidence.metrics, gates: evidence.gates, ...evidence.fairness ? { fairness: evidence.fairness } : {} });
    const stage = options.policy.stages[0];
    const assign = wantStage && stage !== void 0 && ev.gates.passed;
    const r = await registerVersion(ports, {
      evidence: ev,
      policy: options.policy,
      branch: options.branch,
      actor: options.actor,
      config: options.policy.config,
      ...assign ? { stage } : {},
      ...evidence.commit ? { sourceCommit: evidence.commit } : {}
    });
    const what = `${r.created ? "registered" : "already registered as"} ${model} ${r.version} in the git registry (${r.tags.join(", ")})`;
    return assign ? `${what}, at ${stage}` : `${what}${wantStage && stage !== void 0 ? `; not assigned to ${stage} because its metric gates failed` : ""}`;
  };
  return {
    name: "the git registry",
    async find(model) {
      const ms = (await readRegistryState(ports.git)).models.find((m) => m.model === model);
      const pick = ms ? championVersion(ms, options.policy.stages) : null;
      if (!pick) return null;
      const { version: v, where } = pick;
      const dir = join(options.cacheDir, model, v.version);
      await rm(dir, { recursive: true, force: true });
      await pullVersion(ports.git, { model, version: v.version, outDir: dir });
      const algorithm = algorithmOfCard(await ports.git.readFile(v.commit, committedArtifactPath(model, v.version, "training-card.json")));
      const champion = { dir, label: `${algorithm} (${model} ${v.version}, ${where})`, source: "registry" };
      return champion;
    },
    bootstrap: (model, evidence) => register(model, evidence, true),
    promote: (model, evidence) => register(model, evidence, true)
  };
}

// src/pipeline/run.ts
import { readFile } from "node:fs/promises";
import { isAbsolute, join as join3, relative as relative2 } from "node:path";

// src/core/report/results-bundle.ts
var text = (max) => external_exports.string().max(max);
var sha = external_exports.string().regex(/^[0-9a-f]{40}$/, "a 40-character lowercase hex commit SHA");
var reportStatusSchema = external_exports.enum(["pass", "fail", "warn", "skip"]);
var cellSchema = external_exports.union([text(500), external_exports.number(), external_exports.boolean(), external_exports.null()]);
var reportTableSchema = external_exports.object({
  title: text(200).optional(),
  columns: external_exports.array(text(200)).min(1).max(40),
  rows: external_exports.array(external_exports.object({ cells: external_exports.array(cellSchema).max(40), status: reportStatusSchema.optional() })).max(1e4),
  note: text(2e3).optional()
});
var findingSchema = external_exports.object({
  id: text(50),
  check: text(200),
  column: text(500).optional(),
  severity: external_exports.enum(["error", "warning"]),
  status: external_exports.enum(["pass", "fail", "skip"]),
  observed: external_exports.union([external_exports.number(), text(500), external_exports.null()]),
  expected: external_exports.union([external_exports.number(), text(500), external_exports.null()]),
  message: text(2e3),
  examples: external_exports.array(external_exports.object({ file: text(1e3), line: external_exports.number().int().nonnegative(), column: text(500).optional(), value: external_exports.union([text(500), external_exports.null()]).optional() })).max(20).default([])
});
var findingsSectionSchema = external_exports.object({
  status: reportStatusSchema.optional(),
  summary: text(2e3).optional(),
  findings: external_exports.array(findingSchema).max(5e3).default([]),
  tables: external_exports.array(reportTableSchema).max(20).default([])
});
var gateSchema = external_exports.object({
  name: text(200),
  status: reportStatusSchema,
  message: text(2e3),
  observed: external_exports.union([external_exports.number(), text(200), external_exports.null()]).optional(),
  threshold: external_exports.union([external_exports.number(), text(200), external_exports.null()]).optional()
});
var metricRowSchema = external_exports.object({
  metric: text(100),
  champion: external_exports.number().nullable(),
  challenger: external_exports.number().nullable(),
  delta: external_exports.number().nullable().optional(),
  deltaPct: external_exports.number().nullable().optional(),
  ci: external_exports.tuple([external_exports.number(), external_exports.number()]).nullable().optional(),
  higherIsBetter: external_exports.boolean().optional(),
  gate: external_exports.object({ status: reportStatusSchema, threshold: text(200).optional() }).optional()
});
var metricsSectionSchema = external_exports.object({
  championLabel: text(200).optional(),
  challengerLabel: text(200).optional(),
  /** Confidence level of `ci`, e.g. 0.95. */
  ciLevel: external_exports.number().gt(0).lt(1).optional(),
  rows: external_exports.array(metricRowSchema).max(200)
});
var curveSchema = external_exports.object({ x: external_exports.array(external_exports.number()).max(2e3), y: external_exports.array(external_exports.number()).max(2e3) }).refine((c) => c.x.length === c.y.length, "x and y must have the same length");
var curvePairSchema = external_exports.object({ champion: curveSchema.nullable().optional(), challenger: curveSchema });
var chartsSectionSchema = external_exports.object({
  roc: curvePairSchema.optional(),
  precisionRecall: curvePairSchema.optional(),
  calibration: curvePairSchema.optional()
});
var fairnessSectionSchema = external_exports.object({
  status: reportStatusSchema.optional(),
  summary: text(2e3).optional(),
  tables: external_exports.array(reportTableSchema).max(50).default([]),
  gates: external_exports.array(gateSchema).max(200).default([])
});
var complianceSectionSchema = external_exports.object({
  status: reportStatusSchema.optional(),
  framework: text(200).optional(),
  items: external_exports.array(external_exports.object({ id: text(100), requirement: text(1e3), status: reportStatusSchema, evidence: text(2e3).optional() })).max(500)
});
var trainingCardSchema = external_exports.object({
  fields: external_exports.array(external_exports.object({ name: text(200), value: external_exports.union([text(2e3), external_exports.number(), external_exports.boolean(), external_exports.null()]) })).max(200),
  tables: external_exports.array(reportTableSchema).max(20).default([]),
  notes: text(5e3).optional()
});
var annotationSchema = external_exports.object({
  file: text(1e3),
  line: external_exports.number().int().positive(),
  endLine: external_exports.number().int().positive().optional(),
  level: external_exports.enum(["notice", "warning", "failure"]),
  title: text(255).optional(),
  message: text(6e4)
});
var modelResultsSchema = external_exports.object({
  /** The model id from the project config; escaped when rendered, encoded in the comment marker. */
  name: text(100).min(1),
  gates: external_exports.array(gateSchema).max(500).default([]),
  metrics: metricsSectionSchema.optional(),
  validation: findingsSectionSchema.optional(),
  drift: findingsSectionSchema.optional(),
  fairness: fairnessSectionSchema.optional(),
  compliance: complianceSectionSchema.optional(),
  trainingCard: trainingCardSchema.optional(),
  charts: chartsSectionSchema.optional(),
  annotations: external_exports.array(annotationSchema).max(1e3).default([])
});
var RESULTS_BUNDLE_SCHEMA_VERSION = 1;
var resultsBundleSchema = external_exports.object({
  schemaVersion: external_exports.literal(RESULTS_BUNDLE_SCHEMA_VERSION),
  kind: external_exports.literal("mergeml.results"),
  /** The pull request the results are for; required by the workflow_run report flow. */
  pullRequest: external_exports.object({ number: external_exports.number().int().positive(), headSha: sha }).optional(),
  /** Branch and commit the results were computed on (user-controlled: escaped when shown). */
  source: external_exports.object({ branch: text(255).optional(), commit: sha.optional() }).optional(),
  models: external_exports.array(modelResultsSchema).min(1).max(100).refine((models) => new Set(models.map((m) => m.name)).size === models.length, "model names must be unique")
});

// src/core/report/verdict.ts
var RANK = { skip: 0, pass: 1, warn: 2, fail: 3 };
function worst(statuses) {
  return statuses.reduce((acc, s) => s !== void 0 && RANK[s] > RANK[acc] ? s : acc, "pass");
}
function gateReasons(gates, status, prefix) {
  return gates.filter((g) => g.status === status).map((g) => `${prefix}${g.name}: ${g.message}`);
}
function allGates(model) {
  return [...model.gates, ...model.fairness?.gates ?? []];
}
function deriveVerdict(model) {
  const fails = [];
  const warns = [];
  fails.push(...gateReasons(model.gates, "fail", "gate "));
  fails.push(...gateReasons(model.fairness?.gates ?? [], "fail", "bias gate "));
  warns.push(...gateReasons(model.gates, "warn", "gate "));
  warns.push(...gateReasons(model.fairness?.gates ?? [], "warn", "bias gate "));
  for (const [label, section2] of [["data validation", model.validation], ["drift", model.drift]]) {
    if (!section2) continue;
    const blocking = section2.findings.filter((f) => f.status === "fail" && f.severity === "error").length;
    const warning = section2.findings.filter((f) => f.status === "fail" && f.severity === "warning").length;
    if (blocking > 0) fails.push(`${label}: ${blocking} blocking check${blocking === 1 ? "" : "s"} failed`);
    else if (section2.status === "fail") fails.push(`${label} failed`);
    if (warning > 0) warns.push(`${label}: ${warning} warning${warning === 1 ? "" : "s"}`);
  }
  const compliance = model.compliance;
  if (compliance) {
    const failed = compliance.items.filter((i) => i.status === "fail").length;
    if (failed > 0) fails.push(`compliance: ${failed} requirement${failed === 1 ? "" : "s"} not met`);
    else if (compliance.status === "fail") fails.push("compliance failed");
  }
  if (model.fairness?.status === "fail" && !model.fairness.gates.some((g) => g.status === "fail")) fails.push("fairness failed");
  const status = worst([fails.length > 0 ? "fail" : void 0, warns.length > 0 ? "warn" : void 0, model.fairness?.status === "warn" ? "warn" : void 0]);
  if (status === "fail") return { status, reasons: fails };
  if (status === "warn") return { status: "warn", reasons: warns.length > 0 ? warns : ["fairness has warnings"] };
  const passed = allGates(model).filter((g) => g.status === "pass").length;
  return { status: "pass", reasons: passed > 0 ? [`all ${passed} gate${passed === 1 ? "" : "s"} passed`] : ["no gate failed"] };
}

// src/core/html-report/escape-html.ts
var UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "`": "&#96;" };
function escapeHtml(text2) {
  return text2.replace(UNSAFE, "").replace(/[&<>"'`]/g, (c) => ENTITIES[c] ?? c);
}
function escapeHtmlCapped(text2, max = 500) {
  const chars = [...text2];
  return escapeHtml(chars.length > max ? `${chars.slice(0, max - 1).join("")}\u2026` : text2);
}

// src/core/html-report/format-values.ts
var ICONS = { pass: "\u2705", fail: "\u274C", warn: "\u26A0\uFE0F", skip: "\u23ED\uFE0F" };
var WORDS = { pass: "pass", fail: "fail", warn: "warning", skip: "skipped" };
function statusBadge(status) {
  return `<span class="st st-${status}">${ICONS[status]} ${WORDS[status]}</span>`;
}
function formatCell2(cell) {
  if (cell === null || cell === void 0) return "\u2014";
  if (typeof cell === "number") return formatNumber(cell);
  if (typeof cell === "boolean") return cell ? "yes" : "no";
  return escapeHtmlCapped(cell, 500);
}

// src/core/html-report/svg-chart.ts
var W = 340;
var H = 300;
var M = { left: 48, right: 12, top: 28, bottom: 64 };
var PW = W - M.left - M.right;
var PH = H - M.top - M.bottom;
var CHAMPION_COLOR = "#1f77b4";
var CHALLENGER_COLOR = "#e8710a";
var px = (x) => (M.left + Math.min(1, Math.max(0, x)) * PW).toFixed(1);
var py = (y) => (M.top + (1 - Math.min(1, Math.max(0, y))) * PH).toFixed(1);
function points(curve) {
  const out = [];
  const n = Math.min(curve.x.length, curve.y.length);
  for (let i = 0; i < n; i++) {
    const x = curve.x[i];
    const y = curve.y[i];
    if (Number.isFinite(x) && Number.isFinite(y)) out.push([x, y]);
  }
  return out;
}
function series(curve, color, markers, dash = "") {
  if (!curve) return "";
  const pts = points(curve);
  if (pts.length === 0) return "";
  const line = `<polyline fill="none" stroke="${color}" stroke-width="2"${dash} points="${pts.map(([x, y]) => `${px(x)},${py(y)}`).join(" ")}"/>`;
  const dots = markers ? pts.map(([x, y]) => `<circle cx="${px(x)}" cy="${py(y)}" r="3" fill="${color}"/>`).join("") : "";
  return line + dots;
}
function grid() {
  const parts = [];
  for (let i = 0; i <= 5; i++) {
    const v = i / 5;
    parts.push(`<line x1="${px(0)}" y1="${py(v)}" x2="${px(1)}" y2="${py(v)}" stroke="#ddd"/>`, `<line x1="${px(v)}" y1="${py(0)}" x2="${px(v)}" y2="${py(1)}" stroke="#ddd"/>`);
    parts.push(`<text x="${px(v)}" y="${(M.top + PH + 14).toFixed(1)}" text-anchor="middle" font-size="10">${v.toFixed(1)}</text>`);
    parts.push(`<text x="${(M.left - 6).toFixed(1)}" y="${(Number(py(v)) + 3).toFixed(1)}" text-anchor="end" font-size="10">${v.toFixed(1)}</text>`);
  }
  parts.push(`<rect x="${M.left}" y="${M.top}" width="${PW}" height="${PH}" fill="none" stroke="#888"/>`);
  return parts.join("");
}
function legendItem(x, y, color, label, dash = "") {
  return `<line x1="${x}" y1="${y}" x2="${x + 18}" y2="${y}" stroke="${color}" stroke-width="2"${dash}/><text x="${x + 22}" y="${y + 3}" font-size="10">${escapeHtml(label)}</text>`;
}
function renderLineChart(spec) {
  const ref = spec.reference;
  const dashed = ' stroke-dasharray="4 3"';
  const legendY = H - 14;
  const legend = [
    ...spec.pair.champion ? [legendItem(M.left, legendY, CHAMPION_COLOR, "champion")] : [],
    legendItem(M.left + 85, legendY, CHALLENGER_COLOR, "challenger"),
    ...ref ? [legendItem(M.left + 162, legendY, "#999", ref.label, dashed)] : []
  ].join("");
  return [
    `<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(spec.title)}">`,
    `<title>${escapeHtml(spec.title)}</title>`,
    `<text x="${W / 2}" y="16" text-anchor="middle" font-size="13" font-weight="bold">${escapeHtml(spec.title)}</text>`,
    grid(),
    ref ? `<line x1="${px(ref.from[0])}" y1="${py(ref.from[1])}" x2="${px(ref.to[0])}" y2="${py(ref.to[1])}" stroke="#999"${dashed}/>` : "",
    series(spec.pair.champion, CHAMPION_COLOR, spec.markers === true),
    series(spec.pair.challenger, CHALLENGER_COLOR, spec.markers === true),
    `<text x="${(M.left + PW / 2).toFixed(1)}" y="${(M.top + PH + 30).toFixed(1)}" text-anchor="middle" font-size="11">${escapeHtml(spec.xLabel)}</text>`,
    `<text transform="translate(12 ${(M.top + PH / 2).toFixed(1)}) rotate(-90)" text-anchor="middle" font-size="11">${escapeHtml(spec.yLabel)}</text>`,
    legend,
    "</svg>"
  ].join("");
}

// src/core/html-report/html-sections.ts
var MAX_TABLE_ROWS = 500;
var MAX_FINDINGS = 1e3;
function htmlTable(headers, rows, rowClasses = []) {
  const head = `<tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr>`;
  const body = rows.map((r, i) => `<tr${rowClasses[i] ? ` class="${rowClasses[i]}"` : ""}>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("\n");
  return `<table>
<thead>${head}</thead>
<tbody>
${body}
</tbody>
</table>`;
}
function more(total, shown, what) {
  return total > shown ? `<p class="note">${total - shown} more ${what} not shown (see results.json).</p>` : "";
}
function renderTable(table) {
  const rows = table.rows.slice(0, MAX_TABLE_ROWS);
  const hasStatus = rows.some((r) => r.status !== void 0);
  const headers = hasStatus ? ["", ...table.columns] : [...table.columns];
  const cells = rows.map((r) => {
    const c = table.columns.map((_, i) => formatCell2(r.cells[i]));
    return hasStatus ? [r.status ? statusBadge(r.status) : "", ...c] : c;
  });
  return [
    table.title ? `<h4>${escapeHtmlCapped(table.title, 200)}</h4>` : "",
    htmlTable(headers, cells, rows.map((r) => r.status ? `row-${r.status}` : void 0)),
    more(table.rows.length, rows.length, "rows"),
    table.note ? `<p class="note">${escapeHtmlCapped(table.note, 2e3)}</p>` : ""
  ].join("\n");
}
function renderGates(gates) {
  if (gates.length === 0) return '<p class="note">No gates configured.</p>';
  const rows = gates.map((g) => [statusBadge(g.status), escapeHtmlCapped(g.name, 200), formatCell2(g.observed ?? null), formatCell2(g.threshold ?? null), escapeHtmlCapped(g.message, 2e3)]);
  return htmlTable(["Status", "Gate", "Observed", "Threshold", "Reason"], rows, gates.map((g) => `row-${g.status}`));
}
function renderMetrics(metrics) {
  const level = Math.round((metrics.ciLevel ?? 0.95) * 100);
  const rows = metrics.rows.map((r) => {
    const delta = r.delta ?? (r.champion !== null && r.challenger !== null ? r.challenger - r.champion : null);
    const pct = r.deltaPct ?? (delta !== null && r.champion !== null && r.champion !== 0 ? delta / Math.abs(r.champion) * 100 : null);
    const better = delta === null || delta === 0 || r.higherIsBetter === void 0 ? "" : delta > 0 === r.higherIsBetter ? ' class="better"' : ' class="worse"';
    const ci = r.ci ? `[${formatSigned(r.ci[0])}, ${formatSigned(r.ci[1])}]` : "\u2014";
    return [escapeHtmlCapped(r.metric, 100), formatNumber(r.champion), formatNumber(r.challenger), `<span${better}>${formatSigned(delta)}</span>`, formatSigned(pct, 2, "%"), ci, r.gate ? statusBadge(r.gate.status) : ""];
  });
  const names = `<p>Champion: <b>${escapeHtmlCapped(metrics.championLabel ?? "none", 200)}</b> \xB7 challenger: <b>${escapeHtmlCapped(metrics.challengerLabel ?? "this run", 200)}</b></p>`;
  return names + htmlTable(["Metric", "Champion", "Challenger", "\u0394", "\u0394%", `${level}% CI of \u0394`, "Gate"], rows);
}
function findingRows(findings) {
  const order = (f) => f.status === "fail" ? f.severity === "error" ? 0 : 1 : f.status === "skip" ? 2 : 3;
  const sorted = [...findings].sort((a, b) => order(a) - order(b)).slice(0, MAX_FINDINGS);
  const rows = sorted.map((f) => {
    const status = f.status === "fail" ? f.severity === "error" ? "fail" : "warn" : f.status;
    const example = f.examples[0];
    const where = example ? `${escapeHtmlCapped(example.file, 200)}:${example.line}${example.value !== void 0 && example.value !== null ? ` <code>${escapeHtmlCapped(example.value, 100)}</code>` : ""}` : "";
    return [statusBadge(status), escapeHtml(f.id), escapeHtmlCapped(f.check, 200), escapeHtmlCapped(f.column ?? "", 200), escapeHtmlCapped(f.message, 2e3), where];
  });
  return htmlTable(["Status", "Id", "Check", "Column", "Message", "Example"], rows, sorted.map((f) => f.status === "fail" ? `row-${f.severity === "error" ? "fail" : "warn"}` : void 0)) + more(findings.length, sorted.length, "findings");
}
function renderFindings(section2) {
  const failed = section2.findings.filter((f) => f.status === "fail");
  const errors = failed.filter((f) => f.severity === "error").length;
  const counts = `<p>${section2.findings.length} checks: ${section2.findings.length - failed.length} passed or skipped, ${errors} blocking failure(s), ${failed.length - errors} warning(s).</p>`;
  return [section2.summary ? `<p>${escapeHtmlCapped(section2.summary, 2e3)}</p>` : "", counts, findingRows(section2.findings), ...section2.tables.map(renderTable)].join("\n");
}
function renderFairness(section2) {
  return [section2.summary ? `<p>${escapeHtmlCapped(section2.summary, 2e3)}</p>` : "", "<h4>Bias gates</h4>", renderGates(section2.gates), ...section2.tables.map(renderTable)].join("\n");
}
function renderCompliance(section2) {
  const met = section2.items.filter((i) => i.status === "pass").length;
  const rows = section2.items.map((i) => [statusBadge(i.status), escapeHtmlCapped(i.id, 100), escapeHtmlCapped(i.requirement, 1e3), escapeHtmlCapped(i.evidence ?? "", 2e3)]);
  return `<p>${section2.framework ? `${escapeHtmlCapped(section2.framework, 200)}: ` : ""}${met} of ${section2.items.length} requirements met.</p>
${htmlTable(["Status", "Id", "Requirement", "Evidence"], rows, section2.items.map((i) => `row-${i.status}`))}`;
}
function renderTrainingCard(card) {
  return [
    htmlTable(["Field", "Value"], card.fields.map((f) => [escapeHtmlCapped(f.name, 200), formatCell2(f.value)])),
    ...card.tables.map(renderTable),
    card.notes ? `<p class="note">${escapeHtmlCapped(card.notes, 5e3)}</p>` : ""
  ].join("\n");
}
function renderCharts(charts, championLabel, challengerLabel) {
  const svgs = [
    charts.roc ? renderLineChart({ title: "ROC curve", xLabel: "false positive rate", yLabel: "true positive rate", pair: charts.roc, reference: { from: [0, 0], to: [1, 1], label: "chance" } }) : "",
    charts.precisionRecall ? renderLineChart({ title: "Precision\u2013recall curve", xLabel: "recall", yLabel: "precision", pair: charts.precisionRecall }) : "",
    charts.calibration ? renderLineChart({ title: "Calibration", xLabel: "mean predicted probability", yLabel: "fraction of positives", pair: charts.calibration, reference: { from: [0, 0], to: [1, 1], label: "perfectly calibrated" }, markers: true }) : ""
  ].filter((s) => s !== "");
  if (svgs.length === 0) return '<p class="note">No curves (not a binary classifier with probabilities).</p>';
  const champion = charts.roc?.champion || charts.precisionRecall?.champion || charts.calibration?.champion ? `<span style="color:${CHAMPION_COLOR}">\u25A0</span> champion: ${escapeHtmlCapped(championLabel, 200)} \xB7 ` : "";
  return `<div class="charts">${svgs.join("\n")}</div>
<p class="note">${champion}<span style="color:${CHALLENGER_COLOR}">\u25A0</span> challenger: ${escapeHtmlCapped(challengerLabel, 200)}</p>`;
}

// src/core/html-report/render-html-report.ts
var CSS = `body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1100px;padding:16px 24px;color:#1f2328}
h1{font-size:22px}h2{font-size:19px;border-bottom:1px solid #d0d7de;padding-bottom:4px}h3{font-size:16px;margin-top:24px}h4{font-size:14px;margin:14px 0 6px}
table{border-collapse:collapse;margin:6px 0 10px;font-size:13px}th,td{border:1px solid #d0d7de;padding:3px 8px;text-align:left;vertical-align:top}th{background:#f6f8fa}
tr.row-fail td{background:#ffebe9}tr.row-warn td{background:#fff8c5}.better{color:#1a7f37}.worse{color:#cf222e}
.verdict{padding:10px 14px;border-radius:6px;margin:8px 0}.verdict-pass{background:#dafbe1}.verdict-warn{background:#fff8c5}.verdict-fail{background:#ffebe9}
.verdict h2{border:0;margin:0 0 4px}.note{color:#59636e;font-size:12px}.charts{display:flex;flex-wrap:wrap;gap:12px}svg.chart{background:#fff;border:1px solid #d0d7de}
code{background:#f6f8fa;padding:0 3px}details{margin:6px 0}summary{cursor:pointer;font-weight:600}`;
var WORD = { pass: "ready to merge", warn: "passes with warnings", fail: "blocked" };
function section(title, body, open = true) {
  return `<details${open ? " open" : ""}><summary><h3 style="display:inline">${escapeHtml(title)}</h3></summary>
${body}
</details>`;
}
function worstOf(fail, warn) {
  return fail ? "fail" : warn ? "warn" : "pass";
}
function areaVerdicts(model) {
  const findings = [...model.validation?.findings ?? [], ...model.drift?.findings ?? []];
  const failed = findings.filter((f) => f.status === "fail");
  const bias = model.fairness?.gates ?? [];
  const items = model.compliance?.items ?? [];
  return {
    data: model.validation || model.drift ? worstOf(failed.some((f) => f.severity === "error"), failed.length > 0) : "skip",
    metrics: model.gates.length > 0 ? worstOf(model.gates.some((g) => g.status === "fail"), model.gates.some((g) => g.status === "warn")) : "skip",
    fairness: model.fairness || model.compliance ? worstOf(bias.some((g) => g.status === "fail") || items.some((i) => i.status === "fail") || model.fairness?.status === "fail", bias.some((g) => g.status === "warn") || items.some((i) => i.status === "warn") || model.fairness?.status === "warn") : "skip"
  };
}
function renderModel(model) {
  const verdict = deriveVerdict(model);
  const areas = areaVerdicts(model);
  const champion = model.metrics?.championLabel ?? "champion";
  const challenger = model.metrics?.challengerLabel ?? "challenger";
  const parts = [
    `<section class="model">`,
    `<div class="verdict verdict-${verdict.status}"><h2>${statusBadge(verdict.status)} ${escapeHtmlCapped(model.name, 100)} \u2014 ${WORD[verdict.status]}</h2>`,
    `<p class="areas">${["data", "metrics", "fairness"].map((a) => `${a}: ${statusBadge(areas[a])}`).join(" \xB7 ")}</p>`,
    `<ul>${verdict.reasons.map((r) => `<li>${escapeHtmlCapped(r, 1e3)}</li>`).join("")}</ul></div>`
  ];
  if (model.gates.length > 0) parts.push(section("Gates", renderGates(model.gates)));
  if (model.metrics) parts.push(section("Metrics: champion vs challenger", renderMetrics(model.metrics)));
  if (model.charts) parts.push(section("Curves", renderCharts(model.charts, champion, challenger)));
  if (model.validation) parts.push(section("Data validation", renderFindings(model.validation), model.validation.findings.some((f) => f.status === "fail")));
  if (model.drift) parts.push(section("Drift", renderFindings(model.drift), model.drift.findings.some((f) => f.status === "fail")));
  if (model.fairness) parts.push(section("Fairness", renderFairness(model.fairness)));
  if (model.compliance) parts.push(section("Compliance", renderCompliance(model.compliance)));
  if (model.trainingCard) parts.push(section("Training card", renderTrainingCard(model.trainingCard), false));
  parts.push("</section>");
  return parts.join("\n");
}
function renderHtmlReport(bundle, context = {}) {
  const title = context.title ?? "MergeML report";
  const src = bundle.source;
  const meta = [
    src?.branch ? `branch ${escapeHtmlCapped(src.branch, 255)}` : "",
    src?.commit ? `commit <code>${escapeHtml(src.commit.slice(0, 12))}</code>` : "",
    context.generatedAt ? `generated ${escapeHtml(context.generatedAt)}` : ""
  ].filter(Boolean);
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtmlCapped(title, 200)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    `<h1>${escapeHtmlCapped(title, 200)}</h1>`,
    meta.length > 0 ? `<p class="note">${meta.join(" \xB7 ")}</p>` : "",
    ...(context.notes ?? []).map((n) => `<p>${escapeHtmlCapped(n, 1e3)}</p>`),
    ...bundle.models.map(renderModel),
    "</body>",
    "</html>",
    ""
  ].filter((l) => l !== "").join("\n");
}

// src/core/report/section-mappers.ts
function findingsFrom(results) {
  return results.map((r) => ({
    id: r.id,
    check: r.check,
    ...r.column !== void 0 ? { column: r.column } : {},
    severity: r.severity,
    status: r.status,
    observed: r.observed,
    expected: r.expected,
    message: r.message,
    examples: r.examples.map((e) => ({ file: e.file, line: e.line, ...e.column !== void 0 ? { column: e.column } : {}, ...e.value !== void 0 ? { value: e.value } : {} }))
  }));
}
function chartsFrom(champion, challenger) {
  const charts = {};
  if (challenger.roc) charts.roc = { champion: champion?.roc ? { x: [...champion.roc.fpr], y: [...champion.roc.tpr] } : null, challenger: { x: [...challenger.roc.fpr], y: [...challenger.roc.tpr] } };
  if (challenger.precision_recall) {
    const c = champion?.precision_recall;
    charts.precisionRecall = { champion: c ? { x: [...c.recall], y: [...c.precision] } : null, challenger: { x: [...challenger.precision_recall.recall], y: [...challenger.precision_recall.precision] } };
  }
  if (challenger.calibration) {
    const c = champion?.calibration;
    charts.calibration = { champion: c ? { x: [...c.prob_pred], y: [...c.prob_true] } : null, challenger: { x: [...challenger.calibration.prob_pred], y: [...challenger.calibration.prob_true] } };
  }
  return charts;
}
function groupTable(t) {
  const metrics = Object.keys(t.overall);
  return {
    title: t.attributes.join(" \xD7 "),
    columns: ["Group", "Count", ...metrics, "impact_ratio"],
    rows: [
      ...t.groups.map((g) => ({
        cells: [g.name, g.count, ...metrics.map((m) => g.metrics[m]?.value ?? null), g.impactRatio.value],
        ...g.small ? { status: "warn" } : {}
      })),
      { cells: ["(overall)", t.groups.reduce((n, g) => n + g.count, 0), ...metrics.map((m) => t.overall[m]?.value ?? null), null] }
    ],
    ...t.groups.some((g) => g.small) ? { note: "\u26A0\uFE0F marks groups smaller than the minimum group size." } : {}
  };
}
function disparityTable(t) {
  return {
    title: `${t.attributes.join(" \xD7 ")}: disparities`,
    columns: ["Metric", "Method", "Value", "Note"],
    rows: t.disparities.map((d) => ({ cells: [d.metric, d.method, d.value, d.note] }))
  };
}
function fairnessSectionFrom(report) {
  const gates = report.gates.map((g) => ({
    name: `${g.metric} (${g.attributes.join(" \xD7 ")}${g.method ? `, ${g.method}` : ""})`,
    status: g.status,
    message: g.reasons.join(" ") || `${g.metric} = ${g.value ?? "undefined"}`,
    observed: g.value,
    threshold: g.threshold
  }));
  return { status: report.status, gates, tables: report.tables.flatMap((t) => [groupTable(t), disparityTable(t)]) };
}

// src/pipeline/run/model-results.ts
var isDrift = (c) => c.id === "DRIFT";
function clip(text2, max) {
  const chars = [...text2];
  return chars.length > max ? `${chars.slice(0, max - 1).join("")}\u2026` : text2;
}
function clippedFairness(section2) {
  return {
    ...section2,
    gates: section2.gates.map((g) => ({ ...g, name: clip(g.name, 200), message: clip(g.message, 2e3), ...typeof g.observed === "string" ? { observed: clip(g.observed, 200) } : {} })),
    tables: section2.tables.map((t) => ({ ...t, rows: t.rows.map((r) => ({ ...r, cells: r.cells.map((c) => typeof c === "string" ? clip(c, 500) : c) })), ...t.note !== void 0 ? { note: clip(t.note, 2e3) } : {} }))
  };
}
function splitDrift(checks) {
  return { data: checks.filter((c) => !isDrift(c)), drift: checks.filter(isDrift) };
}
function metricGates(report) {
  if (!report) return [];
  const seen = /* @__PURE__ */ new Map();
  return report.results.map((r) => {
    const t = r.gate.threshold;
    const base = `${r.metric}${t !== void 0 ? ` ${r.greater_is_better ? "\u2265" : "\u2264"} ${t}` : ""} (${r.severity})`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
      name: n === 1 ? base : `${base}, ${n}`,
      status: r.status,
      message: clip(r.reasons.join("; ") || `${r.metric} = ${r.challenger ?? "undefined"}`, 2e3),
      observed: r.challenger,
      threshold: t ?? null
    };
  });
}
function gateFor(metric, report) {
  const results = report?.results.filter((r) => r.metric === metric) ?? [];
  if (results.length === 0) return void 0;
  const status = results.some((r) => r.status === "fail") ? "fail" : results.some((r) => r.status === "warn") ? "warn" : "pass";
  const threshold = results.map((r) => r.gate.threshold).find((t) => t !== void 0);
  return { status, ...threshold !== void 0 ? { threshold: String(threshold) } : {} };
}
function metricsSection(o) {
  if (o.comparison) {
    return {
      championLabel: o.championLabel ?? "champion",
      challengerLabel: o.challengerLabel,
      ciLevel: o.comparison.bootstrap.confidence,
      rows: o.comparison.metrics.map((r) => {
        const gate = gateFor(r.metric, o.gates);
        return {
          metric: r.metric,
          champion: r.champion,
          challenger: r.challenger,
          delta: r.delta,
          deltaPct: r.relative_delta === null ? null : r.relative_delta * 100,
          ci: r.ci.low !== null && r.ci.high !== null ? [r.ci.low, r.ci.high] : null,
          higherIsBetter: r.greater_is_better,
          ...gate ? { gate } : {}
        };
      })
    };
  }
  return {
    championLabel: o.championLabel ?? "none yet",
    challengerLabel: o.challengerLabel,
    rows: Object.entries(o.metrics.overall.metrics).map(([metric, value2]) => {
      const gate = gateFor(metric, o.gates);
      return { metric, champion: null, challenger: value2, ...gate ? { gate } : {} };
    })
  };
}
function validationSection(o) {
  const findings = o.validation.flatMap((v) => findingsFrom(v.checks).map((f) => ({ ...f, message: clip(`${v.file}: ${f.message}`, 2e3) })));
  const blocking = findings.filter((f) => f.status === "fail" && f.severity === "error").length;
  return {
    status: blocking > 0 ? "fail" : findings.some((f) => f.status === "fail") ? "warn" : "pass",
    summary: `${o.validation.map((v) => `${v.file}: ${v.checks.length} checks`).join("; ")}.`,
    findings,
    tables: []
  };
}
function complianceSection(f) {
  const items = f.compliance.checks.map((c) => ({
    id: c.id,
    requirement: clip(c.message, 1e3),
    status: c.status === "fail" ? c.severity === "error" ? "fail" : "warn" : c.status,
    evidence: `${c.check}${c.column ? ` \xB7 ${c.column}` : ""}${c.observed !== null ? ` \xB7 observed ${String(c.observed)}` : ""}`.slice(0, 2e3)
  }));
  return { status: f.compliance.status, framework: "Regulation B (ECOA)", items };
}
function trainingCard(o) {
  const card = o.trainingCard;
  const t = o.train;
  const fields = [
    { name: "model", value: t.model },
    { name: "algorithm", value: JSON.stringify(card.config?.train?.model ?? null) },
    { name: "trainer", value: t.trainer },
    { name: "backend", value: t.backend ? `${t.backend.name} (${t.backend.device})` : null },
    { name: "seed", value: t.seed },
    { name: "epochs run", value: t.epochs },
    { name: "train data", value: card.data?.train ? `${card.data.train.file ?? ""} (${card.data.train.rows ?? "?"} rows, sha256 ${card.data.train.sha256 ?? "?"})` : null },
    { name: "test data", value: card.data?.test ? `${card.data.test.file ?? ""} (${card.data.test.rows ?? "?"} rows, sha256 ${card.data.test.sha256 ?? "?"})` : null },
    { name: "code commit", value: card.code?.commit ?? null },
    { name: "weights sha256", value: t.weightsSha256 },
    { name: "training time (s)", value: Number(t.durations.trainSeconds.toFixed(2)) }
  ];
  return { fields, tables: [], ...o.notes.length > 0 ? { notes: o.notes.join(" ") } : {} };
}
function modelResultsFrom(o) {
  const curves = o.metrics.curves;
  return {
    name: o.name,
    gates: metricGates(o.gates),
    metrics: metricsSection(o),
    validation: validationSection(o),
    ...o.drift ? { drift: { status: o.drift.some((c) => c.status === "fail" && c.severity === "error") ? "fail" : o.drift.some((c) => c.status === "fail") ? "warn" : "pass", summary: `${o.drift.length} drift verdicts against ${o.driftAgainst ?? "the reference"}.`, findings: findingsFrom(o.drift), tables: [] } } : {},
    ...o.fairness ? { fairness: clippedFairness(fairnessSectionFrom(o.fairness.fairness)), compliance: complianceSection(o.fairness) } : {},
    trainingCard: trainingCard(o),
    ...curves ? { charts: chartsFrom(o.championMetrics?.curves ?? null, curves) } : {},
    annotations: []
  };
}

// src/pipeline/run/validate-step.ts
import { relative } from "node:path";
function displayPath(path, cwd) {
  const rel = relative(cwd, path);
  return rel === "" || rel.startsWith("..") ? path : rel;
}
function driftOptions(model) {
  const d = model.policy.drift;
  if (!d) return void 0;
  return {
    stattest: d.stattest ?? "auto",
    driftShare: d.drift_share ?? 0.5,
    severity: d.severity ?? "warning",
    ...d.threshold !== void 0 ? { threshold: d.threshold } : {},
    ...d.columns ? { columns: d.columns } : {}
  };
}
function validateOptionsFor(model, split, cwd) {
  const data = model.data.find((d2) => d2.role === split);
  if (data === void 0) return void 0;
  const reference = split === "test" ? model.data.find((d2) => d2.role === "reference") : void 0;
  const d = model.config.data;
  const policy = model.policy;
  const drift = driftOptions(model);
  return {
    data: { path: data.path, file: data.file },
    read: { ...d.format ? { format: d.format } : {}, ...d.delimiter ? { delimiter: d.delimiter } : {}, ...d.null_values ? { nullValues: d.null_values } : {} },
    ...model.contract !== void 0 ? { contract: { path: model.contract, file: model.contractFile ?? displayPath(model.contract, cwd) } } : {},
    checks: policy.data_checks,
    policies: policy.names,
    ...reference ? { reference: { path: reference.path, file: reference.file } } : {},
    ...drift ? { drift } : {},
    label: model.config.target,
    features: model.config.features,
    ...split === "train" ? { protected: model.config.protected.map((p) => ({ column: p.column, basis: p.basis })) } : {},
    ...policy.proxies ? { proxies: policy.proxies } : {}
  };
}

// src/pipeline/run/run-outputs.ts
import { join as join2 } from "node:path";

// src/core/report/findings-section.ts
function findingStatus(f) {
  if (f.status === "fail") return f.severity === "error" ? "fail" : "warn";
  return f.status;
}
function value(v) {
  return typeof v === "number" ? formatNumber(v) : v === null ? "\u2014" : escapeValue(v, 120);
}
function findingRows2(findings) {
  return findings.map((f) => {
    const ex = f.examples[0];
    return [
      statusIcon(findingStatus(f)),
      `${escapeValue(f.id, 20)} ${escapeValue(f.check, 60)}`,
      f.column === void 0 ? "\u2014" : escapeValue(f.column, 80),
      value(f.observed),
      value(f.expected),
      escapeValue(f.message, 300),
      ex ? `${escapeValue(ex.file, 120)}:${ex.line}` : "\u2014"
    ];
  });
}
var HEADERS = ["", "Check", "Column", "Observed", "Expected", "Detail", "First example"];
function renderFindingsSection(id, section2, limits) {
  const title = id === "validation" ? "Data validation" : "Drift";
  const failed = section2.findings.filter((f) => f.status === "fail");
  const ordered = [...failed.filter((f) => f.severity === "error"), ...failed.filter((f) => f.severity === "warning")];
  const passed = section2.findings.filter((f) => f.status === "pass");
  const skipped = section2.findings.filter((f) => f.status === "skip").length;
  const errors = ordered.filter((f) => f.severity === "error").length;
  const parts = [];
  parts.push(`${section2.findings.length} check${section2.findings.length === 1 ? "" : "s"}: ${passed.length} passed, ${errors} failed, ${ordered.length - errors} warnings, ${skipped} skipped.`);
  if (section2.summary) parts.push("", escapeValue(section2.summary, 2e3));
  if (ordered.length > 0) {
    const shown = ordered.slice(0, limits.findings);
    const table = markdownTable(HEADERS, findingRows2(shown));
    const more2 = ordered.length > shown.length ? `

_${ordered.length - shown.length} more findings not shown; see the job summary._` : "";
    parts.push("", shown.length > 10 ? details(`${ordered.length} findings`, table + more2, true) : table + more2);
  }
  if (passed.length > 0) {
    const shown = passed.slice(0, limits.findings);
    const more2 = passed.length > shown.length ? `

_${passed.length - shown.length} more not shown._` : "";
    parts.push("", details(`${passed.length} passed checks`, markdownTable(HEADERS, findingRows2(shown)) + more2));
  }
  for (const table of section2.tables) {
    parts.push("", details(table.title ?? `${title} table`, renderReportTable({ ...table, title: void 0 }, limits.tableRows)));
  }
  return { id, title, priority: id === "validation" ? 70 : 60, markdown: parts.join("\n") };
}

// src/core/report/metrics-section.ts
function metricDelta(row) {
  if (row.delta !== void 0) return row.delta;
  return row.champion === null || row.challenger === null ? null : row.challenger - row.champion;
}
function metricDeltaPct(row) {
  if (row.deltaPct !== void 0) return row.deltaPct;
  const delta = metricDelta(row);
  return delta === null || row.champion === null || row.champion === 0 ? null : delta / Math.abs(row.champion) * 100;
}
function direction(row, delta) {
  if (delta === null || delta === 0 || row.higherIsBetter === void 0) return "";
  return delta > 0 === row.higherIsBetter ? " \u{1F7E2}" : " \u{1F534}";
}
function renderMetricsSection(metrics) {
  const level = metrics.ciLevel ?? 0.95;
  const headers = ["Metric", metrics.championLabel ?? "Champion", metrics.challengerLabel ?? "Challenger", "\u0394", "\u0394%", `CI ${Math.round(level * 100)}% (\u0394)`, "Gate"];
  const rows = metrics.rows.map((r) => {
    const delta = metricDelta(r);
    const ci = r.ci ? `[${formatSigned(r.ci[0])}, ${formatSigned(r.ci[1])}]` : "\u2014";
    const gate = r.gate ? `${statusIcon(r.gate.status)}${r.gate.threshold ? ` ${escapeValue(r.gate.threshold, 100)}` : ""}` : "\u2014";
    return [
      escapeValue(r.metric, 100),
      formatNumber(r.champion),
      formatNumber(r.challenger),
      `${formatSigned(delta)}${direction(r, delta)}`,
      formatSigned(metricDeltaPct(r), 2, "%"),
      ci,
      gate
    ];
  });
  const markdown = rows.length === 0 ? "_No metrics were computed._" : markdownTable(headers, rows);
  return { id: "metrics", title: "Metrics: champion vs challenger", priority: 90, markdown };
}
function renderGatesSection(gates) {
  const rows = gates.map((g) => [
    statusIcon(g.status),
    escapeValue(g.name, 100),
    typeof g.observed === "number" ? formatNumber(g.observed) : g.observed ? escapeValue(g.observed, 100) : "\u2014",
    typeof g.threshold === "number" ? formatNumber(g.threshold) : g.threshold ? escapeValue(g.threshold, 100) : "\u2014",
    escapeValue(g.message, 300)
  ]);
  return { id: "gates", title: "Gates", priority: 95, markdown: markdownTable(["", "Gate", "Observed", "Threshold", "Detail"], rows) };
}

// src/core/report/governance-sections.ts
function renderFairnessSection(fairness, limits) {
  const parts = [];
  if (fairness.summary) parts.push(escapeValue(fairness.summary, 2e3), "");
  if (fairness.gates.length > 0) parts.push("**Bias gates**", "", renderGatesSection(fairness.gates).markdown);
  else parts.push("_No bias gates configured._");
  for (const table of fairness.tables) {
    parts.push("", details(table.title ?? "Fairness table", renderReportTable({ ...table, title: void 0 }, limits.tableRows)));
  }
  return { id: "fairness", title: "Fairness", priority: 80, markdown: parts.join("\n") };
}
function renderComplianceSection(compliance, limits) {
  const met = compliance.items.filter((i) => i.status === "pass").length;
  const shown = compliance.items.slice(0, limits.checklist);
  const rows = shown.map((i) => [statusIcon(i.status), escapeValue(i.id, 60), escapeValue(i.requirement, 300), i.evidence ? escapeValue(i.evidence, 300) : "\u2014"]);
  const head = `${compliance.framework ? `${escapeValue(compliance.framework, 200)}: ` : ""}${met} of ${compliance.items.length} requirements met.`;
  const table = markdownTable(["", "Id", "Requirement", "Evidence"], rows);
  const more2 = compliance.items.length > shown.length ? `

_${compliance.items.length - shown.length} more items not shown._` : "";
  const body = rows.length > 10 ? details("Checklist", table + more2, compliance.items.some((i) => i.status === "fail")) : table + more2;
  return { id: "compliance", title: "Compliance", priority: 50, markdown: `${head}

${body}` };
}
function renderTrainingCard2(card, limits) {
  const parts = [markdownTable(["Field", "Value"], card.fields.map((f) => [escapeValue(f.name, 100), formatCell(f.value)]))];
  for (const table of card.tables) parts.push("", renderReportTable(table, limits.tableRows));
  if (card.notes) parts.push("", escapeValue(card.notes, 5e3));
  return { id: "training", title: "Training card", priority: 30, markdown: details("Training card", parts.join("\n")) };
}

// src/core/report/mermaid-charts.ts
var CHART_GRID = Array.from({ length: 21 }, (_x, i) => i / 20);
function points2(curve) {
  return curve.x.map((x, i) => ({ x, y: curve.y[i] ?? Number.NaN })).filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)).sort((a, b) => a.x - b.x || a.y - b.y);
}
function resampleCurve(curve, grid2, mode) {
  const pts = points2(curve);
  if (pts.length === 0) return grid2.map(() => null);
  return grid2.map((g) => {
    if (mode === "precision-recall") {
      const ys = pts.filter((p) => p.x >= g - 1e-12).map((p) => p.y);
      return ys.length > 0 ? Math.max(...ys) : 0;
    }
    const first = pts[0];
    const last = pts[pts.length - 1];
    if (g <= first.x) return mode === "roc" && g < first.x ? 0 : Math.max(...pts.filter((p) => p.x === first.x).map((p) => p.y));
    if (g >= last.x) return last.y;
    const exact = pts.filter((p) => p.x === g);
    if (exact.length > 0) return Math.max(...exact.map((p) => p.y));
    let i = 0;
    while (i + 1 < pts.length && pts[i + 1].x < g) i++;
    const a = pts[i];
    const b = pts[i + 1];
    return a.y + (b.y - a.y) * (g - a.x) / (b.x - a.x);
  });
}
var CHARTS = [
  { key: "roc", title: "ROC curve", xLabel: "False positive rate", yLabel: "True positive rate", mode: "roc", reference: (x) => x, referenceName: "chance" },
  { key: "precisionRecall", title: "Precision-recall curve", xLabel: "Recall", yLabel: "Precision", mode: "precision-recall" },
  { key: "calibration", title: "Calibration curve", xLabel: "Mean predicted probability", yLabel: "Fraction of positives", mode: "linear", reference: (x) => x, referenceName: "perfectly calibrated" }
];
var COLORS = { reference: "#9e9e9e", champion: "#1f77b4", challenger: "#ff7f0e" };
function chartLine(values) {
  return `    line [${values.map((v) => (v === null ? 0 : Math.min(1, Math.max(0, v))).toFixed(3)).join(", ")}]`;
}
function renderChart(spec, pair) {
  const champion = pair.champion ? resampleCurve(pair.champion, CHART_GRID, spec.mode) : void 0;
  const challenger = resampleCurve(pair.challenger, CHART_GRID, spec.mode);
  const reference = spec.reference ? CHART_GRID.map(spec.reference) : void 0;
  const series2 = [
    ...reference ? [{ name: spec.referenceName ?? "reference", color: COLORS.reference, values: reference }] : [],
    ...champion ? [{ name: "champion", color: COLORS.champion, values: champion }] : [],
    { name: "challenger", color: COLORS.challenger, values: challenger }
  ];
  const mermaid = [
    "```mermaid",
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${series2.map((s) => s.color).join(", ")}"}}}}%%`,
    "xychart-beta",
    `    title "${spec.title}"`,
    `    x-axis "${spec.xLabel}" [${CHART_GRID.map((g) => `"${g.toFixed(2)}"`).join(", ")}]`,
    `    y-axis "${spec.yLabel}" 0 --> 1`,
    ...series2.map((s) => chartLine(s.values)),
    "```"
  ].join("\n");
  const legend = `_Lines: ${series2.map((s) => `${s.name} (${s.color === COLORS.reference ? "grey" : s.color === COLORS.champion ? "blue" : "orange"})`).join(", ")}; resampled at x = 0, 0.05, \u2026, 1._`;
  const headers = [spec.xLabel, ...champion ? ["Champion"] : [], "Challenger"];
  const fixed = (v) => v === null || v === void 0 ? "\u2014" : v.toFixed(3);
  const rows = CHART_GRID.map((g, i) => [g.toFixed(2), ...champion ? [fixed(champion[i])] : [], fixed(challenger[i])]);
  return [`**${spec.title}**`, "", mermaid, "", legend, "", details(`${spec.title}: table`, markdownTable(headers, rows))].join("\n");
}
function renderChartsSection(charts) {
  const blocks = CHARTS.flatMap((spec) => {
    const pair = charts[spec.key];
    return pair ? [renderChart(spec, pair)] : [];
  });
  if (blocks.length === 0) return void 0;
  return { id: "charts", title: "Curves", priority: 40, markdown: details("ROC, precision-recall and calibration curves", blocks.join("\n\n"), true) };
}

// src/core/report/report-section.ts
var COMMENT_ROW_LIMITS = { findings: 25, tableRows: 30, checklist: 50 };

// src/core/report/compose-report.ts
var COMMENT_BUDGET_CHARS = 6e4;
var MAX_REASONS = 10;
function markerValue(value2) {
  return encodeURIComponent(value2).replace(/--/g, "-%2D");
}
function reportMarker(model, workflow) {
  return `<!-- mergeml:report model=${markerValue(model)} workflow=${markerValue(workflow)} -->`;
}
function renderSections(model, limits = COMMENT_ROW_LIMITS) {
  const sections = [
    model.gates.length > 0 ? renderGatesSection(model.gates) : void 0,
    model.metrics ? renderMetricsSection(model.metrics) : void 0,
    model.validation ? renderFindingsSection("validation", model.validation, limits) : void 0,
    model.drift ? renderFindingsSection("drift", model.drift, limits) : void 0,
    model.fairness ? renderFairnessSection(model.fairness, limits) : void 0,
    model.compliance ? renderComplianceSection(model.compliance, limits) : void 0,
    model.charts ? renderChartsSection(model.charts) : void 0,
    model.trainingCard ? renderTrainingCard2(model.trainingCard, limits) : void 0
  ];
  return sections.filter((s) => s !== void 0);
}
function renderHeadline(model, verdict, context, level = 2) {
  const word = verdict.status === "pass" ? "ready to merge" : verdict.status === "warn" ? "passes with warnings" : "blocked";
  const lines = [`${"#".repeat(level)} ${statusIcon(verdict.status)} MergeML: ${escapeValue(model.name, 100)} \u2014 ${word}`, ""];
  const shown = verdict.reasons.slice(0, MAX_REASONS);
  lines.push(...shown.map((r) => `- ${escapeValue(r, 300)}`));
  if (verdict.reasons.length > shown.length) lines.push(`- \u2026and ${verdict.reasons.length - shown.length} more`);
  const src = context.source;
  if (src?.branch || src?.commit) {
    const parts = [src.branch ? `branch ${escapeValue(src.branch, 120)}` : "", src.commit ? `commit ${escapeValue(src.commit.slice(0, 12))}` : ""].filter(Boolean);
    lines.push("", `<sub>${parts.join(" \xB7 ")} \xB7 workflow ${escapeValue(context.workflow, 120)}</sub>`);
  }
  return lines.join("\n");
}
function isSafeUrl(url) {
  return url !== void 0 && /^https?:\/\/[^\s()<>"'`]+$/.test(url);
}
function truncationNotice(cut, summaryUrl) {
  const names = cut.map((s) => s.title).join(", ");
  const where = isSafeUrl(summaryUrl) ? `the [job summary](${summaryUrl})` : "the job summary of this run";
  return `> [!NOTE]
> This report was shortened to stay under GitHub's comment size limit. Left out: ${names}. The full report is in ${where}.`;
}
function assemble(parts) {
  return `${parts.filter((p) => p.length > 0).join("\n\n")}
`;
}
function fitSections(head, sections, budget, summaryUrl, measure = (s) => s.length) {
  const blocks = sections.map((s) => ({ section: s, text: `### ${s.title}

${s.markdown}` }));
  const render = (kept2, cut2) => assemble([head, ...cut2.length > 0 ? [truncationNotice(cut2, summaryUrl)] : [], ...kept2.map((b) => b.text)]);
  const sizes = new Map(blocks.map((b) => [b, measure(b.text) + 2]));
  let kept = [...blocks];
  const cut = [];
  const total = () => measure(head) + 1 + (cut.length > 0 ? measure(truncationNotice(cut, summaryUrl)) + 2 : 0) + kept.reduce((n, b) => n + (sizes.get(b) ?? 0), 0);
  const removed = [];
  while (total() > budget && kept.length > 0) {
    const victim = kept.reduce((low, b) => b.section.priority < low.section.priority ? b : low);
    kept = kept.filter((b) => b !== victim);
    removed.push(victim);
    cut.push(victim.section);
  }
  for (const block of [...removed].sort((a, b) => b.section.priority - a.section.priority)) {
    const restoredCut = cut.filter((c) => c !== block.section);
    const trial = kept.concat(block);
    const size = measure(head) + 1 + (restoredCut.length > 0 ? measure(truncationNotice(restoredCut, summaryUrl)) + 2 : 0) + trial.reduce((n, b) => n + (sizes.get(b) ?? 0), 0);
    if (size <= budget) {
      kept = blocks.filter((b) => trial.includes(b));
      cut.splice(cut.indexOf(block.section), 1);
    }
  }
  const body = render(kept, cut);
  if (measure(body) > budget) throw new InternalError(`report head alone exceeds the budget of ${budget}`);
  return { body, cut };
}
function composeModelComment(model, context, budget = COMMENT_BUDGET_CHARS) {
  const verdict = deriveVerdict(model);
  const marker = reportMarker(model.name, context.workflow);
  const head = `${marker}
${renderHeadline(model, verdict, context)}`;
  const { body, cut } = fitSections(head, renderSections(model), budget, context.summaryUrl);
  return { marker, body, verdict, cutSections: cut.map((s) => s.id) };
}

// src/pipeline/run/run-outputs.ts
var COMMENT_SEPARATOR = "\n<!-- mergeml: next model comment -->\n\n";
function writeRunOutputs(outDir, bundle, run, context) {
  const files = {
    results: join2(outDir, "results.json"),
    comment: join2(outDir, "comment.md"),
    comments: Object.fromEntries(bundle.models.map((m) => [m.name, join2(outDir, m.name, "comment.md")])),
    html: join2(outDir, "report.html"),
    run: join2(outDir, "run.json")
  };
  writeOutputAtomic(files.results, `${JSON.stringify(bundle, null, 2)}
`);
  const reportContext = { workflow: context.workflow, ...bundle.source ? { source: bundle.source } : {} };
  const bodies = bundle.models.map((m) => {
    const body = composeModelComment(m, reportContext).body;
    writeOutputAtomic(files.comments[m.name], body);
    return body;
  });
  writeOutputAtomic(files.comment, bodies.join(COMMENT_SEPARATOR));
  writeOutputAtomic(files.html, renderHtmlReport(bundle, { title: `MergeML report: ${bundle.models.map((m) => m.name).join(", ")}`, generatedAt: context.generatedAt, notes: context.notes }));
  writeOutputAtomic(files.run, `${JSON.stringify({ ...run, files }, null, 2)}
`);
  return files;
}

// src/pipeline/run.ts
var STEPS = 4;
function isInside(path, dir) {
  const r = relative2(dir, path);
  return r === "" || !r.startsWith("..") && !isAbsolute(r);
}
function pickModels(project, wanted) {
  if (wanted.length === 0) return [...project.models];
  const names = project.models.map((m) => m.name);
  return wanted.map((w) => {
    const m = project.models.find((x) => x.name === w);
    if (!m) {
      const hint = suggest(w, names);
      throw new UsageError(`mergeml run: no model '${w}' in ${project.file}${hint ? ` (did you mean '${hint}'?)` : ""}; models: ${names.join(", ")}`);
    }
    return m;
  });
}
async function runProject(options, ports) {
  const say = (text2) => ports.progress.write(`${text2}
`);
  const project = await loadProject(options.config, nodeConfigFiles(), ports.cwd);
  const models = pickModels(project, options.models);
  const git = await ports.git(project.dir);
  const store = await ports.champions(project);
  const results = [];
  const summaries = [];
  const evidences = /* @__PURE__ */ new Map();
  const json = (value2) => `${JSON.stringify(value2, null, 2)}
`;
  const readerName = (path, file) => join3(ports.cwd, file) === path ? file : path;
  const validatePorts = {
    readBatches: (path, o) => readBatches(readerName(path, displayPath(path, ports.cwd)), o),
    readFile: async (path) => new Uint8Array(await readFile(path))
  };
  for (const model of models) {
    if (!model.data.some((d) => d.role === "test")) throw new UsageError(`mergeml run: model '${model.name}' has no test data in ${project.file} (models.${model.name}.data.test): the challenger cannot be evaluated`);
    if (options.champion !== "auto" && isInside(options.champion.dir, join3(options.outDir, model.name))) {
      throw new UsageError(`mergeml run: --champion ${options.champion.name} is inside this run's output for model ${model.name} (${join3(options.outDir, model.name)}), which the run overwrites; copy the champion elsewhere or use another --out`);
    }
  }
  for (const model of models) {
    const dir = join3(options.outDir, model.name);
    const step = (n, text2) => say(`[${model.name} ${n}/${STEPS}] ${text2}`);
    const notes = [];
    const test = model.data.find((d2) => d2.role === "test");
    const validation = [];
    let drift = null;
    let driftAgainst = null;
    let proxyFindings = [];
    for (const split of ["train", "test"]) {
      const vo = validateOptionsFor(model, split, ports.cwd);
      if (!vo) continue;
      step(1, `validate ${vo.data.file}${vo.reference ? ` (drift against ${vo.reference.file})` : ""}${vo.protected ? " (proxies of protected attributes)" : ""}`);
      const outcome = await validate(vo, validatePorts);
      writeOutputAtomic(join3(dir, `validate-${split}.json`), json(outcome.report));
      const parts = splitDrift(outcome.report.checks);
      validation.push({ file: vo.data.file, checks: parts.data });
      if (vo.protected) proxyFindings = parts.data.filter((c) => c.id === "PROXY");
      if (vo.reference) {
        drift = parts.drift;
        driftAgainst = vo.reference.file;
      }
      const failed = outcome.report.summary.failed;
      say(`  ${outcome.report.status === "pass" ? "ok" : "FAILED"}: ${outcome.report.summary.checks} checks, ${failed} failed (${outcome.report.summary.errors} blocking)`);
    }
    const artifact = join3(dir, "model");
    step(2, `train challenger`);
    const trained = await train(
      { model, projectDir: project.dir, outDir: artifact, ...options.backend ? { backend: options.backend } : {} },
      { env: ports.env, cwd: ports.cwd, progress: ports.progress, gitCommit: async () => git.commit }
    );
    writeOutputAtomic(join3(dir, "train.json"), json(trained));
    if (!trained.files.some((f) => f.path === "model.json")) {
      throw new InputError(`mergeml run: the artifact of ${model.name} has no model.json, so it cannot be scored on the test split`, [
        { file: displayPath(join3(artifact, "manifest.json"), ports.cwd), message: "no model.json among the artifact files", expected: "a TF.js layers model (model.json + weights); for a trainer that writes only predictions.csv use `mergeml evaluate --challenger <predictions>`" }
      ]);
    }
    const trainingCard2 = JSON.parse(await readFile(join3(artifact, "training-card.json"), "utf8"));
    const challengerAlgorithm = await algorithmOf(artifact);
    const challengerLabel = `${challengerAlgorithm} (this run${git.commit ? `, commit ${git.commit.slice(0, 12)}` : ""})`;
    const champion = options.champion === "auto" ? await store.find(model.name) : { dir: options.champion.dir, label: `${await algorithmOf(options.champion.dir)} (${options.champion.name})`, source: "flag" };
    let bootstrapped = false;
    if (champion === null) {
      notes.push(options.bootstrapChampion ? `No champion yet in ${store.name}: this run's model becomes the first one once it is evaluated.` : `No champion yet in ${store.name}: the challenger is evaluated on its own (no comparison). Run with --bootstrap-champion to register this model as the first champion, or pass --champion DIR.`);
      say(`  ${notes[notes.length - 1]}`);
    }
    const protectedColumns = model.config.protected.map((p) => p.column);
    step(3, champion ? `evaluate on ${test.file}: challenger vs champion ${champion.label}` : `evaluate on ${test.file} (no champion)`);
    const d = model.config.data;
    const challengerSource = { kind: "model", dir: artifact, name: challengerLabel };
    const evaluation = await evaluate({
      challenger: challengerSource,
      ...champion ? { champion: { kind: "model", dir: champion.dir, name: champion.label } } : {},
      data: test.path,
      spec: {
        task: model.config.task === "regression" ? "regression" : "binary",
        label: model.config.target,
        score: "score",
        ...model.config.positive_class !== void 0 ? { positive: String(model.config.positive_class) } : {},
        groups: protectedColumns
      },
      outDir: join3(dir, "evaluate"),
      resamples: options.resamples ?? 2e3,
      seed: 42,
      confidence: 0.95,
      gates: model.policy.metric_gates,
      read: { ...d.delimiter ? { delimiter: d.delimiter } : {}, ...d.null_values ? { nullValues: d.null_values } : {} },
      ...options.backend ? { backend: options.backend } : {}
    }, { env: ports.env, cwd: ports.cwd });
    const g = evaluation.gates;
    if (g) say(`  metric gates: ${g.counts.pass} pass, ${g.counts.warn} warn, ${g.counts.fail} fail`);
    let fairness = null;
    if (model.config.task !== "regression" && protectedColumns.length > 0) {
      step(4, `fairness and compliance over ${protectedColumns.join(", ")}`);
      const predictions = join3(dir, "evaluate", "challenger-predictions.csv");
      const baseline = champion ? join3(dir, "evaluate", "champion-predictions.csv") : void 0;
      const fo = await resolveFairnessOptions({ predictions, ...baseline ? { baseline } : {}, score: "score", protected: [], buckets: {}, config: project.path, model: model.name }, nodeConfigFiles(), ports.cwd);
      const run = await runFairness({ ...fo, proxyFindings }, { readBatches });
      fairness = run.json;
      writeOutputAtomic(join3(dir, "fairness.json"), json(fairness));
      say(`  fairness: ${fairness.status}; compliance ${fairness.compliance.status}`);
    } else {
      step(4, "fairness skipped (no protected attributes, or not a binary classifier)");
    }
    const evidence = {
      artifact,
      metrics: join3(dir, "evaluate", "metrics.json"),
      gates: join3(dir, "evaluate", "gates.json"),
      ...fairness ? { fairness: join3(dir, "fairness.json") } : {},
      commit: git.commit,
      algorithm: challengerAlgorithm
    };
    evidences.set(model.name, evidence);
    if (champion === null && options.bootstrapChampion) {
      const done = await store.bootstrap(model.name, evidence);
      bootstrapped = true;
      notes.push(`Bootstrapped the first champion: ${done}. The next run compares against it.`);
      say(`  ${notes[notes.length - 1]}`);
    }
    const result2 = modelResultsFrom({
      name: model.name,
      validation,
      drift,
      driftAgainst,
      train: trained,
      trainingCard: trainingCard2,
      metrics: evaluation.metrics,
      championMetrics: evaluation.championMetrics,
      comparison: evaluation.comparison,
      gates: evaluation.gates,
      fairness,
      championLabel: champion?.label ?? null,
      challengerLabel,
      notes
    });
    results.push(result2);
    const verdict2 = deriveVerdict(result2);
    summaries.push({
      name: model.name,
      verdict: verdict2.status,
      reasons: verdict2.reasons,
      areas: areaVerdicts(result2),
      champion: champion ? { label: champion.label, source: champion.source } : null,
      bootstrapped,
      notes,
      metrics: evaluation.metrics.overall.metrics,
      championMetrics: evaluation.championMetrics?.overall.metrics ?? null,
      dir
    });
  }
  say("writing the report");
  const bundle = resultsBundleSchema.parse({
    schemaVersion: 1,
    kind: "mergeml.results",
    ...git.commit || git.branch ? { source: { ...git.branch ? { branch: git.branch } : {}, ...git.commit && /^[0-9a-f]{40}$/.test(git.commit) ? { commit: git.commit } : {} } } : {},
    models: results
  });
  const verdict = summaries.some((s) => s.verdict === "fail") ? "fail" : summaries.some((s) => s.verdict === "warn") ? "warn" : "pass";
  const partial = { schemaVersion: 1, kind: "mergeml.run", verdict, project: project.file, source: git, models: summaries };
  const context = { workflow: options.workflow ?? "mergeml", generatedAt: ports.now(), notes: summaries.flatMap((s) => s.notes.map((n) => `${s.name}: ${n}`)) };
  const files = writeRunOutputs(options.outDir, bundle, { ...partial, promotion: null }, context);
  if (!options.promote) return { ...partial, promotion: null, files };
  const promotion = [];
  for (const s of summaries) {
    const evidence = evidences.get(s.name);
    if (s.verdict === "fail" || !evidence || !store.promote) {
      promotion.push({ model: s.name, promoted: false, message: !store.promote ? `not promoted: ${store.name} has no stages (run inside a git repository to use the git registry)` : `not promoted: ${s.name} is blocked (${s.reasons[0] ?? "a gate failed"})` });
    } else {
      say(`promote ${s.name}`);
      promotion.push({ model: s.name, promoted: true, message: await store.promote(s.name, evidence) });
    }
  }
  const result = { ...partial, promotion, files };
  writeOutputAtomic(files.run, `${JSON.stringify(result, null, 2)}
`);
  return result;
}

// src/pipeline/run/champion-store.ts
import { cp, mkdir, readFile as readFile2, rename, rm as rm2, stat, writeFile } from "node:fs/promises";
import { join as join4 } from "node:path";
var MANIFEST = "manifest.json";
async function isDir(path) {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
async function assertModelDir(dir, name) {
  if (!await isDir(dir)) throw new InputError(`--champion ${name}: no such model dir`, [{ file: name, message: "not a directory", expected: "a model dir written by `mergeml train` (or `auto`)" }]);
  try {
    await stat(join4(dir, MANIFEST));
  } catch {
    throw new InputError(`--champion ${name}: not a model artifact`, [{ file: join4(name, MANIFEST), message: "missing", expected: "a model dir written by `mergeml train` (it holds manifest.json)" }]);
  }
}
function safeSegment(model) {
  return encodeURIComponent(model).replace(/\./g, "%2E");
}
function localChampionStore(projectDir) {
  const root = join4(projectDir, ".mergeml", "champions");
  return {
    name: ".mergeml/champions/",
    async find(model) {
      const dir = join4(root, safeSegment(model));
      if (!await isDir(dir)) return null;
      let label = "local champion";
      try {
        const meta = JSON.parse(await readFile2(join4(dir, "champion.json"), "utf8"));
        if (typeof meta.label === "string") label = meta.label;
      } catch {
      }
      return { dir, label, source: "local" };
    },
    async bootstrap(model, evidence) {
      const artifactDir = evidence.artifact;
      const facts = evidence;
      const dir = join4(root, safeSegment(model));
      const tmp = `${dir}.${process.pid}.tmp`;
      await rm2(tmp, { recursive: true, force: true });
      await mkdir(root, { recursive: true });
      await cp(artifactDir, tmp, { recursive: true });
      const label = `${facts.algorithm} (local champion${facts.commit ? `, commit ${facts.commit.slice(0, 12)}` : ""})`;
      await writeFile(join4(tmp, "champion.json"), `${JSON.stringify({ schemaVersion: 1, model, label, commit: facts.commit, algorithm: facts.algorithm }, null, 2)}
`);
      await rm2(dir, { recursive: true, force: true });
      await rename(tmp, dir);
      return `registered as the first champion in .mergeml/champions/ (${label})`;
    }
  };
}

// src/pipeline/run/terminal-summary.ts
import { relative as relative3 } from "node:path";
var ICON = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", skip: "\u23ED\uFE0F" };
var WORD2 = { pass: "ready to merge", warn: "passes with warnings", fail: "blocked" };
var KEY_METRICS = ["roc_auc", "average_precision", "accuracy", "f1", "log_loss", "r2", "rmse"];
var fmt = (v) => v === null || v === void 0 || !Number.isFinite(v) ? "n/a" : v.toFixed(4);
function renderRunSummary(result, cwd) {
  const show = (p) => {
    const r = relative3(cwd, p);
    return r === "" || r.startsWith("..") ? p : r;
  };
  const lines = [];
  for (const m of result.models) {
    const areas = ["data", "metrics", "fairness"].map((a) => `${a} ${ICON[m.areas[a]] ?? ""} ${m.areas[a]}`).join(" \xB7 ");
    lines.push(`${ICON[m.verdict]} ${m.name} \u2014 ${WORD2[m.verdict]}   (${areas})`);
    for (const r of m.reasons.slice(0, 10)) lines.push(`   - ${r}`);
    if (m.reasons.length > 10) lines.push(`   - \u2026and ${m.reasons.length - 10} more`);
    lines.push(`   champion: ${m.champion ? m.champion.label : m.bootstrapped ? "none before this run (bootstrapped from it)" : "none yet"}`);
    for (const n of m.notes) lines.push(`   note: ${n}`);
    const keys = KEY_METRICS.filter((k) => k in m.metrics);
    for (const k of keys) {
      const now = m.metrics[k] ?? null;
      const before = m.championMetrics?.[k];
      const delta = before !== void 0 && before !== null && now !== null ? ` (champion ${fmt(before)}, \u0394 ${now - before >= 0 ? "+" : ""}${(now - before).toFixed(4)})` : "";
      lines.push(`   ${k.padEnd(18)} ${fmt(now)}${delta}`);
    }
  }
  lines.push("", `Verdict: ${ICON[result.verdict]} ${WORD2[result.verdict]}`);
  for (const p of result.promotion ?? []) lines.push(`Promotion: ${p.message}`);
  lines.push(`PR comment:  ${show(result.files.comment)}`);
  lines.push(`HTML report: ${show(result.files.html)}`);
  lines.push(`Results:     ${show(result.files.results)} (bundle), ${show(result.files.run)}, per-step JSON in ${result.models.map((m) => show(m.dir)).join(", ")}`);
  return `${lines.join("\n")}
`;
}

// src/cli/commands/run.ts
function gitBranch(cwd) {
  return new Promise((done) => {
    execFile("git", ["rev-parse", "--abbrev-ref", "HEAD"], { cwd, timeout: 1e4 }, (error, stdout) => {
      const name = stdout.trim();
      done(error || name === "" || name === "HEAD" ? null : name);
    });
  });
}
function list(args, name) {
  const v = args.values[name];
  return Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
}
var runCommand = {
  name: "run",
  summary: "run the pull-request pipeline locally: validate \u2192 train \u2192 evaluate vs champion \u2192 gates \u2192 report",
  help: `Usage: mergeml run [--config mergeml.yaml] [--model NAME ...] [--out DIR] [--champion DIR|auto]
                   [--bootstrap-champion] [--promote] [--backend B] [--resamples N] [--json]

Runs what the pull-request workflow runs, on this checkout, for every model (or each --model):
validates the train and test splits (data contract, policy data checks, proxies of protected attributes,
drift of test against reference), trains the challenger, evaluates it on the test split against the
champion (paired bootstrap CI, DeLong, McNemar), applies the metric gates, bias gates and compliance
checks, and writes:

  DIR/comment.md       the PR comment exactly as GitHub receives it (one per model, see docs/run.md)
  DIR/report.html      a self-contained HTML report (inline SVG charts, no scripts, no network)
  DIR/results.json     the results bundle (docs/report.md)
  DIR/run.json         this run's summary (--json prints it)
  DIR/<model>/         per-step JSON: validate-train.json, validate-test.json, train.json, evaluate/,
                       fairness.json, the challenger's model artifact (model/) and comment.md

Progress (steps and training epochs) goes to stderr; the summary, verdict first, to stdout.

Options:
  -c, --config FILE        project file or folder (default: mergeml.yaml)
  -m, --model NAME         a model to run; repeat for several (default: every model)
  -o, --out DIR            output folder (default: mergeml-out)
      --champion DIR|auto  the champion model dir; auto (default) = the git registry's version at the
                           last stage that has one (production, then staging), else its latest version;
                           outside a git repository .mergeml/champions/<model>/. Without one, the run
                           says so.
      --bootstrap-champion with no champion yet, register this run's model as the first one
      --promote            when the run is not blocked, register the challenger in the git registry as
                           the next version at the first stage of registry.stages (e.g. staging)
      --backend B          TF.js backend (auto | tensorflow-gpu | tensorflow | wasm | cpu)
      --resamples N        paired bootstrap resamples for the comparison (default 2000)
      --json               print run.json (schemaVersion 1) on stdout instead of the summary

Exit codes: 0 every error-severity gate and check passed (warnings allowed), 1 one failed (all outputs
are written first), 2 usage, config or data error, 70 internal error.`,
  options: {
    config: { type: "string", short: "c" },
    model: { type: "string", short: "m", multiple: true },
    out: { type: "string", short: "o" },
    champion: { type: "string" },
    "bootstrap-champion": { type: "boolean" },
    promote: { type: "boolean" },
    backend: { type: "string" },
    resamples: { type: "string" },
    json: { type: "boolean" }
  },
  async run(args, ctx) {
    const championArg = optionalString(args, "champion") ?? "auto";
    let champion = "auto";
    if (championArg !== "auto") {
      const dir = resolve(ctx.cwd, championArg);
      await assertModelDir(dir, championArg);
      champion = { dir, name: championArg };
    }
    const resamplesText = optionalString(args, "resamples");
    const resamples = resamplesText === void 0 ? void 0 : Number(resamplesText);
    if (resamples !== void 0 && (!Number.isInteger(resamples) || resamples < 1 || resamples > 1e6)) {
      throw new UsageError(`mergeml run: --resamples must be an integer from 1 to 1000000, got '${resamplesText}'`);
    }
    const backend = optionalString(args, "backend");
    const outDir = resolve(ctx.cwd, optionalString(args, "out") ?? "mergeml-out");
    const result = await runProject(
      {
        config: optionalString(args, "config") ?? "mergeml.yaml",
        models: list(args, "model"),
        outDir,
        champion,
        bootstrapChampion: args.values["bootstrap-champion"] === true,
        promote: args.values["promote"] === true,
        ...backend ? { backend } : {},
        ...resamples !== void 0 ? { resamples } : {}
      },
      {
        env: ctx.env,
        cwd: ctx.cwd,
        progress: { write: ctx.stderr, interactive: ctx.interactive, githubActions: ctx.env["GITHUB_ACTIONS"] === "true", now: () => performance.now() },
        champions: async (project) => {
          let git;
          try {
            git = await openRegistryGit(project.dir, ctx.env);
          } catch (error) {
            if (error instanceof InputError) return localChampionStore(project.dir);
            throw error;
          }
          const policy = await loadRegistryPolicy(ctx.cwd, project.path);
          const ports = { git, clock: { now: () => (/* @__PURE__ */ new Date()).toISOString() }, log: (line) => ctx.stderr(`${line}
`) };
          return registryChampionStore(ports, { policy, branch: await git.currentBranch() ?? "main", actor: ctx.env["GITHUB_ACTOR"] || null, cacheDir: join5(outDir, ".champions") });
        },
        git: async (dir) => ({ commit: await gitHeadCommit(dir), branch: await gitBranch(dir) }),
        now: () => (/* @__PURE__ */ new Date()).toISOString()
      }
    );
    if (args.values["json"] === true) ctx.stdout(`${JSON.stringify(result, null, 2)}
`);
    else ctx.stdout(renderRunSummary(result, ctx.cwd));
    return result.verdict === "fail" ? EXIT.failed : EXIT.ok;
  }
};

export {
  runCommand
};
