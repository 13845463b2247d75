import { createRequire as __mergemlCreateRequire } from 'node:module';
const require = __mergemlCreateRequire(import.meta.url);

// src/core/errors.ts
function formatProblem(p) {
  const where = p.file === void 0 ? "" : `${p.file}${p.line !== void 0 ? `:${p.line}` : ""}${p.line !== void 0 && p.column !== void 0 ? `:${p.column}` : ""}: `;
  const path = p.path ? `${p.path}: ` : "";
  const expected = p.expected ? ` (expected ${p.expected})` : "";
  return `${where}${path}${p.message}${expected}`;
}
var MergemlError = class extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = new.target.name;
  }
};
var UsageError = class extends MergemlError {
  kind = "usage";
};
var ConfigError = class extends MergemlError {
  kind = "config";
  problems;
  constructor(message, problems = [], options) {
    super(problems.length > 0 ? `${message}
${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}` : message, options);
    this.problems = problems;
  }
};

// src/core/did-you-mean.ts
function editDistance(a, b) {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
function suggest(input, candidates) {
  const needle = input.toLowerCase();
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(needle, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === void 0) return void 0;
  const limit = Math.max(2, Math.floor(Math.max(input.length, best.length) / 3));
  return bestDistance <= limit ? best : void 0;
}

// src/cli/exit-codes.ts
var EXIT = Object.freeze({ ok: 0, failed: 1, usage: 2, internal: 70 });
var ISSUE_URL = "https://github.com/mergeml/mergeml/issues";
function describeFailure(error) {
  if (error instanceof MergemlError) {
    switch (error.kind) {
      case "usage":
      case "input":
      case "config":
        return { exitCode: EXIT.usage, message: `error: ${error.message}` };
      case "check":
        return { exitCode: EXIT.failed, message: error.message };
      case "internal":
        break;
    }
  }
  const detail = error instanceof Error ? error.stack ?? error.message : String(error);
  return {
    exitCode: EXIT.internal,
    message: `internal error: this is a bug in MergeML. Please open an issue at ${ISSUE_URL} with the output below.
${detail}`
  };
}

// src/cli/command.ts
import { parseArgs } from "node:util";
function parseCommandArgs(command, argv) {
  const options = { ...command.options, help: { type: "boolean", short: "h" } };
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    if (unknown !== void 0) {
      const hint = suggest(unknown.replace(/^-+/, ""), Object.keys(options));
      throw new UsageError(
        `mergeml ${command.name}: unknown option ${unknown}${hint ? ` (did you mean --${hint}?)` : ""}. Run \`mergeml ${command.name} --help\`.`
      );
    }
    throw new UsageError(`mergeml ${command.name}: ${message.replace(/\. To specify.*$/s, "")}. Run \`mergeml ${command.name} --help\`.`, { cause: error });
  }
  const positionals = parsed.positionals;
  const bounds = command.positionals ?? { min: 0, max: 0 };
  if (!parsed.values["help"] && (positionals.length < bounds.min || positionals.length > bounds.max)) {
    const extra = positionals.length > bounds.max ? `unexpected argument '${positionals[bounds.max]}'` : "missing argument";
    throw new UsageError(`mergeml ${command.name}: ${extra}. Run \`mergeml ${command.name} --help\`.`);
  }
  return { values: parsed.values, positionals };
}
function optionalString(args, name) {
  const value = args.values[name];
  return typeof value === "string" ? value : void 0;
}

// src/adapters/config/node-config-files.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile, readdir, stat } from "node:fs/promises";
import { basename, join as join2 } from "node:path";

