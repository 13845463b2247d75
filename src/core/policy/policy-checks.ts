import type { ModelConfig } from '../config/project-schema.js';
import { formatPath, type SourceMap } from '../config/source-map.js';
import { suggest } from '../did-you-mean.js';
import type { Problem } from '../errors.js';
import { EACH_PROTECTED } from './compose-policy.js';
import type { PolicyConfig } from './policy-file.js';

/**
 * Checks a policy against a model that uses it: fairness gates and buckets must name the model's protected
 * attributes. Problems are located in the policy file.
 */
export function checkPolicyForModel(file: string, policy: PolicyConfig, map: SourceMap, modelName: string, model: ModelConfig): Problem[] {
  const problems: Problem[] = [];
  const protectedColumns = model.protected.map((p) => p.column);
  const known = (column: string, path: (string | number)[], what: string) => {
    if (protectedColumns.includes(column) || column === EACH_PROTECTED) return;
    const hint = suggest(column, protectedColumns);
    problems.push({
      file,
      ...map.valueAt(path),
      path: formatPath(path),
      message: `${what} '${column}' is not a protected attribute of model '${modelName}'${hint ? ` (did you mean '${hint}'?)` : ''}`,
      expected: protectedColumns.length > 0 ? `one of: ${protectedColumns.join(', ')}` : 'a model with protected attributes',
    });
  };
  policy.fairness?.gates.forEach((gate, g) => gate.attributes.forEach((a, i) => known(a, ['fairness', 'gates', g, 'attributes', i], 'fairness attribute')));
  for (const column of Object.keys(policy.fairness?.buckets ?? {})) known(column, ['fairness', 'buckets', column], 'bucketed attribute');
  return problems;
}
