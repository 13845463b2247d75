/**
 * Neutralises user-controlled text (column names, category values, branch names, file paths, model names)
 * before it is placed in GitHub-flavoured markdown, so that it renders as the literal text and cannot inject
 * markdown, raw HTML (`</details>`, `<img onerror>`), math, @-mentions, `#123` issue links or autolinks.
 *
 * Two contexts:
 * - `escapeMarkdown`: ordinary markdown text — paragraphs, headings, list items, GFM table cells.
 * - `escapeHtmlText`: text inside a raw HTML block such as `<summary>…</summary>` or an HTML attribute,
 *   where markdown is not parsed and only entities are decoded (backslash escapes would show literally).
 *
 * Both collapse line breaks to spaces (a newline ends a table row or an HTML block) and strip control
 * and bidirectional-override characters (Trojan-source style spoofing).
 */

/** Zero-width space as an entity: breaks mention/issue/autolink detection without a visible change. */
const ZWSP = '&#8203;';

// C0/C1 controls except tab/newline (handled separately), and bidi embedding/override/isolate marks.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\t]/g;

// CommonMark allows a backslash before any ASCII punctuation. These are the ones that start inline or
// block syntax on GitHub: emphasis, code, links/images, headings, tables, strikethrough, math ($).
const MARKDOWN_PUNCTUATION = /[\\`*_[\]()#!|~$^{}]/g;

/** Text made only of these cannot start any markdown, HTML, mention, link or block syntax. */
const PLAIN = /^[A-Za-z][A-Za-z0-9 ,;%]*$/;

function normaliseWhitespace(text: string): string {
  return text.replace(INVISIBLE, '').replace(LINE_BREAKS, ' ');
}

/** `@user`, `@org/team`, `#123`, `GH-123`, `https://…` and `www.` stay literal but stop linking/pinging. */
function breakAutolinks(text: string): string {
  return text
    .replace(/@/g, `@${ZWSP}`)
    .replace(/(?<!&)#(?=\d)/g, `#${ZWSP}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}

/** Escapes `&`, `<`, `>`, `"` and `'` as HTML entities. */
function escapeHtmlEntities(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Escapes user text for markdown inline context (paragraphs, headings, list items, table cells). */
export function escapeMarkdown(text: string): string {
  // Fast path for the common case (identifiers, numbers in words): nothing to escape.
  if (PLAIN.test(text)) return text;
  let out = escapeHtmlEntities(normaliseWhitespace(text));
  // Entities first (they introduce `#` and `;` that must not be backslash-escaped), so escape the
  // markdown punctuation only outside the entities we just produced.
  out = out.replace(/(&(?:amp|lt|gt|quot|#39);)|([\\`*_[\]()#!|~$^{}])/g, (_m, entity: string | undefined, ch: string | undefined) =>
    entity !== undefined ? entity : `\\${ch ?? ''}`,
  );
  // Block syntax only matters at the start of a line: list markers, ordered lists, setext/thematic rules.
  out = out.replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
  return breakAutolinks(out);
}

/** Escapes user text for a raw HTML context (`<summary>`, attribute values): entities only. */
export function escapeHtmlText(text: string): string {
  const out = escapeHtmlEntities(normaliseWhitespace(text))
    .replace(/`/g, '&#96;')
    .replace(/\$/g, '&#36;')
    .replace(/\|/g, '&#124;');
  return breakAutolinks(out);
}

/** Shortens text to at most `max` characters (before escaping) with an ellipsis, so one value cannot eat the budget. */
export function truncateText(text: string, max: number): string {
  if (max < 1) return '';
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Renders user text as a literal inline value: truncated to `max` characters, then markdown-escaped. */
export function escapeValue(text: string, max = 200): string {
  return escapeMarkdown(truncateText(text, max));
}

/** Exposed for tests and docs: the punctuation that `escapeMarkdown` backslash-escapes. */
export const ESCAPED_MARKDOWN_PUNCTUATION = MARKDOWN_PUNCTUATION.source;
