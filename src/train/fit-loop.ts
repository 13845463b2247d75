import type { LayersModel, Optimizer, Scalar, Tensor, Variable } from '@tensorflow/tfjs';
import type { Task } from '../core/preprocess/preprocess-spec.js';
import { accuracy, logLoss, meanSquaredError, rocAuc } from './epoch-metrics.js';
import type { BuiltModel } from './model-builder.js';
import type { SeededRng } from './seeded-rng.js';
import type { Tf } from './tf-runtime.js';

export type Monitor = 'loss' | 'val_loss' | 'acc' | 'val_acc' | 'val_auc';

/** One row of the training history (Keras names; absent keys were not computed). */
export interface EpochRecord {
  readonly epoch: number;
  readonly loss: number;
  readonly acc?: number;
  readonly val_loss?: number;
  readonly val_acc?: number;
  readonly val_auc?: number;
}

/** Everything the loop carries between epochs; saved in checkpoints so a resumed run continues exactly. */
export interface LoopState {
  /** Completed epochs. */
  epoch: number;
  history: EpochRecord[];
  best: { value: number; epoch: number; weights: Float32Array[] } | null;
  wait: number;
  stopped: boolean;
}

export interface FitSettings {
  readonly task: Task;
  readonly batchSize: number;
  readonly epochs: number;
  readonly earlyStopping: { readonly monitor: Monitor; readonly patience: number; readonly minDelta: number } | null;
  /** Per-class loss weights [negative, positive] for binary classification; null for none. */
  readonly classWeight: readonly [number, number] | null;
  readonly checkpointEvery: number;
}

/** Training rows, as indices into a row-major matrix. */
export interface FitData {
  readonly x: Float32Array;
  readonly y: Float32Array;
  readonly width: number;
  readonly train: Int32Array;
  readonly validation: Int32Array;
}

export interface FitHooks {
  onBatch?(epoch: number, step: number, steps: number): void;
  onEpoch?(record: EpochRecord, state: LoopState): void;
  onCheckpoint?(state: LoopState): Promise<void>;
}

const PREDICT_CHUNK = 8192;

function gather(data: FitData, order: Int32Array, start: number, n: number, x: Float32Array, y: Float32Array): void {
  const w = data.width;
  for (let i = 0; i < n; i++) {
    const row = order[start + i] as number;
    x.set(data.x.subarray(row * w, row * w + w), i * w);
    y[i] = data.y[row] as number;
  }
}

/** Reads and disposes a list of scalars with one download. */
async function readScalars(tf: Tf, scalars: Tensor[]): Promise<number[]> {
  if (scalars.length === 0) return [];
  const stacked = tf.stack(scalars);
  const values = Array.from(await stacked.data());
  tf.dispose([stacked, ...scalars]);
  return values;
}

function higherIsBetter(monitor: Monitor): boolean {
  return monitor === 'acc' || monitor === 'val_acc' || monitor === 'val_auc';
}

/** Scores of the given rows, in order. */
export async function predictRows(tf: Tf, model: LayersModel, data: FitData, rows: Int32Array): Promise<Float32Array> {
  const out = new Float32Array(rows.length);
  const xb = new Float32Array(Math.min(PREDICT_CHUNK, rows.length) * data.width);
  const yb = new Float32Array(Math.min(PREDICT_CHUNK, rows.length));
  for (let start = 0; start < rows.length; start += PREDICT_CHUNK) {
    const n = Math.min(PREDICT_CHUNK, rows.length - start);
    gather(data, rows, start, n, xb, yb);
    const input = tf.tensor2d(xb.subarray(0, n * data.width), [n, data.width]);
    const p = model.predict(input) as Tensor;
    out.set(await p.data(), start);
    tf.dispose([input, p]);
  }
  return out;
}

/**
 * The training loop. It does its own seeded shuffling and batching (model.fit shuffles with
 * Math.random) and computes the loss itself, so class weights and L2 are applied exactly and nothing
 * but the seeded generator decides the order of updates. Losses stay on the device until epoch end.
 */
