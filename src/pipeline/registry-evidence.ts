/**
 * Reads the evidence a registration is made from: the model artifact (every file re-verified against its
 * sha256 before use), metrics, gates and optionally fairness, as written by `mergeml train`, `metrics`,
 * `gate` and `fairness`. Layout of a results dir: model/ (the train output), metrics.json, gates.json,
 * fairness.json (optional).
 */
import { createHash } from 'node:crypto';
import { open, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import type { GateReport } from '../core/gates/metric-gates.js';
import { registryFileSchema, shardNames, type InputSchema, type RegistryFile } from '../core/registry/registry-records.js';
import { verifyArtifact } from '../train/artifact-dir.js';
import type { FairnessRunJson } from './fairness.js';

export interface EvidencePaths {
  readonly artifact: string;
  readonly metrics: string;
  readonly gates: string;
  readonly fairness?: string;
}

export interface Evidence {
  readonly model: string;
  readonly artifactDir: string;
  readonly files: readonly { readonly path: string; readonly bytes: number; readonly sha256: string }[];
  readonly metricsBytes: Uint8Array;
  readonly metrics: Readonly<Record<string, number | null>>;
  readonly gatesBytes: Uint8Array;
  readonly gates: GateReport;
  readonly fairnessBytes: Uint8Array | null;
  readonly fairness: FairnessRunJson | null;
  readonly trainingCard: Record<string, unknown> | null;
  readonly inputSchema: InputSchema | null;
}

/** The paths of a results dir, each overridable. */
export function evidencePaths(cwd: string, results: string | undefined, overrides: Partial<EvidencePaths>): EvidencePaths {
  const base = results === undefined ? undefined : resolve(cwd, results);
  const pick = (name: keyof EvidencePaths, file: string): string | undefined => (overrides[name] !== undefined ? resolve(cwd, overrides[name] as string) : base === undefined ? undefined : join(base, file));
  const artifact = pick('artifact', 'model');
  const metrics = pick('metrics', 'metrics.json');
  const gates = pick('gates', 'gates.json');
  if (artifact === undefined || metrics === undefined || gates === undefined) {
    throw new InputError('no evidence to register', [{ file: '--results', message: 'missing', expected: '--results DIR (model/, metrics.json, gates.json) or --artifact, --metrics and --gates' }]);
  }
  const fairness = overrides.fairness !== undefined ? resolve(cwd, overrides.fairness) : base === undefined ? undefined : join(base, 'fairness.json');
  return { artifact, metrics, gates, ...(fairness !== undefined ? { fairness } : {}) };
}

async function readJsonFile(path: string, kind: string, optional: boolean): Promise<{ bytes: Uint8Array; json: Record<string, unknown> } | null> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if (optional) return null;
    throw new InputError(`cannot read the ${kind} report`, [{ file: path, message: 'missing or unreadable', expected: `the --json output of \`mergeml ${kind}\`` }], { cause: error });
  }
  try {
    const json: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new Error('not a JSON object');
    return { bytes, json: json as Record<string, unknown> };
  } catch (error) {
    throw new InputError(`${path} is not JSON`, [{ file: path, message: error instanceof Error ? error.message : String(error), expected: `the --json output of \`mergeml ${kind}\`` }], { cause: error });
  }
}

function inputSchemaOf(preprocess: Record<string, unknown> | null, card: Record<string, unknown> | null): InputSchema | null {
  const target = preprocess?.['target'] as { name?: unknown; task?: unknown } | undefined;
  const features = preprocess?.['features'] as { name?: unknown; kind?: unknown }[] | undefined;
  if (Array.isArray(features)) {
    return { target: target && typeof target.name === 'string' ? { name: target.name, task: typeof target.task === 'string' ? target.task : null } : null, features: features.map((f) => ({ name: String(f.name), kind: typeof f.kind === 'string' ? f.kind : null })) };
  }
  const config = card?.['config'] as { features?: unknown; target?: unknown } | undefined;
  if (Array.isArray(config?.features)) return { target: typeof config.target === 'string' ? { name: config.target, task: null } : null, features: config.features.map((f) => ({ name: String(f), kind: null })) };
  return null;
}

