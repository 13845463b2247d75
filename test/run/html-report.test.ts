// The HTML report renderer: self-contained, every user string escaped, one SVG per curve pair.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeHtml } from '../../src/core/html-report/escape-html.js';
import { renderHtmlReport } from '../../src/core/html-report/render-html-report.js';
import { renderLineChart } from '../../src/core/html-report/svg-chart.js';
import { resultsBundleSchema } from '../../src/core/report/results-bundle.js';

const hostile = ['</details><script>alert(1)</script>', '<img src=x onerror=alert(1)>', '" onmouseover="x', "' autofocus onfocus='x", '<a href="https://evil.example">x</a>', 'a\u202Eb\u0000c'];

function bundle(name: string, text: string) {
  return resultsBundleSchema.parse({
    schemaVersion: 1,
    kind: 'mergeml.results',
    source: { branch: text, commit: 'a'.repeat(40) },
    models: [{
      name,
      gates: [{ name: text, status: 'fail', message: text, observed: text, threshold: 0.8 }],
      metrics: { championLabel: text, challengerLabel: text, rows: [{ metric: 'roc_auc', champion: 0.8, challenger: 0.85, ci: [0.01, 0.09], higherIsBetter: true, gate: { status: 'pass', threshold: text } }] },
      validation: { findings: [{ id: 'DV01', check: text, column: text, severity: 'error', status: 'fail', observed: text, expected: text, message: text, examples: [{ file: text, line: 3, value: text }] }] },
      fairness: { status: 'warn', gates: [{ name: text, status: 'warn', message: text }], tables: [{ title: text, columns: ['Group', text], rows: [{ cells: [text, 0.5], status: 'warn' }], note: text }] },
      compliance: { framework: text, items: [{ id: 'C1', requirement: text, status: 'pass', evidence: text }] },
      trainingCard: { fields: [{ name: text, value: text }], notes: text },
      charts: {
        roc: { champion: { x: [0, 0.2, 1], y: [0, 0.6, 1] }, challenger: { x: [0, 0.1, 1], y: [0, 0.7, 1] } },
        precisionRecall: { champion: null, challenger: { x: [0, 0.5, 1], y: [1, 0.8, 0.3] } },
        calibration: { champion: { x: [0.1, 0.9], y: [0.2, 0.8] }, challenger: { x: [0.1, 0.9], y: [0.1, 0.85] } },
      },
    }],
  });
}

test('escapeHtml: entities for markup characters, control and bidi characters removed', () => {
  assert.equal(escapeHtml(`<a href="x">'&\``), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#96;');
  assert.equal(escapeHtml('a\u202Eb\u0000c\u2066d'), 'abcd');
});

for (const text of hostile) {
  test(`renderHtmlReport escapes ${JSON.stringify(text)} everywhere`, () => {
    const html = renderHtmlReport(bundle(`m${text}`.slice(0, 100), text), { title: text, notes: [text], generatedAt: text });
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<img|<a\s/i);
    assert.doesNotMatch(html, /<[^>]*\s(on[a-z]+|autofocus)\s*=?/i, 'no attribute injected into any tag');
    assert.doesNotMatch(html, /<[^>]*\s(src|href)\s*=/i);
    assert.doesNotMatch(html, /[\u202E\u0000]/);
    assert.ok(html.includes(escapeHtml(text).slice(0, 20)), 'the text is shown, escaped');
  });
}

test('renderHtmlReport: one page, CSP, verdict first, three inline charts, no external resource', () => {
  const html = renderHtmlReport(bundle('credit-risk', 'plain'), {});
  assert.match(html, /^<!DOCTYPE html>/);
  assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
  assert.ok(html.indexOf('blocked') < html.indexOf('<h3'), 'the verdict comes before the sections');
  assert.equal((html.match(/<svg /g) ?? []).length, 3);
  assert.match(html, /data: <span class="st st-fail">❌ fail<\/span> · metrics: <span class="st st-fail">❌ fail<\/span> · fairness: <span class="st st-warn">⚠️ warning<\/span>/);
  assert.doesNotMatch(html, /https?:|xmlns/);
});

test('renderLineChart: points are mapped into the plot box, non-finite points dropped, champion and challenger in their colours', () => {
  const svg = renderLineChart({ title: 'ROC', xLabel: 'x', yLabel: 'y', pair: { champion: { x: [0, 1], y: [0, 1] }, challenger: { x: [0, Number.NaN, 1], y: [1, 0.5, 1] } } });
  const lines = [...svg.matchAll(/<polyline[^>]*stroke="(#[0-9a-f]+)"[^>]*points="([^"]+)"/g)].map((m) => [m[1], m[2]]);
  assert.deepEqual(lines, [['#1f77b4', '48.0,236.0 328.0,28.0'], ['#e8710a', '48.0,28.0 328.0,28.0']]);
});
