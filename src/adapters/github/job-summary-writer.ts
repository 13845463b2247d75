/**
 * Appends markdown to the step summary file ($GITHUB_STEP_SUMMARY). GitHub refuses a step summary over
 * 1 MiB (the upload fails with an error annotation), so an oversize summary is a MergeML bug.
 */
import { appendFile, stat } from 'node:fs/promises';
import { InternalError } from '../../core/errors.js';

/** GitHub's per-step summary limit. */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** Appends `markdown` to the summary file; returns false when not running in Actions (no path). */
export async function writeJobSummary(markdown: string, path: string | undefined): Promise<boolean> {
  if (!path) return false;
  const bytes = Buffer.byteLength(markdown, 'utf8');
  const existing = await stat(path).then(
    (s) => s.size,
    () => 0,
  );
  if (existing + bytes > STEP_SUMMARY_LIMIT_BYTES) {
    throw new InternalError(`job summary would be ${existing + bytes} bytes; GitHub accepts at most ${STEP_SUMMARY_LIMIT_BYTES} per step`);
  }
  await appendFile(path, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
  return true;
}
