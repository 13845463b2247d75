import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  parseCsvHeader,
  readFirstLine,
  workflowsDir
} from "./chunk-WB32QQZT.js";
import {
  MODEL_NAME
} from "./chunk-2KRDQDBV.js";
import {
  PROTECTED_BASES
} from "./chunk-MCVS3WYR.js";
import {
  EXIT
} from "./chunk-7BSCY73Z.js";
import {
  optionalString
} from "./chunk-5LA4UDSI.js";
import {
  UsageError
} from "./chunk-WXR2B6ZC.js";

// src/cli/commands/init.ts
import { resolve } from "node:path";

// src/adapters/config/node-init-files.ts
import { mkdir, readFile, readdir, rename, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
function nodeInitFiles(starterDir = workflowsDir()) {
  return {
    exists: async (path) => {
      try {
        await stat(path);
        return true;
      } catch {
        return false;
      }
    },
    firstLine: (path) => readFirstLine(path),
    starterWorkflows: async () => {
      let names;
      try {
        names = (await readdir(starterDir)).filter((n) => /\.ya?ml$/.test(n)).sort();
      } catch {
        return /* @__PURE__ */ new Map();
      }
      return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(starterDir, n), "utf8")])));
    },
    // Each file goes to a temp name beside it and is renamed into place: a reader never sees half a file.
    writeAll: async (files) => {
      for (const f of files) {
        await mkdir(dirname(f.path), { recursive: true });
        const tmp = `${f.path}.${process.pid}.tmp`;
        await writeFile(tmp, f.content);
        await rename(tmp, f.path);
      }
    }
  };
}

// src/pipeline/init.ts
import { basename, join as join2, relative } from "node:path";

