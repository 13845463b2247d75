import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readBatches } from '../../adapters/data/read-batches.js';
import type { ReadOptions } from '../../core/data/read-options.js';
import { UsageError } from '../../core/errors.js';
import { writeOutputAtomic } from './validate.js';
import { inferSchema } from '../../pipeline/schema-infer.js';
import { optionalString, requireString, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';

const NAME = 'schema infer';

export const schemaInferCommand: Command = {
  name: NAME,
  summary: 'infer a data contract (types, nullability, ranges, domains, keys) from a data file, as YAML for review',
  help: `Usage: mergeml schema infer --data FILE [--out contract.yaml] [--null-value TEXT ...] [--force]

Reads the file once and writes a data contract for review (see docs/data-contract.md): each column's type,
whether it may be null, the observed range of numeric columns, the categories of low-cardinality string
columns and unique keys. Structural facts are errors; facts a sample cannot prove (no nulls seen, observed
ranges) are warnings until a reviewer tightens them. \`mergeml validate --contract\` checks data against it.

Options:
  --data FILE          CSV or JSON Lines file
  --out FILE           write the contract here (default: stdout); refuses to overwrite without --force
  --force              overwrite --out if it exists
  --null-value TEXT    cell text read as null; repeat for several (alias --null; default ""); recorded in
                       the contract
  --delimiter C        CSV delimiter (default ",")
  --format F           csv or jsonl (default from the extension)
`,
  options: {
    data: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    'null-value': { type: 'string', multiple: true },
    null: { type: 'string', multiple: true },
    delimiter: { type: 'string' },
    format: { type: 'string' },
  },
  async run(args, ctx) {
    const data = requireString(args, 'data', NAME);
    const asList = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
    const nulls = [...asList(args.values['null-value']), ...asList(args.values['null'])];
    const delimiter = optionalString(args, 'delimiter');
    const format = optionalString(args, 'format');
    if (format !== undefined && format !== 'csv' && format !== 'jsonl') throw new UsageError(`mergeml ${NAME}: --format must be csv or jsonl, got ${JSON.stringify(format)}.`);
    const read: ReadOptions = { ...(nulls.length > 0 ? { nullValues: nulls } : {}), ...(delimiter !== undefined ? { delimiter } : {}), ...(format !== undefined ? { format } : {}) };
    const out = optionalString(args, 'out');
    if (out !== undefined && existsSync(resolve(ctx.cwd, out)) && args.values['force'] !== true) {
      throw new UsageError(`mergeml ${NAME}: ${out} exists; pass --force to overwrite it.`);
    }
    const path = resolve(ctx.cwd, data);
    const result = await inferSchema({ path, file: data }, read, { readBatches: (p, o) => readBatches(resolve(process.cwd(), data) === p ? data : p, o) });
    if (out === undefined) ctx.stdout(result.yaml);
    else {
      writeOutputAtomic(resolve(ctx.cwd, out), result.yaml);
      ctx.stderr(`wrote ${out}: ${result.contract.columns.length} columns from ${result.rows} rows\n`);
    }
    return EXIT.ok;
  },
};
