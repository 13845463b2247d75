import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { parseConfigFile } from '../core/config/parse-config.js';
import { ConfigError, type Problem } from '../core/errors.js';
import { composePolicies, type EffectivePolicy } from '../core/policy/compose-policy.js';
import { policySchema, type PolicyConfig } from '../core/policy/policy-file.js';
import type { ConfigFiles } from './load-project.js';

const BUILTIN = 'builtin:';

/** A standalone policy file (`--policy`) with what it extends, folded for the given protected columns. */
export interface LoadedPolicyFile {
  readonly file: string;
  /** Every file in application order (extended packs first). */
  readonly configs: readonly PolicyConfig[];
  readonly policy: EffectivePolicy;
}

/** Loads a policy file outside a project; every problem of every file is one ConfigError (exit 2). */
export async function loadPolicyFile(path: string, files: ConfigFiles, cwd: string, protectedColumns: readonly string[]): Promise<LoadedPolicyFile> {
  const display = (abs: string) => {
    const rel = relative(cwd, abs);
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
  };
  const builtins = await files.builtinPolicies();
  const problems: Problem[] = [];
  const configs: PolicyConfig[] = [];
  const seen = new Set<string>();
  const visit = async (ref: string, baseDir: string, from: string | undefined): Promise<void> => {
    let abs: string | undefined;
    if (ref.startsWith(BUILTIN)) abs = builtins.get(ref.slice(BUILTIN.length));
    else abs = resolve(baseDir, ref);
    if (abs === undefined || (await files.kind(abs)) !== 'file') {
      problems.push({ file: from ?? display(resolve(baseDir, ref)), message: `policy ${ref} ${abs === undefined ? 'is not a builtin pack' : 'does not exist'}`, expected: `a policy file, or one of: ${[...builtins.keys()].map((n) => BUILTIN + n).join(', ')}` });
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
  await visit(path, cwd, undefined);
  if (problems.length > 0) throw new ConfigError(`invalid policy ${path}`, problems);
  return { file: display(resolve(cwd, path)), configs, policy: composePolicies(configs, protectedColumns) };
}
