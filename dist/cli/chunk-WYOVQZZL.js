import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  complianceDecisions,
  fairnessDecisions
} from "./chunk-RSKNBI6D.js";
import {
  loadFairnessProject
} from "./chunk-F4YKLFCW.js";
import {
  complianceFailed,
  renderComplianceChecklist,
  renderFairnessMarkdown
} from "./chunk-OZANT2YJ.js";
import {
  loadPolicyFile
} from "./chunk-D2ZYJ4YV.js";
import {
  createRandom
} from "./chunk-4C3DW3IR.js";
import {
  DISPARITY_METRICS,
  GROUP_METRICS,
  cellOf,
  countsFromVector,
  findDisparityMetric,
  formatMetric,
  impactRatios,
  total
} from "./chunk-BM5OXL35.js";
import {
  PROTECTED_BASES
} from "./chunk-MCVS3WYR.js";
import {
  external_exports
} from "./chunk-4AU2CRBH.js";
import {
  suggest
} from "./chunk-5LA4UDSI.js";
import {
  parseNumber
} from "./chunk-HEVO2NNT.js";
import {
  InputError,
  UsageError
} from "./chunk-WXR2B6ZC.js";

// src/core/fairness/prediction-collector.ts
var MAX_LISTED = 20;
function sameValue(cell, label) {
  if (cell === label) return true;
  const a = parseNumber(cell);
  const b = parseNumber(label);
  return !Number.isNaN(a) && a === b;
}
function collectPredictions(columns) {
  const yTrue = [];
  const yPred = [];
  const lines = [];
  const cells = new Map(columns.protected.map((c) => [c, []]));
  const labelValues = /* @__PURE__ */ new Set();
  const problems = [];
  let header = [];
  let file = "";
  const indexOf = (batch, name, role) => {
    const i = batch.header.indexOf(name);
    if (i < 0) {
      const hint = suggest(name, batch.header);
      throw new InputError(`${batch.file}: ${role} column \`${name}\` is not in the file`, [
        { file: batch.file, line: 1, message: `no column \`${name}\`${hint ? ` (did you mean \`${hint}\`?)` : ""}`, expected: `one of: ${batch.header.join(", ")}` }
      ]);
    }
    return i;
  };
  return {
    consume(batch) {
      header = batch.header;
      file = batch.file;
      const li = indexOf(batch, columns.label, "label");
      const pi = columns.pred !== void 0 ? indexOf(batch, columns.pred, "prediction") : -1;
      const si = columns.score !== void 0 ? indexOf(batch, columns.score, "score") : -1;
      const protectedIdx = columns.protected.map((c) => columns.required.has(c) || batch.header.includes(c) ? indexOf(batch, c, "protected attribute") : -1);
      const scores = si >= 0 ? batch.numbers(si) : null;
      for (let r = 0; r < batch.length; r++) {
        const line = batch.lines[r];
        const label = batch.cells[li]?.[r] ?? null;
        if (label === null) {
          if (problems.length < MAX_LISTED) problems.push({ file: batch.file, line, message: `label \`${columns.label}\` is missing`, expected: "a label value" });
          continue;
        }
        labelValues.add(label);
        let predicted;
        if (scores !== null) {
          const s = scores[r];
          if (!Number.isFinite(s)) {
            if (problems.length < MAX_LISTED) problems.push({ file: batch.file, line, message: `score \`${columns.score}\` is ${JSON.stringify(batch.cells[si]?.[r] ?? null)}`, expected: "a finite number" });
            continue;
          }
          const isScoreLabel = s >= columns.threshold;
          predicted = columns.scoreLabel === columns.positiveLabel === isScoreLabel ? 1 : 0;
        } else {
          const p = batch.cells[pi]?.[r] ?? null;
          if (p === null) {
            if (problems.length < MAX_LISTED) problems.push({ file: batch.file, line, message: `prediction \`${columns.pred}\` is missing`, expected: "a predicted label" });
            continue;
          }
          predicted = sameValue(p, columns.positiveLabel) ? 1 : 0;
        }
        yTrue.push(sameValue(label, columns.positiveLabel) ? 1 : 0);
        lines.push(line);
        yPred.push(predicted);
        columns.protected.forEach((c, k) => {
          if (protectedIdx[k] >= 0) cells.get(c).push(batch.cells[protectedIdx[k]]?.[r] ?? null);
        });
      }
    },
    finish() {
      if (problems.length > 0) throw new InputError(`${file}: ${problems.length >= MAX_LISTED ? `at least ${MAX_LISTED}` : problems.length} row(s) cannot be evaluated`, problems);
      const values = [...labelValues].sort();
      if (values.length > 2) {
        throw new InputError(`${file}: label \`${columns.label}\` has ${values.length} distinct values; fairness metrics need a binary label`, [{ file, message: `values: ${values.slice(0, 10).join(", ")}${values.length > 10 ? ", \u2026" : ""}`, expected: "two label values" }]);
      }
      if (yTrue.length > 0 && !values.some((v) => sameValue(v, columns.positiveLabel))) {
        throw new InputError(`${file}: no row has the positive label \`${columns.positiveLabel}\` in \`${columns.label}\``, [{ file, message: `label values seen: ${values.join(", ")}`, expected: `--positive set to one of: ${values.join(", ")}` }]);
      }
      const present = new Map([...cells].filter(([c]) => header.includes(c)));
      return { yTrue: Uint8Array.from(yTrue), yPred: Uint8Array.from(yPred), columns: present, header, labelValues: values, lines: Uint32Array.from(lines) };
    }
  };
}

