/** What every `mergeml registry …` command shares: the git port, the clock, the test crash hook, output. */
import { openRegistryGit } from '../../adapters/git/registry-git.js';
import { UsageError } from '../../core/errors.js';
import { PUBLISH_STEPS, type PublishStep, type RegistryGit, type RegistryPorts } from '../../pipeline/registry-ports.js';
import { optionalString, type CliContext, type ParsedArgs } from '../command.js';

/** Ports over the clone at ctx.cwd. MERGEML_TEST_CRASH_AFTER=<step> kills the process after that step (tests only). */
export async function registryPorts(ctx: CliContext): Promise<RegistryPorts> {
  const git: RegistryGit = await openRegistryGit(ctx.cwd, ctx.env);
  const crashAfter = ctx.env['MERGEML_TEST_CRASH_AFTER'];
  if (crashAfter !== undefined && crashAfter !== '' && !(PUBLISH_STEPS as readonly string[]).includes(crashAfter)) {
    throw new UsageError(`MERGEML_TEST_CRASH_AFTER=${crashAfter} names no step (expected one of ${PUBLISH_STEPS.join(', ')})`);
  }
  return {
    git,
    clock: { now: () => new Date().toISOString() },
    // SIGKILL, not an exception: a crash runs no cleanup, which is what the crash-safety tests need.
    afterStep: (step: PublishStep) => { if (step === crashAfter) process.kill(process.pid, 'SIGKILL'); },
    log: (line) => ctx.stderr(`${line}\n`),
  };
}

/** The branch to publish to: --branch, else the current branch, else main. */
export async function targetBranch(args: ParsedArgs, git: RegistryGit): Promise<string> {
  return optionalString(args, 'branch') ?? (await git.currentBranch()) ?? 'main';
}

/** Who runs the command: GITHUB_ACTOR in a workflow, else the git identity. */
export function actorOf(ctx: CliContext): string | null {
  return ctx.env['GITHUB_ACTOR'] || ctx.env['GIT_COMMITTER_NAME'] || null;
}

/** Writes JSON (stable key order as built) to stdout. */
export function printJson(ctx: CliContext, value: unknown): void {
  ctx.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** Left-aligned plain-text table for terminals. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

export const JSON_OPTION = { json: { type: 'boolean' } } as const;