// src/adapters/config/package-assets.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function packageRoot(from = import.meta.url) {
  let dir = dirname(fileURLToPath(from));
  for (; ; ) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        if (JSON.parse(readFileSync(manifest, "utf8")).name === "mergeml") return dir;
      } catch {
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the mergeml package root above ${fileURLToPath(from)}`);
    dir = parent;
  }
}
function policiesDir() {
  return join(packageRoot(), "policies");
}

// src/adapters/config/node-config-files.ts
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
    builtinPolicies: async () => {
      const names2 = (await readdir(builtinDir)).filter((f) => f.endsWith(".yaml")).map((f) => basename(f, ".yaml"));
      return new Map(names2.sort().map((n) => [n, join2(builtinDir, `${n}.yaml`)]));
    }
  };
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
      if (gate.attributes.includes(EACH_PROTECTED)) fairnessGates.push(...protectedColumns.map((column2) => ({ ...gate, attributes: [column2] })));
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

// src/pipeline/load-project.ts
import { dirname as dirname2, isAbsolute, join as join3, relative, resolve } from "node:path";

// src/core/config/deep-freeze.ts
function deepFreeze(value) {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child2 of Object.values(value)) deepFreeze(child2);
  }
  return value;
}

// src/core/config/source-text.ts
function findInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 128) {
      i += 1;
      continue;
    }
    let need;
    let min;
    if (b >= 194 && b <= 223) [need, min] = [1, 128];
    else if (b >= 224 && b <= 239) [need, min] = [2, 2048];
    else if (b >= 240 && b <= 244) [need, min] = [3, 65536];
    else return i;
    let cp = b & 63 >> need;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
      cp = cp << 6 | c & 63;
    }
    if (cp < min || cp >= 55296 && cp <= 57343 || cp > 1114111) return i;
    i += need + 1;
  }
  return -1;
}
function byteLocation(bytes, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset));
  return { line, column: [...prefix].length + 1 };
}
function decodeConfigBytes(file, bytes) {
  const bad = findInvalidUtf8(bytes);
  if (bad >= 0) {
    const at = byteLocation(bytes, bad);
    const hex = bytes[bad].toString(16).padStart(2, "0");
    return {
      ok: false,
      problems: [{ file, ...at, message: `invalid UTF-8: byte 0x${hex} at offset ${bad} is not valid UTF-8`, expected: "a UTF-8 encoded text file" }]
    };
  }
  const text = new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes);
  if (text.trim() === "") {
    return { ok: false, problems: [{ file, line: 1, column: 1, message: bytes.length === 0 ? "file is empty" : "file contains only whitespace", expected: "a YAML mapping starting with `version: 1`" }] };
  }
  return { ok: true, text };
}
function findTabIndentation(file, text, skip = []) {
  const problems = [];
  let offset = 0;
  const lines = text.split("\n");
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    const indent = /^[ \t]*/.exec(line)[0];
    const tab = indent.indexOf("	");
    const rest2 = line.slice(indent.length).trim();
    const inBlock = skip.some(([s, e]) => offset + tab >= s && offset + tab < e);
    if (tab >= 0 && rest2 !== "" && !inBlock) {
      problems.push({ file, line: n + 1, column: tab + 1, message: "tab character used for indentation", expected: "spaces (YAML does not allow tabs for indentation)" });
    }
    offset += line.length + 1;
  }
  return problems;
}

// src/core/config/yaml-document.ts
import { CORE_SCHEMA, EVENT_ID, constructFromEvents, getScalarValue, parseEvents } from "js-yaml";

// src/core/config/source-map.ts
var LineIndex = class {
  starts = [0];
  constructor(text) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  position(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
};
function formatPath(path) {
  let out = "";
  for (const seg of path) out += typeof seg === "number" ? `[${seg}]` : out === "" ? seg : `.${seg}`;
  return out;
}
function keyOf(path) {
  return JSON.stringify(path.map((s) => typeof s === "number" ? s : String(s)));
}
var SourceMap = class {
  entries = /* @__PURE__ */ new Map();
  set(path, value, key) {
    this.entries.set(keyOf(path), key === void 0 ? { value } : { value, key });
  }
  has(path) {
    return this.entries.has(keyOf(path));
  }
  /** The value node at `path`, or the key of the nearest existing ancestor entry. */
  valueAt(path) {
    const exact = this.entries.get(keyOf(path));
    if (exact) return exact.value;
    return this.keyAt(path.slice(0, -1));
  }
  /** The key of the entry at `path` (its value for sequence items and the root), falling back to ancestors. */
  keyAt(path) {
    for (let n = path.length; n >= 0; n--) {
      const entry = this.entries.get(keyOf(path.slice(0, n)));
      if (entry) return entry.key ?? entry.value;
    }
    return { line: 1, column: 1 };
  }
};

// src/core/config/yaml-document.ts
var MAX_EXPANDED_NODES = 1e5;
var MAX_DEPTH = 64;
function yamlError(file, error) {
  const e = error;
  const reason = typeof e.reason === "string" ? e.reason : String(e.message ?? error);
  const mark = e.mark;
  const at = mark && typeof mark.line === "number" ? { line: mark.line + 1, column: (mark.column ?? 0) + 1 } : {};
  return { file, ...at, message: `YAML syntax error: ${reason}`, expected: "valid YAML 1.2" };
}
function nodeStart(ev) {
  if (ev.type === EVENT_ID.SCALAR) {
    return ev.style === 2 || ev.style === 3 ? ev.valueStart - 1 : ev.valueStart;
  }
  if (ev.type === EVENT_ID.ALIAS) return ev.anchorStart - 1;
  if (ev.type === EVENT_ID.MAPPING || ev.type === EVENT_ID.SEQUENCE) return ev.start;
  return 0;
}
function parseYamlDocument(file, text) {
  const lines = new LineIndex(text);
  let events;
  try {
    events = parseEvents(text, { filename: file, maxDepth: MAX_DEPTH });
  } catch (error) {
    const tabs2 = findTabIndentation(file, text);
    return { ok: false, problems: tabs2.length > 0 ? tabs2 : [yamlError(file, error)] };
  }
  const blocks = events.filter((e) => e.type === EVENT_ID.SCALAR && (e.style === 4 || e.style === 5)).map((e) => [e.valueStart, e.valueEnd]);
  const tabs = findTabIndentation(file, text, blocks);
  if (tabs.length > 0) return { ok: false, problems: tabs };
  const problems = [];
  const map = new SourceMap();
  const anchors = /* @__PURE__ */ new Map();
  const stack = [];
  let documents = 0;
  let rootSize = 0;
  let skipDepth = 0;
  const at = (offset) => lines.position(offset);
  const place = (size, anchor) => {
    if (anchor !== void 0) anchors.set(anchor, size);
    const parent = stack[stack.length - 1];
    if (parent) parent.size += size;
    else rootSize += size;
  };
  const enter = (ev, start) => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      map.set([], at(start));
      return [];
    }
    if (parent.kind === "seq") {
      const path2 = [...parent.path, parent.index++];
      map.set(path2, at(start));
      return path2;
    }
    if (parent.pendingKey === void 0) {
      if (ev.type !== EVENT_ID.SCALAR) {
        const where2 = at(start);
        const what = ev.type === EVENT_ID.ALIAS ? "an alias" : "a collection";
        problems.push({ file, ...where2, path: formatPath(parent.path), message: `a mapping key must be a plain string, found ${what}` });
        parent.pendingKey = { name: `\0complex${start}`, at: where2 };
        return void 0;
      }
      const name = getScalarValue(text, ev);
      const where = at(start);
      const first2 = parent.keys.get(name);
      if (first2 !== void 0) {
        const isModel = parent.path.length === 1 && parent.path[0] === "models";
        problems.push({
          file,
          ...where,
          path: formatPath([...parent.path, name]),
          message: `${isModel ? `model '${name}' is declared twice` : `duplicate key '${name}'`}; first defined at line ${first2.line}, column ${first2.column}`,
          expected: "each key once per mapping"
        });
      } else parent.keys.set(name, where);
      if (name === "<<") problems.push({ file, ...where, path: formatPath(parent.path), message: "merge keys ('<<') are not supported in MergeML files", expected: "the keys written out" });
      parent.pendingKey = { name, at: where };
      return void 0;
    }
    const key = parent.pendingKey;
    parent.pendingKey = void 0;
    const path = [...parent.path, key.name];
    map.set(path, at(start), key.at);
    return path;
  };
  for (const ev of events) {
    if (problems.length > 50) break;
    if (ev.type === EVENT_ID.DOCUMENT) {
      documents += 1;
      if (documents > 1) {
        const markers = [...text.matchAll(/^---(?=\s|$)/gm)].map((m) => m.index);
        const first2 = events[0]?.type === EVENT_ID.DOCUMENT && events[0].explicitStart;
        const marker = markers[first2 ? 1 : 0];
        problems.push({ file, ...marker !== void 0 ? at(marker) : {}, message: "the file holds more than one YAML document", expected: "a single document (remove the `---` separator)" });
        break;
      }
      continue;
    }
    if (skipDepth > 0) {
      if (ev.type === EVENT_ID.MAPPING || ev.type === EVENT_ID.SEQUENCE) skipDepth += 1;
      else if (ev.type === EVENT_ID.POP) skipDepth -= 1;
      continue;
    }
    if (ev.type === EVENT_ID.POP) {
      const frame = stack.pop();
      if (frame) place(frame.size, frame.anchor);
      continue;
    }
    const start = nodeStart(ev);
    const anchor = "anchorStart" in ev && ev.anchorStart >= 0 && ev.type !== EVENT_ID.ALIAS ? text.slice(ev.anchorStart, ev.anchorEnd) : void 0;
    const parent = stack[stack.length - 1];
    const isKey = parent?.kind === "map" && parent.pendingKey === void 0;
    const path = enter(ev, start);
    if (isKey) {
      if (ev.type === EVENT_ID.MAPPING || ev.type === EVENT_ID.SEQUENCE) skipDepth = 1;
      if (parent) parent.size += 1;
      continue;
    }
    if (ev.type === EVENT_ID.SCALAR) place(1, anchor);
    else if (ev.type === EVENT_ID.ALIAS) {
      const name = text.slice(ev.anchorStart, ev.anchorEnd);
      const size = anchors.get(name);
      if (size === void 0) {
        problems.push({ file, ...at(start), message: `alias '*${name}' refers to an unknown anchor`, expected: `an anchor '&${name}' defined before it` });
        place(1, void 0);
      } else place(size, void 0);
    } else {
      stack.push({ kind: ev.type === EVENT_ID.MAPPING ? "map" : "seq", path: path ?? [], index: 0, keys: /* @__PURE__ */ new Map(), size: 1, ...anchor !== void 0 ? { anchor } : {} });
    }
    const total2 = rootSize + stack.reduce((s, f) => s + f.size, 0);
    if (total2 > MAX_EXPANDED_NODES) {
      problems.push({
        file,
        ...at(start),
        message: `aliases expand this document to more than ${MAX_EXPANDED_NODES} nodes (an alias bomb, "billion laughs")`,
        expected: "anchors and aliases used sparingly, or the values written out"
      });
      break;
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  let value;
  try {
    [value] = constructFromEvents(events, { source: text, filename: file, schema: CORE_SCHEMA });
  } catch (error) {
    return { ok: false, problems: [yamlError(file, error)] };
  }
  if (value === void 0 || value === null) {
    return { ok: false, problems: [{ file, line: 1, column: 1, message: "file has no YAML content (only comments or an empty document)", expected: "a YAML mapping starting with `version: 1`" }] };
  }
  return { ok: true, doc: { value, map } };
}

// src/core/config/schema-keys.ts
function defOf(schema) {
  return schema._zod.def;
}
function unwrap(schema) {
  let s = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(s);
    if (def.innerType && ["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional"].includes(def.type)) s = def.innerType;
    else if (def.type === "pipe" && def.in) s = def.in;
    else if (def.type === "lazy" && def.getter) s = def.getter();
    else return s;
  }
  return s;
}
function literalValues(schema) {
  const def = defOf(unwrap(schema));
  return def.type === "literal" ? def.values ?? [] : [];
}
function objectOptions(schema, value) {
  const s = unwrap(schema);
  const def = defOf(s);
  if (def.type === "object") return [s];
  if (def.type === "union" && def.options) {
    const all = def.options.flatMap((o) => objectOptions(o, value));
    const tag = def.discriminator;
    if (tag !== void 0 && value !== null && typeof value === "object") {
      const chosen = value[tag];
      const matching = all.filter((o) => literalValues(defOf(o).shape?.[tag]).includes(chosen));
      if (matching.length > 0) return matching;
    }
    return all;
  }
  return [];
}
function child(schema, segment, value) {
  const s = unwrap(schema);
  const def = defOf(s);
  const next = value !== null && typeof value === "object" ? value[segment] : void 0;
  if (def.type === "array" && def.element) return { schema: def.element, value: next };
  if (def.type === "record" && def.valueType) return { schema: def.valueType, value: next };
  for (const option of objectOptions(s, value)) {
    const field = defOf(option).shape?.[String(segment)];
    if (field) return { schema: field, value: next };
  }
  return void 0;
}
function allowedKeysAt(root, path, data) {
  let cur = { schema: root, value: data };
  for (const segment of path) {
    cur = cur ? child(cur.schema, segment, cur.value) : void 0;
    if (!cur) return [];
  }
  const keys = /* @__PURE__ */ new Set();
  for (const option of objectOptions(cur.schema, cur.value)) for (const k of Object.keys(defOf(option).shape ?? {})) keys.add(k);
  return [...keys];
}

// src/core/config/zod-problems.ts
function valueAt(data, path) {
  let cur = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object") return void 0;
    cur = cur[seg];
  }
  return cur;
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value)}`;
  return `${typeof value} ${String(value)}`;
}
var TYPE_NAMES = { object: "a mapping", array: "a list", string: "a string", number: "a number", boolean: "true or false", int: "an integer", record: "a mapping" };
function quoteList(values) {
  return values.map((v) => JSON.stringify(v)).join(", ");
}
function bestBranch(branches) {
  const fitting = branches.filter((issues) => !issues.some((i) => i.path.length === 0 && i.code === "invalid_type"));
  return fitting.length === 1 ? fitting[0] : void 0;
}
function zodIssuesToProblems(file, issues, map, data, schema, prefix = []) {
  const out = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    const segs = path.map((s) => typeof s === "symbol" ? String(s) : s);
    const value = valueAt(data, path);
    const where = (p) => ({ file, ...map.valueAt(p), path: formatPath(p.map((s) => typeof s === "symbol" ? String(s) : s)) });
    switch (issue.code) {
      case "unrecognized_keys": {
        const allowed = allowedKeysAt(schema, path, data);
        for (const key of issue.keys) {
          const hint = suggest(key, allowed);
          out.push({
            file,
            ...map.keyAt([...path, key]),
            path: formatPath([...segs, key]),
            message: `unknown key '${key}'${hint ? ` (did you mean '${hint}'?)` : ""}`,
            expected: allowed.length > 0 ? `one of: ${allowed.join(", ")}` : "no extra keys"
          });
        }
        break;
      }
      case "invalid_type": {
        const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
        if (value === void 0 && !map.has(path)) {
          out.push({ file, ...map.keyAt(path.slice(0, -1)), path: formatPath(segs), message: `missing required key '${String(path[path.length - 1] ?? "")}'`, expected });
        } else out.push({ ...where(path), message: `wrong type: found ${describe(value)}`, expected });
        break;
      }
      case "invalid_value": {
        if (value === void 0 && !map.has(path)) {
          out.push({ file, ...map.keyAt(path.slice(0, -1)), path: formatPath(segs), message: `missing required key '${String(path[path.length - 1] ?? "")}'`, expected: issue.values.length === 1 ? quoteList(issue.values) : `one of: ${quoteList(issue.values)}` });
          break;
        }
        const strings = issue.values.filter((v) => typeof v === "string");
        const hint = typeof value === "string" ? suggest(value, strings) : void 0;
        out.push({ ...where(path), message: `invalid value ${JSON.stringify(value)}${hint ? ` (did you mean '${hint}'?)` : ""}`, expected: issue.values.length === 1 ? quoteList(issue.values) : `one of: ${quoteList(issue.values)}` });
        break;
      }
      case "invalid_union": {
        const disc = issue.discriminator;
        const options = (issue.options ?? []).filter((v) => typeof v === "string");
        if (disc !== void 0) {
          const tagPath = path[path.length - 1] === disc ? path : [...path, disc];
          const tag = valueAt(data, tagPath);
          if (tag === void 0) {
            out.push({ file, ...map.valueAt(tagPath.slice(0, -1)), path: formatPath(tagPath.map(String)), message: `missing required key '${disc}'`, expected: `one of: ${options.join(", ")}` });
          } else {
            const hint = typeof tag === "string" ? suggest(tag, options) : void 0;
            out.push({ ...where(tagPath), message: `unknown ${disc} ${JSON.stringify(tag)}${hint ? ` (did you mean '${hint}'?)` : ""}`, expected: `one of: ${options.join(", ")}` });
          }
          break;
        }
        const best = bestBranch(issue.errors);
        if (best) out.push(...zodIssuesToProblems(file, best, map, data, schema, path));
        else out.push({ ...where(path), message: `wrong form: found ${describe(value)}`, expected: issue.message === "Invalid input" ? "one of the documented forms" : issue.message });
        break;
      }
      case "invalid_key": {
        const detail = issue.issues.map((i) => i.message).join("; ");
        out.push({ file, ...map.keyAt(path), path: formatPath(segs), message: `invalid name '${String(path[path.length - 1] ?? "")}': ${detail}` });
        break;
      }
      case "too_small":
      case "too_big":
      case "invalid_format":
      case "not_multiple_of":
      case "custom":
      default:
        out.push({ ...where(path), message: issue.message });
    }
  }
  return out;
}

