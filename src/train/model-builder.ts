import type { LayersModel, Tensor } from '@tensorflow/tfjs';
import type { Task } from '../core/preprocess/preprocess-spec.js';
import type { SeededRng } from './seeded-rng.js';
import type { Tf } from './tf-runtime.js';

/** The network of a run, as resolved from `train.model` (defaults filled in). */
export type ModelSpec =
  | { readonly type: 'logistic_regression'; readonly l2: number }
  | { readonly type: 'mlp'; readonly layers: readonly number[]; readonly activation: 'relu' | 'tanh' | 'sigmoid' | 'elu' | 'selu' | 'linear'; readonly dropout: number; readonly l2: number };

/** A built network plus what the training loop needs to know about it. */
export interface BuiltModel {
  readonly model: LayersModel;
  /** L2 factor per Dense kernel, applied by the training loop (which computes the loss itself). */
  readonly l2: readonly { readonly layer: number; readonly factor: number }[];
}

/**
 * Dropout whose masks come from the run's seeded generator, one fresh seed per training step. TF.js's
 * own Dropout either uses Math.random (not reproducible) or, given a seed, draws the same mask at every
 * step. It serialises as a standard `Dropout` layer, so a plain `tf.loadLayersModel` loads the model
 * (dropout is the identity at inference).
 */
function seededDropoutClass(tf: Tf) {
  return class SeededDropout extends tf.layers.Layer {
    static className = 'Dropout';
    readonly rate: number;
    private readonly rng: SeededRng;

    constructor(args: { rate: number; rng: SeededRng; name: string }) {
      super({ name: args.name });
      this.rate = args.rate;
      this.rng = args.rng;
    }

    override call(inputs: Tensor | Tensor[], kwargs: Record<string, unknown>): Tensor {
      const x = Array.isArray(inputs) ? (inputs[0] as Tensor) : inputs;
      if (kwargs['training'] !== true) return x;
      const seed = this.rng.nextUint32();
      return tf.tidy(() => {
        const keep = tf.cast(tf.greaterEqual(tf.randomUniform(x.shape, 0, 1, 'float32', seed), this.rate), 'float32');
        return tf.div(tf.mul(x, keep), 1 - this.rate);
      });
    }

    override getConfig() {
      return { ...super.getConfig(), rate: this.rate, noiseShape: null, seed: null };
    }
  };
}

/** Builds the network; every initialiser is seeded from the run's generator. */
export function buildModel(tf: Tf, spec: ModelSpec, inputWidth: number, task: Task, rng: SeededRng): BuiltModel {
  const model = tf.sequential();
  const l2: { layer: number; factor: number }[] = [];
  const kernel = () => tf.initializers.glorotUniform({ seed: rng.nextUint32() });
  const regularizer = (factor: number) => (factor > 0 ? tf.regularizers.l2({ l2: factor }) : undefined);
  const outputActivation = task === 'binary_classification' ? 'sigmoid' : 'linear';
  let first = true;
  const inputShape = (): { inputShape?: number[] } => {
    if (!first) return {};
    first = false;
    return { inputShape: [inputWidth] };
  };
  if (spec.type === 'mlp') {
    const Dropout = seededDropoutClass(tf);
    spec.layers.forEach((units, i) => {
      if (spec.l2 > 0) l2.push({ layer: model.layers.length, factor: spec.l2 });
      model.add(tf.layers.dense({ ...inputShape(), units, activation: spec.activation, kernelInitializer: kernel(), kernelRegularizer: regularizer(spec.l2), name: `hidden_${i + 1}` }));
      if (spec.dropout > 0) model.add(new Dropout({ rate: spec.dropout, rng, name: `dropout_${i + 1}` }));
    });
  }
  if (spec.l2 > 0) l2.push({ layer: model.layers.length, factor: spec.l2 });
  model.add(tf.layers.dense({ ...inputShape(), units: 1, activation: outputActivation, kernelInitializer: kernel(), kernelRegularizer: regularizer(spec.l2), name: 'output' }));
  return { model, l2 };
}
