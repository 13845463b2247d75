/**
 * Inline SVG line charts for the HTML report: champion vs challenger on the unit square (ROC, precision–
 * recall, calibration), with grid, axis labels, a legend and an optional reference line. No external
 * resources, no scripts, no xmlns URL (inline SVG in HTML5 needs none).
 */
import type { CurvePair } from '../report/results-bundle.js';
import { escapeHtml } from './escape-html.js';

export interface ChartSpec {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly pair: CurvePair;
  /** A reference line on the unit square, e.g. the chance diagonal. */
  readonly reference?: { readonly from: readonly [number, number]; readonly to: readonly [number, number]; readonly label: string };
  /** Draw a dot at each point (calibration bins). */
  readonly markers?: boolean;
}

const W = 340;
const H = 300;
const M = { left: 48, right: 12, top: 28, bottom: 64 };
const PW = W - M.left - M.right;
const PH = H - M.top - M.bottom;
export const CHAMPION_COLOR = '#1f77b4';
export const CHALLENGER_COLOR = '#e8710a';

const px = (x: number): string => (M.left + Math.min(1, Math.max(0, x)) * PW).toFixed(1);
const py = (y: number): string => (M.top + (1 - Math.min(1, Math.max(0, y))) * PH).toFixed(1);

function points(curve: { x: readonly number[]; y: readonly number[] }): [number, number][] {
  const out: [number, number][] = [];
  const n = Math.min(curve.x.length, curve.y.length);
  for (let i = 0; i < n; i++) {
    const x = curve.x[i]!;
    const y = curve.y[i]!;
    if (Number.isFinite(x) && Number.isFinite(y)) out.push([x, y]);
  }
  return out;
}

function series(curve: { x: readonly number[]; y: readonly number[] } | null | undefined, color: string, markers: boolean, dash = ''): string {
  if (!curve) return '';
  const pts = points(curve);
  if (pts.length === 0) return '';
  const line = `<polyline fill="none" stroke="${color}" stroke-width="2"${dash} points="${pts.map(([x, y]) => `${px(x)},${py(y)}`).join(' ')}"/>`;
  const dots = markers ? pts.map(([x, y]) => `<circle cx="${px(x)}" cy="${py(y)}" r="3" fill="${color}"/>`).join('') : '';
  return line + dots;
}

function grid(): string {
  const parts: string[] = [];
  for (let i = 0; i <= 5; i++) {
    const v = i / 5;
    parts.push(`<line x1="${px(0)}" y1="${py(v)}" x2="${px(1)}" y2="${py(v)}" stroke="#ddd"/>`, `<line x1="${px(v)}" y1="${py(0)}" x2="${px(v)}" y2="${py(1)}" stroke="#ddd"/>`);
    parts.push(`<text x="${px(v)}" y="${(M.top + PH + 14).toFixed(1)}" text-anchor="middle" font-size="10">${v.toFixed(1)}</text>`);
    parts.push(`<text x="${(M.left - 6).toFixed(1)}" y="${(Number(py(v)) + 3).toFixed(1)}" text-anchor="end" font-size="10">${v.toFixed(1)}</text>`);
  }
  parts.push(`<rect x="${M.left}" y="${M.top}" width="${PW}" height="${PH}" fill="none" stroke="#888"/>`);
  return parts.join('');
}

function legendItem(x: number, y: number, color: string, label: string, dash = ''): string {
  return `<line x1="${x}" y1="${y}" x2="${x + 18}" y2="${y}" stroke="${color}" stroke-width="2"${dash}/><text x="${x + 22}" y="${y + 3}" font-size="10">${escapeHtml(label)}</text>`;
}

/** One chart as an inline `<svg>` element; every label is escaped. */
export function renderLineChart(spec: ChartSpec): string {
  const ref = spec.reference;
  const dashed = ' stroke-dasharray="4 3"';
  // Short legend words keep the chart narrow; the models' full names are in the caption under the charts.
  const legendY = H - 14;
  const legend = [
    ...(spec.pair.champion ? [legendItem(M.left, legendY, CHAMPION_COLOR, 'champion')] : []),
    legendItem(M.left + 85, legendY, CHALLENGER_COLOR, 'challenger'),
    ...(ref ? [legendItem(M.left + 162, legendY, '#999', ref.label, dashed)] : []),
  ].join('');
  return [
    `<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(spec.title)}">`,
    `<title>${escapeHtml(spec.title)}</title>`,
    `<text x="${W / 2}" y="16" text-anchor="middle" font-size="13" font-weight="bold">${escapeHtml(spec.title)}</text>`,
    grid(),
    ref ? `<line x1="${px(ref.from[0])}" y1="${py(ref.from[1])}" x2="${px(ref.to[0])}" y2="${py(ref.to[1])}" stroke="#999"${dashed}/>` : '',
    series(spec.pair.champion, CHAMPION_COLOR, spec.markers === true),
    series(spec.pair.challenger, CHALLENGER_COLOR, spec.markers === true),
    `<text x="${(M.left + PW / 2).toFixed(1)}" y="${(M.top + PH + 30).toFixed(1)}" text-anchor="middle" font-size="11">${escapeHtml(spec.xLabel)}</text>`,
    `<text transform="translate(12 ${(M.top + PH / 2).toFixed(1)}) rotate(-90)" text-anchor="middle" font-size="11">${escapeHtml(spec.yLabel)}</text>`,
    legend,
    '</svg>',
  ].join('');
}
