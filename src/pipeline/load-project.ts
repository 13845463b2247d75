import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseConfigFile, sortProblems } from '../core/config/parse-config.js';
import { parseCsvHeader } from '../core/config/csv-header.js';
import { checkModelColumns, type DataHeader } from '../core/config/data-columns-check.js';
import { checkProjectSemantics } from '../core/config/project-checks.js';
import { checkTargetValues, type TargetValues } from '../core/config/target-values-check.js';
import { projectSchema, type DataFileConfig, type ModelConfig, type ProjectConfig } from '../core/config/project-schema.js';
import { formatPath, type Position, type SourceMap } from '../core/config/source-map.js';
import { suggest } from '../core/did-you-mean.js';
import { ConfigError, type Problem } from '../core/errors.js';
import { composePolicies, type EffectivePolicy } from '../core/policy/compose-policy.js';
import { checkPolicyForModel } from '../core/policy/policy-checks.js';
import { policySchema, type PolicyConfig } from '../core/policy/policy-file.js';

/** What the loader reads. Paths are absolute. */
export interface ConfigFiles {
  read(path: string): Promise<Uint8Array>;
  kind(path: string): Promise<'file' | 'directory' | 'other' | 'missing'>;
  sha256(path: string): Promise<string>;
  /** First line of a text file (a CSV header), or undefined when empty or unreadable. */
  firstLine(path: string): Promise<string | undefined>;
  /**
   * Distinct non-null values of one column of a data file (stops collecting after `limit`), or a
   * problem when the file cannot be read as data.
   */
  columnValues(path: string, file: string, column: string, options: DataReadSettings, limit: number): Promise<TargetValues | { problem: Problem }>;
  /** Builtin pack name → absolute path of its YAML file. */
  builtinPolicies(): Promise<ReadonlyMap<string, string>>;
}

export interface LoadedPolicy {
  /** As written in the referring file: `builtin:regulation-b` or `policy.yaml`. */
  readonly ref: string;
  readonly path: string;
  /** Name used in messages (relative to the working directory). */
  readonly file: string;
  readonly builtin: boolean;
  readonly config: PolicyConfig;
  readonly map: SourceMap;
  /** Policies this one extends, loaded, in order. */
  readonly extends: readonly LoadedPolicy[];
}

export interface ResolvedDataFile {
  readonly role: 'train' | 'test' | 'reference';
  readonly path: string;
  readonly file: string;
  readonly sha256?: string;
}

export interface LoadedModel {
  readonly name: string;
  readonly config: ModelConfig;
  readonly data: readonly ResolvedDataFile[];
  readonly contract?: string;
  /** The contract's path for messages (relative to the working directory). */
  readonly contractFile?: string;
  /** The model's policies as listed (each with what it extends). */
  readonly policies: readonly LoadedPolicy[];
  /** All policies folded in application order: extended packs first, each file once. */
  readonly policy: EffectivePolicy;
}

export interface LoadedProject {
  readonly path: string;
  readonly file: string;
  readonly dir: string;
  readonly config: ProjectConfig;
  readonly map: SourceMap;
  readonly models: readonly LoadedModel[];
}

/** How a model's data files are read, from `data:` in mergeml.yaml. */
export interface DataReadSettings {
  readonly format?: 'csv' | 'jsonl';
  readonly delimiter?: string;
  readonly nullValues?: readonly string[];
}

const ROLES = ['train', 'test', 'reference'] as const;
const BUILTIN = 'builtin:';

/**
 * Loads a project file and every policy it references, checks them against each other and the filesystem,
 * and returns frozen typed objects. Every problem of every file is collected and thrown as one ConfigError.
 */
