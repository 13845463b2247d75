import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { nodeConfigFiles } from '../../adapters/config/node-config-files.js';
import { readBatches } from '../../adapters/data/read-batches.js';
import { prewarmParallelPass, runParallelPass } from '../../adapters/data/parallel-pass.js';
import type { ReadOptions } from '../../core/data/read-options.js';
import { InputError, UsageError } from '../../core/errors.js';
import type { DataCheckConfig } from '../../core/policy/data-checks-schema.js';
import type { ProxiesConfig } from '../../core/policy/proxies-schema.js';
import { loadPolicyFile } from '../../pipeline/load-policy-file.js';
import { loadProject } from '../../pipeline/load-project.js';
import { validate, type FileRef, type ValidateOptions } from '../../pipeline/validate.js';
import { optionalString, type CliContext, type Command, type ParsedArgs } from '../command.js';
import { EXIT } from '../exit-codes.js';

const NAME = 'validate';

/** Reads a small input file (contract) as bytes; a missing file or a directory is an input error (exit 2). */
export async function readInputFile(path: string, file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${code ?? 'error'})`;
    throw new InputError(`${file}: ${what}`, [], { cause: error });
  }
}

/** Writes through a temp file and a rename, so a reader never sees half a report. */
export function writeOutputAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

function list(args: ParsedArgs, name: string): string[] {
  const v = args.values[name];
  return Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : [];
}

function ref(ctx: CliContext, file: string): FileRef {
  return { path: resolve(ctx.cwd, file), file };
}

/** Builds validate's options from flags, or from a project's model and split (`--config --model --split`). */
async function options(args: ParsedArgs, ctx: CliContext): Promise<ValidateOptions> {
  const opt = (name: string) => optionalString(args, name);
  const nulls = [...list(args, 'null-value'), ...list(args, 'null')];
  const read: ReadOptions = {
    ...(nulls.length > 0 ? { nullValues: nulls } : {}),
    ...(opt('delimiter') !== undefined ? { delimiter: opt('delimiter')! } : {}),
    ...(opt('format') !== undefined ? { format: opt('format') as 'csv' | 'jsonl' } : {}),
  };
  const config = opt('config');
  if (config !== undefined) {
    const modelName = opt('model');
    const split = opt('split') ?? 'train';
    if (split !== 'train' && split !== 'test' && split !== 'reference') throw new UsageError(`mergeml ${NAME}: --split must be train, test or reference, got ${JSON.stringify(split)}.`);
    const project = await loadProject(resolve(ctx.cwd, config), nodeConfigFiles(), ctx.cwd);
    const model = modelName === undefined && project.models.length === 1 ? project.models[0] : project.models.find((m) => m.name === modelName);
    if (model === undefined) throw new UsageError(`mergeml ${NAME}: ${modelName === undefined ? '--model is required (the project has several models)' : `no model ${JSON.stringify(modelName)} in ${config}`}: ${project.models.map((m) => m.name).join(', ')}.`);
    const data = model.data.find((d) => d.role === split);
    if (data === undefined) throw new UsageError(`mergeml ${NAME}: model ${model.name} has no ${split} data in ${config}.`);
    const referenceData = opt('reference') !== undefined ? ref(ctx, opt('reference')!) : split !== 'reference' ? model.data.find((d) => d.role === 'reference') : undefined;
    const dataConfig = model.config.data as { format?: 'csv' | 'jsonl'; delimiter?: string; null_values?: string[] };
    const policy = model.policy;
    const contract = opt('contract') !== undefined ? ref(ctx, opt('contract')!) : model.contract !== undefined ? { path: model.contract, file: relative(ctx.cwd, model.contract) || model.contract } : undefined;
    return {
      data: { path: data.path, file: data.file },
      read: { ...(dataConfig.format ? { format: dataConfig.format } : {}), ...(dataConfig.delimiter ? { delimiter: dataConfig.delimiter } : {}), ...(dataConfig.null_values ? { nullValues: dataConfig.null_values } : {}), ...read },
      ...(contract ? { contract } : {}),
      checks: policy.data_checks,
      policies: policy.names,
      ...(referenceData ? { reference: { path: referenceData.path, file: referenceData.file } } : {}),
      label: model.config.target,
      features: model.config.features,
      protected: model.config.protected.map((p) => ({ column: p.column, basis: p.basis })),
      ...(policy.proxies ? { proxies: policy.proxies } : {}),
      ...(policy.drift ? { drift: { stattest: policy.drift.stattest ?? 'auto', driftShare: policy.drift.drift_share ?? 0.5, severity: policy.drift.severity ?? 'warning', ...(policy.drift.threshold !== undefined ? { threshold: policy.drift.threshold } : {}), ...(policy.drift.columns ? { columns: policy.drift.columns } : {}) } } : {}),
    } as ValidateOptions;
  }
  const dataFile = opt('data');
  if (dataFile === undefined) throw new UsageError(`mergeml ${NAME}: --data is required (or --config with --model and --split). Run \`mergeml ${NAME} --help\`.`);
  let checks: readonly DataCheckConfig[] = [];
  let policies: readonly string[] = [];
  let proxies: ProxiesConfig | undefined;
  const protectedColumns = list(args, 'protected').map((spec) => {
    const [column, basis] = spec.split(':');
    return { column: column ?? spec, ...(basis !== undefined ? { basis } : {}) };
  });
  const policyFile = opt('policy');
  if (policyFile !== undefined) {
    const loaded = await loadPolicyFile(resolve(ctx.cwd, policyFile), nodeConfigFiles(), ctx.cwd, protectedColumns.map((p) => p.column));
    checks = loaded.policy.data_checks;
    policies = loaded.policy.names;
    proxies = loaded.policy.proxies;
  }
  const features = opt('features');
  return {
    data: ref(ctx, dataFile),
    read,
    ...(opt('contract') !== undefined ? { contract: ref(ctx, opt('contract')!) } : {}),
    checks,
    policies,
    ...(opt('reference') !== undefined ? { reference: ref(ctx, opt('reference')!) } : {}),
    ...(opt('target') !== undefined ? { label: opt('target')! } : {}),
    ...(features !== undefined ? { features: features.split(',').map((f) => f.trim()).filter((f) => f !== '') } : {}),
    ...(protectedColumns.length > 0 ? { protected: protectedColumns } : {}),
    ...(proxies ? { proxies } : {}),
  };
}