/** Reads and verifies the evidence; every artifact file's sha256 is checked against the artifact manifest. */
export async function readEvidence(paths: EvidencePaths): Promise<Evidence> {
  const manifest = await verifyArtifact(paths.artifact);
  const metrics = (await readJsonFile(paths.metrics, 'metrics', false))!;
  const overall = (metrics.json['overall'] as { metrics?: Record<string, unknown> } | undefined)?.metrics;
  if (metrics.json['kind'] !== 'metrics' || metrics.json['schemaVersion'] !== 1 || overall === undefined) {
    throw new InputError(`${paths.metrics} is not a metrics report`, [{ file: paths.metrics, message: `kind ${JSON.stringify(metrics.json['kind'])}`, expected: 'the --json output of `mergeml metrics` (kind "metrics", schemaVersion 1)' }]);
  }
  const gates = (await readJsonFile(paths.gates, 'gate', false))!;
  if (gates.json['kind'] !== 'gates' || gates.json['schemaVersion'] !== 1 || typeof gates.json['passed'] !== 'boolean') {
    throw new InputError(`${paths.gates} is not a gates report`, [{ file: paths.gates, message: `kind ${JSON.stringify(gates.json['kind'])}`, expected: 'the --json output of `mergeml gate` (kind "gates", schemaVersion 1)' }]);
  }
  const fairness = paths.fairness === undefined ? null : await readJsonFile(paths.fairness, 'fairness', true);
  if (fairness !== null && fairness.json['kind'] !== 'mergeml.fairness-run') {
    throw new InputError(`${paths.fairness} is not a fairness report`, [{ file: paths.fairness as string, message: `kind ${JSON.stringify(fairness.json['kind'])}`, expected: 'the --json output of `mergeml fairness` (kind "mergeml.fairness-run")' }]);
  }
  const optionalJson = async (name: string) => (manifest.files.some((f) => f.path === name) ? ((await readJsonFile(join(paths.artifact, name), 'train', true))?.json ?? null) : null);
  const trainingCard = await optionalJson('training-card.json');
  return {
    model: manifest.model,
    artifactDir: paths.artifact,
    files: manifest.files,
    metricsBytes: metrics.bytes,
    metrics: Object.fromEntries(Object.entries(overall).map(([k, v]) => [k, typeof v === 'number' && Number.isFinite(v) ? v : null])),
    gatesBytes: gates.bytes,
    gates: gates.json as unknown as GateReport,
    fairnessBytes: fairness?.bytes ?? null,
    fairness: (fairness?.json as unknown as FairnessRunJson | undefined) ?? null,
    trainingCard,
    inputSchema: inputSchemaOf(await optionalJson('preprocess.json'), trainingCard),
  };
}

/** sha256 and size of a byte range of a file, read in 8 MiB chunks (shards may be up to 2 GiB). */
export async function hashRange(path: string, start: number, length: number): Promise<string> {
  const hash = createHash('sha256');
  const handle = await open(path, 'r');
  try {
    const chunk = Buffer.alloc(Math.min(8 * 1024 * 1024, Math.max(1, length)));
    for (let done = 0; done < length; ) {
      const { bytesRead } = await handle.read(chunk, 0, Math.min(chunk.length, length - done), start + done);
      if (bytesRead === 0) throw new InputError(`${path} is shorter than its manifest says`, [{ file: path, message: `ended at byte ${start + done}`, expected: `${start + length} bytes` }]);
      hash.update(chunk.subarray(0, bytesRead));
      done += bytesRead;
    }
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}

/** The registry entries of the artifact files for a storage decision, with release shards hashed. */
export async function registryFiles(evidence: Evidence, storage: 'commit' | 'release', shardBytes: number): Promise<RegistryFile[]> {
  const out: RegistryFile[] = [];
  // The artifact may come from a fork's pull request run: its file names are untrusted.
  const unsafe = evidence.files.filter((f) => !registryFileSchema.shape.path.safeParse(f.path).success);
  if (unsafe.length > 0) throw new InputError('the model artifact names files outside itself', unsafe.map((f) => ({ file: join(evidence.artifactDir, 'manifest.json'), path: 'files', message: JSON.stringify(f.path), expected: 'relative paths without "." or ".." segments, backslashes or control characters' })));
  for (const f of evidence.files) {
    const names = shardNames(f.path, f.bytes, shardBytes);
    const shards = [];
    for (const [i, name] of names.entries()) {
      const start = i * shardBytes;
      const length = names.length === 1 ? f.bytes : Math.min(shardBytes, f.bytes - start);
      shards.push({ name, bytes: length, sha256: names.length === 1 ? f.sha256 : await hashRange(join(evidence.artifactDir, f.path), start, length) });
    }
    out.push({ path: f.path, bytes: f.bytes, sha256: f.sha256, storage, shards });
  }
  return out;
}

/** Size of a file, or undefined when missing. */
export async function fileSize(path: string): Promise<number | undefined> {
  return stat(path).then((s) => s.size, () => undefined);
}
