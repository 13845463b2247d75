/** Shapes shared by the paired significance tests (DeLong, McNemar) and the metric registry. */
import type { ScoreOrder } from '../metrics/sort-order.js';

/** One model's outputs on the shared rows. */
export interface PairedModelOutputs {
  readonly scores: Float64Array;
  readonly preds: Uint8Array;
  readonly order: ScoreOrder;
}

/** Two models evaluated on identical rows with identical labels. */
export interface PairedBinaryInput {
  readonly labels: Uint8Array;
  readonly champion: PairedModelOutputs;
  readonly challenger: PairedModelOutputs;
}

/** Outcome of a two-sided paired test of "no difference". Never NaN: null plus a note instead. */
export interface PairedTestResult {
  readonly test: string;
  readonly statistic: number | null;
  readonly p_value: number | null;
  readonly details: Readonly<Record<string, number | null>>;
  readonly note?: string;
}

/** A paired test attached to a metric in the registry. */
export type PairedTest = (input: PairedBinaryInput) => PairedTestResult;
