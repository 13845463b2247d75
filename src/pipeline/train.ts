import { createHash } from 'node:crypto';
import { readFile, rm, readdir, stat } from 'node:fs/promises';
import { parseContract } from '../core/contract/parse-contract.js';
import { contractKinds } from '../core/preprocess/contract-kinds.js';
import type { ReadOptions } from '../core/data/read-options.js';
import { InputError } from '../core/errors.js';
import { createMatrixBuilder, type DesignMatrix } from '../core/preprocess/apply-preprocess.js';
import { createPreprocessFitter } from '../core/preprocess/fit-preprocess.js';
import type { PreprocessSpec } from '../core/preprocess/preprocess-spec.js';
import { commitArtifact, discardStaging, prepareOutputDir, stageFile, type Manifest } from '../train/artifact-dir.js';
import { nativeLoaderFrom, requestedBackend, selectBackend, type BackendChoice, type NativeLoader } from '../train/backend-select.js';
import { runCommandTrainer } from '../train/command-trainer.js';
import { fileSha256, readAllBatches, replay, type DataFile } from '../train/data-source.js';
import { MODEL_JSON, serializeModel, WEIGHTS_BIN } from '../train/model-files.js';
import { formatPredictionsCsv, scoreMatrix, testMetrics } from '../train/predictions-file.js';
import { TrainingProgress, type ProgressOutput } from '../train/progress-reporter.js';
import { trainTfjs } from '../train/tfjs-trainer.js';
import { loadTf } from '../train/tf-runtime.js';
import { DEFAULTS, resolveTrainSettings } from '../train/train-settings.js';
import type { LoadedModel } from './load-project.js';

export interface TrainOptions {
  /** The model as loaded from mergeml.yaml (data paths resolved, pins checked). */
  readonly model: LoadedModel;
  /** Directory of mergeml.yaml: a bring-your-own trainer command runs there. */
  readonly projectDir: string;
  readonly outDir: string;
  readonly resume?: boolean;
  /** --backend; MERGEML_BACKEND in ports.env wins over train.backend but not over this. */
  readonly backend?: string;
  readonly seed?: number;
}

export interface TrainPorts {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly progress: ProgressOutput;
  /** The commit the code was at (`git rev-parse HEAD`), or null outside git. */
  readonly gitCommit: () => Promise<string | null>;
  /** Resolves the optional native packages; by default from MERGEML_TFJS_NODE_PATH, the cwd and MergeML's install. */
  readonly loadNative?: NativeLoader;
  readonly cwd: string;
}

