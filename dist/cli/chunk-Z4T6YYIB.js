import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  evaluate,
  parseRegistryRef,
  pullRegistryChampion
} from "./chunk-C5GZ4OJ4.js";
import {
  loadMetricGates,
  renderGatesText
} from "./chunk-FUGLSHSP.js";
import {
  renderComparisonText
} from "./chunk-JV7U4JCV.js";
import {
  openRegistryGit
} from "./chunk-QQEFSOSX.js";
import {
  inputPath,
  optionalNumber,
  predictionOptionHelp,
  predictionOptionSpec,
  predictionOptions,
  renderMetricsReport
} from "./chunk-5KT5E2YD.js";
import {
  loadProject,
  nodeConfigFiles
} from "./chunk-IBZLWYI3.js";
import {
  EXIT
} from "./chunk-7BSCY73Z.js";
import {
  optionalString,
  requireString
} from "./chunk-5LA4UDSI.js";
import {
  InputError,
  UsageError
} from "./chunk-WXR2B6ZC.js";

// src/cli/commands/evaluate.ts
import { statSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
function source(args, name, cwd) {
  const given = optionalString(args, name);
  if (given === void 0) return void 0;
  const path = inputPath(given, cwd);
  let directory;
  try {
    directory = statSync(path).isDirectory();
  } catch (error) {
    throw new InputError(`--${name} ${given}: no such file or model dir`, [], { cause: error });
  }
  return directory ? { kind: "model", dir: path, name: given } : { kind: "predictions", path, name: given };
}
var evaluateCommand = {
  name: "evaluate",
  summary: "evaluate a challenger and compare it with a champion on identical rows",
  help: `Usage: mergeml evaluate --challenger DIR|FILE [--champion DIR|FILE|registry:STAGE] --out DIR
                        [--config FILE [--model NAME] | --label COL [--policy FILE]] [--data FILE] [options]

Computes the challenger's metrics and, with a champion, compares both on identical rows: per metric both
values, \u0394, \u0394%, a paired percentile-bootstrap confidence interval of \u0394, DeLong's test for roc_auc and
McNemar's exact test for accuracy. A model dir (from mergeml train) is scored on --data with its saved
preprocessing; a file is read as predictions. Rows must match: same count, same --id values, same labels.
With a policy (--policy, or the model's policies from --config) the metric gates are applied too.
Writes metrics.json, champion-metrics.json, comparison.json, comparison.md, gates.json and, for model
dirs, <role>-predictions.csv into --out. See docs/evaluate.md.

Options:
  --challenger DIR|FILE   the proposed model: a model dir or a predictions file
  --champion DIR|FILE     the baseline (e.g. the production model): a model dir or a predictions file, or
                          registry:STAGE (e.g. registry:production): the version of --model currently at
                          that stage in the git registry of the project's repository (--config's directory,
                          else the working directory), pulled sha256-verified into OUT/.registry-champion/;
                          registry:MODEL@VERSION (e.g. registry:credit-risk@v1.2.0) names a version
  --data FILE             test data to score model dirs on (default with --config: the model's test split)
  --out DIR               output folder (created)
  -c, --config FILE       project file: label, positive class, test data and policies of --model
  --model NAME            the model in the project file (default: its only model)
  --policy FILE           a policy file whose metric_gates are applied
  --id COL                row id column that must match row by row between the two files
  --resamples N           paired bootstrap resamples (default 2000)
  --seed N                bootstrap seed (default 42); the same seed gives the same intervals
  --confidence C          interval level (default 0.95)
  --backend B             TF.js backend for model dirs (auto | tensorflow-gpu | tensorflow | wasm | cpu)
${predictionOptionHelp.replace("--score COL             column", "--score COL             (default score) column")}

Exit codes: 0 ok, 1 an error-severity metric gate failed (reports written), 2 usage/input/config error,
70 internal error.`,
  options: {
    challenger: { type: "string" },
    champion: { type: "string" },
    data: { type: "string" },
    out: { type: "string" },
    config: { type: "string", short: "c" },
    model: { type: "string" },
    policy: { type: "string" },
    id: { type: "string" },
    resamples: { type: "string" },
    seed: { type: "string" },
    confidence: { type: "string" },
    backend: { type: "string" },
    ...predictionOptionSpec
  },
  async run(args, ctx) {
    const config = optionalString(args, "config");
    const policy = optionalString(args, "policy");
    if (config !== void 0 && policy !== void 0) throw new UsageError("mergeml evaluate: pass --config or --policy, not both.");
    let defaults = {};
    let gates;
    let modelName = optionalString(args, "model");
    if (config !== void 0) {
      const project = await loadProject(resolve(ctx.cwd, config), nodeConfigFiles(), ctx.cwd);
      const wanted = optionalString(args, "model");
      const model = wanted === void 0 ? project.models.length === 1 ? project.models[0] : void 0 : project.models.find((m) => m.name === wanted);
      if (model === void 0) throw new UsageError(`mergeml evaluate: ${wanted === void 0 ? `pass --model (one of ${project.models.map((m) => m.name).join(", ")})` : `no model ${JSON.stringify(wanted)} in ${config}`}.`);
      const test = model.data.find((d) => d.role === "test");
      defaults = {
        label: model.config.target,
        ...model.config.positive_class !== void 0 ? { positive: String(model.config.positive_class) } : {},
        ...test ? { data: test.path } : {},
        task: model.config.task === "regression" ? "regression" : "binary"
      };
      gates = model.policy.metric_gates;
      modelName = model.name;
    } else if (policy !== void 0) {
      gates = (await loadMetricGates({ kind: "policy", path: resolve(ctx.cwd, policy), file: policy }, ctx.cwd)).gates;
    }
    const withDefaults = {
      positionals: args.positionals,
      values: { score: "score", ...defaults.label ? { label: defaults.label } : {}, ...defaults.positive ? { positive: defaults.positive } : {}, ...defaults.task ? { task: defaults.task } : {}, ...args.values }
    };
    const spec = predictionOptions(withDefaults, "evaluate");
    const challenger = source(args, "challenger", ctx.cwd);
    if (challenger === void 0) requireString(args, "challenger", "evaluate");
    const out = resolve(ctx.cwd, requireString(args, "out", "evaluate"));
    const championArg = optionalString(args, "champion");
    const ref = championArg === void 0 ? null : parseRegistryRef(championArg);
    let champion;
    if (ref !== null) {
      const model = "model" in ref ? ref.model : modelName;
      if (model === void 0) throw new UsageError(`mergeml evaluate: --champion ${championArg} needs the model: pass --config (and --model) or --model NAME.`);
      const git = await openRegistryGit(config !== void 0 ? dirname(resolve(ctx.cwd, config)) : ctx.cwd, ctx.env);
      champion = await pullRegistryChampion(git, ref, model, out);
    } else {
      champion = source(args, "champion", ctx.cwd);
    }
    const data = optionalString(args, "data");
    const backend = optionalString(args, "backend");
    const result = await evaluate({
      challenger,
      ...champion ? { champion } : {},
      ...data !== void 0 ? { data: inputPath(data, ctx.cwd) } : defaults.data ? { data: defaults.data } : {},
      spec: { ...spec, id: optionalString(args, "id") },
      outDir: out,
      resamples: optionalNumber(args, "resamples", "evaluate", (n) => Number.isInteger(n) && n >= 1 && n <= 1e6, "an integer from 1 to 1000000") ?? 2e3,
      seed: optionalNumber(args, "seed", "evaluate", (n) => Number.isInteger(n), "an integer") ?? 42,
      confidence: optionalNumber(args, "confidence", "evaluate", (n) => n > 0 && n < 1, "a number between 0 and 1") ?? 0.95,
      calibrationBins: spec.calibrationBins,
      curvePoints: spec.curvePoints,
      ...gates ? { gates } : {},
      ...backend ? { backend } : {}
    }, { env: ctx.env, cwd: ctx.cwd });
    ctx.stdout(result.comparison ? renderComparisonText(result.comparison, result.gates ?? void 0) : renderMetricsReport(result.metrics) + (result.gates ? renderGatesText(result.gates) : ""));
    ctx.stdout(`wrote ${result.written.map((w) => relative(ctx.cwd, w).startsWith("..") ? w : relative(ctx.cwd, w)).join(", ")}
`);
    return result.gates && !result.gates.passed ? EXIT.failed : EXIT.ok;
  }
};

export {
  evaluateCommand
};
