/**
 * HTML escaping for the self-contained report. Every user-controlled string (model, column and category
 * names, file paths, messages, branch names) passes through `escapeHtml` before it reaches the page; the
 * report never builds a tag, attribute or URL from user text.
 */

// C0/C1 controls (except tab and newline) and bidi overrides/isolates can reorder or hide text.
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Escapes text for an HTML text node or a quoted attribute value; drops control and bidi characters. */
export function escapeHtml(text: string): string {
  return text.replace(UNSAFE, '').replace(/[&<>"'`]/g, (c) => ENTITIES[c] ?? c);
}

/** Escapes and caps text (…-suffixed when cut), so one huge cell cannot blow up the page. */
export function escapeHtmlCapped(text: string, max = 500): string {
  const chars = [...text];
  return escapeHtml(chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text);
}