export async function loadProject(configPath: string, files: ConfigFiles, cwd: string): Promise<LoadedProject> {
  const display = (abs: string) => {
    const rel = relative(cwd, abs);
    return rel === '' || isAbsolute(rel) ? abs : rel;
  };
  let path = resolve(cwd, configPath);
  let kind = await files.kind(path);
  if (kind === 'directory') {
    path = join(path, 'mergeml.yaml');
    kind = await files.kind(path);
  }
  if (kind !== 'file') throw new ConfigError(`cannot read project file ${display(path)}`, [{ file: display(path), message: kind === 'missing' ? 'file not found' : 'not a regular file', expected: 'a mergeml.yaml project file' }]);
  const file = display(path);
  const bytes = await readBytes(files, path, file);
  if (!(bytes instanceof Uint8Array)) throw new ConfigError(`cannot read project file ${file}`, [bytes]);
  const parsed = parseConfigFile(file, bytes, projectSchema);
  if (!parsed.ok) throw new ConfigError(`invalid project file ${file}`, parsed.problems);
  const { value: config, map } = parsed.config;
  const dir = dirname(path);
  const problems: Problem[] = checkProjectSemantics(file, config, map);
  const at = (p: (string | number)[]): Position & { path: string } => ({ ...map.valueAt(p), path: formatPath(p) });
  const builtins = await files.builtinPolicies();
  const cache = new Map<string, LoadedPolicy | null>();

  const checkExists = async (abs: string, where: Problem, what: string): Promise<boolean> => {
    const k = await files.kind(abs);
    if (k === 'file') return true;
    problems.push({ ...where, message: `${what} ${display(abs)} ${k === 'missing' ? 'does not exist' : 'is not a regular file'}`, expected: `an existing file; paths are relative to the folder of ${where.file ?? file}` });
    return false;
  };

  const loadPolicy = async (ref: string, baseDir: string, where: Problem, chain: readonly string[]): Promise<LoadedPolicy | undefined> => {
    let abs: string;
    const builtin = ref.startsWith(BUILTIN);
    if (builtin) {
      const name = ref.slice(BUILTIN.length);
      const found = builtins.get(name);
      if (found === undefined) {
        const hint = suggest(name, builtins.keys());
        problems.push({ ...where, message: `unknown builtin policy pack '${name}'${hint ? ` (did you mean 'builtin:${hint}'?)` : ''}`, expected: `one of: ${[...builtins.keys()].map((n) => BUILTIN + n).join(', ')}` });
        return undefined;
      }
      abs = found;
    } else {
      abs = resolve(baseDir, ref);
      if (!(await checkExists(abs, where, 'policy file'))) return undefined;
    }
    if (chain.includes(abs)) {
      problems.push({ ...where, message: `policy '${ref}' extends itself through ${[...chain, abs].map(display).join(' → ')}` });
      return undefined;
    }
    if (cache.has(abs)) return cache.get(abs) ?? undefined;
    cache.set(abs, null);
    const pfile = display(abs);
    const pbytes = await readBytes(files, abs, pfile);
    if (!(pbytes instanceof Uint8Array)) {
      problems.push(pbytes);
      return undefined;
    }
    const result = parseConfigFile(pfile, pbytes, policySchema);
    if (!result.ok) {
      problems.push(...result.problems);
      return undefined;
    }
    const pmap = result.config.map;
    const extended: LoadedPolicy[] = [];
    for (const [i, r] of (result.config.value.extends ?? []).entries()) {
      const w: Problem = { file: pfile, ...pmap.valueAt(['extends', i]), path: `extends[${i}]`, message: '' };
      const loaded = await loadPolicy(r, dirname(abs), w, [...chain, abs]);
      if (loaded) extended.push(loaded);
    }
    const policy: LoadedPolicy = { ref, path: abs, file: pfile, builtin, config: result.config.value, map: pmap, extends: extended };
    cache.set(abs, policy);
    return policy;
  };

  const models: LoadedModel[] = [];
  for (const [name, model] of Object.entries(config.models)) {
    const base = ['models', name];
    const data: ResolvedDataFile[] = [];
    const headers: DataHeader[] = [];
    for (const role of ROLES) {
      const entry: DataFileConfig | undefined = model.data[role];
      if (entry === undefined) continue;
      const rel = typeof entry === 'string' ? entry : entry.path;
      const abs = resolve(dir, rel);
      const where: Problem = { file, ...at(typeof entry === 'string' ? [...base, 'data', role] : [...base, 'data', role, 'path']), message: '' };
      const pin = typeof entry === 'string' ? undefined : entry.sha256;
      const exists = await checkExists(abs, where, `${role} data file`);
      if (exists && pin !== undefined) {
        const actual = await files.sha256(abs);
        if (actual !== pin) problems.push({ file, ...at([...base, 'data', role, 'sha256']), message: `sha256 pin does not match ${display(abs)}: pinned ${pin}, file has ${actual}`, expected: 'the sha256 of the file as it is (update the pin if the change is intended)' });
      }
      const csv = model.data.format === 'csv' || (model.data.format === undefined && !/\.jsonl?$/i.test(rel));
      const header = exists && csv ? await files.firstLine(abs) : undefined;
      if (header !== undefined) headers.push({ role, file: display(abs), columns: parseCsvHeader(header.replace(/^\uFEFF/, ''), model.data.delimiter ?? ',') });
      data.push({ role, path: abs, file: display(abs), ...(pin !== undefined ? { sha256: pin } : {}) });
    }
    const columnProblems = checkModelColumns(file, map, name, model, headers);
    problems.push(...columnProblems);
    // The target's values are read only when the training file exists and (for CSV) has the column.
    const train = data.find((d) => d.role === 'train');
    const trainHeader = headers.find((h) => h.role === 'train');
    const readable = train !== undefined && (await files.kind(train.path)) === 'file' && (trainHeader === undefined || trainHeader.columns.includes(model.target));
    if (train && readable && model.task === 'binary_classification') {
      const settings: DataReadSettings = { ...(model.data.format ? { format: model.data.format } : {}), ...(model.data.delimiter ? { delimiter: model.data.delimiter } : {}), ...(model.data.null_values ? { nullValues: model.data.null_values } : {}) };
      const observed = await files.columnValues(train.path, train.file, model.target, settings, 20);
      if ('problem' in observed) problems.push(observed.problem);
      else problems.push(...checkTargetValues(file, map, name, model, observed));
    }
    let contract: string | undefined;
    if (model.contract !== undefined) {
      contract = resolve(dir, model.contract);
      await checkExists(contract, { file, ...at([...base, 'contract']), message: '' }, 'contract');
    }
    const policies: LoadedPolicy[] = [];
    for (const [i, ref] of model.policies.entries()) {
      const loaded = await loadPolicy(ref, dir, { file, ...at([...base, 'policies', i]), message: '' }, []);
      if (loaded) policies.push(loaded);
    }
    const ordered = flatten(policies);
    for (const p of ordered) problems.push(...checkPolicyForModel(p.file, p.config, p.map, name, model));
    models.push({ name, config: model, data, ...(contract !== undefined ? { contract, contractFile: display(contract) } : {}), policies, policy: composePolicies(ordered.map((p) => p.config), model.protected.map((p) => p.column)) });
  }
  if (problems.length > 0) throw new ConfigError(`invalid configuration ${file}`, groupByFile(problems, file));
  return Object.freeze({ path, file, dir, config, map, models: Object.freeze(models) });
}

/** A file's bytes, or a problem naming why it cannot be read (permissions, a vanished file). */
async function readBytes(files: ConfigFiles, path: string, file: string): Promise<Uint8Array | Problem> {
  try {
    return await files.read(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { file, message: `cannot read the file${typeof code === 'string' ? ` (${code})` : ''}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Policies in application order (extended packs before the file that extends them), each once. */
export function flatten(policies: readonly LoadedPolicy[]): LoadedPolicy[] {
  const out: LoadedPolicy[] = [];
  const seen = new Set<string>();
  const visit = (p: LoadedPolicy) => {
    if (seen.has(p.path)) return;
    seen.add(p.path);
    p.extends.forEach(visit);
    out.push(p);
  };
  policies.forEach(visit);
  return out;
}

function groupByFile(problems: readonly Problem[], first: string): Problem[] {
  const unique = [...new Map(problems.map((p) => [`${p.file}:${p.line}:${p.column}:${p.message}`, p])).values()];
  const files = [...new Set([first, ...unique.map((p) => p.file ?? '')])];
  return files.flatMap((f) => sortProblems(unique.filter((p) => (p.file ?? '') === f)));
}