export const validateCommand: Command = {
  name: NAME,
  summary: 'check a data file against its data contract and policy data checks (DV01–DV26, drift)',
  help: `Usage: mergeml validate --data FILE [--contract C] [--policy P] [--reference R] [--json OUT] [--markdown OUT]
       mergeml validate --config mergeml.yaml --model NAME --split train|test|reference [--json OUT] [--markdown OUT]

Checks one data file in one streaming pass: the data contract (see docs/data-contract.md), the policy's
data_checks (DV01–DV26 of metrics.md §1) and, with a reference file, drift per column.

Options:
  --data FILE          CSV or JSON Lines file to validate
  --contract C         data contract YAML (written by \`mergeml schema infer\`)
  --policy P           policy YAML whose data_checks apply (extends are followed)
  --reference R        reference data (the data of the model in production): drift and reference defaults
  --config FILE        mergeml.yaml: take data, contract, policies and reference from --model and --split
  --model NAME         model in the project file (optional when it has one model)
  --split S            train (default), test or reference
  --target COL         the label column (DV27 conflicting labels, DV28 leakage)
  --features A,B,...   feature columns (default: all but the target and protected columns)
  --protected COL[:basis]  a protected attribute; repeat. Proxy strength of every feature is reported
  --null-value TEXT    cell text read as null; repeat for several (alias --null; default: the contract's
                       null_values, else only empty cells)
  --delimiter C        CSV delimiter (default ",")
  --format F           csv or jsonl (default from the extension)
  --json OUT           write the versioned JSON report (docs/validate.md); - for stdout
  --markdown OUT       write the markdown section for the PR comment; - for stdout
  --profile            also profile the file in the same pass and add \`profile\` to the JSON (docs/profile.md)

Exit codes: 0 every error-severity check passed, 1 one failed (reports written first), 2 bad input.
`,
  options: {
    data: { type: 'string' },
    contract: { type: 'string' },
    policy: { type: 'string' },
    reference: { type: 'string' },
    config: { type: 'string' },
    model: { type: 'string' },
    split: { type: 'string' },
    'null-value': { type: 'string', multiple: true },
    null: { type: 'string', multiple: true },
    target: { type: 'string' },
    features: { type: 'string' },
    protected: { type: 'string', multiple: true },
    delimiter: { type: 'string' },
    format: { type: 'string' },
    json: { type: 'string' },
    markdown: { type: 'string' },
    profile: { type: 'boolean' },
  },
  async run(args, ctx) {
    // The data file's worker threads start now; reading the contract and policy overlaps their start-up.
    const dataArg = args.values['data'];
    const format = args.values['format'];
    if (typeof dataArg === 'string') prewarmParallelPass(resolve(ctx.cwd, dataArg), format === 'csv' || format === 'jsonl' ? { format } : {});
    const opts = await options(args, ctx);
    // Readers name records by the path they were given: hand them the user's spelling so examples and
    // annotations say `data/test.csv:12`, not an absolute path.
    const display = new Map([opts.data, ...(opts.reference ? [opts.reference] : [])].map((f) => [f.path, f.file]));
    const readerPath = (path: string) => {
      const name = display.get(path);
      return name !== undefined && resolve(process.cwd(), name) === path ? name : path;
    };
    const outcome = await validate(args.values['profile'] === true ? { ...opts, profile: true } : opts, {
      readBatches: (path, o) => readBatches(readerPath(path), o),
      // Validate's consumers never keep a batch after consume(), so buffers may be reused.
      parallelPass: (path, o, specs) => runParallelPass(readerPath(path), o, specs, { reuseBatches: true }),
      readFile: (path) => readInputFile(path, path === opts.contract?.path ? opts.contract.file : path),
    });
    const json = optionalString(args, 'json');
    const markdown = optionalString(args, 'markdown');
    const emit = (target: string | undefined, text: string) => {
      if (target === undefined) return;
      if (target === '-') ctx.stdout(text);
      else writeOutputAtomic(resolve(ctx.cwd, target), text);
    };
    emit(json, `${JSON.stringify(outcome.report, null, 2)}\n`);
    emit(markdown, `${outcome.section.markdown}\n`);
    if (json !== '-' && markdown !== '-') ctx.stdout(outcome.text);
    else ctx.stderr(outcome.text);
    return outcome.report.status === 'pass' ? EXIT.ok : EXIT.failed;
  },
};
