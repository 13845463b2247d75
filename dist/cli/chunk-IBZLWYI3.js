import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  parseCsvHeader,
  policiesDir,
  readFirstLine
} from "./chunk-WB32QQZT.js";
import {
  policySchema
} from "./chunk-YOP3OL3O.js";
import {
  formatPath,
  parseConfigFile,
  sortProblems
} from "./chunk-7WDWFYJ3.js";
import {
  projectSchema
} from "./chunk-2KRDQDBV.js";
import {
  readBatches
} from "./chunk-RBULLJ36.js";
import {
  suggest
} from "./chunk-5LA4UDSI.js";
import {
  ConfigError,
  InputError
} from "./chunk-WXR2B6ZC.js";

// src/adapters/config/node-config-files.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile, readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
function nodeConfigFiles(builtinDir = policiesDir()) {
  return {
    read: async (path) => new Uint8Array(await readFile(path)),
    kind: async (path) => {
      try {
        const s = await stat(path);
        return s.isFile() ? "file" : s.isDirectory() ? "directory" : "other";
      } catch {
        return "missing";
      }
    },
    // Streamed: data files may be far larger than memory.
    sha256: (path) => new Promise((resolve2, reject) => {
      const hash = createHash("sha256");
      createReadStream(path).on("data", (chunk) => hash.update(chunk)).on("error", reject).on("end", () => resolve2(hash.digest("hex")));
    }),
    firstLine: (path) => readFirstLine(path),
    columnValues: async (path, file, column, settings, limit) => {
      const values = /* @__PURE__ */ new Set();
      try {
        for await (const batch of readBatches(path, { ...settings, allowEmpty: true })) {
          const index = batch.header.indexOf(column);
          const cells = index >= 0 ? batch.cells[index] : void 0;
          for (const cell of cells ?? []) if (cell !== null) values.add(cell);
          if (values.size > limit) break;
        }
      } catch (error) {
        if (error instanceof InputError) return { problem: error.problems[0] ?? { file, message: error.message } };
        throw error;
      }
      const sorted = [...values].sort();
      return { file, values: sorted.slice(0, limit), truncated: sorted.length > limit };
    },
    builtinPolicies: async () => {
      const names = (await readdir(builtinDir)).filter((f) => f.endsWith(".yaml")).map((f) => basename(f, ".yaml"));
      return new Map(names.sort().map((n) => [n, join(builtinDir, `${n}.yaml`)]));
    }
  };
}

// src/pipeline/load-project.ts
import { dirname, isAbsolute, join as join2, relative, resolve } from "node:path";

// src/core/config/data-columns-check.ts
function checkModelColumns(file, map, modelName, model, headers) {
  const problems = [];
  const base = ["models", modelName];
  const check = (column, path, what, roles) => {
    const lacking = headers.filter((h) => roles.includes(h.role) && !h.columns.includes(column));
    if (lacking.length === 0) return;
    const hint = column.length > 2 ? suggest(column, lacking[0].columns) : void 0;
    problems.push({
      file,
      ...map.valueAt([...base, ...path]),
      path: formatPath([...base, ...path]),
      message: `${what} '${column}' is not a column of ${lacking.map((h) => h.file).join(", ")}${hint ? ` (did you mean '${hint}'?)` : ""}`,
      expected: `a column of the header: ${lacking[0].columns.join(", ")}`
    });
  };
  check(model.target, ["target"], "target", ["train", "test"]);
  model.features.forEach((f, i) => check(f, ["features", i], "feature", ["train", "test", "reference"]));
  model.protected.forEach((p, i) => check(p.column, ["protected", i, "column"], "protected attribute", ["train", "test", "reference"]));
  return problems;
}

