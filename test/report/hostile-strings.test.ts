import { test } from 'node:test';
import assert from 'node:assert/strict';
import { composeModelComment } from '../../src/core/report/compose-report.js';
import { renderJobSummary } from '../../src/core/report/job-summary.js';
import { resultsBundleSchema } from '../../src/core/report/results-bundle.js';
import { HEAD_SHA, sampleModel } from './sample-results.js';

const HOSTILE = ['</details>', '<img src=x onerror=alert(1)>', '@org/team', '`code`', 'a|b', '[x](javascript:alert(1))', '#123', '<!-- x -->', '$x^2$'];

function hostileBundle() {
  const model = sampleModel('<img src=x onerror=alert(1)>');
  return resultsBundleSchema.parse({
    schemaVersion: 1,
    kind: 'mergeml.results',
    pullRequest: { number: 1, headSha: HEAD_SHA },
    source: { branch: '</sub><img src=x onerror=alert(1)>@org/team', commit: HEAD_SHA },
    models: [
      {
        ...model,
        validation: {
          findings: HOSTILE.map((h, i) => ({
            id: `DV${i}`,
            check: 'values_in_set',
            column: h,
            severity: 'error' as const,
            status: 'fail' as const,
            observed: h,
            expected: h,
            message: `unexpected value ${h}`,
            examples: [{ file: `data/${h}.csv`, line: i + 1, column: h, value: h }],
          })),
        },
        fairness: {
          gates: [{ name: h(0), status: 'fail' as const, message: HOSTILE.join(' ') }],
          tables: [{ title: '</details><details open>', columns: HOSTILE, rows: [{ cells: HOSTILE }, { cells: [...HOSTILE].reverse() }] }],
        },
        trainingCard: { fields: HOSTILE.map((h) => ({ name: h, value: h })) },
      },
    ],
  });
}

function h(i: number): string {
  return HOSTILE[i] ?? '';
}

function assertNeutralised(body: string, marker: string | undefined): void {
  // HTML: no raw tag from user text survives; our own </details> always start a line.
  assert.doesNotMatch(body, /<img/i);
  assert.doesNotMatch(body, /[^\n]<\/details>/);
  assert.equal(body.split('<details').length, body.split('</details>').length);
  assert.equal(body.split('<!--').length - 1, marker ? 1 : 0);
  assert.ok(body.includes('&lt;img src=x onerror=alert\\(1\\)&gt;'));
  assert.ok(body.includes('&lt;/details&gt;'));
  // Mentions and issue links are broken by a zero-width space.
  assert.doesNotMatch(body, /@(?!&#8203;)/);
  assert.ok(body.includes('@&#8203;org/team'));
  // Our mermaid blocks (colours like #1f77b4) and headings are ours; user text never enters them.
  const text = body.replace(/```mermaid[\s\S]*?```/g, '').split('\n').filter((l) => !/^#{1,3} /.test(l)).join('\n');
  assert.doesNotMatch(text.replace(/#&#8203;/g, '').replace(/&#\d+;/g, ''), /#/, 'outside headings every # is an entity or followed by a zero-width space');
  // Links cannot form: brackets and parentheses are escaped.
  assert.ok(!body.includes('](javascript'));
  assert.ok(body.includes('\\[x\\]\\(javascript:alert\\(1\\)\\)'));
  // Backticks only in our mermaid fences; user backticks are escaped.
  const outsideFences = body.split('\n').filter((l) => !l.startsWith('```')).join('\n');
  assert.doesNotMatch(outsideFences, /(^|[^\\])`/m);
  assert.ok(body.includes('\\`code\\`'));
  // Math is escaped.
  assert.ok(body.includes('\\$x\\^2\\$'));
  // Table rows keep their shape: unescaped pipes per row equal the header's.
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('| ') || lines[i - 1]?.startsWith('|')) continue;
    const width = (lines[i]!.match(/(?<!\\)\|/g) ?? []).length;
    for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++) {
      assert.equal((lines[j]!.match(/(?<!\\)\|/g) ?? []).length, width, `row ${j} of table at ${i}: ${lines[j]}`);
    }
  }
  assert.ok(body.includes('a\\|b'));
}

test('hostile column names, category values, file paths, model and branch names are neutralised in the comment', () => {
  const bundle = hostileBundle();
  const report = composeModelComment(bundle.models[0]!, { workflow: 'pr <b>@x</b>', summaryUrl: 'https://github.com/o/r/actions/runs/1', source: bundle.source });
  assert.equal(report.marker, '<!-- mergeml:report model=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E workflow=pr%20%3Cb%3E%40x%3C%2Fb%3E -->');
  assert.ok(report.body.startsWith(`${report.marker}\n## ❌ MergeML: &lt;img src=x onerror=alert\\(1\\)&gt; — blocked`));
  assertNeutralised(report.body, report.marker);
  // The summary element is HTML context: entities, no backslash escapes.
  assert.ok(report.body.includes('<summary>&lt;/details&gt;&lt;details open&gt;</summary>'));
  // <sub> is inline HTML in a paragraph, so markdown escaping applies there.
  assert.ok(report.body.includes('<sub>branch &lt;/sub&gt;&lt;img src=x onerror=alert\\(1\\)&gt;@&#8203;org/team'));
});

test('the job summary neutralises the same strings', () => {
  const bundle = hostileBundle();
  assertNeutralised(renderJobSummary(bundle, { workflow: 'pr', source: bundle.source }), undefined);
});

test('a marker cannot be closed early by a model name', () => {
  const bundle = hostileBundle();
  const report = composeModelComment({ ...bundle.models[0]!, name: 'x --> <b>' }, { workflow: 'w--x' });
  assert.equal(report.marker, '<!-- mergeml:report model=x%20-%2D%3E%20%3Cb%3E workflow=w-%2Dx -->');
});
