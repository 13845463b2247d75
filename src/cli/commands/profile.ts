import { renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { renderProfileTable } from '../../core/profile/render-table.js';
import { profileData } from '../../pipeline/profile.js';
import { prewarmParallelPass } from '../../adapters/data/parallel-pass.js';
import { optionalString, requireString, type Command } from '../command.js';

function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`mergeml profile: --${flag} must be a positive integer, got ${JSON.stringify(value)}`);
  return Number(value);
}

export const profileCommand: Command = {
  name: 'profile',
  summary: 'Profile a CSV or JSON Lines file: types, nulls, distinct counts, statistics, quantiles, top values',
  help: `Usage: mergeml profile --data FILE [--json OUT] [--delimiter ,] [--null NA ...]

Reads FILE once (in bounded memory, on every core for large CSV files) and prints one row per column.

Options:
  --data FILE               the CSV or JSON Lines (.jsonl, .ndjson) file to profile (required)
  --json OUT                also write the versioned JSON profile to OUT (\`-\` prints it instead of the table)
  --delimiter C             CSV field delimiter (default ","; "tab" for TSV)
  --null TOKEN              a cell text that means missing; repeat for several (default: only empty cells)
  --format csv|jsonl        override the format guessed from the extension
  --max-record-bytes N      largest record accepted (default 16777216 = 16 MiB)
  --threads N               threads to use (default: one per core)

Exit codes: 0 profiled, 2 the file cannot be read (the message names file:line). See docs/profile.md.
`,
  options: {
    data: { type: 'string' },
    json: { type: 'string' },
    delimiter: { type: 'string' },
    null: { type: 'string', multiple: true },
    format: { type: 'string' },
    'max-record-bytes': { type: 'string' },
    threads: { type: 'string' },
  },
  async run(args, ctx) {
    const data = requireString(args, 'data', 'profile');
    const format = optionalString(args, 'format');
    if (format !== undefined && format !== 'csv' && format !== 'jsonl') throw new UsageError(`mergeml profile: --format must be csv or jsonl, got ${JSON.stringify(format)}`);
    const nulls = args.values['null'];
    const maxRecordBytes = positiveInt(optionalString(args, 'max-record-bytes'), 'max-record-bytes');
    const threads = positiveInt(optionalString(args, 'threads'), 'threads');
    const delimiter = optionalString(args, 'delimiter');
    prewarmParallelPass(resolve(ctx.cwd, data), { ...(threads !== undefined ? { threads } : {}), ...(format !== undefined ? { format } : {}) });
    const profile = await profileData({
      data: resolve(ctx.cwd, data),
      read: {
        ...(format !== undefined ? { format } : {}),
        ...(delimiter !== undefined ? { delimiter } : {}),
        ...(Array.isArray(nulls) ? { nullValues: nulls.map(String) } : {}),
        ...(maxRecordBytes !== undefined ? { maxRecordBytes } : {}),
      },
      ...(threads !== undefined ? { threads } : {}),
    }).catch((error: unknown) => {
      throw relabel(error, resolve(ctx.cwd, data), data);
    });
    const shown = { ...profile, file: data };
    const json = `${JSON.stringify(shown, null, 2)}\n`;
    const out = optionalString(args, 'json');
    if (out === '-') ctx.stdout(json);
    else {
      if (out !== undefined) {
        const target = resolve(ctx.cwd, out);
        const tmp = `${target}.${process.pid}.tmp`;
        writeFileSync(tmp, json);
        renameSync(tmp, target);
      }
      ctx.stdout(renderProfileTable(shown));
    }
    return 0;
  },
};

/** Messages name the file as the user typed it, not the absolute path the pipeline was given. */
function relabel(error: unknown, absolute: string, typed: string): unknown {
  if (error instanceof Error && absolute !== typed) {
    error.message = error.message.split(absolute).join(typed);
    const problems = (error as { problems?: { file?: string }[] }).problems;
    if (Array.isArray(problems)) for (const p of problems) if (p.file === absolute) (p as { file: string }).file = typed;
  }
  return error;
}
