import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  MODEL_JSON,
  createMatrixBuilder,
  fileModelHandler,
  formatPredictionsCsv,
  loadTf,
  nativeLoaderFrom,
  readAllBatches,
  replay,
  requestedBackend,
  scoreMatrix,
  selectBackend
} from "./chunk-W2AD5M52.js";
import {
  verifyArtifact
} from "./chunk-VIW6IBD2.js";
import {
  InputError
} from "./chunk-WXR2B6ZC.js";

// src/pipeline/predict.ts
import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
async function readSpec(dir) {
  const path = join(dir, "preprocess.json");
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new InputError(`${dir} has no preprocess.json: it was not trained by MergeML's TF.js trainer`, [{ file: path, message: "missing", expected: "an artifact of `mergeml train` with the built-in trainer (bring-your-own artifacts predict with their own framework)" }], { cause: error });
  }
  const spec = JSON.parse(text);
  if (spec.schemaVersion !== 1) throw new InputError(`${path}: unsupported preprocessing spec version ${String(spec.schemaVersion)}`, [{ file: path, message: "unknown schemaVersion", expected: "1" }]);
  return spec;
}
async function predict(options, ports) {
  const manifest = await verifyArtifact(options.modelDir);
  const spec = await readSpec(options.modelDir);
  const batches = await readAllBatches({ path: options.dataPath, file: options.dataFile, options: { nullValues: spec.nullValues, ...options.delimiter ? { delimiter: options.delimiter } : {} } });
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

export {
  predict
};
