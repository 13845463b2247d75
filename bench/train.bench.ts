// Training throughput per backend, and the overhead of MergeML's training loop (seeded shuffling and
// batching, weighted loss, per-epoch validation off, checkpoints, progress) against a bare `model.fit`
// on the same data, same model, same backend, in the same run. Run: node --import tsx bench/train.bench.ts
// Options (env): BENCH_ROWS (synthetic rows, default 1000000), BENCH_REPS (default 5; synthetic at most 3), BENCH_BACKENDS (csv).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DesignMatrix } from '../src/core/preprocess/apply-preprocess.js';
import { createMatrixBuilder } from '../src/core/preprocess/apply-preprocess.js';
import { createPreprocessFitter } from '../src/core/preprocess/fit-preprocess.js';
import type { PreprocessSpec } from '../src/core/preprocess/preprocess-spec.js';
import { nativeLoaderFrom, selectBackend, type BackendName } from '../src/train/backend-select.js';
import { readAllBatches, replay } from '../src/train/data-source.js';
import { buildModel } from '../src/train/model-builder.js';
import { TrainingProgress } from '../src/train/progress-reporter.js';
import { SeededRng } from '../src/train/seeded-rng.js';
import { trainTfjs } from '../src/train/tfjs-trainer.js';
import { loadTf, type Tf } from '../src/train/tf-runtime.js';
import { resolveTrainSettings, type TrainSettings } from '../src/train/train-settings.js';

const REPS = Number(process.env['BENCH_REPS'] ?? 5);
const ROWS = Number(process.env['BENCH_ROWS'] ?? 1_000_000);
const root = fileURLToPath(new URL('..', import.meta.url));

async function creditMatrix(): Promise<{ spec: PreprocessSpec; matrix: DesignMatrix }> {
  const options = { nullValues: ['NA', ''] };
  const data = { path: join(root, 'examples/credit/train.csv'), file: 'train.csv', options };
  const fitter = createPreprocessFitter({ target: 'Status', task: 'binary_classification', positiveClass: 'bad', protected: ['Age', 'Marital'], nullValues: ['NA', ''], features: ['Seniority', 'Home', 'Time', 'Records', 'Job', 'Expenses', 'Income', 'Assets', 'Debt', 'Amount', 'Price'] });
  const batches = await readAllBatches(data, [fitter]);
  const spec = fitter.finish();
  return { spec, matrix: replay(batches, createMatrixBuilder(spec, { withTarget: true })) };
}

/** A seeded synthetic binary task: 16 standardised features, labels from a noisy logistic model. */
function syntheticMatrix(rows: number): { spec: PreprocessSpec; matrix: DesignMatrix } {
  const width = 16;
  const rng = new SeededRng(2026);
  const x = new Float32Array(rows * width);
  const y = new Float32Array(rows);
  const w = Array.from({ length: width }, (_, i) => (i % 3 === 0 ? 1 : -0.5) / (1 + i / 4));
  for (let r = 0; r < rows; r++) {
    let z = 0;
    for (let c = 0; c < width; c++) {
      const v = (rng.next() + rng.next() + rng.next() - 1.5) * 2;
      x[r * width + c] = v;
      z += (w[c] as number) * v;
    }
    y[r] = rng.next() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
  }
  const names = Array.from({ length: width }, (_, i) => `x${i}`);
  const spec: PreprocessSpec = {
    schemaVersion: 1,
    target: { name: 'y', task: 'binary_classification', positiveClass: '1', negativeClass: '0', classCounts: {} },
    features: names.map((name) => ({ name, kind: 'numeric', mean: 0, scale: 1, missingIndicator: false })),
    columns: names,
    nullValues: [''],
    excluded: [],
  };
  return { spec, matrix: { file: 'synthetic', rows, width, x, y, lines: new Int32Array(rows) } };
}

/** Wall-clock seconds and this process's CPU seconds (user + system): CPU time is what a busy, shared machine distorts least. */
interface Timing {
  readonly wall: number;
  readonly cpu: number;
}
function startTimer(): () => Timing {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { wall: (performance.now() - wall) / 1000, cpu: (used.user + used.system) / 1e6 };
  };
}

/** MergeML's loop: trainTfjs as `mergeml train` runs it (model build, checkpoints, progress to a sink). */
async function runPipeline(tf: Tf, settings: TrainSettings, spec: PreprocessSpec, matrix: DesignMatrix): Promise<Timing> {
  const dir = mkdtempSync(join(tmpdir(), 'mergeml-bench-'));
  const progress = new TrainingProgress({ write: () => {}, interactive: false, githubActions: false, now: () => performance.now() }, settings.epochs);
  const stop = startTimer();
  const result = await trainTfjs({ tf, settings, spec, matrix, fingerprint: 'bench', checkpointDir: dir, resume: false, progress });
  const timing = stop();
  result.model.dispose();
  rmSync(dir, { recursive: true, force: true });
  return timing;
}

