/**
 * `mergeml evaluate`: the challenger's metrics and, with a champion, the comparison on identical
 * rows. Each model is a predictions file, or a model dir scored on the test data with the training
 * helper's `predict` (saved preprocessing included). Row identity is verified: same number of rows,
 * same row ids (with --id) and same true labels, row by row; anything else is an InputError naming
 * both files and lines. Writes metrics.json, champion-metrics.json, comparison.json, comparison.md
 * and, when gates are given, gates.json; every file atomically.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { CheckFailedError, InputError } from '../core/errors.js';
import { committedArtifactPath } from '../core/registry/registry-records.js';
import type { PredictionColumns, PredictionColumnsSpec } from '../core/metrics/prediction-columns.js';
import type { MetricsReport } from '../core/metrics/metrics-report.js';
import { compareBinary, compareRegression, type ComparisonReport } from '../core/compare/comparison.js';
import { evaluateGates, type GateReport } from '../core/gates/metric-gates.js';
import type { MetricGateConfig } from '../core/policy/metric-gates-schema.js';
import { renderComparisonMarkdown } from '../core/compare/render-comparison.js';
import type { ReadOptions } from '../core/data/read-options.js';
import { metricsOfColumns, readPredictionColumns, writeOutputAtomic, DEFAULT_CALIBRATION_BINS, DEFAULT_CURVE_POINTS } from './metrics.js';
import { scoreModelDir } from './score-model-dir.js';
import type { RegistryGit } from './registry-ports.js';
import { pullVersion } from './registry-pull.js';
import { readRegistryState, requireModel, requireVersion } from './registry-read.js';
import { algorithmOfCard } from './run/model-algorithm.js';

/** A model to evaluate; `name` is how reports show it (the path as the user gave it). */
export type ModelSource = ({ readonly kind: 'predictions'; readonly path: string } | { readonly kind: 'model'; readonly dir: string }) & { readonly name?: string };

export interface EvaluateOptions {
  readonly challenger: ModelSource;
  readonly champion?: ModelSource;
  /** Test data with the label (and group) columns; required when a source is a model dir. */
  readonly data?: string;
  readonly spec: PredictionColumnsSpec;
  readonly outDir: string;
  readonly resamples: number;
  readonly seed: number;
  readonly confidence: number;
  readonly calibrationBins?: number;
  readonly curvePoints?: number;
  readonly gates?: readonly MetricGateConfig[];
  readonly read?: ReadOptions;
  readonly backend?: string;
}

export interface EvaluateResult {
  readonly metrics: MetricsReport;
  readonly championMetrics: MetricsReport | null;
  readonly comparison: ComparisonReport | null;
  readonly gates: GateReport | null;
  readonly written: readonly string[];
}

async function columnsOf(role: 'challenger' | 'champion', source: ModelSource, options: EvaluateOptions, ports: { env: Readonly<Record<string, string | undefined>>; cwd: string }): Promise<PredictionColumns> {
  if (source.kind === 'predictions') return readPredictionColumns(source.path, options.spec, options.read);
  if (options.data === undefined) throw new InputError(`--${role} ${source.dir} is a model dir: pass --data with the test split to score it on`);
  const path = await scoreModelDir(role, source.dir, options.data, options.spec, options.outDir, ports, options.backend, options.read);
  return readPredictionColumns(path, { ...options.spec, score: 'score', pred: undefined }, {});
}

/** Checks that two prediction sets cover the same rows in the same order with the same labels. */
export function assertSameRows(a: PredictionColumns, b: PredictionColumns): void {
  if (a.rows !== b.rows) {
    const [longer, shorter] = a.rows > b.rows ? [a, b] : [b, a];
    throw new InputError(`${a.file} and ${b.file} do not cover the same rows`, [
      { file: longer.file, line: longer.lines[shorter.rows]!, message: `row ${shorter.rows + 1} has no counterpart: ${longer.file} has ${longer.rows} rows, ${shorter.file} has ${shorter.rows}`, expected: 'both models evaluated on identical rows' },
    ]);
  }
  const mismatch = (i: number, what: string, va: string, vb: string): never => {
    throw new InputError(`${a.file} and ${b.file} do not cover the same rows`, [
      { file: a.file, line: a.lines[i]!, message: `row ${i + 1}: ${what} ${va}`, expected: 'the same rows in the same order in both files' },
      { file: b.file, line: b.lines[i]!, message: `row ${i + 1}: ${what} ${vb}` },
    ]);
  };
  if (a.ids !== null && b.ids !== null) {
    for (let i = 0; i < a.rows; i++) if (a.ids[i] !== b.ids[i]) mismatch(i, 'row id', JSON.stringify(a.ids[i]), JSON.stringify(b.ids[i]));
  }
  if (a.binary && b.binary) {
    for (let i = 0; i < a.rows; i++) if (a.binary.labels[i] !== b.binary.labels[i]) mismatch(i, 'true label is positive:', String(a.binary.labels[i] === 1), String(b.binary.labels[i] === 1));
  } else if (a.regression && b.regression) {
    for (let i = 0; i < a.rows; i++) if (a.regression.targets[i] !== b.regression.targets[i]) mismatch(i, 'target', String(a.regression.targets[i]), String(b.regression.targets[i]));
  }
}

function describe(source: ModelSource, file: string): Record<string, string> {
  const name = source.name ?? (source.kind === 'model' ? source.dir : source.path);
  return source.kind === 'model' ? { name, kind: 'model', model_dir: source.dir, predictions: file } : { name, kind: 'predictions', file };
}

/** A `--champion registry:<stage>` or `registry:<model>@<version>` reference; null for anything else. */
export type RegistryRef = { readonly stage: string } | { readonly model: string; readonly version: string };

