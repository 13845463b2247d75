import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  publishChange,
  requireAllowedStage
} from "./chunk-JMXOBL62.js";
import {
  renderModelCard
} from "./chunk-SFLEXQ4B.js";
import {
  verifyArtifact
} from "./chunk-VIW6IBD2.js";
import {
  MAX_ASSET_BYTES,
  appendAuditEntry,
  auditTrailPath,
  bumpSemver,
  committedArtifactPath,
  formatSemver,
  formatStageTag,
  formatTagMessage,
  formatVersionTag,
  inputSchemaSha256,
  isWritableName,
  nextAssignmentNumber,
  parseSemver,
  planStorage,
  readAuditTrail,
  readVersionFiles,
  registryFileSchema,
  shardNames,
  versionDir
} from "./chunk-QQEFSOSX.js";
import {
  fairnessDecisions
} from "./chunk-RSKNBI6D.js";
import {
  CheckFailedError,
  InputError
} from "./chunk-WXR2B6ZC.js";

// src/pipeline/registry-evidence.ts
import { createHash } from "node:crypto";
import { open, readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
function evidencePaths(cwd, results, overrides) {
  const base = results === void 0 ? void 0 : resolve(cwd, results);
  const pick = (name, file) => overrides[name] !== void 0 ? resolve(cwd, overrides[name]) : base === void 0 ? void 0 : join(base, file);
  const artifact = pick("artifact", "model");
  const metrics = pick("metrics", "metrics.json");
  const gates = pick("gates", "gates.json");
  if (artifact === void 0 || metrics === void 0 || gates === void 0) {
    throw new InputError("no evidence to register", [{ file: "--results", message: "missing", expected: "--results DIR (model/, metrics.json, gates.json) or --artifact, --metrics and --gates" }]);
  }
  const fairness = overrides.fairness !== void 0 ? resolve(cwd, overrides.fairness) : base === void 0 ? void 0 : join(base, "fairness.json");
  return { artifact, metrics, gates, ...fairness !== void 0 ? { fairness } : {} };
}
async function readJsonFile(path, kind, optional) {
  let bytes;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if (optional) return null;
    throw new InputError(`cannot read the ${kind} report`, [{ file: path, message: "missing or unreadable", expected: `the --json output of \`mergeml ${kind}\`` }], { cause: error });
  }
  try {
    const json2 = JSON.parse(new TextDecoder().decode(bytes));
    if (json2 === null || typeof json2 !== "object" || Array.isArray(json2)) throw new Error("not a JSON object");
    return { bytes, json: json2 };
  } catch (error) {
    throw new InputError(`${path} is not JSON`, [{ file: path, message: error instanceof Error ? error.message : String(error), expected: `the --json output of \`mergeml ${kind}\`` }], { cause: error });
  }
}
function inputSchemaOf(preprocess, card) {
  const target = preprocess?.["target"];
  const features = preprocess?.["features"];
  if (Array.isArray(features)) {
    return { target: target && typeof target.name === "string" ? { name: target.name, task: typeof target.task === "string" ? target.task : null } : null, features: features.map((f) => ({ name: String(f.name), kind: typeof f.kind === "string" ? f.kind : null })) };
  }
  const config = card?.["config"];
  if (Array.isArray(config?.features)) return { target: typeof config.target === "string" ? { name: config.target, task: null } : null, features: config.features.map((f) => ({ name: String(f), kind: null })) };
  return null;
}
async function readEvidence(paths) {
  const manifest = await verifyArtifact(paths.artifact);
  const metrics = await readJsonFile(paths.metrics, "metrics", false);
  const overall = metrics.json["overall"]?.metrics;
  if (metrics.json["kind"] !== "metrics" || metrics.json["schemaVersion"] !== 1 || overall === void 0) {
    throw new InputError(`${paths.metrics} is not a metrics report`, [{ file: paths.metrics, message: `kind ${JSON.stringify(metrics.json["kind"])}`, expected: 'the --json output of `mergeml metrics` (kind "metrics", schemaVersion 1)' }]);
  }
  const gates = await readJsonFile(paths.gates, "gate", false);
  if (gates.json["kind"] !== "gates" || gates.json["schemaVersion"] !== 1 || typeof gates.json["passed"] !== "boolean") {
    throw new InputError(`${paths.gates} is not a gates report`, [{ file: paths.gates, message: `kind ${JSON.stringify(gates.json["kind"])}`, expected: 'the --json output of `mergeml gate` (kind "gates", schemaVersion 1)' }]);
  }
  const fairness = paths.fairness === void 0 ? null : await readJsonFile(paths.fairness, "fairness", true);
  if (fairness !== null && fairness.json["kind"] !== "mergeml.fairness-run") {
    throw new InputError(`${paths.fairness} is not a fairness report`, [{ file: paths.fairness, message: `kind ${JSON.stringify(fairness.json["kind"])}`, expected: 'the --json output of `mergeml fairness` (kind "mergeml.fairness-run")' }]);
  }
  const optionalJson = async (name) => manifest.files.some((f) => f.path === name) ? (await readJsonFile(join(paths.artifact, name), "train", true))?.json ?? null : null;
  const trainingCard = await optionalJson("training-card.json");
  return {
    model: manifest.model,
    artifactDir: paths.artifact,
    files: manifest.files,
    metricsBytes: metrics.bytes,
    metrics: Object.fromEntries(Object.entries(overall).map(([k, v]) => [k, typeof v === "number" && Number.isFinite(v) ? v : null])),
    gatesBytes: gates.bytes,
    gates: gates.json,
    fairnessBytes: fairness?.bytes ?? null,
    fairness: fairness?.json ?? null,
    trainingCard,
    inputSchema: inputSchemaOf(await optionalJson("preprocess.json"), trainingCard)
  };
}
async function hashRange(path, start, length) {
  const hash = createHash("sha256");
  const handle = await open(path, "r");
  try {
    const chunk = Buffer.alloc(Math.min(8 * 1024 * 1024, Math.max(1, length)));
    for (let done = 0; done < length; ) {
      const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.length, length - done), start + done);
      if (bytesRead === 0) throw new InputError(`${path} is shorter than its manifest says`, [{ file: path, message: `ended at byte ${start + done}`, expected: `${start + length} bytes` }]);
      hash.update(chunk.subarray(0, bytesRead));
      done += bytesRead;
    }
  } finally {
    await handle.close();
  }
  return hash.digest("hex");
}
async function registryFiles(evidence, storage, shardBytes) {
  const out = [];
  const unsafe = evidence.files.filter((f) => !registryFileSchema.shape.path.safeParse(f.path).success);
  if (unsafe.length > 0) throw new InputError("the model artifact names files outside itself", unsafe.map((f) => ({ file: join(evidence.artifactDir, "manifest.json"), path: "files", message: JSON.stringify(f.path), expected: 'relative paths without "." or ".." segments, backslashes or control characters' })));
  for (const f of evidence.files) {
    const names = shardNames(f.path, f.bytes, shardBytes);
    const shards = [];
    for (const [i, name] of names.entries()) {
      const start = i * shardBytes;
      const length = names.length === 1 ? f.bytes : Math.min(shardBytes, f.bytes - start);
      shards.push({ name, bytes: length, sha256: names.length === 1 ? f.sha256 : await hashRange(join(evidence.artifactDir, f.path), start, length) });
    }
    out.push({ path: f.path, bytes: f.bytes, sha256: f.sha256, storage, shards });
  }
  return out;
}

