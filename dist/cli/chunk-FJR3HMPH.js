import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  gitHeadCommit,
  train
} from "./chunk-BHMR3RXF.js";
import {
  loadProject,
  nodeConfigFiles
} from "./chunk-IBZLWYI3.js";
import {
  EXIT
} from "./chunk-7BSCY73Z.js";
import {
  optionalString,
  requireString,
  suggest
} from "./chunk-5LA4UDSI.js";
import {
  UsageError
} from "./chunk-WXR2B6ZC.js";

// src/cli/commands/train.ts
import { resolve } from "node:path";
var trainCommand = {
  name: "train",
  summary: "train a model into a verifiable artifact (TF.js, or your own trainer)",
  help: `Usage: mergeml train --model NAME --out DIR [--config FILE] [--resume] [--backend B] [--seed N] [--json]

Fits the preprocessing on the training split, trains the model configured under models.NAME.train and
writes the artifact into DIR: model.json + weights.bin (TF.js layers model), preprocess.json,
history.json, training-card.json, predictions.csv (test split) and manifest.json (sha256 of every file).
With train.command, runs your own trainer instead (see docs/byo-trainer.md).

Options:
  -c, --config FILE  project file, or a folder holding mergeml.yaml (default: mergeml.yaml)
  -m, --model NAME   model to train (optional when the project has one model)
  -o, --out DIR      output directory (created; checkpoints are written here while training)
      --resume       continue from DIR's checkpoint (after a killed run); same config and data required
      --backend B    auto | tensorflow-gpu | tensorflow | wasm | cpu (overrides MERGEML_BACKEND and train.backend)
      --seed N       overrides train.seed
      --json         print the result as versioned JSON (schemaVersion 1, see docs/train.md)

Environment: MERGEML_BACKEND (backend when --backend is absent), MERGEML_TFJS_NODE_PATH (folder whose
node_modules holds @tensorflow/tfjs-node or -node-gpu), GITHUB_ACTIONS=true (collapsed log groups).

Exit codes: 0 trained, 2 usage/config/data error (no complete artifact left), 70 internal error.`,
  options: {
    config: { type: "string", short: "c" },
    model: { type: "string", short: "m" },
    out: { type: "string", short: "o" },
    resume: { type: "boolean" },
    backend: { type: "string" },
    seed: { type: "string" },
    json: { type: "boolean" }
  },
  async run(args, ctx) {
    const out = resolve(ctx.cwd, requireString(args, "out", "train"));
    const seedText = optionalString(args, "seed");
    if (seedText !== void 0 && !/^\d+$/.test(seedText)) throw new UsageError(`mergeml train: --seed must be a non-negative integer, got '${seedText}'`);
    const project = await loadProject(optionalString(args, "config") ?? "mergeml.yaml", nodeConfigFiles(), ctx.cwd);
    const name = optionalString(args, "model");
    const names = project.models.map((m) => m.name);
    if (name === void 0 && names.length !== 1) throw new UsageError(`mergeml train: --model is required (models: ${names.join(", ")})`);
    const model = project.models.find((m) => m.name === (name ?? names[0]));
    if (!model) {
      const hint = suggest(name ?? "", names);
      throw new UsageError(`mergeml train: no model '${name}' in ${project.file}${hint ? ` (did you mean '${hint}'?)` : ""}; models: ${names.join(", ")}`);
    }
    const backend = optionalString(args, "backend");
    const result = await train(
      { model, projectDir: project.dir, outDir: out, resume: args.values["resume"] === true, ...backend ? { backend } : {}, ...seedText ? { seed: Number(seedText) } : {} },
      {
        env: ctx.env,
        cwd: ctx.cwd,
        progress: { write: ctx.stderr, interactive: ctx.interactive, githubActions: ctx.env["GITHUB_ACTIONS"] === "true", now: () => performance.now() },
        gitCommit: () => gitHeadCommit(project.dir)
      }
    );
    if (args.values["json"] === true) ctx.stdout(`${JSON.stringify(result, null, 2)}
`);
    else {
      const metrics = Object.entries(result.metrics).map(([k, v]) => `${k} ${v.toFixed(4)}`).join(", ");
      ctx.stdout(`trained ${result.model} \u2192 ${result.outDir}${result.backend ? ` on ${result.backend.name}` : ""}${metrics ? `; test: ${metrics}` : ""} (${result.durations.totalSeconds.toFixed(1)}s)
`);
    }
    return EXIT.ok;
  }
};

export {
  trainCommand
};
