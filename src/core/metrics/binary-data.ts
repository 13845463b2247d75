/** Validated, column-major inputs of the binary classification metrics. */
export interface BinaryData {
  /** 1 where the true label is the positive class, else 0. */
  readonly labels: Uint8Array;
  /** The model's score for the positive class, finite. */
  readonly scores: Float64Array;
  /** 1 where the predicted label is the positive class, else 0. */
  readonly preds: Uint8Array;
  /** True when every score is a probability in [0, 1] (log loss, Brier, calibration apply). */
  readonly probabilities: boolean;
}

/** One grouping column as dense integer codes (0 … levels−1) and the group values they stand for. */
export interface GroupColumn {
  readonly name: string;
  readonly codes: Int32Array;
  readonly values: readonly string[];
}

/** Validated inputs of the regression metrics. */
export interface RegressionData {
  readonly targets: Float64Array;
  readonly predictions: Float64Array;
}