export async function runFitLoop(tf: Tf, built: BuiltModel, optimizer: Optimizer, data: FitData, settings: FitSettings, rng: SeededRng, state: LoopState, hooks: FitHooks = {}): Promise<LoopState> {
  const { model } = built;
  const binary = settings.task === 'binary_classification';
  const variables = model.trainableWeights.map((w) => w.read() as Variable);
  const penalties = built.l2.map(({ layer, factor }) => ({ kernel: model.layers[layer]?.trainableWeights[0]?.read() as Tensor, factor }));
  const w = data.width;
  const maxBatch = Math.min(settings.batchSize, data.train.length);
  const xb = new Float32Array(maxBatch * w);
  const yb = new Float32Array(maxBatch);
  const order = new Int32Array(data.train);
  const steps = Math.ceil(order.length / settings.batchSize);
  const weightOf = settings.classWeight;

  // Only what a Keras fit would compute per batch: the loss, plus training accuracy when it is monitored.
  const trackAccuracy = binary && settings.earlyStopping?.monitor === 'acc';
  const penalty = (): Scalar | null => {
    let total: Scalar | null = null;
    for (const p of penalties) {
      const term = tf.mul(tf.sum(tf.square(p.kernel)), p.factor) as Scalar;
      total = total === null ? term : (tf.add(total, term) as Scalar);
    }
    return total;
  };
  const wb = weightOf ? new Float32Array(maxBatch) : null;

  while (state.epoch < settings.epochs && !state.stopped) {
    const epoch = state.epoch + 1;
    order.set(data.train);
    rng.shuffle(order);
    // Batch losses stay on the device and are read once per epoch: no per-step synchronisation.
    const costs: Tensor[] = [];
    const corrects: Tensor[] = [];
    for (let step = 0; step < steps; step++) {
      const start = step * settings.batchSize;
      const n = Math.min(settings.batchSize, order.length - start);
      gather(data, order, start, n, xb, yb);
      if (wb && weightOf) for (let i = 0; i < n; i++) wb[i] = weightOf[yb[i] === 1 ? 1 : 0];
      tf.tidy(() => {
        const xs = tf.tensor2d(xb.subarray(0, n * w), [n, w]);
        const ys = tf.tensor2d(yb.subarray(0, n), [n, 1]);
        const weights = wb ? tf.tensor2d(wb.subarray(0, n), [n, 1]) : null;
        const cost = optimizer.minimize(() => {
          const p = model.apply(xs, { training: true }) as Tensor;
          let perRow: Tensor;
          if (binary) {
            const q = tf.clipByValue(p, 1e-7, 1 - 1e-7);
            perRow = tf.neg(tf.add(tf.mul(ys, tf.log(q)), tf.mul(tf.sub(1, ys), tf.log(tf.sub(1, q)))));
            if (trackAccuracy) corrects.push(tf.keep(tf.sum(tf.cast(tf.equal(tf.greaterEqual(p, 0.5), tf.greaterEqual(ys, 0.5)), 'float32'))));
          } else perRow = tf.square(tf.sub(p, ys));
          if (weights) perRow = tf.mul(perRow, weights);
          const reg = penalty();
          const mean = tf.mean(perRow) as Scalar;
          return reg === null ? mean : (tf.add(mean, reg) as Scalar);
        }, true, variables) as Scalar;
        costs.push(tf.keep(cost));
      });
      hooks.onBatch?.(epoch, step + 1, steps);
    }
    const batchLosses = await readScalars(tf, costs);
    let lossSum = 0;
    batchLosses.forEach((l, i) => (lossSum += l * Math.min(settings.batchSize, order.length - i * settings.batchSize)));
    const loss = lossSum / order.length;
    const correctCount = trackAccuracy ? (await readScalars(tf, corrects)).reduce((a, b) => a + b, 0) : 0;
    const record: { -readonly [K in keyof EpochRecord]: EpochRecord[K] } = { epoch, loss };
    if (trackAccuracy) record.acc = correctCount / order.length;
    if (data.validation.length > 0) {
      const scores = await predictRows(tf, model, data, data.validation);
      const labels = data.validation.map((row) => data.y[row] as number);
      const reg = tf.tidy(() => penalty()?.dataSync()[0] ?? 0);
      if (binary) {
        record.val_loss = logLoss(labels, scores) + reg;
        record.val_acc = accuracy(labels, scores);
        record.val_auc = rocAuc(labels, scores);
      } else record.val_loss = meanSquaredError(labels, scores) + reg;
    }
    state.history.push(record);
    state.epoch = epoch;
    if (settings.earlyStopping) await updateEarlyStopping(model, settings.earlyStopping, record, state);
    hooks.onEpoch?.(record, state);
    if (hooks.onCheckpoint && (epoch % settings.checkpointEvery === 0 || state.stopped || epoch === settings.epochs)) await hooks.onCheckpoint(state);
  }
  if (state.best && settings.earlyStopping) {
    // Keep the weights of the best epoch, as Keras's EarlyStopping(restore_best_weights=True).
    const best = state.best.weights;
    const tensors = model.weights.map((v, i) => tf.tensor(best[i] as Float32Array, v.shape as number[]));
    model.setWeights(tensors);
    tf.dispose(tensors);
  }
  return state;
}

async function updateEarlyStopping(model: LayersModel, rule: NonNullable<FitSettings['earlyStopping']>, record: EpochRecord, state: LoopState): Promise<void> {
  const value = record[rule.monitor];
  if (value === undefined || Number.isNaN(value)) return;
  const sign = higherIsBetter(rule.monitor) ? 1 : -1;
  if (state.best === null || sign * (value - state.best.value) > rule.minDelta) {
    const weights = await Promise.all(model.weights.map(async (v) => new Float32Array(await v.read().data())));
    state.best = { value, epoch: record.epoch, weights };
    state.wait = 0;
  } else {
    state.wait++;
    if (state.wait >= rule.patience) state.stopped = true;
  }
}
