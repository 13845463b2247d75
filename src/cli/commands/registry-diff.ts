import { diffRegistry } from '../../pipeline/registry-query.js';
import { openRegistryGit } from '../../adapters/git/registry-git.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { printJson, textTable } from './registry-common.js';

export const registryDiffCommand: Command = {
  name: 'registry diff',
  summary: 'what changed between two versions: metrics, data sha256, config, input schema, files',
  help: `Usage: mergeml registry diff MODEL FROM TO [--json]

Options:
  --json   JSON output (kind "mergeml.registry-diff", schemaVersion 1)

Exit codes: 0 shown, 2 unknown model or version, or an unreadable record.`,
  options: { json: { type: 'boolean' } },
  positionals: { min: 3, max: 3 },
  async run(args, ctx) {
    const [model, from, to] = args.positionals as [string, string, string];
    const d = await diffRegistry(await openRegistryGit(ctx.cwd, ctx.env), model, from, to);
    if (args.values['json'] === true) printJson(ctx, d);
    else {
      const n = (v: number | null) => (v === null ? 'n/a' : String(Number(v.toPrecision(6))));
      ctx.stdout(`${model} ${d.from} → ${d.to}\n\n`);
      ctx.stdout(textTable(['metric', d.from, d.to, 'change'], d.metrics.map((m) => [m.metric, n(m.from), n(m.to), m.change === null ? 'n/a' : `${m.change >= 0 ? '+' : ''}${n(m.change)}`])));
      ctx.stdout(`\n${textTable(['data', 'changed'], d.data.map((x) => [x.role, x.changed ? 'yes' : 'no']))}`);
      ctx.stdout(`\nconfig changed: ${d.config.changed ? 'yes' : 'no'}; input schema changed: ${d.inputSchemaChanged ? 'yes' : 'no'}\n`);
      ctx.stdout(`\n${textTable(['file', 'status'], d.files.map((f) => [f.path, f.status]))}`);
    }
    return EXIT.ok;
  },
};
