import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  readBatches
} from "./chunk-RBULLJ36.js";
import {
  ConfigError,
  InputError
} from "./chunk-WXR2B6ZC.js";

// src/core/preprocess/apply-preprocess.ts
var MAX_REPORTED = 10;
function createMatrixBuilder(spec, options) {
  const width = spec.columns.length;
  let capacity = 1024;
  let x = new Float32Array(capacity * width);
  let y = new Float32Array(capacity);
  let lines = new Int32Array(capacity);
  let rows = 0;
  let file = "";
  let plan;
  const problems = [];
  const categoryIndex = spec.features.map((f) => f.kind === "categorical" ? new Map(f.categories.map((c, i) => [c, i])) : void 0);
  function grow() {
    capacity *= 2;
    const nx = new Float32Array(capacity * width);
    nx.set(x);
    x = nx;
    const ny = new Float32Array(capacity);
    ny.set(y);
    y = ny;
    const nl = new Int32Array(capacity);
    nl.set(lines);
    lines = nl;
  }
  function start(batch) {
    file = batch.file;
    const missing = spec.features.filter((f) => !batch.header.includes(f.name)).map((f) => f.name);
    if (options.withTarget && !batch.header.includes(spec.target.name)) missing.push(spec.target.name);
    if (missing.length > 0) {
      throw new InputError(`${batch.file} lacks columns the model needs`, missing.map((name) => ({ file: batch.file, line: 1, message: `column '${name}' is missing`, expected: `a header with ${name}` })));
    }
    return { featureIndex: spec.features.map((f) => batch.header.indexOf(f.name)), targetIndex: batch.header.indexOf(spec.target.name) };
  }
  return {
    consume(batch) {
      plan ??= start(batch);
      const { featureIndex, targetIndex } = plan;
      const targetCells = targetIndex >= 0 ? batch.cells[targetIndex] ?? [] : [];
      const targetNumbers = options.withTarget && spec.target.task === "regression" ? batch.numbers(targetIndex) : void 0;
      for (let r = 0; r < batch.length; r++) {
        let target = 0;
        if (options.withTarget) {
          const cell = targetCells[r] ?? null;
          if (cell === null || cell.trim() === "") continue;
          if (spec.target.task === "binary_classification") target = cell.trim() === spec.target.positiveClass ? 1 : 0;
          else target = ((targetNumbers?.[r] ?? NaN) - spec.target.mean) / spec.target.scale;
        }
        if (rows === capacity) grow();
        const base = rows * width;
        let offset = 0;
        spec.features.forEach((feature, f) => {
          const column = featureIndex[f];
          const cell = batch.cells[column]?.[r] ?? null;
          const isMissing = cell === null || cell.trim() === "";
          if (feature.kind === "numeric") {
            const v = isMissing ? feature.mean : batch.numbers(column)[r] ?? NaN;
            if (!Number.isFinite(v)) {
              if (problems.length < MAX_REPORTED) problems.push({ file: batch.file, line: batch.lines[r] ?? 0, column: column + 1, message: `non-numeric value '${cell}' in numeric feature '${feature.name}'`, expected: "a number or a missing value" });
            }
            x[base + offset] = (v - feature.mean) / feature.scale;
            offset += 1;
          } else {
            const slots = feature.categories.length + 1;
            if (!isMissing) x[base + offset + (categoryIndex[f]?.get(cell) ?? feature.categories.length)] = 1;
            offset += slots;
          }
          if (feature.missingIndicator) {
            x[base + offset] = isMissing ? 1 : 0;
            offset += 1;
          }
        });
        y[rows] = target;
        lines[rows] = batch.lines[r] ?? 0;
        rows++;
      }
    },
    finish() {
      if (problems.length > 0) throw new InputError(`${file} has values the model cannot use`, problems);
      if (rows === 0) throw new InputError(`no rows left in ${file || "the data"} after filtering`, [{ file: file || "(data)", message: options.withTarget ? `no record has a value for target '${spec.target.name}'` : "no records", expected: "at least one record" }]);
      return { file, rows, width, x: x.slice(0, rows * width), y: options.withTarget ? y.slice(0, rows) : null, lines: lines.slice(0, rows) };
    }
  };
}

