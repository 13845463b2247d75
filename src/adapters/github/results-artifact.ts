/**
 * Validation of the results artifact in the privileged `workflow_run` job. The artifact was produced by
 * a pull request's code, possibly from a fork: it is untrusted data. It must be small, parse as the
 * results bundle schema, and name the exact commit the triggering run built.
 */
import { readFile, stat } from 'node:fs/promises';
import { InputError, type Problem } from '../../core/errors.js';
import { resultsBundleSchema, type ResultsBundle } from '../../core/report/results-bundle.js';

/** Default size cap of the results file: far above a real bundle, far below a memory problem. */
export const MAX_ARTIFACT_BYTES = 8 * 1024 * 1024;

export interface ArtifactExpectations {
  /** `workflow_run.head_sha` from the trusted event payload. */
  readonly headSha: string;
  readonly maxBytes?: number;
}

/** Parses and checks artifact text (already read); `file` names it in problems. */
export function parseResultsArtifact(text: string, file: string, expected: ArtifactExpectations): ResultsBundle & { pullRequest: NonNullable<ResultsBundle['pullRequest']> } {
  const max = expected.maxBytes ?? MAX_ARTIFACT_BYTES;
  const size = Buffer.byteLength(text, 'utf8');
  if (size > max) throw new InputError('results artifact is too large', [{ file, message: `${size} bytes`, expected: `at most ${max} bytes` }]);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError('results artifact is not JSON', [{ file, message: error instanceof Error ? error.message : String(error), expected: 'a MergeML results bundle (JSON)' }], { cause: error });
  }
  const parsed = resultsBundleSchema.safeParse(json);
  if (!parsed.success) {
    const problems: Problem[] = parsed.error.issues.slice(0, 50).map((i) => ({ file, path: i.path.join('.'), message: i.message, expected: 'the results bundle schema (docs/report.md)' }));
    throw new InputError('results artifact does not match the results bundle schema', problems);
  }
  const bundle = parsed.data;
  if (!bundle.pullRequest) throw new InputError('results artifact names no pull request', [{ file, path: 'pullRequest', message: 'missing', expected: '{ number, headSha }' }]);
  if (bundle.pullRequest.headSha !== expected.headSha) {
    throw new InputError('results artifact is for a different commit than the workflow run', [
      { file, path: 'pullRequest.headSha', message: `artifact says ${bundle.pullRequest.headSha}`, expected: `the run's head_sha ${expected.headSha}` },
    ]);
  }
  return { ...bundle, pullRequest: bundle.pullRequest };
}

/** Reads and validates the artifact file, checking its size before reading it. */
export async function readResultsArtifact(path: string, expected: ArtifactExpectations): Promise<ReturnType<typeof parseResultsArtifact>> {
  const max = expected.maxBytes ?? MAX_ARTIFACT_BYTES;
  const info = await stat(path).catch((error: unknown) => {
    throw new InputError('results artifact not found', [{ file: path, message: String((error as Error).message), expected: 'the file downloaded from the pull request run' }], { cause: error });
  });
  if (info.size > max) throw new InputError('results artifact is too large', [{ file: path, message: `${info.size} bytes`, expected: `at most ${max} bytes` }]);
  return parseResultsArtifact(await readFile(path, 'utf8'), path, expected);
}
