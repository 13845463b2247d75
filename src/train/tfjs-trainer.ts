import type { LayersModel, Optimizer } from '@tensorflow/tfjs';
import type { DesignMatrix } from '../core/preprocess/apply-preprocess.js';
import type { PreprocessSpec } from '../core/preprocess/preprocess-spec.js';
import { assertSameRun, captureCheckpoint, readCheckpoint, restoreCheckpoint, writeCheckpoint, CHECKPOINT_FILE } from './checkpoint-store.js';
import { runFitLoop, type EpochRecord, type FitData, type LoopState } from './fit-loop.js';
import { buildModel } from './model-builder.js';
import type { TrainingProgress } from './progress-reporter.js';
import { SeededRng } from './seeded-rng.js';
import type { Tf } from './tf-runtime.js';
import { classWeights, type TrainSettings } from './train-settings.js';
import { join } from 'node:path';

export interface TfjsTrainingInput {
  readonly tf: Tf;
  readonly settings: TrainSettings;
  readonly spec: PreprocessSpec;
  readonly matrix: DesignMatrix;
  /** Identity of the run (config + data + backend); a checkpoint of another run is refused. */
  readonly fingerprint: string;
  /** Where checkpoints go (the output dir). */
  readonly checkpointDir: string;
  readonly resume: boolean;
  readonly progress: TrainingProgress;
}

export interface TfjsTrainingResult {
  readonly model: LayersModel;
  readonly history: readonly EpochRecord[];
  readonly resumedFromEpoch: number | null;
  readonly stoppedEarly: boolean;
  readonly bestEpoch: number | null;
}

function makeOptimizer(tf: Tf, settings: TrainSettings): Optimizer {
  switch (settings.optimizer) {
    case 'adam':
      return tf.train.adam(settings.learning_rate);
    case 'sgd':
      return tf.train.sgd(settings.learning_rate);
    case 'rmsprop':
      return tf.train.rmsprop(settings.learning_rate);
    case 'adagrad':
      return tf.train.adagrad(settings.learning_rate);
  }
}

/** Splits rows into training and validation with the run's generator (the split is part of the seed). */
export function splitRows(rows: number, validationShare: number, rng: SeededRng): { train: Int32Array; validation: Int32Array } {
  const all = rng.shuffle(Int32Array.from({ length: rows }, (_, i) => i));
  const nValidation = Math.floor(rows * validationShare);
  // Each part keeps file order; the per-epoch shuffle decides the training order.
  return { train: all.slice(nValidation).sort(), validation: all.slice(0, nValidation).sort() };
}

/**
 * Trains the TF.js model: seeded split and initialisers, the custom fit loop, checkpoints every N epochs
 * and, with resume, continuation from the last checkpoint of the same run.
 */
export async function trainTfjs(input: TfjsTrainingInput): Promise<TfjsTrainingResult> {
  const { tf, settings, spec, matrix } = input;
  const rng = new SeededRng(settings.seed);
  const split = splitRows(matrix.rows, settings.validation_split, rng);
  const built = buildModel(tf, settings.model, matrix.width, spec.target.task, rng);
  const optimizer = makeOptimizer(tf, settings);
  const y = matrix.y ?? new Float32Array(matrix.rows);
  let positives = 0;
  for (const row of split.train) positives += y[row] === 1 ? 1 : 0;
  const weights =
    spec.target.task === 'binary_classification'
      ? classWeights(settings.class_weight, { negative: split.train.length - positives, positive: positives }, { negative: spec.target.negativeClass, positive: spec.target.positiveClass })
      : null;

  let state: LoopState = { epoch: 0, history: [], best: null, wait: 0, stopped: false };
  let resumedFromEpoch: number | null = null;
  if (input.resume) {
    const checkpoint = await readCheckpoint(input.checkpointDir);
    if (checkpoint === undefined) input.progress.note(`--resume: no checkpoint in ${input.checkpointDir}; starting from epoch 1`);
    else {
      assertSameRun(checkpoint, input.fingerprint, join(input.checkpointDir, CHECKPOINT_FILE));
      state = await restoreCheckpoint(tf, built.model, optimizer, rng, checkpoint);
      resumedFromEpoch = checkpoint.epoch;
      input.progress.note(`resuming from the checkpoint after epoch ${checkpoint.epoch}`);
    }
  }

  const data: FitData = { x: matrix.x, y, width: matrix.width, train: split.train, validation: split.validation };
  state = await runFitLoop(
    tf,
    built,
    optimizer,
    data,
    {
      task: spec.target.task,
      batchSize: settings.batch_size,
      epochs: settings.epochs,
      earlyStopping: settings.early_stopping ? { monitor: settings.early_stopping.monitor, patience: settings.early_stopping.patience, minDelta: settings.early_stopping.min_delta } : null,
      classWeight: weights,
      checkpointEvery: settings.checkpoint_every,
    },
    rng,
    state,
    {
      onBatch: (epoch, step, steps) => input.progress.batch(epoch, step, steps),
      onEpoch: (record, s) => input.progress.epoch(record, s.stopped),
      onCheckpoint: async (s) => writeCheckpoint(input.checkpointDir, await captureCheckpoint(built.model, optimizer, rng, s, input.fingerprint)),
    },
  );
  optimizer.dispose();
  if (spec.target.task === 'regression') foldTargetScale(tf, built.model, spec.target.mean, spec.target.scale);
  return { model: built.model, history: state.history, resumedFromEpoch, stoppedEarly: state.stopped, bestEpoch: state.best?.epoch ?? null };
}

/** The network learns the standardised target; folding the scale into the output layer makes the saved model predict raw units. */
function foldTargetScale(tf: Tf, model: LayersModel, mean: number, scale: number): void {
  const output = model.layers[model.layers.length - 1];
  if (!output) return;
  const [kernel, bias] = output.getWeights();
  if (!kernel || !bias) return;
  const scaled = [tf.mul(kernel, scale), tf.add(tf.mul(bias, scale), mean)];
  output.setWeights(scaled);
  tf.dispose(scaled);
}