// src/core/config/scaffold.ts
var BASIS_TOKENS = {
  age: "age",
  sex: "sex",
  gender: "sex",
  race: "race",
  ethnicity: "race",
  religion: "religion",
  marital: "marital_status",
  nationality: "national_origin",
  citizenship: "national_origin",
  foreignworker: "national_origin",
  foreign: "national_origin"
};
function guessBasis(column) {
  const whole = column.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (BASIS_TOKENS[whole]) return BASIS_TOKENS[whole];
  const tokens = column.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/);
  for (const t of tokens) if (BASIS_TOKENS[t]) return BASIS_TOKENS[t];
  return void 0;
}
var PLAIN = /^[A-Za-z_][A-Za-z0-9_.\-/*]*$/;
var RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;
function yamlScalar(value) {
  return PLAIN.test(value) && !RESERVED.test(value) ? value : JSON.stringify(value);
}
function renderProjectTemplate(model, schemaRef) {
  const head = [`# yaml-language-server: $schema=${schemaRef}`, "# MergeML project file. Reference: docs/config.md in the mergeml package.", "version: 1"];
  const block = (m) => [
    `  ${m.name}:`,
    "    task: binary_classification",
    "    data:",
    `      train: ${yamlScalar(m.train)}`,
    `      # test: data/test.csv`,
    `      # reference: data/reference.csv   # production data, for drift`,
    `    target: ${yamlScalar(m.target)}`,
    `    positive_class: ${yamlScalar(m.positiveClass)}`,
    `    features: [${m.features.map(yamlScalar).join(", ")}]`,
    m.protected.length === 0 ? "    protected: []   # e.g. - {column: Age, basis: age}" : "    protected:",
    ...m.protected.map((p) => `      - {column: ${yamlScalar(p.column)}, basis: ${p.basis}}`),
    "    policies: [policy.yaml, builtin:regulation-b]",
    "    train:",
    "      seed: 42",
    "      model: {type: logistic_regression, l2: 0.0001}",
    "      epochs: 30",
    "      class_weight: balanced"
  ];
  const example = { name: "my-model", train: "data/train.csv", target: "label", positiveClass: "yes", features: ["feature_a", "feature_b"], protected: [{ column: "age", basis: "age" }] };
  const body = model ? ["models:", ...block(model)] : ["# No data yet: add a model when you have a training file, for example", "# (or run `mergeml init --train data/train.csv --target COLUMN --positive-class VALUE --force`):", "models: {}", ...block(example).map((l) => `#${l}`)];
  return `${[...head, ...body, "registry:", "  stages: [staging, production]", "  binaries: commit", ""].join("\n")}`;
}
function renderPolicyTemplate(schemaRef) {
  return [
    `# yaml-language-server: $schema=${schemaRef}`,
    "# MergeML policy. Builtin packs and every section: docs/policies.md in the mergeml package.",
    "version: 1",
    "name: project-policy",
    "description: Gates every model of this repository must pass.",
    "extends: [builtin:data-quality, builtin:metric-gates]",
    "metric_gates:",
    "  - metric: roc_auc",
    "    threshold: 0.7",
    "    greater_is_better: true",
    "    min_absolute_change: -0.01",
    "    severity: error",
    "fairness:",
    "  min_group_size: 30",
    "  gates:",
    "    - metric: demographic_parity_ratio   # four-fifths rule on each protected attribute ('*')",
    "      attributes: ['*']",
    "      method: between_groups",
    "      threshold: 0.8",
    "      severity: error",
    "compliance:",
    `  prohibited_bases: [${PROTECTED_BASES.join(", ")}]`,
    "  forbid_protected_features: true",
    ""
  ].join("\n");
}

// src/pipeline/init.ts
var SCHEMA_REF = "./node_modules/mergeml/policies";
async function scaffoldModel(o, files) {
  if (o.train === void 0) {
    if (o.target !== void 0 || o.positiveClass !== void 0) throw new UsageError("mergeml init: --target and --positive-class need --train FILE.");
    return void 0;
  }
  if (o.target === void 0 || o.positiveClass === void 0) throw new UsageError("mergeml init: --train needs --target COLUMN and --positive-class VALUE.");
  const header = await files.firstLine(join2(o.dir, o.train));
  if (header === void 0) throw new UsageError(`mergeml init: cannot read ${o.train} (relative to ${o.dir}); expected a CSV file with a header row.`);
  const columns = parseCsvHeader(header.replace(/^\uFEFF/, ""));
  if (!columns.includes(o.target)) throw new UsageError(`mergeml init: target column '${o.target}' is not in the header of ${o.train} (columns: ${columns.join(", ")}).`);
  const name = o.model ?? (basename(o.dir).toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[^a-z0-9]+/, "") || "model");
  if (!MODEL_NAME.test(name)) throw new UsageError(`mergeml init: model name '${name}' is not valid; pass --model NAME (lowercase letters, digits, ".", "_", "-").`);
  const prot = columns.filter((c) => c !== o.target).flatMap((c) => {
    const basis = guessBasis(c);
    return basis ? [{ column: c, basis }] : [];
  });
  const features = columns.filter((c) => c !== o.target && !prot.some((p) => p.column === c));
  return { name, train: o.train, target: o.target, positiveClass: o.positiveClass, features, protected: prot };
}
async function initProject(o, files) {
  const model = await scaffoldModel(o, files);
  const planned = [
    { path: join2(o.dir, "mergeml.yaml"), content: renderProjectTemplate(model, `${SCHEMA_REF}/project.schema.json`) },
    { path: join2(o.dir, "policy.yaml"), content: renderPolicyTemplate(`${SCHEMA_REF}/policy.schema.json`) }
  ];
  for (const [name, content] of [...await files.starterWorkflows()].sort(([a], [b]) => a.localeCompare(b))) {
    planned.push({ path: join2(o.dir, ".github", "workflows", name), content });
  }
  if (!o.force) {
    const existing = [];
    for (const f of planned) if (await files.exists(f.path)) existing.push(relative(o.dir, f.path));
    if (existing.length > 0) {
      throw new UsageError(`mergeml init: ${existing.join(", ")} already exist${existing.length === 1 ? "s" : ""} in ${o.dir}; nothing was written. Use --force to overwrite.`);
    }
  }
  await files.writeAll(planned);
  return {
    schemaVersion: 1,
    dir: o.dir,
    written: planned.map((f) => relative(o.dir, f.path)),
    model: model ? { name: model.name, features: model.features.length, protected: model.protected.map((p) => ({ column: p.column, basis: p.basis })) } : null
  };
}

// src/cli/commands/init.ts
var initCommand = {
  name: "init",
  summary: "scaffold mergeml.yaml, a policy and the starter workflows",
  help: `Usage: mergeml init [--dir DIR] [--force] [--train FILE --target COLUMN --positive-class VALUE [--model NAME]] [--json]

Writes mergeml.yaml, policy.yaml and the starter workflows (.github/workflows/) into DIR. Without --train,
mergeml.yaml declares no model yet (a commented example shows the shape). With --train, the model's
features are read from the CSV header; columns whose names suggest a Regulation B basis (age, sex, gender,
race, religion, marital, nationality, foreign\u2026) are proposed as protected attributes instead of features.
Refuses to overwrite an existing file unless --force. Files are written atomically.

Options:
  -d, --dir DIR              target folder (default: the current folder)
  -f, --force                overwrite existing files
      --train FILE           training CSV, relative to DIR
      --target COLUMN        target column (with --train)
      --positive-class VALUE positive class of the target (with --train)
      --model NAME           model name (default: the folder's name)
      --json                 print the result as JSON (schemaVersion 1)

Exit codes: 0 written, 2 usage error or a file exists (nothing written), 70 internal error.`,
  options: {
    dir: { type: "string", short: "d" },
    force: { type: "boolean", short: "f" },
    train: { type: "string" },
    target: { type: "string" },
    "positive-class": { type: "string" },
    model: { type: "string" },
    json: { type: "boolean" }
  },
  async run(args, ctx) {
    const opt = (name) => optionalString(args, name);
    const train = opt("train");
    const target = opt("target");
    const positiveClass = opt("positive-class");
    const model = opt("model");
    const result = await initProject(
      {
        dir: resolve(ctx.cwd, opt("dir") ?? "."),
        force: args.values["force"] === true,
        ...train !== void 0 ? { train } : {},
        ...target !== void 0 ? { target } : {},
        ...positiveClass !== void 0 ? { positiveClass } : {},
        ...model !== void 0 ? { model } : {}
      },
      nodeInitFiles()
    );
    if (args.values["json"] === true) {
      ctx.stdout(`${JSON.stringify(result, null, 2)}
`);
      return EXIT.ok;
    }
    const lines = [`mergeml init: wrote ${result.written.length} files in ${result.dir}`, ...result.written.map((f) => `  ${f}`)];
    if (result.model) {
      lines.push("", `model ${result.model.name}: ${result.model.features} features; protected: ${result.model.protected.map((p) => `${p.column} (${p.basis})`).join(", ") || "none found \u2014 add them under protected:"}`);
    } else lines.push("", "No model yet: add one to mergeml.yaml (see the commented example) or rerun with --train.");
    lines.push("Next: review the files, then run `mergeml config check`.");
    ctx.stdout(`${lines.join("\n")}
`);
    return EXIT.ok;
  }
};

export {
  initCommand
};
