import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LayersModel, Optimizer, Tensor, Variable } from '@tensorflow/tfjs';
import { ConfigError, InputError } from '../core/errors.js';
import type { EpochRecord, LoopState } from './fit-loop.js';
import type { SeededRng } from './seeded-rng.js';
import type { Tf } from './tf-runtime.js';

export const CHECKPOINT_FILE = 'checkpoint.json';

interface StoredTensor {
  readonly name: string;
  readonly shape: number[];
  readonly dtype: 'float32' | 'int32';
  /** Little-endian bytes, base64: the exact bits, so a resumed run continues bit for bit. */
  readonly data: string;
}

/** checkpoint.json: everything a killed run needs to continue exactly where it stopped. */
export interface Checkpoint {
  readonly schemaVersion: 1;
  /** sha256 of the resolved config and data: resuming with anything else is refused. */
  readonly fingerprint: string;
  readonly epoch: number;
  readonly rngState: number;
  readonly history: EpochRecord[];
  readonly wait: number;
  readonly stopped: boolean;
  readonly best: { readonly value: number; readonly epoch: number; readonly weights: string[] } | null;
  readonly weights: StoredTensor[];
  readonly optimizer: { readonly weights: StoredTensor[]; readonly accBeta: number[] | null };
}

const toBase64 = (a: Float32Array | Int32Array): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
function fromBase64(text: string, dtype: 'float32' | 'int32'): Float32Array | Int32Array {
  const bytes = Buffer.from(text, 'base64');
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return dtype === 'int32' ? new Int32Array(copy) : new Float32Array(copy);
}

async function store(named: { name: string; tensor: Tensor }): Promise<StoredTensor> {
  const dtype = named.tensor.dtype === 'int32' ? 'int32' : 'float32';
  const data = (await named.tensor.data()) as Float32Array | Int32Array;
  return { name: named.name, shape: [...named.tensor.shape], dtype, data: toBase64(data) };
}

/** Adam keeps β₁ᵗ and β₂ᵗ in variables that its setWeights recomputes with pow(), which differs in the last bit. */
function accBetaVariables(optimizer: Optimizer): [Variable, Variable] | null {
  const o = optimizer as unknown as { accBeta1?: Variable; accBeta2?: Variable };
  return o.accBeta1 && o.accBeta2 ? [o.accBeta1, o.accBeta2] : null;
}

/** Captures the run's state after an epoch. */
export async function captureCheckpoint(model: LayersModel, optimizer: Optimizer, rng: SeededRng, state: LoopState, fingerprint: string): Promise<Checkpoint> {
  const weights = await Promise.all(model.weights.map((w) => store({ name: w.originalName, tensor: w.read() })));
  const named = await optimizer.getWeights();
  const optimizerWeights = await Promise.all(named.map(store));
  // getWeights creates a fresh 'iter' scalar each call; the moments are the optimizer's own variables.
  for (const n of named) if (n.name === 'iter') n.tensor.dispose();
  const betas = accBetaVariables(optimizer);
  const accBeta = betas ? await Promise.all(betas.map(async (v) => (await v.data())[0] as number)) : null;
  return {
    schemaVersion: 1,
    fingerprint,
    epoch: state.epoch,
    rngState: rng.getState(),
    history: state.history,
    wait: state.wait,
    stopped: state.stopped,
    best: state.best ? { value: state.best.value, epoch: state.best.epoch, weights: state.best.weights.map(toBase64) } : null,
    weights,
    optimizer: { weights: optimizerWeights, accBeta },
  };
}

/** Writes checkpoint.json atomically (temp file, then rename): a kill never leaves half a checkpoint. */
export async function writeCheckpoint(dir: string, checkpoint: Checkpoint): Promise<void> {
  const tmp = join(dir, `.${CHECKPOINT_FILE}.${process.pid}.tmp`);
  await writeFile(tmp, JSON.stringify(checkpoint));
  await rename(tmp, join(dir, CHECKPOINT_FILE));
}

/** Reads checkpoint.json, or undefined when there is none. */
export async function readCheckpoint(dir: string): Promise<Checkpoint | undefined> {
  let text: string;
  try {
    text = await readFile(join(dir, CHECKPOINT_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Checkpoint;
    if (parsed.schemaVersion !== 1 || typeof parsed.fingerprint !== 'string') throw new Error('unknown checkpoint format');
    return parsed;
  } catch (error) {
    throw new InputError(`cannot resume: ${join(dir, CHECKPOINT_FILE)} is not a MergeML checkpoint`, [{ file: join(dir, CHECKPOINT_FILE), message: 'unreadable checkpoint', expected: 'a checkpoint written by mergeml train' }], { cause: error });
  }
}

/** Refuses a checkpoint of another configuration or data (a resumed run must equal an uninterrupted one). */
export function assertSameRun(checkpoint: Checkpoint, fingerprint: string, file: string): void {
  if (checkpoint.fingerprint !== fingerprint) {
    throw new ConfigError(`cannot resume: the checkpoint in ${file} was written for a different configuration or data`, [
      { file, message: `checkpoint fingerprint ${checkpoint.fingerprint.slice(0, 12)}… ≠ this run's ${fingerprint.slice(0, 12)}…`, expected: 'the same train config, features, seed, backend and data as the interrupted run, or a run without --resume' },
    ]);
  }
}

/** Puts a checkpoint's weights, optimizer state and generator state back; returns the loop state. */
export async function restoreCheckpoint(tf: Tf, model: LayersModel, optimizer: Optimizer, rng: SeededRng, checkpoint: Checkpoint): Promise<LoopState> {
  const tensors = checkpoint.weights.map((w) => tf.tensor(fromBase64(w.data, w.dtype), w.shape, w.dtype));
  model.setWeights(tensors);
  tf.dispose(tensors);
  await optimizer.setWeights(checkpoint.optimizer.weights.map((w) => ({ name: w.name, tensor: tf.tensor(fromBase64(w.data, w.dtype), w.shape, w.dtype) })));
  const betas = accBetaVariables(optimizer);
  if (betas && checkpoint.optimizer.accBeta) {
    betas.forEach((v, i) => v.assign(tf.tensor(new Float32Array([checkpoint.optimizer.accBeta?.[i] ?? 0]), [])));
  }
  rng.setState(checkpoint.rngState);
  return {
    epoch: checkpoint.epoch,
    history: [...checkpoint.history],
    wait: checkpoint.wait,
    stopped: checkpoint.stopped,
    best: checkpoint.best ? { value: checkpoint.best.value, epoch: checkpoint.best.epoch, weights: checkpoint.best.weights.map((b) => fromBase64(b, 'float32') as Float32Array) } : null,
  };
}