// src/core/config/parse-config.ts
function parseConfigFile(file, bytes, schema) {
  const decoded = decodeConfigBytes(file, bytes);
  if (!decoded.ok) return decoded;
  const parsed = parseYamlDocument(file, decoded.text);
  if (!parsed.ok) return parsed;
  const { value, map } = parsed.doc;
  const result = schema.safeParse(value);
  if (!result.success) return { ok: false, problems: sortProblems(zodIssuesToProblems(file, result.error.issues, map, value, schema)) };
  return { ok: true, config: { file, value: deepFreeze(result.data), map } };
}
function sortProblems(problems) {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
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

// src/core/config/project-schema.ts
import { z as z3 } from "zod";

// src/core/config/protected-basis.ts
import { z } from "zod";
var PROTECTED_BASES = Object.freeze([
  "race",
  "color",
  "religion",
  "national_origin",
  "sex",
  "marital_status",
  "age",
  "public_assistance_income",
  "exercised_ccpa_rights"
]);
var protectedBasisSchema = z.enum(PROTECTED_BASES).describe("A prohibited basis of Regulation B, 12 CFR 1002.2(z).");
var severitySchema = z.enum(["error", "warning"]).describe("error fails the run; warning is reported only.");
var columnNameSchema = z.string().min(1, "a column name must not be empty");

// src/core/config/train-schema.ts
import { z as z2 } from "zod";
var mlpSchema = z2.strictObject({
  type: z2.literal("mlp"),
  layers: z2.array(z2.number().int().min(1)).min(1),
  activation: z2.enum(["relu", "tanh", "sigmoid", "elu", "selu", "linear"]).default("relu"),
  dropout: z2.number().min(0).lt(1).optional(),
  l2: z2.number().min(0).optional()
});
var logisticSchema = z2.strictObject({
  type: z2.literal("logistic_regression"),
  l2: z2.number().min(0).optional()
});
var trainModelSchema = z2.discriminatedUnion("type", [mlpSchema, logisticSchema]);
var trainSchema = z2.strictObject({
  command: z2.string().min(1).optional().describe("bring your own trainer; excludes the TF.js settings"),
  backend: z2.enum(["auto", "tensorflow-gpu", "tensorflow", "wasm", "cpu"]).optional(),
  seed: z2.number().int().min(0).optional(),
  model: trainModelSchema.optional(),
  optimizer: z2.enum(["adam", "sgd", "rmsprop", "adagrad"]).optional(),
  learning_rate: z2.number().positive().optional(),
  batch_size: z2.number().int().min(1).optional(),
  epochs: z2.number().int().min(1).optional(),
  validation_split: z2.number().min(0).lt(1).optional(),
  early_stopping: z2.strictObject({ monitor: z2.enum(["val_loss", "loss", "val_acc", "acc"]).default("val_loss"), patience: z2.number().int().min(0), min_delta: z2.number().min(0).optional() }).optional(),
  class_weight: z2.union([z2.literal("balanced"), z2.record(z2.string(), z2.number().positive())]).optional(),
  checkpoint_every: z2.number().int().min(1).optional()
}).superRefine((value, ctx) => {
  if (value.command === void 0) return;
  for (const key of Object.keys(value)) {
    if (key !== "command") ctx.addIssue({ code: "custom", path: [key], message: `'${key}' has no effect with 'command' (bring-your-own trainer); remove one of them` });
  }
});

// src/core/config/project-schema.ts
var MODEL_NAME = /^[a-z0-9][a-z0-9._-]*$/;
var SHA256 = /^[0-9a-f]{64}$/;
var dataFileSchema = z3.union([
  z3.string().min(1),
  z3.strictObject({ path: z3.string().min(1), sha256: z3.string().regex(SHA256, "must be 64 lowercase hex digits (the sha256 of the file)").optional() })
]);
var dataSchema = z3.strictObject({
  train: dataFileSchema,
  test: dataFileSchema.optional(),
  reference: dataFileSchema.optional().describe("data of the model in production, for drift"),
  format: z3.enum(["csv", "jsonl"]).optional().describe("default from the file extension"),
  delimiter: z3.string().length(1, "must be a single character").optional(),
  null_values: z3.array(z3.string()).optional()
});
var protectedAttributeSchema = z3.strictObject({
  column: columnNameSchema,
  basis: protectedBasisSchema
});
var policyRefSchema = z3.string().min(1);
var modelSchema = z3.strictObject({
  description: z3.string().optional(),
  task: z3.enum(["binary_classification", "regression"]).default("binary_classification"),
  data: dataSchema,
  target: columnNameSchema,
  positive_class: z3.union([z3.string(), z3.number(), z3.boolean()]).optional().describe("required for binary_classification"),
  features: z3.array(columnNameSchema).min(1),
  protected: z3.array(protectedAttributeSchema).default([]),
  contract: z3.string().min(1).optional().describe("data contract written by `mergeml schema infer`"),
  policies: z3.array(policyRefSchema).default([]),
  paths: z3.array(z3.string().min(1)).optional().describe("extra code paths that affect this model"),
  train: trainSchema.optional()
}).superRefine((m, ctx) => {
  if (m.task === "binary_classification" && m.positive_class === void 0) {
    ctx.addIssue({ code: "invalid_type", expected: "string", path: ["positive_class"], message: "positive_class is required for binary_classification" });
  }
  if (m.task === "regression" && m.positive_class !== void 0) {
    ctx.addIssue({ code: "custom", path: ["positive_class"], message: "positive_class has no meaning for a regression model; remove it" });
  }
});
var registrySchema = z3.strictObject({
  stages: z3.array(z3.string().regex(/^[a-z][a-z0-9_-]*$/)).min(1).default(["staging", "production"]),
  binaries: z3.enum(["commit", "release"]).default("commit"),
  max_commit_bytes: z3.number().int().min(1).default(10485760)
});
var projectSchema = z3.strictObject({
  version: z3.literal(1),
  models: z3.record(z3.string().regex(MODEL_NAME, 'a model name is lowercase letters, digits, ".", "_" or "-", starting with a letter or digit'), modelSchema),
  registry: registrySchema.optional()
});

// src/core/policy/policy-checks.ts
function checkPolicyForModel(file, policy, map, modelName, model) {
  const problems = [];
  const protectedColumns = model.protected.map((p) => p.column);
  const known = (column2, path, what) => {
    if (protectedColumns.includes(column2) || column2 === EACH_PROTECTED) return;
    const hint = suggest(column2, protectedColumns);
    problems.push({
      file,
      ...map.valueAt(path),
      path: formatPath(path),
      message: `${what} '${column2}' is not a protected attribute of model '${modelName}'${hint ? ` (did you mean '${hint}'?)` : ""}`,
      expected: protectedColumns.length > 0 ? `one of: ${protectedColumns.join(", ")}` : "a model with protected attributes"
    });
  };
  policy.fairness?.gates.forEach((gate, g) => gate.attributes.forEach((a, i) => known(a, ["fairness", "gates", g, "attributes", i], "fairness attribute")));
  for (const column2 of Object.keys(policy.fairness?.buckets ?? {})) known(column2, ["fairness", "buckets", column2], "bucketed attribute");
  return problems;
}

// src/core/policy/policy-file.ts
import { z as z11 } from "zod";

// src/core/policy/compliance-schema.ts
import { z as z4 } from "zod";
var complianceSchema = z4.strictObject({
  prohibited_bases: z4.array(protectedBasisSchema).optional(),
  forbid_protected_features: z4.boolean().optional(),
  require_protected_in_evaluation: z4.boolean().optional(),
  stages: z4.array(z4.string().regex(/^[a-z][a-z0-9_-]*$/)).optional().describe("stages this policy allows")
});

// src/core/policy/data-checks-schema.ts
import { z as z5 } from "zod";

// src/core/policy/data-check-registry.ts
var DATA_CHECKS = Object.freeze([
  { id: "DV01", name: "column_exists", title: "Column exists" },
  { id: "DV02", name: "columns_match_set", title: "No unexpected columns" },
  { id: "DV03", name: "column_order", title: "Column order" },
  { id: "DV04", name: "row_count_between", title: "Row count bounds" },
  { id: "DV05", name: "row_count_vs_previous", title: "Row count vs previous" },
  { id: "DV06", name: "values_not_null", title: "Presence / completeness" },
  { id: "DV07", name: "column_type", title: "Physical type" },
  { id: "DV08", name: "mixed_types", title: "Mixed types in a string column" },
  { id: "DV09", name: "mixed_nulls", title: "Mixed null tokens" },
  { id: "DV10", name: "values_between", title: "Numeric range" },
  { id: "DV11", name: "no_nan_inf", title: "NaN / Inf" },
  { id: "DV12", name: "values_in_set", title: "Categorical domain" },
  { id: "DV13", name: "values_per_example", title: "Values per example" },
  { id: "DV14", name: "distinct_count_between", title: "Distinct-count bounds" },
  { id: "DV15", name: "values_unique", title: "Unique key" },
  { id: "DV16", name: "duplicate_rows", title: "Duplicate rows" },
  { id: "DV17", name: "duplicate_columns", title: "Duplicate columns" },
  { id: "DV18", name: "constant_column", title: "Constant column" },
  { id: "DV19", name: "empty_rows_columns", title: "Empty rows/columns" },
  { id: "DV20", name: "values_match_regex", title: "Regex" },
  { id: "DV21", name: "string_length_between", title: "String length" },
  { id: "DV22", name: "string_variants", title: "String variants" },
  { id: "DV23", name: "special_characters", title: "Special characters" },
  { id: "DV24", name: "string_length_outliers", title: "String-length outliers" },
  { id: "DV25", name: "dominant_value", title: "Dominant value" },
  { id: "DV26", name: "summary_statistics", title: "Summary statistics" },
  { id: "DV27", name: "conflicting_labels", title: "Conflicting labels" },
  { id: "DV28", name: "feature_label_leakage", title: "Feature\u2192label leakage" },
  { id: "DV29", name: "feature_correlation", title: "Feature\u2013feature correlation" },
  { id: "DV30", name: "distribution_skew", title: "Distribution skew/drift vs a control dataset" }
].map((e) => Object.freeze(e)));
var DATA_CHECK_NAMES = Object.freeze(DATA_CHECKS.map((e) => e.name));

// src/core/policy/data-checks-schema.ts
var common = {
  severity: severitySchema.default("error"),
  description: z5.string().optional()
};
var column = { column: columnNameSchema };
var optionalColumn = { column: columnNameSchema.optional().describe("omit to check every applicable column") };
var mostly = { mostly: z5.number().min(0).max(1).optional().describe("share of non-null rows that must pass (GX `mostly`, default 1.0)") };
var share = (what) => z5.number().min(0).max(1).describe(what);
var nonNegativeInt = z5.number().int().min(0);
var DATA_CHECK_PARAMS = {
  column_exists: { ...column },
  columns_match_set: { columns: z5.array(columnNameSchema).min(1), exact_match: z5.boolean().optional() },
  column_order: { columns: z5.array(columnNameSchema).min(1) },
  row_count_between: { min: nonNegativeInt.optional(), max: nonNegativeInt.optional() },
  row_count_vs_previous: { min_fraction: z5.number().min(0).optional(), max_fraction: z5.number().min(0).optional() },
  values_not_null: { ...column, ...mostly, min_count: nonNegativeInt.optional(), min_fraction: share("TFDV presence.min_fraction: least fraction of rows where the value is present").optional() },
  column_type: { ...column, ...mostly, type: z5.enum(["integer", "float", "number", "string", "boolean"]) },
  mixed_types: { ...optionalColumn, min_ratio: share("lower bound of the minority share (default 0.01)").optional(), max_ratio: share("upper bound of the minority share (default 0.1)").optional() },
  mixed_nulls: { ...optionalColumn, max_kinds: nonNegativeInt.optional().describe("default 1") },
  values_between: { ...column, ...mostly, min: z5.number().nullable().optional(), max: z5.number().nullable().optional(), strict_min: z5.boolean().optional(), strict_max: z5.boolean().optional() },
  no_nan_inf: { ...optionalColumn, disallow_nan: z5.boolean().optional(), disallow_inf: z5.boolean().optional() },
  values_in_set: { ...column, ...mostly, values: z5.array(z5.union([z5.string(), z5.number(), z5.boolean()])).min(1), min_domain_mass: share("TFDV distribution_constraints.min_domain_mass: least share of values inside the set").optional() },
  values_per_example: { ...column, min: nonNegativeInt.optional(), max: nonNegativeInt.optional() },
  distinct_count_between: { ...column, min: nonNegativeInt.optional(), max: nonNegativeInt.optional() },
  values_unique: { ...column, ...mostly },
  duplicate_rows: { columns: z5.array(columnNameSchema).optional(), max_ratio: share("largest allowed duplicate share (default 0)").optional() },
  duplicate_columns: { max_count: nonNegativeInt.optional() },
  constant_column: { ...optionalColumn, max_count: nonNegativeInt.optional() },
  empty_rows_columns: { max_empty_rows: nonNegativeInt.optional(), max_empty_columns: nonNegativeInt.optional() },
  values_match_regex: { ...column, ...mostly, regex: z5.string().min(1), mode: z5.enum(["search", "match"]).optional().describe("search: unanchored (GX); match: anchored at the start (pandera)") },
  string_length_between: { ...column, ...mostly, min: nonNegativeInt.optional(), max: nonNegativeInt.optional() },
  string_variants: { ...optionalColumn, max_variants: nonNegativeInt.optional() },
  special_characters: { ...optionalColumn, max_ratio: share("default 0.001").optional() },
  string_length_outliers: { ...optionalColumn, max_ratio: share("default 0").optional() },
  dominant_value: { ...optionalColumn, max_share: share("default 0.8").optional() },
  summary_statistics: {
    ...column,
    statistic: z5.enum(["mean", "median", "std", "quantile", "mean_in_n_sigmas"]),
    quantile: z5.number().min(0).max(1).optional(),
    min: z5.number().optional(),
    max: z5.number().optional(),
    n_sigmas: z5.number().positive().optional(),
    strict_min: z5.boolean().optional(),
    strict_max: z5.boolean().optional()
  },
  conflicting_labels: { max_share: share("default 0").optional() },
  feature_label_leakage: { columns: z5.array(columnNameSchema).optional(), max_pps: share("default 0.8").optional() },
  feature_correlation: { threshold: z5.number().min(0).max(1).optional(), max_pairs: nonNegativeInt.optional() },
  distribution_skew: { ...optionalColumn, metric: z5.enum(["linf", "jensen_shannon", "normalized_abs_difference"]), threshold: z5.number().min(0) }
};
function checkSchema(name) {
  const id = DATA_CHECKS.find((e) => e.name === name)?.id ?? "";
  return z5.strictObject({ check: z5.literal(name), ...common, ...DATA_CHECK_PARAMS[name] }).describe(`${id} ${name}`);
}
var names = Object.keys(DATA_CHECK_PARAMS);
var [first, ...rest] = names.map((n) => checkSchema(n));
var dataCheckSchema = z5.discriminatedUnion("check", [first, ...rest]);
var dataChecksSchema = z5.array(dataCheckSchema).describe("Data checks (DV01\u2013DV30), see docs/policies.md.");

// src/core/policy/drift-schema.ts
import { z as z6 } from "zod";
var STATTESTS = Object.freeze(["auto", "psi", "ks", "chisquare", "z", "jensenshannon", "wasserstein"]);
var stattestSchema = z6.enum(STATTESTS);
var columnDriftSchema = z6.strictObject({
  stattest: stattestSchema.optional(),
  threshold: z6.number().min(0).optional()
});
var driftSchema = z6.strictObject({
  stattest: stattestSchema.default("auto"),
  threshold: z6.number().min(0).optional().describe("default depends on the test: p-value 0.05, distances 0.1"),
  drift_share: z6.number().min(0).max(1).default(0.5).describe("dataset drift when the share of drifted columns >= this"),
  severity: severitySchema.default("warning"),
  columns: z6.record(columnNameSchema, columnDriftSchema).optional()
});

// src/core/policy/fairness-schema.ts
import { z as z7 } from "zod";

// src/core/fairness/metric-value.ts
function defined(value, note) {
  if (!Number.isFinite(value)) return { value: null, note: note ?? "not a finite number" };
  return note === void 0 ? { value } : { value, note };
}
function undefinedValue(reason) {
  return { value: null, note: reason };
}

// src/core/fairness/fairlearn-aggregation.ts
function groupValues(frame, metric2) {
  const notes = [];
  const byGroup = frame.groups.map((g) => {
    const v = metric2.compute(g.counts);
    if (v.note !== void 0) notes.push(`${metric2.name} of group \`${g.name}\`: ${v.note}`);
    return { group: g.name, value: v.value };
  });
  return { byGroup, overall: metric2.compute(frame.overall).value, notes };
}
function present(values) {
  return values.byGroup.flatMap((g) => g.value === null ? [] : [g.value]);
}
function withNotes(v, notes) {
  if (notes.length === 0) return v;
  const note = [v.note, ...notes].filter((x) => x !== void 0).join("; ");
  return { value: v.value, note };
}
function fairlearnDifference(values, method, metricName) {
  const xs = present(values);
  if (xs.length === 0) return undefinedValue(`no group has a defined ${metricName}`);
  if (method === "between_groups") return withNotes(defined(Math.max(...xs) - Math.min(...xs)), values.notes);
  if (values.overall === null) return undefinedValue(`overall ${metricName} is undefined`);
  const overall = values.overall;
  return withNotes(defined(Math.max(...xs.map((x) => Math.abs(x - overall)))), values.notes);
}
function fairlearnRatio(values, method, metricName) {
  const xs = present(values);
  if (xs.length === 0) return undefinedValue(`no group has a defined ${metricName}`);
  if (method === "between_groups") {
    const max = Math.max(...xs);
    if (max === 0) return undefinedValue(`${metricName} is 0 in every group, so min/max is 0/0 (NaN in Fairlearn)`);
    return withNotes(defined(Math.min(...xs) / max), values.notes);
  }
  const overall = values.overall;
  if (overall === null || overall === 0) return undefinedValue(`overall ${metricName} is ${overall === null ? "undefined" : "0"}, so group/overall is undefined (NaN in Fairlearn)`);
  const ratios = xs.map((x) => x / overall).map((r) => r > 1 ? 1 / r : r);
  return withNotes(defined(Math.min(...ratios)), values.notes);
}

// src/core/fairness/confusion-counts.ts
var CELL = Object.freeze({ tp: 0, fp: 1, tn: 2, fn: 3 });
function total(c) {
  return c.tp + c.fp + c.tn + c.fn;
}
function positives(c) {
  return c.tp + c.fn;
}
function negatives(c) {
  return c.tn + c.fp;
}
function sumCounts(list) {
  let tp = 0, fp = 0, tn = 0, fn = 0;
  for (const c of list) {
    tp += c.tp;
    fp += c.fp;
    tn += c.tn;
    fn += c.fn;
  }
  return { tp, fp, tn, fn };
}

// src/core/fairness/group-metric-registry.ts
function rateOrZero(num, den, whenZero) {
  return den === 0 ? defined(0, whenZero) : defined(num / den);
}
var NO_POSITIVES = "group has no positive labels; 0 as Fairlearn defines it (sklearn nan_to_num)";
var NO_NEGATIVES = "group has no negative labels; 0 as Fairlearn defines it (sklearn nan_to_num)";
var GROUP_METRICS = Object.freeze([
  {
    name: "count",
    label: "count",
    description: "Number of rows in the group.",
    direction: "neutral",
    compute: (c) => defined(total(c))
  },
  {
    name: "selection_rate",
    label: "selection rate",
    description: "Share of rows predicted positive, P(\u0177 = 1).",
    direction: "neutral",
    compute: (c) => total(c) === 0 ? undefinedValue("empty group") : defined((c.tp + c.fp) / total(c))
  },
  {
    name: "true_positive_rate",
    label: "TPR",
    description: "Recall: TP / (TP + FN).",
    direction: "higher_is_better",
    compute: (c) => rateOrZero(c.tp, positives(c), NO_POSITIVES)
  },
  {
    name: "false_positive_rate",
    label: "FPR",
    description: "FP / (FP + TN).",
    direction: "lower_is_better",
    compute: (c) => rateOrZero(c.fp, negatives(c), NO_NEGATIVES)
  },
  {
    name: "false_negative_rate",
    label: "FNR",
    description: "FN / (TP + FN).",
    direction: "lower_is_better",
    compute: (c) => rateOrZero(c.fn, positives(c), NO_POSITIVES)
  },
  {
    name: "precision",
    label: "precision",
    description: "TP / (TP + FP); sklearn zero_division gives 0.",
    direction: "higher_is_better",
    compute: (c) => rateOrZero(c.tp, c.tp + c.fp, "no row predicted positive; 0 as sklearn precision_score defines it (zero_division)")
  },
  {
    name: "accuracy",
    label: "accuracy",
    description: "(TP + TN) / n.",
    direction: "higher_is_better",
    compute: (c) => total(c) === 0 ? undefinedValue("empty group") : defined((c.tp + c.tn) / total(c))
  }
]);
function findGroupMetric(name) {
  return GROUP_METRICS.find((m) => m.name === name);
}

// src/core/fairness/aif360-metrics.ts
function selectionRate(c) {
  return (c.tp + c.fp) / total(c);
}
function splitPrivileged(frame, privileged) {
  if (frame.groups.length < 2) return "only one group is observed, so there is no unprivileged group to compare";
  let chosen = frame.groups[0];
  if (privileged !== void 0) {
    chosen = frame.groups.find((g) => g.name === privileged);
    if (chosen === void 0) return `privileged group \`${privileged}\` is not observed in the data`;
  } else {
    for (const g of frame.groups) if (selectionRate(g.counts) > selectionRate(chosen.counts)) chosen = g;
  }
  const p = chosen;
  return { privileged: p.name, privilegedCounts: p.counts, unprivilegedCounts: sumCounts(frame.groups.filter((g) => g !== p).map((g) => g.counts)) };
}
function rate(num, den, what) {
  return den === 0 ? `${what} has a zero denominator (NaN in AIF360)` : num / den;
}
function pairwise(frame, privileged, f) {
  const split = splitPrivileged(frame, privileged);
  if (typeof split === "string") return undefinedValue(split);
  const v = f(split.unprivilegedCounts, split.privilegedCounts);
  if (typeof v === "string") return undefinedValue(v);
  return defined(v, `privileged group: \`${split.privileged}\`; unprivileged: all other groups pooled`);
}
function tprFpr(c, who) {
  const tpr = rate(c.tp, positives(c), `TPR of the ${who} rows`);
  if (typeof tpr === "string") return tpr;
  const fpr = rate(c.fp, negatives(c), `FPR of the ${who} rows`);
  if (typeof fpr === "string") return fpr;
  return { tpr, fpr };
}
function statisticalParityDifference(frame, privileged) {
  return pairwise(frame, privileged, (u, p) => selectionRate(u) - selectionRate(p));
}
function disparateImpact(frame, privileged) {
  return pairwise(frame, privileged, (u, p) => {
    const sp = selectionRate(p);
    return sp === 0 ? "the privileged selection rate is 0, so SR_u / SR_p is undefined (NaN or inf in AIF360)" : selectionRate(u) / sp;
  });
}
function truePositiveRateDifference(frame, privileged) {
  return pairwise(frame, privileged, (u, p) => {
    const a = rate(u.tp, positives(u), "TPR of the unprivileged rows");
    const b = rate(p.tp, positives(p), "TPR of the privileged rows");
    if (typeof a === "string") return a;
    if (typeof b === "string") return b;
    return a - b;
  });
}
function averageOddsDifference(frame, privileged) {
  return pairwise(frame, privileged, (u, p) => {
    const a = tprFpr(u, "unprivileged");
    const b = tprFpr(p, "privileged");
    if (typeof a === "string") return a;
    if (typeof b === "string") return b;
    return 0.5 * (a.fpr - b.fpr + (a.tpr - b.tpr));
  });
}
function theilIndex(c) {
  const n = total(c);
  if (n === 0) return undefinedValue("no rows");
  const mu = (c.tp + c.tn + 2 * c.fp) / n;
  if (mu === 0) return undefinedValue("every row is a false negative, so mean benefit \u03BC = 0 (NaN in AIF360)");
  const term = (b) => b === 0 ? 0 : b / mu * Math.log(b / mu);
  return defined(((c.tp + c.tn) * term(1) + c.fp * term(2)) / n);
}

// src/core/fairness/disparity-registry.ts
function metric(name) {
  const m = findGroupMetric(name);
  if (m === void 0) throw new Error(`group metric ${name} is not registered`);
  return m;
}
var SR = metric("selection_rate");
var TPR = metric("true_positive_rate");
var FPR = metric("false_positive_rate");
function difference(m) {
  return (frame, o) => fairlearnDifference(groupValues(frame, m), o.method, m.name);
}
function ratio(m) {
  return (frame, o) => fairlearnRatio(groupValues(frame, m), o.method, m.name);
}
function worstOf(a, b, pick) {
  if (a.value === null) return undefinedValue(`TPR part: ${a.note ?? "undefined"}`);
  if (b.value === null) return undefinedValue(`FPR part: ${b.note ?? "undefined"}`);
  const notes = [a.note, b.note].filter((x) => x !== void 0);
  return defined(pick(a.value, b.value), notes.length > 0 ? notes.join("; ") : void 0);
}
var unit = [0, 1];
var DISPARITY_METRICS = Object.freeze([
  {
    name: "demographic_parity_difference",
    source: "fairlearn",
    description: "Difference of selection rates.",
    direction: "lower_is_better",
    thresholdRange: unit,
    ideal: 0,
    usesMethod: true,
    usesPrivileged: false,
    compute: difference(SR)
  },
  {
    name: "demographic_parity_ratio",
    source: "fairlearn",
    description: "Ratio of selection rates.",
    direction: "higher_is_better",
    thresholdRange: unit,
    ideal: 1,
    usesMethod: true,
    usesPrivileged: false,
    compute: ratio(SR)
  },
  {
    name: "equalized_odds_difference",
    source: "fairlearn",
    description: "max(TPR difference, FPR difference) (worst case).",
    direction: "lower_is_better",
    thresholdRange: unit,
    ideal: 0,
    usesMethod: true,
    usesPrivileged: false,
    compute: (f, o) => worstOf(difference(TPR)(f, o), difference(FPR)(f, o), Math.max)
  },
  {
    name: "equalized_odds_ratio",
    source: "fairlearn",
    description: "min(TPR ratio, FPR ratio) (worst case).",
    direction: "higher_is_better",
    thresholdRange: unit,
    ideal: 1,
    usesMethod: true,
    usesPrivileged: false,
    compute: (f, o) => worstOf(ratio(TPR)(f, o), ratio(FPR)(f, o), Math.min)
  },
  {
    name: "equal_opportunity_difference",
    source: "fairlearn",
    description: "Difference of true positive rates.",
    direction: "lower_is_better",
    thresholdRange: unit,
    ideal: 0,
    usesMethod: true,
    usesPrivileged: false,
    compute: difference(TPR)
  },
  {
    name: "equal_opportunity_ratio",
    source: "fairlearn",
    description: "Ratio of true positive rates.",
    direction: "higher_is_better",
    thresholdRange: unit,
    ideal: 1,
    usesMethod: true,
    usesPrivileged: false,
    compute: ratio(TPR)
  },
  {
    name: "four_fifths",
    source: "29 CFR 1607.4(D)",
    description: "Lowest impact ratio SR_g / max_h SR_h; adverse impact below 0.8.",
    direction: "higher_is_better",
    thresholdRange: unit,
    ideal: 1,
    usesMethod: false,
    usesPrivileged: false,
    compute: (f) => ratio(SR)(f, { method: "between_groups" })
  },
  {
    name: "disparate_impact",
    source: "aif360",
    description: "SR_unprivileged / SR_privileged.",
    direction: "higher_is_better",
    thresholdRange: unit,
    ideal: 1,
    usesMethod: false,
    usesPrivileged: true,
    compute: (f, o) => disparateImpact(f, o.privileged)
  },
  {
    name: "statistical_parity_difference",
    source: "aif360",
    description: "SR_unprivileged \u2212 SR_privileged.",
    direction: "abs_lower_is_better",
    thresholdRange: unit,
    ideal: 0,
    usesMethod: false,
    usesPrivileged: true,
    compute: (f, o) => statisticalParityDifference(f, o.privileged)
  },
  {
    name: "true_positive_rate_difference",
    source: "aif360",
    description: "TPR_unprivileged \u2212 TPR_privileged (AIF360 equal_opportunity_difference).",
    direction: "abs_lower_is_better",
    thresholdRange: unit,
    ideal: 0,
    usesMethod: false,
    usesPrivileged: true,
    compute: (f, o) => truePositiveRateDifference(f, o.privileged)
  },
  {
    name: "average_odds_difference",
    source: "aif360",
    description: "\xBD[(FPR_u \u2212 FPR_p) + (TPR_u \u2212 TPR_p)].",
    direction: "abs_lower_is_better",
    thresholdRange: unit,
    ideal: 0,
    usesMethod: false,
    usesPrivileged: true,
    compute: (f, o) => averageOddsDifference(f, o.privileged)
  },
  {
    name: "theil_index",
    source: "aif360",
    description: "Generalized entropy (\u03B1 = 1) of b = \u0177 \u2212 y + 1 over all rows.",
    direction: "lower_is_better",
    thresholdRange: [0, Number.MAX_VALUE],
    ideal: 0,
    usesMethod: false,
    usesPrivileged: false,
    compute: (f) => theilIndex(f.overall)
  }
]);
var DISPARITY_METRIC_NAMES = DISPARITY_METRICS.map((m) => m.name);

// src/core/fairness/format-number.ts
function formatMetric(x) {
  if (!Number.isFinite(x)) return String(x);
  const s = x.toFixed(4).replace(/\.?0+$/, "");
  return s === "-0" ? "0" : s;
}

// src/core/policy/fairness-schema.ts
var metricNames = DISPARITY_METRIC_NAMES;
var fairnessGateSchema = z7.strictObject({
  metric: z7.enum(metricNames).describe("a Fairlearn/AIF360 disparity name, e.g. demographic_parity_ratio or four_fifths"),
  attributes: z7.array(columnNameSchema).min(1).describe("several = intersection"),
  method: z7.enum(["between_groups", "to_overall"]).default("between_groups"),
  threshold: z7.number(),
  severity: severitySchema.default("error"),
  min_group_size: z7.number().int().min(1).optional(),
  ci_must_cross: z7.boolean().optional().describe("fail only if the whole bootstrap CI lies beyond the threshold"),
  max_worsening: z7.number().min(0).optional().describe("largest allowed worsening vs the champion"),
  privileged: z7.string().min(1).optional().describe("AIF360 privileged group (a group name); default: the most-selected group")
}).superRefine((gate, ctx) => {
  const metric2 = DISPARITY_METRICS.find((m) => m.name === gate.metric);
  if (metric2 === void 0) return;
  const [lo, hi] = metric2.thresholdRange;
  if (!(gate.threshold >= lo && gate.threshold <= hi)) {
    ctx.addIssue({
      code: "custom",
      path: ["threshold"],
      message: `threshold ${gate.threshold} is outside the valid range of ${gate.metric} (expected a number in [${formatMetric(lo)}, ${hi === Number.MAX_VALUE ? "inf" : formatMetric(hi)}])`
    });
  }
});
var fairnessBootstrapSchema = z7.strictObject({
  n_resamples: z7.number().int().min(50).max(1e5).default(1e3),
  confidence_level: z7.number().gt(0).lt(1).default(0.95),
  seed: z7.number().int().default(0)
});
var fairnessSchema = z7.strictObject({
  buckets: z7.record(
    columnNameSchema,
    z7.array(z7.number()).min(1).refine((cuts) => cuts.every((c, i) => i === 0 || c > cuts[i - 1]), "cut points must be strictly increasing")
  ).optional().describe("cut points for numeric attributes; buckets are [c_i, c_{i+1})"),
  min_group_size: z7.number().int().min(1).optional(),
  favorable_label: z7.string().min(1).optional().describe("label value counted as selected (e.g. good); default: the positive class"),
  bootstrap: fairnessBootstrapSchema.optional(),
  gates: z7.array(fairnessGateSchema).default([])
});

// src/core/policy/labels-schema.ts
import { z as z8 } from "zod";
var share2 = z8.number().min(0).max(1);
var labelsSchema = z8.strictObject({
  min_class_share: share2.optional(),
  max_conflicting_share: share2.optional(),
  leakage_pps: share2.optional(),
  severity: severitySchema.default("error")
});

// src/core/policy/metric-gates-schema.ts
import { z as z9 } from "zod";
var metricGateSchema = z9.strictObject({
  metric: z9.string().regex(/^[a-z][a-z0-9_]*$/, "a metric name as scikit-learn spells it, e.g. roc_auc"),
  threshold: z9.number().optional(),
  greater_is_better: z9.boolean().optional().describe("default from the metric registry"),
  min_absolute_change: z9.number().nullable().optional(),
  min_relative_change: z9.number().nullable().optional(),
  significance: z9.number().gt(0).lt(1).optional().describe("the change must be significant at this level"),
  severity: severitySchema.default("error")
});
var metricGatesSchema = z9.array(metricGateSchema);

// src/core/policy/proxies-schema.ts
import { z as z10 } from "zod";
var bound = z10.number().min(0).max(1);
var proxiesSchema = z10.strictObject({
  cramers_v: bound.optional(),
  normalized_mutual_info: bound.optional(),
  correlation: bound.optional().describe("absolute Pearson / point-biserial correlation"),
  age_buckets: z10.array(z10.number()).min(1).optional().describe("cut points for numeric protected attributes"),
  severity: severitySchema.default("error")
});

// src/core/policy/policy-file.ts
var policySchema = z11.strictObject({
  version: z11.literal(1),
  name: z11.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'a policy name is lowercase letters, digits, ".", "_" or "-"'),
  description: z11.string().optional(),
  extends: z11.array(z11.string().min(1)).optional().describe("builtin:NAME or paths, applied before this file"),
  data_checks: dataChecksSchema.optional(),
  drift: driftSchema.optional(),
  proxies: proxiesSchema.optional(),
  labels: labelsSchema.optional(),
  metric_gates: metricGatesSchema.optional(),
  fairness: fairnessSchema.optional(),
  compliance: complianceSchema.optional()
});