// src/train/backend-select.ts
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { cpus } from "node:os";
import { join } from "node:path";
var BACKENDS = ["tensorflow-gpu", "tensorflow", "wasm", "cpu"];
var NATIVE_PACKAGE = {
  "tensorflow-gpu": "@tensorflow/tfjs-node-gpu",
  tensorflow: "@tensorflow/tfjs-node"
};
function nativeLoaderFrom(env, cwd, selfUrl) {
  const roots = [env["MERGEML_TFJS_NODE_PATH"], cwd].filter((p) => typeof p === "string" && p !== "");
  const requires = [...roots.map((r) => createRequire(join(r, "noop.js"))), createRequire(selfUrl)];
  return (pkg) => {
    for (const req of requires) {
      let resolved;
      try {
        resolved = req.resolve(pkg);
      } catch {
        continue;
      }
      req(resolved);
      return { loaded: true, from: resolved };
    }
    return { loaded: false };
  };
}
function requestedBackend(configured, env) {
  const fromEnv = env["MERGEML_BACKEND"];
  const value = fromEnv !== void 0 && fromEnv !== "" ? fromEnv : configured ?? "auto";
  if (value === "auto" || BACKENDS.includes(value)) return value;
  const where = fromEnv ? { file: "MERGEML_BACKEND", message: `unknown backend '${value}'` } : { path: "train.backend", message: `unknown backend '${value}'` };
  throw new ConfigError(`unknown training backend '${value}'`, [{ ...where, expected: `auto, ${BACKENDS.join(", ")}` }]);
}
function gpuNames() {
  try {
    const names = execFileSync("nvidia-smi", ["--query-gpu=name", "--format=csv,noheader"], { encoding: "utf8", timeout: 5e3, stdio: ["ignore", "pipe", "ignore"] }).trim();
    return names === "" ? void 0 : names.split("\n").map((n) => n.trim()).join(", ");
  } catch {
    return void 0;
  }
}
function describeDevice(tf, name, env) {
  const cpu = `${cpus()[0]?.model?.trim() ?? "unknown CPU"} \xD7 ${cpus().length}`;
  switch (name) {
    case "tensorflow-gpu":
      return `CUDA GPU via libtensorflow: ${gpuNames() ?? "GPU name unknown (no nvidia-smi)"} (CUDA_VISIBLE_DEVICES=${env["CUDA_VISIBLE_DEVICES"] ?? "all"})`;
    case "tensorflow":
      return `CPU via libtensorflow: ${cpu}`;
    case "wasm": {
      const simd = tf.env().getBool("WASM_HAS_SIMD_SUPPORT");
      return `WebAssembly (${simd ? "SIMD" : "no SIMD"}, single-threaded): ${cpu}`;
    }
    case "cpu":
      return `plain JavaScript: ${cpu}`;
  }
}
async function tryBackend(tf, name, loadNative) {
  if (name === "tensorflow-gpu" || name === "tensorflow") {
    const pkg = NATIVE_PACKAGE[name];
    let result;
    try {
      result = loadNative(pkg);
    } catch (error) {
      return `${pkg} failed to load: ${firstLine(error)}`;
    }
    if (!result.loaded) return `${pkg} is not installed`;
    if (tf.findBackendFactory("tensorflow") === null) return `${pkg} loaded from ${result.from} but registered no 'tensorflow' backend`;
    const failure2 = await switchBackend(tf, "tensorflow");
    return failure2 === void 0 ? void 0 : `${pkg} could not initialise its backend: ${failure2}`;
  }
  const failure = await switchBackend(tf, name);
  return failure === void 0 ? void 0 : `the ${name} backend could not initialise: ${failure}`;
}
async function switchBackend(tf, name) {
  try {
    const ok = await tf.setBackend(name);
    if (ok) await tf.ready();
    if (ok && tf.getBackend() === name) return void 0;
  } catch (error) {
    return firstLine(error);
  }
  try {
    await tf.findBackendFactory(name)?.();
    return "initialisation failed";
  } catch (error) {
    return firstLine(error);
  }
}
var firstLine = (error) => (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
async function selectBackend(tf, request, loadNative, env) {
  const candidates = request === "auto" ? BACKENDS : [request];
  const attempts = [];
  for (const name of candidates) {
    const failure = await tryBackend(tf, name, loadNative);
    if (failure === void 0) {
      attempts.push({ backend: name, outcome: "selected" });
      return { name, device: describeDevice(tf, name, env), attempts };
    }
    attempts.push({ backend: name, outcome: failure });
  }
  throw new ConfigError(`training backend '${request}' is not available`, attempts.map((a) => ({ path: "train.backend", message: `${a.backend}: ${a.outcome}`, expected: request === "auto" ? "one usable backend" : `an installed ${a.backend} backend, or backend: auto` })));
}

// src/train/data-source.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
function fileSha256(path) {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(path).on("data", (chunk) => hash.update(chunk)).on("error", reject).on("end", () => resolve(hash.digest("hex")));
  });
}
async function readAllBatches(data, consumers = []) {
  const batches = [];
  for await (const raw of readBatches(data.path, data.options)) {
    const batch = raw.file === data.file ? raw : renamed(raw, data.file);
    batches.push(batch);
    for (const c of consumers) c.consume(batch);
  }
  return batches;
}
function renamed(batch, file) {
  return Object.assign(Object.create(batch), { file });
}
function replay(batches, consumer) {
  for (const b of batches) consumer.consume(b);
  return consumer.finish();
}

