import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  pullVersion
} from "./chunk-XCR4V5GT.js";
import {
  evaluateGates,
  renderComparisonMarkdown
} from "./chunk-JV7U4JCV.js";
import {
  predict
} from "./chunk-66MPNQFK.js";
import {
  committedArtifactPath,
  readRegistryState,
  requireModel,
  requireVersion
} from "./chunk-QQEFSOSX.js";
import {
  createRandom
} from "./chunk-4C3DW3IR.js";
import {
  DEFAULT_CALIBRATION_BINS,
  DEFAULT_CURVE_POINTS,
  calibrationBinOf,
  computeBinaryStats,
  computeRegressionStats,
  metricsOfColumns,
  orderByScoreDescending,
  readPredictionColumns,
  writeOutputAtomic
} from "./chunk-S36MNHKJ.js";
import {
  binaryMetrics,
  regressionMetrics
} from "./chunk-KA7HP5GX.js";
import {
  readBatches
} from "./chunk-RBULLJ36.js";
import {
  CheckFailedError,
  InputError
} from "./chunk-WXR2B6ZC.js";

// src/pipeline/evaluate.ts
import { rm } from "node:fs/promises";
import { join as join3 } from "node:path";

// src/core/metrics/weighted-stats.ts
var EPS = 2220446049250313e-31;
function weightedStatsKernel(data, order, nBins) {
  const { labels, preds, scores } = data;
  const n = labels.length;
  const cell = new Uint8Array(n);
  const probabilities = data.probabilities;
  const loss = probabilities ? new Float64Array(n) : null;
  const sq = probabilities ? new Float64Array(n) : null;
  const bin = probabilities ? new Uint16Array(n) : null;
  for (let i = 0; i < n; i++) {
    const y = labels[i];
    cell[i] = y * 2 + preds[i];
    if (!probabilities) continue;
    const p = scores[i];
    const q = y === 1 ? p : 1 - p;
    loss[i] = -Math.log(q < EPS ? EPS : q > 1 - EPS ? 1 - EPS : q);
    const d = p - y;
    sq[i] = d * d;
    bin[i] = calibrationBinOf(p, nBins);
  }
  const idx = order.order;
  const sorted = order.sorted;
  const sortedLabels = order.labels ?? Uint8Array.from(idx, (i) => labels[i]);
  return (w) => {
    const conf = [0, 0, 0, 0];
    let logLossSum = 0;
    let brierSum = 0;
    const calib = probabilities ? new Float64Array(nBins * 3) : null;
    for (let i = 0; i < n; i++) {
      const wi = w[i];
      if (wi === 0) continue;
      conf[cell[i]] += wi;
      if (calib === null) continue;
      logLossSum += wi * loss[i];
      brierSum += wi * sq[i];
      const b = bin[i];
      calib[b] += wi;
      calib[b + nBins] += wi * labels[i];
      calib[b + 2 * nBins] += wi * scores[i];
    }
    let tps = 0;
    let fps = 0;
    let bt = 0;
    let bf = 0;
    let rocArea = 0;
    let apSum = 0;
    for (let k = 0; k < n; k++) {
      const wi = w[idx[k]];
      if (sortedLabels[k] === 1) bt += wi;
      else bf += wi;
      if (k === n - 1 || sorted[k + 1] !== sorted[k]) {
        const t1 = tps + bt;
        const f1 = fps + bf;
        rocArea += bf * (tps + t1) / 2;
        if (bt > 0) apSum += bt * t1 / (t1 + f1);
        tps = t1;
        fps = f1;
        bt = 0;
        bf = 0;
      }
    }
    const [tn, fp, fn, tp] = conf;
    return {
      count: tn + fp + fn + tp,
      positives: fn + tp,
      negatives: tn + fp,
      tn,
      fp,
      fn,
      tp,
      logLossSum: probabilities ? logLossSum : NaN,
      brierSum: probabilities ? brierSum : NaN,
      calibration: calib === null ? null : { count: calib.slice(0, nBins), sumTrue: calib.slice(nBins, 2 * nBins), sumPred: calib.slice(2 * nBins) },
      rocArea,
      apSum
    };
  };
}

