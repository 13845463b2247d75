import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  parseContract
} from "./chunk-F5K763Y2.js";
import {
  computeDrift,
  createDriftProfileConsumer,
  driftCheckResults,
  jensenShannonDivergenceBase2,
  lInfinityDistance,
  normalizedAbsDifference,
  valueCounts
} from "./chunk-EVRDFNHE.js";
import {
  FingerprintTable,
  Hasher64,
  MAX_EXAMPLES,
  MergeNotExactError,
  NumericSummary,
  ProfileConsumer,
  TopValueCounter,
  columnOverviewConsumer,
  columnTexts,
  countValues,
  findRegisteredCheck,
  isBlocking,
  isMergeable,
  register
} from "./chunk-FIVW5RAB.js";
import {
  escapeHtmlText,
  escapeMarkdown,
  escapeValue
} from "./chunk-XDDLN3TC.js";
import {
  createRandom
} from "./chunk-4C3DW3IR.js";
import {
  DATA_CHECK_PARAMS
} from "./chunk-WZL2LXPE.js";
import {
  CELL_NULL,
  CELL_NUMBER,
  CELL_TEXT,
  cellKinds
} from "./chunk-HEVO2NNT.js";

// src/core/checks/reference-summary.ts
function referenceSummaryConsumer(file) {
  let rows = 0;
  let header = [];
  let states = [];
  const hasher = new Hasher64();
  return {
    consume(batch) {
      if (rows === 0 && states.length === 0) {
        header = batch.header;
        states = header.map(() => ({ distinct: new FingerprintTable(1 << 18), top: new TopValueCounter(), numeric: new NumericSummary() }));
      }
      rows += batch.length;
      states.forEach((s, c) => {
        const cells = columnTexts(batch, c);
        const nums = batch.numbers(c);
        for (let i = 0; i < batch.length; i++) {
          const v = cells[i] ?? null;
          if (v !== null) {
            hasher.ofString(v);
            s.distinct.observe(hasher.hi, hasher.lo, batch.lines[i]);
          }
        }
        countValues(s.top, batch, c);
        s.numeric.consume(batch, c);
      });
    },
    finish() {
      const columns = /* @__PURE__ */ new Map();
      header.forEach((name, c) => {
        const s = states[c];
        const n = s.numeric.result();
        columns.set(name, {
          distinct: s.distinct.saturated ? null : s.distinct.size,
          mostCommonShare: s.top.top()?.share ?? null,
          domain: s.top.domain(),
          nullShare: s.top.nullShare(),
          mean: n.mean,
          std: n.std,
          quantile: n.quantile
        });
      });
      return { file, rows, columns };
    }
  };
}

// src/core/report/markdown-blocks.ts
var ICONS = { pass: "\u2705", fail: "\u274C", warn: "\u26A0\uFE0F", skip: "\u23ED\uFE0F" };
function statusIcon(status) {
  return ICONS[status];
}
function formatNumber(value, digits = 4) {
  if (value === null || value === void 0 || !Number.isFinite(value)) return "\u2014";
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e9)) return value.toExponential(2);
  return value.toFixed(digits);
}
function formatSigned(value, digits = 4, suffix = "") {
  if (value === null || value === void 0 || !Number.isFinite(value)) return "\u2014";
  const body = formatNumber(Math.abs(value), digits);
  return `${value > 0 ? "+" : value < 0 ? "\u2212" : "\xB1"}${body}${suffix}`;
}
function formatCell(cell) {
  if (cell === null || cell === void 0) return "\u2014";
  if (typeof cell === "number") return formatNumber(cell);
  if (typeof cell === "boolean") return cell ? "yes" : "no";
  return escapeValue(cell, 200);
}
function markdownTable(headers, rows) {
  const width = headers.length;
  const line = (cells) => `| ${Array.from({ length: width }, (_x, i) => cells[i] ?? "").join(" | ")} |`;
  return [line(headers.map((h) => escapeValue(h, 100))), `|${" --- |".repeat(width)}`, ...rows.map(line)].join("\n");
}
function renderReportTable(table, maxRows) {
  const hasStatus = table.rows.some((r) => r.status !== void 0);
  const headers = hasStatus ? ["", ...table.columns] : [...table.columns];
  const shown = table.rows.slice(0, maxRows).map((r) => {
    const cells = table.columns.map((_c, i) => formatCell(r.cells[i]));
    return hasStatus ? [r.status ? statusIcon(r.status) : "", ...cells] : cells;
  });
  const parts = [];
  if (table.title) parts.push(`**${escapeValue(table.title, 200)}**`, "");
  parts.push(markdownTable(headers, shown));
  if (table.rows.length > maxRows) parts.push("", `_${table.rows.length - maxRows} more rows not shown; see the job summary._`);
  if (table.note) parts.push("", `_${escapeValue(table.note, 2e3)}_`);
  return parts.join("\n");
}
function details(summary, body, open = false) {
  return `<details${open ? " open" : ""}>
<summary>${escapeHtmlText(summary)}</summary>

${body}

</details>`;
}

// src/core/checks/validate-markdown.ts
function icon(c) {
  return statusIcon(c.status === "fail" ? c.severity === "error" ? "fail" : "warn" : c.status);
}
function examplesCell(c) {
  if (c.examples.length === 0) return "\u2014";
  const shown = c.examples.slice(0, 3).map((e) => `${e.file}:${e.line}${e.value === void 0 ? "" : e.value === null ? " null" : ` ${JSON.stringify(e.value)}`}`);
  return escapeValue(`${shown.join("; ")}${c.examples.length > 3 ? ` (+${c.examples.length - 3})` : ""}`, 300);
}
function checkRow(c) {
  return [icon(c), escapeValue(`${c.id} ${c.check}`, 60), formatCell(c.column ?? null), formatCell(c.observed), formatCell(c.expected), escapeValue(c.message, 300), examplesCell(c)];
}
var HEADERS = ["", "Check", "Column", "Observed", "Expected", "Finding", "Examples (file:line)"];
function renderValidateMarkdown(report, maxRows = 30) {
  const s = report.summary;
  const headline = `${report.status === "pass" ? "\u2705" : "\u274C"} **Data validation ${report.status === "pass" ? "passed" : "failed"}**: ${escapeValue(report.data.file, 120)}, ${report.data.rows} rows \xD7 ${report.data.columns} columns; ${s.checks} checks: ${s.passed} passed, ${s.errors} errors, ${s.warnings} warnings, ${s.skipped} skipped.`;
  const parts = [headline];
  const failed = report.checks.filter((c) => c.status === "fail");
  const failedSorted = [...failed.filter((c) => c.severity === "error"), ...failed.filter((c) => c.severity === "warning")];
  if (failedSorted.length > 0) {
    parts.push("", markdownTable(HEADERS, failedSorted.slice(0, maxRows).map(checkRow)));
    if (failedSorted.length > maxRows) parts.push("", `_${failedSorted.length - maxRows} more failed checks not shown; see the JSON report._`);
  }
  const rest = report.checks.filter((c) => c.status !== "fail");
  if (rest.length > 0) parts.push("", details(`${rest.length} checks passed or skipped`, markdownTable(HEADERS, rest.slice(0, maxRows * 4).map(checkRow))));
  const withNulls = report.columns.filter((c) => c.nulls > 0);
  const nullTable = markdownTable(
    ["Column", "Type", "Nulls", "Null share"],
    report.columns.map((c) => [escapeValue(c.name, 100), c.type, String(c.nulls), formatCell(c.nullShare)])
  );
  parts.push("", details(`Columns: ${withNulls.length} of ${report.columns.length} have nulls`, nullTable));
  return { id: "validation", title: "Data validation", priority: 80, markdown: parts.join("\n") };
}
function renderValidateText(report) {
  const s = report.summary;
  const lines = [
    `${report.data.file}: ${report.data.rows} rows, ${report.data.columns} columns${report.contract ? `; contract ${report.contract}` : ""}${report.policies.length > 0 ? `; policies ${report.policies.join(", ")}` : ""}`,
    `nulls: ${report.columns.filter((c) => c.nulls > 0).map((c) => `${c.name} ${c.nulls}`).join(", ") || "none"}`
  ];
  for (const c of report.checks) {
    if (c.status !== "fail") continue;
    lines.push(`${c.severity === "error" ? "ERROR" : "WARN "} ${c.id} ${c.check}${c.column !== void 0 ? ` [${c.column}]` : ""}: ${c.message}`);
    for (const e of c.examples.slice(0, 3)) lines.push(`      at ${e.file}:${e.line}${e.value === void 0 ? "" : e.value === null ? " (null)" : ` ${JSON.stringify(e.value)}`}`);
  }
  lines.push(`${report.status === "pass" ? "PASS" : "FAIL"}: ${s.checks} checks, ${s.passed} passed, ${s.errors} errors, ${s.warnings} warnings, ${s.skipped} skipped`);
  return `${lines.join("\n")}
`;
}

