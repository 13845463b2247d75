import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeMarkdown, escapeHtmlText, escapeValue, truncateText } from '../../src/core/report/escape-markdown.js';

test('escapeMarkdown neutralises HTML, markdown, mentions and issue links', () => {
  assert.equal(escapeMarkdown('</details>'), '&lt;/details&gt;');
  assert.equal(escapeMarkdown('<img src=x onerror=alert(1)>'), '&lt;img src=x onerror=alert\\(1\\)&gt;');
  assert.equal(escapeMarkdown('@org/team'), '@&#8203;org/team');
  assert.equal(escapeMarkdown('a`b`c'), 'a\\`b\\`c');
  assert.equal(escapeMarkdown('a|b'), 'a\\|b');
  assert.equal(escapeMarkdown('[x](javascript:alert(1))'), '\\[x\\]\\(javascript:alert\\(1\\)\\)');
  assert.equal(escapeMarkdown('fixes #123'), 'fixes \\#&#8203;123');
  assert.equal(escapeMarkdown('see https://evil.example'), 'see https:&#8203;//evil.example');
  assert.equal(escapeMarkdown('line1\nline2'), 'line1 line2');
  assert.equal(escapeMarkdown('- item'), '\\- item');
  assert.equal(escapeMarkdown('1. item'), '1\\. item');
  assert.equal(escapeMarkdown('$x$ & "q" \'s\''), '\\$x\\$ &amp; &quot;q&quot; &#39;s&#39;');
  assert.equal(escapeMarkdown('a\u202eb'), 'ab');
});

test('escapeHtmlText uses entities only', () => {
  assert.equal(escapeHtmlText('</summary><b>`x`|$</b> @a'), '&lt;/summary&gt;&lt;b&gt;&#96;x&#96;&#124;&#36;&lt;/b&gt; @&#8203;a');
});

test('truncateText and escapeValue bound the length', () => {
  assert.equal(truncateText('abcdef', 4), 'abc…');
  assert.equal(truncateText('abc', 4), 'abc');
  assert.equal(escapeValue('x'.repeat(300), 10), `${'x'.repeat(9)}…`);
});
