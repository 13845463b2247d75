import { relative, resolve } from 'node:path';
import { nodeConfigFiles } from '../../adapters/config/node-config-files.js';
import { readBatches } from '../../adapters/data/read-batches.js';
import { apiUrlFromEnv, createGitHubClient } from '../../adapters/github/github-client.js';
import { UsageError } from '../../core/errors.js';
import { loadProject } from '../../pipeline/load-project.js';
import { monitor } from '../../pipeline/monitor.js';
import { optionalString, requireString, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';

export const monitorCommand: Command = {
  name: 'monitor',
  summary: 'drift of new data against the production reference → one GitHub issue per model (and a retraining PR)',
  help: `Usage: mergeml monitor --model NAME --current FILE --repo OWNER/NAME [--config mergeml.yaml] [--reference FILE]
                       [--retrain-branch BRANCH --base BRANCH] [--bot-login LOGIN] [--json]

Measures drift of FILE against the model's reference data (the data of the model in production; the
drift settings of its policies), then opens, updates or closes the model's drift issue on GitHub, found
by a hidden marker and the bot's authorship. With --retrain-branch, also opens (once) a pull request from
that branch. Token from GITHUB_TOKEN, API from GITHUB_API_URL. See docs/actions/monitor.md.

Options:
  -c, --config FILE         project file (default mergeml.yaml)
  --model NAME              the model to monitor (required)
  --current FILE            newly arrived data to compare with the reference (required)
  --reference FILE          reference data (default: the model's data.reference)
  --repo OWNER/NAME         repository for the drift issue (default GITHUB_REPOSITORY)
  --retrain-branch BRANCH   also open (once) a retraining pull request from BRANCH
  --base BRANCH             base branch of the retraining pull request
  --bot-login LOGIN         the bot's login, when GET /user cannot tell it (GitHub App tokens)
  --json                    print the result as JSON

Exit codes: 0 done (drift or not: see the output), 2 usage/input/config error or GitHub refused.`,
  options: {
    config: { type: 'string', short: 'c' }, model: { type: 'string' }, current: { type: 'string' }, reference: { type: 'string' },
    repo: { type: 'string' }, 'retrain-branch': { type: 'string' }, base: { type: 'string' }, 'bot-login': { type: 'string' }, json: { type: 'boolean' },
  },
  async run(args, ctx) {
    const name = requireString(args, 'model', 'monitor');
    const [owner, repo, extra] = (optionalString(args, 'repo') ?? ctx.env['GITHUB_REPOSITORY'] ?? '').split('/');
    if (!owner || !repo || extra !== undefined) throw new UsageError('mergeml monitor: --repo OWNER/NAME is required (or GITHUB_REPOSITORY).');
    const token = ctx.env['GITHUB_TOKEN'];
    if (!token) throw new UsageError('mergeml monitor: set GITHUB_TOKEN (issues: write; pull-requests: write with --retrain-branch).');
    const project = await loadProject(resolve(ctx.cwd, optionalString(args, 'config') ?? 'mergeml.yaml'), nodeConfigFiles(), ctx.cwd);
    const model = project.models.find((m) => m.name === name);
    if (!model) throw new UsageError(`mergeml monitor: no model ${JSON.stringify(name)} in ${project.file}; models: ${project.models.map((m) => m.name).join(', ')}`);
    const refOption = optionalString(args, 'reference');
    const reference = refOption !== undefined ? resolve(ctx.cwd, refOption) : model.data.find((d) => d.role === 'reference')?.path;
    if (reference === undefined) throw new UsageError(`mergeml monitor: model ${name} has no reference data; pass --reference FILE`);
    const file = (p: string) => ({ path: p, file: relative(ctx.cwd, p) || p });
    const d = model.policy.drift;
    const branch = optionalString(args, 'retrain-branch');
    const result = await monitor(
      {
        owner, repo, model: name, reference: file(reference), current: file(resolve(ctx.cwd, requireString(args, 'current', 'monitor'))),
        drift: { stattest: d?.stattest ?? 'auto', driftShare: d?.drift_share ?? 0.5, severity: d?.severity ?? 'warning', ...(d?.threshold !== undefined ? { threshold: d.threshold } : {}), ...(d?.columns ? { columns: d.columns } : {}) },
        ...(optionalString(args, 'bot-login') ? { botLogin: optionalString(args, 'bot-login')! } : {}),
        ...(branch ? { retrain: { branch, base: optionalString(args, 'base') ?? 'main' } } : {}),
      },
      { github: createGitHubClient({ token, baseUrl: apiUrlFromEnv(ctx.env) }), readBatches: (p, o) => readBatches(p, o) },
    );
    if (args.values['json'] === true) ctx.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else ctx.stdout(`${name}: ${result.drifted ? `drift in ${result.driftedColumns.join(', ') || 'the dataset'}` : 'no drift'}; issue ${result.issue.action}${result.issue.url ? ` ${result.issue.url}` : ''}${result.pullRequest ? `; pull request ${result.pullRequest.url}` : ''}\n`);
    return EXIT.ok;
  },
};
