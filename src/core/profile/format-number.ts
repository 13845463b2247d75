/** Formats a statistic for people: integers in full, other values to 6 significant digits; null as `–`. */
export function formatStat(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  if (!Number.isFinite(value)) return String(value);
  const text = value.toPrecision(6);
  return text.includes('e') ? text : text.replace(/\.?0+$/, '');
}