// src/core/fairness/attribute-grouping.ts
var MISSING_GROUP = "(missing)";
function formatCut(x) {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(12)));
}
function bucketLabels(cuts) {
  if (cuts.length === 0) return ["(-inf, inf)"];
  const out = [`(-inf, ${formatCut(cuts[0])})`];
  for (let i = 0; i + 1 < cuts.length; i++) out.push(`[${formatCut(cuts[i])}, ${formatCut(cuts[i + 1])})`);
  out.push(`[${formatCut(cuts[cuts.length - 1])}, inf)`);
  return out;
}
function bucketIndex(x, cuts) {
  let lo = 0, hi = cuts.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (cuts[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function encodeAttribute(spec, cells) {
  const n = cells.length;
  const codes = new Int32Array(n);
  const nonNumericRows = [];
  if (spec.buckets !== void 0) {
    const labels2 = [...bucketLabels(spec.buckets), MISSING_GROUP];
    const missing2 = labels2.length - 1;
    for (let i = 0; i < n; i++) {
      const cell = cells[i] ?? null;
      const x = parseNumber(cell);
      if (cell === null) codes[i] = missing2;
      else if (Number.isNaN(x)) {
        codes[i] = missing2;
        nonNumericRows.push(i);
      } else codes[i] = bucketIndex(x, spec.buckets);
    }
    return { column: spec.column, labels: labels2, codes, nonNumericRows };
  }
  const distinct = /* @__PURE__ */ new Set();
  for (let i = 0; i < n; i++) {
    const cell = cells[i] ?? null;
    if (cell !== null) distinct.add(cell);
  }
  const sorted = [...distinct].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  const labels = [...sorted, distinct.has(MISSING_GROUP) ? `${MISSING_GROUP} (null)` : MISSING_GROUP];
  const index = new Map(sorted.map((v, i) => [v, i]));
  const missing = labels.length - 1;
  for (let i = 0; i < n; i++) {
    const cell = cells[i] ?? null;
    codes[i] = cell === null ? missing : index.get(cell);
  }
  return { column: spec.column, labels, codes, nonNumericRows };
}

// src/core/fairness/group-frame.ts
var INTERSECTION_SEPARATOR = " \xD7 ";
function buildGroupFrame(yTrue, yPred, attributes) {
  const n = yTrue.length;
  const sizes = attributes.map((a) => a.labels.length);
  const rowCell = new Uint8Array(n);
  const combined = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    rowCell[i] = cellOf(yTrue[i], yPred[i]);
    let code = 0;
    for (let a = 0; a < attributes.length; a++) code = code * sizes[a] + attributes[a].codes[i];
    combined[i] = code;
  }
  const observed = [...new Set(combined)].sort((a, b) => a - b);
  const position = new Map(observed.map((code, i) => [code, i]));
  const rowGroup = new Int32Array(n);
  for (let i = 0; i < n; i++) rowGroup[i] = position.get(combined[i]);
  const keys = observed.map((code) => {
    const key = new Array(attributes.length);
    let rest = code;
    for (let a = attributes.length - 1; a >= 0; a--) {
      const size = sizes[a];
      key[a] = attributes[a].labels[rest % size];
      rest = Math.floor(rest / size);
    }
    return key;
  });
  const frame = frameFromAssignments(attributes.map((a) => a.column), keys, rowGroup, rowCell);
  return { frame, keys, rowGroup, rowCell };
}
function frameFromAssignments(attributes, keys, rowGroup, rowCell) {
  const counts = new Float64Array(keys.length * 4);
  for (let i = 0; i < rowGroup.length; i++) counts[rowGroup[i] * 4 + rowCell[i]] += 1;
  return frameFromCounts(attributes, keys, counts);
}
function frameFromCounts(attributes, keys, counts) {
  const groups = [];
  const overall = new Float64Array(4);
  keys.forEach((key, g) => {
    const c = countsFromVector(counts, g * 4);
    for (let k = 0; k < 4; k++) overall[k] += counts[g * 4 + k];
    if (c.tp + c.fp + c.tn + c.fn > 0) groups.push({ key, name: key.join(INTERSECTION_SEPARATOR), counts: c });
  });
  return { attributes, groups, overall: countsFromVector(overall) };
}
function restrictToGroups(indexed, names) {
  const keep = indexed.keys.map((k) => names.has(k.join(INTERSECTION_SEPARATOR)));
  const newIndex = new Int32Array(indexed.keys.length).fill(-1);
  const keys = [];
  indexed.keys.forEach((k, g) => {
    if (keep[g]) {
      newIndex[g] = keys.length;
      keys.push(k);
    }
  });
  let m = 0;
  for (let i = 0; i < indexed.rowGroup.length; i++) if (keep[indexed.rowGroup[i]]) m++;
  const rowGroup = new Int32Array(m);
  const rowCell = new Uint8Array(m);
  let j = 0;
  for (let i = 0; i < indexed.rowGroup.length; i++) {
    const g = indexed.rowGroup[i];
    if (!keep[g]) continue;
    rowGroup[j] = newIndex[g];
    rowCell[j] = indexed.rowCell[i];
    j++;
  }
  const frame = frameFromAssignments(indexed.frame.attributes, keys, rowGroup, rowCell);
  return { frame, keys, rowGroup, rowCell };
}

// src/core/fairness/disparity-bootstrap.ts
function percentile(sorted, q) {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo];
  const b = sorted[Math.min(lo + 1, sorted.length - 1)];
  return a + (h - lo) * (b - a);
}
function bootstrapDisparity(indexed, compute, options) {
  const rng = createRandom(options.seed);
  const cellsOf = indexed.keys.map(() => []);
  for (let i = 0; i < indexed.rowGroup.length; i++) cellsOf[indexed.rowGroup[i]].push(indexed.rowCell[i]);
  const groupCells = cellsOf.map((c) => Uint8Array.from(c));
  const counts = new Float64Array(indexed.keys.length * 4);
  const values = [];
  let nUndefined = 0;
  for (let r = 0; r < options.nResamples; r++) {
    counts.fill(0);
    groupCells.forEach((cells, g) => {
      for (let k = 0; k < cells.length; k++) counts[g * 4 + cells[rng.nextBelow(cells.length)]] += 1;
    });
    const v = compute(frameFromCounts(indexed.frame.attributes, indexed.keys, counts)).value;
    if (v === null) nUndefined++;
    else values.push(v);
  }
  values.sort((a, b) => a - b);
  const alpha = (1 - options.confidenceLevel) / 2;
  const usable = values.length > 0 && values.length * 2 >= options.nResamples;
  return {
    low: usable ? percentile(values, alpha) : null,
    high: usable ? percentile(values, 1 - alpha) : null,
    confidenceLevel: options.confidenceLevel,
    nResamples: options.nResamples,
    nUndefined,
    method: "percentile, stratified by group",
    seed: options.seed
  };
}

// src/core/fairness/gate-direction.ts
function violates(direction, value, threshold) {
  if (direction === "higher_is_better") return value < threshold;
  if (direction === "lower_is_better") return value > threshold;
  return Math.abs(value) > threshold;
}
function worsening(direction, candidate, champion) {
  if (direction === "higher_is_better") return champion - candidate;
  if (direction === "lower_is_better") return candidate - champion;
  return Math.abs(candidate) - Math.abs(champion);
}

// src/core/fairness/fairness-gates.ts
function describe(m, gate) {
  const method = m.usesMethod ? ` (${gate.method})` : "";
  return `${m.name}${method} over ${gate.attributes.map((a) => `\`${a}\``).join(" \xD7 ")}`;
}
function bound(m, gate) {
  if (m.direction === "higher_is_better") return `at least ${formatMetric(gate.threshold)}`;
  if (m.direction === "lower_is_better") return `at most ${formatMetric(gate.threshold)}`;
  return `at most ${formatMetric(gate.threshold)} in absolute value`;
}
function evaluateFairnessGate(gate, frames, bootstrap) {
  const result2 = decideGate(gate, frames, bootstrap);
  return { ...result2, reasons: result2.reasons.map((r) => /[.!?]$/.test(r) ? r : `${r}.`) };
}
function decideGate(gate, frames, bootstrap) {
  const m = findDisparityMetric(gate.metric);
  if (m === void 0) throw new Error(`unregistered disparity metric ${gate.metric}; the policy schema should have rejected it`);
  const what = describe(m, gate);
  const all = frames.candidate.frame.groups;
  const excludedGroups = all.filter((g) => total(g.counts) < gate.minGroupSize).map((g) => ({ group: g.name, count: total(g.counts) }));
  const eligible = new Set(all.filter((g) => total(g.counts) >= gate.minGroupSize).map((g) => g.name));
  const reasons = [];
  const base = { metric: m.name, attributes: gate.attributes, method: gate.method, threshold: gate.threshold, severity: gate.severity, minGroupSize: gate.minGroupSize, excludedGroups };
  const small = excludedGroups.map((g) => `\`${g.group}\` (${g.count} ${g.count === 1 ? "row" : "rows"})`).join(", ");
  if (excludedGroups.length > 0) reasons.push(`Insufficient data: ${small} ${excludedGroups.length === 1 ? "has" : "have"} fewer than ${gate.minGroupSize} rows and ${excludedGroups.length === 1 ? "is" : "are"} left out of the gate`);
  if (eligible.size < 2) {
    reasons.push(all.length < 2 ? `Only one group is observed for ${what}, so there is nothing to compare` : `Fewer than two groups have at least ${gate.minGroupSize} rows, so ${what} cannot be judged`);
    return { ...base, status: "warn", value: null, valueNote: "insufficient data", interval: null, champion: null, reasons };
  }
  const candidate = excludedGroups.length > 0 ? restrictToGroups(frames.candidate, eligible) : frames.candidate;
  const options = { method: gate.method, ...gate.privileged !== void 0 ? { privileged: gate.privileged } : {} };
  const computed = m.compute(candidate.frame, options);
  const interval = bootstrap === null ? null : bootstrapDisparity(candidate, (f) => m.compute(f, options), bootstrap);
  if (computed.value === null) {
    reasons.push(`${what} is undefined: ${computed.note ?? "no reason given"}`);
    return { ...base, status: "warn", value: null, valueNote: computed.note ?? null, interval, champion: null, reasons };
  }
  const value = computed.value;
  let failed = false;
  let inconclusive = false;
  if (violates(m.direction, value, gate.threshold)) {
    const ci = interval !== null && interval.low !== null && interval.high !== null ? [interval.low, interval.high] : null;
    const ciText = ci === null ? "" : ` (${Math.round(interval.confidenceLevel * 100)}% CI [${formatMetric(ci[0])}, ${formatMetric(ci[1])}])`;
    if (gate.ciMustCross && ci === null) {
      inconclusive = true;
      reasons.push(`${what} is ${formatMetric(value)}, not ${bound(m, gate)}, but no bootstrap interval is available (undefined, or the bootstrap is disabled), so significance cannot be judged`);
    } else if (gate.ciMustCross && ci !== null && !(violates(m.direction, ci[0], gate.threshold) && violates(m.direction, ci[1], gate.threshold))) {
      inconclusive = true;
      reasons.push(`${what} is ${formatMetric(value)}, not ${bound(m, gate)}, but the confidence interval${ciText} still reaches the threshold, so the violation is not significant`);
    } else {
      failed = true;
      reasons.push(`${what} is ${formatMetric(value)}${ciText}, not ${bound(m, gate)}`);
      const offenders = (m.perGroup?.(candidate.frame) ?? []).filter((g) => g.value !== null && violates(m.direction, g.value, gate.threshold));
      if (offenders.length > 0) reasons.push(`Groups beyond the threshold: ${offenders.map((g) => `\`${g.group}\` (${formatMetric(g.value)})`).join(", ")}`);
    }
  } else {
    reasons.push(`${what} is ${formatMetric(value)}, ${bound(m, gate)} as required`);
  }
  let champion = null;
  if (gate.maxWorsening !== void 0) {
    if (frames.champion === void 0) reasons.push("No champion predictions were given, so the change against the champion was not checked");
    else {
      const names = new Set(frames.champion.frame.groups.filter((g) => eligible.has(g.name)).map((g) => g.name));
      const championValue = m.compute(restrictToGroups(frames.champion, names).frame, options);
      const w = championValue.value === null ? null : worsening(m.direction, value, championValue.value);
      champion = { value: championValue.value, worsening: w, maxWorsening: gate.maxWorsening };
      if (championValue.value === null) reasons.push(`The champion's ${m.name} is undefined (${championValue.note ?? "no reason"}), so the change was not checked`);
      else if (w > gate.maxWorsening + 1e-12) {
        failed = true;
        reasons.push(`Worse than the champion (${formatMetric(championValue.value)}) by ${formatMetric(w)}, more than the allowed ${formatMetric(gate.maxWorsening)}`);
      } else if (w > 1e-12) {
        reasons.push(`Worse than the champion (${formatMetric(championValue.value)}) by ${formatMetric(w)}, within the allowed ${formatMetric(gate.maxWorsening)}`);
      } else if (w < -1e-12) {
        reasons.push(`Better than the champion (${formatMetric(championValue.value)}) by ${formatMetric(-w)}`);
      } else reasons.push(`Same as the champion (${formatMetric(championValue.value)})`);
    }
  }
  let status = failed ? "fail" : excludedGroups.length > 0 || inconclusive ? "warn" : "pass";
  if (failed && gate.severity === "warning") {
    status = "warn";
    reasons.push("The gate has severity warning, so it does not block");
  }
  return { ...base, status, value, valueNote: computed.note ?? null, interval, champion, reasons };
}

