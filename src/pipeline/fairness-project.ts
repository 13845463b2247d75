import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { parseConfigFile } from '../core/config/parse-config.js';
import { projectSchema, type ModelConfig } from '../core/config/project-schema.js';
import { ConfigError, UsageError } from '../core/errors.js';
import { composePolicies, type EffectivePolicy } from '../core/policy/compose-policy.js';
import type { PolicyConfig } from '../core/policy/policy-file.js';
import { flatten, loadProject, type ConfigFiles } from './load-project.js';
import { loadPolicyFile } from './load-policy-file.js';

/** What the fairness run needs from a project file: one model's config and its folded policies. */
export interface FairnessProjectModel {
  readonly file: string;
  /** Absolute folder of the project file (data paths are relative to it). */
  readonly dir: string;
  readonly name: string;
  readonly config: ModelConfig;
  readonly policy: EffectivePolicy;
  /** Every policy file in application order (for settings compose-policy does not fold). */
  readonly policyConfigs: readonly PolicyConfig[];
}

function pick<T extends { name: string }>(models: readonly T[], wanted: string | undefined, file: string): T {
  const model = wanted === undefined ? models[0] : models.find((m) => m.name === wanted);
  if (model === undefined || (wanted === undefined && models.length > 1)) {
    throw new UsageError(`mergeml fairness: ${wanted === undefined ? 'the project has several models; choose one with --model' : `no model \`${wanted}\` in ${file}`} (models: ${models.map((m) => m.name).join(', ')}).`);
  }
  return model;
}

/**
 * Loads the project for a fairness run. A protected attribute listed among the features is a Regulation B
 * violation that this run must report as a failed compliance check (exit 1, report written), not as an
 * unusable config (exit 2): when that is the only problem the loader found, the project is read with the
 * schema alone and its policies are loaded file by file. Every other problem stays a ConfigError.
 */
export async function loadFairnessProject(configPath: string, modelName: string | undefined, files: ConfigFiles, cwd: string): Promise<FairnessProjectModel> {
  try {
    const project = await loadProject(configPath, files, cwd);
    const model = pick(project.models, modelName, project.file);
    return { file: project.file, dir: project.dir, name: model.name, config: model.config, policy: model.policy, policyConfigs: flatten(model.policies).map((p) => p.config) };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    let path = resolve(cwd, configPath);
    if ((await files.kind(path)) === 'directory') path = resolve(path, 'mergeml.yaml');
    const rel = relative(cwd, path);
    const parsed = parseConfigFile(rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel, await files.read(path), projectSchema);
    if (!parsed.ok) throw error;
    const protectedFeaturePaths = new Set(
      Object.entries(parsed.config.value.models).flatMap(([name, m]) => {
        const declared = new Set(m.protected.map((p) => p.column));
        return m.features.flatMap((f, i) => (declared.has(f) ? [`models.${name}.features[${i}]`] : []));
      }),
    );
    if (protectedFeaturePaths.size === 0 || !error.problems.every((p) => p.path !== undefined && protectedFeaturePaths.has(p.path))) throw error;
    const models = Object.entries(parsed.config.value.models).map(([name, config]) => ({ name, config }));
    const model = pick(models, modelName, parsed.config.file);
    const columns = model.config.protected.map((p) => p.column);
    const configs: PolicyConfig[] = [];
    for (const ref of model.config.policies) configs.push(...(await loadPolicyFile(ref, files, dirname(path), columns)).configs);
    return { file: parsed.config.file, dir: dirname(path), name: model.name, config: model.config, policy: composePolicies(configs, columns), policyConfigs: configs };
  }
}
