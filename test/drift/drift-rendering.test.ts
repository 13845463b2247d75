import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDriftJson } from '../../src/core/drift/drift-json.js';
import { renderDriftMarkdown, renderDriftText } from '../../src/core/drift/drift-markdown.js';
import { computeDrift, driftCheckResults } from '../../src/core/drift/drift-report.js';
import { createDriftProfileConsumer } from '../../src/core/drift/drift-profile-consumer.js';
import { renderProxyMarkdown } from '../../src/core/proxies/proxy-markdown.js';
import { createProxyConsumer } from '../../src/core/proxies/proxy-checks.js';
import { batchesOf } from './drift-helpers.js';

function profiles(columns: Record<string, (string | null)[]>) {
  const c = createDriftProfileConsumer();
  for (const b of batchesOf('f.csv', columns, 7)) c.consume(b);
  return c.finish();
}

test('a column turns categorical at its first non-numeric cell, keeping earlier numbers as categories', () => {
  const [p] = profiles({ c: ['1', '2', '1.0', 'x', '2', null, 'nan'] });
  assert.equal(p!.type, 'cat');
  assert.deepEqual([...p!.categories!.counts.entries()].sort(), [['1', 2], ['2', 2], ['x', 1]]);
  assert.equal(p!.categories!.count, 5);
  const [n] = profiles({ c: ['1', '2', 'inf', null, 'NaN', '3'] });
  assert.equal(n!.type, 'num');
  assert.equal(n!.numeric!.count, 3); // ±inf and NaN are dropped as Evidently does
  assert.equal(n!.numeric!.missing, 3);
});

test('markdown escapes user-controlled column and file names; text and JSON agree on the verdict', () => {
  const evil = 'x|y</details>@team';
  const ref = profiles({ [evil]: Array.from({ length: 60 }, (_, i) => String(i % 2)) });
  const cur = profiles({ [evil]: Array.from({ length: 60 }, (_, i) => String(i % 5 === 0 ? 1 : 0)) });
  const result = computeDrift(ref, cur, { stattest: 'auto', driftShare: 0.5, severity: 'error' });
  const report = buildDriftJson({ reference: { file: 'ref|[x](y).csv', rows: 60 }, current: { file: 'cur.csv', rows: 60 }, options: { stattest: 'auto', driftShare: 0.5, severity: 'error' }, result });
  const md = renderDriftMarkdown(report);
  assert.ok(!md.includes('x|y'), md);
  assert.ok(!md.includes('</details>'));
  assert.ok(!md.includes('[x](y)'));
  assert.equal(report.failed, true);
  assert.match(md, /❌ \*\*Dataset drift\*\*: 1 of 1 columns drifted/);
  assert.match(renderDriftText(report), /Dataset drift: 1\/1 columns drifted/);
  const checks = driftCheckResults(result, 'error');
  assert.deepEqual(checks.map((c) => [c.check, c.status]), [['column_drift', 'fail'], ['dataset_drift', 'fail']]);
});

test('proxy markdown lists the strongest pairs, marks bounds exceeded and escapes names', () => {
  const n = 200;
  const consumer = createProxyConsumer(['zip|code', 'noise'], [{ column: 'Age', basis: 'age' }], { severity: 'error', cramersV: 0.3 });
  for (const b of batchesOf('p.csv', {
    'zip|code': Array.from({ length: n }, (_, i) => (i % 80 < 40 ? 'A' : 'B')),
    noise: Array.from({ length: n }, (_, i) => String((i * 7919) % 13)),
    Age: Array.from({ length: n }, (_, i) => String(i % 80 < 40 ? 22 + (i % 3) : 50 + (i % 7))),
  })) consumer.consume(b);
  const report = consumer.finish();
  const md = renderProxyMarkdown(report);
  assert.equal(report.findings[0]!.feature, 'zip|code');
  assert.ok(report.findings[0]!.cramers_v! > 0.99);
  assert.match(md, /\| zip\\\|code \| Age \| 1\.000 \|/);
  assert.match(md, /\*\*cramers_v\*\*/);
});
