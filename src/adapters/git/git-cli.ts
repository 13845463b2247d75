/**
 * Runs the real `git` binary with execFile: arguments as an array, never a shell. Failures keep git's
 * stderr and exit code so callers can tell a rejected push from a broken repository.
 */
import { execFile } from 'node:child_process';

export class GitCommandError extends Error {
  readonly exitCode: number | null;
  readonly stderr: string;
  readonly stdout: string;
  constructor(args: readonly string[], exitCode: number | null, stdout: string, stderr: string, options?: { cause?: unknown }) {
    super(`git ${args.join(' ')} failed (exit ${exitCode ?? 'signal'}): ${stderr.trim() || stdout.trim()}`, options);
    this.name = 'GitCommandError';
    this.exitCode = exitCode;
    this.stderr = stderr;
    this.stdout = stdout;
  }
}

export interface GitRunOptions {
  readonly input?: Uint8Array | string;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Runs `git <args>` in `cwd`; resolves to stdout bytes. */
export function runGit(cwd: string, args: readonly string[], baseEnv: Readonly<Record<string, string | undefined>>, options: GitRunOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries({ ...baseEnv, ...options.env })) if (v !== undefined) env[k] = v;
    // Never prompt for credentials in a CI job or a test.
    env['GIT_TERMINAL_PROMPT'] = '0';
    const child = execFile('git', [...args], { cwd, env, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) {
        const code = typeof (error as { code?: unknown }).code === 'number' ? ((error as { code: number }).code) : null;
        reject(new GitCommandError(args, code, stdout.toString('utf8'), stderr.toString('utf8'), { cause: error }));
      } else resolve(stdout);
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
    else child.stdin?.end();
  });
}
