import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  UsageError
} from "./chunk-WXR2B6ZC.js";

// src/core/did-you-mean.ts
function editDistance(a, b) {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
function suggest(input, candidates) {
  const needle = input.toLowerCase();
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(needle, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === void 0) return void 0;
  const limit = Math.max(2, Math.floor(Math.max(input.length, best.length) / 3));
  return bestDistance <= limit ? best : void 0;
}

// src/cli/command.ts
import { parseArgs } from "node:util";
function parseCommandArgs(command, argv) {
  const options = { ...command.options, help: { type: "boolean", short: "h" } };
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    if (unknown !== void 0) {
      const hint = suggest(unknown.replace(/^-+/, ""), Object.keys(options));
      throw new UsageError(
        `mergeml ${command.name}: unknown option ${unknown}${hint ? ` (did you mean --${hint}?)` : ""}. Run \`mergeml ${command.name} --help\`.`
      );
    }
    throw new UsageError(`mergeml ${command.name}: ${message.replace(/\. To specify.*$/s, "")}. Run \`mergeml ${command.name} --help\`.`, { cause: error });
  }
  const positionals = parsed.positionals;
  const bounds = command.positionals ?? { min: 0, max: 0 };
  if (!parsed.values["help"] && (positionals.length < bounds.min || positionals.length > bounds.max)) {
    const extra = positionals.length > bounds.max ? `unexpected argument '${positionals[bounds.max]}'` : "missing argument";
    throw new UsageError(`mergeml ${command.name}: ${extra}. Run \`mergeml ${command.name} --help\`.`);
  }
  return { values: parsed.values, positionals };
}
function requireString(args, name, command) {
  const value = args.values[name];
  if (typeof value !== "string" || value.length === 0) {
    throw new UsageError(`mergeml ${command}: --${name} is required. Run \`mergeml ${command} --help\`.`);
  }
  return value;
}
function optionalString(args, name) {
  const value = args.values[name];
  return typeof value === "string" ? value : void 0;
}

export {
  suggest,
  parseCommandArgs,
  requireString,
  optionalString
};
