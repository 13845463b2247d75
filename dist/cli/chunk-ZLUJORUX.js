import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  approverOf,
  assignStage
} from "./chunk-U6TQONX4.js";
import {
  loadRegistryPolicy
} from "./chunk-JMXOBL62.js";
import {
  actorOf,
  printJson,
  registryPorts,
  targetBranch
} from "./chunk-O4IL7M7M.js";
import {
  explicitRollbackProblem,
  gatesPassed,
  previousGoodVersion,
  readVersionFiles
} from "./chunk-QQEFSOSX.js";
import {
  EXIT
} from "./chunk-7BSCY73Z.js";
import {
  optionalString,
  requireString
} from "./chunk-5LA4UDSI.js";
import {
  InputError
} from "./chunk-WXR2B6ZC.js";

// src/pipeline/rollback.ts
async function rollback(ports, request) {
  return assignStage(ports, request, "rollback", async (ms) => {
    const current = ms.stages[request.stage];
    if (current === void 0) throw new InputError(`${request.model} has nothing at ${request.stage} to roll back`, [{ file: "git tags", message: `no current ${request.model}#${request.stage}#\u2026 assignment`, expected: "a stage with a current version" }]);
    const gates = (v) => readVersionFiles(ports.git, ms.model, v.version, v.commit).then(gatesPassed, () => false);
    if (request.version !== void 0) {
      const named = ms.versions.find((v) => v.version === request.version);
      const passed2 = named !== void 0 && await gates(named);
      const problem = explicitRollbackProblem(ms, request.stage, request.version, () => passed2);
      if (problem !== void 0) throw new InputError(`cannot roll ${request.model} ${request.stage} back to ${request.version}`, [{ file: current.tag, message: problem, expected: "a version that was at this stage before, is not there now and whose gates passed (nothing was written)" }]);
      return request.version;
    }
    const passed = /* @__PURE__ */ new Map();
    for (const v of ms.versions) passed.set(v.version, await gates(v));
    const target = previousGoodVersion(ms, request.stage, (v) => passed.get(v) === true);
    if (target === void 0) throw new InputError(`no earlier good version of ${request.model} was ever at ${request.stage}`, [{ file: current.tag, message: `${current.version} is the only version with a clean record at ${request.stage}`, expected: "an earlier assignment of a version whose gates passed (nothing was written)" }]);
    return target;
  });
}

// src/cli/commands/registry-rollback.ts
var registryRollbackCommand = {
  name: "registry rollback",
  summary: "reassign a stage to the previous good version (new #stage#n tag + audit entry)",
  help: `Usage: mergeml registry rollback MODEL --stage NAME [--version V] [--approver LOGIN] [--reason TEXT] [--config F] [--branch B] [--json]

The previous good version is the latest earlier version at that stage that was not itself rolled away
from and whose recorded gates passed. With --version, the stage goes back to that version instead: it must
have been at the stage before, must not be there now, and its recorded gates must have passed.

Options:
  --stage NAME      the stage to roll back (e.g. production)
  --version V       the version to roll back to (default: the previous good version)
  --approver LOGIN  who approved (default MERGEML_APPROVER, then GITHUB_ACTOR)
  --reason TEXT     recorded in the tag metadata
  --json            JSON output (kind "mergeml.registry-stage", event "rollback", schemaVersion 1)

Exit codes: 0 rolled back, 2 nothing to roll back to, a --version that does not qualify, unknown model, stage not
allowed (nothing written).`,
  options: { stage: { type: "string" }, version: { type: "string" }, approver: { type: "string" }, reason: { type: "string" }, config: { type: "string" }, branch: { type: "string" }, json: { type: "boolean" } },
  positionals: { min: 1, max: 1 },
  async run(args, ctx) {
    const stage = requireString(args, "stage", this.name);
    const approver = approverOf(args, ctx, this.name);
    const policy = await loadRegistryPolicy(ctx.cwd, optionalString(args, "config"));
    const ports = await registryPorts(ctx);
    const reason = optionalString(args, "reason");
    const version = optionalString(args, "version");
    const result = await rollback(ports, { model: args.positionals[0], stage, policy, branch: await targetBranch(args, ports.git), actor: actorOf(ctx), approver, ...reason ? { reason } : {}, ...version ? { version } : {} });
    if (args.values["json"] === true) printJson(ctx, result);
    else ctx.stdout(`rolled back ${result.model} ${result.stage} from ${result.previous ?? "-"} to ${result.version} (${result.tag})
`);
    return EXIT.ok;
  }
};

export {
  registryRollbackCommand
};
