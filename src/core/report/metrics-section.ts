/** The metric comparison table (champion, challenger, Δ, Δ%, CI, gate) and the gate list. */
import { escapeValue } from './escape-markdown.js';
import { formatNumber, formatSigned, markdownTable, statusIcon } from './markdown-blocks.js';
import type { ReportSection } from './report-section.js';
import type { Gate, MetricRow, MetricsSection } from './results-bundle.js';

/** Δ = challenger − champion, unless the producer supplied it. */
export function metricDelta(row: MetricRow): number | null {
  if (row.delta !== undefined) return row.delta;
  return row.champion === null || row.challenger === null ? null : row.challenger - row.champion;
}

/** Δ% = Δ / |champion| × 100; null when the champion is missing or zero. */
export function metricDeltaPct(row: MetricRow): number | null {
  if (row.deltaPct !== undefined) return row.deltaPct;
  const delta = metricDelta(row);
  return delta === null || row.champion === null || row.champion === 0 ? null : (delta / Math.abs(row.champion)) * 100;
}

function direction(row: MetricRow, delta: number | null): string {
  if (delta === null || delta === 0 || row.higherIsBetter === undefined) return '';
  return delta > 0 === row.higherIsBetter ? ' 🟢' : ' 🔴';
}

/** Renders the comparison table; `ci` is the interval of Δ at `ciLevel`. */
export function renderMetricsSection(metrics: MetricsSection): ReportSection {
  const level = metrics.ciLevel ?? 0.95;
  const headers = ['Metric', metrics.championLabel ?? 'Champion', metrics.challengerLabel ?? 'Challenger', 'Δ', 'Δ%', `CI ${Math.round(level * 100)}% (Δ)`, 'Gate'];
  const rows = metrics.rows.map((r) => {
    const delta = metricDelta(r);
    const ci = r.ci ? `[${formatSigned(r.ci[0])}, ${formatSigned(r.ci[1])}]` : '—';
    const gate = r.gate ? `${statusIcon(r.gate.status)}${r.gate.threshold ? ` ${escapeValue(r.gate.threshold, 100)}` : ''}` : '—';
    return [
      escapeValue(r.metric, 100),
      formatNumber(r.champion),
      formatNumber(r.challenger),
      `${formatSigned(delta)}${direction(r, delta)}`,
      formatSigned(metricDeltaPct(r), 2, '%'),
      ci,
      gate,
    ];
  });
  const markdown = rows.length === 0 ? '_No metrics were computed._' : markdownTable(headers, rows);
  return { id: 'metrics', title: 'Metrics: champion vs challenger', priority: 90, markdown };
}

/** The gate list: each gate with its status, observed value, threshold and explanation. */
export function renderGatesSection(gates: readonly Gate[]): ReportSection {
  const rows = gates.map((g) => [
    statusIcon(g.status),
    escapeValue(g.name, 100),
    typeof g.observed === 'number' ? formatNumber(g.observed) : g.observed ? escapeValue(g.observed, 100) : '—',
    typeof g.threshold === 'number' ? formatNumber(g.threshold) : g.threshold ? escapeValue(g.threshold, 100) : '—',
    escapeValue(g.message, 300),
  ]);
  return { id: 'gates', title: 'Gates', priority: 95, markdown: markdownTable(['', 'Gate', 'Observed', 'Threshold', 'Detail'], rows) };
}
