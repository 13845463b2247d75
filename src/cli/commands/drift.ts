import { resolve } from 'node:path';
import { nodeConfigFiles } from '../../adapters/config/node-config-files.js';
import { readBatches } from '../../adapters/data/read-batches.js';
import type { ReadOptions } from '../../core/data/read-options.js';
import { UsageError } from '../../core/errors.js';
import { driftOptionsFromPolicy } from '../../core/drift/drift-options.js';
import { runDrift } from '../../pipeline/drift.js';
import { loadPolicyFile } from '../../pipeline/load-policy-file.js';
import { optionalString, requireString, type Command, type ParsedArgs } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { writeOutputAtomic } from './validate.js';

const NAME = 'drift';

function list(args: ParsedArgs, name: string): string[] {
  const v = args.values[name];
  const raw = Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : [];
  return raw.flatMap((s) => s.split(',')).map((s) => s.trim()).filter((s) => s.length > 0);
}

export const driftCommand: Command = {
  name: NAME,
  summary: 'compare current data with reference data: drift per column (PSI, KS, χ², Z, Jensen–Shannon, Wasserstein) and for the dataset',
  help: `Usage: mergeml drift --reference A --current B [--columns C1,C2] [--policy P] [--json OUT] [--markdown OUT]

Reads both files once each, in bounded memory, and tests every shared column with Evidently's default test
(by column type, reference size and distinct values) or the policy's. A column drifts when its p-value is at
or below (KS) / below (χ², Z) the threshold, or its distance is at or above it; the dataset drifts when the
share of drifted columns reaches drift_share. See docs/drift.md.

Options:
  --reference A        the reference data (the data of the model in production), CSV or JSON Lines
  --current B          the current data
  --columns C1,C2      only these columns (repeatable or comma-separated); each must exist in both files
  --policy P           policy YAML whose drift: section sets tests, thresholds, drift_share and severity
  --null-value TEXT    cell text read as null; repeat for several (default: empty cells)
  --delimiter C        CSV delimiter (default ",")
  --format F           csv or jsonl (default from the extension)
  --json OUT           write the versioned JSON report; - for stdout
  --markdown OUT       write the markdown section for the PR comment; - for stdout

Exit codes: 0 no dataset drift (or drift with severity warning), 1 dataset drift with severity error
(reports written first), 2 bad input.
`,
  options: {
    reference: { type: 'string' },
    current: { type: 'string' },
    columns: { type: 'string', multiple: true },
    policy: { type: 'string' },
    'null-value': { type: 'string', multiple: true },
    delimiter: { type: 'string' },
    format: { type: 'string' },
    json: { type: 'string' },
    markdown: { type: 'string' },
  },
  async run(args, ctx) {
    const reference = requireString(args, 'reference', NAME);
    const current = requireString(args, 'current', NAME);
    const format = optionalString(args, 'format');
    if (format !== undefined && format !== 'csv' && format !== 'jsonl') throw new UsageError(`mergeml ${NAME}: --format must be csv or jsonl, got ${JSON.stringify(format)}.`);
    const nulls = list(args, 'null-value');
    const delimiter = optionalString(args, 'delimiter');
    const read: ReadOptions = {
      ...(nulls.length > 0 ? { nullValues: args.values['null-value'] as string[] } : {}),
      ...(delimiter !== undefined ? { delimiter } : {}),
      ...(format !== undefined ? { format } : {}),
    };
    const policyFile = optionalString(args, 'policy');
    const policy = policyFile !== undefined ? (await loadPolicyFile(resolve(ctx.cwd, policyFile), nodeConfigFiles(), ctx.cwd, [])).policy : undefined;
    const columns = list(args, 'columns');
    // Readers name records by the path they are given; pass the user's spelling when it resolves the same.
    const readerPath = (file: string) => (resolve(process.cwd(), file) === resolve(ctx.cwd, file) ? file : resolve(ctx.cwd, file));
    const outcome = await runDrift(
      {
        reference: { path: readerPath(reference), file: reference },
        current: { path: readerPath(current), file: current },
        read,
        ...(columns.length > 0 ? { columns } : {}),
        drift: driftOptionsFromPolicy(policy?.drift),
      },
      { readBatches },
    );
    const json = optionalString(args, 'json');
    const markdown = optionalString(args, 'markdown');
    const emit = (target: string | undefined, text: string) => {
      if (target === undefined) return;
      if (target === '-') ctx.stdout(text);
      else writeOutputAtomic(resolve(ctx.cwd, target), text);
    };
    emit(json, `${JSON.stringify(outcome.report, null, 2)}\n`);
    emit(markdown, `${outcome.markdown}\n`);
    if (json !== '-' && markdown !== '-') ctx.stdout(outcome.text);
    else ctx.stderr(outcome.text);
    return outcome.report.failed ? EXIT.failed : EXIT.ok;
  },
};
