import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  policySchema
} from "./chunk-YOP3OL3O.js";
import {
  parseConfigFile
} from "./chunk-7WDWFYJ3.js";
import {
  projectSchema
} from "./chunk-2KRDQDBV.js";
import {
  writeOutputAtomic
} from "./chunk-S36MNHKJ.js";
import {
  EXIT
} from "./chunk-7BSCY73Z.js";
import {
  optionalString
} from "./chunk-5LA4UDSI.js";
import {
  ConfigError,
  UsageError
} from "./chunk-WXR2B6ZC.js";

// src/cli/commands/plan.ts
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

// src/core/plan/path-glob.ts
var special = /[.+^$()|\\]/;
function globToRegExp(glob) {
  let out = "";
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") {
      if (glob[i + 1] === "*") {
        const slashAfter = glob[i + 2] === "/";
        out += slashAfter ? "(?:.*/)?" : ".*";
        i += slashAfter ? 2 : 1;
      } else out += "[^/]*";
    } else if (c === "?") out += "[^/]";
    else if (c === "{") {
      depth++;
      out += "(?:";
    } else if (c === "}" && depth > 0) {
      depth--;
      out += ")";
    } else if (c === "," && depth > 0) out += "|";
    else if (c === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end === -1) out += "\\[";
      else {
        out += `[${glob.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\")}]`;
        i = end;
      }
    } else out += special.test(c) ? `\\${c}` : c;
  }
  return new RegExp(`^${out}$`);
}
function normalizeRepoPath(path) {
  const parts = [];
  for (const part of path.replace(/\\/g, "/").split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}
function joinRepoPath(dir, path) {
  return normalizeRepoPath(`${dir}/${path}`);
}
function repoDirname(path) {
  const i = path.lastIndexOf("/");
  return i === -1 ? "" : path.slice(0, i);
}

// src/core/plan/affected-models.ts
var MAX_REASONS = 20;
function planAffectedModels(footprints2, changed, options = {}) {
  const files = [...new Set(changed.map(normalizeRepoPath).filter((f) => f !== ""))].sort();
  const global = (options.globalPaths ?? []).map((p) => ({ pattern: p, re: globToRegExp(normalizeRepoPath(p)) }));
  const globalReasons = options.all ? [{ kind: "all", file: "*" }] : files.flatMap((file) => global.filter((g) => g.re.test(file)).map((g) => ({ kind: "global", file, pattern: g.pattern })));
  const models = footprints2.map((fp) => {
    const exact = new Map([
      ...fp.data.map((d) => [normalizeRepoPath(d), "data"]),
      ...fp.policies.map((p) => [normalizeRepoPath(p), "policy"]),
      ...fp.contract !== void 0 ? [[normalizeRepoPath(fp.contract), "contract"]] : [],
      [normalizeRepoPath(fp.config), "config"]
    ]);
    const globs = fp.paths.map((p) => ({ pattern: p, re: globToRegExp(normalizeRepoPath(p)) }));
    const reasons = [...globalReasons];
    for (const file of files) {
      const kind = exact.get(file);
      if (kind !== void 0) reasons.push({ kind, file });
      else {
        const glob = globs.find((g) => g.re.test(file));
        if (glob) reasons.push({ kind: "paths", file, pattern: glob.pattern });
      }
    }
    return { model: fp.model, config: normalizeRepoPath(fp.config), affected: reasons.length > 0, reasons: reasons.slice(0, MAX_REASONS) };
  });
  const include = models.filter((m) => m.affected).map((m) => ({ model: m.model, config: m.config }));
  const skipped = models.filter((m) => !m.affected).map((m) => ({ model: m.model, note: `no change to its data, config, contract, policies or paths (${files.length} changed file${files.length === 1 ? "" : "s"})` }));
  return { schemaVersion: 1, kind: "mergeml.plan", changedFiles: files.length, models, matrix: { include }, skipped };
}

// src/pipeline/plan.ts
var BUILTIN = "builtin:";
async function policyClosure(ports, start, seen) {
  if (seen.has(start)) return;
  seen.add(start);
  const bytes = await ports.readFile(start);
  if (bytes === void 0) return;
  const parsed = parseConfigFile(start, bytes, policySchema);
  if (!parsed.ok) return;
  for (const ref of parsed.config.value.extends ?? []) {
    if (!ref.startsWith(BUILTIN)) await policyClosure(ports, joinRepoPath(repoDirname(start), ref), seen);
  }
}
async function footprints(ports, config) {
  const file = normalizeRepoPath(config);
  const bytes = await ports.readFile(file);
  if (bytes === void 0) throw new ConfigError(`${file}: no such project file`, [{ file, message: "not found", expected: "a mergeml.yaml path relative to the repository root" }]);
  const parsed = parseConfigFile(file, bytes, projectSchema);
  if (!parsed.ok) throw new ConfigError(`${file} is not a valid project file`, parsed.problems);
  const dir = repoDirname(file);
  const out = [];
  for (const [model, m] of Object.entries(parsed.config.value.models)) {
    const data = ["train", "test", "reference"].flatMap((role) => {
      const d = m.data[role];
      return d === void 0 ? [] : [joinRepoPath(dir, typeof d === "string" ? d : d.path)];
    });
    const seen = /* @__PURE__ */ new Set();
    for (const ref of m.policies ?? []) if (!ref.startsWith(BUILTIN)) await policyClosure(ports, joinRepoPath(dir, ref), seen);
    out.push({ model, config: file, data, ...m.contract !== void 0 ? { contract: joinRepoPath(dir, m.contract) } : {}, policies: [...seen], paths: m.paths ?? [] });
  }
  return out;
}
async function planChange(options, ports) {
  const all = (await Promise.all([...new Set(options.configs.map(normalizeRepoPath))].map((c) => footprints(ports, c)))).flat();
  const problems = [];
  const byName = /* @__PURE__ */ new Map();
  for (const fp of all) {
    const other = byName.get(fp.model);
    if (other !== void 0) problems.push({ file: fp.config, path: `models.${fp.model}`, message: `model ${fp.model} is also defined in ${other}`, expected: "model names unique across the repository (they name registry tags)" });
    byName.set(fp.model, fp.config);
  }
  if (problems.length > 0) throw new ConfigError("model names must be unique across project files", problems);
  return planAffectedModels(all, options.changedFiles, options);
}
function splitList(text) {
  return (text ?? "").split(/[\n,\s]+/).map((s) => s.trim()).filter((s) => s !== "");
}

// src/cli/commands/plan.ts
var list = (args, name) => {
  const v = args.values[name];
  return (Array.isArray(v) ? v : typeof v === "string" ? [v] : []).flatMap((s) => splitList(s));
};
async function changedFiles(args, ctx) {
  const file = optionalString(args, "changed-files");
  const base = optionalString(args, "base");
  const given = list(args, "changed");
  if (file !== void 0) given.push(...splitList(await readFile(file === "-" ? "/dev/stdin" : resolve(ctx.cwd, file), "utf8")));
  if (base !== void 0) {
    try {
      given.push(...splitList(execFileSync("git", ["diff", "--name-only", `${base}...HEAD`], { cwd: ctx.cwd, encoding: "utf8" })));
    } catch (error) {
      throw new UsageError(`mergeml plan: git diff against --base ${base} failed (is it a fetched ref?)`, { cause: error });
    }
  }
  return given;
}
var planCommand = {
  name: "plan",
  summary: "which models a change affects (data, config, contract, policies, paths) \u2192 a workflow matrix",
  help: `Usage: mergeml plan [--config FILE]... (--changed LIST | --changed-files FILE | --base REF | --all) [--json OUT]

Reads each project file (not the data) and decides, per model, whether a changed file is one of its data
files, its project file, its contract, one of its policies (or a policy they extend), or matches one of its
\`paths\` globs (relative to the repository root). Prints the plan; --json writes it (docs/actions/plan.md), with
\`matrix\` ready for \`strategy.matrix\`.

Options:
  -c, --config FILE     project file, repository-relative; repeat for several (default mergeml.yaml)
  --changed LIST        changed paths, separated by newlines, commas or spaces; repeatable
  --changed-files FILE  a file with one changed path per line ('-' for stdin)
  --base REF            changed files from \`git diff --name-only REF...HEAD\`
  --global GLOB         a change matching GLOB affects every model (repeatable)
  --all                 every model is affected
  --json OUT            write the plan JSON ('-' for stdout)

Exit codes: 0 planned, 2 usage or config error.`,
  options: {
    config: { type: "string", short: "c", multiple: true },
    changed: { type: "string", multiple: true },
    "changed-files": { type: "string" },
    base: { type: "string" },
    global: { type: "string", multiple: true },
    all: { type: "boolean" },
    json: { type: "string" }
  },
  async run(args, ctx) {
    const all = args.values["all"] === true;
    const changed = await changedFiles(args, ctx);
    if (!all && changed.length === 0 && args.values["changed"] === void 0 && optionalString(args, "changed-files") === void 0 && optionalString(args, "base") === void 0) {
      throw new UsageError("mergeml plan: pass --changed, --changed-files, --base or --all. Run `mergeml plan --help`.");
    }
    const configs = list(args, "config");
    const plan = await planChange(
      { configs: configs.length > 0 ? configs : ["mergeml.yaml"], changedFiles: changed, all, globalPaths: list(args, "global") },
      { readFile: (p) => readFile(resolve(ctx.cwd, p)).then((b) => new Uint8Array(b), () => void 0) }
    );
    const json = optionalString(args, "json");
    const text = `${JSON.stringify(plan, null, 2)}
`;
    if (json !== void 0 && json !== "-") writeOutputAtomic(resolve(ctx.cwd, json), text);
    if (json === "-") ctx.stdout(text);
    else {
      for (const m of plan.models) ctx.stdout(`${m.affected ? "run " : "skip"} ${m.model} (${m.config})${m.affected ? `: ${m.reasons.slice(0, 3).map((r) => `${r.kind} ${r.file}`).join(", ")}` : ""}
`);
      ctx.stdout(`${plan.matrix.include.length} of ${plan.models.length} models affected by ${plan.changedFiles} changed files
`);
    }
    return EXIT.ok;
  }
};

export {
  planCommand
};
