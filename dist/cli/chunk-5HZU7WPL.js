import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  writeOutputAtomic
} from "./chunk-IB7QBEVG.js";
import {
  FingerprintTable,
  Hasher64,
  columnTexts,
  isBooleanText,
  isIntegerText,
  isNumberText
} from "./chunk-FIVW5RAB.js";
import {
  readBatches
} from "./chunk-RBULLJ36.js";
import {
  EXIT
} from "./chunk-7BSCY73Z.js";
import {
  optionalString,
  requireString
} from "./chunk-5LA4UDSI.js";
import {
  UsageError
} from "./chunk-WXR2B6ZC.js";

// src/cli/commands/schema-infer.ts
import { existsSync } from "node:fs";
import { resolve } from "node:path";

// src/core/contract/contract-inference.ts
var MAX_DOMAIN_VALUES = 20;
var ColumnObserver = class {
  rows = 0;
  nulls = 0;
  allInt = true;
  allNum = true;
  allBool = true;
  min = Infinity;
  max = -Infinity;
  domain = /* @__PURE__ */ new Map();
  // 2^20 slots (13 MB) at most per column: a key column with more distinct values is not marked unique.
  uniq = new FingerprintTable(1 << 20);
};
function contractInferenceConsumer() {
  let header = [];
  let cols = [];
  const hasher = new Hasher64();
  return {
    consume(batch) {
      if (cols.length === 0) {
        header = batch.header;
        cols = header.map(() => new ColumnObserver());
      }
      cols.forEach((o, c) => {
        const cells = columnTexts(batch, c);
        const nums = batch.numbers(c);
        o.rows += batch.length;
        for (let i = 0; i < batch.length; i++) {
          const v = cells[i];
          if (v === null || v === void 0) {
            o.nulls++;
            continue;
          }
          if (o.allInt && !isIntegerText(v)) o.allInt = false;
          if (o.allNum && !isNumberText(v)) o.allNum = false;
          if (o.allBool && !isBooleanText(v)) o.allBool = false;
          const x = nums[i];
          if (Number.isFinite(x)) {
            if (x < o.min) o.min = x;
            if (x > o.max) o.max = x;
          }
          if (o.domain !== null && !o.domain.has(v)) {
            if (o.domain.size >= MAX_DOMAIN_VALUES) o.domain = null;
            else o.domain.set(v, o.domain.size);
          }
          if (o.uniq !== null && !o.allInt && o.allNum) o.uniq = null;
          if (o.uniq !== null) {
            hasher.ofString(v);
            if (o.uniq.observe(hasher.hi, hasher.lo, batch.lines[i]) !== 0 || o.uniq.saturated) o.uniq = null;
          }
        }
      });
    },
    finish() {
      return header.map((name, c) => {
        const o = cols[c];
        const nonNull = o.rows - o.nulls;
        const type = nonNull === 0 ? null : o.allBool ? "boolean" : o.allInt ? "integer" : o.allNum ? "float" : "string";
        return {
          name,
          rows: o.rows,
          nulls: o.nulls,
          type,
          min: o.min <= o.max ? o.min : null,
          max: o.min <= o.max ? o.max : null,
          domain: o.domain === null ? null : [...o.domain.keys()],
          unique: o.uniq !== null && o.nulls === 0 && o.rows >= 2
        };
      });
    }
  };
}
function inferContract(observations, nullValues) {
  const columns = observations.map((o) => {
    const col = { name: o.name };
    if (o.type !== null) col["type"] = o.type;
    col["nullable"] = o.nulls > 0 || o.rows === 0;
    const numeric = o.type === "integer" || o.type === "float";
    if (numeric && o.min !== null && o.max !== null) {
      col["min"] = o.min;
      col["max"] = o.max;
    }
    const nonNull = o.rows - o.nulls;
    if ((o.type === "string" || o.type === "boolean") && o.domain !== null && o.domain.length * 2 <= nonNull && !o.unique) col["values"] = [...o.domain].sort();
    if (o.unique && (o.type === "integer" || o.type === "string")) col["unique"] = true;
    const soft = {};
    if (col["nullable"] === false) soft["nullable"] = "warning";
    if (col["min"] !== void 0) soft["range"] = "warning";
    if (Object.keys(soft).length > 0) col["severity"] = soft;
    return col;
  });
  return { version: 1, null_values: [...nullValues], strict: true, columns };
}

