import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  showRegistry
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

// src/cli/commands/registry-show.ts
var registryShowCommand = {
  name: "registry show",
  summary: "show a model's versions and stages, or one version's record (metrics, lineage, files)",
  help: `Usage: mergeml registry show MODEL [--version vX.Y.Z] [--json]

Options:
  --version V   one version's full record: files with sha256, metrics, lineage, gates
  --json        JSON output (kind "mergeml.registry-show" or "mergeml.registry-show-version", schemaVersion 1)

Exit codes: 0 shown, 2 unknown model or version (with the ones that exist), or an unreadable record.`,
  options: { version: { type: "string" }, json: { type: "boolean" } },
  positionals: { min: 1, max: 1 },
  async run(args, ctx) {
    const model = args.positionals[0];
    const result = await showRegistry(await openRegistryGit(ctx.cwd, ctx.env), model, optionalString(args, "version"));
    if (args.values["json"] === true) printJson(ctx, result);
    else if (result.kind === "mergeml.registry-show") {
      ctx.stdout(textTable(["version", "created", "bump", "PR", "stages"], result.versions.map((v) => [v.version, v.createdAt ?? "-", v.bump ?? "-", v.pullRequest === null ? "-" : `#${v.pullRequest}`, v.stages.join(",") || "-"])));
    } else {
      ctx.stdout(`${result.model} ${result.version} (${result.tag}, commit ${result.commit.slice(0, 12)}), gates ${result.gatesPassed ? "passed" : "FAILED"}, stages: ${result.stages.join(", ") || "-"}

`);
      ctx.stdout(textTable(["file", "bytes", "storage", "sha256"], result.files.map((f) => [f.path, String(f.bytes), f.storage, f.sha256])));
      ctx.stdout(`
${textTable(["metric", "value"], Object.entries(result.metrics).map(([k, v]) => [k, v === null ? "n/a" : String(v)]))}`);
    }
    return EXIT.ok;
  }
};

export {
  registryShowCommand
};
