import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  escapeMarkdown,
  truncateText
} from "./chunk-XDDLN3TC.js";
import {
  GROUP_METRICS,
  findDisparityMetric,
  formatMetric,
  maxOf,
  minOf
} from "./chunk-BM5OXL35.js";

// src/core/fairness/markdown-notes.ts
var MarkdownNotes = class {
  notes = [];
  /** The note number of a text (the same text shares one number). */
  ref(text) {
    const i = this.notes.indexOf(text);
    if (i >= 0) return i + 1;
    this.notes.push(text);
    return this.notes.length;
  }
  /** `n/a (short reason; note k)`: the reason's first clause in the cell, the whole of it in note k. */
  na(reason) {
    const short = truncateText(reason.split(/, |; | \(/)[0] ?? reason, 60);
    return `n/a (${escapeMarkdown(short)}; note ${this.ref(reason)})`;
  }
  /** A cell for a metric value: the number, `n/a (reason; note k)` when undefined, `x (note k)` when conventional. */
  cell(v, bold = false) {
    if (v === void 0) return this.na("not computed");
    if (v.value === null) return this.na(v.note ?? "undefined");
    const number = bold ? `**${formatMetric(v.value)}** \u25BC` : formatMetric(v.value);
    return v.note === void 0 ? number : `${number} (note ${this.ref(v.note)})`;
  }
  /** The rendered list, or nothing when no note was referenced. */
  render() {
    if (this.notes.length === 0) return [];
    return ["", "Notes:", "", ...this.notes.map((n, i) => `${i + 1}. ${escapeMarkdown(n)}`)];
  }
};
function markdownTable(header, rows, numeric = []) {
  const sep = header.map((_, i) => numeric[i] ? "---:" : "---");
  const line = (cells) => `| ${cells.map((c) => c === "" ? "\u2014" : c).join(" | ")} |`;
  return [line(header), `|${sep.join("|")}|`, ...rows.map(line)];
}

// src/core/fairness/fairness-markdown.ts
var MAX_TABLE_ROWS = 100;
var VERDICT = { pass: "\u2705 pass", fail: "\u274C fail", warn: "\u26A0\uFE0F warn" };
function code(text) {
  return `\`${text}\``;
}
function worstIndex(values, direction) {
  if (direction === "neutral") return -1;
  const defined = values.filter((v) => v !== null);
  if (defined.length < 2 || minOf(defined) === maxOf(defined)) return -1;
  const target = direction === "higher_is_better" ? minOf(defined) : maxOf(defined);
  return values.indexOf(target);
}
function groupTable(table, report) {
  const notes = new MarkdownNotes();
  const columns = GROUP_METRICS.filter((m) => m.name !== "count");
  const header = ["group", "count", ...columns.slice(0, 1).map((m) => m.label), "impact ratio", ...columns.slice(1).map((m) => m.label)];
  const worst = new Map(columns.map((m) => [m.name, worstIndex(table.groups.map((g) => g.metrics[m.name]?.value ?? null), m.direction)]));
  const worstImpact = worstIndex(table.groups.map((g) => g.impactRatio.value), "higher_is_better");
  const cell = (g, i, name) => notes.cell(g.metrics[name], worst.get(name) === i);
  const shownGroups = table.groups.slice(0, MAX_TABLE_ROWS);
  const rows = shownGroups.map((g, i) => [
    escapeMarkdown(g.name),
    g.small ? `${g.count} \u26A0 (note ${notes.ref(`fewer than ${report.minGroupSize} rows: insufficient data for reliable rates; gates leave such groups out and warn`)})` : String(g.count),
    cell(g, i, "selection_rate"),
    notes.cell(g.impactRatio, worstImpact === i),
    ...columns.slice(1).map((m) => cell(g, i, m.name))
  ]);
  const overall = (name) => table.overall[name];
  rows.push(["**overall**", String(overall("count")?.value ?? 0), notes.cell(overall("selection_rate")), "1", ...columns.slice(1).map((m) => notes.cell(overall(m.name)))]);
  const title = table.attributes.map((a) => escapeMarkdown(a)).join(" \xD7 ");
  const lines = [`#### By ${title}`, "", ...markdownTable(header, rows, header.map((_, i) => i > 0))];
  if (table.groups.length > shownGroups.length) lines.push("", `${table.groups.length - shownGroups.length} more group(s) are in the JSON report (\`--json\`); bucket the attribute to get fewer, larger groups.`);
  if (table.unobservedIntersections > 0) lines.push("", `${table.unobservedIntersections} intersection(s) with no rows are skipped, as in Fairlearn's MetricFrame.`);
  const disparityRows = table.disparities.map((d) => [
    code(d.metric) + (d.method === null ? "" : ` (${d.method})`),
    findDisparityMetric(d.metric)?.source ?? "",
    notes.cell({ value: d.value, ...d.note !== null ? { note: d.note } : {} })
  ]);
  lines.push("", "<details><summary>Disparities</summary>", "", ...markdownTable(["disparity", "source", "value"], disparityRows, [false, false, true]), "", "</details>");
  lines.push(...notes.render());
  return lines;
}
function gateRow(g, notes) {
  const ci = g.interval === null ? "not computed" : g.interval.low === null || g.interval.high === null ? notes.na(`bootstrap interval undefined: the disparity was undefined in ${g.interval.nUndefined} of ${g.interval.nResamples} resamples`) : `[${formatMetric(g.interval.low)}, ${formatMetric(g.interval.high)}]`;
  const champion = g.champion === null ? "\u2014" : g.champion.value === null ? notes.na("champion value undefined") : `${formatMetric(g.champion.value)} (max worsening ${formatMetric(g.champion.maxWorsening)})`;
  return [
    VERDICT[g.status],
    code(g.metric) + (findDisparityMetric(g.metric)?.usesMethod ? ` (${g.method})` : ""),
    g.attributes.map((a) => escapeMarkdown(a)).join(" \xD7 "),
    g.value === null ? notes.na(g.valueNote ?? "undefined") : formatMetric(g.value),
    ci,
    formatMetric(g.threshold),
    champion,
    escapeMarkdown(g.reasons.join(" "))
  ];
}
function renderFairnessGates(report) {
  if (report.gates.length === 0) return ["#### Disparity gates", "", "No fairness gates are configured in the policy."];
  const notes = new MarkdownNotes();
  const level = report.gates.find((g) => g.interval !== null)?.interval?.confidenceLevel;
  const header = ["verdict", "gate", "attributes", "value", level === void 0 ? "CI" : `${Math.round(level * 100)}% CI`, "threshold", "champion", "reason"];
  return ["#### Disparity gates", "", ...markdownTable(header, report.gates.map((g) => gateRow(g, notes))), ...notes.render()];
}
function renderFairnessMarkdown(report) {
  const summary = report.status === "fail" ? "\u274C a fairness gate failed" : report.status === "warn" ? "\u26A0\uFE0F fairness gates warn" : "\u2705 fairness gates pass";
  const buckets = Object.entries(report.buckets).map(([c, cuts]) => `${escapeMarkdown(c)} at ${cuts.map(formatMetric).join(", ")}`);
  const lines = [
    `### Fairness: ${summary}`,
    "",
    `${report.rows} rows; selection = predicted ${escapeMarkdown(report.positiveLabel)}. Worst value per column in **bold** \u25BC; groups under ${report.minGroupSize} rows marked \u26A0.` + (buckets.length > 0 ? ` Numeric attributes bucketed into [low, high) intervals: ${buckets.join("; ")}.` : "") + " Null attribute values form the group `(missing)`.",
    ""
  ];
  for (const table of report.tables) lines.push(...groupTable(table, report), "");
  lines.push(...renderFairnessGates(report), "");
  return lines.join("\n");
}

// src/core/compliance/compliance-markdown.ts
function mark(c) {
  if (c.status === "pass") return "- [x] \u2705";
  if (c.status === "skip") return "- [ ] \u23ED\uFE0F not run:";
  return c.severity === "error" ? "- [ ] \u274C" : "- [ ] \u26A0\uFE0F";
}
function renderComplianceChecklist(checks) {
  const order = (c) => c.status === "fail" ? c.severity === "error" ? 0 : 1 : c.status === "skip" ? 2 : 3;
  const sorted = [...checks].sort((a, b) => order(a) - order(b));
  const failed = checks.some((c) => c.status === "fail" && c.severity === "error");
  return [
    `#### Compliance checklist (Regulation B): ${failed ? "\u274C failed" : "\u2705 passed"}`,
    "",
    ...sorted.map((c) => `${mark(c)} ${escapeMarkdown(c.message)} (${c.id} ${c.check})`),
    ""
  ].join("\n");
}
function complianceFailed(checks) {
  return checks.some((c) => c.status === "fail" && c.severity === "error");
}

export {
  MarkdownNotes,
  markdownTable,
  renderFairnessMarkdown,
  renderComplianceChecklist,
  complianceFailed
};
