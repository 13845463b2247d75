import { suggest } from '../did-you-mean.js';
import type { Problem } from '../errors.js';
import type { ModelConfig } from './project-schema.js';
import { formatPath, type SourceMap } from './source-map.js';

/** The distinct non-null values of a model's target column in its training file (at most a few). */
export interface TargetValues {
  readonly file: string;
  readonly values: readonly string[];
  /** True when there were more distinct values than were collected. */
  readonly truncated: boolean;
}

/** Whether a raw cell text is the configured positive class (`1` matches `1.0`; booleans ignore case). */
export function isPositiveClass(text: string, positive: string | number | boolean): boolean {
  if (typeof positive === 'number') return text.trim() !== '' && Number(text) === positive;
  if (typeof positive === 'boolean') return text.trim().toLowerCase() === String(positive);
  return text === positive;
}

/**
 * A binary classifier's training target must have exactly two distinct values, one of them the positive
 * class. A mistyped positive class (`Bad` for `bad`) would otherwise train a model that never predicts it.
 */
export function checkTargetValues(file: string, map: SourceMap, modelName: string, model: ModelConfig, observed: TargetValues): Problem[] {
  if (model.task !== 'binary_classification' || model.positive_class === undefined) return [];
  const base = ['models', modelName];
  const positive = model.positive_class;
  const list = `${observed.values.map((v) => JSON.stringify(v)).join(', ')}${observed.truncated ? ', …' : ''}`;
  const problems: Problem[] = [];
  if (observed.truncated || observed.values.length !== 2) {
    problems.push({
      file,
      ...map.valueAt([...base, 'target']),
      path: formatPath([...base, 'target']),
      message: `target '${model.target}' has ${observed.truncated ? 'more than ' : ''}${observed.values.length} distinct values in ${observed.file} (${list}); a binary classifier needs exactly 2`,
      expected: 'a two-class target column, or task: regression',
    });
  }
  if (!observed.values.some((v) => isPositiveClass(v, positive))) {
    const hint = typeof positive === 'string' ? suggest(positive, observed.values) : undefined;
    problems.push({
      file,
      ...map.valueAt([...base, 'positive_class']),
      path: formatPath([...base, 'positive_class']),
      message: `positive class ${JSON.stringify(positive)} does not occur in column '${model.target}' of ${observed.file}${hint ? ` (did you mean '${hint}'?)` : ''}`,
      expected: `one of the target's values: ${list}`,
    });
  }
  return problems;
}
