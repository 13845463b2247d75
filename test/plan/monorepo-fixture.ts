/** A monorepo-like layout: three models in two project files, a shared policy chain, shared data and code. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const model = (extra: string) => `    task: binary_classification\n    target: y\n    positive_class: 1\n    features: [a, b]\n${extra}`;

export const MONOREPO: Readonly<Record<string, string>> = {
  'models/credit/mergeml.yaml': `version: 1\nmodels:\n  credit-risk:\n    data:\n      train: data/train.csv\n      test: ../../shared/data/holdout.csv\n      reference: {path: data/reference.csv}\n    contract: contract.yaml\n    policies: [../../shared/policies/lending.yaml, builtin:regulation-b]\n    paths: [src/credit/**, models/credit/*.py]\n${model('')}  credit-limit:\n    data:\n      train: data/limit.csv\n    policies: [local.yaml]\n${model('')}`,
  'models/churn/mergeml.yaml': `version: 1\nmodels:\n  churn:\n    data:\n      train: train.csv\n      test: ../../shared/data/holdout.csv\n    policies: [../../shared/policies/base.yaml]\n    paths: ['src/churn/**/*.{ts,sql}']\n${model('')}`,
  'shared/policies/lending.yaml': 'version: 1\nname: lending\nextends: [base.yaml, builtin:data-quality]\n',
  'shared/policies/base.yaml': 'version: 1\nname: base\n',
  'models/credit/local.yaml': 'version: 1\nname: local\n',
  'models/credit/contract.yaml': 'version: 1\ncolumns: []\n',
};

export const CONFIGS = ['models/credit/mergeml.yaml', 'models/churn/mergeml.yaml'];

/** Writes the layout into a fresh temp directory and returns it. */
export function writeMonorepo(files: Readonly<Record<string, string>> = MONOREPO): string {
  const root = mkdtempSync(join(tmpdir(), 'mergeml-monorepo-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