// src/pipeline/load-project.ts
var ROLES = ["train", "test", "reference"];
var BUILTIN = "builtin:";
async function loadProject(configPath, files, cwd) {
  const display = (abs) => {
    const rel = relative(cwd, abs);
    return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? abs : rel;
  };
  let path = resolve(cwd, configPath);
  let kind = await files.kind(path);
  if (kind === "directory") {
    path = join3(path, "mergeml.yaml");
    kind = await files.kind(path);
  }
  if (kind !== "file") throw new ConfigError(`cannot read project file ${display(path)}`, [{ file: display(path), message: kind === "missing" ? "file not found" : "not a regular file", expected: "a mergeml.yaml project file" }]);
  const file = display(path);
  const parsed = parseConfigFile(file, await files.read(path), projectSchema);
  if (!parsed.ok) throw new ConfigError(`invalid project file ${file}`, parsed.problems);
  const { value: config, map } = parsed.config;
  const dir = dirname2(path);
  const problems = checkProjectSemantics(file, config, map);
  const at = (p) => ({ ...map.valueAt(p), path: formatPath(p) });
  const builtins = await files.builtinPolicies();
  const cache = /* @__PURE__ */ new Map();
  const checkExists = async (abs, where, what) => {
    const k = await files.kind(abs);
    if (k === "file") return true;
    problems.push({ ...where, message: `${what} ${display(abs)} ${k === "missing" ? "does not exist" : "is not a regular file"}`, expected: `a path relative to ${display(dirname2(where.file === file ? path : resolve(cwd, where.file ?? ".")))}/` });
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
    const result = parseConfigFile(pfile, await files.read(abs), policySchema);
    if (!result.ok) {
      problems.push(...result.problems);
      return void 0;
    }
    const pmap = result.config.map;
    const extended = [];
    for (const [i, r] of (result.config.value.extends ?? []).entries()) {
      const w = { file: pfile, ...pmap.valueAt(["extends", i]), path: `extends[${i}]`, message: "" };
      const loaded = await loadPolicy(r, dirname2(abs), w, [...chain, abs]);
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
    for (const role of ROLES) {
      const entry = model.data[role];
      if (entry === void 0) continue;
      const rel = typeof entry === "string" ? entry : entry.path;
      const abs = resolve(dir, rel);
      const where = { file, ...at(typeof entry === "string" ? [...base, "data", role] : [...base, "data", role, "path"]), message: "" };
      const pin = typeof entry === "string" ? void 0 : entry.sha256;
      if (await checkExists(abs, where, `${role} data file`) && pin !== void 0) {
        const actual = await files.sha256(abs);
        if (actual !== pin) problems.push({ file, ...at([...base, "data", role, "sha256"]), message: `sha256 pin does not match ${display(abs)}: pinned ${pin}, file has ${actual}`, expected: "the sha256 of the file as it is (update the pin if the change is intended)" });
      }
      data.push({ role, path: abs, file: display(abs), ...pin !== void 0 ? { sha256: pin } : {} });
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
    models.push({ name, config: model, data, ...contract !== void 0 ? { contract } : {}, policies, policy: composePolicies(ordered.map((p) => p.config), model.protected.map((p) => p.column)) });
  }
  if (problems.length > 0) throw new ConfigError(`invalid configuration ${file}`, groupByFile(problems, file));
  return Object.freeze({ path, file, dir, config, map, models: Object.freeze(models) });
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
function groupByFile(problems, first2) {
  const unique = [...new Map(problems.map((p) => [`${p.file}:${p.line}:${p.column}:${p.message}`, p])).values()];
  const files = [.../* @__PURE__ */ new Set([first2, ...unique.map((p) => p.file ?? "")])];
  return files.flatMap((f) => sortProblems(unique.filter((p) => (p.file ?? "") === f)));
}

// src/pipeline/config-check.ts
function summarizeProject(project) {
  const all = /* @__PURE__ */ new Map();
  for (const m of project.models) for (const p of flatten(m.policies)) if (!all.has(p.path)) all.set(p.path, p);
  return {
    schemaVersion: 1,
    project: project.file,
    models: project.models.map((m) => ({
      name: m.name,
      task: m.config.task,
      target: m.config.target,
      positive_class: m.config.positive_class ?? null,
      features: [...m.config.features],
      protected: m.config.protected.map((p) => ({ column: p.column, basis: p.basis })),
      data: m.data.map((d) => ({ role: d.role, file: d.file, sha256: d.sha256 ?? null })),
      contract: m.contract ?? null,
      policies: [...m.policy.names]
    })),
    policies: [...all.values()].map((p) => ({
      ref: p.ref,
      name: p.config.name,
      file: p.file,
      builtin: p.builtin,
      extends: p.extends.map((e) => e.ref),
      ...countPolicyGates(p.config)
    }))
  };
}
async function checkConfig(configPath, files, cwd) {
  return summarizeProject(await loadProject(configPath, files, cwd));
}
function renderConfigSummary(s) {
  const lines = [`${s.project}: valid \u2014 ${s.models.length} model${s.models.length === 1 ? "" : "s"}, ${s.policies.length} polic${s.policies.length === 1 ? "y" : "ies"}`, ""];
  for (const m of s.models) {
    lines.push(`model ${m.name} (${m.task})`);
    lines.push(`  target     ${m.target}${m.positive_class !== null ? ` (positive class: ${String(m.positive_class)})` : ""}`);
    lines.push(`  features   ${m.features.length}: ${m.features.join(", ")}`);
    lines.push(`  protected  ${m.protected.length === 0 ? "none" : m.protected.map((p) => `${p.column} (${p.basis})`).join(", ")}`);
    for (const d of m.data) lines.push(`  ${d.role.padEnd(10)} ${d.file}${d.sha256 ? " (sha256 pinned, verified)" : ""}`);
    if (m.contract) lines.push(`  contract   ${m.contract}`);
    lines.push(`  policies   ${m.policies.length === 0 ? "none" : m.policies.join(" \u2192 ")}`);
    lines.push("");
  }
  if (s.policies.length > 0) lines.push("policies");
  for (const p of s.policies) {
    const parts = [`${p.data_checks} data check${p.data_checks === 1 ? "" : "s"}`, `${p.metric_gates} metric gate${p.metric_gates === 1 ? "" : "s"}`, `${p.fairness_gates} fairness gate${p.fairness_gates === 1 ? "" : "s"}`];
    lines.push(`  ${p.name.padEnd(16)} ${p.builtin ? p.ref : p.file}: ${parts.join(", ")}${p.sections.length > 0 ? `; ${p.sections.join(", ")}` : ""}`);
  }
  return `${lines.join("\n").trimEnd()}
`;
}

// src/cli/commands/config-check.ts
var configCheckCommand = {
  name: "config check",
  summary: "validate mergeml.yaml and every policy it references",
  help: `Usage: mergeml config check [--config FILE] [--json]

Validates the project file and every policy file it references (builtin packs included): YAML syntax,
schema, paths relative to the project file, sha256 pins, and cross-file rules. Every problem of every file
is reported at once as file:line:col.

Options:
  -c, --config FILE  project file, or a folder holding mergeml.yaml (default: mergeml.yaml)
      --json         print the summary as versioned JSON (schemaVersion 1, see docs/config.md)

Exit codes: 0 valid, 2 invalid (problems on stderr), 70 internal error.`,
  options: { config: { type: "string", short: "c" }, json: { type: "boolean" } },
  async run(args, ctx) {
    const summary = await checkConfig(optionalString(args, "config") ?? "mergeml.yaml", nodeConfigFiles(), ctx.cwd);
    ctx.stdout(args.values["json"] === true ? `${JSON.stringify(summary, null, 2)}
` : renderConfigSummary(summary));
    return EXIT.ok;
  }
};

// src/cli/commands/index.ts
var commands = [
  configCheckCommand
];

// package.json
var package_default = {
  name: "mergeml",
  version: "0.1.0",
  description: "Run the machine-learning lifecycle through pull requests: the repository is the model registry.",
  license: "MIT",
  type: "module",
  engines: {
    node: ">=20"
  },
  bin: {
    mergeml: "bin/mergeml.js"
  },
  files: [
    "bin",
    "dist",
    "policies",
    "actions",
    "reusable",
    "workflows"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc -p tsconfig.json --noEmit",
    test: "node scripts/run-tests.mjs",
    start: "node bin/mergeml.js start",
    bench: "node --import tsx bench/run.ts",
    schema: "node --import tsx scripts/generate-schema.ts",
    "check:generated": "node scripts/check-generated.mjs"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/rest": "^22.0.1",
    "@tensorflow/tfjs": "^4.22.0",
    "@tensorflow/tfjs-backend-wasm": "^4.22.0",
    bottleneck: "^2.19.5",
    "js-yaml": "^5.5.0",
    "markdown-table": "^3.0.4",
    zod: "^4.6.7"
  },
  peerDependencies: {
    "@tensorflow/tfjs-node": "^4.22.0",
    "@tensorflow/tfjs-node-gpu": "^4.22.0"
  },
  peerDependenciesMeta: {
    "@tensorflow/tfjs-node": {
      optional: true
    },
    "@tensorflow/tfjs-node-gpu": {
      optional: true
    }
  },
  devDependencies: {
    "@actions/workflow-parser": "^0.3.61",
    "@duckdb/node-api": "1.5.6-r.1",
    "@octokit/openapi": "^23.0.2",
    "@types/node": "^20.19.0",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    esbuild: "^0.28.2",
    "fast-check": "^4.10.2",
    tsx: "^4.23.15",
    typescript: "~5.9.3"
  }
};

// src/cli/version.ts
var VERSION = package_default.version;

// src/cli/main.ts
function findCommand(commands2, argv) {
  let best;
  for (const command of commands2) {
    const words = command.name.split(" ");
    if (words.every((w, i) => argv[i] === w) && (!best || words.length > best.command.name.split(" ").length)) {
      best = { command, rest: argv.slice(words.length) };
    }
  }
  return best;
}
function overview(commands2) {
  const width = Math.max(...commands2.map((c) => c.name.length));
  return [
    `mergeml ${VERSION}: the machine-learning lifecycle through pull requests.`,
    "",
    "Usage: mergeml <command> [options]",
    "",
    "Commands:",
    ...commands2.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Options:",
    "  -h, --help     show help (also `mergeml <command> --help`)",
    "  -V, --version  print the version",
    "",
    "Exit codes: 0 ok, 1 a check or gate failed, 2 usage/input/config error, 70 internal error.",
    ""
  ].join("\n");
}
function groupHelp(prefix, commands2) {
  const members = commands2.filter((c) => c.name.startsWith(`${prefix} `));
  if (members.length === 0) return void 0;
  const width = Math.max(...members.map((c) => c.name.length));
  return [`Usage: mergeml ${prefix} <command> [options]`, "", ...members.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`), ""].join("\n");
}
async function main(argv, ctx, commands2 = commands) {
  try {
    const first2 = argv[0];
    if (first2 === void 0 || first2 === "--help" || first2 === "-h" || first2 === "help") {
      const target = first2 === "help" ? argv.slice(1) : [];
      if (target.length > 0) return await main([...target, "--help"], ctx, commands2);
      ctx.stdout(overview(commands2));
      return first2 === void 0 ? EXIT.usage : EXIT.ok;
    }
    if (first2 === "--version" || first2 === "-V") {
      ctx.stdout(`${VERSION}
`);
      return EXIT.ok;
    }
    const found = findCommand(commands2, argv);
    if (!found) {
      const group = groupHelp(first2, commands2);
      if (group !== void 0) {
        const sub = argv[1];
        if (sub === void 0 || sub === "--help" || sub === "-h") {
          ctx.stdout(group);
          return sub === void 0 ? EXIT.usage : EXIT.ok;
        }
        const names2 = commands2.filter((c) => c.name.startsWith(`${first2} `)).map((c) => c.name.split(" ")[1] ?? "");
        const hint2 = suggest(sub, names2);
        throw new UsageError(`unknown command 'mergeml ${first2} ${sub}'${hint2 ? ` (did you mean 'mergeml ${first2} ${hint2}'?)` : ""}. Run \`mergeml ${first2} --help\`.`);
      }
      const hint = suggest(first2, new Set(commands2.map((c) => c.name.split(" ")[0] ?? "")));
      throw new UsageError(`unknown command '${first2}'${hint ? ` (did you mean '${hint}'?)` : ""}. Run \`mergeml --help\`.`);
    }
    const args = parseCommandArgs(found.command, found.rest);
    if (args.values["help"] === true) {
      ctx.stdout(`${found.command.help.trimEnd()}
`);
      return EXIT.ok;
    }
    return await found.command.run(args, ctx);
  } catch (error) {
    const { exitCode, message } = describeFailure(error);
    ctx.stderr(`${message}
`);
    return exitCode;
  }
}

// src/cli/bin.ts
var code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interactive: process.stderr.isTTY === true
});
process.exitCode = code;
