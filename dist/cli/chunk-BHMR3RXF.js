import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  parseContract
} from "./chunk-F5K763Y2.js";
import {
  MODEL_JSON,
  WEIGHTS_BIN,
  accuracy,
  createMatrixBuilder,
  fileModelHandler,
  fileSha256,
  formatPredictionsCsv,
  loadTf,
  logLoss,
  meanSquaredError,
  nativeLoaderFrom,
  readAllBatches,
  replay,
  requestedBackend,
  rocAuc,
  scoreMatrix,
  selectBackend,
  serializeModel,
  testMetrics
} from "./chunk-W2AD5M52.js";
import {
  CHECKPOINT_FILE,
  assertSameRun,
  captureCheckpoint,
  commitArtifact,
  discardStaging,
  prepareOutputDir,
  readCheckpoint,
  restoreCheckpoint,
  stageFile,
  writeCheckpoint
} from "./chunk-VIW6IBD2.js";
import {
  ConfigError,
  InputError
} from "./chunk-WXR2B6ZC.js";

// src/pipeline/train.ts
import { createHash } from "node:crypto";
import { readFile, rm, readdir, stat } from "node:fs/promises";

// src/core/preprocess/contract-kinds.ts
function contractKinds(contract) {
  const kinds = {};
  for (const column of contract.columns) {
    if (column.type === void 0) continue;
    kinds[column.name] = column.type === "string" || column.type === "boolean" ? "categorical" : "numeric";
  }
  return kinds;
}

// src/core/preprocess/preprocess-spec.ts
var UNKNOWN_CATEGORY = "__unknown__";
function featureColumns(feature) {
  const out = feature.kind === "numeric" ? [feature.name] : [...feature.categories, UNKNOWN_CATEGORY].map((c) => `${feature.name}=${c}`);
  if (feature.missingIndicator) out.push(`${feature.name}__missing`);
  return out;
}

