import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  gatesPassed,
  readRegistryState,
  readVersionFiles,
  requireModel,
  requireVersion
} from "./chunk-QQEFSOSX.js";

// src/core/registry/kpis.ts
var HOUR = 36e5;
function summarize(values) {
  if (values.length === 0) return { count: 0, median: null, mean: null };
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { count: s.length, median, mean: s.reduce((a, b) => a + b, 0) / s.length };
}
function latestEventTime(state) {
  const times = [...state.versions.map((v) => v.createdAt), ...state.assignments.map((a) => a.createdAt)].filter((t) => t !== null);
  return times.length === 0 ? null : times.reduce((a, b) => Date.parse(a) >= Date.parse(b) ? a : b);
}
function computeKpis(state, stage, asOf) {
  const history = state.assignments.filter((a) => a.stage === stage && a.kind !== "unassign" && a.createdAt !== null);
  const deployments = history.filter((a) => a.kind === "assign");
  const rollbacks = history.filter((a) => a.kind === "rollback");
  const opened = new Map(state.versions.map((v) => [v.version, v.meta?.pullRequest?.openedAt ?? null]));
  const lead = deployments.flatMap((d) => {
    const o = d.version === null ? null : opened.get(d.version) ?? null;
    return o === null ? [] : [(Date.parse(d.createdAt) - Date.parse(o)) / HOUR];
  });
  const restore = rollbacks.flatMap((r) => {
    const i = history.indexOf(r);
    const failed = i > 0 ? history[i - 1] : void 0;
    return failed === void 0 ? [] : [(Date.parse(r.createdAt) - Date.parse(failed.createdAt)) / HOUR];
  });
  const first = deployments[0]?.createdAt ?? null;
  const end = asOf ?? latestEventTime(state);
  const windowDays = first === null || end === null ? null : (Date.parse(end) - Date.parse(first)) / (24 * HOUR);
  return {
    model: state.model,
    deployments: deployments.length,
    rollbacks: rollbacks.length,
    windowDays,
    deploymentsPerWeek: windowDays === null || windowDays <= 0 ? null : deployments.length / (windowDays / 7),
    leadTimeHours: summarize(lead),
    changeFailureRate: deployments.length === 0 ? null : rollbacks.length / deployments.length,
    timeToRestoreHours: summarize(restore)
  };
}

// src/core/registry/version-diff.ts
var keys = (a, b) => [.../* @__PURE__ */ new Set([...a, ...b])];
function diffVersions(model, from, to) {
  const metrics = keys(Object.keys(from.lineage.metrics), Object.keys(to.lineage.metrics)).sort().map((metric) => {
    const a = from.lineage.metrics[metric] ?? null;
    const b = to.lineage.metrics[metric] ?? null;
    return { metric, from: a, to: b, change: a === null || b === null ? null : b - a };
  });
  const dataOf = (l) => new Map(l.data.map((d) => [d.role, d.sha256]));
  const fd = dataOf(from.lineage);
  const td = dataOf(to.lineage);
  const data = keys(fd.keys(), td.keys()).map((role) => ({ role, from: fd.get(role) ?? null, to: td.get(role) ?? null, changed: (fd.get(role) ?? null) !== (td.get(role) ?? null) }));
  const ff = new Map(from.manifest.files.map((f) => [f.path, f.sha256]));
  const tf = new Map(to.manifest.files.map((f) => [f.path, f.sha256]));
  const files = keys(ff.keys(), tf.keys()).sort().map((path) => ({
    path,
    status: !ff.has(path) ? "added" : !tf.has(path) ? "removed" : ff.get(path) === tf.get(path) ? "unchanged" : "changed"
  }));
  return {
    schemaVersion: 1,
    kind: "mergeml.registry-diff",
    model,
    from: from.version,
    to: to.version,
    metrics,
    data,
    config: { from: from.lineage.config.sha256, to: to.lineage.config.sha256, changed: from.lineage.config.sha256 !== to.lineage.config.sha256 },
    inputSchemaChanged: from.lineage.inputSchemaSha256 !== to.lineage.inputSchemaSha256,
    sourceCommit: { from: from.lineage.sourceCommit, to: to.lineage.sourceCommit },
    backend: { from: from.lineage.backend.name, to: to.lineage.backend.name },
    files
  };
}