// src/train/model-files.ts
import { readFile } from "node:fs/promises";
import { dirname, join as join2, normalize, isAbsolute } from "node:path";
var MODEL_JSON = "model.json";
var WEIGHTS_BIN = "weights.bin";
function joinWeightData(data) {
  if (data === void 0) return new Uint8Array(0);
  const parts = Array.isArray(data) ? data : [data];
  const total = parts.reduce((n, p) => n + p.byteLength, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    out.set(new Uint8Array(p), offset);
    offset += p.byteLength;
  }
  return out;
}
async function serializeModel(tf, model) {
  let captured;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      captured = artifacts;
      return { modelArtifactsInfo: { dateSaved: /* @__PURE__ */ new Date(0), modelTopologyType: "JSON" } };
    })
  );
  if (!captured) throw new Error("model.save produced no artifacts");
  const json = {
    format: captured.format ?? "layers-model",
    generatedBy: captured.generatedBy,
    convertedBy: captured.convertedBy ?? null,
    modelTopology: captured.modelTopology,
    weightsManifest: [{ paths: [`./${WEIGHTS_BIN}`], weights: captured.weightSpecs ?? [] }]
  };
  return { modelJson: new TextEncoder().encode(`${JSON.stringify(json, null, 1)}
`), weights: joinWeightData(captured.weightData) };
}
function fileModelHandler(modelJsonPath) {
  return {
    async load() {
      let json;
      try {
        json = JSON.parse(await readFile(modelJsonPath, "utf8"));
      } catch (error) {
        throw new InputError(`cannot load the model: ${modelJsonPath} is not a readable TF.js model.json`, [{ file: modelJsonPath, message: "unreadable model.json", expected: "a TF.js layers-model model.json" }], { cause: error });
      }
      const manifest = json.weightsManifest ?? [];
      const chunks = [];
      for (const group of manifest) {
        for (const path of group.paths) {
          if (isAbsolute(path) || normalize(path).startsWith("..")) throw new InputError(`${modelJsonPath}: weights path '${path}' leaves the model directory`);
          chunks.push(new Uint8Array(await readFile(join2(dirname(modelJsonPath), path))));
        }
      }
      const weightData = new ArrayBuffer(chunks.reduce((n, c) => n + c.byteLength, 0));
      let offset = 0;
      for (const c of chunks) {
        new Uint8Array(weightData).set(c, offset);
        offset += c.byteLength;
      }
      const artifacts = { modelTopology: json.modelTopology, weightSpecs: manifest.flatMap((g) => g.weights), weightData };
      if (json.format !== void 0) artifacts.format = json.format;
      if (json.generatedBy !== void 0) artifacts.generatedBy = json.generatedBy;
      if (json.convertedBy != null) artifacts.convertedBy = json.convertedBy;
      return artifacts;
    }
  };
}

