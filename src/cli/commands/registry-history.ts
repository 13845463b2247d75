import { registryHistory } from '../../pipeline/registry-query.js';
import { openRegistryGit } from '../../adapters/git/registry-git.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { printJson, textTable } from './registry-common.js';

export const registryHistoryCommand: Command = {
  name: 'registry history',
  summary: 'how models got where they are: every registration, stage assignment and rollback, in order',
  help: `Usage: mergeml registry history [MODEL] [--json]

Options:
  --json   JSON output (kind "mergeml.registry-history", schemaVersion 1)

Exit codes: 0 shown, 2 unknown model or not a git repository.`,
  options: { json: { type: 'boolean' } },
  positionals: { min: 0, max: 1 },
  async run(args, ctx) {
    const result = await registryHistory(await openRegistryGit(ctx.cwd, ctx.env), args.positionals[0]);
    if (args.values['json'] === true) printJson(ctx, result);
    else ctx.stdout(textTable(['time', 'event', 'model', 'version', 'stage', 'by', 'approver'], result.events.map((e) => [e.at ?? '-', e.event, e.model, e.version ?? '-', e.stage ?? '-', e.author ?? '-', e.approver ?? '-'])));
    return EXIT.ok;
  },
};
