import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, type Problem } from '../core/errors.js';
import type { LoadedModel } from '../pipeline/load-project.js';
import type { TrainResult } from '../pipeline/train.js';
import { commitArtifact, discardStaging, prepareOutputDir, stageFile } from './artifact-dir.js';
import { fileSha256, readAllBatches, type DataFile } from './data-source.js';
import { fileModelHandler, MODEL_JSON } from './model-files.js';
import { testMetrics } from './predictions-file.js';
import type { ProgressOutput } from './progress-reporter.js';
import { loadTf } from './tf-runtime.js';

export interface CommandTrainerInput {
  readonly model: LoadedModel;
  /** The user's own command from mergeml.yaml (`train.command`), run through a shell. */
  readonly command: string;
  readonly projectDir: string;
  readonly outDir: string;
  readonly trainFile: DataFile;
  readonly testFile: DataFile | undefined;
  readonly seed: number;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly progress: ProgressOutput;
  readonly gitCommit: () => Promise<string | null>;
  readonly started: number;
}

export const PREDICTIONS_FILE = 'predictions.csv';

/**
 * The environment a bring-your-own trainer gets (docs/byo-trainer.md). Every value travels as an
 * environment variable, never spliced into the command line, so file or column names cannot inject
 * shell syntax; only the command string the user wrote in their own mergeml.yaml goes to the shell.
 */
export function trainerEnvironment(input: CommandTrainerInput, outputDir: string): Record<string, string> {
  const c = input.model.config;
  return {
    MERGEML_MODEL: input.model.name,
    MERGEML_TASK: c.task,
    MERGEML_TRAIN_PATH: input.trainFile.path,
    MERGEML_TEST_PATH: input.testFile?.path ?? '',
    MERGEML_OUTPUT_DIR: outputDir,
    MERGEML_PREDICTIONS_PATH: join(outputDir, PREDICTIONS_FILE),
    MERGEML_SEED: String(input.seed),
    MERGEML_TARGET: c.target,
    MERGEML_POSITIVE_CLASS: c.positive_class === undefined ? '' : String(c.positive_class),
    MERGEML_FEATURES: JSON.stringify(c.features),
    MERGEML_PROTECTED: JSON.stringify(c.protected.map((p) => p.column)),
    MERGEML_DELIMITER: c.data.delimiter ?? ',',
    MERGEML_NULL_VALUES: JSON.stringify(c.data.null_values ?? ['']),
  };
}

