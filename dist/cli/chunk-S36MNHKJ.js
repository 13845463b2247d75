import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  binaryMetrics,
  regressionMetrics
} from "./chunk-KA7HP5GX.js";
import {
  runPass
} from "./chunk-RBULLJ36.js";
import {
  suggest
} from "./chunk-5LA4UDSI.js";
import {
  parseNumber
} from "./chunk-HEVO2NNT.js";
import {
  InputError
} from "./chunk-WXR2B6ZC.js";

// src/pipeline/metrics.ts
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

// src/core/metrics/prediction-columns.ts
var MAX_PROBLEMS = 20;
var GrowableF64 = class {
  data = new Float64Array(1024);
  length = 0;
  push(v) {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  finish() {
    return this.data.slice(0, this.length);
  }
};
var GrowableI32 = class {
  data = new Int32Array(1024);
  length = 0;
  push(v) {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  finish() {
    return this.data.slice(0, this.length);
  }
};
function classKey(text) {
  const n = parseNumber(text);
  return Number.isFinite(n) ? String(n) : text.trim();
}
function collectPredictionColumns(spec) {
  const problems = [];
  let file = "";
  let indices = null;
  const lines = new GrowableI32();
  const labelCodes = new GrowableI32();
  const predCodes = new GrowableI32();
  const scores = new GrowableF64();
  const targets = new GrowableF64();
  const classes = /* @__PURE__ */ new Map();
  const groupMaps = (spec.groups ?? []).map(() => /* @__PURE__ */ new Map());
  const groupCodes = (spec.groups ?? []).map(() => new GrowableI32());
  const ids = [];
  const probability = (spec.scoreKind ?? "probability") === "probability";
  const problem = (line, column, message, expected) => {
    problems.push({ file, line, path: column, message, expected });
    if (problems.length >= MAX_PROBLEMS) fail();
  };
  const fail = () => {
    throw new InputError(`${file}: cannot compute metrics (${problems.length}${problems.length >= MAX_PROBLEMS ? "+" : ""} problem${problems.length === 1 ? "" : "s"})`, problems);
  };
  const resolveColumns = (batch) => {
    const find = (name, role) => {
      const at = batch.header.indexOf(name);
      if (at < 0) {
        const hint = suggest(name, batch.header);
        problems.push({ file, line: 1, message: `no ${role} column ${JSON.stringify(name)}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ""}`, expected: `one of the columns ${batch.header.map((h) => JSON.stringify(h)).join(", ")}` });
      }
      return at;
    };
    const found = {
      label: find(spec.label, "label"),
      score: find(spec.score, spec.task === "regression" ? "prediction" : "score"),
      pred: spec.pred === void 0 ? -1 : find(spec.pred, "predicted-label"),
      id: spec.id === void 0 ? -1 : find(spec.id, "row id"),
      groups: (spec.groups ?? []).map((g) => find(g, "group"))
    };
    if (problems.length > 0) fail();
    return found;
  };
  const classCode = (text, line, column) => {
    if (text === null || text.trim() === "") {
      problem(line, column, "missing class label", "a class label in every row");
      return 0;
    }
    const key = classKey(text);
    const known = classes.get(key);
    if (known !== void 0) return known.code;
    if (classes.size === 2) {
      const [a, b] = [...classes.values()];
      problem(line, column, `a third class ${JSON.stringify(text)} (after ${JSON.stringify(a.text)} at line ${a.line} and ${JSON.stringify(b.text)} at line ${b.line})`, "binary labels: exactly two classes in the label and predicted-label columns together");
      return 0;
    }
    classes.set(key, { code: classes.size, text: text.trim(), line, column });
    return classes.size - 1;
  };
  const numericKeys = /* @__PURE__ */ new Map();
  const numericClassCode = (value) => {
    if (!Number.isFinite(value)) return void 0;
    const known = numericKeys.get(value);
    if (known !== void 0) return known;
    const entry = classes.get(String(value));
    if (entry === void 0) return void 0;
    numericKeys.set(value, entry.code);
    return entry.code;
  };
  return {
    consume(batch) {
      file = batch.file;
      indices ??= resolveColumns(batch);
      const ix = indices;
      const scoreNums = batch.numbers(ix.score);
      const scoreCells = { get: (r) => batch.cells[ix.score][r] ?? null };
      const labelCells = { get: (r) => batch.cells[ix.label][r] ?? null };
      const labelNums = batch.numbers(ix.label);
      const predNums = ix.pred >= 0 ? batch.numbers(ix.pred) : null;
      for (let r = 0; r < batch.length; r++) {
        const line = batch.lines[r];
        lines.push(line);
        const s = scoreNums[r];
        if (!Number.isFinite(s)) {
          const cell = scoreCells.get(r);
          problem(line, spec.score, cell === null ? "missing score" : `score ${JSON.stringify(cell)} is ${Number.isNaN(s) ? "not a number" : "infinite"}`, spec.task === "regression" ? "a finite number" : probability ? "a probability in [0, 1]" : "a finite number");
        } else if (spec.task === "binary" && probability && (s < 0 || s > 1)) {
          problem(line, spec.score, `score ${JSON.stringify(scoreCells.get(r))} is not a probability`, "a probability in [0, 1] (pass --score-kind decision for unbounded scores; probability metrics are then skipped)");
        }
        scores.push(s);
        if (spec.task === "regression") {
          const y = labelNums[r];
          if (!Number.isFinite(y)) problem(line, spec.label, `target ${JSON.stringify(labelCells.get(r))} is not a finite number`, "a finite number");
          targets.push(y);
        } else {
          labelCodes.push(numericClassCode(labelNums[r]) ?? classCode(labelCells.get(r), line, spec.label));
          if (ix.pred >= 0) predCodes.push(numericClassCode(predNums[r]) ?? classCode(batch.cells[ix.pred][r] ?? null, line, spec.pred));
        }
        for (let g = 0; g < ix.groups.length; g++) {
          const value = batch.cells[ix.groups[g]][r] ?? "<null>";
          const map = groupMaps[g];
          let code = map.get(value);
          if (code === void 0) map.set(value, code = map.size);
          groupCodes[g].push(code);
        }
        if (ix.id >= 0) ids.push(batch.cells[ix.id][r] ?? "");
      }
    },
    finish() {
      if (indices === null || lines.length === 0) {
        throw new InputError(`${file || "predictions"}: no rows`, [{ file, line: 1, message: "the file has no prediction rows", expected: "a header and at least one row" }]);
      }
      if (problems.length > 0) fail();
      const groups = (spec.groups ?? []).map((name, g) => ({ name, codes: groupCodes[g].finish(), values: [...groupMaps[g].keys()] }));
      const base = { file, rows: lines.length, lines: lines.finish(), groups, ids: spec.id === void 0 ? null : ids };
      if (spec.task === "regression") {
        return { ...base, binary: null, regression: { targets: targets.finish(), predictions: scores.finish() } };
      }
      const positive = positiveClass(file, classes, spec.positive);
      const toBinary = (codes) => {
        const out = new Uint8Array(codes.length);
        for (let i = 0; i < codes.length; i++) out[i] = codes[i] === positive.code ? 1 : 0;
        return out;
      };
      const s = scores.finish();
      const threshold = spec.pred === void 0 ? spec.threshold ?? (probability ? 0.5 : 0) : null;
      let preds;
      if (threshold === null) preds = toBinary(predCodes.finish());
      else {
        preds = new Uint8Array(s.length);
        for (let i = 0; i < s.length; i++) preds[i] = s[i] >= threshold ? 1 : 0;
      }
      const negative = [...classes.values()].find((c) => c.code !== positive.code);
      return {
        ...base,
        binary: { labels: toBinary(labelCodes.finish()), scores: s, preds, probabilities: probability, positiveLabel: positive.text, negativeLabel: negative?.text ?? null, threshold },
        regression: null
      };
    }
  };
}
function positiveClass(file, classes, positive) {
  const keys = [...classes.keys()];
  if (positive !== void 0) {
    const found = classes.get(classKey(positive));
    if (found !== void 0) return found;
    if (classes.size === 2) {
      throw new InputError(`${file}: the positive class ${JSON.stringify(positive)} is not one of the labels`, [{ file, line: 1, message: `labels are ${keys.map((k) => JSON.stringify(classes.get(k).text)).join(" and ")}`, expected: `--positive set to one of them` }]);
    }
    return { code: classes.size, text: positive };
  }
  const lower = keys.map((k) => k.toLowerCase());
  if (lower.every((k) => k === "0" || k === "1") || lower.every((k) => k === "-1" || k === "1")) {
    return classes.get("1") ?? { code: classes.size, text: "1" };
  }
  if (lower.every((k) => k === "true" || k === "false")) {
    const key = keys[lower.indexOf("true")];
    return key === void 0 ? { code: classes.size, text: "true" } : classes.get(key);
  }
  throw new InputError(`${file}: cannot tell which class is positive`, [{ file, line: 1, message: `labels are ${keys.map((k) => JSON.stringify(classes.get(k).text)).join(" and ")}`, expected: "labels 0/1, \u22121/1 or true/false, or --positive naming the positive class" }]);
}

// src/core/metrics/calibration-bins.ts
function edge(k, nBins) {
  return k * (1 / nBins);
}
function calibrationBinOf(p, nBins) {
  let b = Math.floor(p * nBins);
  if (b > nBins - 1) b = nBins - 1;
  if (b < 0) b = 0;
  while (b > 0 && edge(b, nBins) >= p) b--;
  while (b < nBins - 1 && edge(b + 1, nBins) < p) b++;
  return b;
}

// src/core/metrics/threshold-passes.ts
function packGroupCodes(groups) {
  if (groups.length === 0) return null;
  let product = 1;
  for (const g of groups) product *= Math.max(1, g.values.length);
  if (product > 2 ** 32) return null;
  const n = groups[0].codes.length;
  const out = new Uint32Array(n);
  let stride = 1;
  for (const g of groups) {
    const codes = g.codes;
    for (let i = 0; i < n; i++) out[i] += codes[i] * stride;
    stride *= Math.max(1, g.values.length);
  }
  return out;
}
function accumulateThresholds(data, order, weights, groups, bases, slices, rocArea, apSum) {
  const state = { tps: new Float64Array(slices), fps: new Float64Array(slices), blockTp: new Float64Array(slices), blockFp: new Float64Array(slices), touched: new Uint8Array(slices), stack: new Int32Array(slices) };
  if (weights === void 0 && order.labels !== void 0) secondPassOverall(order.labels, order.sorted, rocArea, apSum);
  else thresholdPass(data, order, weights, null, 0, state, rocArea, apSum);
  let stride = 1;
  groups.forEach((g, gi) => {
    if (order.payload !== void 0 && order.labels !== void 0 && weights === void 0) {
      packedThresholdPass(order, stride, Math.max(1, g.values.length), bases[gi], state, rocArea, apSum);
    } else {
      thresholdPass(data, order, weights, g.codes, bases[gi], state, rocArea, apSum);
    }
    stride *= Math.max(1, g.values.length);
  });
}
function packedThresholdPass(order, stride, levels, base, state, rocArea, apSum) {
  const { sorted } = order;
  const labels = order.labels;
  const payload = order.payload;
  const { tps, fps, blockTp, blockFp, touched, stack } = state;
  const n = labels.length;
  let top = 0;
  for (let k = 0; k < n; k++) {
    const s = base + Math.floor(payload[k] / stride) % levels;
    if (touched[s] === 0) {
      touched[s] = 1;
      stack[top++] = s;
    }
    if (labels[k] === 1) blockTp[s]++;
    else blockFp[s]++;
    if (k === n - 1 || sorted[k + 1] !== sorted[k]) {
      while (top > 0) {
        const t = stack[--top];
        touched[t] = 0;
        const t0 = tps[t];
        const bt = blockTp[t];
        const bf = blockFp[t];
        const t1 = t0 + bt;
        const f1 = fps[t] + bf;
        rocArea[t] += bf * (t0 + t1) / 2;
        if (bt > 0) apSum[t] += bt * t1 / (t1 + f1);
        tps[t] = t1;
        fps[t] = f1;
        blockTp[t] = 0;
        blockFp[t] = 0;
      }
    }
  }
}
function thresholdPass(data, order, weights, codes, base, state, rocArea, apSum) {
  const { labels } = data;
  const { order: idx, sorted } = order;
  const sortedLabels = order.labels;
  const { tps, fps, blockTp, blockFp, touched, stack } = state;
  const n = idx.length;
  let top = 0;
  for (let k = 0; k < n; k++) {
    const i = idx[k];
    const w = weights === void 0 ? 1 : weights[i];
    if (w !== 0) {
      const s = codes === null ? 0 : base + codes[i];
      if (touched[s] === 0) {
        touched[s] = 1;
        stack[top++] = s;
      }
      if ((sortedLabels === void 0 ? labels[i] : sortedLabels[k]) === 1) blockTp[s] += w;
      else blockFp[s] += w;
    }
    if (top > 0 && (k === n - 1 || sorted[k + 1] !== sorted[k])) {
      while (top > 0) {
        const s = stack[--top];
        touched[s] = 0;
        const t0 = tps[s];
        const bt = blockTp[s];
        const bf = blockFp[s];
        const t1 = t0 + bt;
        const f1 = fps[s] + bf;
        rocArea[s] += bf * (t0 + t1) / 2;
        if (bt > 0) apSum[s] += bt * t1 / (t1 + f1);
        tps[s] = t1;
        fps[s] = f1;
        blockTp[s] = 0;
        blockFp[s] = 0;
      }
    }
  }
}
function secondPassOverall(labels, sorted, rocArea, apSum) {
  const n = labels.length;
  let tps = 0;
  let fps = 0;
  let bt = 0;
  let bf = 0;
  let area = 0;
  let ap = 0;
  for (let k = 0; k < n; k++) {
    if (labels[k] === 1) bt++;
    else bf++;
    if (k === n - 1 || sorted[k + 1] !== sorted[k]) {
      const t1 = tps + bt;
      const f1 = fps + bf;
      area += bf * (tps + t1) / 2;
      if (bt > 0) ap += bt * t1 / (t1 + f1);
      tps = t1;
      fps = f1;
      bt = 0;
      bf = 0;
    }
  }
  rocArea[0] = area;
  apSum[0] = ap;
}

// src/core/metrics/binary-stats.ts
var EPS = 2220446049250313e-31;
function computeBinaryStats(data, order, options) {
  const groups = options.groups ?? [];
  const bases = [];
  let slices = 1;
  for (const g of groups) {
    bases.push(slices);
    slices += g.values.length;
  }
  const nBins = options.calibrationBins;
  const conf = new Float64Array(slices * 4);
  const logLoss = new Float64Array(slices);
  const brier = new Float64Array(slices);
  const calib = data.probabilities ? new Float64Array(slices * nBins * 3) : null;
  firstPass(data, options.weights, groups, bases, nBins, conf, logLoss, brier, calib);
  const rocArea = new Float64Array(slices);
  const apSum = new Float64Array(slices);
  accumulateThresholds(data, order, options.weights, groups, bases, slices, rocArea, apSum);
  const slice = (s) => {
    const tn = conf[s * 4];
    const fp = conf[s * 4 + 1];
    const fn = conf[s * 4 + 2];
    const tp = conf[s * 4 + 3];
    const cal = calib === null ? null : {
      count: calib.slice(s * nBins * 3, s * nBins * 3 + nBins),
      sumTrue: calib.slice(s * nBins * 3 + nBins, s * nBins * 3 + 2 * nBins),
      sumPred: calib.slice(s * nBins * 3 + 2 * nBins, s * nBins * 3 + 3 * nBins)
    };
    return {
      count: tn + fp + fn + tp,
      positives: fn + tp,
      negatives: tn + fp,
      tn,
      fp,
      fn,
      tp,
      logLossSum: data.probabilities ? logLoss[s] : NaN,
      brierSum: data.probabilities ? brier[s] : NaN,
      calibration: cal,
      rocArea: rocArea[s],
      apSum: apSum[s]
    };
  };
  return {
    overall: slice(0),
    groups: groups.map((g, gi) => g.values.map((_, code) => slice(bases[gi] + code)))
  };
}
function firstPass(data, weights, groups, bases, nBins, conf, logLoss, brier, calib) {
  rowPass(data, weights, null, 0, nBins, conf, logLoss, brier, calib);
  groups.forEach((g, gi) => rowPass(data, weights, g.codes, bases[gi], nBins, conf, logLoss, brier, calib));
}
function rowPass(data, weights, codes, base, nBins, conf, logLoss, brier, calib) {
  const { labels, preds, scores } = data;
  const n = labels.length;
  for (let i = 0; i < n; i++) {
    const w = weights === void 0 ? 1 : weights[i];
    if (w === 0) continue;
    const y = labels[i];
    const s = codes === null ? 0 : base + codes[i];
    conf[s * 4 + y * 2 + preds[i]] += w;
    if (calib === null) continue;
    const p = scores[i];
    const q = y === 1 ? p : 1 - p;
    logLoss[s] += w * -Math.log(q < EPS ? EPS : q > 1 - EPS ? 1 - EPS : q);
    const d = p - y;
    brier[s] += w * d * d;
    const c = s * nBins * 3 + calibrationBinOf(p, nBins);
    calib[c] += w;
    calib[c + nBins] += w * y;
    calib[c + 2 * nBins] += w * p;
  }
}

// src/core/metrics/regression-stats.ts
var EPS2 = 2220446049250313e-31;
function computeRegressionStats(data, options) {
  const groups = options.groups ?? [];
  const weights = options.weights;
  const bases = [];
  let slices = 1;
  for (const g of groups) {
    bases.push(slices);
    slices += g.values.length;
  }
  const sliceOf = (i, k) => k === 0 ? 0 : bases[k - 1] + groups[k - 1].codes[i];
  const count = new Float64Array(slices);
  const sumY = new Float64Array(slices);
  const abs = new Float64Array(slices);
  const sq = new Float64Array(slices);
  const ape = new Float64Array(slices);
  const { targets: y, predictions: p } = data;
  for (let i = 0; i < y.length; i++) {
    const w = weights === void 0 ? 1 : weights[i];
    if (w === 0) continue;
    const e = y[i] - p[i];
    const ae = Math.abs(e);
    const pe = ae / Math.max(Math.abs(y[i]), EPS2);
    for (let k = 0; k <= groups.length; k++) {
      const s = sliceOf(i, k);
      count[s] += w;
      sumY[s] += w * y[i];
      abs[s] += w * ae;
      sq[s] += w * e * e;
      ape[s] += w * pe;
    }
  }
  const tot = new Float64Array(slices);
  for (let i = 0; i < y.length; i++) {
    const w = weights === void 0 ? 1 : weights[i];
    if (w === 0) continue;
    for (let k = 0; k <= groups.length; k++) {
      const s = sliceOf(i, k);
      const d = y[i] - sumY[s] / count[s];
      tot[s] += w * d * d;
    }
  }
  const slice = (s) => ({
    count: count[s],
    sumAbsError: abs[s],
    sumSquaredError: sq[s],
    sumAbsPercentageError: ape[s],
    sumSquaresTotal: tot[s]
  });
  return { overall: slice(0), groups: groups.map((g, gi) => g.values.map((_, code) => slice(bases[gi] + code))) };
}

// src/core/metrics/curves.ts
function computeCurves(data, order, stats, maxPoints) {
  const P = stats.positives;
  const N = stats.negatives;
  const fpsAt = [];
  const tpsAt = [];
  const thrAt = [];
  const { order: idx, sorted } = order;
  const n = idx.length;
  const step = n / Math.max(1, maxPoints - 1);
  let nextMark = step;
  let tps = 0;
  let fps = 0;
  for (let k = 0; k < n; k++) {
    if ((order.labels === void 0 ? data.labels[idx[k]] : order.labels[k]) === 1) tps++;
    else fps++;
    const last = k === n - 1;
    if (last || sorted[k + 1] !== sorted[k]) {
      if (last || k + 1 >= nextMark) {
        fpsAt.push(fps);
        tpsAt.push(tps);
        thrAt.push(sorted[k]);
        while (nextMark <= k + 1) nextMark += step;
      }
    }
  }
  const roc = P > 0 && N > 0 ? { fpr: [0, ...fpsAt.map((f) => f / N)], tpr: [0, ...tpsAt.map((t) => t / P)], thresholds: [null, ...thrAt] } : null;
  const precision_recall = P > 0 ? {
    precision: [...tpsAt.map((t, j) => t / (t + fpsAt[j])).reverse(), 1],
    recall: [...tpsAt.map((t) => t / P).reverse(), 0],
    thresholds: [...thrAt].reverse()
  } : null;
  let calibration = null;
  if (stats.calibration !== null) {
    const { count, sumTrue, sumPred } = stats.calibration;
    const c = { prob_true: [], prob_pred: [], count: [] };
    for (let b = 0; b < count.length; b++) {
      if (count[b] === 0) continue;
      c.prob_true.push(sumTrue[b] / count[b]);
      c.prob_pred.push(sumPred[b] / count[b]);
      c.count.push(count[b]);
    }
    calibration = c;
  }
  return { roc, precision_recall, calibration };
}

// src/core/metrics/sort-order.ts
var RADIX_BITS = 16;
var BUCKETS = 1 << RADIX_BITS;
var MASK = BUCKETS - 1;
function orderByScoreDescending(scores, labels, payload) {
  const n = scores.length;
  if (n >= 2 ** 31) throw new RangeError(`at most 2^31 \u2212 1 rows can be ordered, got ${n}`);
  const bits = new Uint32Array(scores.buffer, scores.byteOffset, n * 2);
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  let idx = new Uint32Array(n);
  const counts = new Uint32Array(BUCKETS * 4);
  for (let i = 0; i < n; i++) {
    const h = bits[2 * i + 1];
    const l = bits[2 * i];
    if (h >>> 31 === 1) {
      hi[i] = h;
      lo[i] = l;
    } else {
      hi[i] = (h ^ 2147483647) >>> 0;
      lo[i] = ~l >>> 0;
    }
    idx[i] = labels === void 0 ? i : (i | labels[i] << 31) >>> 0;
  }
  for (let i = 0; i < n; i++) {
    const l = lo[i];
    const h = hi[i];
    counts[l & MASK]++;
    counts[BUCKETS + (l >>> 16)]++;
    counts[2 * BUCKETS + (h & MASK)]++;
    counts[3 * BUCKETS + (h >>> 16)]++;
  }
  let hi2 = new Uint32Array(n);
  let lo2 = new Uint32Array(n);
  let idx2 = new Uint32Array(n);
  let pay = payload === void 0 ? null : payload.slice();
  let pay2 = pay === null ? null : new Uint32Array(n);
  const offsets = new Uint32Array(BUCKETS);
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * BUCKETS;
    let trivial = false;
    let sum = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const c = counts[base + b];
      if (c === n) trivial = true;
      offsets[b] = sum;
      sum += c;
    }
    if (trivial) continue;
    const useHigh = pass >= 2;
    const shift = pass % 2 === 0 ? 0 : 16;
    const keys = useHigh ? hi : lo;
    for (let i = 0; i < n; i++) {
      const digit = keys[i] >>> shift & MASK;
      const to = offsets[digit]++;
      hi2[to] = hi[i];
      lo2[to] = lo[i];
      idx2[to] = idx[i];
      if (pay !== null) pay2[to] = pay[i];
    }
    [hi, hi2] = [hi2, hi];
    [lo, lo2] = [lo2, lo];
    [idx, idx2] = [idx2, idx];
    [pay, pay2] = [pay2, pay];
  }
  const sorted = new Float64Array(n);
  const out = new Uint32Array(sorted.buffer);
  for (let i = 0; i < n; i++) {
    const kh = hi[i];
    const kl = lo[i];
    if (kh >>> 31 === 1) {
      out[2 * i + 1] = kh;
      out[2 * i] = kl;
    } else {
      out[2 * i + 1] = (kh ^ 2147483647) >>> 0;
      out[2 * i] = ~kl >>> 0;
    }
  }
  const extra = pay === null ? {} : { payload: pay };
  if (labels === void 0) return { order: idx, sorted, ...extra };
  const sortedLabels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const packed = idx[i];
    sortedLabels[i] = packed >>> 31;
    idx[i] = packed & 2147483647;
  }
  return { order: idx, sorted, labels: sortedLabels, ...extra };
}

