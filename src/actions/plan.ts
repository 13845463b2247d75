/** The `plan` action: a pull request's changed files → the affected models as a matrix for the next jobs. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import { z } from 'zod';
import { apiUrlFromEnv, createGitHubClient } from '../adapters/github/github-client.js';
import { listPullRequestFiles } from '../adapters/github/pull-request-files.js';
import { writeJobSummary } from '../adapters/github/job-summary-writer.js';
import { escapeMarkdown } from '../core/report/escape-markdown.js';
import { planChange, splitList } from '../pipeline/plan.js';
import { writeOutputAtomic } from '../pipeline/metrics.js';
import { flag, runAction, setOutputs, text } from './action-runtime.js';

const inputs = z.object({
  config: z.string().default('mergeml.yaml'),
  'changed-files': text(),
  'global-paths': text(),
  all: flag(false),
  'github-token': text(),
  'results-dir': z.string().default('mergeml-results'),
});

await runAction(inputs, async (i, ctx) => {
  const pr = (ctx.event['pull_request'] as { number?: number } | undefined)?.number;
  let changed = splitList(i['changed-files']);
  let all = i.all;
  if (i['changed-files'] === undefined && !all) {
    if (pr === undefined || i['github-token'] === undefined) all = true; // push, schedule, dispatch: run everything
    else {
      const github = createGitHubClient({ token: i['github-token'], baseUrl: apiUrlFromEnv(ctx.env), onWait: core.info });
      const listed = await listPullRequestFiles(github, { owner: ctx.owner, repo: ctx.repo, pullNumber: pr });
      changed = listed.files;
      all = listed.truncated; // GitHub cut the list: cannot prove a model unaffected
    }
  }
  const plan = await planChange({ configs: splitList(i.config), changedFiles: changed, all, globalPaths: splitList(i['global-paths']) }, { readFile: (p) => readFile(join(ctx.cwd, p)).then((b) => new Uint8Array(b), () => undefined) });
  const file = join(i['results-dir'], 'plan.json');
  writeOutputAtomic(join(ctx.cwd, file), `${JSON.stringify(plan, null, 2)}\n`);
  const rows = plan.models.map((m) => `| ${escapeMarkdown(m.model)} | ${m.affected ? '▶️ run' : '⏭️ skip'} | ${escapeMarkdown(m.reasons.slice(0, 3).map((r) => `${r.kind}: ${r.file}`).join('; ') || '–')} |`);
  await writeJobSummary(`### MergeML plan\n\n| Model | Decision | Why |\n|---|---|---|\n${rows.join('\n')}\n`, ctx.env.GITHUB_STEP_SUMMARY);
  setOutputs({ matrix: plan.matrix, models: plan.matrix.include.map((m) => m.model), any: plan.matrix.include.length > 0, plan: file, skipped: plan.skipped });
});
