import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  renderGatesMarkdown,
  renderGatesText,
  runGates
} from "./chunk-FUGLSHSP.js";
import {
  renderComparisonMarkdown
} from "./chunk-JV7U4JCV.js";
import {
  writeOutputAtomic
} from "./chunk-S36MNHKJ.js";
import {
  EXIT
} from "./chunk-7BSCY73Z.js";
import {
  optionalString
} from "./chunk-5LA4UDSI.js";
import {
  UsageError
} from "./chunk-WXR2B6ZC.js";

// src/cli/commands/gate.ts
import { resolve } from "node:path";
var gateCommand = {
  name: "gate",
  summary: "apply the metric gates of a policy to metrics and a champion comparison",
  help: `Usage: mergeml gate (--policy FILE | --config FILE [--model NAME]) [--metrics FILE] [--comparison FILE]
                    [--json OUT] [--markdown OUT]

Applies metric gates in the style of MLflow's MetricThreshold: threshold, min_absolute_change,
min_relative_change, greater_is_better, severity, and MergeML's significance (a change whose p-value is
not below \u03B1 counts as no change). Each gate passes, fails (severity error) or warns (severity warning),
with the reason in words. See docs/gate.md.

Options:
  --policy FILE       a policy file with metric_gates (extends and builtin packs resolved)
  -c, --config FILE   a project file: the gates of every policy of --model (builtin packs included)
  --model NAME        the model in the project file (default: its only model)
  --metrics FILE      metrics.json of the challenger (from mergeml metrics / evaluate)
  --comparison FILE   comparison.json (from mergeml evaluate) for the change conditions
  --json OUT          write the gate report (schemaVersion 1) to OUT ('-' for stdout)
  --markdown OUT      write the PR-comment markdown to OUT

Exit codes: 0 all error gates passed, 1 an error-severity gate failed (reports still written),
2 usage, input or config error, 70 internal error.`,
  options: {
    policy: { type: "string" },
    config: { type: "string", short: "c" },
    model: { type: "string" },
    metrics: { type: "string" },
    comparison: { type: "string" },
    json: { type: "string" },
    markdown: { type: "string" }
  },
  async run(args, ctx) {
    const policy = optionalString(args, "policy");
    const config = optionalString(args, "config");
    if (policy === void 0 === (config === void 0)) throw new UsageError("mergeml gate: pass exactly one of --policy FILE or --config FILE. Run `mergeml gate --help`.");
    const source = policy !== void 0 ? { kind: "policy", path: resolve(ctx.cwd, policy), file: policy } : { kind: "project", path: resolve(ctx.cwd, config), model: optionalString(args, "model") };
    const file = (name) => {
      const v = optionalString(args, name);
      return v === void 0 ? void 0 : { path: resolve(ctx.cwd, v), file: v };
    };
    const metrics = file("metrics");
    const comparison = file("comparison");
    const { report, comparison: cmp } = await runGates({ source, ...metrics ? { metrics } : {}, ...comparison ? { comparison } : {} }, ctx.cwd);
    const json = optionalString(args, "json");
    const markdown = optionalString(args, "markdown");
    if (json !== void 0 && json !== "-") writeOutputAtomic(resolve(ctx.cwd, json), `${JSON.stringify(report, null, 2)}
`);
    if (markdown !== void 0) writeOutputAtomic(resolve(ctx.cwd, markdown), cmp ? renderComparisonMarkdown(cmp, report) : renderGatesMarkdown(report));
    ctx.stdout(json === "-" ? `${JSON.stringify(report, null, 2)}
` : renderGatesText(report));
    return report.passed ? EXIT.ok : EXIT.failed;
  }
};

export {
  gateCommand
};