// src/pipeline/registry-query.ts
var problemsOf = (state) => state.problems.map((p) => ({ tag: p.tag, message: p.message }));
async function listRegistry(git, model) {
  const state = await readRegistryState(git);
  const models = model === void 0 ? state.models : [requireModel(state, model)];
  return {
    schemaVersion: 1,
    kind: "mergeml.registry-list",
    models: models.map((m) => ({
      model: m.model,
      latest: m.versions[m.versions.length - 1]?.version ?? null,
      versions: m.versions.map((v) => v.version),
      stages: Object.fromEntries(Object.entries(m.stages).sort(([a], [b]) => a < b ? -1 : 1).map(([s, a]) => [s, a.version])),
      deprecated: m.deprecated
    })),
    problems: problemsOf(state)
  };
}
async function showRegistry(git, model, version) {
  const state = await readRegistryState(git);
  const ms = requireModel(state, model);
  const stagesOf = (v2) => Object.entries(ms.stages).filter(([, a]) => a.version === v2).map(([s]) => s).sort();
  if (version === void 0) {
    return {
      schemaVersion: 1,
      kind: "mergeml.registry-show",
      model,
      versions: ms.versions.map((v2) => ({ version: v2.version, tag: v2.tag, commit: v2.commit, createdAt: v2.createdAt, author: v2.author, bump: v2.meta?.bump ?? null, pullRequest: v2.meta?.pullRequest?.number ?? null, stages: stagesOf(v2.version) })),
      stages: Object.fromEntries(Object.entries(ms.stages).map(([s, a]) => [s, { version: a.version, tag: a.tag, assignedAt: a.createdAt, approver: a.meta?.approver ?? null }])),
      problems: problemsOf(state).filter((p) => p.tag.startsWith(model))
    };
  }
  const v = requireVersion(ms, version);
  const files = await readVersionFiles(git, model, v.version, v.commit);
  return {
    schemaVersion: 1,
    kind: "mergeml.registry-show-version",
    model,
    version: v.version,
    tag: v.tag,
    commit: v.commit,
    createdAt: v.createdAt,
    author: v.author,
    stages: stagesOf(v.version),
    bump: v.meta?.bump ?? null,
    gatesPassed: gatesPassed(files),
    metrics: files.lineage.metrics,
    lineage: files.lineage,
    files: files.manifest.files.map((f) => ({ path: f.path, bytes: f.bytes, sha256: f.sha256, storage: f.storage }))
  };
}
async function registryHistory(git, model) {
  const state = await readRegistryState(git);
  const models = model === void 0 ? state.models : [requireModel(state, model)];
  const events = models.flatMap((m) => [
    ...m.versions.map((v) => ({ at: v.createdAt, model: m.model, event: "register", version: v.version, stage: null, tag: v.tag, author: v.author, approver: null, pullRequest: v.meta?.pullRequest?.number ?? null })),
    ...m.assignments.map((a) => ({ at: a.createdAt, model: m.model, event: a.kind, version: a.version, stage: a.stage, tag: a.tag, author: a.author, approver: a.meta?.approver ?? null, pullRequest: a.meta?.pullRequest?.number ?? null }))
  ]);
  events.sort((a, b) => (Date.parse(a.at ?? "") || 0) - (Date.parse(b.at ?? "") || 0) || (a.event === "register" ? -1 : 0) - (b.event === "register" ? -1 : 0) || (a.tag < b.tag ? -1 : 1));
  return { schemaVersion: 1, kind: "mergeml.registry-history", events, problems: problemsOf(state) };
}
async function diffRegistry(git, model, from, to) {
  const ms = requireModel(await readRegistryState(git), model);
  const a = requireVersion(ms, from);
  const b = requireVersion(ms, to);
  const fa = await readVersionFiles(git, model, a.version, a.commit);
  const fb = await readVersionFiles(git, model, b.version, b.commit);
  return diffVersions(model, { version: a.version, ...fa }, { version: b.version, ...fb });
}
async function registryKpis(git, options) {
  const state = await readRegistryState(git);
  const models = options.model === void 0 ? state.models : [requireModel(state, options.model)];
  return { schemaVersion: 1, kind: "mergeml.registry-kpis", stage: options.stage, asOf: options.asOf ?? null, models: models.map((m) => computeKpis(m, options.stage, options.asOf ?? null)) };
}

export {
  listRegistry,
  showRegistry,
  registryHistory,
  diffRegistry,
  registryKpis
};