// src/core/checks/validate-report.ts
var VALIDATE_SCHEMA_VERSION = 1;
function normaliseCheck(r) {
  return {
    id: r.id,
    check: r.check,
    ...r.column !== void 0 ? { column: r.column } : {},
    severity: r.severity,
    status: r.status,
    observed: r.observed,
    expected: r.expected,
    message: r.message,
    ...r.unexpectedCount !== void 0 ? { unexpectedCount: r.unexpectedCount } : {},
    ...r.elementCount !== void 0 ? { elementCount: r.elementCount } : {},
    ...r.details !== void 0 ? { details: Object.fromEntries(Object.entries(r.details).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) } : {},
    examples: r.examples.map((e) => ({ file: e.file, line: e.line, ...e.column !== void 0 ? { column: e.column } : {}, ...e.value !== void 0 ? { value: e.value } : {} }))
  };
}
function buildValidateReport(input) {
  const checks = input.checks.map(normaliseCheck);
  const failed = checks.filter((c) => c.status === "fail");
  return {
    schemaVersion: VALIDATE_SCHEMA_VERSION,
    kind: "mergeml.validate",
    status: checks.some(isBlocking) ? "fail" : "pass",
    data: { file: input.data.file, rows: input.data.rows, columns: input.data.columns },
    reference: input.reference ? { file: input.reference.file, rows: input.reference.rows } : null,
    contract: input.contract ?? null,
    policies: [...input.policies],
    summary: {
      checks: checks.length,
      passed: checks.filter((c) => c.status === "pass").length,
      failed: failed.length,
      errors: failed.filter((c) => c.severity === "error").length,
      warnings: failed.filter((c) => c.severity === "warning").length,
      skipped: checks.filter((c) => c.status === "skip").length
    },
    columns: input.columns.map((c) => ({ name: c.name, type: c.type, count: c.count, nulls: c.nulls, nullShare: c.nullShare })),
    checks,
    proxies: input.proxies ? { rows: input.proxies.rows, rows_seen: input.proxies.rows_seen, sampled: input.proxies.sampled, findings: input.proxies.findings } : null,
    profile: input.profile ?? null
  };
}
function validateAnnotations(report, limit = 50) {
  const out = [];
  const failed = report.checks.filter((c) => c.status === "fail");
  const ordered = [...failed.filter((c) => c.severity === "error"), ...failed.filter((c) => c.severity === "warning")];
  for (const c of ordered) {
    for (const e of c.examples) {
      if (out.length >= limit) return out;
      const value = e.value === void 0 ? "" : e.value === null ? " (value: null)" : ` (value: ${JSON.stringify(e.value)})`;
      out.push({ file: e.file, line: e.line, level: c.severity, title: `${c.id} ${c.check}${c.column !== void 0 ? ` ${c.column}` : ""}`, message: `${c.message}${value}` });
    }
  }
  return out;
}

// src/core/contract/contract-checks.ts
function severity(col, constraint) {
  return col.severity?.[constraint] ?? "error";
}
function contractToChecks(contract) {
  const out = [];
  const names = contract.columns.map((c) => c.name);
  if (contract.strict) out.push({ source: "strict", config: { check: "columns_match_set", severity: "error", columns: names, exact_match: true } });
  if (contract.ordered) out.push({ source: "ordered", config: { check: "column_order", severity: "error", columns: names } });
  contract.columns.forEach((col, i) => {
    const at = `columns[${i}]`;
    const column = col.name;
    out.push({ source: at, config: { check: "column_exists", severity: severity(col, "exists"), column } });
    if (col.type !== void 0) out.push({ source: `${at}.type`, config: { check: "column_type", severity: severity(col, "type"), column, type: col.type } });
    if (col.nullable === false) out.push({ source: `${at}.nullable`, config: { check: "values_not_null", severity: severity(col, "nullable"), column } });
    if (col.min !== void 0 || col.max !== void 0) {
      out.push({
        source: `${at}.min`,
        config: { check: "values_between", severity: severity(col, "range"), column, ...col.min !== void 0 ? { min: col.min } : {}, ...col.max !== void 0 ? { max: col.max } : {} }
      });
    }
    if (col.values !== void 0) out.push({ source: `${at}.values`, config: { check: "values_in_set", severity: severity(col, "values"), column, values: [...col.values] } });
    if (col.unique === true) out.push({ source: `${at}.unique`, config: { check: "values_unique", severity: severity(col, "unique"), column } });
  });
  (contract.checks ?? []).forEach((config, i) => out.push({ source: `checks[${i}]`, config }));
  return out;
}

// src/core/stats/row-reservoir.ts
var DEFAULT_ROW_CAPACITY = 1e5;
var MAX_TEXTS = 5e4;
var NULL_ID = -1;
var OVERFLOW_ID = -2;
var NUMBER_ID = -3;
function createRowReservoir(columns, capacity = DEFAULT_ROW_CAPACITY, seed = 0) {
  const random = createRandom(seed);
  const lines = new Int32Array(capacity);
  let file = "";
  let seen = 0;
  let state = null;
  return {
    consume(batch) {
      if (!state) {
        file = batch.file;
        state = columns.map((name) => ({ name, index: batch.header.indexOf(name) })).filter((c) => c.index >= 0).map((c) => ({ ...c, numbers: new Float64Array(capacity), ids: new Int32Array(capacity).fill(NULL_ID), dict: /* @__PURE__ */ new Map(), texts: [], nonNumeric: false, overflow: false }));
      }
      const views = state.map((s) => ({ s, kinds: cellKinds(batch, s.index), nums: batch.numbers(s.index), cells: null }));
      for (const v of views) if (!v.s.nonNumeric && v.kinds.includes(CELL_TEXT)) v.s.nonNumeric = true;
      for (let r = 0; r < batch.length; r++) {
        let slot = seen;
        if (seen >= capacity) slot = Math.floor(random.nextFloat() * (seen + 1));
        seen++;
        if (slot >= capacity) continue;
        lines[slot] = batch.lines[r];
        for (const v of views) {
          const s = v.s;
          s.numbers[slot] = v.nums[r];
          const kind = v.kinds[r];
          if (kind === CELL_NULL) s.ids[slot] = NULL_ID;
          else if (kind === CELL_NUMBER) s.ids[slot] = Number.isNaN(v.nums[r]) ? NULL_ID : NUMBER_ID;
          else {
            v.cells ??= batch.cells[s.index] ?? [];
            const cell = v.cells[r] ?? "";
            let id = s.dict.get(cell);
            if (id === void 0 && !s.overflow) {
              if (s.dict.size >= MAX_TEXTS) s.overflow = true;
              else {
                id = s.texts.length;
                s.dict.set(cell, id);
                s.texts.push(cell);
              }
            }
            s.ids[slot] = id ?? OVERFLOW_ID;
          }
        }
      }
    },
    finish() {
      const size = Math.min(seen, capacity);
      const map = /* @__PURE__ */ new Map();
      for (const s of state ?? []) {
        map.set(s.name, {
          name: s.name,
          numbers: s.numbers.subarray(0, size),
          numeric: !s.nonNumeric,
          textOverflow: s.overflow,
          text: (row) => {
            const id = s.ids[row];
            if (id === NULL_ID) return null;
            if (id === NUMBER_ID) return String(s.numbers[row]);
            return id === OVERFLOW_ID ? "\0overflow" : s.texts[id];
          }
        });
      }
      return { size, rowsSeen: seen, sampled: seen > capacity, file, lines: lines.subarray(0, size), columns: map };
    }
  };
}

