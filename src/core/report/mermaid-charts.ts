/**
 * ROC, precision–recall and calibration charts as Mermaid `xychart-beta` blocks (GitHub renders Mermaid 11),
 * champion vs challenger, each followed by a collapsed table fallback for clients without Mermaid (email,
 * API). xychart-beta spaces a line's points evenly along the x axis, so curves are resampled onto a fixed
 * grid first. No user text ever enters a chart: titles and labels are fixed strings.
 */
import { details, markdownTable } from './markdown-blocks.js';
import type { ReportSection } from './report-section.js';
import type { ChartsSection, CurvePair } from './results-bundle.js';

type Curve = { readonly x: readonly number[]; readonly y: readonly number[] };
/** How a curve is read between its points. */
export type ResampleMode = 'roc' | 'precision-recall' | 'linear';

/** The grid of x values charts are drawn on: 0, 0.05, …, 1. */
export const CHART_GRID: readonly number[] = Array.from({ length: 21 }, (_x, i) => i / 20);

function points(curve: Curve): { x: number; y: number }[] {
  return curve.x
    .map((x, i) => ({ x, y: curve.y[i] ?? Number.NaN }))
    .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y))
    .sort((a, b) => a.x - b.x || a.y - b.y);
}

/**
 * Resamples a curve at `grid`. roc: linear between points, the upper point on vertical segments;
 * precision-recall: interpolated precision (max precision at recall ≥ r, as in 11-point AP);
 * linear: linear inside the observed range, flat outside it (calibration bins).
 */
export function resampleCurve(curve: Curve, grid: readonly number[], mode: ResampleMode): (number | null)[] {
  const pts = points(curve);
  if (pts.length === 0) return grid.map(() => null);
  return grid.map((g) => {
    if (mode === 'precision-recall') {
      const ys = pts.filter((p) => p.x >= g - 1e-12).map((p) => p.y);
      return ys.length > 0 ? Math.max(...ys) : 0;
    }
    const first = pts[0] as { x: number; y: number };
    const last = pts[pts.length - 1] as { x: number; y: number };
    if (g <= first.x) return mode === 'roc' && g < first.x ? 0 : Math.max(...pts.filter((p) => p.x === first.x).map((p) => p.y));
    if (g >= last.x) return last.y;
    const exact = pts.filter((p) => p.x === g);
    if (exact.length > 0) return Math.max(...exact.map((p) => p.y));
    let i = 0;
    while (i + 1 < pts.length && (pts[i + 1] as { x: number }).x < g) i++;
    const a = pts[i] as { x: number; y: number };
    const b = pts[i + 1] as { x: number; y: number };
    return a.y + ((b.y - a.y) * (g - a.x)) / (b.x - a.x);
  });
}

interface ChartSpec {
  readonly key: keyof ChartsSection;
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly mode: ResampleMode;
  /** The reference line: chance (ROC), perfect calibration; none for PR. */
  readonly reference?: (x: number) => number;
  readonly referenceName?: string;
}

const CHARTS: readonly ChartSpec[] = [
  { key: 'roc', title: 'ROC curve', xLabel: 'False positive rate', yLabel: 'True positive rate', mode: 'roc', reference: (x) => x, referenceName: 'chance' },
  { key: 'precisionRecall', title: 'Precision-recall curve', xLabel: 'Recall', yLabel: 'Precision', mode: 'precision-recall' },
  { key: 'calibration', title: 'Calibration curve', xLabel: 'Mean predicted probability', yLabel: 'Fraction of positives', mode: 'linear', reference: (x) => x, referenceName: 'perfectly calibrated' },
];

const COLORS = { reference: '#9e9e9e', champion: '#1f77b4', challenger: '#ff7f0e' };

function chartLine(values: readonly (number | null)[]): string {
  return `    line [${values.map((v) => (v === null ? 0 : Math.min(1, Math.max(0, v))).toFixed(3)).join(', ')}]`;
}

function renderChart(spec: ChartSpec, pair: CurvePair): string {
  const champion = pair.champion ? resampleCurve(pair.champion, CHART_GRID, spec.mode) : undefined;
  const challenger = resampleCurve(pair.challenger, CHART_GRID, spec.mode);
  const reference = spec.reference ? CHART_GRID.map(spec.reference) : undefined;
  const series = [
    ...(reference ? [{ name: spec.referenceName ?? 'reference', color: COLORS.reference, values: reference }] : []),
    ...(champion ? [{ name: 'champion', color: COLORS.champion, values: champion }] : []),
    { name: 'challenger', color: COLORS.challenger, values: challenger },
  ];
  const mermaid = [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${series.map((s) => s.color).join(', ')}"}}}}%%`,
    'xychart-beta',
    `    title "${spec.title}"`,
    `    x-axis "${spec.xLabel}" [${CHART_GRID.map((g) => `"${g.toFixed(2)}"`).join(', ')}]`,
    `    y-axis "${spec.yLabel}" 0 --> 1`,
    ...series.map((s) => chartLine(s.values)),
    '```',
  ].join('\n');
  const legend = `_Lines: ${series.map((s) => `${s.name} (${s.color === COLORS.reference ? 'grey' : s.color === COLORS.champion ? 'blue' : 'orange'})`).join(', ')}; resampled at x = 0, 0.05, …, 1._`;
  const headers = [spec.xLabel, ...(champion ? ['Champion'] : []), 'Challenger'];
  const fixed = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : v.toFixed(3));
  const rows = CHART_GRID.map((g, i) => [g.toFixed(2), ...(champion ? [fixed(champion[i])] : []), fixed(challenger[i])]);
  return [`**${spec.title}**`, '', mermaid, '', legend, '', details(`${spec.title}: table`, markdownTable(headers, rows))].join('\n');
}

/** Renders every chart present in the section; undefined when there is none. */
export function renderChartsSection(charts: ChartsSection): ReportSection | undefined {
  const blocks = CHARTS.flatMap((spec) => {
    const pair = charts[spec.key];
    return pair ? [renderChart(spec, pair)] : [];
  });
  if (blocks.length === 0) return undefined;
  return { id: 'charts', title: 'Curves', priority: 40, markdown: details('ROC, precision-recall and calibration curves', blocks.join('\n\n'), true) };
}
