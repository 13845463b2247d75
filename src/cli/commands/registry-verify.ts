import { resolve } from 'node:path';
import { verifyRegistry } from '../../pipeline/registry-verify.js';
import { openRegistryGit } from '../../adapters/git/registry-git.js';
import { optionalString, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { printJson } from './registry-common.js';

export const registryVerifyCommand: Command = {
  name: 'registry verify',
  summary: 'check every artifact against its sha256 in the manifest, and tags against registry folders',
  help: `Usage: mergeml registry verify [--model NAME] [--rev REV] [--assets DIR] [--json]

Checks, at REV (default HEAD): every committed artifact's sha256 against its version's manifest; release
assets in DIR when given; registry folders without their version tag; version tags without their folder;
tags that do not parse; the audit trail's hash chain. Works offline.

Options:
  --model NAME   only this model
  --rev REV      revision to check (default HEAD)
  --assets DIR   folder with downloaded release assets to check too
  --json         JSON output (kind "mergeml.registry-verify", schemaVersion 1)

Exit codes: 0 all verified, 1 a problem was found (each named), 2 usage or input error.`,
  options: { model: { type: 'string' }, rev: { type: 'string' }, assets: { type: 'string' }, json: { type: 'boolean' } },
  async run(args, ctx) {
    const assets = optionalString(args, 'assets');
    const model = optionalString(args, 'model');
    const report = await verifyRegistry(await openRegistryGit(ctx.cwd, ctx.env), { revision: optionalString(args, 'rev') ?? 'HEAD', ...(model ? { model } : {}), ...(assets ? { assetsDir: resolve(ctx.cwd, assets) } : {}) });
    if (args.values['json'] === true) printJson(ctx, report);
    else {
      for (const p of report.problems) ctx.stdout(`❌ ${p.file}: ${p.message}\n`);
      ctx.stdout(`${report.ok ? '✅' : '❌'} ${report.checkedFiles} files checked, ${report.problems.length} problems, ${report.skipped.length} not checked (see --json: release assets need --assets DIR)\n`);
    }
    return report.ok ? EXIT.ok : EXIT.failed;
  },
};
