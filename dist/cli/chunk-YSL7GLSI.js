import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  printJson
} from "./chunk-O4IL7M7M.js";
import {
  REGISTRY_DIR,
  auditTrailPath,
  committedArtifactPath,
  openRegistryGit,
  parseAuditTrail,
  readRegistryState,
  readVersionFiles
} from "./chunk-QQEFSOSX.js";
import {
  EXIT
} from "./chunk-7BSCY73Z.js";
import {
  optionalString
} from "./chunk-5LA4UDSI.js";

// src/cli/commands/registry-verify.ts
import { resolve } from "node:path";

// src/pipeline/registry-verify.ts
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
var sha256 = (b) => createHash("sha256").update(b).digest("hex");
async function verifyRegistry(git, options) {
  const rev = await git.resolveCommit(options.revision) ?? options.revision;
  const state = await readRegistryState(git);
  const problems = state.problems.map((p) => ({ model: null, version: null, file: `refs/tags/${p.tag}`, message: p.message }));
  const skipped = [];
  let checked = 0;
  const all = await git.listFiles(rev, REGISTRY_DIR);
  const folders = new Set(all.flatMap((p) => {
    const m = /^registry\/([^/]+)\/(v[^/]+)\/manifest\.json$/.exec(p);
    return m ? [`${m[1]}/${m[2]}`] : [];
  }));
  const models = state.models.filter((m) => options.model === void 0 || m.model === options.model);
  for (const m of models) {
    for (const v of m.versions) {
      folders.delete(`${m.model}/${v.version}`);
      if (!await git.isAncestor(v.commit, rev)) {
        skipped.push({ file: `refs/tags/${v.tag}`, reason: `registered after ${rev.slice(0, 12)} (not in its history): check a later revision` });
        continue;
      }
      let files;
      try {
        files = await readVersionFiles(git, m.model, v.version, v.commit);
      } catch (error) {
        problems.push({ model: m.model, version: v.version, file: `refs/tags/${v.tag}`, message: `tag without its registry files: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}` });
        continue;
      }
      if (!all.includes(`${REGISTRY_DIR}/${m.model}/${v.version}/manifest.json`)) problems.push({ model: m.model, version: v.version, file: `${REGISTRY_DIR}/${m.model}/${v.version}/`, message: `missing at ${rev.slice(0, 12)} although tag ${v.tag} registers it` });
      for (const f of files.manifest.files) {
        if (f.storage === "commit") {
          const path = committedArtifactPath(m.model, v.version, f.path);
          const bytes = await git.readFile(rev, path);
          checked++;
          if (bytes === void 0) problems.push({ model: m.model, version: v.version, file: path, message: "listed in the manifest but missing" });
          else if (bytes.byteLength !== f.bytes || sha256(bytes) !== f.sha256) problems.push({ model: m.model, version: v.version, file: path, message: `sha256 ${sha256(bytes)} does not match the manifest's ${f.sha256}` });
          continue;
        }
        for (const shard of f.shards) {
          if (options.assetsDir === void 0) {
            skipped.push({ file: shard.name, reason: `release asset of ${v.tag}; pass --assets DIR with the downloaded assets to check it` });
            continue;
          }
          const path = join(options.assetsDir, shard.name);
          checked++;
          const bytes = await readFile(path).catch(() => void 0);
          if (bytes === void 0) problems.push({ model: m.model, version: v.version, file: path, message: "release asset missing from --assets" });
          else if (bytes.byteLength !== shard.bytes || sha256(bytes) !== shard.sha256) problems.push({ model: m.model, version: v.version, file: path, message: `sha256 ${sha256(bytes)} does not match the manifest's ${shard.sha256}` });
        }
      }
    }
    const trail = await git.readFile(rev, auditTrailPath(m.model));
    if (trail !== void 0) {
      try {
        parseAuditTrail(JSON.parse(new TextDecoder().decode(trail)), auditTrailPath(m.model));
      } catch (error) {
        problems.push({ model: m.model, version: null, file: auditTrailPath(m.model), message: error instanceof Error ? error.message.replace(/\n\s*/g, "; ") : String(error) });
      }
    }
  }
  for (const f of [...folders].sort()) {
    const [model = "", version = ""] = f.split("/");
    if (options.model !== void 0 && model !== options.model) continue;
    problems.push({ model, version, file: `${REGISTRY_DIR}/${f}/`, message: `registry folder without its tag ${model}@${version}` });
  }
  return { schemaVersion: 1, kind: "mergeml.registry-verify", ok: problems.length === 0, revision: rev, checkedFiles: checked, skipped, problems };
}

// src/cli/commands/registry-verify.ts
var registryVerifyCommand = {
  name: "registry verify",
  summary: "check every artifact against its sha256 in the manifest, and tags against registry folders",
  help: `Usage: mergeml registry verify [--model NAME] [--rev REV] [--assets DIR] [--json]

Checks, at REV (default HEAD): every committed artifact's sha256 against its version's manifest; release
assets in DIR when given; registry folders without their version tag; version tags without their folder;
tags that do not parse; the audit trail's hash chain. Works offline.

Options:
  --model NAME   only this model
  --rev REV      revision to check (default HEAD)
  --assets DIR   folder with downloaded release assets to check too
  --json         JSON output (kind "mergeml.registry-verify", schemaVersion 1)

Exit codes: 0 all verified, 1 a problem was found (each named), 2 usage or input error.`,
  options: { model: { type: "string" }, rev: { type: "string" }, assets: { type: "string" }, json: { type: "boolean" } },
  async run(args, ctx) {
    const assets = optionalString(args, "assets");
    const model = optionalString(args, "model");
    const report = await verifyRegistry(await openRegistryGit(ctx.cwd, ctx.env), { revision: optionalString(args, "rev") ?? "HEAD", ...model ? { model } : {}, ...assets ? { assetsDir: resolve(ctx.cwd, assets) } : {} });
    if (args.values["json"] === true) printJson(ctx, report);
    else {
      for (const p of report.problems) ctx.stdout(`\u274C ${p.file}: ${p.message}
`);
      ctx.stdout(`${report.ok ? "\u2705" : "\u274C"} ${report.checkedFiles} files checked, ${report.problems.length} problems, ${report.skipped.length} not checked (see --json: release assets need --assets DIR)
`);
    }
    return report.ok ? EXIT.ok : EXIT.failed;
  }
};

export {
  registryVerifyCommand
};
