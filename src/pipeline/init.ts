import { basename, join, relative } from 'node:path';
import { parseCsvHeader } from '../core/config/csv-header.js';
import { guessBasis, renderPolicyTemplate, renderProjectTemplate, type ScaffoldModel } from '../core/config/scaffold.js';
import { MODEL_NAME } from '../core/config/project-schema.js';
import { UsageError } from '../core/errors.js';

/** What `init` touches. Paths are absolute. */
export interface InitFiles {
  exists(path: string): Promise<boolean>;
  /** First line of a text file, or undefined when it cannot be read. */
  firstLine(path: string): Promise<string | undefined>;
  /** Starter workflow files shipped with the package: name → content. */
  starterWorkflows(): Promise<ReadonlyMap<string, string>>;
  /** Writes every file atomically (temp file + rename), creating folders. */
  writeAll(files: readonly { path: string; content: string }[]): Promise<void>;
}

export interface InitOptions {
  readonly dir: string;
  readonly force: boolean;
  readonly train?: string;
  readonly target?: string;
  readonly positiveClass?: string;
  readonly model?: string;
}

export interface InitResult {
  readonly schemaVersion: 1;
  readonly dir: string;
  readonly written: readonly string[];
  readonly model: { readonly name: string; readonly features: number; readonly protected: readonly { column: string; basis: string }[] } | null;
}

const SCHEMA_REF = './node_modules/mergeml/policies';

async function scaffoldModel(o: InitOptions, files: InitFiles): Promise<ScaffoldModel | undefined> {
  if (o.train === undefined) {
    if (o.target !== undefined || o.positiveClass !== undefined) throw new UsageError('mergeml init: --target and --positive-class need --train FILE.');
    return undefined;
  }
  if (o.target === undefined || o.positiveClass === undefined) throw new UsageError('mergeml init: --train needs --target COLUMN and --positive-class VALUE.');
  const header = await files.firstLine(join(o.dir, o.train));
  if (header === undefined) throw new UsageError(`mergeml init: cannot read ${o.train} (relative to ${o.dir}); expected a CSV file with a header row.`);
  const columns = parseCsvHeader(header.replace(/^\uFEFF/, ''));
  if (!columns.includes(o.target)) throw new UsageError(`mergeml init: target column '${o.target}' is not in the header of ${o.train} (columns: ${columns.join(', ')}).`);
  const name = o.model ?? (basename(o.dir).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '') || 'model');
  if (!MODEL_NAME.test(name)) throw new UsageError(`mergeml init: model name '${name}' is not valid; pass --model NAME (lowercase letters, digits, ".", "_", "-").`);
  const prot = columns.filter((c) => c !== o.target).flatMap((c) => {
    const basis = guessBasis(c);
    return basis ? [{ column: c, basis }] : [];
  });
  const features = columns.filter((c) => c !== o.target && !prot.some((p) => p.column === c));
  return { name, train: o.train, target: o.target, positiveClass: o.positiveClass, features, protected: prot };
}

/**
 * Scaffolds mergeml.yaml, policy.yaml and the starter workflows into `dir`. Refuses, before writing
 * anything, when a target file exists and `force` is not set.
 */
export async function initProject(o: InitOptions, files: InitFiles): Promise<InitResult> {
  const model = await scaffoldModel(o, files);
  const planned = [
    { path: join(o.dir, 'mergeml.yaml'), content: renderProjectTemplate(model, `${SCHEMA_REF}/project.schema.json`) },
    { path: join(o.dir, 'policy.yaml'), content: renderPolicyTemplate(`${SCHEMA_REF}/policy.schema.json`) },
  ];
  for (const [name, content] of [...(await files.starterWorkflows())].sort(([a], [b]) => a.localeCompare(b))) {
    planned.push({ path: join(o.dir, '.github', 'workflows', name), content });
  }
  if (!o.force) {
    const existing: string[] = [];
    for (const f of planned) if (await files.exists(f.path)) existing.push(relative(o.dir, f.path));
    if (existing.length > 0) {
      throw new UsageError(`mergeml init: ${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''} in ${o.dir}; nothing was written. Use --force to overwrite.`);
    }
  }
  await files.writeAll(planned);
  return {
    schemaVersion: 1,
    dir: o.dir,
    written: planned.map((f) => relative(o.dir, f.path)),
    model: model ? { name: model.name, features: model.features.length, protected: model.protected.map((p) => ({ column: p.column, basis: p.basis })) } : null,
  };
}
