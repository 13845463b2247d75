import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  evaluateGates
} from "./chunk-JV7U4JCV.js";
import {
  loadPolicyFile
} from "./chunk-D2ZYJ4YV.js";
import {
  escapeValue
} from "./chunk-XDDLN3TC.js";
import {
  loadProject,
  nodeConfigFiles
} from "./chunk-IBZLWYI3.js";
import {
  suggest
} from "./chunk-5LA4UDSI.js";
import {
  InputError,
  UsageError
} from "./chunk-WXR2B6ZC.js";

// src/core/gates/render-gates.ts
var MARK = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C" };
function renderGatesText(report) {
  const lines = report.results.map((r) => `${r.status.toUpperCase().padEnd(4)} ${r.metric} (${r.severity}): ${r.reasons.join("; ")}`);
  lines.push(report.passed ? `metric gates passed (${report.counts.pass} pass, ${report.counts.warn} warn)` : `metric gates FAILED (${report.counts.fail} fail, ${report.counts.warn} warn, ${report.counts.pass} pass)`);
  return `${lines.join("\n")}
`;
}
function renderGatesMarkdown(report) {
  const lines = report.results.map((r) => `- ${MARK[r.status]} \`${r.metric}\` (${r.severity}): ${r.reasons.map((x) => escapeValue(x)).join("; ")}`);
  return `${[report.passed ? "**Metric gates passed.**" : `**Metric gates failed: ${report.counts.fail}.**`, "", ...lines].join("\n")}
`;
}

// src/pipeline/gate.ts
import { readFile } from "node:fs/promises";
async function loadMetricGates(source, cwd) {
  if (source.kind === "policy") {
    const loaded = await loadPolicyFile(source.path, nodeConfigFiles(), cwd, []);
    return { gates: loaded.policy.metric_gates, policies: loaded.policy.names };
  }
  const project = await loadProject(source.path, nodeConfigFiles(), cwd);
  const names = project.models.map((m) => m.name);
  const model = source.model === void 0 ? names.length === 1 ? project.models[0] : void 0 : project.models.find((m) => m.name === source.model);
  if (model === void 0) {
    const hint = source.model ? suggest(source.model, names) : void 0;
    throw new UsageError(source.model === void 0 ? `${project.file} defines ${names.length} models (${names.join(", ")}): pass --model NAME` : `${project.file} has no model ${JSON.stringify(source.model)}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ""}`);
  }
  return { gates: model.policy.metric_gates, policies: model.policy.names };
}
async function readReport(path, file, kind) {
  let value;
  try {
    value = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new InputError(`${file}: cannot read ${kind} JSON`, [{ file, message: error instanceof Error ? error.message : String(error), expected: `the ${kind} JSON written by mergeml (schemaVersion 1)` }], { cause: error });
  }
  const v = value;
  if (v === null || typeof v !== "object" || v.kind !== kind || v.schemaVersion !== 1) {
    throw new InputError(`${file}: not a ${kind} report`, [{ file, message: `kind ${JSON.stringify(v?.kind)}, schemaVersion ${JSON.stringify(v?.schemaVersion)}`, expected: `"kind": "${kind}", "schemaVersion": 1` }]);
  }
  return v;
}
async function runGates(options, cwd) {
  if (!options.metrics && !options.comparison) throw new UsageError("mergeml gate: pass --metrics FILE and/or --comparison FILE");
  const { gates, policies } = await loadMetricGates(options.source, cwd);
  const metrics = options.metrics ? await readReport(options.metrics.path, options.metrics.file, "metrics") : null;
  const comparison = options.comparison ? await readReport(options.comparison.path, options.comparison.file, "comparison") : null;
  const values = metrics ? { ...metrics.overall.metrics } : Object.fromEntries(comparison.metrics.map((r) => [r.metric, r.challenger]));
  const report = evaluateGates(gates, { metrics: values, ...comparison ? { comparison: comparison.metrics } : {} });
  return { report, comparison, policies };
}

export {
  renderGatesText,
  renderGatesMarkdown,
  loadMetricGates,
  runGates
};
