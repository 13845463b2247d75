import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  registryHistory
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

// src/cli/commands/registry-history.ts
var registryHistoryCommand = {
  name: "registry history",
  summary: "how models got where they are: every registration, stage assignment and rollback, in order",
  help: `Usage: mergeml registry history [MODEL] [--json]

Options:
  --json   JSON output (kind "mergeml.registry-history", schemaVersion 1)

Exit codes: 0 shown, 2 unknown model or not a git repository.`,
  options: { json: { type: "boolean" } },
  positionals: { min: 0, max: 1 },
  async run(args, ctx) {
    const result = await registryHistory(await openRegistryGit(ctx.cwd, ctx.env), args.positionals[0]);
    if (args.values["json"] === true) printJson(ctx, result);
    else ctx.stdout(textTable(["time", "event", "model", "version", "stage", "by", "approver"], result.events.map((e) => [e.at ?? "-", e.event, e.model, e.version ?? "-", e.stage ?? "-", e.author ?? "-", e.approver ?? "-"])));
    return EXIT.ok;
  }
};

export {
  registryHistoryCommand
};
