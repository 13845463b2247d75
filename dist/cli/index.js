import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  VERSION
} from "./chunk-7QMZ6MPZ.js";
import {
  EXIT,
  describeFailure
} from "./chunk-7BSCY73Z.js";
import {
  parseCommandArgs,
  suggest
} from "./chunk-5LA4UDSI.js";
import {
  UsageError
} from "./chunk-WXR2B6ZC.js";

// src/cli/main.ts
function findCommand(commands, argv2) {
  let best;
  for (const command of commands) {
    const words = command.name.split(" ");
    if (words.every((w, i) => argv2[i] === w) && (!best || words.length > best.command.name.split(" ").length)) {
      best = { command, rest: argv2.slice(words.length) };
    }
  }
  return best;
}
function overview(commands) {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `mergeml ${VERSION}: the machine-learning lifecycle through pull requests.`,
    "",
    "Usage: mergeml <command> [options]",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Options:",
    "  -h, --help     show help (also `mergeml <command> --help`)",
    "  -V, --version  print the version",
    "",
    "Exit codes: 0 ok, 1 a check or gate failed, 2 usage/input/config error, 70 internal error.",
    ""
  ].join("\n");
}
function groupHelp(prefix, commands) {
  const members = commands.filter((c) => c.name.startsWith(`${prefix} `));
  if (members.length === 0) return void 0;
  const width = Math.max(...members.map((c) => c.name.length));
  return [`Usage: mergeml ${prefix} <command> [options]`, "", ...members.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`), ""].join("\n");
}
async function main(argv2, ctx, commands) {
  try {
    const first = argv2[0];
    if (first === void 0 || first === "--help" || first === "-h" || first === "help") {
      const target = first === "help" ? argv2.slice(1) : [];
      if (target.length > 0) return await main([...target, "--help"], ctx, commands);
      ctx.stdout(overview(commands));
      return first === void 0 ? EXIT.usage : EXIT.ok;
    }
    if (first === "--version" || first === "-V") {
      ctx.stdout(`${VERSION}
`);
      return EXIT.ok;
    }
    const found = findCommand(commands, argv2);
    if (!found) {
      const group = groupHelp(first, commands);
      if (group !== void 0) {
        const sub = argv2[1];
        if (sub === void 0 || sub === "--help" || sub === "-h") {
          ctx.stdout(group);
          return sub === void 0 ? EXIT.usage : EXIT.ok;
        }
        const names = commands.filter((c) => c.name.startsWith(`${first} `)).map((c) => c.name.split(" ")[1] ?? "");
        const hint2 = suggest(sub, names);
        throw new UsageError(`unknown command 'mergeml ${first} ${sub}'${hint2 ? ` (did you mean 'mergeml ${first} ${hint2}'?)` : ""}. Run \`mergeml ${first} --help\`.`);
      }
      const hint = suggest(first, new Set(commands.map((c) => c.name.split(" ")[0] ?? "")));
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

// src/cli/commands/lazy.ts
var commandLoaders = /* @__PURE__ */ new Map([
  ["config check", async () => (await import("./chunk-6G4WJPIU.js")).configCheckCommand],
  ["drift", async () => (await import("./chunk-5244MZWJ.js")).driftCommand],
  ["evaluate", async () => (await import("./chunk-IQ6XBGLB.js")).evaluateCommand],
  ["fairness", async () => (await import("./chunk-FT3LCWZR.js")).fairnessCommand],
  ["gate", async () => (await import("./chunk-6JNIP3S2.js")).gateCommand],
  ["init", async () => (await import("./chunk-BBSA27ZA.js")).initCommand],
  ["metrics", async () => (await import("./chunk-UTVOUJPB.js")).metricsCommand],
  ["model-card", async () => (await import("./chunk-ZRHCHLII.js")).modelCardCommand],
  ["monitor", async () => (await import("./chunk-MXCGJON7.js")).monitorCommand],
  ["plan", async () => (await import("./chunk-HQTS5SD6.js")).planCommand],
  ["predict", async () => (await import("./chunk-SMI5NSUM.js")).predictCommand],
  ["profile", async () => (await import("./chunk-DJ677KQA.js")).profileCommand],
  ["registry diff", async () => (await import("./chunk-YH7RUZIQ.js")).registryDiffCommand],
  ["registry history", async () => (await import("./chunk-2KL6DRRI.js")).registryHistoryCommand],
  ["registry kpis", async () => (await import("./chunk-XIO3PYZP.js")).registryKpisCommand],
  ["registry list", async () => (await import("./chunk-XEL4UDP5.js")).registryListCommand],
  ["registry promote", async () => (await import("./chunk-Z6UKGDD4.js")).registryPromoteCommand],
  ["registry pull", async () => (await import("./chunk-2P5TU6UZ.js")).registryPullCommand],
  ["registry register", async () => (await import("./chunk-C7BSMQJH.js")).registryRegisterCommand],
  ["registry rollback", async () => (await import("./chunk-FWXSLWYH.js")).registryRollbackCommand],
  ["registry show", async () => (await import("./chunk-VG3ETHSF.js")).registryShowCommand],
  ["registry verify", async () => (await import("./chunk-HIGTN6ZB.js")).registryVerifyCommand],
  ["run", async () => (await import("./chunk-HNCPZSLE.js")).runCommand],
  ["schema infer", async () => (await import("./chunk-AEA6EDGL.js")).schemaInferCommand],
  ["train", async () => (await import("./chunk-3X53UNGX.js")).trainCommand],
  ["validate", async () => (await import("./chunk-DPYPOWTT.js")).validateCommand]
]);
async function commandsFor(argv2) {
  const load = (argv2.length >= 2 ? commandLoaders.get(`${argv2[0]} ${argv2[1]}`) : void 0) ?? commandLoaders.get(argv2[0] ?? "");
  if (load !== void 0) return [await load()];
  return (await import("./chunk-C65FOGMK.js")).commands;
}

// src/cli/bin.ts
var argv = process.argv.slice(2);
var code = await main(argv, {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interactive: process.stderr.isTTY === true
}, await commandsFor(argv));
process.exitCode = code;
