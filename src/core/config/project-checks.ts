import type { Problem } from '../errors.js';
import type { ProjectConfig } from './project-schema.js';
import type { SourceMap } from './source-map.js';
import { formatPath } from './source-map.js';

/**
 * Checks within a valid project file that a schema cannot express: a column used twice in different roles,
 * duplicates in lists. Each problem is located at the offending list item.
 */
export function checkProjectSemantics(file: string, project: ProjectConfig, map: SourceMap): Problem[] {
  const problems: Problem[] = [];
  for (const [name, model] of Object.entries(project.models)) {
    const base = ['models', name];
    const loc = (path: (string | number)[]) => ({ file, ...map.valueAt([...base, ...path]), path: formatPath([...base, ...path]) });
    const protectedAt = new Map<string, number>();
    model.protected.forEach((p, i) => {
      const seen = protectedAt.get(p.column);
      if (seen !== undefined) problems.push({ ...loc(['protected', i, 'column']), message: `protected attribute '${p.column}' is listed twice (also protected[${seen}])` });
      else protectedAt.set(p.column, i);
      if (p.column === model.target) problems.push({ ...loc(['protected', i, 'column']), message: `the target '${p.column}' cannot also be a protected attribute` });
    });
    const featureAt = new Map<string, number>();
    model.features.forEach((feature, i) => {
      const seen = featureAt.get(feature);
      if (seen !== undefined) problems.push({ ...loc(['features', i]), message: `feature '${feature}' is listed twice (also features[${seen}])` });
      else featureAt.set(feature, i);
      if (feature === model.target) {
        problems.push({ ...loc(['features', i]), message: `the target '${feature}' is also listed as a feature`, expected: 'features without the target column' });
      }
      const p = protectedAt.get(feature);
      if (p !== undefined) {
        const where = map.valueAt([...base, 'protected', p]);
        problems.push({
          ...loc(['features', i]),
          message: `feature '${feature}' is also declared protected (line ${where.line}); a protected attribute (basis ${model.protected[p]?.basis}) must not be a model input`,
          expected: 'protected attributes kept out of features (Regulation B)',
        });
      }
    });
  }
  return problems;
}
