import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  printJson
} from "./chunk-O4IL7M7M.js";
import {
  pullVersion
} from "./chunk-XCR4V5GT.js";
import {
  openRegistryGit
} from "./chunk-QQEFSOSX.js";
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

// src/cli/commands/registry-pull.ts
import { resolve } from "node:path";
var registryPullCommand = {
  name: "registry pull",
  summary: "write a registered version's model artifact to a folder, every file sha256-verified first",
  help: `Usage: mergeml registry pull MODEL (--version vX.Y.Z | --stage NAME) --out DIR [--assets DIR] [--json]

Writes the model files of the version (or of the version currently at the stage) with a manifest.json, the
layout of \`mergeml train\` output, so \`mergeml predict\` and \`mergeml evaluate\` can use it. Every file is
checked against its sha256 in the version's registry manifest before the folder is put in place.

Options:
  --version V    the version to pull
  --stage NAME   the version currently at this stage
  --out DIR      new or empty folder to write
  --assets DIR   downloaded release assets (for versions stored as release assets)
  --json         JSON output (kind "mergeml.registry-pull", schemaVersion 1)

Exit codes: 0 written, 1 a file does not match its sha256 (nothing written), 2 usage or input error.`,
  options: { version: { type: "string" }, stage: { type: "string" }, out: { type: "string" }, assets: { type: "string" }, json: { type: "boolean" } },
  positionals: { min: 1, max: 1 },
  async run(args, ctx) {
    const version = optionalString(args, "version");
    const stage = optionalString(args, "stage");
    if (version === void 0 === (stage === void 0)) throw new UsageError("mergeml registry pull: give exactly one of --version and --stage.");
    const assets = optionalString(args, "assets");
    const result = await pullVersion(await openRegistryGit(ctx.cwd, ctx.env), {
      model: args.positionals[0],
      outDir: resolve(ctx.cwd, requireString(args, "out", this.name)),
      ...version ? { version } : {},
      ...stage ? { stage } : {},
      ...assets ? { assetsDir: resolve(ctx.cwd, assets) } : {}
    });
    if (args.values["json"] === true) printJson(ctx, result);
    else ctx.stdout(`${result.model} ${result.version}: ${result.files.length} files verified and written to ${result.outDir}
`);
    return EXIT.ok;
  }
};

export {
  registryPullCommand
};
