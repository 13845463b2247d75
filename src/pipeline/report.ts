/**
 * The report use-case, run by the privileged `workflow_run` job (or directly for same-repository pull
 * requests): validate the results artifact → render → write the job summary, then per model post the
 * sticky comment and the check run. Every write is idempotent, so a re-run updates instead of duplicating.
 */
import { InputError } from '../core/errors.js';
import { renderCheckRun } from '../core/report/check-run-output.js';
import { composeModelComment, type ReportContext } from '../core/report/compose-report.js';
import { renderJobSummary } from '../core/report/job-summary.js';
import type { ResultsBundle } from '../core/report/results-bundle.js';
import { resolveBotLogin } from '../adapters/github/bot-identity.js';
import { upsertCheckRun } from '../adapters/github/check-runs.js';
import type { GitHubClient } from '../adapters/github/github-client.js';
import { wrapGitHubError } from '../adapters/github/github-error.js';
import { writeJobSummary } from '../adapters/github/job-summary-writer.js';
import { readResultsArtifact } from '../adapters/github/results-artifact.js';
import { upsertStickyComment } from '../adapters/github/sticky-comment.js';

export interface ReportPorts {
  readonly github: GitHubClient;
  /** $GITHUB_STEP_SUMMARY; undefined outside Actions (no summary is written). */
  readonly summaryPath?: string;
}

export interface PublishOptions {
  readonly owner: string;
  readonly repo: string;
  /** The workflow name in the comment marker and check name; from the privileged job, never the artifact. */
  readonly workflow: string;
  readonly pullRequest: number;
  readonly headSha: string;
  /** Login the token posts as; default: GET /user, else `github-actions[bot]`. */
  readonly botLogin?: string;
  /** Link to this run (its job summary), used by truncation notices and as the check's details URL. */
  readonly summaryUrl?: string;
  readonly postComment?: boolean;
  readonly postCheckRun?: boolean;
}

export interface PostReportOptions extends Omit<PublishOptions, 'pullRequest' | 'headSha'> {
  readonly artifactPath: string;
  /** From the trusted `workflow_run` event payload. */
  readonly workflowRun: { readonly headSha: string; readonly event?: string };
  readonly maxArtifactBytes?: number;
}

export interface ModelReportOutcome {
  readonly model: string;
  readonly verdict: 'pass' | 'fail' | 'warn';
  readonly cutSections: readonly string[];
  readonly comment?: { readonly id: number; readonly action: 'created' | 'updated' | 'unchanged'; readonly url: string };
  readonly checkRun?: { readonly id: number; readonly action: 'created' | 'updated'; readonly annotationsSent: number };
}

export interface ReportResult {
  readonly schemaVersion: 1;
  readonly pullRequest: number;
  readonly headSha: string;
  /** fail if any model fails, else warn if any warns, else pass. */
  readonly verdict: 'pass' | 'fail' | 'warn';
  readonly summaryWritten: boolean;
  readonly models: readonly ModelReportOutcome[];
}

/** Renders and posts a validated bundle: job summary, then per model the sticky comment and the check run. */
export async function publishReport(ports: ReportPorts, bundle: ResultsBundle, options: PublishOptions): Promise<ReportResult> {
  const context: ReportContext = { workflow: options.workflow, summaryUrl: options.summaryUrl, source: bundle.source };
  const summaryWritten = await writeJobSummary(renderJobSummary(bundle, context), ports.summaryPath);
  const botLogin = options.postComment === false ? '' : await resolveBotLogin(ports.github, options.botLogin);
  const models: ModelReportOutcome[] = [];
  for (const model of bundle.models) {
    const composed = composeModelComment(model, context);
    let comment: ModelReportOutcome['comment'];
    if (options.postComment !== false) {
      const r = await upsertStickyComment(ports.github, { owner: options.owner, repo: options.repo, issueNumber: options.pullRequest }, { marker: composed.marker, body: composed.body, botLogin });
      comment = { id: r.commentId, action: r.action, url: r.url };
    }
    let checkRun: ModelReportOutcome['checkRun'];
    if (options.postCheckRun !== false) {
      const r = await upsertCheckRun(ports.github, { owner: options.owner, repo: options.repo, headSha: options.headSha, detailsUrl: options.summaryUrl }, renderCheckRun(model, context));
      checkRun = { id: r.checkRunId, action: r.action, annotationsSent: r.annotationsSent };
    }
    models.push({ model: model.name, verdict: composed.verdict.status, cutSections: composed.cutSections, comment, checkRun });
  }
  const verdict = models.some((m) => m.verdict === 'fail') ? 'fail' : models.some((m) => m.verdict === 'warn') ? 'warn' : 'pass';
  return { schemaVersion: 1, pullRequest: options.pullRequest, headSha: options.headSha, verdict, summaryWritten, models };
}

/**
 * The fork-safe flow: the artifact must be a valid bundle for the run's head commit, the run must come
 * from a `pull_request` event, and the pull request it names must still point at that commit.
 */
export async function postReport(ports: ReportPorts, options: PostReportOptions): Promise<ReportResult> {
  if (options.workflowRun.event !== undefined && options.workflowRun.event !== 'pull_request') {
    throw new InputError('the triggering workflow run did not come from a pull_request event', [
      { file: 'workflow_run.event', message: options.workflowRun.event, expected: 'pull_request' },
    ]);
  }
  const bundle = await readResultsArtifact(options.artifactPath, { headSha: options.workflowRun.headSha, maxBytes: options.maxArtifactBytes });
  const number = bundle.pullRequest.number;
  let pullHead: string;
  try {
    pullHead = (await ports.github.rest.pulls.get({ owner: options.owner, repo: options.repo, pull_number: number })).data.head.sha;
  } catch (error) {
    throw wrapGitHubError(error, `read pull request #${number}`, 'pull-requests: read');
  }
  if (pullHead !== options.workflowRun.headSha) {
    throw new InputError(`pull request #${number} does not point at the commit the workflow run built`, [
      { file: options.artifactPath, path: 'pullRequest.number', message: `#${number} head is ${pullHead}`, expected: `head ${options.workflowRun.headSha}` },
    ]);
  }
  return publishReport(ports, bundle, { ...options, pullRequest: number, headSha: pullHead });
}