// src/core/preprocess/fit-preprocess.ts
var NUMERIC_SHARE = 0.9;
var MAX_CATEGORIES = 1e3;
var MAX_REPORTED = 10;
function createPreprocessFitter(options) {
  let header;
  let file = "";
  let featureNames = [];
  let stats = [];
  const targetCounts = /* @__PURE__ */ new Map();
  const targetNumbers = { n: 0, sum: 0, sumSquares: 0 };
  const targetProblems = [];
  let rows = 0;
  function start(batch) {
    header = batch.header;
    file = batch.file;
    const problems = [];
    const protectedSet = new Set(options.protected);
    if (!header.includes(options.target)) problems.push({ file, line: 1, message: `target column '${options.target}' is not in the header`, expected: `one of ${header.join(", ")}` });
    featureNames = options.features ? [...options.features] : header.filter((c) => c !== options.target && !protectedSet.has(c));
    for (const name of featureNames) {
      if (protectedSet.has(name)) problems.push({ path: "features", message: `'${name}' is a protected attribute and cannot be a feature`, expected: "features without protected attributes" });
      else if (name === options.target) problems.push({ path: "features", message: `the target '${name}' cannot be a feature` });
      else if (!header.includes(name)) problems.push({ file, line: 1, message: `feature column '${name}' is not in the header`, expected: `one of ${header.join(", ")}` });
    }
    if (featureNames.length === 0) problems.push({ path: "features", message: "no feature columns are left", expected: "at least one feature that is neither the target nor protected" });
    if (problems.length > 0) throw new InputError(`cannot train on ${file}`, problems);
    stats = featureNames.map(() => ({ present: 0, missing: 0, numeric: 0, sum: 0, sumSquares: 0, categories: /* @__PURE__ */ new Map(), overflow: false, nonNumeric: [] }));
  }
  return {
    consume(batch) {
      if (header === void 0) start(batch);
      const h = header ?? [];
      const targetIndex = h.indexOf(options.target);
      const targetCells = batch.cells[targetIndex] ?? [];
      const targetValues = batch.numbers(targetIndex);
      const keep = new Array(batch.length);
      for (let r = 0; r < batch.length; r++) {
        const cell = targetCells[r] ?? null;
        keep[r] = cell !== null && cell.trim() !== "";
        if (!keep[r]) continue;
        rows++;
        if (options.task === "regression") {
          const v = targetValues[r] ?? NaN;
          if (!Number.isFinite(v)) {
            if (targetProblems.length < MAX_REPORTED) targetProblems.push({ file, line: batch.lines[r] ?? 0, column: targetIndex + 1, message: `target '${options.target}' is not a number: '${cell}'`, expected: "a number (regression)" });
            continue;
          }
          targetNumbers.n++;
          targetNumbers.sum += v;
          targetNumbers.sumSquares += v * v;
        } else {
          const label = (cell ?? "").trim();
          targetCounts.set(label, (targetCounts.get(label) ?? 0) + 1);
        }
      }
      featureNames.forEach((name, f) => {
        const column = h.indexOf(name);
        const cells = batch.cells[column] ?? [];
        const values = batch.numbers(column);
        const s = stats[f];
        for (let r = 0; r < batch.length; r++) {
          if (!keep[r]) continue;
          const cell = cells[r] ?? null;
          if (cell === null || cell.trim() === "") {
            s.missing++;
            continue;
          }
          s.present++;
          const v = values[r] ?? NaN;
          if (Number.isFinite(v)) {
            s.numeric++;
            s.sum += v;
            s.sumSquares += v * v;
          } else if (s.nonNumeric.length < MAX_REPORTED) s.nonNumeric.push({ line: batch.lines[r] ?? 0, field: column + 1, text: cell });
          if (!s.overflow) {
            s.categories.set(cell, (s.categories.get(cell) ?? 0) + 1);
            if (s.categories.size > MAX_CATEGORIES) s.overflow = true;
          }
        }
      });
    },
    finish() {
      if (header === void 0) throw new InputError("the training data has no rows", [{ file: file || "(training data)", message: "no records", expected: "a header row and at least one record" }]);
      if (rows === 0) throw new InputError(`no rows left after filtering rows without a target '${options.target}'`, [{ file, message: "every record has an empty target", expected: "records with a target value" }]);
      if (targetProblems.length > 0) throw new InputError(`the regression target '${options.target}' must be numeric`, targetProblems);
      const problems = [];
      const features = featureNames.map((name, f) => {
        const s = stats[f];
        const declared = options.kinds?.[name];
        const numeric = declared ? declared === "numeric" : s.present > 0 && s.numeric / s.present >= NUMERIC_SHARE;
        if (numeric) {
          for (const bad of s.nonNumeric) problems.push({ file, line: bad.line, column: bad.field, message: `non-numeric value '${bad.text}' in numeric feature '${name}'`, expected: "a number or a missing value" });
          const mean = s.numeric > 0 ? s.sum / s.numeric : 0;
          const variance = s.numeric > 0 ? Math.max(0, s.sumSquares / s.numeric - mean * mean) : 0;
          const std = Math.sqrt(variance);
          return { name, kind: "numeric", mean, scale: std > 1e-12 ? std : 1, missingIndicator: s.missing > 0 };
        }
        if (s.overflow) problems.push({ file, path: `features.${name}`, message: `categorical feature '${name}' has more than ${MAX_CATEGORIES} distinct values`, expected: "a low-cardinality column, or remove it from features" });
        const categories = [...s.categories.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([c]) => c);
        return { name, kind: "categorical", categories, missingIndicator: s.missing > 0 };
      });
      if (problems.length > 0) throw new InputError(`cannot fit preprocessing on ${file}`, problems);
      const target = fitTarget(options, file, targetCounts, targetNumbers);
      return {
        schemaVersion: 1,
        target,
        features,
        columns: features.flatMap(featureColumns),
        nullValues: [...options.nullValues],
        excluded: [...options.protected]
      };
    }
  };
}
function fitTarget(options, file, counts, numbers) {
  if (options.task === "regression") {
    const mean = numbers.sum / numbers.n;
    const std = Math.sqrt(Math.max(0, numbers.sumSquares / numbers.n - mean * mean));
    return { name: options.target, task: "regression", mean, scale: std > 1e-12 ? std : 1 };
  }
  const labels = [...counts.keys()].sort();
  if (labels.length !== 2) {
    throw new InputError(`binary classification needs exactly two classes in target '${options.target}', found ${labels.length}`, [
      { file, message: `classes: ${labels.map((l) => `'${l}' (${counts.get(l)})`).join(", ") || "none"}`, expected: "two distinct target values" }
    ]);
  }
  const positive = options.positiveClass ?? labels[1];
  if (!labels.includes(positive)) {
    throw new ConfigError(`positive_class '${positive}' does not occur in target '${options.target}'`, [{ path: "positive_class", message: `'${positive}' is not a class of ${file}`, expected: `one of ${labels.join(", ")}` }]);
  }
  const negative = labels.find((l) => l !== positive);
  return { name: options.target, task: "binary_classification", positiveClass: positive, negativeClass: negative, classCounts: Object.fromEntries(labels.map((l) => [l, counts.get(l) ?? 0])) };
}