// src/core/fairness/fairness-report.ts
function metricsOf(counts) {
  return Object.fromEntries(GROUP_METRICS.map((m) => [m.name, m.compute(counts)]));
}
function tableOf(indexed, codes, minGroupSize) {
  const frame = indexed.frame;
  const ratios = new Map(impactRatios(frame).map((r) => [r.group, r.ratio]));
  const groups = frame.groups.map((g) => ({
    name: g.name,
    key: g.key,
    count: total(g.counts),
    small: total(g.counts) < minGroupSize,
    metrics: metricsOf(g.counts),
    impactRatio: ratios.get(g.name)
  }));
  const disparities = DISPARITY_METRICS.flatMap(
    (m) => (m.usesMethod ? ["between_groups", "to_overall"] : [null]).map((method) => {
      const v = m.compute(frame, { method: method ?? "between_groups", privilegedMinCount: minGroupSize });
      return { metric: m.name, method, value: v.value, note: v.note ?? null };
    })
  );
  const used = codes.map((c) => new Set(c.codes).size);
  const product = used.reduce((a, b) => a * b, 1);
  return { attributes: frame.attributes, groups, overall: metricsOf(frame.overall), disparities, unobservedIntersections: product - frame.groups.length };
}
function frameFor(input, specs) {
  const codes = [];
  for (const spec of specs) {
    const cells = input.columns.get(spec.column);
    if (cells === void 0) return null;
    codes.push(encodeAttribute(spec, cells));
  }
  return { indexed: buildGroupFrame(input.yTrue, input.yPred, codes), codes };
}
function missingAttributeResult(gate, missing) {
  return {
    metric: gate.metric,
    attributes: gate.attributes,
    method: gate.method,
    threshold: gate.threshold,
    severity: gate.severity,
    minGroupSize: gate.minGroupSize,
    status: gate.severity === "error" ? "fail" : "warn",
    value: null,
    valueNote: "attribute missing",
    interval: null,
    champion: null,
    excludedGroups: [],
    reasons: [`Protected attribute ${missing.map((c) => `\`${c}\``).join(", ")} is missing from the evaluation data, so the gate cannot be evaluated.`]
  };
}
function buildFairnessReport(input, options) {
  const specOf = new Map(options.protected.map((s) => [s.column, s]));
  const sets = options.protected.map((s) => [s.column]);
  if (options.protected.length > 1) sets.push(options.protected.map((s) => s.column));
  const setKey = (attrs) => [...attrs].sort().join("\0");
  for (const gate of options.gates) if (!sets.some((s) => setKey(s) === setKey(gate.attributes))) sets.push([...gate.attributes]);
  const specsFor = (attrs) => attrs.map((c) => specOf.get(c) ?? { column: c });
  const tables = [];
  for (const attrs of sets) {
    const built = frameFor(input, specsFor(attrs));
    if (built !== null) tables.push(tableOf(built.indexed, built.codes, options.minGroupSize));
  }
  const gates = options.gates.map((gate) => {
    const missing = gate.attributes.filter((c) => !input.columns.has(c));
    const candidate = frameFor(input, specsFor(gate.attributes));
    if (missing.length > 0 || candidate === null) return missingAttributeResult(gate, missing);
    const champion = options.champion === void 0 ? null : frameFor(options.champion, specsFor(gate.attributes));
    return evaluateFairnessGate(gate, { candidate: candidate.indexed, ...champion !== null ? { champion: champion.indexed } : {} }, options.bootstrap);
  });
  const status = gates.some((g) => g.status === "fail") ? "fail" : gates.some((g) => g.status === "warn") ? "warn" : "pass";
  const buckets = Object.fromEntries(options.protected.flatMap((s) => s.buckets === void 0 ? [] : [[s.column, s.buckets]]));
  return { schemaVersion: 1, kind: "mergeml.fairness", rows: input.yTrue.length, positiveLabel: options.positiveLabel, minGroupSize: options.minGroupSize, buckets, tables, gates, status };
}

// src/core/compliance/regulation-b.ts
var CITATION = "12 CFR 1002.2(z)";
var REGULATION_B_BASES = Object.freeze([
  { basis: "race", label: "race", citation: CITATION, nameHint: /^(race|ethnicity|ethnic[_ ]?group)$/i },
  { basis: "color", label: "color", citation: CITATION, nameHint: /^(colou?r|skin[_ ]?colou?r)$/i },
  { basis: "religion", label: "religion", citation: CITATION, nameHint: /^(religion|religious[_ ]?affiliation|faith)$/i },
  { basis: "national_origin", label: "national origin", citation: CITATION, nameHint: /^(national[_ ]?origin|nationality|country[_ ]?of[_ ]?birth|foreign[_ ]?worker|citizenship)$/i },
  { basis: "sex", label: "sex", citation: CITATION, nameHint: /^(sex|gender)$/i },
  { basis: "marital_status", label: "marital status", citation: CITATION, nameHint: /^(marital([_ ]?status)?|married)$/i },
  { basis: "age", label: "age", citation: CITATION, note: "provided the applicant has the capacity to contract", nameHint: /^(age|age[_ ]?years|date[_ ]?of[_ ]?birth|dob|birth[_ ]?year)$/i },
  { basis: "public_assistance_income", label: "income from a public assistance program", citation: CITATION, nameHint: /^(public[_ ]?assistance([_ ]?income)?|welfare[_ ]?income)$/i },
  { basis: "exercised_ccpa_rights", label: "good-faith exercise of Consumer Credit Protection Act rights", citation: CITATION, nameHint: /^(exercised[_ ]?ccpa[_ ]?rights|ccpa[_ ]?rights)$/i }
]);
function basisInfo(basis) {
  return REGULATION_B_BASES.find((b) => b.basis === basis);
}
function basisSuggestedByName(column) {
  return REGULATION_B_BASES.find((b) => b.nameHint.test(column.trim()));
}

// src/core/compliance/compliance-checks.ts
function result(r) {
  return { ...r, examples: r.examples ?? [] };
}
function protectedNotFeatures(input, prohibited) {
  const check = "protected_not_features";
  if (input.features === null) {
    return [result({ id: "CR01", check, severity: "error", status: "skip", observed: null, expected: "no prohibited-basis column among the features", message: "the model features are unknown (no project file), so they were not checked" })];
  }
  const out = [];
  const declared = new Map(input.protected.map((p) => [p.column, p.basis]));
  for (const feature of input.features) {
    const basis = declared.get(feature);
    if (basis === null) {
      const hinted2 = basisSuggestedByName(feature);
      const why = hinted2 === void 0 ? "basis not declared" : `basis: ${hinted2.basis} by its name, ${hinted2.citation}`;
      out.push(result({ id: "CR01", check, column: feature, severity: "error", status: "fail", observed: feature, expected: "not a feature", message: `feature \`${feature}\` is a protected attribute (${why})` }));
      continue;
    }
    if (basis !== void 0 && prohibited.has(basis)) {
      const info = basisInfo(basis);
      out.push(result({ id: "CR01", check, column: feature, severity: "error", status: "fail", observed: feature, expected: "not a feature", message: `feature \`${feature}\` is a protected attribute (basis: ${basis}, ${info.citation})` }));
      continue;
    }
    const hinted = basisSuggestedByName(feature);
    if (basis === void 0 && hinted !== void 0 && prohibited.has(hinted.basis)) {
      out.push(result({ id: "CR01", check, column: feature, severity: "warning", status: "fail", observed: feature, expected: "not a feature", message: `feature \`${feature}\` looks like a prohibited basis by its name (basis: ${hinted.basis}, ${hinted.citation}); declare it under \`protected\` and remove it from the features, or rename it if it is not one` }));
    }
  }
  if (out.length === 0) out.push(result({ id: "CR01", check, severity: "error", status: "pass", observed: input.features.length, expected: "no prohibited-basis column among the features", message: `none of the ${input.features.length} features is a prohibited-basis column` }));
  return out;
}
function protectedInEvaluation(input, required) {
  const check = "protected_in_evaluation";
  const severity = required ? "error" : "warning";
  const present = new Set(input.evaluationColumns);
  const missing = input.protected.filter((p) => !present.has(p.column));
  if (input.protected.length === 0) {
    return [result({ id: "CR02", check, severity, status: "fail", observed: 0, expected: "at least one protected attribute", message: "no protected attribute is declared, so fairness cannot be evaluated" })];
  }
  if (missing.length === 0) {
    return [result({ id: "CR02", check, severity, status: "pass", observed: input.protected.length, expected: "every protected attribute present", message: `all ${input.protected.length} protected attributes are present in the evaluation data` })];
  }
  return missing.map((p) => {
    const hint = suggest(p.column, input.evaluationColumns);
    return result({ id: "CR02", check, column: p.column, severity, status: "fail", observed: null, expected: "column present in the evaluation data", message: `protected attribute \`${p.column}\`${p.basis === null ? "" : ` (basis: ${p.basis})`} is missing from the evaluation data${hint ? ` (did you mean \`${hint}\`?)` : ""}` });
  });
}
function proxySummary(findings) {
  const check = "proxy_findings";
  if (findings === null) return result({ id: "CR03", check, severity: "warning", status: "skip", observed: null, expected: "proxy analysis run", message: "proxy analysis did not run, so features that stand in for protected attributes were not looked for" });
  const failing = findings.filter((f) => f.status === "fail");
  const blocking = failing.filter((f) => f.severity === "error");
  return result({
    id: "CR03",
    check,
    severity: blocking.length > 0 ? "error" : "warning",
    status: failing.length > 0 ? "fail" : "pass",
    observed: failing.length,
    expected: 0,
    message: failing.length === 0 ? `no proxy for a protected attribute found (${findings.length} proxy checks passed)` : `${failing.length} feature(s) may act as proxies for a protected attribute: ${failing.map((f) => `\`${f.column ?? f.check}\``).join(", ")}`
  });
}
function runComplianceChecks(input) {
  const prohibited = new Set(input.prohibitedBases ?? PROTECTED_BASES);
  const checks = [
    ...input.forbidProtectedFeatures === false ? [] : protectedNotFeatures(input, prohibited),
    ...protectedInEvaluation(input, input.requireProtectedInEvaluation !== false),
    proxySummary(input.proxyFindings),
    // Passing proxy checks are counted in the summary; only the findings that need attention are listed.
    ...(input.proxyFindings ?? []).filter((f) => f.status !== "pass")
  ];
  return checks;
}

// src/pipeline/fairness.ts
async function pass(ports, path, read, consumer) {
  for await (const batch of ports.readBatches(path, read)) consumer.consume(batch);
  return consumer.finish();
}
function checkBuckets(file, data, protectedInputs) {
  for (const p of protectedInputs) {
    const cells = data.columns.get(p.column);
    if (p.buckets === void 0 || cells === void 0) continue;
    const bad = encodeAttribute({ column: p.column, buckets: p.buckets }, cells).nonNumericRows;
    if (bad.length > 0) {
      throw new InputError(`${file}: protected attribute \`${p.column}\` is bucketed at cut points but holds ${bad.length} non-numeric value(s)`, bad.slice(0, 20).map((row) => ({
        file,
        line: data.lines[row] ?? 0,
        message: `\`${p.column}\` is ${JSON.stringify(cells[row])}`,
        expected: "a number, or a configured null value"
      })));
    }
  }
}
async function runFairness(options, ports) {
  const columns = { ...options.columns, protected: options.protected.map((p) => p.column), required: new Set(options.protected.filter((p) => p.required).map((p) => p.column)) };
  const candidate = await pass(ports, options.predictions, options.read, collectPredictions(columns));
  checkBuckets(options.predictions, candidate, options.protected);
  const championColumns = { ...columns, required: new Set(candidate.columns.keys()) };
  const champion = options.baseline === void 0 ? void 0 : await pass(ports, options.baseline, options.read, collectPredictions(championColumns));
  if (champion !== void 0 && options.baseline !== void 0) checkBuckets(options.baseline, champion, options.protected);
  const report = buildFairnessReport(candidate, {
    protected: options.protected.filter((p) => candidate.columns.has(p.column)).map((p) => ({ column: p.column, ...p.buckets !== void 0 ? { buckets: p.buckets } : {} })),
    gates: options.gates,
    minGroupSize: options.minGroupSize,
    bootstrap: options.bootstrap,
    positiveLabel: options.columns.positiveLabel,
    ...champion !== void 0 ? { champion } : {}
  });
  const checks = runComplianceChecks({
    features: options.features,
    protected: options.protected.map((p) => ({ column: p.column, basis: p.basis })),
    evaluationColumns: candidate.header,
    proxyFindings: options.proxyFindings,
    ...options.compliance?.prohibited_bases !== void 0 ? { prohibitedBases: options.compliance.prohibited_bases } : {},
    ...options.compliance?.forbid_protected_features !== void 0 ? { forbidProtectedFeatures: options.compliance.forbid_protected_features } : {},
    ...options.compliance?.require_protected_in_evaluation !== void 0 ? { requireProtectedInEvaluation: options.compliance.require_protected_in_evaluation } : {}
  });
  const complianceBlocks = complianceFailed(checks);
  const blocking = report.status === "fail" || complianceBlocks;
  const warned = report.status === "warn" || checks.some((c) => c.status === "fail");
  const json = {
    schemaVersion: 1,
    kind: "mergeml.fairness-run",
    status: blocking ? "fail" : warned ? "warn" : "pass",
    predictions: { file: options.predictions, rows: candidate.yTrue.length },
    baseline: champion === void 0 || options.baseline === void 0 ? null : { file: options.baseline, rows: champion.yTrue.length },
    fairness: report,
    compliance: { status: complianceBlocks ? "fail" : "pass", checks },
    decisions: [...fairnessDecisions(report), ...complianceDecisions(checks)]
  };
  const markdown = `${renderFairnessMarkdown(report)}
${renderComplianceChecklist(checks)}`;
  return { json, markdown, blocking };
}

// src/pipeline/fairness-options.ts
import { readFile } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";

// src/core/compliance/proxy-findings.ts
var scalar = external_exports.union([external_exports.number(), external_exports.string(), external_exports.null()]);
var checkResultSchema = external_exports.object({
  id: external_exports.string().min(1),
  check: external_exports.string().min(1),
  column: external_exports.string().optional(),
  severity: external_exports.enum(["error", "warning"]),
  status: external_exports.enum(["pass", "fail", "skip"]),
  observed: scalar,
  expected: scalar,
  message: external_exports.string(),
  examples: external_exports.array(external_exports.object({ file: external_exports.string(), line: external_exports.number().int(), column: external_exports.string().optional(), value: external_exports.string().nullable().optional() })).default([]),
  unexpectedCount: external_exports.number().optional(),
  elementCount: external_exports.number().optional(),
  details: external_exports.record(external_exports.string(), external_exports.union([external_exports.number(), external_exports.string(), external_exports.boolean(), external_exports.null()])).optional()
});
var findingsDocument = external_exports.union([
  external_exports.array(checkResultSchema),
  external_exports.object({ proxies: external_exports.array(checkResultSchema) }),
  external_exports.object({ checks: external_exports.array(checkResultSchema) }),
  external_exports.object({ results: external_exports.array(checkResultSchema) })
]);
function parseProxyFindings(json, file) {
  const parsed = findingsDocument.safeParse(json);
  if (!parsed.success) {
    throw new InputError(`${file} does not hold proxy findings`, [{ file, message: parsed.error.issues[0]?.message ?? "invalid", expected: "a JSON list of check results, or an object with `proxies`, `checks` or `results`" }]);
  }
  const d = parsed.data;
  const list = Array.isArray(d) ? d : "proxies" in d ? d.proxies : "checks" in d ? d.checks : d.results;
  return list.filter((c) => c.id.toUpperCase().startsWith("PROXY"));
}

// src/pipeline/fairness-options.ts
var DEFAULT_MIN_GROUP_SIZE = 30;
function inputPath(path, cwd) {
  return isAbsolute(path) || cwd === process.cwd() ? path : resolve(cwd, path);
}
var DEFAULT_BOOTSTRAP = Object.freeze({ nResamples: 1e3, confidenceLevel: 0.95, seed: 0 });
function lastSetting(configs, key) {
  let out;
  for (const c of configs) {
    const v = c.fairness?.[key];
    if (v !== void 0) out = v;
  }
  return out;
}
function gatesOf(policies, minGroupSize) {
  return policies.flatMap(
    (p) => p.fairness.gates.map((g) => ({
      metric: g.metric,
      attributes: g.attributes,
      method: g.method,
      threshold: g.threshold,
      severity: g.severity,
      minGroupSize: g.min_group_size ?? minGroupSize,
      ciMustCross: g.ci_must_cross ?? false,
      ...g.max_worsening !== void 0 ? { maxWorsening: g.max_worsening } : {},
      ...g.privileged !== void 0 ? { privileged: g.privileged } : {}
    }))
  );
}
async function resolveFairnessOptions(request, files, cwd) {
  const model = request.config === void 0 ? void 0 : await loadFairnessProject(request.config, request.model, files, cwd);
  const declared = new Map((model?.config.protected ?? []).map((p) => [p.column, p.basis]));
  const protectedColumns = [.../* @__PURE__ */ new Set([...request.protected, ...declared.keys()])];
  const standalone = request.policy === void 0 ? void 0 : await loadPolicyFile(request.policy, files, cwd, protectedColumns);
  const policies = [...model !== void 0 ? [model.policy] : [], ...standalone !== void 0 ? [standalone.policy] : []];
  const configs = [...model?.policyConfigs ?? [], ...standalone?.configs ?? []];
  if (protectedColumns.length === 0) throw new UsageError("mergeml fairness: name at least one protected attribute with --protected COL, or give --config with a model that declares `protected`. Run `mergeml fairness --help`.");
  const buckets = Object.assign({}, ...policies.map((p) => p.fairness.buckets), request.buckets);
  const minGroupSize = request.minGroupSize ?? policies.reduce((acc, p) => p.fairness.min_group_size ?? acc, void 0) ?? DEFAULT_MIN_GROUP_SIZE;
  const cliProtected = new Set(request.protected);
  const protectedInputs = protectedColumns.map((column) => ({
    column,
    basis: declared.get(column) ?? null,
    required: cliProtected.has(column),
    ...buckets[column] !== void 0 ? { buckets: buckets[column] } : {}
  }));
  const label = request.label ?? model?.config.target;
  if (label === void 0) throw new UsageError("mergeml fairness: --label is required (or --config with a model `target`). Run `mergeml fairness --help`.");
  if (request.score === void 0 === (request.pred === void 0)) throw new UsageError("mergeml fairness: give exactly one of --score COL or --pred COL. Run `mergeml fairness --help`.");
  const modelPositive = model?.config.positive_class === void 0 ? void 0 : String(model.config.positive_class);
  const positive = request.positive ?? lastSetting(configs, "favorable_label") ?? modelPositive ?? "1";
  const policyBootstrap = lastSetting(configs, "bootstrap");
  const bootstrap = {
    nResamples: request.resamples ?? policyBootstrap?.n_resamples ?? DEFAULT_BOOTSTRAP.nResamples,
    confidenceLevel: policyBootstrap?.confidence_level ?? DEFAULT_BOOTSTRAP.confidenceLevel,
    seed: request.seed ?? policyBootstrap?.seed ?? DEFAULT_BOOTSTRAP.seed
  };
  let proxyFindings = null;
  if (request.proxies !== void 0) {
    let json;
    try {
      json = JSON.parse(await readFile(resolve(cwd, request.proxies), "utf8"));
    } catch (error) {
      throw new InputError(`cannot read proxy findings ${request.proxies}`, [{ file: request.proxies, message: error instanceof Error ? error.message : String(error), expected: "a JSON file written by `mergeml validate --json`" }], { cause: error });
    }
    proxyFindings = parseProxyFindings(json, request.proxies);
  }
  const compliance = policies.reduce((acc, p) => p.compliance === void 0 ? acc : { ...acc, ...p.compliance }, void 0);
  const nullValues = request.nullValues ?? model?.config.data.null_values;
  return {
    predictions: inputPath(request.predictions, cwd),
    ...request.baseline !== void 0 ? { baseline: inputPath(request.baseline, cwd) } : {},
    columns: {
      label,
      ...request.score !== void 0 ? { score: request.score } : {},
      ...request.pred !== void 0 ? { pred: request.pred } : {},
      threshold: request.threshold ?? 0.5,
      scoreLabel: request.scoreClass ?? modelPositive ?? positive,
      positiveLabel: positive
    },
    protected: protectedInputs,
    gates: gatesOf(policies, minGroupSize),
    minGroupSize,
    bootstrap: bootstrap.nResamples === 0 ? null : bootstrap,
    features: request.features ?? model?.config.features ?? null,
    ...compliance !== void 0 ? { compliance } : {},
    proxyFindings,
    read: { ...nullValues !== void 0 ? { nullValues } : {}, ...model?.config.data.delimiter !== void 0 ? { delimiter: model.config.data.delimiter } : {} }
  };
}

export {
  runFairness,
  resolveFairnessOptions
};
