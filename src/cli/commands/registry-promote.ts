import { UsageError } from '../../core/errors.js';
import { loadRegistryPolicy } from '../../pipeline/registry-policy.js';
import { promote } from '../../pipeline/promote.js';
import { optionalString, requireString, type Command, type CliContext, type ParsedArgs } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { actorOf, printJson, registryPorts, targetBranch } from './registry-common.js';

/** --approver, else MERGEML_APPROVER, else GITHUB_ACTOR (the Environment reviewer's run); required. */
export function approverOf(args: ParsedArgs, ctx: CliContext, command: string): string {
  const a = optionalString(args, 'approver') || ctx.env['MERGEML_APPROVER'] || ctx.env['GITHUB_ACTOR'];
  if (!a) throw new UsageError(`mergeml ${command}: who approved it? Pass --approver LOGIN (or set MERGEML_APPROVER; GITHUB_ACTOR in a workflow).`);
  return a;
}

export const registryPromoteCommand: Command = {
  name: 'registry promote',
  summary: 'assign a registered version to a stage (new #stage#n tag + audit entry, with the approver)',
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
  options: { version: { type: 'string' }, stage: { type: 'string' }, approver: { type: 'string' }, reason: { type: 'string' }, config: { type: 'string' }, branch: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run(args, ctx) {
    const version = requireString(args, 'version', this.name);
    const stage = requireString(args, 'stage', this.name);
    const approver = approverOf(args, ctx, this.name);
    const policy = await loadRegistryPolicy(ctx.cwd, optionalString(args, 'config'));
    const ports = await registryPorts(ctx);
    const reason = optionalString(args, 'reason');
    const result = await promote(ports, { model: args.positionals[0] as string, version, stage, policy, branch: await targetBranch(args, ports.git), actor: actorOf(ctx), approver, ...(reason ? { reason } : {}) });
    if (args.values['json'] === true) printJson(ctx, result);
    else if (!result.created) ctx.stdout(`${result.model} ${result.version} is already at ${result.stage} (${result.tag}); nothing to do\n`);
    else ctx.stdout(`assigned ${result.model} ${result.version} to ${result.stage} (${result.tag}; was ${result.previous ?? 'empty'})\n`);
    return EXIT.ok;
  },
};
