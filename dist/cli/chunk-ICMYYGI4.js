import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  listRegistry
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

// src/cli/commands/registry-list.ts
var registryListCommand = {
  name: "registry list",
  summary: "list registered models, their versions and what is at each stage (offline, from git tags)",
  help: `Usage: mergeml registry list [--model NAME] [--json]

Reads the GTO-compatible tags of this clone (no network). Tags that do not parse are listed as problems.
See docs/registry.md.

Options:
  --model NAME   only this model
  --json         JSON output (kind "mergeml.registry-list", schemaVersion 1)

Exit codes: 0 listed (tags that do not parse are warnings), 2 usage error or not a git repository.`,
  options: { model: { type: "string" }, json: { type: "boolean" } },
  async run(args, ctx) {
    const result = await listRegistry(await openRegistryGit(ctx.cwd, ctx.env), optionalString(args, "model"));
    if (args.values["json"] === true) printJson(ctx, result);
    else {
      ctx.stdout(textTable(["model", "latest", "versions", "stages"], result.models.map((m) => [m.model, m.latest ?? "-", String(m.versions.length), Object.entries(m.stages).map(([s, v]) => `${s}=${v}`).join(" ") || "-"])));
      for (const p of result.problems) ctx.stderr(`warning: tag ${p.tag}: ${p.message}
`);
    }
    return EXIT.ok;
  }
};

export {
  registryListCommand
};
