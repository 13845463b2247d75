import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  prewarmParallelPass,
  runParallelPass
} from "./chunk-YWIMBLPT.js";
import {
  optionalString,
  requireString
} from "./chunk-5LA4UDSI.js";
import {
  UsageError
} from "./chunk-WXR2B6ZC.js";

// src/cli/commands/profile.ts
import { renameSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

// src/core/profile/format-number.ts
function formatStat(value) {
  if (value === null || value === void 0) return "\u2013";
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  if (!Number.isFinite(value)) return String(value);
  const text = value.toPrecision(6);
  return text.includes("e") ? text : text.replace(/\.?0+$/, "");
}

// src/core/profile/render-table.ts
function renderProfileTable(profile) {
  const head = ["column", "type", "count", "nulls", "distinct", "min", "p50", "max", "mean", "std", "top"];
  const rows = profile.columns.map((c) => {
    const n = c.numeric;
    const top = (c.text?.top ?? []).slice(0, 3).map((t) => `${JSON.stringify(t.value)}:${t.count}`).join(" ");
    return [
      c.name,
      c.type + (n && n.nonFinite > 0 ? `(${n.nonFinite} non-finite)` : ""),
      String(c.count),
      String(c.nulls),
      (c.distinctExact ? "" : "~") + String(c.distinct),
      formatStat(n?.min),
      formatStat(n?.quantiles.p50),
      formatStat(n?.max),
      formatStat(n?.mean),
      formatStat(n?.std),
      top
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const fmt = (r) => r.map((cell, i) => i >= 2 && i <= 9 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return `${profile.file}: ${profile.rows} rows, ${profile.columns.length} columns

${[fmt(head), ...rows.map(fmt)].join("\n")}
`;
}

// src/adapters/data/parallel-profile.ts
import { availableParallelism } from "node:os";
async function profileFile(path, options = {}, threads = availableParallelism(), minPartBytes) {
  const pass = await runParallelPass(path, options, [{ kind: "profile" }], { threads, reuseBatches: true, ...minPartBytes !== void 0 ? { minPartBytes } : {} });
  return pass.results[0];
}

// src/pipeline/profile.ts
async function profileData(request, profiler = profileFile) {
  return profiler(request.data, request.read ?? {}, request.threads);
}

// src/cli/commands/profile.ts
function positiveInt(value, flag) {
  if (value === void 0) return void 0;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`mergeml profile: --${flag} must be a positive integer, got ${JSON.stringify(value)}`);
  return Number(value);
}
var profileCommand = {
  name: "profile",
  summary: "Profile a CSV or JSON Lines file: types, nulls, distinct counts, statistics, quantiles, top values",
  help: `Usage: mergeml profile --data FILE [--json OUT] [--delimiter ,] [--null NA ...]

Reads FILE once (in bounded memory, on every core for large CSV files) and prints one row per column.

Options:
  --data FILE               the CSV or JSON Lines (.jsonl, .ndjson) file to profile (required)
  --json OUT                also write the versioned JSON profile to OUT (\`-\` prints it instead of the table)
  --delimiter C             CSV field delimiter (default ","; "tab" for TSV)
  --null TOKEN              a cell text that means missing; repeat for several (default: only empty cells)
  --format csv|jsonl        override the format guessed from the extension
  --max-record-bytes N      largest record accepted (default 16777216 = 16 MiB)
  --threads N               threads to use (default: one per core)

Exit codes: 0 profiled, 2 the file cannot be read (the message names file:line). See docs/profile.md.
`,
  options: {
    data: { type: "string" },
    json: { type: "string" },
    delimiter: { type: "string" },
    null: { type: "string", multiple: true },
    format: { type: "string" },
    "max-record-bytes": { type: "string" },
    threads: { type: "string" }
  },
  async run(args, ctx) {
    const data = requireString(args, "data", "profile");
    const format = optionalString(args, "format");
    if (format !== void 0 && format !== "csv" && format !== "jsonl") throw new UsageError(`mergeml profile: --format must be csv or jsonl, got ${JSON.stringify(format)}`);
    const nulls = args.values["null"];
    const maxRecordBytes = positiveInt(optionalString(args, "max-record-bytes"), "max-record-bytes");
    const threads = positiveInt(optionalString(args, "threads"), "threads");
    const delimiter = optionalString(args, "delimiter");
    prewarmParallelPass(resolve(ctx.cwd, data), { ...threads !== void 0 ? { threads } : {}, ...format !== void 0 ? { format } : {} });
    const profile = await profileData({
      data: resolve(ctx.cwd, data),
      read: {
        ...format !== void 0 ? { format } : {},
        ...delimiter !== void 0 ? { delimiter } : {},
        ...Array.isArray(nulls) ? { nullValues: nulls.map(String) } : {},
        ...maxRecordBytes !== void 0 ? { maxRecordBytes } : {}
      },
      ...threads !== void 0 ? { threads } : {}
    }).catch((error) => {
      throw relabel(error, resolve(ctx.cwd, data), data);
    });
    const shown = { ...profile, file: data };
    const json = `${JSON.stringify(shown, null, 2)}
`;
    const out = optionalString(args, "json");
    if (out === "-") ctx.stdout(json);
    else {
      if (out !== void 0) {
        const target = resolve(ctx.cwd, out);
        const tmp = `${target}.${process.pid}.tmp`;
        writeFileSync(tmp, json);
        renameSync(tmp, target);
      }
      ctx.stdout(renderProfileTable(shown));
    }
    return 0;
  }
};
function relabel(error, absolute, typed) {
  if (error instanceof Error && absolute !== typed) {
    error.message = error.message.split(absolute).join(typed);
    const problems = error.problems;
    if (Array.isArray(problems)) {
      for (const p of problems) if (p.file === absolute) p.file = typed;
    }
  }
  return error;
}

export {
  profileCommand
};
