import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  resolveFairnessOptions,
  runFairness
} from "./chunk-WYOVQZZL.js";
import {
  nodeConfigFiles
} from "./chunk-IBZLWYI3.js";
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
  requireString
} from "./chunk-5LA4UDSI.js";
import {
  UsageError
} from "./chunk-WXR2B6ZC.js";

// src/cli/commands/fairness.ts
import { resolve } from "node:path";
var NAME = "fairness";
function list(args, name) {
  const v = args.values[name];
  return Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
}
function number(args, name, ok, expected) {
  const text = optionalString(args, name);
  if (text === void 0) return void 0;
  const n = Number(text);
  if (text.trim() === "" || !Number.isFinite(n) || !ok(n)) throw new UsageError(`mergeml ${NAME}: --${name} ${JSON.stringify(text)} is not valid (expected ${expected}). Run \`mergeml ${NAME} --help\`.`);
  return n;
}
function buckets(args) {
  const out = {};
  for (const spec of list(args, "bucket")) {
    const m = /^(.+)=(.+)$/.exec(spec);
    const cuts = m?.[2]?.split(",").map((x) => Number(x.trim())) ?? [];
    if (m === null || cuts.length === 0 || cuts.some((c) => !Number.isFinite(c)) || cuts.some((c, i) => i > 0 && c <= cuts[i - 1])) {
      throw new UsageError(`mergeml ${NAME}: --bucket ${JSON.stringify(spec)} is not valid (expected COL=c1,c2,\u2026 with strictly increasing numbers, e.g. Age=25,35,45,55,65).`);
    }
    out[m[1]] = cuts;
  }
  return out;
}
function request(args) {
  const opt = (name) => optionalString(args, name);
  const features = opt("features");
  const nulls = list(args, "null-value");
  const entries = [
    ["baseline", opt("baseline")],
    ["label", opt("label")],
    ["score", opt("score")],
    ["pred", opt("pred")],
    ["threshold", number(args, "threshold", () => true, "a number")],
    ["positive", opt("positive")],
    ["scoreClass", opt("score-class")],
    ["minGroupSize", number(args, "min-group-size", (n) => Number.isInteger(n) && n >= 1, "a positive integer")],
    ["seed", number(args, "seed", Number.isInteger, "an integer")],
    ["resamples", number(args, "resamples", (n) => n === 0 || Number.isInteger(n) && n >= 50 && n <= 1e5, "0 (no intervals) or an integer from 50 to 100000")],
    ["features", features === void 0 ? void 0 : features.split(",").map((f) => f.trim()).filter((f) => f !== "")],
    ["proxies", opt("proxies")],
    ["nullValues", nulls.length > 0 ? nulls : void 0],
    ["config", opt("config")],
    ["model", opt("model")],
    ["policy", opt("policy")]
  ];
  return {
    predictions: requireString(args, "predictions", NAME),
    protected: list(args, "protected"),
    buckets: buckets(args),
    ...Object.fromEntries(entries.filter(([, v]) => v !== void 0))
  };
}
function write(target, text, ctx) {
  if (target === void 0) return;
  if (target === "-") ctx.stdout(text);
  else writeOutputAtomic(resolve(ctx.cwd, target), text);
}
function summary(result) {
  const icon = { pass: "\u2705", fail: "\u274C", warn: "\u26A0\uFE0F" };
  const { fairness, compliance } = result.json;
  const lines = [`fairness: ${result.json.status} (${fairness.rows} rows; ${fairness.gates.length} gate(s); compliance ${compliance.status})`];
  for (const table of fairness.tables) {
    const shown = table.groups.slice(0, 40).map((g) => `${g.name} ${g.count}${g.small ? " (small)" : ""}`);
    const more = table.groups.length > shown.length ? `, \u2026 ${table.groups.length - shown.length} more` : "";
    lines.push(`  groups by ${table.attributes.join(" \xD7 ")}: ${shown.join(", ")}${more}`);
  }
  for (const g of fairness.gates) lines.push(`  ${icon[g.status]} ${g.metric} over ${g.attributes.join(" \xD7 ")}: ${g.reasons.join(" ")}`);
  for (const c of compliance.checks) if (c.status === "fail") lines.push(`  ${c.severity === "error" ? icon.fail : icon.warn} ${c.id} ${c.check}: ${c.message}`);
  return `${lines.join("\n")}
`;
}
var fairnessCommand = {
  name: NAME,
  summary: "group fairness metrics, bias gates and Regulation B compliance checks on a predictions file",
  help: `Usage: mergeml fairness --predictions FILE --label COL (--score COL | --pred COL) --protected COL...
                        [--config mergeml.yaml [--model NAME]] [--policy FILE] [--baseline FILE]
                        [--json OUT] [--markdown OUT]

Computes Fairlearn MetricFrame-style metrics per protected group and intersection (count, selection rate,
TPR, FPR, FNR, precision, accuracy), Fairlearn and AIF360 disparities, evaluates the policy's fairness
gates (with a seeded bootstrap interval and the champion comparison) and the Regulation B compliance
checks. See docs/fairness.md and docs/compliance.md.

Options:
  --predictions FILE      predictions file (.csv, or .jsonl / .ndjson) with label, prediction, protected columns
  --label COL             true label column (default: the model's target with --config)
  --score COL             probability that the label is --score-class; predicted when score >= --threshold
  --pred COL              predicted label column (instead of --score)
  --threshold T           decision threshold for --score (default 0.5)
  --positive LABEL        label value counted as selected (default: policy fairness.favorable_label, the
                          model's positive_class, else 1)
  --score-class LABEL     the class --score is the probability of (default: positive_class, else --positive)
  --protected COL         protected attribute (repeatable); must be in the file. With --config the model's
                          protected attributes are added; missing ones fail the compliance check instead
  --bucket COL=c1,c2,...  bucket a numeric attribute into [c_i, c_{i+1}) (repeatable; overrides the policy)
  --min-group-size N      groups smaller than N are flagged and left out of gates (default: policy, else 30)
  --config FILE           project file: target, positive class, features, protected attributes, policies
  --model NAME            model in the project file (required when it has several)
  --policy FILE           policy file (its fairness gates and compliance settings; may extend builtin packs)
  --baseline FILE         the champion's predictions, for the gates' max_worsening
  --features A,B,...      model features for the compliance check (default: the model's with --config)
  --proxies FILE          proxy findings (JSON check results from validation) to carry into the report
  --null-value TEXT       cell text that means missing (repeatable; default: the project's null_values, else empty)
  --seed N                bootstrap seed (default: policy fairness.bootstrap.seed, else 0)
  --resamples N           bootstrap resamples (default 1000; 0 = no intervals)
  --json OUT              write the versioned JSON report (schemaVersion 1) to OUT ('-' for stdout)
  --markdown OUT          write the PR-comment sections (fairness tables, gates, compliance checklist)

Exit codes: 0 all gates pass (warnings allowed), 1 a fairness gate or compliance check failed (reports are
written first), 2 usage, input or config error (e.g. a threshold outside its valid range), 70 internal error.`,
  options: {
    predictions: { type: "string" },
    baseline: { type: "string" },
    label: { type: "string" },
    score: { type: "string" },
    pred: { type: "string" },
    threshold: { type: "string" },
    positive: { type: "string" },
    "score-class": { type: "string" },
    protected: { type: "string", multiple: true },
    bucket: { type: "string", multiple: true },
    "min-group-size": { type: "string" },
    config: { type: "string" },
    model: { type: "string" },
    policy: { type: "string" },
    features: { type: "string" },
    proxies: { type: "string" },
    "null-value": { type: "string", multiple: true },
    seed: { type: "string" },
    resamples: { type: "string" },
    json: { type: "string" },
    markdown: { type: "string" }
  },
  async run(args, ctx) {
    const options = await resolveFairnessOptions(request(args), nodeConfigFiles(), ctx.cwd);
    const result = await runFairness(options, { readBatches });
    write(optionalString(args, "json"), `${JSON.stringify(result.json, null, 2)}
`, ctx);
    write(optionalString(args, "markdown"), result.markdown, ctx);
    const json = optionalString(args, "json");
    const markdown = optionalString(args, "markdown");
    (json === "-" || markdown === "-" ? ctx.stderr : ctx.stdout)(summary(result));
    return result.blocking ? EXIT.failed : EXIT.ok;
  }
};

export {
  fairnessCommand
};
