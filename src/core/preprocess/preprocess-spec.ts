/**
 * The preprocessing spec: everything needed to turn raw records into the model's input matrix, fitted
 * on the training split only and saved beside the model so evaluation applies exactly the same transform.
 * Versioned JSON (preprocess.json in a model artifact); see docs/train.md.
 */

export type Task = 'binary_classification' | 'regression';

/** A numeric feature: standardised with the training mean and (population) standard deviation. */
export interface NumericFeature {
  readonly name: string;
  readonly kind: 'numeric';
  /** Training mean; also the imputed value for missing cells (so imputed cells standardise to 0). */
  readonly mean: number;
  /** Training population standard deviation (as scikit-learn's StandardScaler); 1 when it is 0. */
  readonly scale: number;
  /** True when the training split had missing cells: an extra 0/1 column `<name>__missing` is emitted. */
  readonly missingIndicator: boolean;
}

/** A categorical feature: one-hot over the training categories plus an `__unknown__` bucket. */
export interface CategoricalFeature {
  readonly name: string;
  readonly kind: 'categorical';
  /** Training categories, by descending frequency then by name (stable across runs). */
  readonly categories: readonly string[];
  /** True when the training split had missing cells: an extra 0/1 column `<name>__missing` is emitted. */
  readonly missingIndicator: boolean;
}

export type FeatureSpec = NumericFeature | CategoricalFeature;

/** How the target column is encoded. */
export type TargetSpec =
  | { readonly name: string; readonly task: 'binary_classification'; readonly positiveClass: string; readonly negativeClass: string; readonly classCounts: Readonly<Record<string, number>> }
  | { readonly name: string; readonly task: 'regression'; readonly mean: number; readonly scale: number };

export interface PreprocessSpec {
  readonly schemaVersion: 1;
  readonly target: TargetSpec;
  readonly features: readonly FeatureSpec[];
  /** Names of the model's input columns, in order (one-hot and indicator columns expanded). */
  readonly columns: readonly string[];
  /** Cell texts read as missing when the spec was fitted; scoring a file reads it the same way. */
  readonly nullValues: readonly string[];
  /** Columns deliberately kept out of the features (protected attributes). */
  readonly excluded: readonly string[];
}

/** Name of the one-hot column for values not seen in training. */
export const UNKNOWN_CATEGORY = '__unknown__';

/** The model input column names a feature expands to, in order. */
export function featureColumns(feature: FeatureSpec): string[] {
  const out = feature.kind === 'numeric' ? [feature.name] : [...feature.categories, UNKNOWN_CATEGORY].map((c) => `${feature.name}=${c}`);
  if (feature.missingIndicator) out.push(`${feature.name}__missing`);
  return out;
}
