// Reads a command's --help text the way its authors write it (src/cli/commands/*.ts): an option list of
// `  -c, --config FILE  description` lines with indented continuation lines, and an "Exit codes:" paragraph.
// Used by scripts/generate-command-docs.ts to fill each command page's options table.
import type { Command } from '../src/cli/command.js';

/** The help text exactly as `mergeml <command> --help` prints it (src/cli/main.ts). */
export function helpText(command: Command): string {
  return `${command.help.trimEnd()}\n`;
}

/** Splits an option line of the help into the flags it defines and their description. */
function splitOptionLine(trimmed: string): { flags: string; description: string } {
  const gap = /\s{2,}/.exec(trimmed);
  if (gap) return { flags: trimmed.slice(0, gap.index), description: trimmed.slice(gap.index).trim() };
  // One space only (`--positive-class VALUE positive class`): the flag and an upper-case or a|b metavar.
  const head = /^(?:-\w, )?--[\w-]+(?: (?:[A-Z][^\s]*|\S*\|\S*))?(?:\s+|$)/.exec(trimmed)?.[0] ?? '';
  return { flags: head, description: trimmed.slice(head.length).trim() };
}

/** The description an option has in the help's option list ('' when the help names it elsewhere only). */
export function optionDescription(help: string, long: string): string {
  const lines = help.split('\n');
  const flag = new RegExp(`(^|[\\s,(\\[|])--${long}(?![\\w-])`);
  const start = lines.findIndex((l) => /^\s+-/.test(l) && flag.test(splitOptionLine(l.trimStart()).flags));
  if (start === -1) {
    // `--null-value TEXT  … (alias --null; …)`: an alias is described by the option it stands for.
    const alias = new RegExp(`\\balias --${long}(?![\\w-])`);
    const owner = lines.find((l) => /^\s+-/.test(l) && alias.test(l));
    const name = owner === undefined ? undefined : /--[\w-]+/.exec(splitOptionLine(owner.trimStart()).flags)?.[0];
    return name === undefined ? '' : `alias of ${name}`;
  }
  const line = lines[start]!;
  const indent = line.length - line.trimStart().length;
  const parts = [splitOptionLine(line.trimStart()).description];
  for (const next of lines.slice(start + 1)) {
    const nextIndent = next.length - next.trimStart().length;
    if (next.trim() === '' || nextIndent <= indent || next.trimStart().startsWith('-')) break;
    parts.push(next.trim());
  }
  return parts.join(' ').trim();
}

/** The placeholder the help's option list gives an option's value (`FILE`, `binary|regression`), or ''. */
export function optionMetavar(help: string, long: string): string {
  for (const line of help.split('\n')) {
    if (!/^\s+-/.test(line)) continue;
    const { flags } = splitOptionLine(line.trimStart());
    const match = new RegExp(`(?:^|[\\s,(\\[|])--${long} ([^\\s-][^\\s]*)`).exec(flags);
    if (match) return match[1]!.replace(/,$/, '');
  }
  // Not in an option list: the usage block (up to the first blank line) may still show it.
  const usage = help.split(/\n[ \t]*\n/)[0]!;
  return new RegExp(`--${long} ([^\\s\\-\\[\\]()]+)`).exec(usage)?.[1] ?? '';
}

/** The help's own "Exit codes: …" paragraph, on one line ('' when the help has none). */
export function exitCodesParagraph(help: string): string {
  const start = /^Exit codes:/m.exec(help);
  if (!start) return '';
  const paragraph = help.slice(start.index + 'Exit codes:'.length).split(/\n[ \t]*\n/)[0]!;
  return paragraph.replace(/\s*\n\s*/g, ' ').trim();
}
