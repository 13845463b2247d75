/**
 * The `report` action. `mode: collect` (the unprivileged pull_request job) gathers the model results into
 * the results bundle to upload; `mode: post` (the privileged workflow_run job) validates that untrusted
 * artifact (size cap, schema, head SHA of the triggering run) and posts one sticky comment and one check
 * run per model.
 */
import { z } from 'zod';
import { apiUrlFromEnv, createGitHubClient } from '../adapters/github/github-client.js';
import { InputError } from '../core/errors.js';
import { collectResults } from '../pipeline/collect-results.js';
import { writeOutputAtomic } from '../pipeline/metrics.js';
import { postReport } from '../pipeline/report.js';
import { flag, integer, runAction, setOutputs, text, type ActionContext } from './action-runtime.js';

const inputs = z.object({
  mode: z.enum(['post', 'collect']).default('post'),
  'github-token': text(),
  results: z.string().default('mergeml-results/results.json'),
  'results-dir': z.string().default('mergeml-results'),
  'workflow-id': z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'letters, digits, . _ - (at most 64)').default('mergeml'),
  'bot-login': text(),
  'max-artifact-bytes': integer(1, 64 * 1024 * 1024).optional(),
  comment: flag(true),
  'check-run': flag(true),
});
type Inputs = z.infer<typeof inputs>;

async function collect(i: Inputs, ctx: ActionContext): Promise<void> {
  const pr = ctx.event['pull_request'] as { number: number; head: { sha: string; ref: string } } | undefined;
  const bundle = await collectResults({ resultsDir: i['results-dir'], ...(pr ? { pullRequest: { number: pr.number, headSha: pr.head.sha }, source: { branch: pr.head.ref, commit: pr.head.sha } } : {}) });
  writeOutputAtomic(i.results, `${JSON.stringify(bundle)}\n`);
  setOutputs({ results: i.results, models: bundle.models.map((m) => m.name) });
}

async function post(i: Inputs, ctx: ActionContext): Promise<void> {
  // The run's identity comes from the trusted event payload of this workflow_run job, never from the artifact.
  const run = ctx.event['workflow_run'] as { head_sha?: unknown; event?: unknown } | undefined;
  if (typeof run?.head_sha !== 'string') throw new InputError('mode post runs on a workflow_run event', [{ path: 'github.event.workflow_run.head_sha', message: 'missing from the event payload', expected: 'on: workflow_run' }]);
  if (i['github-token'] === undefined) throw new InputError('invalid action inputs', [{ path: 'inputs.github-token', message: 'required in mode post' }]);
  const github = createGitHubClient({ token: i['github-token'], baseUrl: apiUrlFromEnv(ctx.env), onWait: (m) => process.stdout.write(`${m}\n`) });
  const result = await postReport(
    { github, summaryPath: ctx.env.GITHUB_STEP_SUMMARY },
    {
      owner: ctx.owner,
      repo: ctx.repo,
      workflow: i['workflow-id'],
      artifactPath: i.results,
      workflowRun: { headSha: run.head_sha, ...(typeof run.event === 'string' ? { event: run.event } : {}) },
      ...(i['bot-login'] ? { botLogin: i['bot-login'] } : {}),
      ...(i['max-artifact-bytes'] ? { maxArtifactBytes: i['max-artifact-bytes'] } : {}),
      ...(ctx.runUrl ? { summaryUrl: ctx.runUrl } : {}),
      postComment: i.comment,
      postCheckRun: i['check-run'],
    },
  );
  setOutputs({ verdict: result.verdict, 'pull-request': result.pullRequest, 'comment-urls': result.models.flatMap((m) => (m.comment ? [m.comment.url] : [])).join('\n'), result });
}

await runAction(inputs, (i, ctx) => (i.mode === 'collect' ? collect(i, ctx) : post(i, ctx)));
