/**
 * A metric value that is never an unexplained NaN or Infinity: either a finite number, or null with the
 * reason it is undefined. `note` also explains a value that is defined by convention (Fairlearn's TPR = 0
 * for a group without positives), so reports can footnote it.
 */
export interface MetricValue {
  readonly value: number | null;
  readonly note?: string;
}

/** A defined value. */
export function defined(value: number, note?: string): MetricValue {
  if (!Number.isFinite(value)) return { value: null, note: note ?? 'not a finite number' };
  return note === undefined ? { value } : { value, note };
}

/** An undefined value and why. */
export function undefinedValue(reason: string): MetricValue {
  return { value: null, note: reason };
}
