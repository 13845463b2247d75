import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../core/errors.js';
import { suggest } from '../core/did-you-mean.js';

/** What a command may touch: injected so commands run in-process in tests. */
export interface CliContext {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** True when stderr is an interactive terminal (progress bars, colours). */
  readonly interactive: boolean;
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | string[] | boolean[] | undefined>>;
  readonly positionals: readonly string[];
}

/** One `mergeml` command. `name` may have several words (`config check`). */
export interface Command {
  readonly name: string;
  readonly summary: string;
  /** Usage line(s) and a description of every option, printed by `--help`. */
  readonly help: string;
  readonly options: OptionSpec;
  readonly positionals?: { readonly min: number; readonly max: number };
  run(args: ParsedArgs, ctx: CliContext): Promise<number>;
}

/** Parses argv for one command; every mistake becomes a UsageError naming the flag and the expected form. */
export function parseCommandArgs(command: Command, argv: readonly string[]): ParsedArgs {
  const options: OptionSpec = { ...command.options, help: { type: 'boolean', short: 'h' } };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    if (unknown !== undefined) {
      const hint = suggest(unknown.replace(/^-+/, ''), Object.keys(options));
      throw new UsageError(
        `mergeml ${command.name}: unknown option ${unknown}${hint ? ` (did you mean --${hint}?)` : ''}. Run \`mergeml ${command.name} --help\`.`,
      );
    }
    throw new UsageError(`mergeml ${command.name}: ${message.replace(/\. To specify.*$/s, '')}. Run \`mergeml ${command.name} --help\`.`, { cause: error });
  }
  const positionals = parsed.positionals;
  const bounds = command.positionals ?? { min: 0, max: 0 };
  if (!parsed.values['help'] && (positionals.length < bounds.min || positionals.length > bounds.max)) {
    const extra = positionals.length > bounds.max ? `unexpected argument '${positionals[bounds.max]}'` : 'missing argument';
    throw new UsageError(`mergeml ${command.name}: ${extra}. Run \`mergeml ${command.name} --help\`.`);
  }
  return { values: parsed.values as ParsedArgs['values'], positionals };
}

/** Reads a required string option or throws a UsageError naming it. */
export function requireString(args: ParsedArgs, name: string, command: string): string {
  const value = args.values[name];
  if (typeof value !== 'string' || value.length === 0) {
    throw new UsageError(`mergeml ${command}: --${name} is required. Run \`mergeml ${command} --help\`.`);
  }
  return value;
}

/** Reads an optional string option. */
export function optionalString(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}
