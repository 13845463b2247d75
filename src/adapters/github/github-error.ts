/**
 * Wraps Octokit failures into MergeML's typed errors, keeping the original as `cause`: refusals that
 * mean missing permissions or a wrong repository become ConfigError (exit 2, with the permission to
 * grant); anything else after retries is an InternalError.
 */
import { ConfigError, InternalError, type MergemlError } from '../../core/errors.js';

/** The HTTP status of an Octokit RequestError, or undefined for other errors. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** True when a failed write may still have been applied (server error, lost connection). */
export function mayHaveBeenApplied(error: unknown): boolean {
  const status = statusOf(error);
  return status === undefined || status >= 500;
}

/** Wraps a GitHub API failure; `action` says what MergeML tried, `permission` what the token needs. */
export function wrapGitHubError(error: unknown, action: string, permission?: string): MergemlError {
  const status = statusOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (status === 401 || status === 403 || status === 404) {
    const hint = permission ? ` Grant the workflow job \`permissions: ${permission}\` and check the repository name.` : '';
    return new ConfigError(`GitHub refused to ${action} (HTTP ${status}: ${detail}).${hint}`, [], { cause: error });
  }
  return new InternalError(`GitHub API failed to ${action}${status ? ` (HTTP ${status})` : ''}: ${detail}`, { cause: error });
}
