import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  MarkdownNotes,
  markdownTable,
  renderComplianceChecklist,
  renderFairnessMarkdown
} from "./chunk-OZANT2YJ.js";
import {
  escapeMarkdown
} from "./chunk-XDDLN3TC.js";
import {
  formatMetric
} from "./chunk-BM5OXL35.js";

// src/core/compliance/model-card.ts
var text = (s, fallback) => s === null || s.trim() === "" ? `_${fallback}_` : escapeMarkdown(s);
var STATUS = { pass: "\u2705 pass", fail: "\u274C fail", warn: "\u26A0\uFE0F warn", skip: "\u23ED\uFE0F skipped" };
function metricsSection(input) {
  if (input.metrics.length === 0) return ["_No evaluation metrics were recorded._"];
  const notes = new MarkdownNotes();
  const rows = input.metrics.map((m) => {
    const value = notes.cell({ value: m.value, ...m.note !== void 0 ? { note: m.note } : {} });
    const ci = m.low === void 0 || m.low === null || m.high === void 0 || m.high === null ? notes.na("no confidence interval was computed for this metric") : `[${formatMetric(m.low)}, ${formatMetric(m.high)}]${m.confidenceLevel ? ` (${Math.round(m.confidenceLevel * 100)}%)` : ""}`;
    return [`\`${m.name.replace(/`/g, "")}\``, value, ci];
  });
  return [...markdownTable(["metric", "value", "interval"], rows, [false, true, false]), ...notes.render()];
}
function renderModelCard(input) {
  const m = input.model;
  const lines = [
    `# Model card: ${escapeMarkdown(m.name)}${m.version ? ` ${escapeMarkdown(m.version)}` : ""}`,
    "",
    `Generated ${escapeMarkdown(input.generatedAt)} by MergeML${input.lineage.mergemlVersion ? ` ${input.lineage.mergemlVersion.replace(/[^0-9A-Za-z.+-]/g, "")}` : ""}.`,
    "",
    "## Intended use",
    "",
    text(input.intendedUse ?? m.description, "not stated in the project file"),
    ...m.task ? ["", `Task: ${escapeMarkdown(m.task)}.`] : [],
    ...input.outOfScopeUses.length > 0 ? ["", "Out of scope:", "", ...input.outOfScopeUses.map((u) => `- ${escapeMarkdown(u)}`)] : [],
    "",
    "## Training and evaluation data",
    "",
    ...input.data.length === 0 ? ["_No data files were recorded._"] : markdownTable(["role", "file", "rows", "sha256"], input.data.map((d) => [escapeMarkdown(d.role), escapeMarkdown(d.path), d.rows === null ? "n/a (not counted)" : String(d.rows), d.sha256 === null ? "n/a (not hashed)" : `\`${d.sha256.replace(/[^0-9a-f]/g, "")}\``]), [false, false, true, false]),
    "",
    "## Metrics",
    "",
    ...metricsSection(input),
    "",
    "## Fairness",
    "",
    input.fairness === null ? "_Fairness was not evaluated._" : renderFairnessMarkdown(input.fairness).trimEnd(),
    "",
    "## Compliance",
    "",
    input.compliance.length === 0 ? "_No compliance checks ran._" : renderComplianceChecklist(input.compliance).trimEnd(),
    "",
    "## Limitations",
    "",
    ...input.limitations.length === 0 ? ["_None recorded._"] : input.limitations.map((l) => `- ${escapeMarkdown(l)}`),
    "",
    "## Lineage",
    "",
    ...markdownTable(["item", "value"], [
      ["commit", input.lineage.commit === null ? "n/a (not in a git repository)" : `\`${input.lineage.commit.replace(/[^0-9a-f]/g, "")}\``],
      ["config", input.lineage.configPath === null ? "n/a (no project file)" : `${escapeMarkdown(input.lineage.configPath)}${input.lineage.configSha256 ? ` (sha256 \`${input.lineage.configSha256.replace(/[^0-9a-f]/g, "")}\`)` : ""}`],
      ["backend", input.lineage.backend === null ? "n/a (not trained by MergeML)" : escapeMarkdown(input.lineage.backend)],
      ["seed", input.lineage.seed === null ? "n/a (not recorded)" : String(input.lineage.seed)]
    ]),
    "",
    "## Gate decisions",
    ""
  ];
  const gateRows = [
    ...input.gates.map((g) => [STATUS[g.status], escapeMarkdown(g.kind), escapeMarkdown(g.name), escapeMarkdown(g.reason)]),
    ...(input.fairness?.gates ?? []).map((g) => [STATUS[g.status], "fairness", `\`${g.metric}\` over ${g.attributes.map((a) => escapeMarkdown(a)).join(" \xD7 ")}`, escapeMarkdown(g.reasons.join(" "))]),
    ...input.compliance.filter((c) => c.status !== "pass").map((c) => [c.status === "skip" ? STATUS.skip : c.severity === "error" ? STATUS.fail : STATUS.warn, "compliance", escapeMarkdown(c.check), escapeMarkdown(c.message)])
  ];
  lines.push(...gateRows.length === 0 ? ["_No gates were evaluated._"] : markdownTable(["result", "kind", "gate", "reason"], gateRows), "");
  return lines.join("\n");
}

export {
  renderModelCard
};
