import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  diffRegistry
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

// src/cli/commands/registry-diff.ts
var registryDiffCommand = {
  name: "registry diff",
  summary: "what changed between two versions: metrics, data sha256, config, input schema, files",
  help: `Usage: mergeml registry diff MODEL FROM TO [--json]

Options:
  --json   JSON output (kind "mergeml.registry-diff", schemaVersion 1)

Exit codes: 0 shown, 2 unknown model or version, or an unreadable record.`,
  options: { json: { type: "boolean" } },
  positionals: { min: 3, max: 3 },
  async run(args, ctx) {
    const [model, from, to] = args.positionals;
    const d = await diffRegistry(await openRegistryGit(ctx.cwd, ctx.env), model, from, to);
    if (args.values["json"] === true) printJson(ctx, d);
    else {
      const n = (v) => v === null ? "n/a" : String(Number(v.toPrecision(6)));
      ctx.stdout(`${model} ${d.from} \u2192 ${d.to}

`);
      ctx.stdout(textTable(["metric", d.from, d.to, "change"], d.metrics.map((m) => [m.metric, n(m.from), n(m.to), m.change === null ? "n/a" : `${m.change >= 0 ? "+" : ""}${n(m.change)}`])));
      ctx.stdout(`
${textTable(["data", "changed"], d.data.map((x) => [x.role, x.changed ? "yes" : "no"]))}`);
      ctx.stdout(`
config changed: ${d.config.changed ? "yes" : "no"}; input schema changed: ${d.inputSchemaChanged ? "yes" : "no"}
`);
      ctx.stdout(`
${textTable(["file", "status"], d.files.map((f) => [f.path, f.status]))}`);
    }
    return EXIT.ok;
  }
};

export {
  registryDiffCommand
};