// src/core/metrics/metrics-report.ts
var METRICS_SCHEMA_VERSION = 1;
function evaluateMetrics(metrics, stats) {
  const values = {};
  const warnings = [];
  for (const metric of metrics) {
    const outcome = metric.compute(stats);
    values[metric.name] = outcome.value !== null && Number.isFinite(outcome.value) ? outcome.value : null;
    if (outcome.warning !== void 0) warnings.push({ metric: metric.name, message: outcome.warning });
  }
  return { metrics: values, warnings };
}
function binarySlice(stats) {
  const { metrics, warnings } = evaluateMetrics(binaryMetrics, stats);
  return {
    count: stats.count,
    positives: stats.positives,
    negatives: stats.negatives,
    metrics,
    confusion_matrix: { tn: stats.tn, fp: stats.fp, fn: stats.fn, tp: stats.tp },
    warnings
  };
}
function regressionSlice(stats) {
  const { metrics, warnings } = evaluateMetrics(regressionMetrics, stats);
  return { count: stats.count, metrics, warnings };
}
function binaryMetricsReport(data, options) {
  const order = options.order ?? orderByScoreDescending(data.scores, data.labels, packGroupCodes(options.groups) ?? void 0);
  const stats = computeBinaryStats(data, order, { calibrationBins: options.calibrationBins, groups: options.groups });
  return {
    schemaVersion: METRICS_SCHEMA_VERSION,
    kind: "metrics",
    task: "binary",
    source: options.source,
    overall: binarySlice(stats.overall),
    curves: computeCurves(data, order, stats.overall, options.curvePoints),
    groups: options.groups.map((g, gi) => ({
      column: g.name,
      groups: g.values.map((value, code) => ({ value, ...binarySlice(stats.groups[gi][code]) }))
    }))
  };
}
function regressionMetricsReport(data, options) {
  const stats = computeRegressionStats(data, { groups: options.groups });
  return {
    schemaVersion: METRICS_SCHEMA_VERSION,
    kind: "metrics",
    task: "regression",
    source: options.source,
    overall: regressionSlice(stats.overall),
    curves: null,
    groups: options.groups.map((g, gi) => ({
      column: g.name,
      groups: g.values.map((value, code) => ({ value, ...regressionSlice(stats.groups[gi][code]) }))
    }))
  };
}

