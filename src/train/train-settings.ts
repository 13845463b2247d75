import { ConfigError } from '../core/errors.js';
import type { TrainConfig } from '../core/config/train-schema.js';
import type { Monitor } from './fit-loop.js';
import type { ModelSpec } from './model-builder.js';

/** The built-in trainer's settings with every default filled in (recorded in the training card). */
export interface TrainSettings {
  readonly seed: number;
  readonly model: ModelSpec;
  readonly optimizer: 'adam' | 'sgd' | 'rmsprop' | 'adagrad';
  readonly learning_rate: number;
  readonly batch_size: number;
  readonly epochs: number;
  readonly validation_split: number;
  readonly early_stopping: { readonly monitor: Monitor; readonly patience: number; readonly min_delta: number } | null;
  readonly class_weight: 'balanced' | Readonly<Record<string, number>> | null;
  readonly checkpoint_every: number;
}

/** Defaults (documented in docs/train.md); the batch size default depends on the data, see autoBatchSize. */
export const DEFAULTS = Object.freeze({
  seed: 42,
  model: { type: 'mlp', layers: [32, 16], activation: 'relu', dropout: 0, l2: 0.0001 } as ModelSpec,
  optimizer: 'adam',
  learning_rate: 0.003,
  epochs: 30,
  validation_split: 0.2,
  checkpoint_every: 5,
});

/**
 * The default batch size: about 1/16 of the training rows, as a power of two between 32 and 1024. On
 * WASM and plain JS the cost of a step is mostly fixed per-kernel overhead for networks this small, so
 * throughput grows almost linearly with the batch (bench/train.bench.ts: 256 → 1024 roughly doubles
 * examples/s); small data sets still get at least ~16 updates per epoch.
 */
export function autoBatchSize(trainingRows: number): number {
  let size = 32;
  while (size < 1024 && size * 2 <= trainingRows / 16) size *= 2;
  return size;
}

/** Fills defaults and applies the --seed override; rejects combinations that cannot work. */
export function resolveTrainSettings(config: TrainConfig | undefined, overrides: { readonly seed?: number | undefined; readonly rows: number; readonly task?: 'binary_classification' | 'regression' }): TrainSettings {
  const c = config ?? {};
  const m = c.model;
  const model: ModelSpec =
    m === undefined
      ? DEFAULTS.model
      : m.type === 'logistic_regression'
        ? { type: 'logistic_regression', l2: m.l2 ?? 0 }
        : { type: 'mlp', layers: m.layers, activation: m.activation, dropout: m.dropout ?? 0, l2: m.l2 ?? 0 };
  const validation = c.validation_split ?? DEFAULTS.validation_split;
  const es = c.early_stopping;
  if (es && es.monitor.startsWith('val_') && validation === 0) {
    throw new ConfigError('early stopping on a validation metric needs validation rows', [{ path: 'train.early_stopping.monitor', message: `monitor '${es.monitor}' with validation_split 0`, expected: 'validation_split > 0, or monitor: loss' }]);
  }
  if (es && overrides.task === 'regression' && es.monitor !== 'loss' && es.monitor !== 'val_loss') {
    throw new ConfigError(`early stopping cannot monitor '${es.monitor}' on a regression model`, [{ path: 'train.early_stopping.monitor', message: `'${es.monitor}' is a classification metric`, expected: 'loss or val_loss' }]);
  }
  return {
    seed: overrides.seed ?? c.seed ?? DEFAULTS.seed,
    model,
    optimizer: c.optimizer ?? 'adam',
    learning_rate: c.learning_rate ?? DEFAULTS.learning_rate,
    batch_size: c.batch_size ?? autoBatchSize(overrides.rows - Math.floor(overrides.rows * validation)),
    epochs: c.epochs ?? DEFAULTS.epochs,
    validation_split: validation,
    early_stopping: es ? { monitor: es.monitor, patience: es.patience, min_delta: es.min_delta ?? 0 } : null,
    class_weight: c.class_weight ?? null,
    checkpoint_every: c.checkpoint_every ?? DEFAULTS.checkpoint_every,
  };
}

/** Per-class loss weights [negative, positive]; `balanced` is scikit-learn's n / (2 · count(class)). */
export function classWeights(setting: TrainSettings['class_weight'], counts: { negative: number; positive: number }, names: { negative: string; positive: string }): [number, number] | null {
  if (setting === null) return null;
  if (setting === 'balanced') {
    const n = counts.negative + counts.positive;
    return [n / (2 * counts.negative), n / (2 * counts.positive)];
  }
  const unknown = Object.keys(setting).filter((k) => k !== names.negative && k !== names.positive);
  if (unknown.length > 0) {
    throw new ConfigError('class_weight names a class the target does not have', unknown.map((k) => ({ path: `train.class_weight.${k}`, message: `unknown class '${k}'`, expected: `${names.negative} or ${names.positive}` })));
  }
  return [setting[names.negative] ?? 1, setting[names.positive] ?? 1];
}
