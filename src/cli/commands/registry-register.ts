import { UsageError } from '../../core/errors.js';
import { createGitHubClient, apiUrlFromEnv } from '../../adapters/github/github-client.js';
import { ACTIONS_BOT_LOGIN } from '../../adapters/github/bot-identity.js';
import { evidencePaths, readEvidence } from '../../pipeline/registry-evidence.js';
import { loadRegistryPolicy } from '../../pipeline/registry-policy.js';
import { promoteOnMerge } from '../../pipeline/promote-on-merge.js';
import { optionalString, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { actorOf, printJson, registryPorts, targetBranch } from './registry-common.js';

const NAME = 'registry register';
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export const registryRegisterCommand: Command = {
  name: NAME,
  summary: 'register the next version from verified results (optionally assign a stage, release, comment)',
  help: `Usage: mergeml registry register --results DIR [--stage staging] [--config mergeml.yaml] [--branch B]
                                 [--pr N --pr-opened-at ISO --pr-head-sha SHA --pr-author LOGIN]
                                 [--commit SHA] [--release] [--json]

Re-verifies every artifact file against its sha256, plans the next version (major: input schema changed,
minor: retrained, patch: metadata only), writes registry/<model>/<version>/…, tags <model>@<version> (and
<model>#<stage>#<n> with --stage) and publishes branch and tags atomically, retrying on conflict. A re-run
with the same evidence changes nothing. See docs/registry.md.

Options:
  --results DIR        model/ (mergeml train output), metrics.json, gates.json, fairness.json (optional)
  --artifact DIR, --metrics FILE, --gates FILE, --fairness FILE   override one of them
  --stage NAME         assign this stage at once (refused, exit 1, when the gates failed)
  --config FILE        project file with the registry: policy (default mergeml.yaml when present)
  --branch NAME        branch to publish to (default: the current branch)
  --pr N, --pr-opened-at ISO, --pr-head-sha SHA, --pr-author LOGIN   the merged pull request (lead time)
  --commit SHA         the commit the model was built from
  --release            create the GitHub release with assets and comment on --pr (GITHUB_TOKEN,
                       GITHUB_REPOSITORY, GITHUB_API_URL from the environment)
  --shard-bytes N      split release assets into shards of N bytes (default 2 GiB - 1, GitHub's limit)
  --json               JSON output (kind "mergeml.registry-register", schemaVersion 1)

Exit codes: 0 registered (or already registered), 1 refused (gates failed), 2 usage/input/config error.`,
  options: {
    results: { type: 'string' }, artifact: { type: 'string' }, metrics: { type: 'string' }, gates: { type: 'string' }, fairness: { type: 'string' },
    stage: { type: 'string' }, config: { type: 'string' }, branch: { type: 'string' }, pr: { type: 'string' }, 'pr-opened-at': { type: 'string' },
    'pr-head-sha': { type: 'string' }, 'pr-author': { type: 'string' }, commit: { type: 'string' }, release: { type: 'boolean' }, json: { type: 'boolean' },
    'shard-bytes': { type: 'string' },
  },
  async run(args, ctx) {
    const s = (n: string) => optionalString(args, n);
    const prText = s('pr');
    const pr = prText === undefined ? undefined : Number(prText);
    if (pr !== undefined && !(Number.isInteger(pr) && pr > 0)) throw new UsageError(`mergeml ${NAME}: --pr ${JSON.stringify(prText)} is not a pull request number.`);
    const openedAt = s('pr-opened-at');
    if (openedAt !== undefined && !ISO.test(openedAt)) throw new UsageError(`mergeml ${NAME}: --pr-opened-at ${JSON.stringify(openedAt)} is not an ISO-8601 time (e.g. 2026-11-23T10:00:00Z).`);
    for (const flag of ['commit', 'pr-head-sha']) {
      const v = s(flag);
      if (v !== undefined && !/^[0-9a-f]{7,64}$/.test(v)) throw new UsageError(`mergeml ${NAME}: --${flag} ${JSON.stringify(v)} is not a git commit id (7 to 64 lowercase hex digits).`);
    }
    const shardText = s('shard-bytes');
    const shardBytes = shardText === undefined ? undefined : Number(shardText);
    if (shardBytes !== undefined && !(Number.isInteger(shardBytes) && shardBytes > 0)) throw new UsageError(`mergeml ${NAME}: --shard-bytes must be a positive integer.`);
    const stage = s('stage');
    const paths = evidencePaths(ctx.cwd, s('results'), { ...(s('artifact') ? { artifact: s('artifact') } : {}), ...(s('metrics') ? { metrics: s('metrics') } : {}), ...(s('gates') ? { gates: s('gates') } : {}), ...(s('fairness') ? { fairness: s('fairness') } : {}) });
    const policy = await loadRegistryPolicy(ctx.cwd, s('config'));
    const evidence = await readEvidence(paths);
    const ports = await registryPorts(ctx);
    let github;
    if (args.values['release'] === true) {
      const token = ctx.env['GITHUB_TOKEN'];
      const [owner, repo] = (ctx.env['GITHUB_REPOSITORY'] ?? '').split('/');
      if (!token || !owner || !repo) throw new UsageError(`mergeml ${NAME}: --release needs GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name) in the environment.`);
      github = { client: createGitHubClient({ token, baseUrl: apiUrlFromEnv(ctx.env) }), owner, repo, botLogin: ctx.env['MERGEML_BOT_LOGIN'] || ACTIONS_BOT_LOGIN };
    }
    const result = await promoteOnMerge(ports, {
      evidence, policy, branch: await targetBranch(args, ports.git), actor: actorOf(ctx), config: policy.config,
      ...(stage !== undefined ? { stage } : {}),
      ...(pr !== undefined ? { pullRequest: { number: pr, openedAt: openedAt ?? null, headSha: s('pr-head-sha') ?? null, author: s('pr-author') ?? null } } : {}),
      ...(s('commit') !== undefined ? { sourceCommit: s('commit') as string } : {}),
      ...(shardBytes !== undefined ? { shardBytes } : {}),
      ...(github ? { github } : {}),
    });
    const { modelCard: _card, manifest: _manifest, ...summary } = result;
    if (args.values['json'] === true) printJson(ctx, summary);
    else ctx.stdout(`${result.created ? 'registered' : 'already registered'} ${result.model} ${result.version} (${result.bump ?? 'n/a'}): ${result.tags.join(', ')}${result.attempts > 1 ? ` after ${result.attempts} attempts` : ''}\n`);
    return EXIT.ok;
  },
};
