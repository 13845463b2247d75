import { listRegistry } from '../../pipeline/registry-query.js';
import { openRegistryGit } from '../../adapters/git/registry-git.js';
import { optionalString, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { printJson, textTable } from './registry-common.js';

export const registryListCommand: Command = {
  name: 'registry list',
  summary: 'list registered models, their versions and what is at each stage (offline, from git tags)',
  help: `Usage: mergeml registry list [--model NAME] [--json]

Reads the GTO-compatible tags of this clone (no network). Tags that do not parse are listed as problems.
See docs/registry.md.

Options:
  --model NAME   only this model
  --json         JSON output (kind "mergeml.registry-list", schemaVersion 1)

Exit codes: 0 listed (tags that do not parse are warnings), 2 usage error or not a git repository.`,
  options: { model: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, ctx) {
    const result = await listRegistry(await openRegistryGit(ctx.cwd, ctx.env), optionalString(args, 'model'));
    if (args.values['json'] === true) printJson(ctx, result);
    else {
      ctx.stdout(textTable(['model', 'latest', 'versions', 'stages'], result.models.map((m) => [m.model, m.latest ?? '-', String(m.versions.length), Object.entries(m.stages).map(([s, v]) => `${s}=${v}`).join(' ') || '-'])));
      for (const p of result.problems) ctx.stderr(`warning: tag ${p.tag}: ${p.message}\n`);
    }
    return EXIT.ok;
  },
};