// src/pipeline/registry-register.ts
import { createHash as createHash2 } from "node:crypto";
import { join as join2 } from "node:path";

// src/core/registry/version-plan.ts
function planBump(previous, next) {
  if (previous === void 0) return { bump: "minor", reasons: ["the previous version has no registry record to compare with: treated as retrained"] };
  const before = previous.lineage.inputSchemaSha256;
  const after = next.lineage.inputSchemaSha256;
  if (before === null || after === null) {
    if (before !== after) return { bump: "major", reasons: ["the input schema is known for only one of the two versions"] };
  } else if (before !== after) return { bump: "major", reasons: ["the input schema (features or target) changed"] };
  const old = new Map(previous.manifest.files.map((f) => [f.path, f.sha256]));
  const changed = next.manifest.files.filter((f) => old.get(f.path) !== f.sha256).map((f) => f.path);
  const removed = previous.manifest.files.filter((f) => !next.manifest.files.some((n) => n.path === f.path)).map((f) => f.path);
  if (changed.length > 0 || removed.length > 0) return { bump: "minor", reasons: [`retrained: ${[...changed.map((p) => `${p} changed`), ...removed.map((p) => `${p} removed`)].join(", ")}`] };
  return { bump: "patch", reasons: ["same model files and input schema: metadata only"] };
}
function planVersion(existing, previous, next) {
  const parsed = existing.map(parseSemver).filter((v) => v !== void 0);
  if (parsed.length === 0) return { version: "v1.0.0", bump: "initial", reasons: ["first version of the model"] };
  const highest = parsed.reduce((a, b) => (a.major - b.major || a.minor - b.minor || a.patch - b.patch) >= 0 ? a : b);
  const { bump, reasons } = planBump(previous, next);
  return { version: formatSemver(bumpSemver(highest, bump)), bump, reasons };
}

