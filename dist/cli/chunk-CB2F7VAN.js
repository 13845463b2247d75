import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  renderModelCard
} from "./chunk-SFLEXQ4B.js";
import {
  VERSION
} from "./chunk-7QMZ6MPZ.js";
import {
  loadFairnessProject
} from "./chunk-F4YKLFCW.js";
import {
  nodeConfigFiles
} from "./chunk-IBZLWYI3.js";
import {
  writeOutputAtomic
} from "./chunk-S36MNHKJ.js";
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

// src/cli/commands/model-card.ts
import { resolve as resolve2 } from "node:path";

// src/pipeline/model-card.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
async function readJson(path, cwd, what) {
  try {
    const value = JSON.parse(await readFile(resolve(cwd, path), "utf8"));
    if (value === null || typeof value !== "object" || Array.isArray(value)) throw new Error("not a JSON object");
    return value;
  } catch (error) {
    throw new InputError(`cannot read ${what} ${path}`, [{ file: path, message: error instanceof Error ? error.message : String(error), expected: `the --json output of \`mergeml ${what}\`` }], { cause: error });
  }
}
function metricsOf(report, file) {
  const overall = report["overall"];
  if (report["kind"] !== "metrics" || report["schemaVersion"] !== 1 || overall?.metrics === void 0) {
    throw new InputError(`${file} is not a metrics report`, [{ file, message: `kind ${JSON.stringify(report["kind"])}, schemaVersion ${JSON.stringify(report["schemaVersion"])}`, expected: 'the --json output of `mergeml metrics` (kind "metrics", schemaVersion 1)' }]);
  }
  return Object.entries(overall.metrics).map(([name, v]) => typeof v === "number" && Number.isFinite(v) ? { name, value: v } : { name, value: null, note: "undefined in the metrics report (see its warnings)" });
}
async function buildModelCard(request, files, cwd) {
  const model = await loadFairnessProject(request.config, request.model, files, cwd);
  let fairness = null;
  if (request.fairness !== void 0) {
    const json = await readJson(request.fairness, cwd, "fairness");
    if (json["kind"] !== "mergeml.fairness-run" || json["schemaVersion"] !== 1) {
      throw new InputError(`${request.fairness} is not a fairness report`, [{ file: request.fairness, message: `kind ${JSON.stringify(json["kind"])}`, expected: 'the --json output of `mergeml fairness` (kind "mergeml.fairness-run", schemaVersion 1)' }]);
    }
    fairness = json;
  }
  const data = [];
  for (const role of ["train", "test", "reference"]) {
    const entry = model.config.data[role];
    if (entry === void 0) continue;
    const rel = typeof entry === "string" ? entry : entry.path;
    const abs = resolve(model.dir, rel);
    const exists = await files.kind(abs) === "file";
    data.push({ role, path: rel, sha256: exists ? await files.sha256(abs) : null, rows: null });
  }
  const configPath = resolve(cwd, model.file);
  const input = {
    model: { name: model.name, version: request.version ?? null, description: model.config.description ?? null, task: model.config.task },
    intendedUse: request.intendedUse ?? null,
    outOfScopeUses: [],
    data,
    metrics: request.metrics === void 0 ? [] : metricsOf(await readJson(request.metrics, cwd, "metrics"), request.metrics),
    fairness: fairness?.fairness ?? null,
    compliance: fairness?.compliance.checks ?? [],
    limitations: request.limitations,
    lineage: {
      commit: request.commit ?? null,
      configPath: model.file,
      configSha256: await files.kind(configPath) === "file" ? await files.sha256(configPath) : null,
      backend: request.backend ?? model.config.train?.backend ?? null,
      seed: request.seed ?? model.config.train?.seed ?? null,
      mergemlVersion: request.mergemlVersion
    },
    gates: [],
    generatedAt: request.generatedAt
  };
  return renderModelCard(input);
}