// src/pipeline/metrics.ts
var DEFAULT_CALIBRATION_BINS = 5;
var DEFAULT_CURVE_POINTS = 101;
async function readPredictionColumns(path, spec, read = {}) {
  const pass = await runPass(path, read, [collectPredictionColumns(spec)]);
  return pass.results[0];
}
function metricsOfColumns(columns, options, order) {
  const source = {
    file: columns.file,
    label: options.label,
    score: options.score,
    pred: options.pred ?? null,
    threshold: columns.binary?.threshold ?? null,
    positive_label: columns.binary?.positiveLabel ?? null,
    negative_label: columns.binary?.negativeLabel ?? null,
    score_kind: columns.binary === null ? null : columns.binary.probabilities ? "probability" : "decision",
    rows: columns.rows
  };
  if (columns.regression !== null) return regressionMetricsReport(columns.regression, { groups: columns.groups, source });
  return binaryMetricsReport(columns.binary, {
    calibrationBins: options.calibrationBins ?? DEFAULT_CALIBRATION_BINS,
    curvePoints: options.curvePoints ?? DEFAULT_CURVE_POINTS,
    groups: columns.groups,
    source,
    ...order ? { order } : {}
  });
}
async function computeMetrics(options) {
  const columns = await readPredictionColumns(options.predictions, options, options.read);
  return metricsOfColumns(columns, options);
}
function writeOutputAtomic(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

export {
  calibrationBinOf,
  computeBinaryStats,
  computeRegressionStats,
  orderByScoreDescending,
  DEFAULT_CALIBRATION_BINS,
  DEFAULT_CURVE_POINTS,
  readPredictionColumns,
  metricsOfColumns,
  computeMetrics,
  writeOutputAtomic
};
