/**
 * The files of the registry folder (docs/adr/0002-registry-format.md):
 *   registry/<model>/audit-trail.json                 hash-chained trail of every event of the model
 *   registry/<model>/<version>/manifest.json          every artifact: path, bytes, sha256, where it is stored
 *   registry/<model>/<version>/metrics.json           `mergeml metrics --json` as evaluated
 *   registry/<model>/<version>/gates.json             `mergeml gate --json`
 *   registry/<model>/<version>/lineage.json           data sha256, source commit, config, backend, input schema
 *   registry/<model>/<version>/model-card.md
 *   registry/<model>/<version>/artifacts/<path>       the binaries, when committed by policy
 * Pure: paths and schemas only.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';

export const REGISTRY_DIR = 'registry';
/** GitHub rejects release assets of 2 GiB or more; larger artifacts are split into shards below this. */
export const MAX_ASSET_BYTES = 2 * 1024 * 1024 * 1024 - 1;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 hex digest');
const sha = z.string().regex(/^[0-9a-f]{7,64}$/, 'a git commit id');

export const registryFileSchema = z.strictObject({
  path: z.string().min(1).refine((p) => !/[\u0000-\u001f\u007f\\]/.test(p) && !p.startsWith('/') && p.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..' && seg !== '.git'), 'a relative path without "." / ".." / ".git" segments, backslashes or control characters'),
  bytes: z.number().int().min(0),
  sha256: sha256Hex,
  /** `commit`: under artifacts/ in git; `release`: assets of the version's GitHub release. */
  storage: z.enum(['commit', 'release']),
  /** Release asset names holding the file in order (one when it fits in an asset). */
  shards: z.array(z.strictObject({ name: z.string().min(1), bytes: z.number().int().min(0), sha256: sha256Hex })),
});

export const registryManifestSchema = z.strictObject({
  schemaVersion: z.literal(1),
  kind: z.literal('mergeml.registry-manifest'),
  model: z.string().min(1),
  version: z.string().min(1),
  files: z.array(registryFileSchema),
});
export type RegistryManifest = z.infer<typeof registryManifestSchema>;
export type RegistryFile = z.infer<typeof registryFileSchema>;

export const inputSchemaSchema = z.strictObject({
  target: z.strictObject({ name: z.string(), task: z.string().nullable() }).nullable(),
  features: z.array(z.strictObject({ name: z.string(), kind: z.string().nullable() })),
});
export type InputSchema = z.infer<typeof inputSchemaSchema>;

export const lineageSchema = z.strictObject({
  schemaVersion: z.literal(1),
  kind: z.literal('mergeml.registry-lineage'),
  model: z.string().min(1),
  version: z.string().min(1),
  sourceCommit: sha.nullable(),
  pullRequest: z.strictObject({ number: z.number().int().positive(), openedAt: z.string().nullable(), headSha: sha.nullable() }).nullable(),
  data: z.array(z.strictObject({ role: z.string(), file: z.string().nullable(), sha256: sha256Hex.nullable(), rows: z.number().int().nullable() })),
  config: z.strictObject({ path: z.string().nullable(), sha256: sha256Hex.nullable(), train: z.unknown() }),
  backend: z.strictObject({ name: z.string().nullable(), device: z.string().nullable() }),
  trainer: z.string().nullable(),
  inputSchema: inputSchemaSchema.nullable(),
  inputSchemaSha256: sha256Hex.nullable(),
  metrics: z.record(z.string(), z.number().nullable()),
  gatesPassed: z.boolean(),
});
export type Lineage = z.infer<typeof lineageSchema>;

/** `registry/<model>`. */
export function modelDir(model: string): string {
  return `${REGISTRY_DIR}/${model}`;
}

/** `registry/<model>/<version>`. */
export function versionDir(model: string, version: string): string {
  return `${REGISTRY_DIR}/${model}/${version}`;
}

/** `registry/<model>/audit-trail.json`. */
export function auditTrailPath(model: string): string {
  return `${modelDir(model)}/audit-trail.json`;
}

/** Where a committed artifact lives in the repository. */
export function committedArtifactPath(model: string, version: string, path: string): string {
  return `${versionDir(model, version)}/artifacts/${path}`;
}

/** Fingerprint of an input schema: features sorted by name, so column order alone is not a change. */
export function inputSchemaSha256(schema: InputSchema): string {
  const canonical = { target: schema.target, features: [...schema.features].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/** Plans where each artifact file is stored: committed when the total fits `maxCommitBytes` and policy allows. */
export function planStorage(files: readonly { path: string; bytes: number; sha256: string }[], policy: { binaries: 'commit' | 'release'; maxCommitBytes: number }): 'commit' | 'release' {
  const total = files.reduce((s, f) => s + f.bytes, 0);
  return policy.binaries === 'commit' && total <= policy.maxCommitBytes ? 'commit' : 'release';
}

/** Release asset names of a file split into `shardBytes` pieces: `<name>` when it fits, else `<name>.part-000`…; slashes become `__`. */
export function shardNames(path: string, bytes: number, shardBytes: number): string[] {
  const base = path.replace(/\//g, '__');
  const count = Math.max(1, Math.ceil(bytes / shardBytes));
  return count === 1 ? [base] : Array.from({ length: count }, (_, i) => `${base}.part-${String(i).padStart(3, '0')}`);
}
