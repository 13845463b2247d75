import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  loadPolicyFile
} from "./chunk-D2ZYJ4YV.js";
import {
  composePolicies,
  flatten,
  loadProject
} from "./chunk-IBZLWYI3.js";
import {
  parseConfigFile
} from "./chunk-7WDWFYJ3.js";
import {
  projectSchema
} from "./chunk-2KRDQDBV.js";
import {
  ConfigError,
  UsageError
} from "./chunk-WXR2B6ZC.js";

// src/pipeline/fairness-project.ts
import { dirname, isAbsolute, relative, resolve } from "node:path";
function pick(models, wanted, file) {
  const model = wanted === void 0 ? models[0] : models.find((m) => m.name === wanted);
  if (model === void 0 || wanted === void 0 && models.length > 1) {
    throw new UsageError(`mergeml fairness: ${wanted === void 0 ? "the project has several models; choose one with --model" : `no model \`${wanted}\` in ${file}`} (models: ${models.map((m) => m.name).join(", ")}).`);
  }
  return model;
}
async function loadFairnessProject(configPath, modelName, files, cwd) {
  try {
    const project = await loadProject(configPath, files, cwd);
    const model = pick(project.models, modelName, project.file);
    return { file: project.file, dir: project.dir, name: model.name, config: model.config, policy: model.policy, policyConfigs: flatten(model.policies).map((p) => p.config) };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    let path = resolve(cwd, configPath);
    if (await files.kind(path) === "directory") path = resolve(path, "mergeml.yaml");
    const rel = relative(cwd, path);
    const parsed = parseConfigFile(rel === "" || rel.startsWith("..") || isAbsolute(rel) ? path : rel, await files.read(path), projectSchema);
    if (!parsed.ok) throw error;
    const protectedFeaturePaths = new Set(
      Object.entries(parsed.config.value.models).flatMap(([name, m]) => {
        const declared = new Set(m.protected.map((p) => p.column));
        return m.features.flatMap((f, i) => declared.has(f) ? [`models.${name}.features[${i}]`] : []);
      })
    );
    if (protectedFeaturePaths.size === 0 || !error.problems.every((p) => p.path !== void 0 && protectedFeaturePaths.has(p.path))) throw error;
    const models = Object.entries(parsed.config.value.models).map(([name, config]) => ({ name, config }));
    const model = pick(models, modelName, parsed.config.file);
    const columns = model.config.protected.map((p) => p.column);
    const configs = [];
    for (const ref of model.config.policies) configs.push(...(await loadPolicyFile(ref, files, dirname(path), columns)).configs);
    return { file: parsed.config.file, dir: dirname(path), name: model.name, config: model.config, policy: composePolicies(configs, columns), policyConfigs: configs };
  }
}

export {
  loadFairnessProject
};
