import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  validate
} from "./chunk-LMXXNHWF.js";
import {
  prewarmParallelPass,
  runParallelPass
} from "./chunk-YWIMBLPT.js";
import {
  loadPolicyFile
} from "./chunk-D2ZYJ4YV.js";
import {
  loadProject,
  nodeConfigFiles
} from "./chunk-IBZLWYI3.js";
import {
  readBatches
} from "./chunk-RBULLJ36.js";
import {
  EXIT
} from "./chunk-7BSCY73Z.js";
import {
  optionalString
} from "./chunk-5LA4UDSI.js";
import {
  InputError,
  UsageError
} from "./chunk-WXR2B6ZC.js";

// src/cli/commands/validate.ts
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
var NAME = "validate";
async function readInputFile(path, file) {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = error.code;
    const what = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory, not a file" : `cannot be read (${code ?? "error"})`;
    throw new InputError(`${file}: ${what}`, [], { cause: error });
  }
}
function writeOutputAtomic(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}
function list(args, name) {
  const v = args.values[name];
  return Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
}
function ref(ctx, file) {
  return { path: resolve(ctx.cwd, file), file };
}
async function options(args, ctx) {
  const opt = (name) => optionalString(args, name);
  const nulls = [...list(args, "null-value"), ...list(args, "null")];
  const read = {
    ...nulls.length > 0 ? { nullValues: nulls } : {},
    ...opt("delimiter") !== void 0 ? { delimiter: opt("delimiter") } : {},
    ...opt("format") !== void 0 ? { format: opt("format") } : {}
  };
  const config = opt("config");
  if (config !== void 0) {
    const modelName = opt("model");
    const split = opt("split") ?? "train";
    if (split !== "train" && split !== "test" && split !== "reference") throw new UsageError(`mergeml ${NAME}: --split must be train, test or reference, got ${JSON.stringify(split)}.`);
    const project = await loadProject(resolve(ctx.cwd, config), nodeConfigFiles(), ctx.cwd);
    const model = modelName === void 0 && project.models.length === 1 ? project.models[0] : project.models.find((m) => m.name === modelName);
    if (model === void 0) throw new UsageError(`mergeml ${NAME}: ${modelName === void 0 ? "--model is required (the project has several models)" : `no model ${JSON.stringify(modelName)} in ${config}`}: ${project.models.map((m) => m.name).join(", ")}.`);
    const data = model.data.find((d) => d.role === split);
    if (data === void 0) throw new UsageError(`mergeml ${NAME}: model ${model.name} has no ${split} data in ${config}.`);
    const referenceData = opt("reference") !== void 0 ? ref(ctx, opt("reference")) : split !== "reference" ? model.data.find((d) => d.role === "reference") : void 0;
    const dataConfig = model.config.data;
    const policy = model.policy;
    const contract = opt("contract") !== void 0 ? ref(ctx, opt("contract")) : model.contract !== void 0 ? { path: model.contract, file: relative(ctx.cwd, model.contract) || model.contract } : void 0;
    return {
      data: { path: data.path, file: data.file },
      read: { ...dataConfig.format ? { format: dataConfig.format } : {}, ...dataConfig.delimiter ? { delimiter: dataConfig.delimiter } : {}, ...dataConfig.null_values ? { nullValues: dataConfig.null_values } : {}, ...read },
      ...contract ? { contract } : {},
      checks: policy.data_checks,
      policies: policy.names,
      ...referenceData ? { reference: { path: referenceData.path, file: referenceData.file } } : {},
      label: model.config.target,
      features: model.config.features,
      protected: model.config.protected.map((p) => ({ column: p.column, basis: p.basis })),
      ...policy.proxies ? { proxies: policy.proxies } : {},
      ...policy.drift ? { drift: { stattest: policy.drift.stattest ?? "auto", driftShare: policy.drift.drift_share ?? 0.5, severity: policy.drift.severity ?? "warning", ...policy.drift.threshold !== void 0 ? { threshold: policy.drift.threshold } : {}, ...policy.drift.columns ? { columns: policy.drift.columns } : {} } } : {}
    };
  }
  const dataFile = opt("data");
  if (dataFile === void 0) throw new UsageError(`mergeml ${NAME}: --data is required (or --config with --model and --split). Run \`mergeml ${NAME} --help\`.`);
  let checks = [];
  let policies = [];
  let proxies;
  const protectedColumns = list(args, "protected").map((spec) => {
    const [column, basis] = spec.split(":");
    return { column: column ?? spec, ...basis !== void 0 ? { basis } : {} };
  });
  const policyFile = opt("policy");
  if (policyFile !== void 0) {
    const loaded = await loadPolicyFile(resolve(ctx.cwd, policyFile), nodeConfigFiles(), ctx.cwd, protectedColumns.map((p) => p.column));
    checks = loaded.policy.data_checks;
    policies = loaded.policy.names;
    proxies = loaded.policy.proxies;
  }
  const features = opt("features");
  return {
    data: ref(ctx, dataFile),
    read,
    ...opt("contract") !== void 0 ? { contract: ref(ctx, opt("contract")) } : {},
    checks,
    policies,
    ...opt("reference") !== void 0 ? { reference: ref(ctx, opt("reference")) } : {},
    ...opt("target") !== void 0 ? { label: opt("target") } : {},
    ...features !== void 0 ? { features: features.split(",").map((f) => f.trim()).filter((f) => f !== "") } : {},
    ...protectedColumns.length > 0 ? { protected: protectedColumns } : {},
    ...proxies ? { proxies } : {}
  };
}
var validateCommand = {
  name: NAME,
  summary: "check a data file against its data contract and policy data checks (DV01\u2013DV26, drift)",
  help: `Usage: mergeml validate --data FILE [--contract C] [--policy P] [--reference R] [--json OUT] [--markdown OUT]
       mergeml validate --config mergeml.yaml --model NAME --split train|test|reference [--json OUT] [--markdown OUT]

Checks one data file in one streaming pass: the data contract (see docs/data-contract.md), the policy's
data_checks (DV01\u2013DV26 of metrics.md \xA71) and, with a reference file, drift per column.

Options:
  --data FILE          CSV or JSON Lines file to validate
  --contract C         data contract YAML (written by \`mergeml schema infer\`)
  --policy P           policy YAML whose data_checks apply (extends are followed)
  --reference R        reference data (the data of the model in production): drift and reference defaults
  --config FILE        mergeml.yaml: take data, contract, policies and reference from --model and --split
  --model NAME         model in the project file (optional when it has one model)
  --split S            train (default), test or reference
  --target COL         the label column (DV27 conflicting labels, DV28 leakage)
  --features A,B,...   feature columns (default: all but the target and protected columns)
  --protected COL[:basis]  a protected attribute; repeat. Proxy strength of every feature is reported
  --null-value TEXT    cell text read as null; repeat for several (alias --null; default: the contract's
                       null_values, else only empty cells)
  --delimiter C        CSV delimiter (default ",")
  --format F           csv or jsonl (default from the extension)
  --json OUT           write the versioned JSON report (docs/validate.md); - for stdout
  --markdown OUT       write the markdown section for the PR comment; - for stdout
  --profile            also profile the file in the same pass and add \`profile\` to the JSON (docs/profile.md)

Exit codes: 0 every error-severity check passed, 1 one failed (reports written first), 2 bad input.
`,
  options: {
    data: { type: "string" },
    contract: { type: "string" },
    policy: { type: "string" },
    reference: { type: "string" },
    config: { type: "string" },
    model: { type: "string" },
    split: { type: "string" },
    "null-value": { type: "string", multiple: true },
    null: { type: "string", multiple: true },
    target: { type: "string" },
    features: { type: "string" },
    protected: { type: "string", multiple: true },
    delimiter: { type: "string" },
    format: { type: "string" },
    json: { type: "string" },
    markdown: { type: "string" },
    profile: { type: "boolean" }
  },
  async run(args, ctx) {
    const dataArg = args.values["data"];
    const format = args.values["format"];
    if (typeof dataArg === "string") prewarmParallelPass(resolve(ctx.cwd, dataArg), format === "csv" || format === "jsonl" ? { format } : {});
    const opts = await options(args, ctx);
    const display = new Map([opts.data, ...opts.reference ? [opts.reference] : []].map((f) => [f.path, f.file]));
    const readerPath = (path) => {
      const name = display.get(path);
      return name !== void 0 && resolve(process.cwd(), name) === path ? name : path;
    };
    const outcome = await validate(args.values["profile"] === true ? { ...opts, profile: true } : opts, {
      readBatches: (path, o) => readBatches(readerPath(path), o),
      // Validate's consumers never keep a batch after consume(), so buffers may be reused.
      parallelPass: (path, o, specs) => runParallelPass(readerPath(path), o, specs, { reuseBatches: true }),
      readFile: (path) => readInputFile(path, path === opts.contract?.path ? opts.contract.file : path)
    });
    const json = optionalString(args, "json");
    const markdown = optionalString(args, "markdown");
    const emit = (target, text) => {
      if (target === void 0) return;
      if (target === "-") ctx.stdout(text);
      else writeOutputAtomic(resolve(ctx.cwd, target), text);
    };
    emit(json, `${JSON.stringify(outcome.report, null, 2)}
`);
    emit(markdown, `${outcome.section.markdown}
`);
    if (json !== "-" && markdown !== "-") ctx.stdout(outcome.text);
    else ctx.stderr(outcome.text);
    return outcome.report.status === "pass" ? EXIT.ok : EXIT.failed;
  }
};

export {
  readInputFile,
  writeOutputAtomic,
  validateCommand
};
