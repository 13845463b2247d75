import { createRequire as __mergemlCreateRequire } from 'node:module';
const require = __mergemlCreateRequire(import.meta.url);

// src/core/errors.ts
var MergemlError = class extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = new.target.name;
  }
};
var UsageError = class extends MergemlError {
  kind = "usage";
};

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

// src/cli/exit-codes.ts
var EXIT = Object.freeze({ ok: 0, failed: 1, usage: 2, internal: 70 });
var ISSUE_URL = "https://github.com/mergeml/mergeml/issues";
function describeFailure(error) {
  if (error instanceof MergemlError) {
    switch (error.kind) {
      case "usage":
      case "input":
      case "config":
        return { exitCode: EXIT.usage, message: `error: ${error.message}` };
      case "check":
        return { exitCode: EXIT.failed, message: error.message };
      case "internal":
        break;
    }
  }
  const detail = error instanceof Error ? error.stack ?? error.message : String(error);
  return {
    exitCode: EXIT.internal,
    message: `internal error: this is a bug in MergeML. Please open an issue at ${ISSUE_URL} with the output below.
${detail}`
  };
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

// src/cli/commands/index.ts
var commands = [];

// package.json
var package_default = {
  name: "mergeml",
  version: "0.1.0",
  description: "Run the machine-learning lifecycle through pull requests: the repository is the model registry.",
  license: "MIT",
  type: "module",
  engines: {
    node: ">=20"
  },
  bin: {
    mergeml: "bin/mergeml.js"
  },
  files: [
    "bin",
    "dist",
    "policies",
    "actions",
    "reusable",
    "workflows"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc -p tsconfig.json --noEmit",
    test: "node scripts/run-tests.mjs",
    start: "node bin/mergeml.js start",
    bench: "node --import tsx bench/run.ts",
    schema: "node --import tsx scripts/generate-schema.ts",
    "check:generated": "node scripts/check-generated.mjs"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/rest": "^22.0.1",
    "@tensorflow/tfjs": "^4.22.0",
    "@tensorflow/tfjs-backend-wasm": "^4.22.0",
    "js-yaml": "^5.5.0",
    "markdown-table": "^3.0.4",
    zod: "^4.6.7"
  },
  peerDependencies: {
    "@tensorflow/tfjs-node": "^4.22.0",
    "@tensorflow/tfjs-node-gpu": "^4.22.0"
  },
  peerDependenciesMeta: {
    "@tensorflow/tfjs-node": {
      optional: true
    },
    "@tensorflow/tfjs-node-gpu": {
      optional: true
    }
  },
  devDependencies: {
    "@actions/workflow-parser": "^0.3.61",
    "@duckdb/node-api": "1.5.6-r.1",
    "@octokit/openapi": "^23.0.2",
    "@types/node": "^20.19.0",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    esbuild: "^0.28.2",
    "fast-check": "^4.10.2",
    tsx: "^4.23.15",
    typescript: "~5.9.3"
  }
};

// src/cli/version.ts
var VERSION = package_default.version;

// src/cli/main.ts
function findCommand(commands2, argv) {
  let best;
  for (const command of commands2) {
    const words = command.name.split(" ");
    if (words.every((w, i) => argv[i] === w) && (!best || words.length > best.command.name.split(" ").length)) {
      best = { command, rest: argv.slice(words.length) };
    }
  }
  return best;
}
function overview(commands2) {
  const width = Math.max(...commands2.map((c) => c.name.length));
  return [
    `mergeml ${VERSION}: the machine-learning lifecycle through pull requests.`,
    "",
    "Usage: mergeml <command> [options]",
    "",
    "Commands:",
    ...commands2.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Options:",
    "  -h, --help     show help (also `mergeml <command> --help`)",
    "  -V, --version  print the version",
    "",
    "Exit codes: 0 ok, 1 a check or gate failed, 2 usage/input/config error, 70 internal error.",
    ""
  ].join("\n");
}
function groupHelp(prefix, commands2) {
  const members = commands2.filter((c) => c.name.startsWith(`${prefix} `));
  if (members.length === 0) return void 0;
  const width = Math.max(...members.map((c) => c.name.length));
  return [`Usage: mergeml ${prefix} <command> [options]`, "", ...members.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`), ""].join("\n");
}
async function main(argv, ctx, commands2 = commands) {
  try {
    const first = argv[0];
    if (first === void 0 || first === "--help" || first === "-h" || first === "help") {
      const target = first === "help" ? argv.slice(1) : [];
      if (target.length > 0) return await main([...target, "--help"], ctx, commands2);
      ctx.stdout(overview(commands2));
      return first === void 0 ? EXIT.usage : EXIT.ok;
    }
    if (first === "--version" || first === "-V") {
      ctx.stdout(`${VERSION}
`);
      return EXIT.ok;
    }
    const found = findCommand(commands2, argv);
    if (!found) {
      const group = groupHelp(first, commands2);
      if (group !== void 0) {
        const sub = argv[1];
        if (sub === void 0 || sub === "--help" || sub === "-h") {
          ctx.stdout(group);
          return sub === void 0 ? EXIT.usage : EXIT.ok;
        }
        const names = commands2.filter((c) => c.name.startsWith(`${first} `)).map((c) => c.name.split(" ")[1] ?? "");
        const hint2 = suggest(sub, names);
        throw new UsageError(`unknown command 'mergeml ${first} ${sub}'${hint2 ? ` (did you mean 'mergeml ${first} ${hint2}'?)` : ""}. Run \`mergeml ${first} --help\`.`);
      }
      const hint = suggest(first, new Set(commands2.map((c) => c.name.split(" ")[0] ?? "")));
      throw new UsageError(`unknown command '${first}'${hint ? ` (did you mean '${hint}'?)` : ""}. Run \`mergeml --help\`.`);
    }
    const args = parseCommandArgs(found.command, found.rest);
    if (args.values["help"] === true) {
      ctx.stdout(`${found.command.help.trimEnd()}
`);
      return EXIT.ok;
    }
    return await found.command.run(args, ctx);
  } catch (error) {
    const { exitCode, message } = describeFailure(error);
    ctx.stderr(`${message}
`);
    return exitCode;
  }
}

// src/cli/bin.ts
var code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interactive: process.stderr.isTTY === true
});
process.exitCode = code;
