import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  registryKpis
} from "./chunk-T46PH4CD.js";
import {
  printJson,
  textTable
} from "./chunk-O4IL7M7M.js";
import {
  openRegistryGit
} from "./chunk-QQEFSOSX.js";
import {
  EXIT
} from "./chunk-7BSCY73Z.js";
import {
  optionalString
} from "./chunk-5LA4UDSI.js";
import {
  UsageError
} from "./chunk-WXR2B6ZC.js";

// src/cli/commands/registry-kpis.ts
var registryKpisCommand = {
  name: "registry kpis",
  summary: "deployment frequency, lead time, change-failure rate and time to restore, from git history",
  help: `Usage: mergeml registry kpis [--model NAME] [--stage production] [--as-of ISO] [--json]

Options:
  --model NAME   only this model
  --stage NAME   the stage that counts as a deployment (default production)
  --as-of ISO    end of the frequency window (default: the model's latest registry event)
  --json         JSON output (kind "mergeml.registry-kpis", schemaVersion 1)

Exit codes: 0 computed, 2 unknown model, bad --as-of, or not a git repository.`,
  options: { model: { type: "string" }, stage: { type: "string" }, "as-of": { type: "string" }, json: { type: "boolean" } },
  async run(args, ctx) {
    const asOf = optionalString(args, "as-of");
    if (asOf !== void 0 && Number.isNaN(Date.parse(asOf))) throw new UsageError(`mergeml registry kpis: --as-of ${JSON.stringify(asOf)} is not an ISO-8601 time.`);
    const model = optionalString(args, "model");
    const result = await registryKpis(await openRegistryGit(ctx.cwd, ctx.env), { stage: optionalString(args, "stage") ?? "production", ...model ? { model } : {}, ...asOf ? { asOf } : {} });
    if (args.values["json"] === true) printJson(ctx, result);
    else {
      const n = (v, d = 2) => v === null ? "n/a" : v.toFixed(d);
      ctx.stdout(textTable(["model", "deployments", "per week", "lead time h (median)", "change-failure rate", "time to restore h (median)"], result.models.map((m) => [m.model, String(m.deployments), n(m.deploymentsPerWeek), n(m.leadTimeHours.median), n(m.changeFailureRate), n(m.timeToRestoreHours.median)])));
    }
    return EXIT.ok;
  }
};

export {
  registryKpisCommand
};