// src/core/config/project-checks.ts
function checkProjectSemantics(file, project, map) {
  const problems = [];
  for (const [name, model] of Object.entries(project.models)) {
    const base = ["models", name];
    const loc = (path) => ({ file, ...map.valueAt([...base, ...path]), path: formatPath([...base, ...path]) });
    const protectedAt = /* @__PURE__ */ new Map();
    model.protected.forEach((p, i) => {
      const seen = protectedAt.get(p.column);
      if (seen !== void 0) problems.push({ ...loc(["protected", i, "column"]), message: `protected attribute '${p.column}' is listed twice (also protected[${seen}])` });
      else protectedAt.set(p.column, i);
      if (p.column === model.target) problems.push({ ...loc(["protected", i, "column"]), message: `the target '${p.column}' cannot also be a protected attribute` });
    });
    const featureAt = /* @__PURE__ */ new Map();
    model.features.forEach((feature, i) => {
      const seen = featureAt.get(feature);
      if (seen !== void 0) problems.push({ ...loc(["features", i]), message: `feature '${feature}' is listed twice (also features[${seen}])` });
      else featureAt.set(feature, i);
      if (feature === model.target) {
        problems.push({ ...loc(["features", i]), message: `the target '${feature}' is also listed as a feature`, expected: "features without the target column" });
      }
      const p = protectedAt.get(feature);
      if (p !== void 0) {
        const where = map.valueAt([...base, "protected", p]);
        problems.push({
          ...loc(["features", i]),
          message: `feature '${feature}' is also declared protected (line ${where.line}); a protected attribute (basis ${model.protected[p]?.basis}) must not be a model input`,
          expected: "protected attributes kept out of features (Regulation B)"
        });
      }
    });
  }
  return problems;
}

// src/core/config/target-values-check.ts
function isPositiveClass(text, positive) {
  if (typeof positive === "number") return text.trim() !== "" && Number(text) === positive;
  if (typeof positive === "boolean") return text.trim().toLowerCase() === String(positive);
  return text === positive;
}
function checkTargetValues(file, map, modelName, model, observed) {
  if (model.task !== "binary_classification" || model.positive_class === void 0) return [];
  const base = ["models", modelName];
  const positive = model.positive_class;
  const list = `${observed.values.map((v) => JSON.stringify(v)).join(", ")}${observed.truncated ? ", \u2026" : ""}`;
  const problems = [];
  if (observed.truncated || observed.values.length !== 2) {
    problems.push({
      file,
      ...map.valueAt([...base, "target"]),
      path: formatPath([...base, "target"]),
      message: `target '${model.target}' has ${observed.truncated ? "more than " : ""}${observed.values.length} distinct values in ${observed.file} (${list}); a binary classifier needs exactly 2`,
      expected: "a two-class target column, or task: regression"
    });
  }
  if (!observed.values.some((v) => isPositiveClass(v, positive))) {
    const hint = typeof positive === "string" ? suggest(positive, observed.values) : void 0;
    problems.push({
      file,
      ...map.valueAt([...base, "positive_class"]),
      path: formatPath([...base, "positive_class"]),
      message: `positive class ${JSON.stringify(positive)} does not occur in column '${model.target}' of ${observed.file}${hint ? ` (did you mean '${hint}'?)` : ""}`,
      expected: `one of the target's values: ${list}`
    });
  }
  return problems;
}

// src/core/policy/compose-policy.ts
var EACH_PROTECTED = "*";
function composePolicies(policies, protectedColumns = []) {
  const merge = (a, b) => a === void 0 ? b : b === void 0 ? a : { ...a, ...b };
  let drift;
  let proxies;
  let labels;
  let compliance;
  let minGroupSize;
  const buckets = {};
  const dataChecks = [];
  const metricGates = [];
  const fairnessGates = [];
  for (const p of policies) {
    dataChecks.push(...p.data_checks ?? []);
    metricGates.push(...p.metric_gates ?? []);
    for (const gate of p.fairness?.gates ?? []) {
      if (gate.attributes.includes(EACH_PROTECTED)) fairnessGates.push(...protectedColumns.map((column) => ({ ...gate, attributes: [column] })));
      else fairnessGates.push(gate);
    }
    Object.assign(buckets, p.fairness?.buckets ?? {});
    minGroupSize = p.fairness?.min_group_size ?? minGroupSize;
    drift = merge(drift, p.drift);
    proxies = merge(proxies, p.proxies);
    labels = merge(labels, p.labels);
    compliance = merge(compliance, p.compliance);
  }
  return Object.freeze({
    names: policies.map((p) => p.name),
    data_checks: dataChecks,
    ...drift ? { drift } : {},
    ...proxies ? { proxies } : {},
    ...labels ? { labels } : {},
    metric_gates: metricGates,
    fairness: { buckets, ...minGroupSize !== void 0 ? { min_group_size: minGroupSize } : {}, gates: fairnessGates },
    ...compliance ? { compliance } : {}
  });
}
function countPolicyGates(p) {
  const sections = ["drift", "proxies", "labels", "compliance"].filter((k) => p[k] !== void 0);
  return { data_checks: p.data_checks?.length ?? 0, metric_gates: p.metric_gates?.length ?? 0, fairness_gates: p.fairness?.gates.length ?? 0, sections: [...sections] };
}

