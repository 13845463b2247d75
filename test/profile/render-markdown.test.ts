import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ProfileConsumer } from '../../src/core/profile/profile-consumer.js';
import { renderProfileMarkdown } from '../../src/core/profile/render-markdown.js';
import { makeRecordBatch } from '../../src/core/data/record-batch.js';

function profileOf(header: string[], cells: (string | null)[][]) {
  const c = new ProfileConsumer('data/train.csv');
  c.consume(makeRecordBatch({ file: 'data/train.csv', header, firstRow: 0, cells, lines: cells[0]?.map((_, i) => i + 2) ?? [] }));
  return c.finish();
}

test('markdown section: one row per column with type, nulls, distinct and statistics', () => {
  const md = renderProfileMarkdown(profileOf(['Age', 'Home'], [['30', '40', null, '50'], ['rent', 'owner', 'rent', 'rent']]));
  assert.equal(
    md,
    [
      '### Data profile',
      '',
      'data/train.csv: 4 rows, 2 columns.',
      '',
      '| Column | Type | Nulls | Distinct | Min | Median | Max | Mean | Std | Top values |',
      '|---|---|---:|---:|---:|---:|---:|---:|---:|---|',
      '| Age | integer | 1 (25.0%) | 3 | 30 | 40 | 50 | 40 | 10 |  |',
      '| Home | string | 0 | 2 | – | – | – | – | – | rent (3), owner (1) |',
      '',
    ].join('\n'),
  );
});

test('column names and categories cannot inject markdown, HTML or mentions', () => {
  const hostile = ['a|b', '`code`', '<img src=x onerror=alert(1)>', '@octocat', '</details>', '[x](http://evil)'];
  const md = renderProfileMarkdown(profileOf(['x|y <b>@team', 'c'], [['1', '2', '3', '4', '5', '6'], hostile]), { maxCategories: 6 });
  const rows = md.split('\n').filter((l) => l.startsWith('| '));
  // Every table row still has exactly the 10 columns: no unescaped pipe leaked from the data.
  for (const row of rows) assert.equal(row.replace(/\\\|/g, '').split('|').length - 2, 10, row);
  assert.doesNotMatch(md, /<img|<b>|<\/details>|\]\(http/);
  assert.doesNotMatch(md, /@octocat|@team/);
  assert.match(md, /x\\\|y &lt;b&gt;@&#8203;team/);
  assert.match(md, /\\`code\\`/);
});
