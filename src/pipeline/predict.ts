import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../core/errors.js';
import { createMatrixBuilder } from '../core/preprocess/apply-preprocess.js';
import type { PreprocessSpec } from '../core/preprocess/preprocess-spec.js';
import { verifyArtifact } from '../train/artifact-dir.js';
import { nativeLoaderFrom, requestedBackend, selectBackend, type NativeLoader } from '../train/backend-select.js';
import { readAllBatches, replay } from '../train/data-source.js';
import { fileModelHandler, MODEL_JSON } from '../train/model-files.js';
import { formatPredictionsCsv, scoreMatrix } from '../train/predictions-file.js';
import { loadTf } from '../train/tf-runtime.js';

export interface PredictOptions {
  /** A model artifact directory written by `mergeml train`. */
  readonly modelDir: string;
  readonly dataPath: string;
  /** The data file's name in messages. */
  readonly dataFile: string;
  readonly outPath: string;
  readonly backend?: string;
  /** Delimiter of the data file (default ","); missing-value tokens come from the saved spec. */
  readonly delimiter?: string;
}

export interface PredictPorts {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly loadNative?: NativeLoader;
}

/** `mergeml predict --json` output (schemaVersion 1). */
export interface PredictResult {
  readonly schemaVersion: 1;
  readonly model: string;
  readonly rows: number;
  readonly out: string;
  readonly backend: string;
}

async function readSpec(dir: string): Promise<PreprocessSpec> {
  const path = join(dir, 'preprocess.json');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`${dir} has no preprocess.json: it was not trained by MergeML's TF.js trainer`, [{ file: path, message: 'missing', expected: 'an artifact of `mergeml train` with the built-in trainer (bring-your-own artifacts predict with their own framework)' }], { cause: error });
  }
  const spec = JSON.parse(text) as PreprocessSpec;
  if (spec.schemaVersion !== 1) throw new InputError(`${path}: unsupported preprocessing spec version ${String(spec.schemaVersion)}`, [{ file: path, message: 'unknown schemaVersion', expected: '1' }]);
  return spec;
}

/**
 * Scores a data file with a saved model: verifies the artifact against its manifest first, applies the
 * saved preprocessing (never refitted), and writes predictions.csv atomically.
 */
export async function predict(options: PredictOptions, ports: PredictPorts): Promise<PredictResult> {
  const manifest = await verifyArtifact(options.modelDir);
  const spec = await readSpec(options.modelDir);
  const batches = await readAllBatches({ path: options.dataPath, file: options.dataFile, options: { nullValues: spec.nullValues, ...(options.delimiter ? { delimiter: options.delimiter } : {}) } });
  const matrix = replay(batches, createMatrixBuilder(spec, { withTarget: false }));
  const tf = await loadTf();
  const backend = await selectBackend(tf, requestedBackend(options.backend, options.backend ? {} : ports.env), ports.loadNative ?? nativeLoaderFrom(ports.env, ports.cwd, import.meta.url), ports.env);
  const model = await tf.loadLayersModel(fileModelHandler(join(options.modelDir, MODEL_JSON)));
  const scores = await scoreMatrix(tf, model, matrix);
  model.dispose();
  const tmp = `${options.outPath}.${process.pid}.tmp`;
  await writeFile(tmp, formatPredictionsCsv(spec.target, matrix.lines, scores));
  await rename(tmp, options.outPath);
  return { schemaVersion: 1, model: manifest.model, rows: matrix.rows, out: options.outPath, backend: backend.name };
}