// src/core/compare/paired-bootstrap.ts
function pairedBootstrap(rows2, metrics, champion, challenger, options) {
  const random = createRandom(options.seed);
  const weights = new Float64Array(rows2);
  const deltas = metrics.map(() => new Float64Array(options.resamples));
  const used = metrics.map(() => 0);
  for (let r = 0; r < options.resamples; r++) {
    weights.fill(0);
    for (let i = 0; i < rows2; i++) weights[random.nextBelow(rows2)]++;
    const a = champion(weights);
    const b = challenger(weights);
    metrics.forEach((metric, j) => {
      const va = metric.compute(a).value;
      const vb = metric.compute(b).value;
      if (va === null || vb === null || !Number.isFinite(va) || !Number.isFinite(vb)) return;
      deltas[j][used[j]] = vb - va;
      used[j]++;
    });
  }
  const alpha = (1 - options.confidence) / 2;
  const out = /* @__PURE__ */ new Map();
  metrics.forEach((metric, j) => {
    const count = used[j];
    const sample = deltas[j].subarray(0, count).sort();
    if (count === 0) {
      out.set(metric.name, { low: null, high: null, resamples_used: 0, p_value: null });
      return;
    }
    let atOrBelow = 0;
    let atOrAbove = 0;
    for (const d of sample) {
      if (d <= 0) atOrBelow++;
      if (d >= 0) atOrAbove++;
    }
    out.set(metric.name, {
      low: percentile(sample, alpha),
      high: percentile(sample, 1 - alpha),
      resamples_used: count,
      p_value: Math.min(1, 2 * Math.min(atOrBelow, atOrAbove) / count)
    });
  });
  return out;
}
function percentile(sorted, q) {
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const frac = pos - lo;
  const a = sorted[lo];
  const b = sorted[hi];
  return frac >= 0.5 ? b - (b - a) * (1 - frac) : a + (b - a) * frac;
}

// src/core/compare/comparison.ts
var COMPARISON_SCHEMA_VERSION = 1;
function rows(metrics, a, b, boot, confidence, paired) {
  return metrics.map((metric) => {
    const champion = finite(metric.compute(a).value);
    const challenger = finite(metric.compute(b).value);
    const delta = champion === null || challenger === null ? null : challenger - champion;
    const interval = boot.get(metric.name);
    const test = paired(metric) ?? { test: "paired_bootstrap", statistic: delta, p_value: interval.p_value, details: { resamples_used: interval.resamples_used } };
    return {
      metric: metric.name,
      greater_is_better: metric.greaterIsBetter,
      champion,
      challenger,
      delta,
      relative_delta: delta === null || champion === 0 ? null : delta / Math.abs(champion),
      ci: { level: confidence, low: interval.low, high: interval.high, resamples_used: interval.resamples_used },
      test,
      p_value: test.p_value
    };
  });
}
function finite(v) {
  return v !== null && Number.isFinite(v) ? v : null;
}
function compareBinary(labels, champion, challenger, options) {
  const a = { ...champion, labels };
  const b = { ...challenger, labels };
  const orderA = orderByScoreDescending(a.scores, labels);
  const orderB = orderByScoreDescending(b.scores, labels);
  const probabilities = a.probabilities && b.probabilities;
  const metrics = binaryMetrics.filter((m) => probabilities || m.input !== "probabilities");
  const boot = pairedBootstrap(labels.length, metrics, weightedStatsKernel(a, orderA, options.calibrationBins), weightedStatsKernel(b, orderB, options.calibrationBins), options);
  const statsA = () => computeBinaryStats(a, orderA, { calibrationBins: options.calibrationBins }).overall;
  const statsB = () => computeBinaryStats(b, orderB, { calibrationBins: options.calibrationBins }).overall;
  const input = { labels, champion: { scores: a.scores, preds: a.preds, order: orderA }, challenger: { scores: b.scores, preds: b.preds, order: orderB } };
  return {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    kind: "comparison",
    task: "binary",
    rows: labels.length,
    champion: options.champion,
    challenger: options.challenger,
    bootstrap: { method: "percentile", resamples: options.resamples, seed: options.seed, confidence: options.confidence },
    metrics: rows(metrics, statsA(), statsB(), boot, options.confidence, (m) => m.pairedTest ? m.pairedTest(input) : null)
  };
}
function compareRegression(targets, champion, challenger, options) {
  const statsA = (weights) => computeRegressionStats({ targets, predictions: champion }, { weights }).overall;
  const statsB = (weights) => computeRegressionStats({ targets, predictions: challenger }, { weights }).overall;
  const boot = pairedBootstrap(targets.length, regressionMetrics, statsA, statsB, options);
  return {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    kind: "comparison",
    task: "regression",
    rows: targets.length,
    champion: options.champion,
    challenger: options.challenger,
    bootstrap: { method: "percentile", resamples: options.resamples, seed: options.seed, confidence: options.confidence },
    metrics: rows(regressionMetrics, statsA(), statsB(), boot, options.confidence, () => null)
  };
}