function run(command: string, cwd: string, env: Record<string, string | undefined>, write: (t: string) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, { shell: true, cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => write(d.toString()));
    child.stderr.on('data', (d: Buffer) => write(d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** Reads the test labels (in file order) and the trainer's predictions, and checks they line up. */
async function validatePredictions(input: CommandTrainerInput, path: string): Promise<Record<string, number>> {
  const c = input.model.config;
  const testFile = input.testFile as DataFile;
  const binary = c.task === 'binary_classification';
  const labels: (number | null)[] = [];
  for (const batch of await readAllBatches(testFile)) {
    const col = batch.header.indexOf(c.target);
    const cells = batch.cells[col] ?? [];
    const numbers = batch.numbers(col);
    for (let r = 0; r < batch.length; r++) {
      const cell = cells[r] ?? null;
      labels.push(col < 0 || cell === null || cell.trim() === '' ? null : binary ? (cell.trim() === String(c.positive_class) ? 1 : 0) : (numbers[r] ?? NaN));
    }
  }
  const column = binary ? 'score' : 'prediction';
  const scores: number[] = [];
  const problems: Problem[] = [];
  const file = join(input.outDir, PREDICTIONS_FILE);
  for (const batch of await readAllBatches({ path, file, options: {} })) {
    const col = batch.header.indexOf(column);
    if (col < 0) throw new InputError(`${file} has no '${column}' column`, [{ file, line: 1, message: `columns: ${batch.header.join(', ')}`, expected: binary ? 'a header with score (probability of the positive class)' : 'a header with prediction' }]);
    const values = batch.numbers(col);
    for (let r = 0; r < batch.length; r++) {
      const v = values[r] ?? NaN;
      if (!Number.isFinite(v) || (binary && (v < 0 || v > 1))) {
        if (problems.length < 10) problems.push({ file, line: batch.lines[r] ?? 0, column: col + 1, message: `${column} '${batch.cells[col]?.[r] ?? ''}' is not ${binary ? 'a probability' : 'a number'}`, expected: binary ? 'a number in [0, 1]' : 'a finite number' });
      }
      scores.push(v);
    }
  }
  if (scores.length !== labels.length) problems.push({ file, message: `${scores.length} predictions for ${labels.length} test records`, expected: `one row per record of ${testFile.file}, in file order` });
  if (problems.length > 0) throw new InputError(`the trainer's predictions cannot be used`, problems);
  const kept = labels.flatMap((l, i) => (l === null ? [] : [i]));
  const y = Float32Array.from(kept, (i) => labels[i] as number);
  const s = Float32Array.from(kept, (i) => scores[i] as number);
  return binary ? testMetrics({ name: c.target, task: 'binary_classification', positiveClass: '1', negativeClass: '0', classCounts: {} }, y, s) : testMetrics({ name: c.target, task: 'regression', mean: 0, scale: 1 }, y, s);
}

/** Runs `train.command`, validates what it produced and turns it into a MergeML model artifact. */
export async function runCommandTrainer(input: CommandTrainerInput): Promise<TrainResult> {
  const staging = await prepareOutputDir(input.outDir, { resume: false });
  const write = input.progress.write;
  try {
    const env = { ...input.env, ...trainerEnvironment(input, staging) };
    write(input.progress.githubActions ? `::group::Training ${input.model.name}: ${input.command}\n` : `Training ${input.model.name}: ${input.command}\n`);
    const trainStarted = input.progress.now();
    let code: number;
    try {
      code = await run(input.command, input.projectDir, env, write);
    } finally {
      if (input.progress.githubActions) write('::endgroup::\n');
    }
    const trainSeconds = (input.progress.now() - trainStarted) / 1000;
    if (code !== 0) throw new InputError(`the training command exited with code ${code}`, [{ path: `models.${input.model.name}.train.command`, message: input.command, expected: 'a command that exits 0 after writing its outputs to $MERGEML_OUTPUT_DIR' }]);
    const predictions = join(staging, PREDICTIONS_FILE);
    const hasModel = existsSync(join(staging, MODEL_JSON));
    let metrics: Record<string, number> = {};
    if (input.testFile) {
      if (!existsSync(predictions)) throw new InputError(`the training command wrote no ${PREDICTIONS_FILE}`, [{ file: predictions, message: 'missing', expected: 'predictions for every test record at $MERGEML_PREDICTIONS_PATH' }]);
      metrics = await validatePredictions(input, predictions);
    } else if (!hasModel && !existsSync(predictions)) {
      throw new InputError('the training command produced neither a model nor predictions', [{ file: staging, message: 'nothing usable', expected: `${MODEL_JSON} (TF.js) or ${PREDICTIONS_FILE} in $MERGEML_OUTPUT_DIR` }]);
    }
    if (hasModel) {
      const tf = await loadTf();
      try {
        (await tf.loadLayersModel(fileModelHandler(join(staging, MODEL_JSON)))).dispose();
      } catch (error) {
        throw new InputError(`the trainer's ${MODEL_JSON} does not load as a TF.js layers model`, [{ file: join(input.outDir, MODEL_JSON), message: error instanceof Error ? error.message : String(error) }], { cause: error });
      }
    }
    const card = {
      schemaVersion: 1,
      model: input.model.name,
      task: input.model.config.task,
      trainer: 'command',
      command: input.command,
      data: { train: { file: input.trainFile.file, sha256: await fileSha256(input.trainFile.path) }, test: input.testFile ? { file: input.testFile.file, sha256: await fileSha256(input.testFile.path) } : null },
      code: { commit: await input.gitCommit() },
      seed: input.seed,
      metrics: { test: metrics },
      durations: { totalSeconds: (input.progress.now() - input.started) / 1000, trainSeconds },
    };
    await stageFile(staging, 'training-card.json', `${JSON.stringify(card, null, 2)}\n`);
    const manifest = await commitArtifact(input.outDir, staging, input.model.name);
    const weights = manifest.files.find((f) => f.path === 'weights.bin');
    return { schemaVersion: 1, model: input.model.name, outDir: input.outDir, trainer: 'command', backend: null, seed: input.seed, epochs: null, resumedFromEpoch: null, metrics, weightsSha256: weights?.sha256 ?? null, files: manifest.files, durations: card.durations };
  } catch (error) {
    await discardStaging(staging);
    throw error;
  }
}
