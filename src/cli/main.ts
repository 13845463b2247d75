import { UsageError } from '../core/errors.js';
import { suggest } from '../core/did-you-mean.js';
import { describeFailure, EXIT } from './exit-codes.js';
import { parseCommandArgs, type CliContext, type Command } from './command.js';
import { VERSION } from './version.js';

/** Finds the command whose (multi-word) name is the longest prefix of argv. */
function findCommand(commands: readonly Command[], argv: readonly string[]): { command: Command; rest: string[] } | undefined {
  let best: { command: Command; rest: string[] } | undefined;
  for (const command of commands) {
    const words = command.name.split(' ');
    if (words.every((w, i) => argv[i] === w) && (!best || words.length > best.command.name.split(' ').length)) {
      best = { command, rest: argv.slice(words.length) };
    }
  }
  return best;
}

function overview(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `mergeml ${VERSION}: the machine-learning lifecycle through pull requests.`,
    '',
    'Usage: mergeml <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  -h, --help     show help (also `mergeml <command> --help`)',
    '  -V, --version  print the version',
    '',
    'Exit codes: 0 ok, 1 a check or gate failed, 2 usage/input/config error, 70 internal error.',
    '',
  ].join('\n');
}

function groupHelp(prefix: string, commands: readonly Command[]): string | undefined {
  const members = commands.filter((c) => c.name.startsWith(`${prefix} `));
  if (members.length === 0) return undefined;
  const width = Math.max(...members.map((c) => c.name.length));
  return [`Usage: mergeml ${prefix} <command> [options]`, '', ...members.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`), ''].join('\n');
}

/**
 * Runs `mergeml` with argv (without node and script) over `commands` (all of ./commands/index.ts, or the one
 * argv names: see ./commands/lazy.ts) and returns the exit code. Never throws.
 */
export async function main(argv: readonly string[], ctx: CliContext, commands: readonly Command[]): Promise<number> {
  try {
    const first = argv[0];
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
      const target = first === 'help' ? argv.slice(1) : [];
      if (target.length > 0) return await main([...target, '--help'], ctx, commands);
      ctx.stdout(overview(commands));
      return first === undefined ? EXIT.usage : EXIT.ok;
    }
    if (first === '--version' || first === '-V') {
      ctx.stdout(`${VERSION}\n`);
      return EXIT.ok;
    }
    const found = findCommand(commands, argv);
    if (!found) {
      const group = groupHelp(first, commands);
      if (group !== undefined) {
        const sub = argv[1];
        if (sub === undefined || sub === '--help' || sub === '-h') {
          ctx.stdout(group);
          return sub === undefined ? EXIT.usage : EXIT.ok;
        }
        const names = commands.filter((c) => c.name.startsWith(`${first} `)).map((c) => c.name.split(' ')[1] ?? '');
        const hint = suggest(sub, names);
        throw new UsageError(`unknown command 'mergeml ${first} ${sub}'${hint ? ` (did you mean 'mergeml ${first} ${hint}'?)` : ''}. Run \`mergeml ${first} --help\`.`);
      }
      const hint = suggest(first, new Set(commands.map((c) => c.name.split(' ')[0] ?? '')));
      throw new UsageError(`unknown command '${first}'${hint ? ` (did you mean '${hint}'?)` : ''}. Run \`mergeml --help\`.`);
    }
    const args = parseCommandArgs(found.command, found.rest);
    if (args.values['help'] === true) {
      ctx.stdout(`${found.command.help.trimEnd()}\n`);
      return EXIT.ok;
    }
    return await found.command.run(args, ctx);
  } catch (error) {
    const { exitCode, message } = describeFailure(error);
    ctx.stderr(`${message}\n`);
    return exitCode;
  }
}