// src/train/command-trainer.ts
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
var PREDICTIONS_FILE = "predictions.csv";
function trainerEnvironment(input, outputDir) {
  const c = input.model.config;
  return {
    MERGEML_MODEL: input.model.name,
    MERGEML_TASK: c.task,
    MERGEML_TRAIN_PATH: input.trainFile.path,
    MERGEML_TEST_PATH: input.testFile?.path ?? "",
    MERGEML_OUTPUT_DIR: outputDir,
    MERGEML_PREDICTIONS_PATH: join(outputDir, PREDICTIONS_FILE),
    MERGEML_SEED: String(input.seed),
    MERGEML_TARGET: c.target,
    MERGEML_POSITIVE_CLASS: c.positive_class === void 0 ? "" : String(c.positive_class),
    MERGEML_FEATURES: JSON.stringify(c.features),
    MERGEML_PROTECTED: JSON.stringify(c.protected.map((p) => p.column)),
    MERGEML_DELIMITER: c.data.delimiter ?? ",",
    MERGEML_NULL_VALUES: JSON.stringify(c.data.null_values ?? [""])
  };
}
function run(command, cwd, env, write) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, { shell: true, cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (d) => write(d.toString()));
    child.stderr.on("data", (d) => write(d.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}
async function validatePredictions(input, path) {
  const c = input.model.config;
  const testFile = input.testFile;
  const binary = c.task === "binary_classification";
  const labels = [];
  for (const batch of await readAllBatches(testFile)) {
    const col = batch.header.indexOf(c.target);
    const cells = batch.cells[col] ?? [];
    const numbers = batch.numbers(col);
    for (let r = 0; r < batch.length; r++) {
      const cell = cells[r] ?? null;
      labels.push(col < 0 || cell === null || cell.trim() === "" ? null : binary ? cell.trim() === String(c.positive_class) ? 1 : 0 : numbers[r] ?? NaN);
    }
  }
  const column = binary ? "score" : "prediction";
  const scores = [];
  const problems = [];
  const file = join(input.outDir, PREDICTIONS_FILE);
  for (const batch of await readAllBatches({ path, file, options: {} })) {
    const col = batch.header.indexOf(column);
    if (col < 0) throw new InputError(`${file} has no '${column}' column`, [{ file, line: 1, message: `columns: ${batch.header.join(", ")}`, expected: binary ? "a header with score (probability of the positive class)" : "a header with prediction" }]);
    const values = batch.numbers(col);
    for (let r = 0; r < batch.length; r++) {
      const v = values[r] ?? NaN;
      if (!Number.isFinite(v) || binary && (v < 0 || v > 1)) {
        if (problems.length < 10) problems.push({ file, line: batch.lines[r] ?? 0, column: col + 1, message: `${column} '${batch.cells[col]?.[r] ?? ""}' is not ${binary ? "a probability" : "a number"}`, expected: binary ? "a number in [0, 1]" : "a finite number" });
      }
      scores.push(v);
    }
  }
  if (scores.length !== labels.length) problems.push({ file, message: `${scores.length} predictions for ${labels.length} test records`, expected: `one row per record of ${testFile.file}, in file order` });
  if (problems.length > 0) throw new InputError(`the trainer's predictions cannot be used`, problems);
  const kept = labels.flatMap((l, i) => l === null ? [] : [i]);
  const y = Float32Array.from(kept, (i) => labels[i]);
  const s = Float32Array.from(kept, (i) => scores[i]);
  return binary ? testMetrics({ name: c.target, task: "binary_classification", positiveClass: "1", negativeClass: "0", classCounts: {} }, y, s) : testMetrics({ name: c.target, task: "regression", mean: 0, scale: 1 }, y, s);
}
async function runCommandTrainer(input) {
  const staging = await prepareOutputDir(input.outDir, { resume: false });
  const write = input.progress.write;
  try {
    const env = { ...input.env, ...trainerEnvironment(input, staging) };
    write(input.progress.githubActions ? `::group::Training ${input.model.name}: ${input.command}
` : `Training ${input.model.name}: ${input.command}
`);
    const trainStarted = input.progress.now();
    let code;
    try {
      code = await run(input.command, input.projectDir, env, write);
    } finally {
      if (input.progress.githubActions) write("::endgroup::\n");
    }
    const trainSeconds = (input.progress.now() - trainStarted) / 1e3;
    if (code !== 0) throw new InputError(`the training command exited with code ${code}`, [{ path: `models.${input.model.name}.train.command`, message: input.command, expected: "a command that exits 0 after writing its outputs to $MERGEML_OUTPUT_DIR" }]);
    const predictions = join(staging, PREDICTIONS_FILE);
    const hasModel = existsSync(join(staging, MODEL_JSON));
    let metrics = {};
    if (input.testFile) {
      if (!existsSync(predictions)) throw new InputError(`the training command wrote no ${PREDICTIONS_FILE}`, [{ file: predictions, message: "missing", expected: "predictions for every test record at $MERGEML_PREDICTIONS_PATH" }]);
      metrics = await validatePredictions(input, predictions);
    } else if (!hasModel && !existsSync(predictions)) {
      throw new InputError("the training command produced neither a model nor predictions", [{ file: staging, message: "nothing usable", expected: `${MODEL_JSON} (TF.js) or ${PREDICTIONS_FILE} in $MERGEML_OUTPUT_DIR` }]);
    }
    if (hasModel) {
      const tf = await loadTf();
      try {
        (await tf.loadLayersModel(fileModelHandler(join(staging, MODEL_JSON)))).dispose();
      } catch (error) {
        throw new InputError(`the trainer's ${MODEL_JSON} does not load as a TF.js layers model`, [{ file: join(input.outDir, MODEL_JSON), message: error instanceof Error ? error.message : String(error) }], { cause: error });
      }
    }
    const card = {
      schemaVersion: 1,
      model: input.model.name,
      task: input.model.config.task,
      trainer: "command",
      command: input.command,
      data: { train: { file: input.trainFile.file, sha256: await fileSha256(input.trainFile.path) }, test: input.testFile ? { file: input.testFile.file, sha256: await fileSha256(input.testFile.path) } : null },
      code: { commit: await input.gitCommit() },
      seed: input.seed,
      metrics: { test: metrics },
      durations: { totalSeconds: (input.progress.now() - input.started) / 1e3, trainSeconds }
    };
    await stageFile(staging, "training-card.json", `${JSON.stringify(card, null, 2)}
`);
    const manifest = await commitArtifact(input.outDir, staging, input.model.name);
    const weights = manifest.files.find((f) => f.path === "weights.bin");
    return { schemaVersion: 1, model: input.model.name, outDir: input.outDir, trainer: "command", backend: null, seed: input.seed, epochs: null, resumedFromEpoch: null, metrics, weightsSha256: weights?.sha256 ?? null, files: manifest.files, durations: card.durations };
  } catch (error) {
    await discardStaging(staging);
    throw error;
  }
}

// src/train/progress-reporter.ts
var BAR_WIDTH = 24;
var BAR_INTERVAL_MS = 100;
function formatDuration(seconds) {
  if (!Number.isFinite(seconds)) return "?";
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  const s = Math.round(seconds);
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor(s % 3600 / 60)).padStart(2, "0")}m`;
}
function formatEpochLine(record, epochs, epochSeconds, etaSeconds) {
  const metrics = ["loss", "acc", "val_loss", "val_acc", "val_auc"].filter((k) => record[k] !== void 0).map((k) => `${k} ${record[k].toFixed(4)}`);
  return `epoch ${String(record.epoch).padStart(String(epochs).length)}/${epochs}  ${metrics.join("  ")}  ${formatDuration(epochSeconds)}  ETA ${formatDuration(etaSeconds)}`;
}
var TrainingProgress = class {
  constructor(out, epochs) {
    this.out = out;
    this.epochs = epochs;
  }
  out;
  epochs;
  epochStart = 0;
  lastBar = 0;
  barShown = false;
  epochTimes = [];
  begin(title) {
    this.out.write(this.out.githubActions ? `::group::${title}
