import { execFile } from 'node:child_process';

/** The commit the working tree is at (`git rev-parse HEAD`), or null outside a git repository or without git. */
export function gitHeadCommit(cwd: string): Promise<string | null> {
  return new Promise((resolve) => {
    execFile('git', ['rev-parse', 'HEAD'], { cwd, timeout: 10_000 }, (error, stdout) => {
      const sha = stdout.trim();
      resolve(error || !/^[0-9a-f]{40,64}$/.test(sha) ? null : sha);
    });
  });
}
