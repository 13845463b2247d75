/** Formats a metric for reports and reasons: at most 4 decimals, no trailing zeros, never NaN or Infinity. */
export function formatMetric(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const s = x.toFixed(4).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}
