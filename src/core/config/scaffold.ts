import { PROTECTED_BASES, type ProtectedBasis } from './protected-basis.js';


/** Column-name tokens that usually carry a Regulation B basis; `mergeml init` proposes them as protected. */
const BASIS_TOKENS: Readonly<Record<string, ProtectedBasis>> = {
  age: 'age',
  sex: 'sex',
  gender: 'sex',
  race: 'race',
  ethnicity: 'race',
  religion: 'religion',
  marital: 'marital_status',
  nationality: 'national_origin',
  citizenship: 'national_origin',
  foreignworker: 'national_origin',
  foreign: 'national_origin',
};

/** The basis a column name suggests (`Age`, `marital_status`, `ForeignWorker`), if any. */
export function guessBasis(column: string): ProtectedBasis | undefined {
  const whole = column.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (BASIS_TOKENS[whole]) return BASIS_TOKENS[whole];
  const tokens = column.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/);
  for (const t of tokens) if (BASIS_TOKENS[t]) return BASIS_TOKENS[t];
  return undefined;
}

const PLAIN = /^[A-Za-z_][A-Za-z0-9_.\-/*]*$/;
const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;

/** A string as a YAML scalar: plain when unambiguous, else double-quoted (JSON strings are valid YAML). */
export function yamlScalar(value: string): string {
  return PLAIN.test(value) && !RESERVED.test(value) ? value : JSON.stringify(value);
}

export interface ScaffoldModel {
  readonly name: string;
  readonly train: string;
  readonly target: string;
  readonly positiveClass: string;
  readonly features: readonly string[];
  readonly protected: readonly { readonly column: string; readonly basis: ProtectedBasis }[];
}

/** The text of a starter mergeml.yaml; with no model, a valid project whose model block is commented out. */
export function renderProjectTemplate(model: ScaffoldModel | undefined, schemaRef: string): string {
  const head = [`# yaml-language-server: $schema=${schemaRef}`, '# MergeML project file. Reference: docs/config.md in the mergeml package.', 'version: 1'];
  const block = (m: ScaffoldModel) => [
    `  ${m.name}:`,
    '    task: binary_classification',
    '    data:',
    `      train: ${yamlScalar(m.train)}`,
    `      # test: data/test.csv`,
    `      # reference: data/reference.csv   # production data, for drift`,
    `    target: ${yamlScalar(m.target)}`,
    `    positive_class: ${yamlScalar(m.positiveClass)}`,
    `    features: [${m.features.map(yamlScalar).join(', ')}]`,
    m.protected.length === 0 ? '    protected: []   # e.g. - {column: Age, basis: age}' : '    protected:',
    ...m.protected.map((p) => `      - {column: ${yamlScalar(p.column)}, basis: ${p.basis}}`),
    '    policies: [policy.yaml, builtin:regulation-b]',
    '    train:',
    '      seed: 42',
    '      model: {type: logistic_regression, l2: 0.0001}',
    '      epochs: 30',
    '      class_weight: balanced',
  ];
  const example: ScaffoldModel = { name: 'my-model', train: 'data/train.csv', target: 'label', positiveClass: 'yes', features: ['feature_a', 'feature_b'], protected: [{ column: 'age', basis: 'age' }] };
  const body = model
    ? ['models:', ...block(model)]
    : ['# No data yet: add a model when you have a training file, for example', '# (or run `mergeml init --train data/train.csv --target COLUMN --positive-class VALUE --force`):', 'models: {}', ...block(example).map((l) => `#${l}`)];
  return `${[...head, ...body, 'registry:', '  stages: [staging, production]', '  binaries: commit', ''].join('\n')}`;
}

/** The text of a starter policy file. */
export function renderPolicyTemplate(schemaRef: string): string {
  return [
    `# yaml-language-server: $schema=${schemaRef}`,
    '# MergeML policy. Builtin packs and every section: docs/policies.md in the mergeml package.',
    'version: 1',
    'name: project-policy',
    'description: Gates every model of this repository must pass.',
    'extends: [builtin:data-quality, builtin:metric-gates]',
    'metric_gates:',
    '  - metric: roc_auc',
    '    threshold: 0.7',
    '    greater_is_better: true',
    '    min_absolute_change: -0.01',
    '    severity: error',
    'fairness:',
    '  min_group_size: 30',
    '  gates:',
    "    - metric: demographic_parity_ratio   # four-fifths rule on each protected attribute ('*')",
    "      attributes: ['*']",
    '      method: between_groups',
    '      threshold: 0.8',
    '      severity: error',
    'compliance:',
    `  prohibited_bases: [${PROTECTED_BASES.join(', ')}]`,
    '  forbid_protected_features: true',
    '',
  ].join('\n');
}