/** The reference: the same network compiled and trained with model.fit on tensors made beforehand. */
async function runBareFit(tf: Tf, settings: TrainSettings, matrix: DesignMatrix): Promise<Timing> {
  const { model } = buildModel(tf, settings.model, matrix.width, 'binary_classification', new SeededRng(settings.seed));
  model.compile({ optimizer: tf.train.adam(settings.learning_rate), loss: 'binaryCrossentropy' });
  const xs = tf.tensor2d(matrix.x, [matrix.rows, matrix.width]);
  const ys = tf.tensor2d(matrix.y as Float32Array, [matrix.rows, 1]);
  const stop = startTimer();
  await model.fit(xs, ys, { batchSize: settings.batch_size, epochs: settings.epochs, shuffle: true, verbose: 0 });
  const timing = stop();
  tf.dispose([xs, ys]);
  model.dispose();
  return timing;
}

function sliceMatrix(m: DesignMatrix, rows: number): DesignMatrix {
  const n = Math.min(rows, m.rows);
  return { ...m, rows: n, x: m.x.subarray(0, n * m.width), y: (m.y as Float32Array).subarray(0, n), lines: m.lines.subarray(0, n) };
}

const median = (v: number[]): number => {
  const s = [...v].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const pct = (v: number): string => `${v >= 0 ? '+' : ''}${v.toFixed(1)}%`;

/** Both sides on the same data, model, settings and backend, alternating so drift favours neither. */
async function compare(tf: Tf, label: string, settings: TrainSettings, data: { spec: PreprocessSpec; matrix: DesignMatrix }, reps: number): Promise<void> {
  const examples = data.matrix.rows * settings.epochs;
  const warm = sliceMatrix(data.matrix, 20_000); // warm-up: kernel compilation, JIT
  await runPipeline(tf, { ...settings, epochs: 1 }, data.spec, warm);
  await runBareFit(tf, { ...settings, epochs: 1 }, warm);
  const ours: Timing[] = [];
  const bare: Timing[] = [];
  for (let i = 0; i < reps; i++) {
    if (i % 2 === 0) {
      ours.push(await runPipeline(tf, settings, data.spec, data.matrix));
      bare.push(await runBareFit(tf, settings, data.matrix));
    } else {
      bare.push(await runBareFit(tf, settings, data.matrix));
      ours.push(await runPipeline(tf, settings, data.spec, data.matrix));
    }
  }
  const m = (t: Timing[], k: keyof Timing) => median(t.map((x) => x[k]));
  const rate = (t: Timing[], k: keyof Timing) => (examples / m(t, k)).toFixed(0).padStart(7);
  const overhead = (m(ours, 'cpu') / m(bare, 'cpu') - 1) * 100;
  const wallOverhead = (m(ours, 'wall') / m(bare, 'wall') - 1) * 100;
  console.log(
    `${`${label}, batch ${settings.batch_size}`.padEnd(50)} ${tf.getBackend().padEnd(5)} mergeml ${rate(ours, 'cpu')} ex/cpu-s ${rate(ours, 'wall')} ex/s | model.fit ${rate(bare, 'cpu')} ex/cpu-s ${rate(bare, 'wall')} ex/s | overhead ${pct(overhead)} cpu ${overhead <= 5 ? '(≤ 5% ✓)' : '(> 5% ✗)'}, ${pct(wallOverhead)} wall`,
  );
}

const tf = await loadTf();
const loader = nativeLoaderFrom(process.env, process.cwd(), import.meta.url);
const available: BackendName[] = [];
const wanted = (process.env['BENCH_BACKENDS'] ?? 'tensorflow-gpu,tensorflow,wasm,cpu').split(',') as BackendName[];
for (const name of wanted) {
  try {
    await selectBackend(tf, name, loader, process.env);
    available.push(name);
  } catch {
    console.log(`${name}: not available here, skipped`);
  }
}
console.log(`train bench: medians of ${REPS} (credit) / ${Math.min(REPS, 3)} (synthetic) alternating runs after a warm-up; overhead = MergeML loop vs bare model.fit, CPU seconds of this process; node ${process.version}`);
const credit = await creditMatrix();
const creditSettings = { ...resolveTrainSettings(undefined, { rows: credit.matrix.rows }), validation_split: 0 };
const synthetic = syntheticMatrix(ROWS);
const syntheticSettings = { ...resolveTrainSettings(undefined, { rows: ROWS }), epochs: 1, validation_split: 0 };
for (const name of available) {
  await selectBackend(tf, name, loader, process.env);
  await compare(tf, `credit MLP [32,16], ${credit.matrix.rows} rows x 30 epochs`, creditSettings, credit, REPS);
  await compare(tf, `synthetic ${ROWS} rows x 16, MLP, 1 epoch`, syntheticSettings, synthetic, Math.min(REPS, 3));
}
// How batch size drives WASM throughput (the reason for the automatic batch size).
if (available.includes('wasm')) {
  await selectBackend(tf, 'wasm', loader, process.env);
  const slice = sliceMatrix(synthetic.matrix, 200_000);
  const line: string[] = [];
  for (const batch of [32, 64, 128, 256, 512, 1024]) {
    const settings = { ...syntheticSettings, batch_size: batch };
    const cpu = median([(await runPipeline(tf, settings, synthetic.spec, slice)).cpu, (await runPipeline(tf, settings, synthetic.spec, slice)).cpu]);
    line.push(`${batch}: ${(slice.rows / cpu).toFixed(0)}`);
  }
  console.log(`wasm, MergeML loop, synthetic: examples per CPU-second by batch size  ${line.join('  ')}`);
}
