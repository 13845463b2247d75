import { formatStat } from './format-number.js';
import type { DataProfile } from './profile-result.js';

/** The profile as an aligned plain-text table for the terminal. */
export function renderProfileTable(profile: DataProfile): string {
  const head = ['column', 'type', 'count', 'nulls', 'distinct', 'min', 'p50', 'max', 'mean', 'std', 'top'];
  const rows = profile.columns.map((c) => {
    const n = c.numeric;
    const top = (c.text?.top ?? []).slice(0, 3).map((t) => `${JSON.stringify(t.value)}:${t.count}`).join(' ');
    return [
      c.name,
      c.type + (n && n.nonFinite > 0 ? `(${n.nonFinite} non-finite)` : ''),
      String(c.count),
      String(c.nulls),
      (c.distinctExact ? '' : '~') + String(c.distinct),
      formatStat(n?.min),
      formatStat(n?.quantiles.p50),
      formatStat(n?.max),
      formatStat(n?.mean),
      formatStat(n?.std),
      top,
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: readonly string[]): string =>
    r
      .map((cell, i) => (i >= 2 && i <= 9 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${profile.file}: ${profile.rows} rows, ${profile.columns.length} columns\n\n${[fmt(head), ...rows.map(fmt)].join('\n')}\n`;
}
