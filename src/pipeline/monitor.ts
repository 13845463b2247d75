/**
 * `mergeml monitor`: drift of newly arrived data against the reference data of the model in production
 * (the drift pipeline), then one issue per model, found by a marker and updated in place; when the drift
 * clears the issue is closed. With `retrain`, a pull request from the branch that carries the new data.
 */
import { ensurePullRequest, upsertMarkedIssue, type IssueOutcome } from '../adapters/github/marked-issue.js';
import { resolveBotLogin } from '../adapters/github/bot-identity.js';
import type { GitHubClient } from '../adapters/github/github-client.js';
import type { DriftOptions } from '../core/drift/drift-report.js';
import { escapeMarkdown } from '../core/report/escape-markdown.js';
import { runDrift, type DriftFile, type DriftOutcome, type DriftPorts } from './drift.js';

export interface MonitorOptions {
  readonly owner: string;
  readonly repo: string;
  readonly model: string;
  readonly reference: DriftFile;
  readonly current: DriftFile;
  readonly drift: DriftOptions;
  readonly labels?: readonly string[];
  readonly botLogin?: string;
  /** Open a retraining pull request from this branch (pushed by the workflow with the new data) into `base`. */
  readonly retrain?: { readonly branch: string; readonly base: string };
  readonly runUrl?: string;
}

export interface MonitorPorts extends DriftPorts {
  readonly github: GitHubClient;
}

export interface MonitorResult {
  readonly schemaVersion: 1;
  readonly kind: 'mergeml.monitor';
  readonly model: string;
  readonly drifted: boolean;
  readonly driftedColumns: readonly string[];
  readonly issue: IssueOutcome;
  readonly pullRequest: { readonly number: number; readonly action: 'created' | 'exists'; readonly url: string } | null;
}

/** The issue marker: one drift issue per model. Fixed format, like the report marker (docs/adr). */
export const monitorMarker = (model: string): string => `<!-- mergeml:monitor model=${encodeURIComponent(model).replace(/-/g, '%2D')} -->`;

function issueBody(o: MonitorOptions, d: DriftOutcome, drifted: boolean): string {
  const head = drifted
    ? `Data drift detected for **${escapeMarkdown(o.model)}**: ${escapeMarkdown(d.report.current.file)} (${d.report.current.rows} rows) against the production reference ${escapeMarkdown(d.report.reference.file)} (${d.report.reference.rows} rows).`
    : `No data drift for **${escapeMarkdown(o.model)}** any more: closing.`;
  const run = o.runUrl ? `\n\n[Monitoring run](${o.runUrl})` : '';
  return `${head}${run}\n\n${d.markdown}`.slice(0, 60_000);
}

/** Runs drift and keeps the model's drift issue (and optional retraining pull request) in step with it. */
export async function monitor(options: MonitorOptions, ports: MonitorPorts): Promise<MonitorResult> {
  const outcome = await runDrift({ reference: options.reference, current: options.current, drift: options.drift }, ports);
  const drifted = outcome.report.dataset.dataset_drift;
  const driftedColumns = outcome.report.columns.filter((c) => c.drift_detected).map((c) => c.column);
  const botLogin = await resolveBotLogin(ports.github, options.botLogin);
  const at = { owner: options.owner, repo: options.repo };
  const issue = await upsertMarkedIssue(ports.github, at, { marker: monitorMarker(options.model), title: `MergeML: data drift in ${options.model}`, body: issueBody(options, outcome, drifted), labels: options.labels ?? ['mergeml', 'drift'], botLogin }, drifted);
  const pullRequest = drifted && options.retrain
    ? await ensurePullRequest(ports.github, at, {
        head: options.retrain.branch,
        base: options.retrain.base,
        title: `MergeML: retrain ${options.model} on new data`,
        body: `Retrains **${escapeMarkdown(options.model)}** on the newly arrived data (drift: ${driftedColumns.map((c) => escapeMarkdown(c)).join(', ') || 'dataset'}).${issue.number !== null ? `\n\nRefs #${issue.number}` : ''}`,
      })
    : null;
  return { schemaVersion: 1, kind: 'mergeml.monitor', model: options.model, drifted, driftedColumns, issue, pullRequest };
}
