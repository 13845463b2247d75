/** The `registry:` section of mergeml.yaml (stages, binaries, max_commit_bytes), defaults when absent. */
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { relative, resolve } from 'node:path';
import { ConfigError, InputError } from '../core/errors.js';
import { parseConfigFile } from '../core/config/parse-config.js';
import { projectSchema, registrySchema } from '../core/config/project-schema.js';
import { suggest } from '../core/did-you-mean.js';

export interface RegistryPolicy {
  readonly stages: readonly string[];
  readonly binaries: 'commit' | 'release';
  readonly maxCommitBytes: number;
  /** The project file it came from, with its sha256 (lineage), or null for defaults. */
  readonly config: { readonly path: string; readonly sha256: string } | null;
}

/** Loads the policy from `config` (or `mergeml.yaml` in `cwd` when present); defaults otherwise. */
export async function loadRegistryPolicy(cwd: string, config: string | undefined): Promise<RegistryPolicy> {
  const path = resolve(cwd, config ?? 'mergeml.yaml');
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if (config !== undefined) throw new ConfigError(`cannot read ${config}`, [{ file: config, message: 'missing or unreadable', expected: 'a MergeML project file' }], { cause: error });
    const d = registrySchema.parse({});
    return { stages: d.stages, binaries: d.binaries, maxCommitBytes: d.max_commit_bytes, config: null };
  }
  const file = relative(cwd, path) || path;
  const parsed = parseConfigFile(file, bytes, projectSchema);
  if (!parsed.ok) throw new ConfigError(`${file} is not a valid project file`, parsed.problems);
  const r = parsed.config.value.registry ?? registrySchema.parse({});
  return { stages: r.stages, binaries: r.binaries, maxCommitBytes: r.max_commit_bytes, config: { path: file, sha256: createHash('sha256').update(bytes).digest('hex') } };
}

/** Refuses a stage the policy does not list (exit 2), suggesting the closest one. */
export function requireAllowedStage(policy: RegistryPolicy, stage: string): void {
  if (policy.stages.includes(stage)) return;
  // `prod` for `production` is too far for edit distance; a prefix is the likelier slip.
  const hint = suggest(stage, policy.stages) ?? policy.stages.find((s) => s.startsWith(stage));
  throw new InputError(`stage ${JSON.stringify(stage)} is not allowed by the registry policy${hint ? ` (did you mean ${hint}?)` : ''}. Nothing was written.`, [{ file: policy.config?.path ?? 'mergeml.yaml (defaults)', path: 'registry.stages', message: `does not list ${JSON.stringify(stage)}`, expected: `one of ${policy.stages.join(', ')}` }]);
}
