import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  runDrift
} from "./chunk-BXXCK5Y4.js";
import {
  writeOutputAtomic
} from "./chunk-IB7QBEVG.js";
import {
  DEFAULT_DRIFT_OPTIONS
} from "./chunk-EVRDFNHE.js";
import {
  loadPolicyFile
} from "./chunk-D2ZYJ4YV.js";
import {
  nodeConfigFiles
} from "./chunk-IBZLWYI3.js";
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

// src/cli/commands/drift.ts
import { resolve } from "node:path";

// src/core/drift/drift-options.ts
function driftOptionsFromPolicy(config) {
  if (!config) return DEFAULT_DRIFT_OPTIONS;
  return {
    stattest: config.stattest ?? "auto",
    driftShare: config.drift_share ?? 0.5,
    severity: config.severity ?? "warning",
    ...config.threshold !== void 0 ? { threshold: config.threshold } : {},
    ...config.columns ? { columns: config.columns } : {}
  };
}

// src/cli/commands/drift.ts
var NAME = "drift";
function list(args, name) {
  const v = args.values[name];
  const raw = Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
  return raw.flatMap((s) => s.split(",")).map((s) => s.trim()).filter((s) => s.length > 0);
}
var driftCommand = {
  name: NAME,
  summary: "compare current data with reference data: drift per column (PSI, KS, \u03C7\xB2, Z, Jensen\u2013Shannon, Wasserstein) and for the dataset",
  help: `Usage: mergeml drift --reference A --current B [--columns C1,C2] [--policy P] [--json OUT] [--markdown OUT]

Reads both files once each, in bounded memory, and tests every shared column with Evidently's default test
(by column type, reference size and distinct values) or the policy's. A column drifts when its p-value is at
or below (KS) / below (\u03C7\xB2, Z) the threshold, or its distance is at or above it; the dataset drifts when the
share of drifted columns reaches drift_share. See docs/drift.md.

Options:
  --reference A        the reference data (the data of the model in production), CSV or JSON Lines
  --current B          the current data
  --columns C1,C2      only these columns (repeatable or comma-separated); each must exist in both files
  --policy P           policy YAML whose drift: section sets tests, thresholds, drift_share and severity
  --null-value TEXT    cell text read as null; repeat for several (default: empty cells)
  --delimiter C        CSV delimiter (default ",")
  --format F           csv or jsonl (default from the extension)
  --json OUT           write the versioned JSON report; - for stdout
  --markdown OUT       write the markdown section for the PR comment; - for stdout

Exit codes: 0 no dataset drift (or drift with severity warning), 1 dataset drift with severity error
(reports written first), 2 bad input.
`,
  options: {
    reference: { type: "string" },
    current: { type: "string" },
    columns: { type: "string", multiple: true },
    policy: { type: "string" },
    "null-value": { type: "string", multiple: true },
    delimiter: { type: "string" },
    format: { type: "string" },
    json: { type: "string" },
    markdown: { type: "string" }
  },
  async run(args, ctx) {
    const reference = requireString(args, "reference", NAME);
    const current = requireString(args, "current", NAME);
    const format = optionalString(args, "format");
    if (format !== void 0 && format !== "csv" && format !== "jsonl") throw new UsageError(`mergeml ${NAME}: --format must be csv or jsonl, got ${JSON.stringify(format)}.`);
    const nulls = list(args, "null-value");
    const delimiter = optionalString(args, "delimiter");
    const read = {
      ...nulls.length > 0 ? { nullValues: args.values["null-value"] } : {},
      ...delimiter !== void 0 ? { delimiter } : {},
      ...format !== void 0 ? { format } : {}
    };
    const policyFile = optionalString(args, "policy");
    const policy = policyFile !== void 0 ? (await loadPolicyFile(resolve(ctx.cwd, policyFile), nodeConfigFiles(), ctx.cwd, [])).policy : void 0;
    const columns = list(args, "columns");
    const readerPath = (file) => resolve(process.cwd(), file) === resolve(ctx.cwd, file) ? file : resolve(ctx.cwd, file);
    const outcome = await runDrift(
      {
        reference: { path: readerPath(reference), file: reference },
        current: { path: readerPath(current), file: current },
        read,
        ...columns.length > 0 ? { columns } : {},
        drift: driftOptionsFromPolicy(policy?.drift)
      },
      { readBatches }
    );
    const json = optionalString(args, "json");
    const markdown = optionalString(args, "markdown");
    const emit = (target, text) => {
      if (target === void 0) return;
      if (target === "-") ctx.stdout(text);
      else writeOutputAtomic(resolve(ctx.cwd, target), text);
    };
    emit(json, `${JSON.stringify(outcome.report, null, 2)}
`);
    emit(markdown, `${outcome.markdown}
`);
    if (json !== "-" && markdown !== "-") ctx.stdout(outcome.text);
    else ctx.stderr(outcome.text);
    return outcome.report.failed ? EXIT.failed : EXIT.ok;
  }
};

export {
  driftCommand
};
