/** Result bundles used by the report tests: a typical model, a hostile one and a worst case. */
import { resultsBundleSchema, type ResultsBundle, type ResultsBundleInput } from '../../src/core/report/results-bundle.js';

export const HEAD_SHA = '1234567890abcdef1234567890abcdef12345678';

/** A credit-risk model with every section: one failing gate, one blocking check, charts and a card. */
export function sampleModel(name = 'credit-risk'): ResultsBundleInput['models'][number] {
  return {
    name,
    gates: [
      { name: 'roc_auc_non_inferior', status: 'pass', message: 'roc_auc drops by at most 0.01', observed: 0.012, threshold: -0.01 },
      { name: 'recall_min', status: 'fail', message: 'recall 0.61 is below the floor 0.65', observed: 0.61, threshold: 0.65 },
    ],
    metrics: {
      ciLevel: 0.95,
      rows: [
        { metric: 'roc_auc', champion: 0.8, challenger: 0.812, ci: [0.002, 0.022], higherIsBetter: true, gate: { status: 'pass', threshold: 'Δ ≥ −0.01' } },
        { metric: 'recall', champion: 0.66, challenger: 0.61, ci: [-0.08, -0.02], higherIsBetter: true, gate: { status: 'fail', threshold: '≥ 0.65' } },
        { metric: 'log_loss', champion: 0.45, challenger: 0.44, higherIsBetter: false },
      ],
    },
    validation: {
      findings: [
        { id: 'DV06', check: 'values_not_null', column: 'income', severity: 'error', status: 'fail', observed: 0.03, expected: 0, message: '3% of income is null', examples: [{ file: 'data/train.csv', line: 17, column: 'income', value: null }] },
        { id: 'DV10', check: 'values_in_set', column: 'region', severity: 'warning', status: 'fail', observed: 2, expected: 'north, south', message: '2 unexpected values', examples: [{ file: 'data/train.csv', line: 40, column: 'region', value: 'west' }] },
        { id: 'DV01', check: 'row_count', severity: 'error', status: 'pass', observed: 5000, expected: '≥ 1000', message: '5000 rows', examples: [] },
      ],
    },
    drift: {
      findings: [{ id: 'DRIFT', check: 'psi', column: 'age', severity: 'warning', status: 'pass', observed: 0.04, expected: '< 0.2', message: 'PSI 0.04', examples: [] }],
      tables: [{ title: 'Per-feature drift', columns: ['Feature', 'Method', 'Statistic'], rows: [{ cells: ['age', 'psi', 0.04], status: 'pass' }] }],
    },
    fairness: {
      gates: [{ name: 'demographic_parity_ratio', status: 'pass', message: 'ratio 0.91 ≥ 0.8', observed: 0.91, threshold: 0.8 }],
      tables: [{ title: 'sex', columns: ['Group', 'Count', 'selection_rate'], rows: [{ cells: ['female', 2400, 0.31] }, { cells: ['male', 2600, 0.34] }] }],
    },
    compliance: { framework: 'EU AI Act (high-risk)', items: [{ id: 'ART10', requirement: 'Data governance documented', status: 'pass', evidence: 'docs/data.md' }] },
    trainingCard: { fields: [{ name: 'algorithm', value: 'logistic_regression' }, { name: 'epochs', value: 20 }, { name: 'seed', value: 42 }] },
    charts: {
      roc: { champion: { x: [0, 0.1, 0.3, 1], y: [0, 0.5, 0.8, 1] }, challenger: { x: [0, 0.1, 0.3, 1], y: [0, 0.55, 0.82, 1] } },
      precisionRecall: { challenger: { x: [0, 0.5, 1], y: [1, 0.8, 0.5] } },
      calibration: { challenger: { x: [0.05, 0.5, 0.95], y: [0.04, 0.52, 0.9] } },
    },
    annotations: [{ file: 'mergeml.yml', line: 3, level: 'warning', message: 'threshold is close to the observed value' }],
  };
}

export function sampleBundle(models = [sampleModel()]): ResultsBundle {
  return resultsBundleSchema.parse({ schemaVersion: 1, kind: 'mergeml.results', pullRequest: { number: 1, headSha: HEAD_SHA }, source: { branch: 'feature/better-model', commit: HEAD_SHA }, models });
}
