import { MergemlError } from '../core/errors.js';

/** The exit codes of every `mergeml` command and action, documented in docs/cli.md. */
export const EXIT = Object.freeze({ ok: 0, failed: 1, usage: 2, internal: 70 });

const ISSUE_URL = 'https://github.com/mergeml/mergeml/issues';

/** The one place that maps an error to an exit code and the text a user sees. */
export function describeFailure(error: unknown): { exitCode: number; message: string } {
  if (error instanceof MergemlError) {
    switch (error.kind) {
      case 'usage':
      case 'input':
      case 'config':
        return { exitCode: EXIT.usage, message: `error: ${error.message}` };
      case 'check':
        return { exitCode: EXIT.failed, message: error.message };
      case 'internal':
        break;
    }
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return {
    exitCode: EXIT.internal,
    message: `internal error: this is a bug in MergeML. Please open an issue at ${ISSUE_URL} with the output below.\n${detail}`,
  };
}
