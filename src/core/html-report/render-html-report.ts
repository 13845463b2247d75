/**
 * The self-contained HTML report of a run: one page, inline CSS and inline SVG charts, no scripts and no
 * external resources (a Content-Security-Policy forbids them too), so it opens offline and can be
 * attached to a pull request or an artifact as it is. Pure: the same bundle renders the same bytes.
 */
import type { ModelResults, ResultsBundle } from '../report/results-bundle.js';
import { deriveVerdict } from '../report/verdict.js';
import { escapeHtml, escapeHtmlCapped } from './escape-html.js';
import { statusBadge } from './format-values.js';
import { renderCharts, renderCompliance, renderFairness, renderFindings, renderGates, renderMetrics, renderTrainingCard } from './html-sections.js';

export interface HtmlReportContext {
  /** Page title; default "MergeML report". */
  readonly title?: string;
  /** When the run happened (ISO 8601, from the caller's clock). */
  readonly generatedAt?: string;
  /** One-line notes under the title, e.g. "no champion yet". */
  readonly notes?: readonly string[];
}

const CSS = `body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1100px;padding:16px 24px;color:#1f2328}
h1{font-size:22px}h2{font-size:19px;border-bottom:1px solid #d0d7de;padding-bottom:4px}h3{font-size:16px;margin-top:24px}h4{font-size:14px;margin:14px 0 6px}
table{border-collapse:collapse;margin:6px 0 10px;font-size:13px}th,td{border:1px solid #d0d7de;padding:3px 8px;text-align:left;vertical-align:top}th{background:#f6f8fa}
tr.row-fail td{background:#ffebe9}tr.row-warn td{background:#fff8c5}.better{color:#1a7f37}.worse{color:#cf222e}
.verdict{padding:10px 14px;border-radius:6px;margin:8px 0}.verdict-pass{background:#dafbe1}.verdict-warn{background:#fff8c5}.verdict-fail{background:#ffebe9}
.verdict h2{border:0;margin:0 0 4px}.note{color:#59636e;font-size:12px}.charts{display:flex;flex-wrap:wrap;gap:12px}svg.chart{background:#fff;border:1px solid #d0d7de}
code{background:#f6f8fa;padding:0 3px}details{margin:6px 0}summary{cursor:pointer;font-weight:600}`;

const WORD = { pass: 'ready to merge', warn: 'passes with warnings', fail: 'blocked' } as const;

function section(title: string, body: string, open = true): string {
  return `<details${open ? ' open' : ''}><summary><h3 style="display:inline">${escapeHtml(title)}</h3></summary>\n${body}\n</details>`;
}

type Area = 'pass' | 'warn' | 'fail' | 'skip';

function worstOf(fail: boolean, warn: boolean): Area {
  return fail ? 'fail' : warn ? 'warn' : 'pass';
}

/** The data, metric and fairness verdicts shown under the headline (the headline itself is deriveVerdict's). */
export function areaVerdicts(model: ModelResults): { data: Area; metrics: Area; fairness: Area } {
  const findings = [...(model.validation?.findings ?? []), ...(model.drift?.findings ?? [])];
  const failed = findings.filter((f) => f.status === 'fail');
  const bias = model.fairness?.gates ?? [];
  const items = model.compliance?.items ?? [];
  return {
    data: model.validation || model.drift ? worstOf(failed.some((f) => f.severity === 'error'), failed.length > 0) : 'skip',
    metrics: model.gates.length > 0 ? worstOf(model.gates.some((g) => g.status === 'fail'), model.gates.some((g) => g.status === 'warn')) : 'skip',
    fairness: model.fairness || model.compliance
      ? worstOf(bias.some((g) => g.status === 'fail') || items.some((i) => i.status === 'fail') || model.fairness?.status === 'fail', bias.some((g) => g.status === 'warn') || items.some((i) => i.status === 'warn') || model.fairness?.status === 'warn')
      : 'skip',
  };
}

function renderModel(model: ModelResults): string {
  const verdict = deriveVerdict(model);
  const areas = areaVerdicts(model);
  const champion = model.metrics?.championLabel ?? 'champion';
  const challenger = model.metrics?.challengerLabel ?? 'challenger';
  const parts = [
    `<section class="model">`,
    `<div class="verdict verdict-${verdict.status}"><h2>${statusBadge(verdict.status)} ${escapeHtmlCapped(model.name, 100)} — ${WORD[verdict.status]}</h2>`,
    `<p class="areas">${(['data', 'metrics', 'fairness'] as const).map((a) => `${a}: ${statusBadge(areas[a])}`).join(' · ')}</p>`,
    `<ul>${verdict.reasons.map((r) => `<li>${escapeHtmlCapped(r, 1000)}</li>`).join('')}</ul></div>`,
  ];
  if (model.gates.length > 0) parts.push(section('Gates', renderGates(model.gates)));
  if (model.metrics) parts.push(section('Metrics: champion vs challenger', renderMetrics(model.metrics)));
  if (model.charts) parts.push(section('Curves', renderCharts(model.charts, champion, challenger)));
  if (model.validation) parts.push(section('Data validation', renderFindings(model.validation), model.validation.findings.some((f) => f.status === 'fail')));
  if (model.drift) parts.push(section('Drift', renderFindings(model.drift), model.drift.findings.some((f) => f.status === 'fail')));
  if (model.fairness) parts.push(section('Fairness', renderFairness(model.fairness)));
  if (model.compliance) parts.push(section('Compliance', renderCompliance(model.compliance)));
  if (model.trainingCard) parts.push(section('Training card', renderTrainingCard(model.trainingCard), false));
  parts.push('</section>');
  return parts.join('\n');
}

/** Renders the whole bundle as one self-contained HTML page. */
export function renderHtmlReport(bundle: ResultsBundle, context: HtmlReportContext = {}): string {
  const title = context.title ?? 'MergeML report';
  const src = bundle.source;
  const meta = [
    src?.branch ? `branch ${escapeHtmlCapped(src.branch, 255)}` : '',
    src?.commit ? `commit <code>${escapeHtml(src.commit.slice(0, 12))}</code>` : '',
    context.generatedAt ? `generated ${escapeHtml(context.generatedAt)}` : '',
  ].filter(Boolean);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtmlCapped(title, 200)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtmlCapped(title, 200)}</h1>`,
    meta.length > 0 ? `<p class="note">${meta.join(' · ')}</p>` : '',
    ...(context.notes ?? []).map((n) => `<p>${escapeHtmlCapped(n, 1000)}</p>`),
    ...bundle.models.map(renderModel),
    '</body>',
    '</html>',
    '',
  ].filter((l) => l !== '').join('\n');
}
