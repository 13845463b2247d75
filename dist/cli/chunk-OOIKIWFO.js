import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  countPolicyGates,
  flatten,
  loadProject,
  nodeConfigFiles
} from "./chunk-IBZLWYI3.js";
import {
  EXIT
} from "./chunk-7BSCY73Z.js";
import {
  optionalString
} from "./chunk-5LA4UDSI.js";
import {
  ConfigError
} from "./chunk-WXR2B6ZC.js";

// src/pipeline/config-check.ts
function summarizeProject(project) {
  const all = /* @__PURE__ */ new Map();
  for (const m of project.models) for (const p of flatten(m.policies)) if (!all.has(p.path)) all.set(p.path, p);
  return {
    schemaVersion: 1,
    project: project.file,
    valid: true,
    models: project.models.map((m) => ({
      name: m.name,
      task: m.config.task,
      target: m.config.target,
      positive_class: m.config.positive_class ?? null,
      features: [...m.config.features],
      protected: m.config.protected.map((p) => ({ column: p.column, basis: p.basis })),
      data: m.data.map((d) => ({ role: d.role, file: d.file, sha256: d.sha256 ?? null })),
      contract: m.contractFile ?? null,
      policies: [...m.policy.names]
    })),
    policies: [...all.values()].map((p) => ({
      ref: p.ref,
      name: p.config.name,
      file: p.file,
      builtin: p.builtin,
      extends: p.extends.map((e) => e.ref),
      ...countPolicyGates(p.config)
    }))
  };
}
function invalidConfigReport(project, problems) {
  return {
    schemaVersion: 1,
    project,
    valid: false,
    problems: problems.map((p) => ({ file: p.file ?? null, line: p.line ?? null, column: p.column ?? null, path: p.path ?? null, message: p.message, expected: p.expected ?? null }))
  };
}
async function checkConfig(configPath, files, cwd) {
  return summarizeProject(await loadProject(configPath, files, cwd));
}
function renderConfigSummary(s) {
  const lines = [`${s.project}: valid \u2014 ${s.models.length} model${s.models.length === 1 ? "" : "s"}, ${s.policies.length} polic${s.policies.length === 1 ? "y" : "ies"}`, ""];
  for (const m of s.models) {
    lines.push(`model ${m.name} (${m.task})`);
    lines.push(`  target     ${m.target}${m.positive_class !== null ? ` (positive class: ${String(m.positive_class)})` : ""}`);
    lines.push(`  features   ${m.features.length}: ${m.features.join(", ")}`);
    lines.push(`  protected  ${m.protected.length === 0 ? "none" : m.protected.map((p) => `${p.column} (${p.basis})`).join(", ")}`);
    for (const d of m.data) lines.push(`  ${d.role.padEnd(10)} ${d.file}${d.sha256 ? " (sha256 pinned, verified)" : ""}`);
    if (m.contract) lines.push(`  contract   ${m.contract}`);
    lines.push(`  policies   ${m.policies.length === 0 ? "none" : m.policies.join(" \u2192 ")}`);
    lines.push("");
  }
  if (s.policies.length > 0) lines.push("policies");
  for (const p of s.policies) {
    const parts = [`${p.data_checks} data check${p.data_checks === 1 ? "" : "s"}`, `${p.metric_gates} metric gate${p.metric_gates === 1 ? "" : "s"}`, `${p.fairness_gates} fairness gate${p.fairness_gates === 1 ? "" : "s"}`];
    lines.push(`  ${p.name.padEnd(16)} ${p.builtin ? p.ref : p.file}: ${parts.join(", ")}${p.sections.length > 0 ? `; ${p.sections.join(", ")}` : ""}`);
  }
  return `${lines.join("\n").trimEnd()}
`;
}

// src/cli/commands/config-check.ts
var configCheckCommand = {
  name: "config check",
  summary: "validate mergeml.yaml and every policy it references",
  help: `Usage: mergeml config check [--config FILE] [--json]

Validates the project file and every policy file it references (builtin packs included): YAML syntax,
schema, paths relative to the project file, sha256 pins, and cross-file rules. Every problem of every file
is reported at once as file:line:col.

Options:
  -c, --config FILE  project file, or a folder holding mergeml.yaml (default: mergeml.yaml)
      --json         print the summary as versioned JSON (schemaVersion 1, see docs/config.md)

Exit codes: 0 valid, 2 invalid (problems on stderr), 70 internal error.`,
  options: { config: { type: "string", short: "c" }, json: { type: "boolean" } },
  async run(args, ctx) {
    const json = args.values["json"] === true;
    const config = optionalString(args, "config") ?? "mergeml.yaml";
    try {
      const summary = await checkConfig(config, nodeConfigFiles(), ctx.cwd);
      ctx.stdout(json ? `${JSON.stringify(summary, null, 2)}
` : renderConfigSummary(summary));
      return EXIT.ok;
    } catch (error) {
      if (json && error instanceof ConfigError) ctx.stdout(`${JSON.stringify(invalidConfigReport(config, error.problems), null, 2)}
`);
      throw error;
    }
  }
};

export {
  configCheckCommand
};