/** Parses `registry:production` or `registry:credit-risk@v1.2.0`; null when `text` is not a registry reference. */
export function parseRegistryRef(text: string): RegistryRef | null {
  if (!text.startsWith('registry:')) return null;
  const rest = text.slice('registry:'.length);
  const at = rest.lastIndexOf('@');
  const ref = at < 0 ? { stage: rest } : { model: rest.slice(0, at), version: rest.slice(at + 1) };
  if (Object.values(ref).some((part) => part === '')) {
    throw new InputError(`--champion ${text}: not a registry reference`, [{ file: '--champion', message: JSON.stringify(text), expected: 'registry:<stage> (e.g. registry:production) or registry:<model>@<version> (e.g. registry:credit-risk@v1.2.0)' }]);
  }
  return ref;
}

/**
 * Resolves a registry reference to a model dir: the version at the stage (or the named version) is pulled
 * into `<outDir>/.registry-champion/` by the registry's own `pullVersion`, which verifies every file's
 * sha256 before the folder is put in place (the same consumer `mergeml run` uses for its champion).
 */
export async function pullRegistryChampion(git: RegistryGit, ref: RegistryRef, model: string, outDir: string): Promise<ModelSource & { readonly kind: 'model' }> {
  const ms = requireModel(await readRegistryState(git), 'model' in ref ? ref.model : model);
  let version: string;
  if ('stage' in ref) {
    const at = ms.stages[ref.stage]?.version ?? undefined;
    if (at === undefined) {
      const held = Object.entries(ms.stages).flatMap(([stage, a]) => (a.version ? [`${stage} (${a.version})`] : []));
      throw new InputError(`--champion registry:${ref.stage}: no version of ${ms.model} is at stage ${JSON.stringify(ref.stage)}`, [{
        file: 'git tags', message: `no current ${ms.model}#${ref.stage}#… assignment`,
        expected: held.length > 0 ? `a stage that holds a version: ${held.join(', ')}` : `a version promoted to a stage first (mergeml registry promote ${ms.model} --version vX.Y.Z --stage ${ref.stage}); no stage of ${ms.model} holds a version yet`,
      }]);
    }
    version = at;
  } else {
    version = requireVersion(ms, ref.version).version;
  }
  const v = requireVersion(ms, version);
  const dir = join(outDir, '.registry-champion', `${ms.model}-${v.version}`);
  await rm(dir, { recursive: true, force: true });
  try {
    await pullVersion(git, { model: ms.model, version: v.version, outDir: dir });
  } catch (error) {
    // A corrupted or tampered artifact is bad input to evaluate (exit 2), not a failed gate.
    if (error instanceof CheckFailedError) throw new InputError(`--champion: ${ms.model} ${v.version} from the registry failed verification: ${error.message}`, [{ file: `registry/${ms.model}/${v.version}/manifest.json`, message: 'artifact sha256 mismatch', expected: 'artifact files whose sha256 match the manifest (mergeml registry verify)' }], { cause: error });
    throw error;
  }
  const algorithm = algorithmOfCard(await git.readFile(v.commit, committedArtifactPath(ms.model, v.version, 'training-card.json')));
  const label = 'stage' in ref ? `registry:${ref.stage} (${ms.model} ${v.version}, ${algorithm})` : `registry:${ms.model}@${v.version} (${algorithm})`;
  return { kind: 'model', dir, name: label };
}

/** Runs the evaluation and writes its reports into `outDir`. */
export async function evaluate(options: EvaluateOptions, ports: { env: Readonly<Record<string, string | undefined>>; cwd: string }): Promise<EvaluateResult> {
  const challenger = await columnsOf('challenger', options.challenger, options, ports);
  const champion = options.champion ? await columnsOf('champion', options.champion, options, ports) : null;
  if (champion) assertSameRows(champion, challenger);
  const reportOptions = { ...options.spec, calibrationBins: options.calibrationBins ?? DEFAULT_CALIBRATION_BINS, curvePoints: options.curvePoints ?? DEFAULT_CURVE_POINTS };
  const metrics = metricsOfColumns(challenger, reportOptions);
  const championMetrics = champion ? metricsOfColumns(champion, reportOptions) : null;
  let comparison: ComparisonReport | null = null;
  if (champion) {
    const common = {
      resamples: options.resamples, seed: options.seed, confidence: options.confidence, calibrationBins: reportOptions.calibrationBins,
      champion: describe(options.champion!, champion.file), challenger: describe(options.challenger, challenger.file),
    };
    comparison = champion.binary && challenger.binary
      ? compareBinary(challenger.binary.labels, champion.binary, challenger.binary, common)
      : compareRegression(challenger.regression!.targets, champion.regression!.predictions, challenger.regression!.predictions, common);
  }
  const gates = options.gates ? evaluateGates(options.gates, { metrics: metrics.overall.metrics, ...(comparison ? { comparison: comparison.metrics } : {}) }) : null;
  const written: string[] = [];
  const write = (name: string, text: string) => {
    const path = join(options.outDir, name);
    writeOutputAtomic(path, text);
    written.push(path);
  };
  write('metrics.json', `${JSON.stringify(metrics, null, 2)}\n`);
  if (championMetrics) write('champion-metrics.json', `${JSON.stringify(championMetrics, null, 2)}\n`);
  if (comparison) {
    write('comparison.json', `${JSON.stringify(comparison, null, 2)}\n`);
    write('comparison.md', renderComparisonMarkdown(comparison, gates ?? undefined));
  }
  if (gates) write('gates.json', `${JSON.stringify(gates, null, 2)}\n`);
  return { metrics, championMetrics, comparison, gates, written };
}
