import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  committedArtifactPath,
  readRegistryState,
  readVersionFiles,
  requireModel,
  requireVersion
} from "./chunk-QQEFSOSX.js";
import {
  CheckFailedError,
  InputError
} from "./chunk-WXR2B6ZC.js";

// src/pipeline/registry-pull.ts
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
var sha256 = (b) => createHash("sha256").update(b).digest("hex");
async function pullVersion(git, options) {
  const ms = requireModel(await readRegistryState(git), options.model);
  let version = options.version;
  if (version === void 0) {
    const at = options.stage === void 0 ? void 0 : ms.stages[options.stage]?.version ?? void 0;
    if (at === void 0) throw new InputError(`no version of ${options.model} to pull`, [{ file: "git tags", message: options.stage ? `nothing is at ${options.stage}` : "neither --version nor --stage given", expected: "--version vX.Y.Z or --stage with a current assignment" }]);
    version = at;
  }
  const v = requireVersion(ms, version);
  const { manifest } = await readVersionFiles(git, ms.model, v.version, v.commit);
  const existing = await readdir(options.outDir).catch(() => []);
  if (existing.length > 0) throw new InputError(`refusing to write into ${options.outDir}`, [{ file: options.outDir, message: "not empty", expected: "a new or empty directory" }]);
  const staging = `${options.outDir.replace(/\/+$/, "")}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    for (const f of manifest.files) {
      let bytes;
      if (f.storage === "commit") {
        const blob = await git.readFile(v.commit, committedArtifactPath(ms.model, v.version, f.path));
        if (blob === void 0) throw new CheckFailedError(`${v.tag}: ${committedArtifactPath(ms.model, v.version, f.path)} is missing from the tagged commit. Nothing was written.`);
        bytes = blob;
      } else {
        if (options.assetsDir === void 0) throw new InputError(`${f.path} of ${v.tag} is a release asset`, [{ file: f.path, message: "stored as release assets", expected: `--assets DIR with ${f.shards.map((s) => s.name).join(", ")} downloaded from the release ${v.tag}` }]);
        const parts = [];
        for (const s of f.shards) {
          const part = await readFile(join(options.assetsDir, s.name)).catch((error) => {
            throw new InputError(`release asset ${s.name} not found`, [{ file: join(options.assetsDir, s.name), message: "missing", expected: `the asset downloaded from the release ${v.tag}` }], { cause: error });
          });
          if (sha256(part) !== s.sha256) throw new CheckFailedError(`${join(options.assetsDir, s.name)}: sha256 ${sha256(part)} does not match the manifest's ${s.sha256}. Nothing was written.`);
          parts.push(part);
        }
        bytes = Buffer.concat(parts);
      }
      if (bytes.byteLength !== f.bytes || sha256(bytes) !== f.sha256) throw new CheckFailedError(`${f.path} of ${v.tag}: sha256 ${sha256(bytes)} does not match the manifest's ${f.sha256}. Nothing was written.`);
      await mkdir(dirname(join(staging, f.path)), { recursive: true });
      await writeFile(join(staging, f.path), bytes);
    }
    const files = manifest.files.map((f) => ({ path: f.path, bytes: f.bytes, sha256: f.sha256 }));
    await writeFile(join(staging, "manifest.json"), `${JSON.stringify({ schemaVersion: 1, kind: "mergeml-model", model: ms.model, files }, null, 2)}
`);
    await rm(options.outDir, { recursive: true, force: true });
    await mkdir(dirname(options.outDir), { recursive: true });
    await rename(staging, options.outDir);
    return { schemaVersion: 1, kind: "mergeml.registry-pull", model: ms.model, version: v.version, outDir: options.outDir, files };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

export {
  pullVersion
};
