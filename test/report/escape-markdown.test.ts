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

test('property: escaped text never carries raw HTML, unescaped pipes/backticks/brackets, mentions or line breaks', async () => {
  const fc = (await import('fast-check')).default;
  const alphabet = fc.constantFrom(...'<>&"\'`|[]()*_#!~$^{}\\@:/.-+=1 \n\r\tabcwWG\u202e'.split(''));
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (s) => {
      const out = escapeMarkdown(s);
      assert.doesNotMatch(out, /[<>\n\r\u202e]/);
      assert.doesNotMatch(out, /(^|[^\\])[|`[\]()*_~$]/);
      assert.doesNotMatch(out, /@(?!&#8203;)/);
      assert.doesNotMatch(out, /:\/\//);
      const html = escapeHtmlText(s);
      assert.doesNotMatch(html, /[<>`|$\n]/);
    }),
    { numRuns: 2000, seed: 7 },
  );
});
