import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  openRegistryGit
} from "./chunk-QQEFSOSX.js";
import {
  optionalString
} from "./chunk-5LA4UDSI.js";
import {
  UsageError
} from "./chunk-WXR2B6ZC.js";

// src/pipeline/registry-ports.ts
var PUBLISH_STEPS = ["verified", "planned", "committed", "tagged", "pushed", "released", "commented"];

// src/cli/commands/registry-common.ts
async function registryPorts(ctx) {
  const git = await openRegistryGit(ctx.cwd, ctx.env);
  const crashAfter = ctx.env["MERGEML_TEST_CRASH_AFTER"];
  if (crashAfter !== void 0 && crashAfter !== "" && !PUBLISH_STEPS.includes(crashAfter)) {
    throw new UsageError(`MERGEML_TEST_CRASH_AFTER=${crashAfter} names no step (expected one of ${PUBLISH_STEPS.join(", ")})`);
  }
  return {
    git,
    clock: { now: () => (/* @__PURE__ */ new Date()).toISOString() },
    // SIGKILL, not an exception: a crash runs no cleanup, which is what the crash-safety tests need.
    afterStep: (step) => {
      if (step === crashAfter) process.kill(process.pid, "SIGKILL");
    },
    log: (line) => ctx.stderr(`${line}
`)
  };
}
async function targetBranch(args, git) {
  return optionalString(args, "branch") ?? await git.currentBranch() ?? "main";
}
function actorOf(ctx) {
  return ctx.env["GITHUB_ACTOR"] || ctx.env["GIT_COMMITTER_NAME"] || null;
}
function printJson(ctx, value) {
  ctx.stdout(`${JSON.stringify(value, null, 2)}
`);
}
function textTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return `${[line(header), ...rows.map(line)].join("\n")}
`;
}

export {
  registryPorts,
  targetBranch,
  actorOf,
  printJson,
  textTable
};
