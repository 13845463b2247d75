/**
 * Runs a committed action bundle (dist/actions/<name>/index.js) as a child process exactly as the runner
 * starts it: INPUT_<NAME> variables (upper-cased, spaces → `_`, hyphens kept), GITHUB_EVENT_PATH,
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_API_URL, GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_TOKEN, and the
 * workspace as the working directory. Parses the outputs file the way the runner does.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/run-cli.js';

export interface ActionRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

export interface ActionRunOptions {
  readonly workspace: string;
  readonly inputs?: Readonly<Record<string, string>>;
  readonly event?: unknown;
  readonly eventName?: string;
  readonly apiUrl?: string;
  readonly token?: string;
  readonly env?: Readonly<Record<string, string>>;
}

/** `name<<delimiter\nvalue\ndelimiter` blocks (and plain `name=value` lines) of a GITHUB_OUTPUT file. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      out[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
  }
  return out;
}

/** The variable the runner sets for an input: `INPUT_` + name upper-cased with spaces as `_` (hyphens kept). */
export const inputVariable = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

export async function runActionBundle(name: string, o: ActionRunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), `mergeml-action-${name}-`));
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary.md'), event: join(dir, 'event.json') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.event, JSON.stringify(o.event ?? {}));
  // A clean environment like a runner's: nothing of the test process leaks in except PATH and HOME.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_EVENT_NAME: o.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '9',
    ...(o.apiUrl ? { GITHUB_API_URL: o.apiUrl } : {}),
    ...(o.token ? { GITHUB_TOKEN: o.token } : {}),
    ...Object.fromEntries(Object.entries(o.inputs ?? {}).map(([k, v]) => [inputVariable(k), v])),
    ...o.env,
  };
  const child = spawn(process.execPath, [join(repoRoot, 'dist/actions', name, 'index.js')], { cwd: o.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { status, stdout, stderr, outputs: parseOutputFile(readFileSync(files.output, 'utf8')), summary: readFileSync(files.summary, 'utf8') };
}
