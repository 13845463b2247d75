import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import { renderModelCard, type ModelCardInput } from '../core/compliance/model-card.js';
import type { FairnessRunJson } from './fairness.js';
import type { ConfigFiles } from './load-project.js';
import { loadFairnessProject } from './fairness-project.js';

export interface ModelCardRequest {
  readonly config: string;
  readonly model?: string;
  readonly fairness?: string;
  readonly metrics?: string;
  readonly commit?: string;
  readonly backend?: string;
  readonly seed?: number;
  readonly version?: string;
  readonly intendedUse?: string;
  readonly limitations: readonly string[];
  /** ISO-8601 time, supplied by the caller's clock. */
  readonly generatedAt: string;
  readonly mergemlVersion: string;
}

async function readJson(path: string, cwd: string, what: string): Promise<Record<string, unknown>> {
  try {
    const value: unknown = JSON.parse(await readFile(resolve(cwd, path), 'utf8'));
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not a JSON object');
    return value as Record<string, unknown>;
  } catch (error) {
    throw new InputError(`cannot read ${what} ${path}`, [{ file: path, message: error instanceof Error ? error.message : String(error), expected: `the --json output of \`mergeml ${what}\`` }], { cause: error });
  }
}

function metricsOf(report: Record<string, unknown>, file: string): ModelCardInput['metrics'] {
  const overall = report['overall'] as { metrics?: Record<string, unknown> } | undefined;
  if (report['kind'] !== 'metrics' || report['schemaVersion'] !== 1 || overall?.metrics === undefined) {
    throw new InputError(`${file} is not a metrics report`, [{ file, message: `kind ${JSON.stringify(report['kind'])}, schemaVersion ${JSON.stringify(report['schemaVersion'])}`, expected: 'the --json output of `mergeml metrics` (kind "metrics", schemaVersion 1)' }]);
  }
  return Object.entries(overall.metrics).map(([name, v]) => (typeof v === 'number' && Number.isFinite(v) ? { name, value: v } : { name, value: null, note: 'undefined in the metrics report (see its warnings)' }));
}

/** Builds the model card of one model from the project file and the reports of this run. */
export async function buildModelCard(request: ModelCardRequest, files: ConfigFiles, cwd: string): Promise<string> {
  const model = await loadFairnessProject(request.config, request.model, files, cwd);
  let fairness: FairnessRunJson | null = null;
  if (request.fairness !== undefined) {
    const json = await readJson(request.fairness, cwd, 'fairness');
    if (json['kind'] !== 'mergeml.fairness-run' || json['schemaVersion'] !== 1) {
      throw new InputError(`${request.fairness} is not a fairness report`, [{ file: request.fairness, message: `kind ${JSON.stringify(json['kind'])}`, expected: 'the --json output of `mergeml fairness` (kind "mergeml.fairness-run", schemaVersion 1)' }]);
    }
    fairness = json as unknown as FairnessRunJson;
  }
  const data: { role: string; path: string; sha256: string | null; rows: number | null }[] = [];
  for (const role of ['train', 'test', 'reference'] as const) {
    const entry = model.config.data[role];
    if (entry === undefined) continue;
    const rel = typeof entry === 'string' ? entry : entry.path;
    const abs = resolve(model.dir, rel);
    const exists = (await files.kind(abs)) === 'file';
    data.push({ role, path: rel, sha256: exists ? await files.sha256(abs) : null, rows: null });
  }
  const configPath = resolve(cwd, model.file);
  const input: ModelCardInput = {
    model: { name: model.name, version: request.version ?? null, description: model.config.description ?? null, task: model.config.task },
    intendedUse: request.intendedUse ?? null,
    outOfScopeUses: [],
    data,
    metrics: request.metrics === undefined ? [] : metricsOf(await readJson(request.metrics, cwd, 'metrics'), request.metrics),
    fairness: fairness?.fairness ?? null,
    compliance: fairness?.compliance.checks ?? [],
    limitations: request.limitations,
    lineage: {
      commit: request.commit ?? null,
      configPath: model.file,
      configSha256: (await files.kind(configPath)) === 'file' ? await files.sha256(configPath) : null,
      backend: request.backend ?? model.config.train?.backend ?? null,
      seed: request.seed ?? model.config.train?.seed ?? null,
      mergemlVersion: request.mergemlVersion,
    },
    gates: [],
    generatedAt: request.generatedAt,
  };
  return renderModelCard(input);
}
