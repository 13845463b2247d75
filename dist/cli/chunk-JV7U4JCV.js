import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  escapeValue
} from "./chunk-XDDLN3TC.js";
import {
  findMetric
} from "./chunk-KA7HP5GX.js";

// src/core/compare/render-comparison.ts
var num = (v) => {
  if (v === null) return "n/a";
  if (v === 0) return "0";
  const abs = Math.abs(v);
  return abs >= 1e6 || abs < 1e-4 ? v.toExponential(3) : String(Number(v.toPrecision(4)));
};
var signed = (v) => v === null ? "n/a" : v > 0 ? `+${num(v)}` : num(v);
var percent = (v) => v === null ? "n/a" : `${v > 0 ? "+" : ""}${(v * 100).toFixed(2)}%`;
var ci = (r) => r.ci.low === null || r.ci.high === null ? "n/a" : `[${signed(r.ci.low)}, ${signed(r.ci.high)}]`;
var pValue = (r) => r.p_value === null ? "n/a" : r.p_value < 1e-4 ? "<0.0001" : r.p_value.toFixed(4);
function verdictOf(metric, gates) {
  const statuses = gates?.results.filter((g) => g.metric === metric).map((g) => g.status) ?? [];
  if (statuses.length === 0) return null;
  return statuses.includes("fail") ? "fail" : statuses.includes("warn") ? "warn" : "pass";
}
var MARK = { pass: "\u2705 pass", warn: "\u26A0\uFE0F warn", fail: "\u274C fail" };
function arrow(r) {
  if (r.delta === null || r.delta === 0) return "";
  return r.delta > 0 === r.greater_is_better ? " \u25B2" : " \u25BC";
}
function tableRows(report, gates) {
  const level = `${Math.round(report.bootstrap.confidence * 100)}% CI`;
  const header = ["metric", "champion", "challenger", "\u0394", "\u0394%", level, "p", "gate"];
  const body = report.metrics.map((r) => {
    const v = verdictOf(r.metric, gates);
    return [r.metric, num(r.champion), num(r.challenger), `${signed(r.delta)}${arrow(r)}`, percent(r.relative_delta), ci(r), `${pValue(r)} (${r.test.test})`, v === null ? "\u2014" : MARK[v]];
  });
  return [header, ...body];
}
function renderComparisonMarkdown(report, gates) {
  const rows = tableRows(report, gates);
  const line = (cells) => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
  const champion = escapeValue(String(report.champion["name"] ?? report.champion["file"] ?? "champion"));
  const challenger = escapeValue(String(report.challenger["name"] ?? report.challenger["file"] ?? "challenger"));
  const out = [
    `**Challenger** ${challenger} vs **champion** ${champion} on ${report.rows} identical rows (paired bootstrap, ${report.bootstrap.resamples} resamples, seed ${report.bootstrap.seed}).`,
    "",
    line(rows[0]),
    `|${rows[0].map((_, i) => i === 0 || i === 7 ? " --- " : " ---: ").join("|")}|`,
    ...rows.slice(1).map(line)
  ];
  const notable = gates?.results.filter((g) => g.status !== "pass") ?? [];
  if (gates) {
    out.push("", gates.passed ? `Metric gates: ${gates.counts.pass} passed, ${gates.counts.warn} warned, none failed.` : `Metric gates: **${gates.counts.fail} failed**, ${gates.counts.warn} warned, ${gates.counts.pass} passed.`);
    for (const g of notable) out.push(`- ${MARK[g.status]} \`${g.metric}\` (${g.severity}): ${g.reasons.map((r) => escapeValue(r)).join("; ")}`);
  }
  return `${out.join("\n")}
`;
}
function renderComparisonText(report, gates) {
  const rows = tableRows(report, gates);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...r[c]].length)));
  const lines = rows.map((r) => r.map((cell, c) => c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])).join("  ").trimEnd());
  const name = (side, fallback) => String(side["name"] ?? side["file"] ?? fallback);
  const out = [`challenger ${name(report.challenger, "challenger")} vs champion ${name(report.champion, "champion")} on ${report.rows} identical rows`, ...lines];
  for (const g of gates?.results ?? []) out.push(`${g.status.toUpperCase().padEnd(4)} ${g.metric} (${g.severity}): ${g.reasons.join("; ")}`);
  return `${out.join("\n")}
`;
}