// src/cli/commands/model-card.ts
var NAME = "model-card";
var modelCardCommand = {
  name: NAME,
  summary: "render the model card (markdown) from the project file and the run's reports",
  help: `Usage: mergeml model-card --config mergeml.yaml [--model NAME] [--fairness FILE] [--metrics FILE]
                          [--commit SHA] [--backend NAME] [--seed N] [--model-version V]
                          [--intended-use TEXT] [--limitation TEXT]... [--generated-at ISO] --out FILE

Renders the model card: intended use, training and evaluation data with sha256, metrics, fairness tables,
compliance checklist, limitations, lineage and gate decisions. See docs/model-card.md.

Options:
  --config FILE           project file (mergeml.yaml)
  --model NAME            model in the project file (required when it has several)
  --fairness FILE         JSON written by \`mergeml fairness --json\`
  --metrics FILE          JSON written by \`mergeml metrics --json\`
  --commit SHA            commit the model was built from (lineage)
  --backend NAME          training backend (default: the project's train.backend)
  --seed N                training seed (default: the project's train.seed)
  --model-version V       version label of the model (e.g. the registry version)
  --intended-use TEXT     intended use (default: the model's description)
  --limitation TEXT       a known limitation (repeatable)
  --generated-at ISO      generation time (default: now); pass it for reproducible cards
  --out FILE              where to write the card ('-' for stdout)

Exit codes: 0 written, 2 usage, input or config error, 70 internal error.`,
  options: {
    config: { type: "string" },
    model: { type: "string" },
    fairness: { type: "string" },
    metrics: { type: "string" },
    commit: { type: "string" },
    backend: { type: "string" },
    seed: { type: "string" },
    "model-version": { type: "string" },
    "intended-use": { type: "string" },
    limitation: { type: "string", multiple: true },
    "generated-at": { type: "string" },
    out: { type: "string" }
  },
  async run(args, ctx) {
    const out = requireString(args, "out", NAME);
    const seedText = optionalString(args, "seed");
    const seed = seedText === void 0 ? void 0 : Number(seedText);
    if (seed !== void 0 && !Number.isInteger(seed)) throw new UsageError(`mergeml ${NAME}: --seed ${JSON.stringify(seedText)} is not an integer.`);
    const generatedAt = optionalString(args, "generated-at") ?? (/* @__PURE__ */ new Date()).toISOString();
    if (Number.isNaN(Date.parse(generatedAt))) throw new UsageError(`mergeml ${NAME}: --generated-at ${JSON.stringify(generatedAt)} is not an ISO-8601 time (e.g. 2026-11-23T10:00:00Z).`);
    const commit = optionalString(args, "commit");
    if (commit !== void 0 && !/^[0-9a-f]{7,64}$/.test(commit)) throw new UsageError(`mergeml ${NAME}: --commit ${JSON.stringify(commit)} is not a git commit id (7 to 64 lowercase hex digits).`);
    const limitations = args.values["limitation"];
    const pick = (name) => optionalString(args, name);
    const card = await buildModelCard({
      config: requireString(args, "config", NAME),
      ...pick("model") !== void 0 ? { model: pick("model") } : {},
      ...pick("fairness") !== void 0 ? { fairness: pick("fairness") } : {},
      ...pick("metrics") !== void 0 ? { metrics: pick("metrics") } : {},
      ...commit !== void 0 ? { commit } : {},
      ...pick("backend") !== void 0 ? { backend: pick("backend") } : {},
      ...seed !== void 0 ? { seed } : {},
      ...pick("model-version") !== void 0 ? { version: pick("model-version") } : {},
      ...pick("intended-use") !== void 0 ? { intendedUse: pick("intended-use") } : {},
      limitations: Array.isArray(limitations) ? limitations : [],
      generatedAt,
      mergemlVersion: VERSION
    }, nodeConfigFiles(), ctx.cwd);
    if (out === "-") ctx.stdout(card);
    else writeOutputAtomic(resolve2(ctx.cwd, out), card);
    return EXIT.ok;
  }
};

export {
  modelCardCommand
};