// src/core/labels/conflicting-labels.ts
var DEFAULT_MAX_GROUPS = 1 << 20;
var MULTI = -2;
function hashRow(kinds, nums, texts, row, seed) {
  let h = seed >>> 0;
  for (let c = 0; c < kinds.length; c++) {
    const kind = kinds[c][row];
    const n = nums[c][row];
    const text = kind === CELL_NULL || kind === CELL_NUMBER && Number.isNaN(n) ? "\0" : kind === CELL_NUMBER ? `n${n}` : `s${texts[c][row] ?? ""}`;
    for (let i = 0; i < text.length; i++) {
      h = Math.imul(h ^ text.charCodeAt(i), 1540483477);
      h ^= h >>> 15;
    }
    h = Math.imul(h ^ 31, 668265261);
    h ^= h >>> 13;
  }
  h = Math.imul(h ^ h >>> 16, 2246822507);
  h = Math.imul(h ^ h >>> 13, 3266489909);
  return (h ^ h >>> 16) >>> 0;
}
function createConflictingLabelsConsumer(features, label, maxGroups = DEFAULT_MAX_GROUPS) {
  let slots = 1 << 12;
  let hi = new Uint32Array(slots);
  let lo = new Uint32Array(slots);
  let lab = new Int32Array(slots).fill(-1);
  let count = new Uint32Array(slots);
  let first = new Uint32Array(slots);
  let used = 0;
  let level = 0;
  let rows = 0;
  let file = "";
  const labels = /* @__PURE__ */ new Map();
  const examples = [];
  let indexes = null;
  const inScope = (h) => level === 0 || h >>> 32 - level === 0;
  function insert(h1, h2, labelId, n, line) {
    let i = (h2 ^ h1) & slots - 1;
    while (lab[i] !== -1 && !(hi[i] === h1 && lo[i] === h2)) i = i + 1 & slots - 1;
    if (lab[i] === -1) {
      hi[i] = h1;
      lo[i] = h2;
      lab[i] = labelId;
      count[i] = n;
      first[i] = line;
      used++;
    } else {
      count[i] = count[i] + n;
      if (lab[i] !== labelId && lab[i] !== MULTI) lab[i] = MULTI;
    }
    return i;
  }
  function rebuild(newSlots) {
    const old = { hi, lo, lab, count, first };
    slots = newSlots;
    hi = new Uint32Array(slots);
    lo = new Uint32Array(slots);
    lab = new Int32Array(slots).fill(-1);
    count = new Uint32Array(slots);
    first = new Uint32Array(slots);
    used = 0;
    for (let i = 0; i < old.lab.length; i++) if (old.lab[i] !== -1 && inScope(old.hi[i])) insert(old.hi[i], old.lo[i], old.lab[i], old.count[i], old.first[i]);
  }
  return {
    consume(batch) {
      file = batch.file;
      if (!indexes) indexes = { f: features.map((f2) => batch.header.indexOf(f2)).filter((i) => i >= 0), l: batch.header.indexOf(label) };
      if (indexes.l < 0) return;
      const kinds = indexes.f.map((c) => cellKinds(batch, c));
      const nums = indexes.f.map((c) => batch.numbers(c));
      const texts = indexes.f.map((c, k) => kinds[k].includes(CELL_TEXT) ? batch.cells[c] ?? [] : null);
      const labelCells = batch.cells[indexes.l] ?? [];
      for (let r = 0; r < batch.length; r++) {
        const l = labelCells[r] ?? null;
        if (l === null) continue;
        rows++;
        const h1 = hashRow(kinds, nums, texts, r, 2538058380);
        if (!inScope(h1)) continue;
        const h2 = hashRow(kinds, nums, texts, r, 790265147);
        let id = labels.get(l);
        if (id === void 0) labels.set(l, id = labels.size);
        const before = used;
        const slot = insert(h1, h2, id, 1, batch.lines[r]);
        if (lab[slot] === MULTI && examples.length < MAX_EXAMPLES) {
          if (!examples.some((e) => e.line === first[slot])) examples.push({ file, line: first[slot], column: label });
          if (examples.length < MAX_EXAMPLES && first[slot] !== batch.lines[r]) examples.push({ file, line: batch.lines[r], column: label, value: l });
        }
        if (used > before && used > maxGroups) {
          do {
            level++;
            rebuild(slots);
          } while (used > maxGroups * 0.75 && level < 32);
        } else if (used > before && used * 2 > slots) rebuild(slots * 2);
      }
    },
    finish() {
      let scope = 0;
      let conflicting = 0;
      for (let i = 0; i < slots; i++) {
        if (lab[i] === -1) continue;
        scope += count[i];
        if (lab[i] === MULTI) conflicting += count[i];
      }
      return { rows, conflictingRows: conflicting, rowsInScope: scope, share: scope === 0 ? 0 : conflicting / scope, groups: used, sampled: level > 0, examples: examples.sort((a, b) => a.line - b.line) };
    }
  };
}

