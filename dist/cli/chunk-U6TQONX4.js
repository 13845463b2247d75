import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));
import {
  loadRegistryPolicy,
  publishChange,
  requireAllowedStage
} from "./chunk-JMXOBL62.js";
import {
  actorOf,
  printJson,
  registryPorts,
  targetBranch
} from "./chunk-O4IL7M7M.js";
import {
  appendAuditEntry,
  auditTrailPath,
  formatStageTag,
  formatTagMessage,
  gatesPassed,
  nextAssignmentNumber,
  readAuditTrail,
  readVersionFiles,
  requireModel,
  requireVersion
} from "./chunk-QQEFSOSX.js";
import {
  EXIT
} from "./chunk-7BSCY73Z.js";
import {
  optionalString,
  requireString
} from "./chunk-5LA4UDSI.js";
import {
  CheckFailedError,
  UsageError
} from "./chunk-WXR2B6ZC.js";

// src/pipeline/promote.ts
async function assignStage(ports, request, event, pick) {
  requireAllowedStage(request.policy, request.stage);
  const { model, stage } = request;
  const outcome = await publishChange(ports, { branch: request.branch }, async ({ base, state }) => {
    const ms = requireModel(state, model);
    const version = await pick(ms);
    const v = requireVersion(ms, version);
    const current = ms.stages[stage];
    if (event === "assign" && current?.version === v.version) return { kind: "done", result: { version: v.version, previous: v.version, tag: current.tag } };
    const files = await readVersionFiles(ports.git, model, v.version, v.commit);
    if (!gatesPassed(files)) throw new CheckFailedError(`refusing to assign ${model} ${v.version} to ${stage}: the gates recorded for this version failed (registry/${model}/${v.version}/gates.json). Nothing was written.`);
    ports.afterStep?.("verified");
    const previous = ms.stages[stage]?.version ?? null;
    const number = nextAssignmentNumber(ms);
    const tag = formatStageTag(model, stage, number);
    const now = ports.clock.now();
    const trail = appendAuditEntry(await readAuditTrail(ports.git, model, base), {
      recorded_at: now,
      event: event === "rollback" ? "rolled_back" : "promoted",
      model,
      version: v.version,
      stage,
      commit: files.lineage.sourceCommit ?? v.commit,
      pull_request: files.lineage.pullRequest?.number ?? null,
      proposed_by: null,
      approved_by: [{ login: request.approver, at: now }],
      merged_by: null,
      decisions: []
    }, auditTrailPath(model));
    const meta = {
      schemaVersion: 1,
      kind: "mergeml.registry-event",
      event,
      model,
      version: v.version,
      stage,
      actor: request.actor,
      approver: request.approver,
      pullRequest: files.lineage.pullRequest,
      sourceCommit: files.lineage.sourceCommit,
      registrationKey: null,
      bump: null,
      rollbackOf: event === "rollback" ? previous : null,
      reason: request.reason ?? null
    };
    const subject = event === "rollback" ? `Roll back ${model} ${stage} from ${previous} to ${v.version}` : `Assign ${model} ${v.version} to ${stage}`;
    return {
      kind: "change",
      change: {
        files: [{ path: auditTrailPath(model), data: { bytes: new TextEncoder().encode(`${JSON.stringify(trail, null, 2)}
`) } }],
        tags: [{ name: tag, target: v.commit, message: formatTagMessage(subject, meta) }],
        commitMessage: `registry: ${subject.charAt(0).toLowerCase()}${subject.slice(1)}

Approved by ${request.approver}.${request.reason ? `
Reason: ${request.reason}` : ""}
`,
        result: { version: v.version, previous, tag }
      }
    };
  });
  return { schemaVersion: 1, kind: "mergeml.registry-stage", event, model, stage, ...outcome.result, created: outcome.published, commit: outcome.commit ?? null, attempts: outcome.attempts };
}
async function promote(ports, request) {
  return assignStage(ports, request, "assign", async (ms) => requireVersion(ms, request.version).version);
}

// src/cli/commands/registry-promote.ts
function approverOf(args, ctx, command) {
  const a = optionalString(args, "approver") || ctx.env["MERGEML_APPROVER"] || ctx.env["GITHUB_ACTOR"];
  if (!a) throw new UsageError(`mergeml ${command}: who approved it? Pass --approver LOGIN (or set MERGEML_APPROVER; GITHUB_ACTOR in a workflow).`);
  return a;
}
var registryPromoteCommand = {
  name: "registry promote",
  summary: "assign a registered version to a stage (new #stage#n tag + audit entry, with the approver)",
  help: `Usage: mergeml registry promote MODEL --version vX.Y.Z --stage NAME [--approver LOGIN] [--reason TEXT]
                                [--config mergeml.yaml] [--branch B] [--json]

Options:
  --version V       the registered version to assign
  --stage NAME      a stage listed in registry.stages of the project file
  --approver LOGIN  who approved (default MERGEML_APPROVER, then GITHUB_ACTOR)
  --reason TEXT     recorded in the tag metadata
  --json            JSON output (kind "mergeml.registry-stage", schemaVersion 1)

Exit codes: 0 assigned, 1 refused (the version's gates failed; nothing written), 2 usage/input error
(stage not allowed by policy, unknown model or version; nothing written).`,
  options: { version: { type: "string" }, stage: { type: "string" }, approver: { type: "string" }, reason: { type: "string" }, config: { type: "string" }, branch: { type: "string" }, json: { type: "boolean" } },
  positionals: { min: 1, max: 1 },
  async run(args, ctx) {
    const version = requireString(args, "version", this.name);
    const stage = requireString(args, "stage", this.name);
    const approver = approverOf(args, ctx, this.name);
    const policy = await loadRegistryPolicy(ctx.cwd, optionalString(args, "config"));
    const ports = await registryPorts(ctx);
    const reason = optionalString(args, "reason");
    const result = await promote(ports, { model: args.positionals[0], version, stage, policy, branch: await targetBranch(args, ports.git), actor: actorOf(ctx), approver, ...reason ? { reason } : {} });
    if (args.values["json"] === true) printJson(ctx, result);
    else if (!result.created) ctx.stdout(`${result.model} ${result.version} is already at ${result.stage} (${result.tag}); nothing to do
`);
    else ctx.stdout(`assigned ${result.model} ${result.version} to ${result.stage} (${result.tag}; was ${result.previous ?? "empty"})
`);
    return EXIT.ok;
  }
};

export {
  assignStage,
  approverOf,
  registryPromoteCommand
};