` : `${title}
`);
    this.epochStart = this.out.now();
  }
  batch(epoch, step, steps) {
    if (!this.out.interactive) return;
    const now = this.out.now();
    if (step < steps && now - this.lastBar < BAR_INTERVAL_MS) return;
    this.lastBar = now;
    const filled = Math.round(step / steps * BAR_WIDTH);
    this.out.write(`\r[${"#".repeat(filled)}${".".repeat(BAR_WIDTH - filled)}] epoch ${epoch}/${this.epochs} batch ${step}/${steps}`);
    this.barShown = true;
  }
  epoch(record, stopped) {
    const now = this.out.now();
    const seconds = (now - this.epochStart) / 1e3;
    this.epochStart = now;
    this.epochTimes.push(seconds);
    const mean = this.epochTimes.reduce((a, b) => a + b, 0) / this.epochTimes.length;
    const eta = stopped ? 0 : mean * (this.epochs - record.epoch);
    const clear = this.barShown ? "\r\x1B[2K" : "";
    this.barShown = false;
    this.out.write(`${clear}${formatEpochLine(record, this.epochs, seconds, eta)}${stopped ? "  (early stopping)" : ""}
`);
  }
  note(text) {
    this.out.write(`${text}
`);
  }
  end() {
    if (this.barShown) this.out.write("\r\x1B[2K");
    if (this.out.githubActions) this.out.write("::endgroup::\n");
  }
};

// src/train/fit-loop.ts
var PREDICT_CHUNK = 8192;
function gather(data, order, start, n, x, y) {
  const w = data.width;
  for (let i = 0; i < n; i++) {
    const row = order[start + i];
    x.set(data.x.subarray(row * w, row * w + w), i * w);
    y[i] = data.y[row];
  }
}
async function readScalars(tf, scalars) {
  if (scalars.length === 0) return [];
  const stacked = tf.stack(scalars);
  const values = Array.from(await stacked.data());
  tf.dispose([stacked, ...scalars]);
  return values;
}
function higherIsBetter(monitor) {
  return monitor === "acc" || monitor === "val_acc" || monitor === "val_auc";
}
async function predictRows(tf, model, data, rows) {
  const out = new Float32Array(rows.length);
  const xb = new Float32Array(Math.min(PREDICT_CHUNK, rows.length) * data.width);
  const yb = new Float32Array(Math.min(PREDICT_CHUNK, rows.length));
  for (let start = 0; start < rows.length; start += PREDICT_CHUNK) {
    const n = Math.min(PREDICT_CHUNK, rows.length - start);
    gather(data, rows, start, n, xb, yb);
    const input = tf.tensor2d(xb.subarray(0, n * data.width), [n, data.width]);
    const p = model.predict(input);
    out.set(await p.data(), start);
    tf.dispose([input, p]);
  }
  return out;
}
async function runFitLoop(tf, built, optimizer, data, settings, rng, state, hooks = {}) {
  const { model } = built;
  const binary = settings.task === "binary_classification";
  const variables = model.trainableWeights.map((w2) => w2.read());
  const penalties = built.l2.map(({ layer, factor }) => ({ kernel: model.layers[layer]?.trainableWeights[0]?.read(), factor }));
  const w = data.width;
  const maxBatch = Math.min(settings.batchSize, data.train.length);
  const xb = new Float32Array(maxBatch * w);
  const yb = new Float32Array(maxBatch);
  const order = new Int32Array(data.train);
  const steps = Math.ceil(order.length / settings.batchSize);
  const weightOf = settings.classWeight;
  const trackAccuracy = binary && settings.earlyStopping?.monitor === "acc";
  const penalty = () => {
    let total = null;
    for (const p of penalties) {
      const term = tf.mul(tf.sum(tf.square(p.kernel)), p.factor);
      total = total === null ? term : tf.add(total, term);
    }
    return total;
  };
  const wb = weightOf ? new Float32Array(maxBatch) : null;
  while (state.epoch < settings.epochs && !state.stopped) {
    const epoch = state.epoch + 1;
    order.set(data.train);
    rng.shuffle(order);
    const costs = [];
    const corrects = [];
    for (let step = 0; step < steps; step++) {
      const start = step * settings.batchSize;
      const n = Math.min(settings.batchSize, order.length - start);
      gather(data, order, start, n, xb, yb);
      if (wb && weightOf) for (let i = 0; i < n; i++) wb[i] = weightOf[yb[i] === 1 ? 1 : 0];
      tf.tidy(() => {
        const xs = tf.tensor2d(xb.subarray(0, n * w), [n, w]);
        const ys = tf.tensor2d(yb.subarray(0, n), [n, 1]);
        const weights = wb ? tf.tensor2d(wb.subarray(0, n), [n, 1]) : null;
        const cost = optimizer.minimize(() => {
          const p = model.apply(xs, { training: true });
          let perRow;
          if (binary) {
            const q = tf.clipByValue(p, 1e-7, 1 - 1e-7);
            perRow = tf.neg(tf.add(tf.mul(ys, tf.log(q)), tf.mul(tf.sub(1, ys), tf.log(tf.sub(1, q)))));
            if (trackAccuracy) corrects.push(tf.keep(tf.sum(tf.cast(tf.equal(tf.greaterEqual(p, 0.5), tf.greaterEqual(ys, 0.5)), "float32"))));
          } else perRow = tf.square(tf.sub(p, ys));
          if (weights) perRow = tf.mul(perRow, weights);
          const reg = penalty();
          const mean = tf.mean(perRow);
          return reg === null ? mean : tf.add(mean, reg);
        }, true, variables);
        costs.push(tf.keep(cost));
      });
      hooks.onBatch?.(epoch, step + 1, steps);
    }
    const batchLosses = await readScalars(tf, costs);
    let lossSum = 0;
    batchLosses.forEach((l, i) => lossSum += l * Math.min(settings.batchSize, order.length - i * settings.batchSize));
    const loss = lossSum / order.length;
    const correctCount = trackAccuracy ? (await readScalars(tf, corrects)).reduce((a, b) => a + b, 0) : 0;
    const record = { epoch, loss };
    if (trackAccuracy) record.acc = correctCount / order.length;
    if (data.validation.length > 0) {
      const scores = await predictRows(tf, model, data, data.validation);
      const labels = data.validation.map((row) => data.y[row]);
      const reg = tf.tidy(() => penalty()?.dataSync()[0] ?? 0);
      if (binary) {
        record.val_loss = logLoss(labels, scores) + reg;
        record.val_acc = accuracy(labels, scores);
        record.val_auc = rocAuc(labels, scores);
      } else record.val_loss = meanSquaredError(labels, scores) + reg;
    }
    state.history.push(record);
    state.epoch = epoch;
    if (settings.earlyStopping) await updateEarlyStopping(model, settings.earlyStopping, record, state);
    hooks.onEpoch?.(record, state);
    if (hooks.onCheckpoint && (epoch % settings.checkpointEvery === 0 || state.stopped || epoch === settings.epochs)) await hooks.onCheckpoint(state);
  }
  if (state.best && settings.earlyStopping) {
    const best = state.best.weights;
    const tensors = model.weights.map((v, i) => tf.tensor(best[i], v.shape));
    model.setWeights(tensors);
    tf.dispose(tensors);
  }
  return state;
}
async function updateEarlyStopping(model, rule, record, state) {
  const value = record[rule.monitor];
  if (value === void 0 || Number.isNaN(value)) return;
  const sign = higherIsBetter(rule.monitor) ? 1 : -1;
  if (state.best === null || sign * (value - state.best.value) > rule.minDelta) {
    const weights = await Promise.all(model.weights.map(async (v) => new Float32Array(await v.read().data())));
    state.best = { value, epoch: record.epoch, weights };
    state.wait = 0;
  } else {
    state.wait++;
    if (state.wait >= rule.patience) state.stopped = true;
  }
}

// src/train/model-builder.ts
function seededDropoutClass(tf) {
  return class SeededDropout extends tf.layers.Layer {
    static className = "Dropout";
    rate;
    rng;
    constructor(args) {
      super({ name: args.name });
      this.rate = args.rate;
      this.rng = args.rng;
    }
    call(inputs, kwargs) {
      const x = Array.isArray(inputs) ? inputs[0] : inputs;
      if (kwargs["training"] !== true) return x;
      const seed = this.rng.nextUint32();
      return tf.tidy(() => {
        const keep = tf.cast(tf.greaterEqual(tf.randomUniform(x.shape, 0, 1, "float32", seed), this.rate), "float32");
        return tf.div(tf.mul(x, keep), 1 - this.rate);
      });
    }
    getConfig() {
      return { ...super.getConfig(), rate: this.rate, noiseShape: null, seed: null };
    }
  };
}
function buildModel(tf, spec, inputWidth, task, rng) {
  const model = tf.sequential();
  const l2 = [];
  const kernel = () => tf.initializers.glorotUniform({ seed: rng.nextUint32() });
  const regularizer = (factor) => factor > 0 ? tf.regularizers.l2({ l2: factor }) : void 0;
  const outputActivation = task === "binary_classification" ? "sigmoid" : "linear";
  let first = true;
  const inputShape = () => {
    if (!first) return {};
    first = false;
    return { inputShape: [inputWidth] };
  };
  if (spec.type === "mlp") {
    const Dropout = seededDropoutClass(tf);
    spec.layers.forEach((units, i) => {
      if (spec.l2 > 0) l2.push({ layer: model.layers.length, factor: spec.l2 });
      model.add(tf.layers.dense({ ...inputShape(), units, activation: spec.activation, kernelInitializer: kernel(), kernelRegularizer: regularizer(spec.l2), name: `hidden_${i + 1}` }));
      if (spec.dropout > 0) model.add(new Dropout({ rate: spec.dropout, rng, name: `dropout_${i + 1}` }));
    });
  }
  if (spec.l2 > 0) l2.push({ layer: model.layers.length, factor: spec.l2 });
  model.add(tf.layers.dense({ ...inputShape(), units: 1, activation: outputActivation, kernelInitializer: kernel(), kernelRegularizer: regularizer(spec.l2), name: "output" }));
  return { model, l2 };
}

// src/train/seeded-rng.ts
var SeededRng = class {
  state;
  constructor(seed) {
    this.state = (Math.imul(seed ^ 2654435769, 2246822507) ^ 1779033703) >>> 0;
  }
  /** mulberry32: a full-period 32-bit generator, fast and good enough for shuffling and masks. */
  nextUint32() {
    this.state = this.state + 1831565813 >>> 0;
    let t = this.state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return (t ^ t >>> 14) >>> 0;
  }
  /** Uniform in [0, 1). */
  next() {
    return this.nextUint32() / 4294967296;
  }
  /** Uniform integer in [0, n). */
  nextInt(n) {
    return Math.floor(this.next() * n);
  }
  /** Shuffles in place (Fisher–Yates) and returns the array. */
  shuffle(values) {
    for (let i = values.length - 1; i > 0; i--) {
      const j = this.nextInt(i + 1);
      const tmp = values[i];
      values[i] = values[j];
      values[j] = tmp;
    }
    return values;
  }
  getState() {
    return this.state;
  }
  setState(state) {
    this.state = state >>> 0;
  }
};

// src/train/train-settings.ts
var DEFAULTS = Object.freeze({
  seed: 42,
  model: { type: "mlp", layers: [32, 16], activation: "relu", dropout: 0, l2: 1e-4 },
  optimizer: "adam",
  learning_rate: 3e-3,
  epochs: 30,
  validation_split: 0.2,
  checkpoint_every: 5
});
function autoBatchSize(trainingRows) {
  let size = 32;
  while (size < 1024 && size * 2 <= trainingRows / 16) size *= 2;
  return size;
}
function resolveTrainSettings(config, overrides) {
  const c = config ?? {};
  const m = c.model;
  const model = m === void 0 ? DEFAULTS.model : m.type === "logistic_regression" ? { type: "logistic_regression", l2: m.l2 ?? 0 } : { type: "mlp", layers: m.layers, activation: m.activation, dropout: m.dropout ?? 0, l2: m.l2 ?? 0 };
  const validation = c.validation_split ?? DEFAULTS.validation_split;
  const es = c.early_stopping;
  if (es && es.monitor.startsWith("val_") && validation === 0) {
    throw new ConfigError("early stopping on a validation metric needs validation rows", [{ path: "train.early_stopping.monitor", message: `monitor '${es.monitor}' with validation_split 0`, expected: "validation_split > 0, or monitor: loss" }]);
  }
  if (es && overrides.task === "regression" && es.monitor !== "loss" && es.monitor !== "val_loss") {
    throw new ConfigError(`early stopping cannot monitor '${es.monitor}' on a regression model`, [{ path: "train.early_stopping.monitor", message: `'${es.monitor}' is a classification metric`, expected: "loss or val_loss" }]);
  }
  return {
    seed: overrides.seed ?? c.seed ?? DEFAULTS.seed,
    model,
    optimizer: c.optimizer ?? "adam",
    learning_rate: c.learning_rate ?? DEFAULTS.learning_rate,
    batch_size: c.batch_size ?? autoBatchSize(overrides.rows - Math.floor(overrides.rows * validation)),
    epochs: c.epochs ?? DEFAULTS.epochs,
    validation_split: validation,
    early_stopping: es ? { monitor: es.monitor, patience: es.patience, min_delta: es.min_delta ?? 0 } : null,
    class_weight: c.class_weight ?? null,
    checkpoint_every: c.checkpoint_every ?? DEFAULTS.checkpoint_every
  };
}
function classWeights(setting, counts, names) {
  if (setting === null) return null;
  if (setting === "balanced") {
    const n = counts.negative + counts.positive;
    return [n / (2 * counts.negative), n / (2 * counts.positive)];
  }
  const unknown = Object.keys(setting).filter((k) => k !== names.negative && k !== names.positive);
  if (unknown.length > 0) {
    throw new ConfigError("class_weight names a class the target does not have", unknown.map((k) => ({ path: `train.class_weight.${k}`, message: `unknown class '${k}'`, expected: `${names.negative} or ${names.positive}` })));
  }
  return [setting[names.negative] ?? 1, setting[names.positive] ?? 1];
}

// src/train/tfjs-trainer.ts
import { join as join2 } from "node:path";
function makeOptimizer(tf, settings) {
  switch (settings.optimizer) {
    case "adam":
      return tf.train.adam(settings.learning_rate);
    case "sgd":
      return tf.train.sgd(settings.learning_rate);
    case "rmsprop":
      return tf.train.rmsprop(settings.learning_rate);
    case "adagrad":
      return tf.train.adagrad(settings.learning_rate);
  }
}
function splitRows(rows, validationShare, rng) {
  const all = rng.shuffle(Int32Array.from({ length: rows }, (_, i) => i));
  const nValidation = Math.floor(rows * validationShare);
  return { train: all.slice(nValidation).sort(), validation: all.slice(0, nValidation).sort() };
}
async function trainTfjs(input) {
  const { tf, settings, spec, matrix } = input;
  const rng = new SeededRng(settings.seed);
  const split = splitRows(matrix.rows, settings.validation_split, rng);
  const built = buildModel(tf, settings.model, matrix.width, spec.target.task, rng);
  const optimizer = makeOptimizer(tf, settings);
  const y = matrix.y ?? new Float32Array(matrix.rows);
  let positives = 0;
  for (const row of split.train) positives += y[row] === 1 ? 1 : 0;
  const weights = spec.target.task === "binary_classification" ? classWeights(settings.class_weight, { negative: split.train.length - positives, positive: positives }, { negative: spec.target.negativeClass, positive: spec.target.positiveClass }) : null;
  let state = { epoch: 0, history: [], best: null, wait: 0, stopped: false };
  let resumedFromEpoch = null;
  if (input.resume) {
    const checkpoint = await readCheckpoint(input.checkpointDir);
    if (checkpoint === void 0) input.progress.note(`--resume: no checkpoint in ${input.checkpointDir}; starting from epoch 1`);
    else {
      assertSameRun(checkpoint, input.fingerprint, join2(input.checkpointDir, CHECKPOINT_FILE));
      state = await restoreCheckpoint(tf, built.model, optimizer, rng, checkpoint);
      resumedFromEpoch = checkpoint.epoch;
      input.progress.note(`resuming from the checkpoint after epoch ${checkpoint.epoch}`);
    }
  }
  const data = { x: matrix.x, y, width: matrix.width, train: split.train, validation: split.validation };
  state = await runFitLoop(
    tf,
    built,
    optimizer,
    data,
    {
      task: spec.target.task,
      batchSize: settings.batch_size,
      epochs: settings.epochs,
      earlyStopping: settings.early_stopping ? { monitor: settings.early_stopping.monitor, patience: settings.early_stopping.patience, minDelta: settings.early_stopping.min_delta } : null,
      classWeight: weights,
      checkpointEvery: settings.checkpoint_every
    },
    rng,
    state,
    {
      onBatch: (epoch, step, steps) => input.progress.batch(epoch, step, steps),
      onEpoch: (record, s) => input.progress.epoch(record, s.stopped),
      onCheckpoint: async (s) => writeCheckpoint(input.checkpointDir, await captureCheckpoint(built.model, optimizer, rng, s, input.fingerprint))
    }
  );
  optimizer.dispose();
  if (spec.target.task === "regression") foldTargetScale(tf, built.model, spec.target.mean, spec.target.scale);
  return { model: built.model, history: state.history, resumedFromEpoch, stoppedEarly: state.stopped, bestEpoch: state.best?.epoch ?? null };
}
function foldTargetScale(tf, model, mean, scale) {
  const output = model.layers[model.layers.length - 1];
  if (!output) return;
  const [kernel, bias] = output.getWeights();
  if (!kernel || !bias) return;
  const scaled = [tf.mul(kernel, scale), tf.add(tf.mul(bias, scale), mean)];
  output.setWeights(scaled);
  tf.dispose(scaled);
}

// src/pipeline/train.ts
var json = (value) => `${JSON.stringify(value, null, 2)}
`;
function dataFile(model, role) {
  const entry = model.data.find((d2) => d2.role === role);
  if (!entry) return void 0;
  const d = model.config.data;
  const options = { ...d.format ? { format: d.format } : {}, ...d.delimiter ? { delimiter: d.delimiter } : {}, ...d.null_values ? { nullValues: d.null_values } : {} };
  return { path: entry.path, file: entry.file, options };
}
async function outDirIsFile(dir) {
  try {
    return !(await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}
async function train(options, ports) {
  const started = ports.progress.now();
  const { model } = options;
  if (await outDirIsFile(options.outDir)) {
    throw new InputError(`output dir ${options.outDir} is a file`, [{ file: options.outDir, message: "exists and is not a directory", expected: "a directory path (created when missing)" }]);
  }
  const trainFile = dataFile(model, "train");
  if (!trainFile) throw new InputError(`model '${model.name}' has no training data`, [{ path: `models.${model.name}.data.train`, message: "missing" }]);
  const testFile = dataFile(model, "test");
  if (model.config.train?.command !== void 0) {
    return runCommandTrainer({ model, command: model.config.train.command, projectDir: options.projectDir, outDir: options.outDir, trainFile, testFile, seed: options.seed ?? DEFAULTS.seed, env: ports.env, progress: ports.progress, gitCommit: ports.gitCommit, started });
  }
  const backendRequest = requestedBackend(options.backend ?? model.config.train?.backend, options.backend ? {} : ports.env);
  const protectedColumns = model.config.protected.map((p) => p.column);
  const fitter = createPreprocessFitter({
    target: model.config.target,
    task: model.config.task,
    features: model.config.features,
    protected: protectedColumns,
    nullValues: trainFile.options.nullValues ?? [""],
    ...model.contract !== void 0 ? { kinds: contractKinds(parseContract(model.contract, new Uint8Array(await readFile(model.contract)))) } : {},
    ...model.config.positive_class !== void 0 ? { positiveClass: String(model.config.positive_class) } : {}
  });
  const trainBatches = await readAllBatches(trainFile, [fitter]);
  const spec = fitter.finish();
  const matrix = replay(trainBatches, createMatrixBuilder(spec, { withTarget: true }));
  trainBatches.length = 0;
  const settings = resolveTrainSettings(model.config.train, { seed: options.seed, rows: matrix.rows, task: model.config.task });
  const testMatrix = testFile ? replay(await readAllBatches(testFile), createMatrixBuilder(spec, { withTarget: true })) : void 0;
  const trainSha = await fileSha256(trainFile.path);
  const tf = await loadTf();
  const backend = await selectBackend(tf, backendRequest, ports.loadNative ?? nativeLoaderFrom(ports.env, ports.cwd, import.meta.url), ports.env);
  const progress = new TrainingProgress(ports.progress, settings.epochs);
  progress.note(`backend: ${backend.name} (${backend.device})`);
  for (const a of backend.attempts.filter((x) => x.outcome !== "selected")) progress.note(`  skipped ${a.backend}: ${a.outcome}`);
  const fingerprint = createHash("sha256").update(JSON.stringify({ v: 1, settings, spec, features: model.config.features, target: model.config.target, trainSha, backend: backend.name })).digest("hex");
  const staging = await prepareOutputDir(options.outDir, { resume: options.resume === true });
  try {
    const trainStarted = ports.progress.now();
    progress.begin(`Training ${model.name}: ${settings.model.type} on ${matrix.rows} rows \xD7 ${matrix.width} inputs, ${backend.name} backend, seed ${settings.seed}`);
    let result;
    try {
      result = await trainTfjs({ tf, settings, spec, matrix, fingerprint, checkpointDir: options.outDir, resume: options.resume === true, progress });
    } finally {
      progress.end();
    }
    const trainSeconds = (ports.progress.now() - trainStarted) / 1e3;
    const files = await serializeModel(tf, result.model);
    let metrics = {};
    if (testMatrix) {
      const scores = await scoreMatrix(tf, result.model, testMatrix);
      metrics = testMetrics(spec.target, testMatrix.y ?? new Float32Array(0), scores);
      await stageFile(staging, "predictions.csv", formatPredictionsCsv(spec.target, testMatrix.lines, scores));
    }
    result.model.dispose();
    const weightsSha256 = createHash("sha256").update(files.weights).digest("hex");
    const totalSeconds = (ports.progress.now() - started) / 1e3;
    await stageFile(staging, MODEL_JSON, files.modelJson);
    await stageFile(staging, WEIGHTS_BIN, files.weights);
    await stageFile(staging, "preprocess.json", json(spec));
    await stageFile(staging, "history.json", json({ schemaVersion: 1, epochs: result.history, stoppedEarly: result.stoppedEarly, bestEpoch: result.bestEpoch }));
    await stageFile(
      staging,
      "training-card.json",
      json({
        schemaVersion: 1,
        model: model.name,
        task: model.config.task,
        trainer: "tfjs",
        data: { train: { file: trainFile.file, sha256: trainSha, rows: matrix.rows }, test: testFile && testMatrix ? { file: testFile.file, sha256: await fileSha256(testFile.path), rows: testMatrix.rows } : null },
        code: { commit: await ports.gitCommit() },
        config: { target: model.config.target, positive_class: model.config.positive_class ?? null, features: model.config.features, protected: protectedColumns, train: settings },
        backend: { name: backend.name, device: backend.device, attempts: backend.attempts },
        seed: settings.seed,
        epochs: result.history.length,
        resumedFromEpoch: result.resumedFromEpoch,
        weightsSha256,
        metrics: { test: metrics },
        durations: { totalSeconds, trainSeconds }
      })
    );
    const manifest = await commitArtifact(options.outDir, staging, model.name);
    return { schemaVersion: 1, model: model.name, outDir: options.outDir, trainer: "tfjs", backend: { name: backend.name, device: backend.device }, seed: settings.seed, epochs: result.history.length, resumedFromEpoch: result.resumedFromEpoch, metrics, weightsSha256, files: manifest.files, durations: { totalSeconds, trainSeconds } };
  } catch (error) {
    await discardStaging(staging);
    await removeIfEmpty(options.outDir);
    throw error;
  }
}
async function removeIfEmpty(dir) {
  if ((await readdir(dir).catch(() => ["?"])).length === 0) await rm(dir, { recursive: true, force: true });
}

// src/train/code-commit.ts
import { execFile } from "node:child_process";
function gitHeadCommit(cwd) {
  return new Promise((resolve) => {
    execFile("git", ["rev-parse", "HEAD"], { cwd, timeout: 1e4 }, (error, stdout) => {
      const sha = stdout.trim();
      resolve(error || !/^[0-9a-f]{40,64}$/.test(sha) ? null : sha);
    });
  });
}

export {
  train,
  gitHeadCommit
};
