import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  composePolicies
} from "./chunk-IBZLWYI3.js";
import {
  policySchema
} from "./chunk-YOP3OL3O.js";
import {
  parseConfigFile
} from "./chunk-7WDWFYJ3.js";
import {
  ConfigError
} from "./chunk-WXR2B6ZC.js";

// src/pipeline/load-policy-file.ts
import { dirname, isAbsolute, relative, resolve } from "node:path";
var BUILTIN = "builtin:";
async function loadPolicyFile(path, files, cwd, protectedColumns) {
  const display = (abs) => {
    const rel = relative(cwd, abs);
    return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? abs : rel;
  };
  const builtins = await files.builtinPolicies();
  const problems = [];
  const configs = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = async (ref, baseDir, from) => {
    let abs;
    if (ref.startsWith(BUILTIN)) abs = builtins.get(ref.slice(BUILTIN.length));
    else abs = resolve(baseDir, ref);
    if (abs === void 0 || await files.kind(abs) !== "file") {
      problems.push({ file: from ?? display(resolve(baseDir, ref)), message: `policy ${ref} ${abs === void 0 ? "is not a builtin pack" : "does not exist"}`, expected: `a policy file, or one of: ${[...builtins.keys()].map((n) => BUILTIN + n).join(", ")}` });
      return;
    }
    if (seen.has(abs)) return;
    seen.add(abs);
    const file = display(abs);
    const parsed = parseConfigFile(file, await files.read(abs), policySchema);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      return;
    }
    for (const r of parsed.config.value.extends ?? []) await visit(r, dirname(abs), file);
    configs.push(parsed.config.value);
  };
  await visit(path, cwd, void 0);
  if (problems.length > 0) throw new ConfigError(`invalid policy ${path}`, problems);
  return { file: display(resolve(cwd, path)), configs, policy: composePolicies(configs, protectedColumns) };
}

export {
  loadPolicyFile
};
