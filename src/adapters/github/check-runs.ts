/**
 * One check run per (name, head SHA): found by name on the commit and updated, never duplicated. Output
 * and conclusion go in one PATCH (idempotent); annotations follow in batches of 50. GitHub appends
 * annotations on every update, so they are made idempotent too: existing ones are listed and only the
 * missing ones are sent, and an annotation call whose outcome is unknown is followed by a fresh listing.
 */
import type { CheckRunAnnotation, CheckRunOutput } from '../../core/report/check-run-output.js';
import { ANNOTATIONS_PER_REQUEST, batch } from '../../core/report/check-run-output.js';
import type { GitHubClient } from './github-client.js';
import { mayHaveBeenApplied, wrapGitHubError } from './github-error.js';

const PERMISSION = 'checks: write';

export interface CheckRunTarget {
  readonly owner: string;
  readonly repo: string;
  readonly headSha: string;
  readonly detailsUrl?: string;
}

export interface CheckRunResult {
  readonly action: 'created' | 'updated';
  readonly checkRunId: number;
  readonly url: string;
  /** Annotations sent by this call (existing ones are not sent again). */
  readonly annotationsSent: number;
  /** PATCH calls that carried annotations (each ≤ 50). */
  readonly annotationCalls: number;
}

function annotationKey(a: { path: string; start_line: number; end_line: number; annotation_level?: string | null; message?: string | null; title?: string | null }): string {
  return [a.path, a.start_line, a.end_line, a.annotation_level ?? '', a.message ?? '', a.title ?? ''].join('\u0000');
}

/** The newest check run with this name on the commit, if any. */
export async function findCheckRun(client: GitHubClient, target: CheckRunTarget, name: string): Promise<{ id: number; url: string } | undefined> {
  try {
    const runs = await client.paginate(client.rest.checks.listForRef, { owner: target.owner, repo: target.repo, ref: target.headSha, check_name: name, filter: 'all', per_page: 100 });
    const newest = runs.filter((r) => r.name === name && r.head_sha === target.headSha).sort((a, b) => b.id - a.id)[0];
    return newest ? { id: newest.id, url: newest.html_url ?? '' } : undefined;
  } catch (error) {
    throw wrapGitHubError(error, `list check runs of ${target.headSha}`, PERMISSION);
  }
}

async function createOrFind(client: GitHubClient, target: CheckRunTarget, output: CheckRunOutput, attempts: number): Promise<{ id: number; url: string; created: boolean }> {
  for (let attempt = 1; ; attempt++) {
    const existing = await findCheckRun(client, target, output.name);
    if (existing) return { ...existing, created: attempt > 1 };
    try {
      const { data } = await client.rest.checks.create({
        owner: target.owner,
        repo: target.repo,
        name: output.name,
        head_sha: target.headSha,
        status: 'in_progress',
        ...(target.detailsUrl ? { details_url: target.detailsUrl } : {}),
        request: { retries: 0 },
      });
      return { id: data.id, url: data.html_url ?? '', created: true };
    } catch (error) {
      if (!mayHaveBeenApplied(error) || attempt >= attempts) throw wrapGitHubError(error, `create check run "${output.name}"`, PERMISSION);
    }
  }
}

async function sendMissingAnnotations(client: GitHubClient, target: CheckRunTarget, id: number, output: CheckRunOutput, attempts: number): Promise<{ sent: number; calls: number }> {
  const wanted = output.annotationBatches.flat();
  let sent = 0;
  let calls = 0;
  for (let attempt = 1; ; attempt++) {
    let existing: Set<string>;
    try {
      const listed = await client.paginate(client.rest.checks.listAnnotations, { owner: target.owner, repo: target.repo, check_run_id: id, per_page: 100 });
      existing = new Set(listed.map(annotationKey));
    } catch (error) {
      throw wrapGitHubError(error, `list annotations of check run ${id}`, PERMISSION);
    }
    const missing: CheckRunAnnotation[] = wanted.filter((a) => !existing.has(annotationKey(a)));
    try {
      for (const chunk of batch(missing, ANNOTATIONS_PER_REQUEST)) {
        calls++;
        await client.rest.checks.update({
          owner: target.owner,
          repo: target.repo,
          check_run_id: id,
          output: { title: output.title, summary: output.summary, annotations: [...chunk] },
          request: { retries: 0 },
        });
        sent += chunk.length;
      }
      return { sent, calls };
    } catch (error) {
      if (!mayHaveBeenApplied(error) || attempt >= attempts) throw wrapGitHubError(error, `annotate check run ${id}`, PERMISSION);
    }
  }
}

/** Creates or updates the check run for `output.name` on the head SHA, then adds missing annotations. */
export async function upsertCheckRun(client: GitHubClient, target: CheckRunTarget, output: CheckRunOutput, attempts = 3): Promise<CheckRunResult> {
  const run = await createOrFind(client, target, output, attempts);
  try {
    await client.rest.checks.update({
      owner: target.owner,
      repo: target.repo,
      check_run_id: run.id,
      status: 'completed',
      conclusion: output.conclusion,
      ...(target.detailsUrl ? { details_url: target.detailsUrl } : {}),
      output: { title: output.title, summary: output.summary },
    });
  } catch (error) {
    throw wrapGitHubError(error, `complete check run ${run.id}`, PERMISSION);
  }
  const { sent, calls } = await sendMissingAnnotations(client, target, run.id, output, attempts);
  return { action: run.created ? 'created' : 'updated', checkRunId: run.id, url: run.url, annotationsSent: sent, annotationCalls: calls };
}
