/** The `monitor` action: drift of new data against the production model's reference → one issue per model (+ a retraining PR). */
import { existsSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as core from '@actions/core';
import { z } from 'zod';
import { nodeConfigFiles } from '../adapters/config/node-config-files.js';
import { readBatches } from '../adapters/data/read-batches.js';
import { apiUrlFromEnv, createGitHubClient } from '../adapters/github/github-client.js';
import { writeJobSummary } from '../adapters/github/job-summary-writer.js';
import { UsageError } from '../core/errors.js';
import { escapeMarkdown } from '../core/report/escape-markdown.js';
import { loadProject } from '../pipeline/load-project.js';
import { monitor } from '../pipeline/monitor.js';
import { pinTrainData } from '../pipeline/pin-train-data.js';
import { flag, runAction, setOutputs, text } from './action-runtime.js';

const inputs = z.object({
  config: z.string().default('mergeml.yaml'),
  model: z.string().min(1),
  current: z.string().min(1),
  reference: text(),
  'github-token': z.string().min(1),
  retrain: flag(false),
  'retrain-branch': text(),
  base: text(),
  'bot-login': text(),
  'pin-train-data': flag(false),
});

await runAction(inputs, async (i, ctx) => {
  if (i['pin-train-data']) {
    // The retraining branch's step: re-pin data.train.sha256 to the new training file, nothing else.
    const given = resolve(ctx.cwd, i.config);
    const path = existsSync(given) && statSync(given).isDirectory() ? join(given, 'mergeml.yaml') : given;
    const pinned = await pinTrainData(path, relative(ctx.cwd, path) || path, i.model, nodeConfigFiles());
    if (pinned.changed) {
      const tmp = `${path}.mergeml-tmp`;
      writeFileSync(tmp, pinned.text);
      renameSync(tmp, path);
      core.info(`monitor: ${i.config}: data.train.sha256 of ${i.model} (${pinned.data}) ${pinned.from} → ${pinned.to}`);
    } else core.info(`monitor: ${i.config}: pin of ${i.model} unchanged (${pinned.reason})`);
    setOutputs({ 'train-data-sha256': pinned.changed ? pinned.to : '' });
    return;
  }
  const project = await loadProject(resolve(ctx.cwd, i.config), nodeConfigFiles(), ctx.cwd);
  const model = project.models.find((m) => m.name === i.model);
  if (!model) throw new UsageError(`monitor: no model ${JSON.stringify(i.model)} in ${i.config}; models: ${project.models.map((m) => m.name).join(', ')}`);
  const refPath = i.reference !== undefined ? resolve(ctx.cwd, i.reference) : model.data.find((d) => d.role === 'reference')?.path;
  if (refPath === undefined) throw new UsageError(`monitor: model ${i.model} has no reference data in ${i.config}; set data.reference or the input \`reference\``);
  const d = model.policy.drift;
  const base = i.base ?? ((ctx.event['repository'] as { default_branch?: string } | undefined)?.default_branch ?? 'main');
  const github = createGitHubClient({ token: i['github-token'], baseUrl: apiUrlFromEnv(ctx.env), onWait: core.info });
  const file = (p: string) => ({ path: p, file: relative(ctx.cwd, p) || p });
  const result = await monitor(
    {
      owner: ctx.owner,
      repo: ctx.repo,
      model: i.model,
      reference: file(refPath),
      current: file(resolve(ctx.cwd, i.current)),
      drift: { stattest: d?.stattest ?? 'auto', driftShare: d?.drift_share ?? 0.5, severity: d?.severity ?? 'warning', ...(d?.threshold !== undefined ? { threshold: d.threshold } : {}), ...(d?.columns ? { columns: d.columns } : {}) },
      ...(i['bot-login'] ? { botLogin: i['bot-login'] } : {}),
      ...(i.retrain ? { retrain: { branch: i['retrain-branch'] ?? `mergeml/retrain-${i.model}`, base } } : {}),
      ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
    },
    { github, readBatches: (path, o) => readBatches(path, o) },
  );
  await writeJobSummary(`### MergeML monitor: ${escapeMarkdown(i.model)}\n\n${result.drifted ? `❌ drift in ${result.driftedColumns.length} column(s)` : '✅ no drift'}${result.issue.url ? ` · [issue](${result.issue.url})` : ''}${result.pullRequest ? ` · [retraining PR](${result.pullRequest.url})` : ''}\n`, ctx.env.GITHUB_STEP_SUMMARY);
  setOutputs({ drifted: result.drifted, 'drifted-columns': result.driftedColumns.join(','), issue: result.issue.number ?? '', 'issue-action': result.issue.action, 'pull-request': result.pullRequest?.number ?? '' });
});
