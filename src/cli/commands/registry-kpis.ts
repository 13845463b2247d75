import { UsageError } from '../../core/errors.js';
import { openRegistryGit } from '../../adapters/git/registry-git.js';
import { registryKpis } from '../../pipeline/registry-query.js';
import { optionalString, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { printJson, textTable } from './registry-common.js';

export const registryKpisCommand: Command = {
  name: 'registry kpis',
  summary: 'deployment frequency, lead time, change-failure rate and time to restore, from git history',
  help: `Usage: mergeml registry kpis [--model NAME] [--stage production] [--as-of ISO] [--json]

Options:
  --model NAME   only this model
  --stage NAME   the stage that counts as a deployment (default production)
  --as-of ISO    end of the frequency window (default: the model's latest registry event)
  --json         JSON output (kind "mergeml.registry-kpis", schemaVersion 1)

Exit codes: 0 computed, 2 unknown model, bad --as-of, or not a git repository.`,
  options: { model: { type: 'string' }, stage: { type: 'string' }, 'as-of': { type: 'string' }, json: { type: 'boolean' } },
  async run(args, ctx) {
    const asOf = optionalString(args, 'as-of');
    if (asOf !== undefined && Number.isNaN(Date.parse(asOf))) throw new UsageError(`mergeml registry kpis: --as-of ${JSON.stringify(asOf)} is not an ISO-8601 time.`);
    const model = optionalString(args, 'model');
    const result = await registryKpis(await openRegistryGit(ctx.cwd, ctx.env), { stage: optionalString(args, 'stage') ?? 'production', ...(model ? { model } : {}), ...(asOf ? { asOf } : {}) });
    if (args.values['json'] === true) printJson(ctx, result);
    else {
      const n = (v: number | null, d = 2) => (v === null ? 'n/a' : v.toFixed(d));
      ctx.stdout(textTable(['model', 'deployments', 'per week', 'lead time h (median)', 'change-failure rate', 'time to restore h (median)'], result.models.map((m) => [m.model, String(m.deployments), n(m.deploymentsPerWeek), n(m.leadTimeHours.median), n(m.changeFailureRate), n(m.timeToRestoreHours.median)])));
    }
    return EXIT.ok;
  },
};