// src/pipeline/registry-register.ts
var json = (v) => new TextEncoder().encode(`${JSON.stringify(v, null, 2)}
`);
var sha256 = (b) => createHash2("sha256").update(b).digest("hex");
function metricDecisions(evidence) {
  return evidence.gates.results.map((r) => ({
    kind: "metric",
    name: r.metric,
    attributes: [],
    inputs: { greater_is_better: r.greater_is_better, champion: r.champion, delta: r.delta, p_value: r.p_value },
    threshold: r.gate.threshold ?? null,
    value: r.challenger,
    result: r.status,
    severity: r.severity,
    reasons: [...r.reasons]
  }));
}
function registrationKey(evidence, pr, sourceCommit) {
  return sha256(JSON.stringify({ model: evidence.model, files: evidence.files.map((f) => [f.path, f.sha256]), metrics: sha256(evidence.metricsBytes), gates: sha256(evidence.gatesBytes), pr: pr?.number ?? null, head: pr?.headSha ?? null, sourceCommit }));
}
async function registerVersion(ports, request) {
  const { evidence, policy } = request;
  const model = evidence.model;
  if (!isWritableName(model)) throw new InputError(`model name ${JSON.stringify(model)} cannot be written into a GTO tag`, [{ file: join2(evidence.artifactDir, "manifest.json"), path: "model", message: JSON.stringify(model), expected: `lowercase letters, digits and inner "-" (GTO's name rule)` }]);
  if (request.stage !== void 0) {
    requireAllowedStage(policy, request.stage);
    if (!evidence.gates.passed) throw new CheckFailedError(`refusing to promote ${model} to ${request.stage}: its gates failed (${evidence.gates.results.filter((r) => r.status === "fail").map((r) => r.metric).join(", ") || "see gates.json"}). Nothing was written.`);
  }
  ports.afterStep?.("verified");
  const cardCommit = evidence.trainingCard?.["code"]?.commit;
  const storage = planStorage(evidence.files, { binaries: policy.binaries, maxCommitBytes: policy.maxCommitBytes });
  const files = await registryFiles(evidence, storage, request.shardBytes ?? MAX_ASSET_BYTES);
  const inputSchemaSha = evidence.inputSchema === null ? null : inputSchemaSha256(evidence.inputSchema);
  let card = "";
  let manifestOut;
  const outcome = await publishChange(ports, { branch: request.branch }, async ({ base, state }) => {
    const sourceCommit = request.sourceCommit ?? (typeof cardCommit === "string" && /^[0-9a-f]{7,64}$/.test(cardCommit) ? cardCommit : base ?? null);
    const key = registrationKey(evidence, request.pullRequest, request.sourceCommit ?? (typeof cardCommit === "string" ? cardCommit : null));
    const ms = state.models.find((m) => m.model === model);
    const existing = ms?.versions.find((v) => v.meta?.registrationKey === key);
    if (existing) {
      const files2 = await readVersionFiles(ports.git, model, existing.version, existing.commit);
      manifestOut = files2.manifest;
      const cardBytes = await ports.git.readFile(existing.commit, `${versionDir(model, existing.version)}/model-card.md`);
      card = cardBytes === void 0 ? "" : new TextDecoder().decode(cardBytes);
      const tags2 = [existing.tag, ...ms?.assignments.filter((a) => a.version === existing.version && a.stage === request.stage).map((a) => a.tag) ?? []];
      return { kind: "done", result: { version: existing.version, bump: existing.meta?.bump ?? null, reasons: ["already registered by an earlier run with the same evidence"], tags: tags2 } };
    }
    const latest = ms?.versions[ms.versions.length - 1];
    let previous;
    if (latest) previous = await readVersionFiles(ports.git, model, latest.version, latest.commit).catch(() => void 0);
    const manifest = { schemaVersion: 1, kind: "mergeml.registry-manifest", model, version: "", files };
    const plan = planVersion(ms?.versions.map((v) => v.version) ?? [], previous, { manifest, lineage: { inputSchemaSha256: inputSchemaSha } });
    const version = plan.version;
    const dir = versionDir(model, version);
    if (base !== void 0 && (await ports.git.listFiles(base, dir)).length > 0) {
      throw new InputError(`${dir} already exists on ${request.branch} but no tag ${formatVersionTag(model, version)} registers it`, [{ file: dir, message: "a registry folder without its tag", expected: "remove the folder or restore its tag (mergeml registry verify lists such problems); nothing was written" }]);
    }
    manifestOut = { ...manifest, version };
    const card0 = evidence.trainingCard;
    const data = card0?.["data"] ?? {};
    const lineage = {
      schemaVersion: 1,
      kind: "mergeml.registry-lineage",
      model,
      version,
      sourceCommit,
      pullRequest: request.pullRequest ? { number: request.pullRequest.number, openedAt: request.pullRequest.openedAt, headSha: request.pullRequest.headSha } : null,
      data: Object.entries(data).filter(([, d]) => d !== null).map(([role, d]) => ({ role, file: d?.file ?? null, sha256: d?.sha256 ?? null, rows: d?.rows ?? null })),
      config: { path: request.config?.path ?? null, sha256: request.config?.sha256 ?? null, train: card0?.["config"]?.["train"] ?? null },
      backend: { name: card0?.["backend"]?.name ?? null, device: card0?.["backend"]?.device ?? null },
      trainer: typeof card0?.["trainer"] === "string" ? card0["trainer"] : null,
      inputSchema: evidence.inputSchema,
      inputSchemaSha256: inputSchemaSha,
      metrics: { ...evidence.metrics },
      gatesPassed: evidence.gates.passed
    };
    card = renderModelCard({
      model: { name: model, version, description: null, task: evidence.inputSchema?.target?.task ?? null },
      intendedUse: null,
      outOfScopeUses: [],
      data: lineage.data.map((d) => ({ role: d.role, path: d.file ?? "n/a", sha256: d.sha256, rows: d.rows })),
      metrics: Object.entries(evidence.metrics).map(([name, value]) => ({ name, value })),
      fairness: evidence.fairness?.fairness ?? null,
      compliance: evidence.fairness?.compliance.checks ?? [],
      limitations: [],
      lineage: { commit: sourceCommit, configPath: lineage.config.path, configSha256: lineage.config.sha256, backend: lineage.backend.name, seed: card0?.["seed"] ?? null, mergemlVersion: null },
      gates: evidence.gates.results.map((r) => ({ kind: "metric", name: r.metric, status: r.status, reason: r.reasons.join("; ") })),
      generatedAt: ports.clock.now()
    });
    const now = ports.clock.now();
    const pr = request.pullRequest;
    const decisions = [...metricDecisions(evidence), ...evidence.fairness ? fairnessDecisions(evidence.fairness.fairness) : []];
    const entry = (event, stage) => ({
      recorded_at: now,
      event,
      model,
      version,
      stage,
      commit: sourceCommit ?? base,
      pull_request: pr?.number ?? null,
      proposed_by: pr?.author && pr.openedAt ? { login: pr.author, at: pr.openedAt } : null,
      approved_by: [],
      merged_by: pr?.mergedBy && pr.mergedAt ? { login: pr.mergedBy, at: pr.mergedAt } : null,
      decisions
    });
    let trail = appendAuditEntry(await readAuditTrail(ports.git, model, base), entry("registered", null), auditTrailPath(model));
    if (request.stage !== void 0) trail = appendAuditEntry(trail, { ...entry("promoted", request.stage), decisions: [] }, auditTrailPath(model));
    const meta = (event, stage) => ({
      schemaVersion: 1,
      kind: "mergeml.registry-event",
      event,
      model,
      version,
      stage,
      actor: request.actor,
      approver: null,
      pullRequest: lineage.pullRequest,
      sourceCommit,
      registrationKey: key,
      bump: plan.bump,
      rollbackOf: null,
      reason: null
    });
    const tags = [{ name: formatVersionTag(model, version), message: formatTagMessage(`Register ${model} ${version} (${plan.bump})`, meta("register", null)) }];
    if (request.stage !== void 0) tags.push({ name: formatStageTag(model, request.stage, nextAssignmentNumber(ms)), message: formatTagMessage(`Assign ${model} ${version} to ${request.stage}`, meta("assign", request.stage)) });
    const out = [
      { path: `${dir}/manifest.json`, data: { bytes: json(manifestOut) } },
      { path: `${dir}/metrics.json`, data: { bytes: evidence.metricsBytes } },
      { path: `${dir}/gates.json`, data: { bytes: evidence.gatesBytes } },
      ...evidence.fairnessBytes ? [{ path: `${dir}/fairness.json`, data: { bytes: evidence.fairnessBytes } }] : [],
      { path: `${dir}/lineage.json`, data: { bytes: json(lineage) } },
      { path: `${dir}/model-card.md`, data: { bytes: new TextEncoder().encode(card) } },
      { path: auditTrailPath(model), data: { bytes: json(trail) } },
      ...storage === "commit" ? files.map((f) => ({ path: committedArtifactPath(model, version, f.path), data: { file: join2(evidence.artifactDir, f.path) } })) : []
    ];
    return { kind: "change", change: { files: out, tags, commitMessage: `registry: register ${model} ${version}${request.stage ? ` and assign ${request.stage}` : ""}

${plan.reasons.join("\n")}
`, result: { version, bump: plan.bump, reasons: plan.reasons, tags: tags.map((t) => t.name) } } };
  });
  return {
    schemaVersion: 1,
    kind: "mergeml.registry-register",
    model,
    version: outcome.result.version,
    bump: outcome.result.bump,
    reasons: outcome.result.reasons,
    tags: outcome.result.tags,
    stage: request.stage ?? null,
    storage,
    created: outcome.published,
    commit: outcome.commit ?? null,
    attempts: outcome.attempts,
    manifest: manifestOut,
    modelCard: card
  };
}

export {
  evidencePaths,
  readEvidence,
  registerVersion
};