// src/core/policy/policy-checks.ts
function checkPolicyForModel(file, policy, map, modelName, model) {
  const problems = [];
  const protectedColumns = model.protected.map((p) => p.column);
  const known = (column, path, what) => {
    if (protectedColumns.includes(column) || column === EACH_PROTECTED) return;
    const hint = suggest(column, protectedColumns);
    problems.push({
      file,
      ...map.valueAt(path),
      path: formatPath(path),
      message: `${what} '${column}' is not a protected attribute of model '${modelName}'${hint ? ` (did you mean '${hint}'?)` : ""}`,
      expected: protectedColumns.length > 0 ? `one of: ${protectedColumns.join(", ")}` : "a model with protected attributes"
    });
  };
  policy.fairness?.gates.forEach((gate, g) => gate.attributes.forEach((a, i) => known(a, ["fairness", "gates", g, "attributes", i], "fairness attribute")));
  for (const column of Object.keys(policy.fairness?.buckets ?? {})) known(column, ["fairness", "buckets", column], "bucketed attribute");
  return problems;
}

// src/pipeline/load-project.ts
var ROLES = ["train", "test", "reference"];
var BUILTIN = "builtin:";
async function loadProject(configPath, files, cwd) {
  const display = (abs) => {
    const rel = relative(cwd, abs);
    return rel === "" || isAbsolute(rel) ? abs : rel;
  };
  let path = resolve(cwd, configPath);
  let kind = await files.kind(path);
  if (kind === "directory") {
    path = join2(path, "mergeml.yaml");
    kind = await files.kind(path);
  }
  if (kind !== "file") throw new ConfigError(`cannot read project file ${display(path)}`, [{ file: display(path), message: kind === "missing" ? "file not found" : "not a regular file", expected: "a mergeml.yaml project file" }]);
  const file = display(path);
  const bytes = await readBytes(files, path, file);
  if (!(bytes instanceof Uint8Array)) throw new ConfigError(`cannot read project file ${file}`, [bytes]);
  const parsed = parseConfigFile(file, bytes, projectSchema);
  if (!parsed.ok) throw new ConfigError(`invalid project file ${file}`, parsed.problems);
  const { value: config, map } = parsed.config;
  const dir = dirname(path);
  const problems = checkProjectSemantics(file, config, map);
  const at = (p) => ({ ...map.valueAt(p), path: formatPath(p) });
  const builtins = await files.builtinPolicies();
  const cache = /* @__PURE__ */ new Map();
  const checkExists = async (abs, where, what) => {
    const k = await files.kind(abs);
    if (k === "file") return true;
    problems.push({ ...where, message: `${what} ${display(abs)} ${k === "missing" ? "does not exist" : "is not a regular file"}`, expected: `an existing file; paths are relative to the folder of ${where.file ?? file}` });
    return false;
  };
  const loadPolicy = async (ref, baseDir, where, chain) => {
    let abs;
    const builtin = ref.startsWith(BUILTIN);
    if (builtin) {
      const name = ref.slice(BUILTIN.length);
      const found = builtins.get(name);
      if (found === void 0) {
        const hint = suggest(name, builtins.keys());
        problems.push({ ...where, message: `unknown builtin policy pack '${name}'${hint ? ` (did you mean 'builtin:${hint}'?)` : ""}`, expected: `one of: ${[...builtins.keys()].map((n) => BUILTIN + n).join(", ")}` });
        return void 0;
      }
      abs = found;
    } else {
      abs = resolve(baseDir, ref);
      if (!await checkExists(abs, where, "policy file")) return void 0;
    }
    if (chain.includes(abs)) {
      problems.push({ ...where, message: `policy '${ref}' extends itself through ${[...chain, abs].map(display).join(" \u2192 ")}` });
      return void 0;
    }
    if (cache.has(abs)) return cache.get(abs) ?? void 0;
    cache.set(abs, null);
    const pfile = display(abs);
    const pbytes = await readBytes(files, abs, pfile);
    if (!(pbytes instanceof Uint8Array)) {
      problems.push(pbytes);
      return void 0;
    }
    const result = parseConfigFile(pfile, pbytes, policySchema);
    if (!result.ok) {
      problems.push(...result.problems);
      return void 0;
    }
    const pmap = result.config.map;
    const extended = [];
    for (const [i, r] of (result.config.value.extends ?? []).entries()) {
      const w = { file: pfile, ...pmap.valueAt(["extends", i]), path: `extends[${i}]`, message: "" };
      const loaded = await loadPolicy(r, dirname(abs), w, [...chain, abs]);
      if (loaded) extended.push(loaded);
    }
    const policy = { ref, path: abs, file: pfile, builtin, config: result.config.value, map: pmap, extends: extended };
    cache.set(abs, policy);
    return policy;
  };
  const models = [];
  for (const [name, model] of Object.entries(config.models)) {
    const base = ["models", name];
    const data = [];
    const headers = [];
    for (const role of ROLES) {
      const entry = model.data[role];
      if (entry === void 0) continue;
      const rel = typeof entry === "string" ? entry : entry.path;
      const abs = resolve(dir, rel);
      const where = { file, ...at(typeof entry === "string" ? [...base, "data", role] : [...base, "data", role, "path"]), message: "" };
      const pin = typeof entry === "string" ? void 0 : entry.sha256;
      const exists = await checkExists(abs, where, `${role} data file`);
      if (exists && pin !== void 0) {
        const actual = await files.sha256(abs);
        if (actual !== pin) problems.push({ file, ...at([...base, "data", role, "sha256"]), message: `sha256 pin does not match ${display(abs)}: pinned ${pin}, file has ${actual}`, expected: "the sha256 of the file as it is (update the pin if the change is intended)" });
      }
      const csv = model.data.format === "csv" || model.data.format === void 0 && !/\.jsonl?$/i.test(rel);
      const header = exists && csv ? await files.firstLine(abs) : void 0;
      if (header !== void 0) headers.push({ role, file: display(abs), columns: parseCsvHeader(header.replace(/^\uFEFF/, ""), model.data.delimiter ?? ",") });
      data.push({ role, path: abs, file: display(abs), ...pin !== void 0 ? { sha256: pin } : {} });
    }
    const columnProblems = checkModelColumns(file, map, name, model, headers);
    problems.push(...columnProblems);
    const train = data.find((d) => d.role === "train");
    const trainHeader = headers.find((h) => h.role === "train");
    const readable = train !== void 0 && await files.kind(train.path) === "file" && (trainHeader === void 0 || trainHeader.columns.includes(model.target));
    if (train && readable && model.task === "binary_classification") {
      const settings = { ...model.data.format ? { format: model.data.format } : {}, ...model.data.delimiter ? { delimiter: model.data.delimiter } : {}, ...model.data.null_values ? { nullValues: model.data.null_values } : {} };
      const observed = await files.columnValues(train.path, train.file, model.target, settings, 20);
      if ("problem" in observed) problems.push(observed.problem);
      else problems.push(...checkTargetValues(file, map, name, model, observed));
    }
    let contract;
    if (model.contract !== void 0) {
      contract = resolve(dir, model.contract);
      await checkExists(contract, { file, ...at([...base, "contract"]), message: "" }, "contract");
    }
    const policies = [];
    for (const [i, ref] of model.policies.entries()) {
      const loaded = await loadPolicy(ref, dir, { file, ...at([...base, "policies", i]), message: "" }, []);
      if (loaded) policies.push(loaded);
    }
    const ordered = flatten(policies);
    for (const p of ordered) problems.push(...checkPolicyForModel(p.file, p.config, p.map, name, model));
    models.push({ name, config: model, data, ...contract !== void 0 ? { contract, contractFile: display(contract) } : {}, policies, policy: composePolicies(ordered.map((p) => p.config), model.protected.map((p) => p.column)) });
  }
  if (problems.length > 0) throw new ConfigError(`invalid configuration ${file}`, groupByFile(problems, file));
  return Object.freeze({ path, file, dir, config, map, models: Object.freeze(models) });
}
async function readBytes(files, path, file) {
  try {
    return await files.read(path);
  } catch (error) {
    const code = error.code;
    return { file, message: `cannot read the file${typeof code === "string" ? ` (${code})` : ""}: ${error instanceof Error ? error.message : String(error)}` };
  }
}
function flatten(policies) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (p) => {
    if (seen.has(p.path)) return;
    seen.add(p.path);
    p.extends.forEach(visit);
    out.push(p);
  };
  policies.forEach(visit);
  return out;
}
function groupByFile(problems, first) {
  const unique = [...new Map(problems.map((p) => [`${p.file}:${p.line}:${p.column}:${p.message}`, p])).values()];
  const files = [.../* @__PURE__ */ new Set([first, ...unique.map((p) => p.file ?? "")])];
  return files.flatMap((f) => sortProblems(unique.filter((p) => (p.file ?? "") === f)));
}

export {
  nodeConfigFiles,
  composePolicies,
  countPolicyGates,
  loadProject,
  flatten
};
