/**
 * The `promote` action: registers the merged version of a model from its results (`registry register
 * --stage`), assigns a registered `version` to a stage, or rolls the stage back, through the registry's
 * commands. The token reaches git only through this process's environment (checkout keeps no credentials).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@actions/core';
import { z } from 'zod';
import { apiUrlFromEnv, createGitHubClient } from '../adapters/github/github-client.js';
import { findMergedPullRequest } from '../adapters/github/merged-pull-request.js';
import { registryPromoteCommand } from '../cli/commands/registry-promote.js';
import { registryRegisterCommand } from '../cli/commands/registry-register.js';
import { registryRollbackCommand } from '../cli/commands/registry-rollback.js';
import { CheckFailedError } from '../core/errors.js';
import { flag, flags, runAction, runCommand, setOutputs, text, type ActionContext } from './action-runtime.js';

const inputs = z.object({
  config: z.string().default('mergeml.yaml'),
  model: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'a model name from mergeml.yaml'),
  stage: z.string().regex(/^[a-z][a-z0-9_-]*$/, 'a stage name').default('production'),
  version: text(),
  results: text(),
  rollback: flag(false),
  release: flag(false),
  reason: text(),
  'github-token': z.string().min(1),
});

/**
 * On a push with `release`, the pull request the pushed commit merged, as `registry register` flags (its
 * comment, lead time). Without `release` the action makes no GitHub API call at all (registry-only use).
 */
async function mergedPullRequestFlags(ctx: ActionContext, token: string, release: boolean): Promise<string[]> {
  if (!release || ctx.env.GITHUB_EVENT_NAME !== 'push' || !/^[0-9a-f]{40}$/.test(ctx.sha)) return [];
  const client = createGitHubClient({ token, baseUrl: apiUrlFromEnv(ctx.env), onWait: core.info });
  const pr = await findMergedPullRequest(client, { owner: ctx.owner, repo: ctx.repo, sha: ctx.sha });
  if (pr === undefined) {
    core.info(`promote: commit ${ctx.sha} merged no pull request; registering without a pull request comment`);
    return [];
  }
  core.info(`promote: commit ${ctx.sha} merged pull request #${pr.number}`);
  return flags({ pr: pr.number, 'pr-opened-at': pr.openedAt ?? undefined, 'pr-head-sha': pr.headSha ?? undefined, 'pr-author': pr.author ?? undefined });
}

await runAction(inputs, async (i, ctx) => {
  // Like actions/checkout's extraheader, but for this process's git children only.
  const basic = Buffer.from(`x-access-token:${i['github-token']}`).toString('base64');
  const server = ctx.env.GITHUB_SERVER_URL ?? 'https://github.com';
  const env = { ...ctx.env, GITHUB_TOKEN: i['github-token'], GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: `http.${server}/.extraheader`, GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}` };
  // The registry policy defaults apply when the project file is absent (a registry-only repository).
  const config = existsSync(join(ctx.cwd, i.config)) ? i.config : undefined;
  const common = flags({ config, reason: i.reason });
  const [command, argv] = i.rollback
    ? [registryRollbackCommand, [i.model, '--stage', i.stage, ...(i.version !== undefined ? ['--version', i.version] : []), ...common]]
    : i.version !== undefined
      ? [registryPromoteCommand, [i.model, '--version', i.version, '--stage', i.stage, ...common]]
      : [registryRegisterCommand, [...flags({ results: i.results ?? `mergeml-results/${i.model}`, stage: i.stage, config, commit: /^[0-9a-f]{40}$/.test(ctx.sha) ? ctx.sha : undefined }), ...(await mergedPullRequestFlags(ctx, i['github-token'], i.release)), ...(i.release ? ['--release'] : [])]];
  let json = '';
  const code = await runCommand(command, [...argv, '--json'], { ...ctx, env }, (t) => (json += t));
  process.stdout.write(json);
  const result = (json.trim() ? JSON.parse(json) : {}) as { version?: string; previous?: string | null; tag?: string; tags?: string[] };
  setOutputs({ version: result.version ?? '', previous: result.previous ?? '', tag: result.tag ?? result.tags?.find((t) => t.includes('#')) ?? '' });
  if (code !== 0) throw new CheckFailedError(`promote: the registry refused ${i.model} (its gates failed)`);
});