// src/train/epoch-metrics.ts
function rocAuc(labels, scores) {
  const n = labels.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1]] === scores[order[i]]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (labels[order[k]] === 1) {
        positives++;
        rankSum += rank;
      }
    }
    i = j + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return NaN;
  return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
}
function accuracy(labels, scores) {
  let correct = 0;
  for (let i = 0; i < labels.length; i++) if ((scores[i] >= 0.5 ? 1 : 0) === labels[i]) correct++;
  return labels.length === 0 ? NaN : correct / labels.length;
}
function logLoss(labels, scores) {
  let sum = 0;
  for (let i = 0; i < labels.length; i++) {
    const p = Math.min(Math.max(scores[i], 1e-7), 1 - 1e-7);
    sum += labels[i] === 1 ? -Math.log(p) : -Math.log(1 - p);
  }
  return sum / labels.length;
}
function meanSquaredError(labels, scores) {
  let sum = 0;
  for (let i = 0; i < labels.length; i++) sum += (scores[i] - labels[i]) ** 2;
  return sum / labels.length;
}

// src/train/predictions-file.ts
var CHUNK = 8192;
async function scoreMatrix(tf, model, matrix) {
  const out = new Float32Array(matrix.rows);
  for (let start = 0; start < matrix.rows; start += CHUNK) {
    const n = Math.min(CHUNK, matrix.rows - start);
    const input = tf.tensor2d(matrix.x.subarray(start * matrix.width, (start + n) * matrix.width), [n, matrix.width]);
    const p = model.predict(input);
    out.set(await p.data(), start);
    tf.dispose([input, p]);
  }
  return out;
}
var quote = (text) => /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
function formatPredictionsCsv(target, lines, scores) {
  const out = [target.task === "binary_classification" ? "row,line,score,label" : "row,line,prediction"];
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i];
    if (target.task === "binary_classification") out.push(`${i + 1},${lines[i]},${score},${quote(score >= 0.5 ? target.positiveClass : target.negativeClass)}`);
    else out.push(`${i + 1},${lines[i]},${score}`);
  }
  return `${out.join("\n")}
`;
}
function testMetrics(target, labels, scores) {
  if (target.task === "binary_classification") {
    return { roc_auc: rocAuc(labels, scores), accuracy: accuracy(labels, scores), log_loss: logLoss(labels, scores) };
  }
  const raw = labels.map((v) => v * target.scale + target.mean);
  const mse = meanSquaredError(raw, scores);
  let mae = 0;
  let mean = 0;
  for (let i = 0; i < raw.length; i++) {
    mae += Math.abs(raw[i] - scores[i]);
    mean += raw[i];
  }
  mean /= raw.length;
  let total = 0;
  for (const v of raw) total += (v - mean) ** 2;
  return { mean_squared_error: mse, mean_absolute_error: mae / raw.length, r2: 1 - mse * raw.length / total };
}

// src/train/tf-runtime.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
var loaded;
function loadTf() {
  loaded ??= (async () => {
    const tf = await import("@tensorflow/tfjs");
    tf.enableProdMode();
    const wasm = await import("@tensorflow/tfjs-backend-wasm");
    const here = new URL("./", import.meta.url);
    if (here.protocol === "file:" && existsSync(new URL("tfjs-backend-wasm.wasm", here))) {
      wasm.setWasmPaths(fileURLToPath(here));
    }
    return tf;
  })();
  return loaded;
}

export {
  createMatrixBuilder,
  nativeLoaderFrom,
  requestedBackend,
  selectBackend,
  fileSha256,
  readAllBatches,
  replay,
  MODEL_JSON,
  WEIGHTS_BIN,
  serializeModel,
  fileModelHandler,
  rocAuc,
  accuracy,
  logLoss,
  meanSquaredError,
  scoreMatrix,
  formatPredictionsCsv,
  testMetrics,
  loadTf
};
