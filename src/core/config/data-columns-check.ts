import { suggest } from '../did-you-mean.js';
import type { Problem } from '../errors.js';
import type { ModelConfig } from './project-schema.js';
import { formatPath, type SourceMap } from './source-map.js';

/** The header of one of a model's data files. */
export interface DataHeader {
  readonly role: 'train' | 'test' | 'reference';
  readonly file: string;
  readonly columns: readonly string[];
}

/**
 * Every column the model names must be in the header of its data files: target, features and protected
 * attributes in train and test; features and protected attributes in reference (production data may have no
 * labels yet). One problem per column reference, listing every file that lacks it, with a did-you-mean.
 */
export function checkModelColumns(file: string, map: SourceMap, modelName: string, model: ModelConfig, headers: readonly DataHeader[]): Problem[] {
  const problems: Problem[] = [];
  const base = ['models', modelName];
  const check = (column: string, path: (string | number)[], what: string, roles: readonly DataHeader['role'][]) => {
    const lacking = headers.filter((h) => roles.includes(h.role) && !h.columns.includes(column));
    if (lacking.length === 0) return;
    // One- and two-letter names are all within edit distance 2 of each other: a hint would be noise.
    const hint = column.length > 2 ? suggest(column, lacking[0]!.columns) : undefined;
    problems.push({
      file,
      ...map.valueAt([...base, ...path]),
      path: formatPath([...base, ...path]),
      message: `${what} '${column}' is not a column of ${lacking.map((h) => h.file).join(', ')}${hint ? ` (did you mean '${hint}'?)` : ''}`,
      expected: `a column of the header: ${lacking[0]!.columns.join(', ')}`,
    });
  };
  check(model.target, ['target'], 'target', ['train', 'test']);
  model.features.forEach((f, i) => check(f, ['features', i], 'feature', ['train', 'test', 'reference']));
  model.protected.forEach((p, i) => check(p.column, ['protected', i, 'column'], 'protected attribute', ['train', 'test', 'reference']));
  return problems;
}