// src/core/stats/association.ts
function contingencyTable(a, b) {
  const rowIndex = /* @__PURE__ */ new Map();
  const colIndex = /* @__PURE__ */ new Map();
  let total = 0;
  const ids = [];
  for (let k = 0; k < a.length; k++) {
    const x = a[k];
    const y = b[k];
    if (x === null || x === void 0 || y === null || y === void 0) continue;
    let i = rowIndex.get(x);
    if (i === void 0) rowIndex.set(x, i = rowIndex.size);
    let j = colIndex.get(y);
    if (j === void 0) colIndex.set(y, j = colIndex.size);
    ids.push([i, j]);
    total++;
  }
  const counts = Array.from({ length: rowIndex.size }, () => new Array(colIndex.size).fill(0));
  for (const [i, j] of ids) counts[i][j] += 1;
  return { rows: [...rowIndex.keys()], columns: [...colIndex.keys()], counts, total };
}
function marginals(t) {
  const row = t.counts.map((r) => r.reduce((s, c) => s + c, 0));
  const col = t.columns.map((_, j) => t.counts.reduce((s, r) => s + r[j], 0));
  return { row, col };
}
function chiSquaredStatistic(t) {
  const { row, col } = marginals(t);
  let chi = 0;
  for (let i = 0; i < row.length; i++) {
    for (let j = 0; j < col.length; j++) {
      const expected = row[i] * col[j] / t.total;
      chi += (t.counts[i][j] - expected) ** 2 / expected;
    }
  }
  return chi;
}
function cramersV(t) {
  const k = Math.min(t.rows.length, t.columns.length);
  if (k < 2 || t.total === 0) return null;
  return Math.sqrt(chiSquaredStatistic(t) / (t.total * (k - 1)));
}
function entropyOf(counts, n) {
  let h = 0;
  for (const c of counts) if (c > 0) h -= c / n * Math.log(c / n);
  return h;
}
function mutualInformation(t) {
  const { row, col } = marginals(t);
  const n = t.total;
  let mi = 0;
  for (let i = 0; i < row.length; i++) {
    for (let j = 0; j < col.length; j++) {
      const c = t.counts[i][j];
      if (c > 0) mi += c / n * (Math.log(c) - Math.log(row[i]) - Math.log(col[j]) + Math.log(n));
    }
  }
  return Math.max(mi, 0);
}
function normalizedMutualInformation(t) {
  const r = t.rows.length;
  const c = t.columns.length;
  if (r === 1 && c === 1 || r === 0 && c === 0) return 1;
  const mi = mutualInformation(t);
  if (mi === 0) return 0;
  const { row, col } = marginals(t);
  const normaliser = (entropyOf(row, t.total) + entropyOf(col, t.total)) / 2;
  return mi / normaliser;
}
function pearsonCorrelation(x, y) {
  const n = x.length;
  if (n < 2) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
function averageRanks(x) {
  const order = Array.from({ length: x.length }, (_, i) => i).sort((a, b) => x[a] - x[b]);
  const ranks = new Float64Array(x.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && x[order[j + 1]] === x[order[i]]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]] = rank;
    i = j + 1;
  }
  return ranks;
}
function spearmanCorrelation(x, y) {
  return pearsonCorrelation(averageRanks(x), averageRanks(y));
}
function quantileSorted(sorted, q) {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const t = h - lo;
  const a = sorted[lo];
  const b = sorted[hi];
  return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
}
function quantileBinEdges(values, q) {
  const sorted = Float64Array.from(values).sort();
  const edges = [];
  for (let i = 0; i <= q; i++) {
    const e = quantileSorted(sorted, i / q);
    if (edges.length === 0 || edges[edges.length - 1] !== e) edges.push(e);
  }
  return edges;
}
function binIndex(edges, v) {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (edges[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(Math.max(lo - 1, 0), Math.max(edges.length - 2, 0));
}

// src/core/labels/feature-correlation.ts
function correlationRatio(categories, values) {
  const groups = /* @__PURE__ */ new Map();
  let total = 0;
  categories.forEach((c, i) => {
    const g = groups.get(c) ?? { sum: 0, n: 0 };
    g.sum += values[i];
    g.n++;
    groups.set(c, g);
    total += values[i];
  });
  const mean = total / values.length;
  let between = 0;
  for (const g of groups.values()) between += g.n * (g.sum / g.n - mean) ** 2;
  let all = 0;
  for (const v of values) all += (v - mean) ** 2;
  return all === 0 ? null : Math.sqrt(between / all);
}
function pairValue(a, b, size) {
  const present = (c, r) => c.numeric ? Number.isFinite(c.numbers[r]) : c.text(r) !== null;
  const rows = [];
  for (let r = 0; r < size; r++) if (present(a, r) && present(b, r)) rows.push(r);
  if (a.numeric && b.numeric) return { method: "spearman", value: spearmanCorrelation(rows.map((r) => a.numbers[r]), rows.map((r) => b.numbers[r])) };
  if (!a.numeric && !b.numeric) {
    const t = contingencyTable(rows.map((r) => a.text(r)), rows.map((r) => b.text(r)));
    return { method: "theils_u", value: t.rows.length < 2 || t.columns.length < 2 ? null : normalizedMutualInformation(t) };
  }
  const [cat, num] = a.numeric ? [b, a] : [a, b];
  return { method: "correlation_ratio", value: correlationRatio(rows.map((r) => cat.text(r)), rows.map((r) => num.numbers[r])) };
}
function featureCorrelations(sample, features) {
  const cols = features.map((f2) => sample.columns.get(f2)).filter((c) => c !== void 0 && !(c.textOverflow && !c.numeric));
  const out = [];
  for (let i = 0; i < cols.length; i++) {
    for (let j = i + 1; j < cols.length; j++) {
      const { method, value } = pairValue(cols[i], cols[j], sample.size);
      if (value !== null) out.push({ a: cols[i].name, b: cols[j].name, method, value });
    }
  }
  return out.sort((x, y) => Math.abs(y.value) - Math.abs(x.value));
}

// src/core/labels/one-feature-tree.ts
function fitOneFeatureTree(x, y, classes) {
  const groups = /* @__PURE__ */ new Map();
  x.forEach((raw, i) => {
    const v = typeof raw === "number" ? Math.fround(raw) : raw;
    let g = groups.get(v);
    if (!g) groups.set(v, g = []);
    g.push(y[i]);
  });
  const summarise = (ys) => {
    if (classes === 0) return ys.reduce((s, v) => s + v, 0) / ys.length;
    const counts = new Array(classes).fill(0);
    for (const c of ys) counts[c] += 1;
    let best = 0;
    for (let c = 1; c < classes; c++) if (counts[c] > counts[best]) best = c;
    return best;
  };
  const leaf = /* @__PURE__ */ new Map();
  for (const [v, ys] of groups) leaf.set(v, summarise(ys));
  const fallback = summarise(y);
  const numericKeys = [...groups.keys()].filter((k) => typeof k === "number").sort((a, b) => a - b);
  return {
    predict(raw) {
      const v = typeof raw === "number" ? Math.fround(raw) : raw;
      const hit = leaf.get(v);
      if (hit !== void 0) return hit;
      if (typeof v === "string" || numericKeys.length === 0) return fallback;
      let lo = 0;
      let hi = numericKeys.length;
      while (lo < hi) {
        const mid = lo + hi >> 1;
        if (numericKeys[mid] < v) lo = mid + 1;
        else hi = mid;
      }
      if (lo === 0) return leaf.get(numericKeys[0]);
      if (lo === numericKeys.length) return leaf.get(numericKeys[lo - 1]);
      const below = numericKeys[lo - 1];
      const above = numericKeys[lo];
      return leaf.get(v <= below / 2 + above / 2 ? below : above);
    }
  };
}

// src/core/labels/predictive-power-score.ts
var PPS_METHOD = "mergeml-pps (ppscore formula; seeded sampling)";
function weightedF1(truth, pred) {
  const labels = /* @__PURE__ */ new Set([...truth, ...pred]);
  let total = 0;
  for (const c of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < truth.length; i++) {
      if (pred[i] === c && truth[i] === c) tp++;
      else if (pred[i] === c) fp++;
      else if (truth[i] === c) fn++;
    }
    const support = tp + fn;
    const f1 = tp === 0 ? 0 : 2 * tp / (2 * tp + fp + fn);
    total += f1 * support;
  }
  return truth.length === 0 ? 0 : total / truth.length;
}
function stratifiedFolds(y, splits) {
  const firstSeen = /* @__PURE__ */ new Map();
  y.forEach((c) => firstSeen.has(c) || firstSeen.set(c, firstSeen.size));
  const sortedLabels = [...firstSeen.keys()].sort((a, b) => a - b);
  const firstIndex = sortedLabels.map((l) => y.indexOf(l));
  const rankByFirst = [...firstIndex.keys()].sort((a, b) => firstIndex[a] - firstIndex[b]);
  const enc = /* @__PURE__ */ new Map();
  rankByFirst.forEach((classIdx, k2) => enc.set(sortedLabels[classIdx], k2));
  const encoded = y.map((c) => enc.get(c));
  const order = [...encoded].sort((a, b) => a - b);
  const k = sortedLabels.length;
  const allocation = Array.from({ length: splits }, (_, i) => {
    const counts = new Array(k).fill(0);
    for (let j = i; j < order.length; j += splits) counts[order[j]] += 1;
    return counts;
  });
  const folds = new Int32Array(y.length);
  for (let c = 0; c < k; c++) {
    const forClass = [];
    for (let f2 = 0; f2 < splits; f2++) for (let r = 0; r < allocation[f2][c]; r++) forClass.push(f2);
    let next = 0;
    encoded.forEach((e, i) => {
      if (e === c) folds[i] = forClass[next++];
    });
  }
  return folds;
}
function contiguousFolds(n, splits) {
  const folds = new Int32Array(n);
  let start = 0;
  for (let f2 = 0; f2 < splits; f2++) {
    const size = Math.floor(n / splits) + (f2 < n % splits ? 1 : 0);
    folds.fill(f2, start, start + size);
    start += size;
  }
  return folds;
}
function crossValidatedScore(x, y, classes, splits = 4) {
  const folds = classes > 0 ? stratifiedFolds(y, splits) : contiguousFolds(y.length, splits);
  let sum = 0;
  for (let f2 = 0; f2 < splits; f2++) {
    const trainX = [];
    const trainY = [];
    const testIdx = [];
    for (let i = 0; i < y.length; i++) {
      if (folds[i] === f2) testIdx.push(i);
      else {
        trainX.push(x[i]);
        trainY.push(y[i]);
      }
    }
    const tree = fitOneFeatureTree(trainX, trainY, classes);
    const pred = testIdx.map((i) => tree.predict(x[i]));
    const truth = testIdx.map((i) => y[i]);
    sum += classes > 0 ? weightedF1(truth, pred) : truth.reduce((s, t, j) => s + Math.abs(t - pred[j]), 0) / truth.length;
  }
  return sum / splits;
}
function shuffle(xs, random) {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = random.nextBelow(i + 1);
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}
function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function predictivePowerScore(feature, target, options = {}) {
  const base = { feature: feature.name, target: target.name };
  if (feature.name === target.name) return { ...base, task: "predict_itself", ppscore: 1, model_score: null, baseline_score: null, n: 0 };
  const random = createRandom(options.seed ?? 123);
  let rows = [];
  feature.values.forEach((x2, i) => {
    const y2 = target.values[i];
    if (x2 !== null && x2 !== void 0 && y2 !== null && y2 !== void 0) rows.push([x2, y2]);
  });
  const sample = options.sample ?? 5e3;
  if (rows.length > sample) rows = shuffle(rows, random).slice(0, sample);
  const n = rows.length;
  if (n === 0) return { ...base, task: "empty", ppscore: 0, model_score: null, baseline_score: null, n };
  rows = shuffle(rows, random);
  const distinctY = new Set(rows.map((r) => r[1]));
  if (distinctY.size === 1) return { ...base, task: "target_is_constant", ppscore: 0, model_score: null, baseline_score: null, n };
  if (!target.numeric && distinctY.size === n) return { ...base, task: "target_is_id", ppscore: 0, model_score: null, baseline_score: null, n };
  if (!feature.numeric && new Set(rows.map((r) => r[0])).size === n) return { ...base, task: "feature_is_id", ppscore: 0, model_score: null, baseline_score: null, n };
  const x = rows.map((r) => r[0]);
  if (target.numeric) {
    const y2 = rows.map((r) => r[1]);
    const model2 = crossValidatedScore(x, y2, 0, options.splits ?? 4);
    const med = median(y2);
    const naive2 = y2.reduce((s, v) => s + Math.abs(v - med), 0) / n;
    return { ...base, task: "regression", ppscore: model2 > naive2 ? 0 : 1 - model2 / naive2, model_score: model2, baseline_score: naive2, n };
  }
  const labels = [...distinctY].map(String).sort();
  const code = new Map(labels.map((l, i) => [l, i]));
  const y = rows.map((r) => code.get(String(r[1])));
  const model = crossValidatedScore(x, y, labels.length, options.splits ?? 4);
  const counts = new Array(labels.length).fill(0);
  for (const c of y) counts[c] += 1;
  const mostCommon = counts.indexOf(Math.max(...counts));
  const naive = Math.max(weightedF1(y, y.map(() => mostCommon)), weightedF1(y, shuffle([...y], random)));
  return { ...base, task: "classification", ppscore: model < naive ? 0 : (model - naive) / (1 - naive), model_score: model, baseline_score: naive, n };
}

// src/core/labels/label-checks.ts
var DEFAULT_MAX_CONFLICTING_SHARE = 0;
var DEFAULT_LEAKAGE_PPS = 0.8;
var DEFAULT_CORRELATION_THRESHOLD = 0.9;
var LABEL_SAMPLE_ROWS = 1e4;
function fmt(x) {
  return Number(x.toPrecision(4)).toString();
}
function sampleValues(sample, column) {
  const c = sample.columns.get(column);
  if (!c) return null;
  const values = Array.from({ length: sample.size }, (_, r) => c.numeric ? Number.isFinite(c.numbers[r]) ? c.numbers[r] : null : c.text(r));
  return { values, numeric: c.numeric };
}
function createLabelChecksConsumer(o) {
  const classes = /* @__PURE__ */ new Map();
  let labelIndex = null;
  const conflicting = o.maxConflictingShare !== void 0 ? createConflictingLabelsConsumer(o.features, o.label) : null;
  const needSample = o.leakagePps !== void 0 || o.correlationThreshold !== void 0;
  const reservoir = needSample ? createRowReservoir([...o.features, o.label], LABEL_SAMPLE_ROWS, o.seed ?? 0) : null;
  return {
    consume(batch) {
      if (labelIndex === null) labelIndex = batch.header.indexOf(o.label);
      const cells = batch.cells[labelIndex] ?? [];
      for (let r = 0; r < batch.length; r++) {
        const l = cells[r];
        if (l !== null && l !== void 0) classes.set(l, (classes.get(l) ?? 0) + 1);
      }
      conflicting?.consume(batch);
      reservoir?.consume(batch);
    },
    finish() {
      const checks = [];
      const total = [...classes.values()].reduce((s, c) => s + c, 0);
      const classList = [...classes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([label, count]) => ({ label, count, share: total === 0 ? 0 : count / total }));
      if (o.minClassShare !== void 0) {
        const smallest = classList[classList.length - 1];
        const ok = smallest !== void 0 && smallest.share >= o.minClassShare;
        checks.push({
          id: "LABEL",
          check: "class_balance",
          column: o.label,
          severity: o.severity,
          status: total === 0 ? "skip" : ok ? "pass" : "fail",
          observed: smallest ? smallest.share : null,
          expected: `every class share >= ${o.minClassShare}`,
          message: smallest ? `Smallest class of ${o.label} is ${smallest.label} with share ${fmt(smallest.share)} (${smallest.count} of ${total} rows).` : `${o.label} has no non-null labels.`,
          examples: [],
          elementCount: total
        });
      }
      const conf = conflicting?.finish() ?? null;
      if (conf && o.maxConflictingShare !== void 0) {
        checks.push({
          id: "DV27",
          check: "conflicting_labels",
          column: o.label,
          severity: o.severity,
          status: conf.rows === 0 ? "skip" : conf.share <= o.maxConflictingShare ? "pass" : "fail",
          observed: conf.share,
          expected: `share <= ${o.maxConflictingShare}`,
          message: `${conf.conflictingRows} of ${conf.rowsInScope} rows${conf.sampled ? " (hash-sampled groups)" : ""} share identical features but different ${o.label} labels (share ${fmt(conf.share)}).`,
          examples: conf.examples,
          unexpectedCount: conf.conflictingRows,
          elementCount: conf.rowsInScope
        });
      }
      const sample = reservoir?.finish() ?? null;
      let leakage = [];
      if (sample && o.leakagePps !== void 0) {
        const target = sampleValues(sample, o.label);
        for (const f2 of o.leakageColumns ?? o.features) {
          const x = sampleValues(sample, f2);
          if (!x || !target) continue;
          leakage.push(predictivePowerScore({ name: f2, ...x }, { name: o.label, ...target }, { seed: o.seed ?? 123 }));
        }
        leakage = leakage.sort((a, b) => b.ppscore - a.ppscore);
        for (const p of leakage) {
          checks.push({
            id: "DV28",
            check: "feature_label_leakage",
            column: p.feature,
            severity: o.severity,
            status: p.ppscore < o.leakagePps ? "pass" : "fail",
            observed: p.ppscore,
            expected: `PPS < ${o.leakagePps}`,
            message: `${p.feature} predicts ${o.label} with PPS ${fmt(p.ppscore)} (${p.task}${p.model_score !== null ? `, model ${fmt(p.model_score)} vs baseline ${fmt(p.baseline_score)}` : ""}).${p.ppscore >= o.leakagePps ? " The feature may leak the label." : ""}`,
            examples: [],
            elementCount: p.n
          });
        }
      }
      let correlations = [];
      if (sample && o.correlationThreshold !== void 0) {
        const thr = o.correlationThreshold;
        correlations = featureCorrelations(sample, o.features.filter((f2) => f2 !== o.label));
        const above = correlations.filter((p) => Math.abs(p.value) > thr);
        const maxPairs = o.maxCorrelatedPairs ?? 0;
        checks.push({
          id: "DV29",
          check: "feature_correlation",
          severity: o.severity,
          status: above.length <= maxPairs ? "pass" : "fail",
          observed: above.length,
          expected: `at most ${maxPairs} pairs with |correlation| > ${thr}`,
          message: above.length === 0 ? `No feature pair is correlated above ${thr}.` : `${above.length} feature pairs correlated above ${thr}: ${above.slice(0, 5).map((p) => `${p.a}\u2013${p.b} ${fmt(p.value)} (${p.method})`).join(", ")}.`,
          examples: [],
          unexpectedCount: above.length,
          elementCount: correlations.length
        });
      }
      return { classes: classList, conflicting: conf, leakage, leakage_method: PPS_METHOD, correlations, checks };
    }
  };
}

// src/core/labels/distribution-skew.ts
function standardHistogram(s, min, max, buckets = 10) {
  if (min === max) return [{ lo: min, hi: max, mass: s.total }];
  const width = (max - min) / buckets;
  const out = Array.from({ length: buckets }, (_, i) => ({ lo: min + i * width, hi: i === buckets - 1 ? max : min + (i + 1) * width, mass: 0 }));
  for (let i = 0; i < s.values.length; i++) {
    const k = Math.min(Math.floor((s.values[i] - min) / width), buckets - 1);
    out[k].mass += s.counts[i];
  }
  return out;
}
function alignHistograms(a, b) {
  const edges = [...new Set([...a, ...b].flatMap((x) => [x.lo, x.hi]))].sort((x, y) => x - y);
  const spread = (hs) => {
    const out = [];
    const points = /* @__PURE__ */ new Map();
    const cells = new Array(Math.max(edges.length - 1, 0)).fill(0);
    for (const h of hs) {
      if (h.lo === h.hi) {
        points.set(h.lo, (points.get(h.lo) ?? 0) + h.mass);
        continue;
      }
      for (let i = 0; i < cells.length; i++) {
        const lo = Math.max(edges[i], h.lo);
        const hi = Math.min(edges[i + 1], h.hi);
        if (hi > lo) cells[i] += h.mass * (hi - lo) / (h.hi - h.lo);
      }
    }
    out.push(...cells);
    for (const e of edges) out.push(points.get(e) ?? 0);
    return out;
  };
  return { p: spread(a), q: spread(b) };
}
function distributionSkew(control, current, metric) {
  const numeric = control.type === "num" && current.type === "num" && control.numeric && current.numeric;
  if (metric === "jensen_shannon" && numeric) {
    const a = control.numeric;
    const b = current.numeric;
    if (a.count === 0 || b.count === 0) return null;
    const { p, q } = alignHistograms(standardHistogram(a.sample, a.min, a.max), standardHistogram(b.sample, b.min, b.max));
    return jensenShannonDivergenceBase2(p, q);
  }
  if (numeric && metric !== "jensen_shannon") return null;
  const counts = valueCounts("cat", control, current);
  if (!counts || counts.referenceTotal === 0 || counts.currentTotal === 0) return null;
  if (metric === "linf") return lInfinityDistance(counts.reference, counts.current);
  if (metric === "normalized_abs_difference") return normalizedAbsDifference(counts.reference, counts.current);
  return jensenShannonDivergenceBase2(counts.reference, counts.current);
}

// src/core/labels/skew-checks.ts
function skewCheckResults(control, current, requests) {
  const byName = new Map(control.map((p) => [p.column, p]));
  const out = [];
  for (const r of requests) {
    const columns = r.column !== void 0 ? current.filter((c) => c.column === r.column) : current.filter((c) => byName.has(c.column));
    for (const cur of columns) {
      const ctl = byName.get(cur.column);
      const value = ctl ? distributionSkew(ctl, cur, r.metric) : null;
      out.push({
        id: "DV30",
        check: "distribution_skew",
        column: cur.column,
        severity: r.severity,
        status: value === null ? "skip" : value > r.threshold ? "fail" : "pass",
        observed: value,
        expected: `${r.metric} <= ${r.threshold}`,
        message: value === null ? `${r.metric} does not apply to ${cur.column}${ctl ? "" : " (absent from the control data)"}.` : `${r.metric} between control and current ${cur.column} is ${Number(value.toPrecision(4))} (threshold ${r.threshold}).`,
        examples: []
      });
    }
  }
  return out;
}

// src/core/labels/label-check-registry.ts
function skipped(id, check, severity2, message) {
  return { consume() {
  }, finish: () => [{ id, check, severity: severity2, status: "skip", observed: null, expected: null, message, examples: [] }] };
}
function featuresOf(ctx, header) {
  return [...ctx.features ?? header.filter((h) => h !== ctx.label)];
}
function lazy(make) {
  let inner = null;
  return {
    consume(batch) {
      inner ??= make(batch.header);
      inner.consume(batch);
    },
    finish: () => [...inner?.finish().checks ?? []]
  };
}
function labelDataChecks(ctx) {
  return [
    register({
      id: "DV27",
      name: "conflicting_labels",
      title: "Conflicting labels",
      mostly: false,
      params: DATA_CHECK_PARAMS.conflicting_labels,
      create(config) {
        if (!ctx.label) return skipped("DV27", config.check, config.severity, "conflicting_labels needs the model target (label column).");
        const label = ctx.label;
        return lazy((header) => createLabelChecksConsumer({ label, features: featuresOf(ctx, header), severity: config.severity, maxConflictingShare: config.max_share ?? DEFAULT_MAX_CONFLICTING_SHARE }));
      }
    }),
    register({
      id: "DV28",
      name: "feature_label_leakage",
      title: "Feature\u2192label leakage",
      mostly: false,
      params: DATA_CHECK_PARAMS.feature_label_leakage,
      create(config) {
        if (!ctx.label) return skipped("DV28", config.check, config.severity, "feature_label_leakage needs the model target (label column).");
        const label = ctx.label;
        return lazy((header) => createLabelChecksConsumer({ label, features: featuresOf(ctx, header), severity: config.severity, leakagePps: config.max_pps ?? DEFAULT_LEAKAGE_PPS, ...config.columns ? { leakageColumns: config.columns } : {}, ...ctx.seed !== void 0 ? { seed: ctx.seed } : {} }));
      }
    }),
    register({
      id: "DV29",
      name: "feature_correlation",
      title: "Feature\u2013feature correlation",
      mostly: false,
      params: DATA_CHECK_PARAMS.feature_correlation,
      create(config) {
        return lazy((header) => createLabelChecksConsumer({ label: ctx.label ?? "", features: featuresOf(ctx, header), severity: config.severity, correlationThreshold: config.threshold ?? DEFAULT_CORRELATION_THRESHOLD, maxCorrelatedPairs: config.max_pairs ?? 0 }));
      }
    }),
    register({
      id: "DV30",
      name: "distribution_skew",
      title: "Distribution skew/drift vs a control dataset",
      mostly: false,
      params: DATA_CHECK_PARAMS.distribution_skew,
      create(config) {
        const control = ctx.control;
        if (!control) return skipped("DV30", config.check, config.severity, "distribution_skew needs a control dataset (--reference).");
        const current = createDriftProfileConsumer(config.column !== void 0 ? { columns: [config.column] } : {});
        return {
          consume: (batch) => current.consume(batch),
          finish: () => skewCheckResults(control, current.finish(), [{ ...config.column !== void 0 ? { column: config.column } : {}, metric: config.metric, threshold: config.threshold, severity: config.severity }])
        };
      }
    })
  ];
}

// src/core/proxies/proxy-associations.ts
var DEFAULT_AGE_BUCKETS = Object.freeze([25, 35, 45, 55, 65]);
var DEFAULT_FEATURE_BINS = 10;
function bucketLabel(cuts, v) {
  if (v < cuts[0]) return `<${cuts[0]}`;
  for (let i = 1; i < cuts.length; i++) if (v < cuts[i]) return `[${cuts[i - 1]}, ${cuts[i]})`;
  return `>=${cuts[cuts.length - 1]}`;
}
function labelsOf(col, size, numericLabel) {
  const out = new Array(size);
  for (let r = 0; r < size; r++) {
    if (numericLabel) {
      const v = col.numbers[r];
      out[r] = Number.isFinite(v) ? numericLabel(v) : null;
    } else out[r] = col.text(r);
  }
  return out;
}
function binaryIndicator(labels, numbers) {
  const values = [...new Set(labels.filter((l) => l !== null))].sort();
  if (values.length !== 2) return null;
  const x = [];
  const y = [];
  labels.forEach((l, r) => {
    if (l !== null && Number.isFinite(numbers[r])) {
      x.push(l === values[0] ? 1 : 0);
      y.push(numbers[r]);
    }
  });
  return { x, y };
}
function proxyAssociations(sample, features, protectedAttributes, options = {}) {
  const cuts = [...options.ageBuckets ?? DEFAULT_AGE_BUCKETS].sort((a, b) => a - b);
  const out = [];
  for (const p of protectedAttributes) {
    const pc = sample.columns.get(p.column);
    if (!pc) continue;
    const pNumeric = pc.numeric;
    const pLabels = labelsOf(pc, sample.size, pNumeric ? (v) => bucketLabel(cuts, v) : null);
    for (const f2 of features) {
      if (f2 === p.column) continue;
      const fc = sample.columns.get(f2);
      if (!fc) continue;
      const fNumeric = fc.numeric;
      let fLabels;
      if (fNumeric) {
        const finite = Array.from(fc.numbers).filter(Number.isFinite);
        const edges = quantileBinEdges(finite, options.featureBins ?? DEFAULT_FEATURE_BINS);
        fLabels = labelsOf(fc, sample.size, (v2) => String(binIndex(edges, v2)));
      } else fLabels = labelsOf(fc, sample.size, null);
      const table = contingencyTable(fLabels, pLabels);
      let correlation = null;
      let method = null;
      let spearman = null;
      if (fNumeric && pNumeric) {
        const x = [];
        const y = [];
        for (let r = 0; r < sample.size; r++) {
          if (Number.isFinite(fc.numbers[r]) && Number.isFinite(pc.numbers[r])) {
            x.push(fc.numbers[r]);
            y.push(pc.numbers[r]);
          }
        }
        correlation = pearsonCorrelation(x, y);
        spearman = spearmanCorrelation(x, y);
        method = correlation === null ? null : "pearson";
      } else if (fNumeric !== pNumeric) {
        const pair = fNumeric ? binaryIndicator(pLabels, fc.numbers) : binaryIndicator(fLabels, pc.numbers);
        if (pair) {
          correlation = pearsonCorrelation(pair.x, pair.y);
          method = correlation === null ? null : "point_biserial";
        }
      }
      const v = cramersV(table);
      const nmi = normalizedMutualInformation(table);
      out.push({
        protected: p.column,
        basis: p.basis ?? null,
        feature: f2,
        feature_type: fNumeric ? "num" : "cat",
        protected_type: pNumeric ? "num" : "cat",
        n: table.total,
        cramers_v: v,
        mutual_info: mutualInformation(table),
        normalized_mutual_info: nmi,
        correlation,
        correlation_method: method,
        spearman,
        strength: Math.max(v ?? 0, nmi, Math.abs(correlation ?? 0))
      });
    }
  }
  return out.sort((a, b) => b.strength - a.strength || a.protected.localeCompare(b.protected) || a.feature.localeCompare(b.feature));
}

// src/core/proxies/proxy-checks.ts
function exceededBounds(a, o) {
  const out = [];
  if (o.cramersV !== void 0 && a.cramers_v !== null && a.cramers_v > o.cramersV) out.push("cramers_v");
  if (o.normalizedMutualInfo !== void 0 && a.normalized_mutual_info > o.normalizedMutualInfo) out.push("normalized_mutual_info");
  if (o.correlation !== void 0 && a.correlation !== null && Math.abs(a.correlation) > o.correlation) out.push("correlation");
  return out;
}
function protectedFeatureChecks(features, protectedAttributes) {
  return protectedAttributes.map((p) => {
    const used = features.includes(p.column);
    return {
      id: "PROXY",
      check: "protected_not_feature",
      column: p.column,
      severity: "error",
      status: used ? "fail" : "pass",
      observed: used ? "used as a feature" : "not a feature",
      expected: "not a feature",
      message: used ? `Protected attribute ${p.column}${p.basis ? ` (${p.basis.replace(/_/g, " ")})` : ""} is used directly as a model feature (Regulation B, 12 CFR 1002.2(z)).` : `Protected attribute ${p.column} is not a model feature.`,
      examples: []
    };
  });
}
function fmt2(x) {
  return x === null ? "n/a" : x.toFixed(4);
}
function proxyReportOf(associations, o, rows, features, protectedAttributes) {
  const findings = associations.map((a) => ({ ...a, exceeded: exceededBounds(a, o) }));
  const anyBound = o.cramersV !== void 0 || o.normalizedMutualInfo !== void 0 || o.correlation !== void 0;
  const bounds = [o.cramersV !== void 0 ? `V <= ${o.cramersV}` : "", o.normalizedMutualInfo !== void 0 ? `NMI <= ${o.normalizedMutualInfo}` : "", o.correlation !== void 0 ? `|r| <= ${o.correlation}` : ""].filter(Boolean).join(", ");
  const checks = [...protectedFeatureChecks(features, protectedAttributes)];
  for (const f2 of findings) {
    checks.push({
      id: "PROXY",
      check: "proxy_association",
      column: f2.feature,
      severity: o.severity,
      status: f2.exceeded.length > 0 ? "fail" : "pass",
      observed: Number(f2.strength.toFixed(6)),
      expected: anyBound ? bounds : null,
      message: `${f2.feature} vs ${f2.protected}: Cram\xE9r's V ${fmt2(f2.cramers_v)}, NMI ${fmt2(f2.normalized_mutual_info)}${f2.correlation !== null ? `, ${f2.correlation_method === "pearson" ? "Pearson r" : "point-biserial r"} ${fmt2(f2.correlation)}` : ""}${f2.exceeded.length > 0 ? ` \u2014 exceeds ${f2.exceeded.join(", ")}: ${f2.feature} may act as a proxy for ${f2.protected}` : anyBound ? "" : " (no bound configured)"}.`,
      examples: []
    });
  }
  return { rows: rows.rows, rows_seen: rows.rowsSeen, sampled: rows.sampled, findings, checks };
}
function createProxyConsumer(features, protectedAttributes, options) {
  const reservoir = createRowReservoir([.../* @__PURE__ */ new Set([...features, ...protectedAttributes.map((p) => p.column)])], options.capacity ?? DEFAULT_ROW_CAPACITY, options.seed ?? 0);
  return {
    consume: (batch) => reservoir.consume(batch),
    finish() {
      const sample = reservoir.finish();
      const candidates = features.filter((f2) => !protectedAttributes.some((p) => p.column === f2));
      const associations = proxyAssociations(sample, candidates, protectedAttributes, { ...options.ageBuckets ? { ageBuckets: options.ageBuckets } : {}, ...options.featureBins ? { featureBins: options.featureBins } : {} });
      return proxyReportOf(associations, options, { rows: sample.size, rowsSeen: sample.rowsSeen, sampled: sample.sampled }, features, protectedAttributes);
    }
  };
}

// src/core/proxies/proxy-markdown.ts
var f = (x) => x === null ? "\u2013" : x.toFixed(3);
function renderProxyMarkdown(report, limit = 10) {
  const misuse = report.checks.filter((c) => c.check === "protected_not_feature" && c.status === "fail");
  const failing = report.findings.filter((x) => x.exceeded.length > 0);
  const shown = [...failing, ...report.findings.filter((x) => x.exceeded.length === 0)].slice(0, Math.max(limit, failing.length));
  const lines = ["### Protected attributes and proxies (Regulation B)", ""];
  for (const m of misuse) lines.push(`\u274C ${escapeMarkdown(m.message)}`, "");
  lines.push(
    failing.length === 0 ? "\u2705 No feature exceeds the proxy bounds." : `${failing.length} feature \xD7 attribute pairs exceed the proxy bounds.`,
    "",
    `Computed on ${report.rows} rows${report.sampled ? ` (a seeded uniform sample of ${report.rows_seen})` : ""}.`,
    "",
    "| Feature | Protected | Cram\xE9r's V | NMI | Correlation | Exceeds |",
    "|---|---|---:|---:|---:|---|",
    ...shown.map((x) => `| ${escapeMarkdown(x.feature)} | ${escapeMarkdown(x.protected)} | ${f(x.cramers_v)} | ${f(x.normalized_mutual_info)} | ${x.correlation === null ? "\u2013" : `${f(x.correlation)} (${x.correlation_method === "pearson" ? "Pearson" : "point-biserial"})`} | ${x.exceeded.length ? `**${x.exceeded.join(", ")}**` : ""} |`)
  );
  if (report.findings.length > shown.length) lines.push("", `${report.findings.length - shown.length} weaker pairs not shown.`);
  return lines.join("\n");
}

// src/pipeline/validate.ts
async function pass(ports, ref, read, consumers) {
  let rows = 0;
  let header = [];
  for await (const batch of ports.readBatches(ref.path, read)) {
    header = batch.header;
    rows += batch.length;
    for (const c of consumers) c.consume(batch);
  }
  return { rows, header };
}
function notImplemented(config, id) {
  return {
    id,
    check: config.check,
    ..."column" in config && typeof config.column === "string" ? { column: config.column } : {},
    severity: config.severity,
    status: "skip",
    observed: null,
    expected: null,
    message: `${config.check} is not run by mergeml validate in this version`,
    examples: []
  };
}
async function validate(options, ports) {
  const contract = options.contract ? parseContract(options.contract.file, await ports.readFile(options.contract.path)) : void 0;
  const read = { ...contract?.null_values !== void 0 ? { nullValues: contract.null_values } : {}, ...options.read };
  const configs = [...contract ? contractToChecks(contract).map((c) => c.config) : [], ...options.checks ?? []];
  let reference;
  let referenceProfiles;
  if (options.reference) {
    const summary = referenceSummaryConsumer(options.reference.file);
    const drift = createDriftProfileConsumer();
    await pass(ports, options.reference, read, [summary, drift]);
    reference = summary.finish();
    referenceProfiles = drift.finish();
  }
  const context = reference ? { reference } : {};
  const extra = [
    ...options.extraChecks ?? [],
    ...labelDataChecks({ ...options.label !== void 0 ? { label: options.label } : {}, ...options.features ? { features: options.features } : {}, ...referenceProfiles ? { control: referenceProfiles } : {} })
  ];
  const instances = configs.map((config) => {
    const registered = findRegisteredCheck(config.check, extra);
    return registered ? { config, consumer: registered.create(config, context) } : { config, consumer: void 0 };
  });
  const proxy = options.protected && options.protected.length > 0 ? lazyProxyConsumer(options) : void 0;
  const parallel = ports.parallelPass !== void 0 && !options.reference && proxy === void 0 && instances.every((i) => i.consumer !== void 0 && findRegisteredCheck(i.config.check) !== void 0 && isMergeable(i.consumer));
  let streamed;
  if (parallel && ports.parallelPass) {
    try {
      streamed = await parallelStream(ports.parallelPass, options, read, configs);
    } catch (error) {
      if (!(error instanceof MergeNotExactError)) throw error;
    }
  }
  const currentDrift = options.reference ? createDriftProfileConsumer() : void 0;
  if (streamed === void 0) {
    const overview = columnOverviewConsumer();
    const profile = options.profile ? new ProfileConsumer(options.data.file) : void 0;
    const fresh = instances;
    const consumers = [overview, ...profile ? [profile] : [], ...fresh.flatMap((i) => i.consumer ? [i.consumer] : []), ...currentDrift ? [currentDrift] : [], ...proxy ? [proxy] : []];
    const { rows: rows2, header: header2 } = await pass(ports, options.data, read, consumers);
    streamed = {
      rows: rows2,
      header: header2,
      overview: overview.finish(),
      profile: profile?.finish() ?? null,
      checks: fresh.map((i) => i.consumer ? i.consumer.finish() : [notImplemented(i.config, findRegisteredCheck(i.config.check)?.id ?? "DV")])
    };
  }
  const { rows, header, overview: columns, profile: profileResult } = streamed;
  const results = streamed.checks.flat();
  if (currentDrift && referenceProfiles) {
    const driftOptions = options.drift ?? { stattest: "auto", driftShare: 0.5, severity: "warning" };
    results.push(...driftCheckResults(computeDrift(referenceProfiles, currentDrift.finish(), driftOptions), driftOptions.severity));
  }
  const proxyReport = proxy?.finish() ?? null;
  if (proxyReport) results.push(...proxyReport.checks);
  const report = buildValidateReport({
    data: { file: options.data.file, rows, columns: header.length },
    reference: reference ? { file: reference.file, rows: reference.rows } : void 0,
    contract: options.contract?.file,
    policies: options.policies ?? [],
    columns,
    checks: results,
    proxies: proxyReport,
    profile: profileResult
  });
  const section = renderValidateMarkdown(report);
  const markdown = proxyReport ? `${section.markdown}

${renderProxyMarkdown(proxyReport)}` : section.markdown;
  return { report, section: { ...section, markdown }, text: renderValidateText(report), annotations: validateAnnotations(report) };
}
async function parallelStream(run, options, read, configs) {
  const specs = [{ kind: "column-overview" }, { kind: "checks", config: { checks: configs } }, ...options.profile ? [{ kind: "profile", config: { file: options.data.file } }] : []];
  const pass2 = await run(options.data.path, read, specs);
  return {
    rows: pass2.rows,
    header: pass2.header,
    overview: pass2.results[0],
    checks: pass2.results[1],
    profile: options.profile ? pass2.results[2] : null
  };
}
function lazyProxyConsumer(options) {
  const protectedAttributes = options.protected ?? [];
  const p = options.proxies;
  const proxyOptions = {
    severity: p?.severity ?? "error",
    ...p?.cramers_v !== void 0 ? { cramersV: p.cramers_v } : {},
    ...p?.normalized_mutual_info !== void 0 ? { normalizedMutualInfo: p.normalized_mutual_info } : {},
    ...p?.correlation !== void 0 ? { correlation: p.correlation } : {},
    ...p?.age_buckets !== void 0 ? { ageBuckets: p.age_buckets } : {}
  };
  let inner;
  return {
    consume(batch) {
      if (inner === void 0) {
        const excluded = /* @__PURE__ */ new Set([...options.label !== void 0 ? [options.label] : [], ...protectedAttributes.map((a) => a.column)]);
        const features = options.features ?? batch.header.filter((h) => !excluded.has(h));
        inner = createProxyConsumer(features, protectedAttributes.filter((a) => batch.header.includes(a.column)), proxyOptions);
      }
      inner.consume(batch);
    },
    finish: () => inner?.finish() ?? null
  };
}

export {
  statusIcon,
  formatNumber,
  formatSigned,
  formatCell,
  markdownTable,
  renderReportTable,
  details,
  validate
};
