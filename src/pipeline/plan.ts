/**
 * `mergeml plan`: the project files' footprints (data, contract, policies and what they extend, `paths`
 * globs) and a pull request's changed files → which models to run, as a workflow matrix.
 * Only the config files are read (not the data), so planning stays fast on large repositories.
 */
import { ConfigError, type Problem } from '../core/errors.js';
import { parseConfigFile } from '../core/config/parse-config.js';
import { projectSchema } from '../core/config/project-schema.js';
import { policySchema } from '../core/policy/policy-file.js';
import { planAffectedModels, type ModelFootprint, type Plan, type PlanOptions } from '../core/plan/affected-models.js';
import { joinRepoPath, normalizeRepoPath, repoDirname } from '../core/plan/path-glob.js';

export interface PlanPorts {
  /** Bytes of a repository-relative file, or undefined when it does not exist. */
  readFile(repoPath: string): Promise<Uint8Array | undefined>;
}

export interface PlanRunOptions extends PlanOptions {
  /** Project files (mergeml.yaml), repository-relative. */
  readonly configs: readonly string[];
  readonly changedFiles: readonly string[];
}

const BUILTIN = 'builtin:';

/** Policy files a policy pulls in through `extends`, depth first, each once; unreadable ones still count. */
async function policyClosure(ports: PlanPorts, start: string, seen: Set<string>): Promise<void> {
  if (seen.has(start)) return;
  seen.add(start);
  const bytes = await ports.readFile(start);
  if (bytes === undefined) return;
  const parsed = parseConfigFile(start, bytes, policySchema);
  // A policy that does not parse is still a dependency; `mergeml config check` reports the problem itself.
  if (!parsed.ok) return;
  for (const ref of parsed.config.value.extends ?? []) {
    if (!ref.startsWith(BUILTIN)) await policyClosure(ports, joinRepoPath(repoDirname(start), ref), seen);
  }
}

async function footprints(ports: PlanPorts, config: string): Promise<ModelFootprint[]> {
  const file = normalizeRepoPath(config);
  const bytes = await ports.readFile(file);
  if (bytes === undefined) throw new ConfigError(`${file}: no such project file`, [{ file, message: 'not found', expected: 'a mergeml.yaml path relative to the repository root' }]);
  const parsed = parseConfigFile(file, bytes, projectSchema);
  if (!parsed.ok) throw new ConfigError(`${file} is not a valid project file`, parsed.problems);
  const dir = repoDirname(file);
  const out: ModelFootprint[] = [];
  for (const [model, m] of Object.entries(parsed.config.value.models)) {
    const data = (['train', 'test', 'reference'] as const).flatMap((role) => {
      const d = m.data[role];
      return d === undefined ? [] : [joinRepoPath(dir, typeof d === 'string' ? d : d.path)];
    });
    const seen = new Set<string>();
    for (const ref of m.policies ?? []) if (!ref.startsWith(BUILTIN)) await policyClosure(ports, joinRepoPath(dir, ref), seen);
    out.push({ model, config: file, data, ...(m.contract !== undefined ? { contract: joinRepoPath(dir, m.contract) } : {}), policies: [...seen], paths: m.paths ?? [] });
  }
  return out;
}

/** Plans which models a change affects; a model name defined by two project files is a config error. */
export async function planChange(options: PlanRunOptions, ports: PlanPorts): Promise<Plan> {
  const all = (await Promise.all([...new Set(options.configs.map(normalizeRepoPath))].map((c) => footprints(ports, c)))).flat();
  const problems: Problem[] = [];
  const byName = new Map<string, string>();
  for (const fp of all) {
    const other = byName.get(fp.model);
    if (other !== undefined) problems.push({ file: fp.config, path: `models.${fp.model}`, message: `model ${fp.model} is also defined in ${other}`, expected: 'model names unique across the repository (they name registry tags)' });
    byName.set(fp.model, fp.config);
  }
  if (problems.length > 0) throw new ConfigError('model names must be unique across project files', problems);
  return planAffectedModels(all, options.changedFiles, options);
}

/** Splits a list given as text (newlines, commas or spaces, as workflow inputs pass lists). */
export function splitList(text: string | undefined): string[] {
  return (text ?? '').split(/[\n,\s]+/).map((s) => s.trim()).filter((s) => s !== '');
}
