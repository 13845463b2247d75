import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  external_exports
} from "./chunk-4AU2CRBH.js";
import {
  suggest
} from "./chunk-5LA4UDSI.js";
import {
  InputError,
  InternalError
} from "./chunk-WXR2B6ZC.js";

// src/adapters/git/registry-git.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/adapters/git/git-cli.ts
import { execFile } from "node:child_process";
var GitCommandError = class extends Error {
  exitCode;
  stderr;
  stdout;
  constructor(args, exitCode, stdout, stderr, options) {
    super(`git ${args.join(" ")} failed (exit ${exitCode ?? "signal"}): ${stderr.trim() || stdout.trim()}`, options);
    this.name = "GitCommandError";
    this.exitCode = exitCode;
    this.stderr = stderr;
    this.stdout = stdout;
  }
};
function runGit(cwd, args, baseEnv, options = {}) {
  return new Promise((resolve, reject) => {
    const env = {};
    for (const [k, v] of Object.entries({ ...baseEnv, ...options.env })) if (v !== void 0) env[k] = v;
    env["GIT_TERMINAL_PROMPT"] = "0";
    const child = execFile("git", [...args], { cwd, env, encoding: "buffer", maxBuffer: 1024 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        const code = typeof error.code === "number" ? error.code : null;
        reject(new GitCommandError(args, code, stdout.toString("utf8"), stderr.toString("utf8"), { cause: error }));
      } else resolve(stdout);
    });
    if (options.input !== void 0) child.stdin?.end(options.input);
    else child.stdin?.end();
  });
}

