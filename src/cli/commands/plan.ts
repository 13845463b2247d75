import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { planChange, splitList } from '../../pipeline/plan.js';
import { writeOutputAtomic } from '../../pipeline/metrics.js';
import { optionalString, type CliContext, type Command, type ParsedArgs } from '../command.js';
import { EXIT } from '../exit-codes.js';

const list = (args: ParsedArgs, name: string): string[] => {
  const v = args.values[name];
  return (Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : []).flatMap((s) => splitList(s));
};

/** Changed files from --changed, --changed-files FILE ('-' = stdin text given by the caller) or git diff --base. */
async function changedFiles(args: ParsedArgs, ctx: CliContext): Promise<string[]> {
  const file = optionalString(args, 'changed-files');
  const base = optionalString(args, 'base');
  const given = list(args, 'changed');
  if (file !== undefined) given.push(...splitList(await readFile(file === '-' ? '/dev/stdin' : resolve(ctx.cwd, file), 'utf8')));
  if (base !== undefined) {
    try {
      given.push(...splitList(execFileSync('git', ['diff', '--name-only', `${base}...HEAD`], { cwd: ctx.cwd, encoding: 'utf8' })));
    } catch (error) {
      throw new UsageError(`mergeml plan: git diff against --base ${base} failed (is it a fetched ref?)`, { cause: error });
    }
  }
  return given;
}

export const planCommand: Command = {
  name: 'plan',
  summary: 'which models a change affects (data, config, contract, policies, paths) → a workflow matrix',
  help: `Usage: mergeml plan [--config FILE]... (--changed LIST | --changed-files FILE | --base REF | --all) [--json OUT]

Reads each project file (not the data) and decides, per model, whether a changed file is one of its data
files, its project file, its contract, one of its policies (or a policy they extend), or matches one of its
\`paths\` globs (relative to the repository root). Prints the plan; --json writes it (docs/actions/plan.md), with
\`matrix\` ready for \`strategy.matrix\`.

Options:
  -c, --config FILE     project file, repository-relative; repeat for several (default mergeml.yaml)
  --changed LIST        changed paths, separated by newlines, commas or spaces; repeatable
  --changed-files FILE  a file with one changed path per line ('-' for stdin)
  --base REF            changed files from \`git diff --name-only REF...HEAD\`
  --global GLOB         a change matching GLOB affects every model (repeatable)
  --all                 every model is affected
  --json OUT            write the plan JSON ('-' for stdout)

Exit codes: 0 planned, 2 usage or config error.`,
  options: {
    config: { type: 'string', short: 'c', multiple: true },
    changed: { type: 'string', multiple: true },
    'changed-files': { type: 'string' },
    base: { type: 'string' },
    global: { type: 'string', multiple: true },
    all: { type: 'boolean' },
    json: { type: 'string' },
  },
  async run(args, ctx) {
    const all = args.values['all'] === true;
    const changed = await changedFiles(args, ctx);
    if (!all && changed.length === 0 && args.values['changed'] === undefined && optionalString(args, 'changed-files') === undefined && optionalString(args, 'base') === undefined) {
      throw new UsageError('mergeml plan: pass --changed, --changed-files, --base or --all. Run `mergeml plan --help`.');
    }
    const configs = list(args, 'config');
    const plan = await planChange(
      { configs: configs.length > 0 ? configs : ['mergeml.yaml'], changedFiles: changed, all, globalPaths: list(args, 'global') },
      { readFile: (p) => readFile(resolve(ctx.cwd, p)).then((b) => new Uint8Array(b), () => undefined) },
    );
    const json = optionalString(args, 'json');
    const text = `${JSON.stringify(plan, null, 2)}\n`;
    if (json !== undefined && json !== '-') writeOutputAtomic(resolve(ctx.cwd, json), text);
    if (json === '-') ctx.stdout(text);
    else {
      for (const m of plan.models) ctx.stdout(`${m.affected ? 'run ' : 'skip'} ${m.model} (${m.config})${m.affected ? `: ${m.reasons.slice(0, 3).map((r) => `${r.kind} ${r.file}`).join(', ')}` : ''}\n`);
      ctx.stdout(`${plan.matrix.include.length} of ${plan.models.length} models affected by ${plan.changedFiles} changed files\n`);
    }
    return EXIT.ok;
  },
};
