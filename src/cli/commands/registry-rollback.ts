import { loadRegistryPolicy } from '../../pipeline/registry-policy.js';
import { rollback } from '../../pipeline/rollback.js';
import { optionalString, requireString, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { actorOf, printJson, registryPorts, targetBranch } from './registry-common.js';
import { approverOf } from './registry-promote.js';

export const registryRollbackCommand: Command = {
  name: 'registry rollback',
  summary: 'reassign a stage to the previous good version (new #stage#n tag + audit entry)',
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
  options: { stage: { type: 'string' }, version: { type: 'string' }, approver: { type: 'string' }, reason: { type: 'string' }, config: { type: 'string' }, branch: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run(args, ctx) {
    const stage = requireString(args, 'stage', this.name);
    const approver = approverOf(args, ctx, this.name);
    const policy = await loadRegistryPolicy(ctx.cwd, optionalString(args, 'config'));
    const ports = await registryPorts(ctx);
    const reason = optionalString(args, 'reason');
    const version = optionalString(args, 'version');
    const result = await rollback(ports, { model: args.positionals[0] as string, stage, policy, branch: await targetBranch(args, ports.git), actor: actorOf(ctx), approver, ...(reason ? { reason } : {}), ...(version ? { version } : {}) });
    if (args.values['json'] === true) printJson(ctx, result);
    else ctx.stdout(`rolled back ${result.model} ${result.stage} from ${result.previous ?? '-'} to ${result.version} (${result.tag})\n`);
    return EXIT.ok;
  },
};
