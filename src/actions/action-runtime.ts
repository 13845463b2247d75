/**
 * The shared shell of every MergeML action: read the step's inputs (the runner passes them as INPUT_<NAME>
 * environment variables), parse them once with zod, run the body, and map a failure to the job log,
 * annotations and the exit code exactly as the CLI does (src/cli/exit-codes.ts is the one mapping).
 */
import { readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { z } from 'zod';
import { describeFailure } from '../cli/exit-codes.js';
import { parseCommandArgs, type CliContext, type Command } from '../cli/command.js';
import { InputError, MergemlError, type Problem } from '../core/errors.js';

/** What an action body may read besides its inputs: the runner's environment, parsed once. */
export interface ActionContext {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** GITHUB_WORKSPACE, else the process's working directory. */
  readonly cwd: string;
  readonly owner: string;
  readonly repo: string;
  readonly sha: string;
  /** The event payload at GITHUB_EVENT_PATH ({} when absent). */
  readonly event: Readonly<Record<string, unknown>>;
  /** Link to this run's page (its job summary). */
  readonly runUrl: string | undefined;
}

/** An annotation at a file and line (a failed row, a problem in a config file). */
export interface LineAnnotation {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly level: 'error' | 'warning' | 'notice';
  readonly title?: string;
  readonly message: string;
}

/** An optional text input: the empty string the runner passes for an unset input reads as undefined. */
export const text = () => z.string().min(1).optional();
/** A boolean input as YAML 1.2 core schema spells it (what core.getBooleanInput accepts). */
export const flag = (fallback: boolean) =>
  z.enum(['true', 'True', 'TRUE', 'false', 'False', 'FALSE']).optional().transform((v) => (v === undefined ? fallback : v.toLowerCase() === 'true'));
/** An integer input within bounds. */
export const integer = (min: number, max: number) => z.string().regex(/^-?\d+$/, 'an integer').transform(Number).pipe(z.number().int().min(min).max(max));

function readInputs(shape: Readonly<Record<string, unknown>>): Record<string, string | undefined> {
  return Object.fromEntries(Object.keys(shape).map((name) => [name, core.getInput(name) || undefined]));
}

function inputProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ path: `inputs.${issue.path.join('.')}`, message: issue.message, ...(issue.code === 'invalid_value' ? { expected: `one of ${issue.values.map(String).join(', ')}` } : {}) }));
}

function contextFrom(env: NodeJS.ProcessEnv): ActionContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '/').split('/');
  let event: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runUrl = env.GITHUB_RUN_ID ? `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  return { env, cwd: env.GITHUB_WORKSPACE || process.cwd(), owner, repo, sha: env.GITHUB_SHA ?? '', event, runUrl };
}

/** Writes annotations; GitHub shows at most 10 errors and 10 warnings per step, so more are summarised. */
export function annotate(annotations: readonly LineAnnotation[], max = 50): void {
  for (const a of annotations.slice(0, max)) {
    const props: core.AnnotationProperties = { file: a.file, ...(a.line !== undefined ? { startLine: a.line } : {}), ...(a.column !== undefined ? { startColumn: a.column } : {}), ...(a.title ? { title: a.title } : {}) };
    (a.level === 'error' ? core.error : a.level === 'warning' ? core.warning : core.notice)(a.message, props);
  }
  if (annotations.length > max) core.info(`${annotations.length - max} more annotations not shown; see the report`);
}

/** Reports a failure as the CLI would: message, annotations for located problems, exit code. */
function fail(error: unknown): void {
  const { exitCode, message } = describeFailure(error);
  const problems = error instanceof MergemlError && 'problems' in error ? (error.problems as readonly Problem[]) : [];
  annotate(problems.filter((p) => p.file !== undefined).map((p) => ({ file: p.file!, line: p.line, column: p.column, level: p.severity === 'warning' ? 'warning' : 'error', message: `${p.path ? `${p.path}: ` : ''}${p.message}${p.expected ? ` (expected ${p.expected})` : ''}` })));
  core.setFailed(message);
  process.exitCode = exitCode;
}

/**
 * Runs an action: inputs parsed with `schema` (all problems reported together, exit 2), then `body`.
 * Typed errors become exit codes and annotations through describeFailure, as in the CLI.
 */
export async function runAction<S extends z.ZodObject>(schema: S, body: (inputs: z.infer<S>, ctx: ActionContext) => Promise<void>): Promise<void> {
  try {
    const parsed = schema.safeParse(readInputs(schema.shape));
    if (!parsed.success) throw new InputError('invalid action inputs', inputProblems(parsed.error));
    await body(Object.freeze(parsed.data) as z.infer<S>, contextFrom(process.env));
  } catch (error) {
    fail(error);
  }
}

/**
 * Runs a `mergeml` command in process, its output going to the job log: the action then exposes the files
 * the command wrote. Returns the command's exit code (1 = a check or gate failed, reports written).
 */
export async function runCommand(command: Command, argv: readonly string[], ctx: ActionContext, stdout: (text: string) => void = (t) => process.stdout.write(t)): Promise<number> {
  const cli: CliContext = { cwd: ctx.cwd, env: ctx.env, stdout, stderr: (t) => process.stderr.write(t), interactive: false };
  return command.run(parseCommandArgs(command, argv), cli);
}

/** argv flags for the inputs that are set: `{ model: 'x', seed: 3 }` → `--model x --seed 3`. */
export function flags(values: Readonly<Record<string, string | number | undefined>>): string[] {
  return Object.entries(values).flatMap(([name, v]) => (v === undefined ? [] : [`--${name}`, String(v)]));
}

/** Sets every output; objects are written as JSON. */
export function setOutputs(outputs: Readonly<Record<string, unknown>>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}