// src/pipeline/score-model-dir.ts
import { mkdirSync } from "node:fs";
import { join } from "node:path";
var quote = (text) => text === null ? "" : `"${text.replace(/"/g, '""')}"`;
async function scoreModelDir(role, modelDir, dataPath, spec, outDir, ports, backend, read = {}) {
  mkdirSync(outDir, { recursive: true });
  const raw = join(outDir, `${role}-raw-predictions.csv`);
  await predict({ modelDir, dataPath, dataFile: dataPath, outPath: raw, ...backend ? { backend } : {}, ...read.delimiter ? { delimiter: read.delimiter } : {} }, ports);
  const wanted = [spec.label, ...spec.groups ?? [], ...spec.id ? [spec.id] : []];
  const rows2 = /* @__PURE__ */ new Map();
  for await (const batch of readBatches(dataPath, read)) {
    const at = wanted.map((name) => batch.header.indexOf(name));
    at.forEach((i, k) => {
      if (i < 0) throw new InputError(`${dataPath}: no column ${JSON.stringify(wanted[k])}`, [{ file: dataPath, line: 1, message: `no column ${JSON.stringify(wanted[k])}`, expected: `one of ${batch.header.join(", ")}` }]);
    });
    for (let r = 0; r < batch.length; r++) rows2.set(batch.lines[r], at.map((i) => batch.cells[i][r] ?? null));
  }
  const out = [["line", ...wanted.map((w) => quote(w)), "score"].join(",")];
  for await (const batch of readBatches(raw)) {
    const lineCol = batch.header.indexOf("line");
    const scoreCol = batch.header.indexOf(batch.header.includes("score") ? "score" : "prediction");
    const lines = batch.numbers(lineCol);
    for (let r = 0; r < batch.length; r++) {
      const line = lines[r];
      const cells = rows2.get(line);
      if (cells === void 0) throw new InputError(`${raw}: line ${line} of ${dataPath} has no data row`, [{ file: raw, line: batch.lines[r], message: `no record starts at line ${line} of ${dataPath}` }]);
      out.push([String(line), ...cells.map(quote), batch.cells[scoreCol][r] ?? ""].join(","));
    }
  }
  const path = join(outDir, `${role}-predictions.csv`);
  writeOutputAtomic(path, `${out.join("\n")}
`);
  return path;
}