// src/adapters/git/registry-git.ts
var FIELDS = ["%(refname:strip=2)", "%(objecttype)", "%(objectname)", "%(*objectname)", "%(taggername)", "%(taggeremail)", "%(taggerdate:iso-strict)", "%(contents)"];
async function openRegistryGit(cwd, env) {
  let root;
  try {
    root = (await runGit(cwd, ["rev-parse", "--show-toplevel"], env)).toString("utf8").trim();
  } catch (error) {
    throw new InputError(`${cwd} is not inside a git repository`, [{ file: cwd, message: "git rev-parse failed", expected: "a clone of the repository that holds the registry" }], { cause: error });
  }
  return gitRegistry(root, env);
}
function gitRegistry(root, env) {
  const git = async (args, options) => (await runGit(root, args, env, options)).toString("utf8");
  const tryGit = async (args) => {
    try {
      return await git(args);
    } catch (error) {
      if (error instanceof GitCommandError) return void 0;
      throw error;
    }
  };
  return {
    async listTags() {
      const out = await git(["for-each-ref", "refs/tags", `--format=${FIELDS.join("%00")}%00`]);
      const parts = out.split("\0");
      const tags = [];
      for (let i = 0; i + FIELDS.length <= parts.length; i += FIELDS.length) {
        const [name = "", type, object = "", peeled = "", taggerName = "", taggerEmail = "", date = "", contents = ""] = parts.slice(i, i + FIELDS.length);
        const annotated = type === "tag";
        tags.push({
          name: name.replace(/^\n/, ""),
          commit: annotated ? peeled : object,
          annotated,
          // An annotated tag without a tagger line (old tools) has no date: no audit record, but still a tag.
          tagger: annotated && !Number.isNaN(Date.parse(date)) ? { name: taggerName, email: taggerEmail.replace(/^<|>$/g, ""), date: new Date(date).toISOString() } : null,
          message: annotated ? contents : ""
        });
      }
      return tags;
    },
    async resolveCommit(rev) {
      return (await tryGit(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]))?.trim() || void 0;
    },
    async readFile(commit, path) {
      try {
        return await runGit(root, ["cat-file", "blob", `${commit}:${path}`], env);
      } catch (error) {
        if (error instanceof GitCommandError) return void 0;
        throw error;
      }
    },
    async listFiles(commit, dir) {
      const out = await tryGit(["ls-tree", "-r", "-z", "--name-only", commit, "--", `${dir}/`]);
      return out === void 0 ? [] : out.split("\0").filter((p) => p.length > 0);
    },
    async writeBlob(data) {
      return "bytes" in data ? (await git(["hash-object", "-w", "--stdin"], { input: data.bytes })).trim() : (await git(["hash-object", "-w", "--", data.file])).trim();
    },
    async commitFiles(parent, files, message) {
      const dir = await mkdtemp(join(tmpdir(), "mergeml-index-"));
      const indexEnv = { GIT_INDEX_FILE: join(dir, "index") };
      try {
        if (parent !== void 0) await git(["read-tree", parent], { env: indexEnv });
        const bad = files.find((f) => /[\u0000-\u001f\u007f\\]/.test(f.path) || f.path.startsWith("/") || f.path.split("/").some((seg) => seg === "" || seg === "." || seg === ".." || seg === ".git"));
        if (bad) throw new InputError("refusing to commit an unsafe path", [{ file: bad.path, message: 'absolute, with "." / ".." / ".git" segments, or control characters', expected: "a relative path inside the registry folder" }]);
        const lines = files.map((f) => `100644 ${f.blob}	${f.path}
`).join("");
        await git(["update-index", "--add", "--index-info"], { env: indexEnv, input: lines });
        const tree = (await git(["write-tree"], { env: indexEnv })).trim();
        return (await git(["commit-tree", tree, ...parent ? ["-p", parent] : [], "-F", "-"], { input: message })).trim();
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    async createTagObject(name, commit, message) {
      const ident = (await git(["var", "GIT_COMMITTER_IDENT"])).trim();
      const body = `object ${commit}
type commit
tag ${name}
tagger ${ident}

${message.endsWith("\n") ? message : `${message}
`}`;
      return { name, object: (await git(["mktag"], { input: body })).trim() };
    },
    async remote() {
      const remotes = (await git(["remote"])).split("\n").map((r) => r.trim()).filter(Boolean);
      return remotes.includes("origin") ? "origin" : remotes[0];
    },
    async fetch(remote, branch) {
      await git(["fetch", "--quiet", "--no-tags", remote, `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`, "+refs/tags/*:refs/tags/*"]);
    },
    async branchTip(branch, remote) {
      return this.resolveCommit(remote === void 0 ? `refs/heads/${branch}` : `refs/remotes/${remote}/${branch}`);
    },
    async publish(branch, expected, commit, tags, remote) {
      if (remote === void 0) {
        const lines = ["start", `update refs/heads/${branch} ${commit} ${expected ?? "0".repeat(40)}`, ...tags.map((t) => `create refs/tags/${t.name} ${t.object}`), "prepare", "commit", ""];
        try {
          await git(["update-ref", "--stdin"], { input: lines.join("\n") });
        } catch (error) {
          if (error instanceof GitCommandError && /cannot lock ref|reference already exists|is at .* but expected|unable to resolve/i.test(error.stderr)) return "conflict";
          throw error;
        }
        if (await this.currentBranch() === branch && expected !== void 0) await tryGit(["read-tree", "-m", "-u", expected, commit]);
        return "ok";
      }
      try {
        await git(["push", "--atomic", "--porcelain", "--quiet", remote, `${commit}:refs/heads/${branch}`, ...tags.map((t) => `${t.object}:refs/tags/${t.name}`)]);
      } catch (error) {
        if (error instanceof GitCommandError && /\[rejected\]|\(fetch first\)|non-fast-forward|already exists|atomic push failed|\[remote rejected\]/i.test(error.stdout + error.stderr)) return "conflict";
        throw new InternalError(`git push to ${remote} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      const local = ["start", `update refs/remotes/${remote}/${branch} ${commit}`, ...tags.map((t) => `update refs/tags/${t.name} ${t.object}`), "prepare", "commit", ""];
      await git(["update-ref", "--stdin"], { input: local.join("\n") });
      const head = await this.currentBranch();
      const localTip = await this.resolveCommit(`refs/heads/${branch}`);
      if (head === branch) await tryGit(["merge", "--ff-only", "--quiet", commit]);
      else if (localTip !== void 0 && await this.isAncestor(localTip, commit)) await tryGit(["update-ref", `refs/heads/${branch}`, commit, localTip]);
      return "ok";
    },
    async isAncestor(ancestor, descendant) {
      return await tryGit(["merge-base", "--is-ancestor", ancestor, descendant]) !== void 0;
    },
    async currentBranch() {
      return (await tryGit(["symbolic-ref", "--quiet", "--short", "HEAD"]))?.trim() || void 0;
    }
  };
}

// src/core/registry/registry-records.ts
import { createHash } from "node:crypto";
var REGISTRY_DIR = "registry";
var MAX_ASSET_BYTES = 2 * 1024 * 1024 * 1024 - 1;
var sha256Hex = external_exports.string().regex(/^[0-9a-f]{64}$/, "a sha256 hex digest");
var sha = external_exports.string().regex(/^[0-9a-f]{7,64}$/, "a git commit id");
var registryFileSchema = external_exports.strictObject({
  path: external_exports.string().min(1).refine((p) => !/[\u0000-\u001f\u007f\\]/.test(p) && !p.startsWith("/") && p.split("/").every((seg) => seg !== "" && seg !== "." && seg !== ".." && seg !== ".git"), 'a relative path without "." / ".." / ".git" segments, backslashes or control characters'),
  bytes: external_exports.number().int().min(0),
  sha256: sha256Hex,
  /** `commit`: under artifacts/ in git; `release`: assets of the version's GitHub release. */
  storage: external_exports.enum(["commit", "release"]),
  /** Release asset names holding the file in order (one when it fits in an asset). */
  shards: external_exports.array(external_exports.strictObject({ name: external_exports.string().min(1), bytes: external_exports.number().int().min(0), sha256: sha256Hex }))
});
var registryManifestSchema = external_exports.strictObject({
  schemaVersion: external_exports.literal(1),
  kind: external_exports.literal("mergeml.registry-manifest"),
  model: external_exports.string().min(1),
  version: external_exports.string().min(1),
  files: external_exports.array(registryFileSchema)
});
var inputSchemaSchema = external_exports.strictObject({
  target: external_exports.strictObject({ name: external_exports.string(), task: external_exports.string().nullable() }).nullable(),
  features: external_exports.array(external_exports.strictObject({ name: external_exports.string(), kind: external_exports.string().nullable() }))
});
var lineageSchema = external_exports.strictObject({
  schemaVersion: external_exports.literal(1),
  kind: external_exports.literal("mergeml.registry-lineage"),
  model: external_exports.string().min(1),
  version: external_exports.string().min(1),
  sourceCommit: sha.nullable(),
  pullRequest: external_exports.strictObject({ number: external_exports.number().int().positive(), openedAt: external_exports.string().nullable(), headSha: sha.nullable() }).nullable(),
  data: external_exports.array(external_exports.strictObject({ role: external_exports.string(), file: external_exports.string().nullable(), sha256: sha256Hex.nullable(), rows: external_exports.number().int().nullable() })),
  config: external_exports.strictObject({ path: external_exports.string().nullable(), sha256: sha256Hex.nullable(), train: external_exports.unknown() }),
  backend: external_exports.strictObject({ name: external_exports.string().nullable(), device: external_exports.string().nullable() }),
  trainer: external_exports.string().nullable(),
  inputSchema: inputSchemaSchema.nullable(),
  inputSchemaSha256: sha256Hex.nullable(),
  metrics: external_exports.record(external_exports.string(), external_exports.number().nullable()),
  gatesPassed: external_exports.boolean()
});
function modelDir(model) {
  return `${REGISTRY_DIR}/${model}`;
}
function versionDir(model, version) {
  return `${REGISTRY_DIR}/${model}/${version}`;
}
function auditTrailPath(model) {
  return `${modelDir(model)}/audit-trail.json`;
}
function committedArtifactPath(model, version, path) {
  return `${versionDir(model, version)}/artifacts/${path}`;
}
function inputSchemaSha256(schema) {
  const canonical2 = { target: schema.target, features: [...schema.features].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0) };
  return createHash("sha256").update(JSON.stringify(canonical2)).digest("hex");
}
function planStorage(files, policy) {
  const total = files.reduce((s, f) => s + f.bytes, 0);
  return policy.binaries === "commit" && total <= policy.maxCommitBytes ? "commit" : "release";
}
function shardNames(path, bytes, shardBytes) {
  const base = path.replace(/\//g, "__");
  const count = Math.max(1, Math.ceil(bytes / shardBytes));
  return count === 1 ? [base] : Array.from({ length: count }, (_, i) => `${base}.part-${String(i).padStart(3, "0")}`);
}

// src/core/compliance/audit-trail.ts
import { createHash as createHash2 } from "node:crypto";
var sha256Hex2 = external_exports.string().regex(/^[0-9a-f]{64}$/, "a sha256 hex digest");
var auditDecisionSchema = external_exports.strictObject({
  kind: external_exports.enum(["fairness", "compliance", "metric", "data"]),
  name: external_exports.string().min(1),
  attributes: external_exports.array(external_exports.string()).default([]),
  inputs: external_exports.record(external_exports.string(), external_exports.union([external_exports.number(), external_exports.string(), external_exports.boolean(), external_exports.null()])).default({}),
  threshold: external_exports.number().nullable(),
  value: external_exports.number().nullable(),
  result: external_exports.enum(["pass", "fail", "warn", "skip"]),
  severity: external_exports.enum(["error", "warning"]),
  reasons: external_exports.array(external_exports.string())
});
var timestamp = external_exports.iso.datetime({ offset: true });
var auditEntrySchema = external_exports.strictObject({
  sequence: external_exports.number().int().min(0),
  recorded_at: timestamp,
  event: external_exports.enum(["proposed", "evaluated", "approved", "merged", "promoted", "registered", "rolled_back"]),
  model: external_exports.string().min(1),
  version: external_exports.string().nullable(),
  stage: external_exports.string().nullable(),
  commit: external_exports.string().regex(/^[0-9a-f]{7,64}$/, "a git commit id"),
  pull_request: external_exports.number().int().positive().nullable(),
  proposed_by: external_exports.strictObject({ login: external_exports.string().min(1), at: timestamp }).nullable(),
  approved_by: external_exports.array(external_exports.strictObject({ login: external_exports.string().min(1), at: timestamp })),
  merged_by: external_exports.strictObject({ login: external_exports.string().min(1), at: timestamp }).nullable(),
  decisions: external_exports.array(auditDecisionSchema),
  previous_hash: sha256Hex2.nullable(),
  hash: sha256Hex2
});
var auditTrailSchema = external_exports.strictObject({
  schemaVersion: external_exports.literal(1),
  kind: external_exports.literal("mergeml.audit-trail"),
  entries: external_exports.array(auditEntrySchema)
});
function emptyAuditTrail() {
  return { schemaVersion: 1, kind: "mergeml.audit-trail", entries: [] };
}
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
function hashAuditEntry(entry) {
  const { hash: _ignored, ...rest } = entry;
  return createHash2("sha256").update(canonical(rest)).digest("hex");
}
function verifyAuditTrail(trail) {
  const problems = [];
  let previous = null;
  trail.entries.forEach((entry, i) => {
    if (entry.sequence !== i) problems.push(`entry ${i}: sequence is ${entry.sequence}, expected ${i}`);
    if (entry.previous_hash !== previous) problems.push(`entry ${i}: previous_hash does not match entry ${i - 1}'s hash (an entry was removed, reordered or edited)`);
    if (hashAuditEntry(entry) !== entry.hash) problems.push(`entry ${i}: hash does not match its content (the entry was edited after it was recorded)`);
    previous = entry.hash;
  });
  return problems;
}
function parseAuditTrail(json, file) {
  const parsed = auditTrailSchema.safeParse(json);
  if (!parsed.success) {
    throw new InputError(`${file} is not a MergeML audit trail`, parsed.error.issues.map((i) => ({ file, path: i.path.join("."), message: i.message })));
  }
  const problems = verifyAuditTrail(parsed.data);
  if (problems.length > 0) throw new InputError(`${file}: the audit trail was rewritten; it is append-only`, problems.map((message) => ({ file, message })));
  return parsed.data;
}
function appendAuditEntry(trail, entry, file = "audit trail") {
  const problems = verifyAuditTrail(trail);
  if (problems.length > 0) throw new InputError(`${file}: the audit trail was rewritten; it is append-only`, problems.map((message) => ({ file, message })));
  const last = trail.entries[trail.entries.length - 1];
  const body = { ...auditEntrySchema.omit({ sequence: true, previous_hash: true, hash: true }).parse(entry), sequence: trail.entries.length, previous_hash: last?.hash ?? null };
  return { ...trail, entries: [...trail.entries, { ...body, hash: hashAuditEntry(body) }] };
}

// src/core/registry/semver.ts
var PATTERN = /^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;
function parseSemver(text) {
  const m = PATTERN.exec(text);
  if (!m) return void 0;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) };
}
function formatSemver(v) {
  return `v${v.major}.${v.minor}.${v.patch}`;
}
function compareSemver(a, b) {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}
function bumpSemver(v, bump) {
  if (bump === "major") return { major: v.major + 1, minor: 0, patch: 0 };
  if (bump === "minor") return { major: v.major, minor: v.minor + 1, patch: 0 };
  return { major: v.major, minor: v.minor, patch: v.patch + 1 };
}

// src/core/registry/tag-name.ts
var NAME = "[a-z][a-z0-9\\-/]*[a-z0-9]";
var GTO_NAME = new RegExp(`^${NAME}$`);
var SEMVER = "(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)\\.(?:0|[1-9][0-9]*)(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?";
var TAG = new RegExp(`^(?<model>${NAME})(?:(?:#(?<stage>${NAME})|@(?<version>v${SEMVER}))(?<cancel>!?)|@(?<special>deprecated|created))(?:#(?<counter>[0-9]+))?$`);
var WRITE_NAME = /^[a-z][a-z0-9-]*[a-z0-9]$/;
function isWritableName(name) {
  return WRITE_NAME.test(name);
}
function diagnose(tag) {
  const model = tag.split(/[@#]/)[0] ?? "";
  if (!GTO_NAME.test(model)) return `model name ${JSON.stringify(model)} is not a GTO name (a lowercase letter first, then lowercase letters, digits, "-" or "/"; at least 2 characters)`;
  if (tag.includes("@")) return `version ${JSON.stringify(tag.slice(tag.lastIndexOf("@") + 1))} is not v<major>.<minor>.<patch>`;
  const parts = tag.split("#");
  if (parts.length > 3) return 'more than two "#" (expected <model>#<stage>#<n>)';
  if (parts[2] !== void 0 && !/^[0-9]+$/.test(parts[2])) return `assignment number ${JSON.stringify(parts[2])} is not a whole number`;
  return `stage ${JSON.stringify((parts[1] ?? "").replace(/!$/, ""))} is not a GTO name`;
}
function parseTagName(tag) {
  if (!tag.includes("@") && !tag.includes("#")) return void 0;
  const m = TAG.exec(tag);
  const g = m?.groups;
  if (!g || g["model"] === void 0) return { error: diagnose(tag) };
  const model = g["model"];
  const counter = g["counter"] === void 0 ? null : Number(g["counter"]);
  if (g["special"] === "deprecated" || g["special"] === "created") return { action: g["special"] === "deprecated" ? "deprecate" : "create", model };
  if (g["stage"] !== void 0) return { action: "assign", model, stage: g["stage"], number: counter, unassign: g["cancel"] === "!" };
  const version = g["version"];
  if (parseSemver(version) === void 0) return { error: `version ${JSON.stringify(version)} has a pre-release or build part, which MergeML's registry does not order (expected v<major>.<minor>.<patch>)` };
  return { action: "register", model, version, deregister: g["cancel"] === "!" };
}
function formatVersionTag(model, version) {
  return `${model}@${version}`;
}
function formatStageTag(model, stage, number) {
  return `${model}#${stage}#${number}`;
}

// src/core/registry/tag-metadata.ts
var iso = external_exports.iso.datetime({ offset: true });
var sha2 = external_exports.string().regex(/^[0-9a-f]{7,64}$/, "a git commit id");
var tagMetadataSchema = external_exports.strictObject({
  schemaVersion: external_exports.literal(1),
  kind: external_exports.literal("mergeml.registry-event"),
  event: external_exports.enum(["register", "assign", "rollback"]),
  model: external_exports.string().min(1),
  version: external_exports.string().min(1),
  stage: external_exports.string().nullable(),
  /** Who ran the registry command (git committer or CI actor). */
  actor: external_exports.string().nullable(),
  /** Who approved a stage assignment (GitHub Environment reviewer or --approver). */
  approver: external_exports.string().nullable(),
  pullRequest: external_exports.strictObject({ number: external_exports.number().int().positive(), openedAt: iso.nullable(), headSha: sha2.nullable() }).nullable(),
  /** The commit the model was built from (the merged pull request's merge commit on the default branch). */
  sourceCommit: sha2.nullable(),
  /** sha256 identifying the registered evidence: a retried registration of the same results is found by it. */
  registrationKey: external_exports.string().regex(/^[0-9a-f]{64}$/).nullable(),
  bump: external_exports.enum(["initial", "major", "minor", "patch"]).nullable(),
  /** For a rollback: the version that was at the stage and is being replaced. */
  rollbackOf: external_exports.string().nullable(),
  reason: external_exports.string().nullable()
});
function formatTagMessage(subject, meta) {
  return `${subject.replace(/\s+/g, " ").trim()}

${JSON.stringify(tagMetadataSchema.parse(meta), null, 2)}
`;
}
function parseTagMessage(message) {
  const start = message.indexOf("\n{");
  if (start < 0) return { meta: null };
  let json;
  try {
    json = JSON.parse(message.slice(start + 1));
  } catch (error) {
    return { meta: null, error: `metadata is not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = tagMetadataSchema.safeParse(json);
  if (!parsed.success) return { meta: null, error: `metadata does not match mergeml.registry-event v1: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}` };
  return { meta: parsed.data };
}

// src/core/registry/registry-state.ts
var byDate = (a, b) => a === b ? 0 : a === null ? -1 : b === null ? 1 : Date.parse(a) - Date.parse(b);
function deriveRegistryState(tags) {
  const problems = [];
  const models = /* @__PURE__ */ new Map();
  const builder = (m) => models.get(m) ?? models.set(m, { versions: [], assignments: [], deprecated: false }).get(m);
  for (const t of tags) {
    const parsed = parseTagName(t.name);
    if (parsed === void 0) continue;
    if ("error" in parsed) {
      problems.push({ tag: t.name, message: `not a registry tag: ${parsed.error}` });
      continue;
    }
    if (!t.annotated) problems.push({ tag: t.name, message: "lightweight tag: registry tags are annotated (tagger and date are the audit record); counted anyway" });
    const { meta, error } = parseTagMessage(t.message);
    if (error !== void 0) problems.push({ tag: t.name, message: error });
    const common = { model: parsed.model, tag: t.name, commit: t.commit, createdAt: t.tagger?.date ?? null, author: t.tagger ? `${t.tagger.name} <${t.tagger.email}>` : null, meta };
    if (parsed.action === "create") builder(parsed.model);
    else if (parsed.action === "deprecate") builder(parsed.model).deprecated = true;
    else if (parsed.action === "register") builder(parsed.model).versions.push({ ...common, version: parsed.version, deregistered: parsed.deregister });
    else if (parsed.action === "assign") builder(parsed.model).assignments.push({ ...common, stage: parsed.stage, number: parsed.number, kind: parsed.unassign ? "unassign" : meta?.event === "rollback" ? "rollback" : "assign" });
  }
  const out = [];
  for (const [model, b] of [...models.entries()].sort(([a], [c]) => a < c ? -1 : a > c ? 1 : 0)) {
    const deregistered = new Set(b.versions.filter((v) => v.deregistered).map((v) => v.version));
    const versions = b.versions.filter((v) => !v.deregistered).map((v) => ({ ...v, deregistered: deregistered.has(v.version) })).sort((x, y) => compareSemver(parseSemver(x.version), parseSemver(y.version)));
    const atCommit = new Map(versions.map((v) => [v.commit, v.version]));
    const assignments = b.assignments.map((a) => ({ ...a, version: atCommit.get(a.commit) ?? null })).sort((x, y) => (x.number ?? 0) - (y.number ?? 0) || byDate(x.createdAt, y.createdAt) || (x.tag < y.tag ? -1 : 1));
    const stages = {};
    for (const a of assignments) {
      if (a.version === null && a.kind !== "unassign") problems.push({ tag: a.tag, message: `assigns ${a.stage} at commit ${a.commit.slice(0, 12)}, where no version of ${model} is registered` });
      if (a.kind === "unassign") delete stages[a.stage];
      else if (a.version !== null) stages[a.stage] = a;
    }
    out.push({ model, versions, assignments, stages, deprecated: b.deprecated });
  }
  return { models: out, problems };
}
function nextAssignmentNumber(state) {
  return Math.max(0, ...(state?.assignments ?? []).map((a) => a.number ?? 0)) + 1;
}
function previousGoodVersion(state, stage, eligible) {
  const history = state.assignments.filter((a) => a.stage === stage && a.kind !== "unassign" && a.version !== null);
  const current = state.stages[stage]?.version;
  const bad = new Set(history.flatMap((a) => a.kind === "rollback" && a.meta?.rollbackOf ? [a.meta.rollbackOf] : []));
  if (current) bad.add(current);
  for (let i = history.length - 1; i >= 0; i--) {
    const v = history[i]?.version;
    if (v && !bad.has(v) && eligible(v)) return v;
  }
  return void 0;
}
function explicitRollbackProblem(state, stage, version, eligible) {
  if (state.stages[stage]?.version === version) return `${version} is already the current version at ${stage}`;
  const wasThere = state.assignments.some((a) => a.stage === stage && a.kind !== "unassign" && a.version === version);
  if (!wasThere) return state.versions.some((v) => v.version === version) ? `${version} was never at ${stage} (to move a stage to a new version, promote it)` : `${version} is not a registered version of ${state.model}`;
  if (!eligible(version)) return `the recorded gates of ${version} did not pass`;
  return void 0;
}

// src/pipeline/registry-read.ts
async function readRegistryState(git) {
  return deriveRegistryState(await git.listTags());
}
function requireModel(state, model) {
  const found = state.models.find((m) => m.model === model);
  if (found) return found;
  const hint = suggest(model, state.models.map((m) => m.model));
  throw new InputError(`model ${JSON.stringify(model)} is not in the registry`, [{ file: "git tags", message: `no tag ${model}@v\u2026 or ${model}#\u2026${hint ? ` (did you mean ${hint}?)` : ""}`, expected: state.models.length > 0 ? `one of ${state.models.map((m) => m.model).join(", ")}` : "a registered model (mergeml registry register)" }]);
}
function requireVersion(state, version) {
  const v = state.versions.find((x) => x.version === version || x.version === `v${version}`);
  if (v) return v;
  throw new InputError(`${state.model} has no version ${version}`, [{ file: "git tags", message: `no tag ${state.model}@${version}`, expected: state.versions.length > 0 ? `one of ${state.versions.map((x) => x.version).join(", ")}` : "a registered version" }]);
}
async function readJson(git, commit, path) {
  const bytes = await git.readFile(commit, path);
  if (bytes === void 0) return void 0;
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new InputError(`${path} at ${commit.slice(0, 12)} is not JSON`, [{ file: path, message: error instanceof Error ? error.message : String(error), expected: "JSON written by mergeml registry" }], { cause: error });
  }
}
async function readVersionFiles(git, model, version, commit) {
  const dir = versionDir(model, version);
  const problems = [];
  const manifestJson = await readJson(git, commit, `${dir}/manifest.json`);
  const lineageJson = await readJson(git, commit, `${dir}/lineage.json`);
  const gates = await readJson(git, commit, `${dir}/gates.json`);
  const manifest = registryManifestSchema.safeParse(manifestJson);
  const lineage = lineageSchema.safeParse(lineageJson);
  if (manifestJson === void 0) problems.push({ file: `${dir}/manifest.json`, message: `missing at ${commit.slice(0, 12)}`, expected: "the registry files of the version in the tagged commit" });
  else if (!manifest.success) problems.push(...manifest.error.issues.map((i) => ({ file: `${dir}/manifest.json`, path: i.path.join("."), message: i.message })));
  if (lineageJson === void 0) problems.push({ file: `${dir}/lineage.json`, message: `missing at ${commit.slice(0, 12)}`, expected: "the registry files of the version in the tagged commit" });
  else if (!lineage.success) problems.push(...lineage.error.issues.map((i) => ({ file: `${dir}/lineage.json`, path: i.path.join("."), message: i.message })));
  if (problems.length > 0 || !manifest.success || !lineage.success) throw new InputError(`${model}@${version} has no readable registry record`, problems);
  return { manifest: manifest.data, lineage: lineage.data, gates: gates ?? null };
}
async function readAuditTrail(git, model, commit) {
  if (commit === void 0) return emptyAuditTrail();
  const json = await readJson(git, commit, auditTrailPath(model));
  return json === void 0 ? emptyAuditTrail() : parseAuditTrail(json, auditTrailPath(model));
}
function gatesPassed(files) {
  return files.gates !== null && files.gates.passed === true && files.lineage.gatesPassed;
}

export {
  openRegistryGit,
  REGISTRY_DIR,
  MAX_ASSET_BYTES,
  registryFileSchema,
  versionDir,
  auditTrailPath,
  committedArtifactPath,
  inputSchemaSha256,
  planStorage,
  shardNames,
  parseAuditTrail,
  appendAuditEntry,
  parseSemver,
  formatSemver,
  bumpSemver,
  isWritableName,
  formatVersionTag,
  formatStageTag,
  formatTagMessage,
  nextAssignmentNumber,
  previousGoodVersion,
  explicitRollbackProblem,
  readRegistryState,
  requireModel,
  requireVersion,
  readVersionFiles,
  readAuditTrail,
  gatesPassed
};