/** The result of `mergeml train` (also its --json output, schemaVersion 1). */
export interface TrainResult {
  readonly schemaVersion: 1;
  readonly model: string;
  readonly outDir: string;
  readonly trainer: 'tfjs' | 'command';
  readonly backend: { readonly name: string; readonly device: string } | null;
  readonly seed: number | null;
  readonly epochs: number | null;
  readonly resumedFromEpoch: number | null;
  readonly metrics: Readonly<Record<string, number>>;
  readonly weightsSha256: string | null;
  readonly files: Manifest['files'];
  readonly durations: { readonly totalSeconds: number; readonly trainSeconds: number };
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

function dataFile(model: LoadedModel, role: 'train' | 'test'): DataFile | undefined {
  const entry = model.data.find((d) => d.role === role);
  if (!entry) return undefined;
  const d = model.config.data;
  const options: ReadOptions = { ...(d.format ? { format: d.format } : {}), ...(d.delimiter ? { delimiter: d.delimiter } : {}), ...(d.null_values ? { nullValues: d.null_values } : {}) };
  return { path: entry.path, file: entry.file, options };
}

async function outDirIsFile(dir: string): Promise<boolean> {
  try {
    return !(await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

/** Trains one model into an artifact in options.outDir: the use-case behind `mergeml train` and the train action. */
export async function train(options: TrainOptions, ports: TrainPorts): Promise<TrainResult> {
  const started = ports.progress.now();
  const { model } = options;
  if (await outDirIsFile(options.outDir)) {
    throw new InputError(`output dir ${options.outDir} is a file`, [{ file: options.outDir, message: 'exists and is not a directory', expected: 'a directory path (created when missing)' }]);
  }
  const trainFile = dataFile(model, 'train');
  if (!trainFile) throw new InputError(`model '${model.name}' has no training data`, [{ path: `models.${model.name}.data.train`, message: 'missing' }]);
  const testFile = dataFile(model, 'test');
  if (model.config.train?.command !== undefined) {
    return runCommandTrainer({ model, command: model.config.train.command, projectDir: options.projectDir, outDir: options.outDir, trainFile, testFile, seed: options.seed ?? DEFAULTS.seed, env: ports.env, progress: ports.progress, gitCommit: ports.gitCommit, started });
  }

  const backendRequest = requestedBackend(options.backend ?? model.config.train?.backend, options.backend ? {} : ports.env);
  const protectedColumns = model.config.protected.map((p) => p.column);
  const fitter = createPreprocessFitter({
    target: model.config.target,
    task: model.config.task,
    features: model.config.features,
    protected: protectedColumns,
    nullValues: trainFile.options.nullValues ?? [''],
    ...(model.contract !== undefined ? { kinds: contractKinds(parseContract(model.contract, new Uint8Array(await readFile(model.contract)))) } : {}),
    ...(model.config.positive_class !== undefined ? { positiveClass: String(model.config.positive_class) } : {}),
  });
  const trainBatches = await readAllBatches(trainFile, [fitter]);
  const spec: PreprocessSpec = fitter.finish();
  const matrix: DesignMatrix = replay(trainBatches, createMatrixBuilder(spec, { withTarget: true }));
  trainBatches.length = 0;
  const settings = resolveTrainSettings(model.config.train, { seed: options.seed, rows: matrix.rows, task: model.config.task });
  const testMatrix = testFile ? replay(await readAllBatches(testFile), createMatrixBuilder(spec, { withTarget: true })) : undefined;
  const trainSha = await fileSha256(trainFile.path);

  const tf = await loadTf();
  const backend: BackendChoice = await selectBackend(tf, backendRequest, ports.loadNative ?? nativeLoaderFrom(ports.env, ports.cwd, import.meta.url), ports.env);
  const progress = new TrainingProgress(ports.progress, settings.epochs);
  progress.note(`backend: ${backend.name} (${backend.device})`);
  for (const a of backend.attempts.filter((x) => x.outcome !== 'selected')) progress.note(`  skipped ${a.backend}: ${a.outcome}`);

  const fingerprint = createHash('sha256')
    .update(JSON.stringify({ v: 1, settings, spec, features: model.config.features, target: model.config.target, trainSha, backend: backend.name }))
    .digest('hex');
  const staging = await prepareOutputDir(options.outDir, { resume: options.resume === true });
  try {
    const trainStarted = ports.progress.now();
    progress.begin(`Training ${model.name}: ${settings.model.type} on ${matrix.rows} rows × ${matrix.width} inputs, ${backend.name} backend, seed ${settings.seed}`);
    let result;
    try {
      result = await trainTfjs({ tf, settings, spec, matrix, fingerprint, checkpointDir: options.outDir, resume: options.resume === true, progress });
    } finally {
      progress.end();
    }
    const trainSeconds = (ports.progress.now() - trainStarted) / 1000;
    const files = await serializeModel(tf, result.model);
    let metrics: Record<string, number> = {};
    if (testMatrix) {
      const scores = await scoreMatrix(tf, result.model, testMatrix);
      metrics = testMetrics(spec.target, testMatrix.y ?? new Float32Array(0), scores);
      await stageFile(staging, 'predictions.csv', formatPredictionsCsv(spec.target, testMatrix.lines, scores));
    }
    result.model.dispose();
    const weightsSha256 = createHash('sha256').update(files.weights).digest('hex');
    const totalSeconds = (ports.progress.now() - started) / 1000;
    await stageFile(staging, MODEL_JSON, files.modelJson);
    await stageFile(staging, WEIGHTS_BIN, files.weights);
    await stageFile(staging, 'preprocess.json', json(spec));
    await stageFile(staging, 'history.json', json({ schemaVersion: 1, epochs: result.history, stoppedEarly: result.stoppedEarly, bestEpoch: result.bestEpoch }));
    await stageFile(
      staging,
      'training-card.json',
      json({
        schemaVersion: 1,
        model: model.name,
        task: model.config.task,
        trainer: 'tfjs',
        data: { train: { file: trainFile.file, sha256: trainSha, rows: matrix.rows }, test: testFile && testMatrix ? { file: testFile.file, sha256: await fileSha256(testFile.path), rows: testMatrix.rows } : null },
        code: { commit: await ports.gitCommit() },
        config: { target: model.config.target, positive_class: model.config.positive_class ?? null, features: model.config.features, protected: protectedColumns, train: settings },
        backend: { name: backend.name, device: backend.device, attempts: backend.attempts },
        seed: settings.seed,
        epochs: result.history.length,
        resumedFromEpoch: result.resumedFromEpoch,
        weightsSha256,
        metrics: { test: metrics },
        durations: { totalSeconds, trainSeconds },
      }),
    );
    const manifest = await commitArtifact(options.outDir, staging, model.name);
    return { schemaVersion: 1, model: model.name, outDir: options.outDir, trainer: 'tfjs', backend: { name: backend.name, device: backend.device }, seed: settings.seed, epochs: result.history.length, resumedFromEpoch: result.resumedFromEpoch, metrics, weightsSha256, files: manifest.files, durations: { totalSeconds, trainSeconds } };
  } catch (error) {
    await discardStaging(staging);
    await removeIfEmpty(options.outDir);
    throw error;
  }
}

async function removeIfEmpty(dir: string): Promise<void> {
  if ((await readdir(dir).catch(() => ['?'])).length === 0) await rm(dir, { recursive: true, force: true });
}
