import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  ConfigError,
  InputError
} from "./chunk-WXR2B6ZC.js";

// src/train/artifact-dir.ts
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile as readFile2, rename as rename2, rm, stat, writeFile as writeFile2 } from "node:fs/promises";
import { join as join2, relative, sep } from "node:path";

// src/train/checkpoint-store.ts
import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
var CHECKPOINT_FILE = "checkpoint.json";
var toBase64 = (a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64");
function fromBase64(text, dtype) {
  const bytes = Buffer.from(text, "base64");
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return dtype === "int32" ? new Int32Array(copy) : new Float32Array(copy);
}
async function store(named) {
  const dtype = named.tensor.dtype === "int32" ? "int32" : "float32";
  const data = await named.tensor.data();
  return { name: named.name, shape: [...named.tensor.shape], dtype, data: toBase64(data) };
}
function accBetaVariables(optimizer) {
  const o = optimizer;
  return o.accBeta1 && o.accBeta2 ? [o.accBeta1, o.accBeta2] : null;
}
async function captureCheckpoint(model, optimizer, rng, state, fingerprint) {
  const weights = await Promise.all(model.weights.map((w) => store({ name: w.originalName, tensor: w.read() })));
  const named = await optimizer.getWeights();
  const optimizerWeights = await Promise.all(named.map(store));
  for (const n of named) if (n.name === "iter") n.tensor.dispose();
  const betas = accBetaVariables(optimizer);
  const accBeta = betas ? await Promise.all(betas.map(async (v) => (await v.data())[0])) : null;
  return {
    schemaVersion: 1,
    fingerprint,
    epoch: state.epoch,
    rngState: rng.getState(),
    history: state.history,
    wait: state.wait,
    stopped: state.stopped,
    best: state.best ? { value: state.best.value, epoch: state.best.epoch, weights: state.best.weights.map(toBase64) } : null,
    weights,
    optimizer: { weights: optimizerWeights, accBeta }
  };
}
async function writeCheckpoint(dir, checkpoint) {
  const tmp = join(dir, `.${CHECKPOINT_FILE}.${process.pid}.tmp`);
  await writeFile(tmp, JSON.stringify(checkpoint));
  await rename(tmp, join(dir, CHECKPOINT_FILE));
}
async function readCheckpoint(dir) {
  let text;
  try {
    text = await readFile(join(dir, CHECKPOINT_FILE), "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
  try {
    const parsed = JSON.parse(text);
    if (parsed.schemaVersion !== 1 || typeof parsed.fingerprint !== "string") throw new Error("unknown checkpoint format");
    return parsed;
  } catch (error) {
    throw new InputError(`cannot resume: ${join(dir, CHECKPOINT_FILE)} is not a MergeML checkpoint`, [{ file: join(dir, CHECKPOINT_FILE), message: "unreadable checkpoint", expected: "a checkpoint written by mergeml train" }], { cause: error });
  }
}
function assertSameRun(checkpoint, fingerprint, file) {
  if (checkpoint.fingerprint !== fingerprint) {
    throw new ConfigError(`cannot resume: the checkpoint in ${file} was written for a different configuration or data`, [
      { file, message: `checkpoint fingerprint ${checkpoint.fingerprint.slice(0, 12)}\u2026 \u2260 this run's ${fingerprint.slice(0, 12)}\u2026`, expected: "the same train config, features, seed, backend and data as the interrupted run, or a run without --resume" }
    ]);
  }
}
async function restoreCheckpoint(tf, model, optimizer, rng, checkpoint) {
  const tensors = checkpoint.weights.map((w) => tf.tensor(fromBase64(w.data, w.dtype), w.shape, w.dtype));
  model.setWeights(tensors);
  tf.dispose(tensors);
  await optimizer.setWeights(checkpoint.optimizer.weights.map((w) => ({ name: w.name, tensor: tf.tensor(fromBase64(w.data, w.dtype), w.shape, w.dtype) })));
  const betas = accBetaVariables(optimizer);
  if (betas && checkpoint.optimizer.accBeta) {
    betas.forEach((v, i) => v.assign(tf.tensor(new Float32Array([checkpoint.optimizer.accBeta?.[i] ?? 0]), [])));
  }
  rng.setState(checkpoint.rngState);
  return {
    epoch: checkpoint.epoch,
    history: [...checkpoint.history],
    wait: checkpoint.wait,
    stopped: checkpoint.stopped,
    best: checkpoint.best ? { value: checkpoint.best.value, epoch: checkpoint.best.epoch, weights: checkpoint.best.weights.map((b) => fromBase64(b, "float32")) } : null
  };
}

// src/train/artifact-dir.ts
var MANIFEST_FILE = "manifest.json";
var STAGING_DIR = ".partial";
var MANAGED = /* @__PURE__ */ new Set([MANIFEST_FILE, CHECKPOINT_FILE, STAGING_DIR, "model.json", "weights.bin", "preprocess.json", "history.json", "training-card.json", "predictions.csv", "trainer.log"]);
var sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");
async function kindOf(path) {
  try {
    return (await stat(path)).isDirectory() ? "directory" : "file";
  } catch {
    return "missing";
  }
}
async function prepareOutputDir(dir, options) {
  const kind = await kindOf(dir);
  if (kind === "file") throw new InputError(`output dir ${dir} is a file`, [{ file: dir, message: "exists and is not a directory", expected: "a directory path (created when missing)" }]);
  if (kind === "missing") await mkdir(dir, { recursive: true });
  const entries = await readdir(dir);
  const known = new Set(MANAGED);
  if (entries.includes(MANIFEST_FILE)) {
    try {
      const old = JSON.parse(await readFile2(join2(dir, MANIFEST_FILE), "utf8"));
      for (const f of old.files ?? []) known.add(f.path.split("/")[0] ?? f.path);
    } catch {
    }
  }
  const foreign = entries.filter((e) => !known.has(e) && !e.endsWith(".tmp"));
  if (foreign.length > 0) {
    throw new InputError(`refusing to write into ${dir}: it holds files that are not part of a MergeML model artifact`, foreign.slice(0, 10).map((f) => ({ file: join2(dir, f), message: "unexpected file", expected: "an empty directory, a new path, or an earlier output of mergeml train" })));
  }
  await rm(join2(dir, MANIFEST_FILE), { force: true });
  for (const e of entries) {
    if (e === MANIFEST_FILE || options.resume && e === CHECKPOINT_FILE) continue;
    await rm(join2(dir, e), { recursive: true, force: true });
  }
  const staging = join2(dir, STAGING_DIR);
  await mkdir(staging, { recursive: true });
  return staging;
}
async function listFiles(root, dir = root) {
  const out = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name < b.name ? -1 : 1)) {
    const path = join2(dir, entry.name);
    if (entry.isDirectory()) out.push(...await listFiles(root, path));
    else if (entry.isFile()) out.push(relative(root, path).split(sep).join("/"));
  }
  return out;
}
async function stageFile(staging, name, bytes) {
  await writeFile2(join2(staging, name), bytes);
}
async function commitArtifact(dir, staging, model) {
  const files = [];
  for (const path of await listFiles(staging)) {
    if (path === MANIFEST_FILE) throw new InputError(`the trainer wrote ${MANIFEST_FILE}, a name MergeML reserves`, [{ file: join2(staging, path), message: "reserved file name", expected: "any other file name" }]);
    const bytes = await readFile2(join2(staging, path));
    files.push({ path, bytes: bytes.byteLength, sha256: sha256(bytes) });
  }
  const manifest = { schemaVersion: 1, kind: "mergeml-model", model, files };
  const tmpManifest = join2(dir, `.${MANIFEST_FILE}.${process.pid}.tmp`);
  await writeFile2(tmpManifest, `${JSON.stringify(manifest, null, 2)}
`);
  for (const entry of await readdir(staging)) await rename2(join2(staging, entry), join2(dir, entry));
  await rename2(tmpManifest, join2(dir, MANIFEST_FILE));
  await rm(staging, { recursive: true, force: true });
  await rm(join2(dir, CHECKPOINT_FILE), { force: true });
  return manifest;
}
async function discardStaging(staging) {
  await rm(staging, { recursive: true, force: true });
}
async function verifyArtifact(dir) {
  let manifest;
  try {
    manifest = JSON.parse(await readFile2(join2(dir, MANIFEST_FILE), "utf8"));
  } catch (error) {
    throw new InputError(`${dir} is not a complete MergeML model artifact`, [{ file: join2(dir, MANIFEST_FILE), message: "missing or unreadable manifest", expected: "the output dir of a finished `mergeml train`" }], { cause: error });
  }
  const problems = [];
  for (const f of manifest.files ?? []) {
    let bytes;
    try {
      bytes = await readFile2(join2(dir, f.path));
    } catch {
      problems.push({ file: join2(dir, f.path), message: "listed in the manifest but missing" });
      continue;
    }
    if (bytes.byteLength !== f.bytes || sha256(bytes) !== f.sha256) problems.push({ file: join2(dir, f.path), message: "does not match its sha256 in the manifest (modified or corrupted)", expected: f.sha256 });
  }
  if (problems.length > 0) throw new InputError(`the model artifact in ${dir} failed verification`, problems);
  return manifest;
}

export {
  CHECKPOINT_FILE,
  captureCheckpoint,
  writeCheckpoint,
  readCheckpoint,
  assertSameRun,
  restoreCheckpoint,
  prepareOutputDir,
  stageFile,
  commitArtifact,
  discardStaging,
  verifyArtifact
};