// src/core/contract/contract-yaml.ts
var PLAIN = /^[A-Za-z_][A-Za-z0-9_.\- ]*$/;
var RESERVED = /^(?:true|false|yes|no|on|off|null|y|n|~)$/i;
function yamlScalar(value) {
  if (typeof value !== "string") return String(value);
  if (PLAIN.test(value) && !RESERVED.test(value) && !value.endsWith(" ")) return value;
  return JSON.stringify(value);
}
function flowList(values) {
  return `[${values.map(yamlScalar).join(", ")}]`;
}
function columnYaml(col) {
  const lines = [`  - name: ${yamlScalar(col.name)}`];
  if (col.description !== void 0) lines.push(`    description: ${yamlScalar(col.description)}`);
  if (col.type !== void 0) lines.push(`    type: ${col.type}`);
  if (col.nullable !== void 0) lines.push(`    nullable: ${col.nullable}`);
  if (col.min !== void 0) lines.push(`    min: ${col.min}`);
  if (col.max !== void 0) lines.push(`    max: ${col.max}`);
  if (col.values !== void 0) lines.push(`    values: ${flowList(col.values)}`);
  if (col.unique !== void 0) lines.push(`    unique: ${col.unique}`);
  const sev = Object.entries(col.severity ?? {});
  if (sev.length > 0) lines.push(`    severity: {${sev.map(([k, v]) => `${k}: ${v}`).join(", ")}}`);
  return lines;
}
function contractToYaml(contract, note) {
  const header = note ? [
    `# Data contract inferred by \`mergeml schema infer\` from ${note.dataFile} (${note.rows} rows). Review before committing.`,
    "# How each field was inferred (metrics.md \xA71 ids):",
    "#   type     narrowest type every non-null value parses as (boolean, integer, float, string)  -> DV07 column_type",
    "#   nullable false when no value was null; a sample cannot prove this, so it is a warning  -> DV06 values_not_null",
    "#   min/max  the observed range of numeric columns; also a warning until a reviewer widens it -> DV10 values_between",
    `#   values   the categories of string columns with at most 20 distinct values (each seen at least twice on average) -> DV12 values_in_set`,
    "#   unique   every value distinct and none null                                                -> DV15 values_unique",
    "#   strict   no columns beyond these (DV02); every listed column must exist (DV01)",
    "# Change a `severity` to error once a constraint is a promise, or delete it to drop the check."
  ] : [];
  const lines = [
    ...header,
    `version: ${contract.version}`,
    ...contract.description !== void 0 ? [`description: ${yamlScalar(contract.description)}`] : [],
    ...contract.null_values !== void 0 ? [`null_values: ${flowList(contract.null_values)}`] : [],
    ...contract.strict !== void 0 ? [`strict: ${contract.strict}`] : [],
    ...contract.ordered !== void 0 ? [`ordered: ${contract.ordered}`] : [],
    "columns:",
    ...contract.columns.flatMap(columnYaml)
  ];
  if (contract.checks !== void 0 && contract.checks.length > 0) {
    lines.push("checks:");
    for (const c of contract.checks) lines.push(`  - ${JSON.stringify(c)}`);
  }
  return `${lines.join("\n")}
`;
}

// src/pipeline/schema-infer.ts
async function inferSchema(data, read, ports) {
  const consumer = contractInferenceConsumer();
  let rows = 0;
  for await (const batch of ports.readBatches(data.path, read)) {
    rows += batch.length;
    consumer.consume(batch);
  }
  const contract = inferContract(consumer.finish(), read.nullValues ?? [""]);
  return { contract, yaml: contractToYaml(contract, { dataFile: data.file, rows }), rows };
}

// src/cli/commands/schema-infer.ts
var NAME = "schema infer";
var schemaInferCommand = {
  name: NAME,
  summary: "infer a data contract (types, nullability, ranges, domains, keys) from a data file, as YAML for review",
  help: `Usage: mergeml schema infer --data FILE [--out contract.yaml] [--null-value TEXT ...] [--force]

Reads the file once and writes a data contract for review (see docs/data-contract.md): each column's type,
whether it may be null, the observed range of numeric columns, the categories of low-cardinality string
columns and unique keys. Structural facts are errors; facts a sample cannot prove (no nulls seen, observed
ranges) are warnings until a reviewer tightens them. \`mergeml validate --contract\` checks data against it.

Options:
  --data FILE          CSV or JSON Lines file
  --out FILE           write the contract here (default: stdout); refuses to overwrite without --force
  --force              overwrite --out if it exists
  --null-value TEXT    cell text read as null; repeat for several (alias --null; default ""); recorded in
                       the contract
  --delimiter C        CSV delimiter (default ",")
  --format F           csv or jsonl (default from the extension)
`,
  options: {
    data: { type: "string" },
    out: { type: "string" },
    force: { type: "boolean" },
    "null-value": { type: "string", multiple: true },
    null: { type: "string", multiple: true },
    delimiter: { type: "string" },
    format: { type: "string" }
  },
  async run(args, ctx) {
    const data = requireString(args, "data", NAME);
    const asList = (v) => Array.isArray(v) ? v : [];
    const nulls = [...asList(args.values["null-value"]), ...asList(args.values["null"])];
    const delimiter = optionalString(args, "delimiter");
    const format = optionalString(args, "format");
    if (format !== void 0 && format !== "csv" && format !== "jsonl") throw new UsageError(`mergeml ${NAME}: --format must be csv or jsonl, got ${JSON.stringify(format)}.`);
    const read = { ...nulls.length > 0 ? { nullValues: nulls } : {}, ...delimiter !== void 0 ? { delimiter } : {}, ...format !== void 0 ? { format } : {} };
    const out = optionalString(args, "out");
    if (out !== void 0 && existsSync(resolve(ctx.cwd, out)) && args.values["force"] !== true) {
      throw new UsageError(`mergeml ${NAME}: ${out} exists; pass --force to overwrite it.`);
    }
    const path = resolve(ctx.cwd, data);
    const result = await inferSchema({ path, file: data }, read, { readBatches: (p, o) => readBatches(resolve(process.cwd(), data) === p ? data : p, o) });
    if (out === void 0) ctx.stdout(result.yaml);
    else {
      writeOutputAtomic(resolve(ctx.cwd, out), result.yaml);
      ctx.stderr(`wrote ${out}: ${result.contract.columns.length} columns from ${result.rows} rows
`);
    }
    return EXIT.ok;
  }
};

export {
  schemaInferCommand
};