// src/pipeline/run/model-algorithm.ts
import { readFile } from "node:fs/promises";
import { join as join2 } from "node:path";
function algorithmOfCard(bytes) {
  if (bytes === void 0) return "model";
  try {
    const m = JSON.parse(new TextDecoder().decode(bytes)).config?.train?.model;
    if (typeof m?.type !== "string") return "model";
    return Array.isArray(m.layers) ? `${m.type} [${m.layers.join(", ")}]` : m.type;
  } catch {
    return "model";
  }
}
async function algorithmOf(dir) {
  return algorithmOfCard(await readFile(join2(dir, "training-card.json")).catch(() => void 0));
}

// src/pipeline/evaluate.ts
async function columnsOf(role, source, options, ports) {
  if (source.kind === "predictions") return readPredictionColumns(source.path, options.spec, options.read);
  if (options.data === void 0) throw new InputError(`--${role} ${source.dir} is a model dir: pass --data with the test split to score it on`);
  const path = await scoreModelDir(role, source.dir, options.data, options.spec, options.outDir, ports, options.backend, options.read);
  return readPredictionColumns(path, { ...options.spec, score: "score", pred: void 0 }, {});
}
function assertSameRows(a, b) {
  if (a.rows !== b.rows) {
    const [longer, shorter] = a.rows > b.rows ? [a, b] : [b, a];
    throw new InputError(`${a.file} and ${b.file} do not cover the same rows`, [
      { file: longer.file, line: longer.lines[shorter.rows], message: `row ${shorter.rows + 1} has no counterpart: ${longer.file} has ${longer.rows} rows, ${shorter.file} has ${shorter.rows}`, expected: "both models evaluated on identical rows" }
    ]);
  }
  const mismatch = (i, what, va, vb) => {
    throw new InputError(`${a.file} and ${b.file} do not cover the same rows`, [
      { file: a.file, line: a.lines[i], message: `row ${i + 1}: ${what} ${va}`, expected: "the same rows in the same order in both files" },
      { file: b.file, line: b.lines[i], message: `row ${i + 1}: ${what} ${vb}` }
    ]);
  };
  if (a.ids !== null && b.ids !== null) {
    for (let i = 0; i < a.rows; i++) if (a.ids[i] !== b.ids[i]) mismatch(i, "row id", JSON.stringify(a.ids[i]), JSON.stringify(b.ids[i]));
  }
  if (a.binary && b.binary) {
    for (let i = 0; i < a.rows; i++) if (a.binary.labels[i] !== b.binary.labels[i]) mismatch(i, "true label is positive:", String(a.binary.labels[i] === 1), String(b.binary.labels[i] === 1));
  } else if (a.regression && b.regression) {
    for (let i = 0; i < a.rows; i++) if (a.regression.targets[i] !== b.regression.targets[i]) mismatch(i, "target", String(a.regression.targets[i]), String(b.regression.targets[i]));
  }
}
function describe(source, file) {
  const name = source.name ?? (source.kind === "model" ? source.dir : source.path);
  return source.kind === "model" ? { name, kind: "model", model_dir: source.dir, predictions: file } : { name, kind: "predictions", file };
}
function parseRegistryRef(text) {
  if (!text.startsWith("registry:")) return null;
  const rest = text.slice("registry:".length);
  const at = rest.lastIndexOf("@");
  const ref = at < 0 ? { stage: rest } : { model: rest.slice(0, at), version: rest.slice(at + 1) };
  if (Object.values(ref).some((part) => part === "")) {
    throw new InputError(`--champion ${text}: not a registry reference`, [{ file: "--champion", message: JSON.stringify(text), expected: "registry:<stage> (e.g. registry:production) or registry:<model>@<version> (e.g. registry:credit-risk@v1.2.0)" }]);
  }
  return ref;
}
async function pullRegistryChampion(git, ref, model, outDir) {
  const ms = requireModel(await readRegistryState(git), "model" in ref ? ref.model : model);
  let version;
  if ("stage" in ref) {
    const at = ms.stages[ref.stage]?.version ?? void 0;
    if (at === void 0) {
      const held = Object.entries(ms.stages).flatMap(([stage, a]) => a.version ? [`${stage} (${a.version})`] : []);
      throw new InputError(`--champion registry:${ref.stage}: no version of ${ms.model} is at stage ${JSON.stringify(ref.stage)}`, [{
        file: "git tags",
        message: `no current ${ms.model}#${ref.stage}#\u2026 assignment`,
        expected: held.length > 0 ? `a stage that holds a version: ${held.join(", ")}` : `a version promoted to a stage first (mergeml registry promote ${ms.model} --version vX.Y.Z --stage ${ref.stage}); no stage of ${ms.model} holds a version yet`
      }]);
    }
    version = at;
  } else {
    version = requireVersion(ms, ref.version).version;
  }
  const v = requireVersion(ms, version);
  const dir = join3(outDir, ".registry-champion", `${ms.model}-${v.version}`);
  await rm(dir, { recursive: true, force: true });
  try {
    await pullVersion(git, { model: ms.model, version: v.version, outDir: dir });
  } catch (error) {
    if (error instanceof CheckFailedError) throw new InputError(`--champion: ${ms.model} ${v.version} from the registry failed verification: ${error.message}`, [{ file: `registry/${ms.model}/${v.version}/manifest.json`, message: "artifact sha256 mismatch", expected: "artifact files whose sha256 match the manifest (mergeml registry verify)" }], { cause: error });
    throw error;
  }
  const algorithm = algorithmOfCard(await git.readFile(v.commit, committedArtifactPath(ms.model, v.version, "training-card.json")));
  const label = "stage" in ref ? `registry:${ref.stage} (${ms.model} ${v.version}, ${algorithm})` : `registry:${ms.model}@${v.version} (${algorithm})`;
  return { kind: "model", dir, name: label };
}
async function evaluate(options, ports) {
  const challenger = await columnsOf("challenger", options.challenger, options, ports);
  const champion = options.champion ? await columnsOf("champion", options.champion, options, ports) : null;
  if (champion) assertSameRows(champion, challenger);
  const reportOptions = { ...options.spec, calibrationBins: options.calibrationBins ?? DEFAULT_CALIBRATION_BINS, curvePoints: options.curvePoints ?? DEFAULT_CURVE_POINTS };
  const metrics = metricsOfColumns(challenger, reportOptions);
  const championMetrics = champion ? metricsOfColumns(champion, reportOptions) : null;
  let comparison = null;
  if (champion) {
    const common = {
      resamples: options.resamples,
      seed: options.seed,
      confidence: options.confidence,
      calibrationBins: reportOptions.calibrationBins,
      champion: describe(options.champion, champion.file),
      challenger: describe(options.challenger, challenger.file)
    };
    comparison = champion.binary && challenger.binary ? compareBinary(challenger.binary.labels, champion.binary, challenger.binary, common) : compareRegression(challenger.regression.targets, champion.regression.predictions, challenger.regression.predictions, common);
  }
  const gates = options.gates ? evaluateGates(options.gates, { metrics: metrics.overall.metrics, ...comparison ? { comparison: comparison.metrics } : {} }) : null;
  const written = [];
  const write = (name, text) => {
    const path = join3(options.outDir, name);
    writeOutputAtomic(path, text);
    written.push(path);
  };
  write("metrics.json", `${JSON.stringify(metrics, null, 2)}
`);
  if (championMetrics) write("champion-metrics.json", `${JSON.stringify(championMetrics, null, 2)}
`);
  if (comparison) {
    write("comparison.json", `${JSON.stringify(comparison, null, 2)}
`);
    write("comparison.md", renderComparisonMarkdown(comparison, gates ?? void 0));
  }
  if (gates) write("gates.json", `${JSON.stringify(gates, null, 2)}
`);
  return { metrics, championMetrics, comparison, gates, written };
}

export {
  algorithmOfCard,
  algorithmOf,
  parseRegistryRef,
  pullRegistryChampion,
  evaluate
};
