import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  readRegistryState
} from "./chunk-QQEFSOSX.js";
import {
  parseConfigFile
} from "./chunk-7WDWFYJ3.js";
import {
  projectSchema,
  registrySchema
} from "./chunk-2KRDQDBV.js";
import {
  suggest
} from "./chunk-5LA4UDSI.js";
import {
  ConfigError,
  InputError,
  InternalError
} from "./chunk-WXR2B6ZC.js";

// src/pipeline/registry-policy.ts
import { readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { relative, resolve } from "node:path";
async function loadRegistryPolicy(cwd, config) {
  const path = resolve(cwd, config ?? "mergeml.yaml");
  let bytes;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if (config !== void 0) throw new ConfigError(`cannot read ${config}`, [{ file: config, message: "missing or unreadable", expected: "a MergeML project file" }], { cause: error });
    const d = registrySchema.parse({});
    return { stages: d.stages, binaries: d.binaries, maxCommitBytes: d.max_commit_bytes, config: null };
  }
  const file = relative(cwd, path) || path;
  const parsed = parseConfigFile(file, bytes, projectSchema);
  if (!parsed.ok) throw new ConfigError(`${file} is not a valid project file`, parsed.problems);
  const r = parsed.config.value.registry ?? registrySchema.parse({});
  return { stages: r.stages, binaries: r.binaries, maxCommitBytes: r.max_commit_bytes, config: { path: file, sha256: createHash("sha256").update(bytes).digest("hex") } };
}
function requireAllowedStage(policy, stage) {
  if (policy.stages.includes(stage)) return;
  const hint = suggest(stage, policy.stages) ?? policy.stages.find((s) => s.startsWith(stage));
  throw new InputError(`stage ${JSON.stringify(stage)} is not allowed by the registry policy${hint ? ` (did you mean ${hint}?)` : ""}. Nothing was written.`, [{ file: policy.config?.path ?? "mergeml.yaml (defaults)", path: "registry.stages", message: `does not list ${JSON.stringify(stage)}`, expected: `one of ${policy.stages.join(", ")}` }]);
}

// src/pipeline/registry-publish.ts
import { setTimeout as sleep } from "node:timers/promises";
async function publishChange(ports, options, planner) {
  const { git } = ports;
  const max = options.maxAttempts ?? 12;
  const remote = await git.remote();
  for (let attempt = 1; ; attempt++) {
    if (remote !== void 0) await git.fetch(remote, options.branch);
    const base = await git.branchTip(options.branch, remote);
    const state = await readRegistryState(git);
    const plan = await planner({ base, state });
    if (plan.kind === "done") return { result: plan.result, published: false, commit: base, attempts: attempt };
    ports.afterStep?.("planned");
    const { change } = plan;
    const files = [];
    for (const f of change.files) files.push({ path: f.path, blob: await git.writeBlob(f.data) });
    const commit = await git.commitFiles(base, files, change.commitMessage);
    ports.afterStep?.("committed");
    const tags = [];
    for (const t of change.tags) tags.push(await git.createTagObject(t.name, t.target ?? commit, t.message));
    ports.afterStep?.("tagged");
    const outcome = await git.publish(options.branch, base, commit, tags, remote);
    if (outcome === "ok") {
      ports.afterStep?.("pushed");
      return { result: change.result, published: true, commit, attempts: attempt };
    }
    if (attempt >= max) throw new InternalError(`gave up after ${attempt} attempts: ${options.branch} or the registry tags kept changing while publishing (${change.tags.map((t) => t.name).join(", ")})`);
    ports.log?.(`conflict publishing ${change.tags.map((t) => t.name).join(", ")}: another promotion won; re-planning (attempt ${attempt + 1}/${max})`);
    await sleep(20 * attempt + Math.floor(Math.random() * 60 * attempt));
  }
}

export {
  loadRegistryPolicy,
  requireAllowedStage,
  publishChange
};