// src/core/gates/metric-gates.ts
var GATES_SCHEMA_VERSION = 1;
var fmt = (v) => Math.abs(v) >= 1e-4 || v === 0 ? String(Number(v.toPrecision(6))) : v.toExponential(3);
var signed2 = (v) => v >= 0 ? `+${fmt(v)}` : fmt(v);
function evaluateGate(gate, input) {
  const definition = findMetric(gate.metric);
  const name = definition?.name ?? gate.metric;
  const greater = gate.greater_is_better ?? definition?.greaterIsBetter ?? true;
  const row = input.comparison?.find((r) => r.metric === name);
  const value = input.metrics[name] ?? row?.challenger ?? null;
  const champion = row?.champion ?? null;
  const p = row?.p_value ?? null;
  const reasons = [];
  let failed = false;
  const base = { metric: name, severity: gate.severity, greater_is_better: greater, challenger: value, champion, delta: row?.delta ?? null, p_value: p, gate };
  if (value === null) {
    reasons.push(definition === void 0 ? `${gate.metric} is not a metric MergeML computes` : `${name} is undefined for the challenger (see the metrics warnings)`);
    return { ...base, status: gate.severity === "error" ? "fail" : "warn", reasons };
  }
  const better = greater ? "at least" : "at most";
  if (gate.threshold !== void 0) {
    const ok = greater ? value >= gate.threshold : value <= gate.threshold;
    reasons.push(`${name} ${fmt(value)} ${ok ? "meets" : "misses"} the threshold (${better} ${fmt(gate.threshold)})`);
    failed ||= !ok;
  }
  const absolute = gate.min_absolute_change ?? null;
  const relative = gate.min_relative_change ?? null;
  if (absolute !== null || relative !== null) {
    if (champion === null) {
      reasons.push("no champion value to compare with: change conditions not checked");
    } else {
      let candidate = value;
      if (gate.significance !== void 0) {
        const significant = p !== null && p < gate.significance;
        const test = row?.test.test ?? "test";
        if (!significant) {
          candidate = champion;
          reasons.push(`\u0394 ${signed2(value - champion)} is not significant at \u03B1 = ${gate.significance} (${test} p = ${p === null ? "n/a" : fmt(p)}): counted as no change`);
        } else {
          reasons.push(`\u0394 ${signed2(value - champion)} is significant at \u03B1 = ${gate.significance} (${test} p = ${fmt(p)})`);
        }
      }
      const change = candidate - champion;
      if (absolute !== null) {
        const ok = greater ? candidate >= champion + absolute : candidate <= champion - absolute;
        const wanted = greater ? `\u2265 ${signed2(absolute)}` : `\u2264 ${signed2(-absolute)}`;
        reasons.push(`change ${signed2(change)} ${ok ? "satisfies" : "violates"} min_absolute_change (\u0394 ${wanted})`);
        failed ||= !ok;
      }
      if (relative !== null) {
        let ok;
        if (champion === 0) {
          ok = greater ? candidate >= champion + 1e-10 : candidate <= champion - 1e-10;
          reasons.push(`champion is 0, so min_relative_change needs a strictly better challenger: ${ok ? "it is" : "it is not"}`);
        } else {
          const rel = (greater ? candidate - champion : champion - candidate) / champion;
          ok = rel >= relative;
          reasons.push(`relative improvement ${signed2(rel * 100)}% ${ok ? "satisfies" : "violates"} min_relative_change (\u2265 ${signed2(relative * 100)}%)`);
        }
        failed ||= !ok;
      }
    }
  }
  if (reasons.length === 0) reasons.push("no condition set: nothing to check");
  return { ...base, status: !failed ? "pass" : gate.severity === "error" ? "fail" : "warn", reasons };
}
function evaluateGates(gates, input) {
  const results = gates.map((g) => evaluateGate(g, input));
  const counts = { pass: 0, warn: 0, fail: 0 };
  for (const r of results) counts[r.status]++;
  return { schemaVersion: GATES_SCHEMA_VERSION, kind: "gates", passed: counts.fail === 0, counts, results };
}

export {
  renderComparisonMarkdown,
  renderComparisonText,
  evaluateGates
};
