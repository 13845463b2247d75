import type { LayersModel, Tensor } from '@tensorflow/tfjs';
import type { DesignMatrix } from '../core/preprocess/apply-preprocess.js';
import type { TargetSpec } from '../core/preprocess/preprocess-spec.js';
import { accuracy, logLoss, meanSquaredError, rocAuc } from './epoch-metrics.js';
import type { Tf } from './tf-runtime.js';

const CHUNK = 8192;

/** Scores every row of a design matrix (probability of the positive class, or the regression value). */
export async function scoreMatrix(tf: Tf, model: LayersModel, matrix: DesignMatrix): Promise<Float32Array> {
  const out = new Float32Array(matrix.rows);
  for (let start = 0; start < matrix.rows; start += CHUNK) {
    const n = Math.min(CHUNK, matrix.rows - start);
    const input = tf.tensor2d(matrix.x.subarray(start * matrix.width, (start + n) * matrix.width), [n, matrix.width]);
    const p = model.predict(input) as Tensor;
    out.set(await p.data(), start);
    tf.dispose([input, p]);
  }
  return out;
}

const quote = (text: string): string => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * predictions.csv: `row,line,score,label` for binary classification (score = probability of the
 * positive class, label at threshold 0.5), `row,line,prediction` for regression. `row` is the 1-based
 * record number, `line` the 1-based line of the record in the scored file.
 */
export function formatPredictionsCsv(target: TargetSpec, lines: Int32Array, scores: Float32Array): string {
  const out: string[] = [target.task === 'binary_classification' ? 'row,line,score,label' : 'row,line,prediction'];
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i] as number;
    if (target.task === 'binary_classification') out.push(`${i + 1},${lines[i]},${score},${quote(score >= 0.5 ? target.positiveClass : target.negativeClass)}`);
    else out.push(`${i + 1},${lines[i]},${score}`);
  }
  return `${out.join('\n')}\n`;
}

/** Test-split metrics, named as scikit-learn names them. Regression labels are the raw target values. */
export function testMetrics(target: TargetSpec, labels: Float32Array, scores: Float32Array): Record<string, number> {
  if (target.task === 'binary_classification') {
    return { roc_auc: rocAuc(labels, scores), accuracy: accuracy(labels, scores), log_loss: logLoss(labels, scores) };
  }
  const raw = labels.map((v) => v * target.scale + target.mean);
  const mse = meanSquaredError(raw, scores);
  let mae = 0;
  let mean = 0;
  for (let i = 0; i < raw.length; i++) {
    mae += Math.abs((raw[i] as number) - (scores[i] as number));
    mean += raw[i] as number;
  }
  mean /= raw.length;
  let total = 0;
  for (const v of raw) total += (v - mean) ** 2;
  return { mean_squared_error: mse, mean_absolute_error: mae / raw.length, r2: 1 - (mse * raw.length) / total };
}
