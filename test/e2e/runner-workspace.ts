/**
 * The runner side of a job for the end-to-end test: a fresh workspace per job (a clone of the bare remote
 * at the ref actions/checkout would check out, or an empty one), and artifacts moved between jobs through a
 * folder as upload-artifact and download-artifact move them.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { GitSandbox } from '../registry/registry-fixture.js';

export interface RunnerHost {
  readonly sb: GitSandbox;
}

let jobs = 0;

/** A job's runner workspace: a clone of the remote with `ref` (a branch or a commit) checked out. */
export function checkout(life: RunnerHost, job: string, ref: string): string {
  const ws = life.sb.clone(`ws-${++jobs}-${job}`);
  life.sb.git(ws, ['checkout', '-q', ref]);
  return ws;
}

/** An empty runner workspace (jobs that check out only MergeML itself, not the repository). */
export function emptyWorkspace(life: RunnerHost, job: string): string {
  const ws = join(life.sb.root, `ws-${++jobs}-${job}`);
  mkdirSync(ws);
  return ws;
}

function artifactDir(life: RunnerHost, runId: number, name: string): string {
  return join(life.sb.root, 'artifacts', String(runId), name);
}

/** upload-artifact: a directory uploads its contents, a file itself. */
export function upload(life: RunnerHost, runId: number, name: string, path: string): void {
  if (!existsSync(path)) return; // if-no-files-found: warn
  const into = artifactDir(life, runId, name);
  mkdirSync(into, { recursive: true });
  if (statSync(path).isDirectory()) cpSync(path, into, { recursive: true });
  else cpSync(path, join(into, basename(path)));
}

/** download-artifact by `name` (exact) or `pattern` (`prefix*`), with `merge-multiple: true`. */
export function download(life: RunnerHost, runId: number, pattern: string, into: string): void {
  const root = join(life.sb.root, 'artifacts', String(runId));
  const matches = (name: string) => (pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern);
  mkdirSync(into, { recursive: true });
  for (const name of existsSync(root) ? readdirSync(root) : []) if (matches(name)) cpSync(join(root, name), into, { recursive: true });
}

/** Writes a file in a working clone (creating folders). */
export function writeIn(dir: string, path: string, text: string): void {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
}
