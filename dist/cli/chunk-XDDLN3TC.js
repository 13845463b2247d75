import { createRequire as __mergemlCreateRequire } from 'node:module';
import { fileURLToPath as __mergemlFileURLToPath } from 'node:url';
const require = __mergemlCreateRequire(import.meta.url);
const __mergemlDirname = __mergemlFileURLToPath(new URL('.', import.meta.url));

// src/core/report/escape-markdown.ts
var ZWSP = "&#8203;";
var INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
var LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\t]/g;
var MARKDOWN_PUNCTUATION = /[\\`*_[\]()#!|~$^{}]/g;
var PLAIN = /^[A-Za-z][A-Za-z0-9 ,;%]*$/;
function normaliseWhitespace(text) {
  return text.replace(INVISIBLE, "").replace(LINE_BREAKS, " ");
}
function breakAutolinks(text) {
  return text.replace(/@/g, `@${ZWSP}`).replace(/(?<!&)#(?=\d)/g, `#${ZWSP}`).replace(/\b(GH)-(?=\d)/gi, `$1-${ZWSP}`).replace(/:\/\//g, `:${ZWSP}//`).replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}
function escapeHtmlEntities(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function escapeMarkdown(text) {
  if (PLAIN.test(text)) return text;
  let out = escapeHtmlEntities(normaliseWhitespace(text));
  out = out.replace(
    /(&(?:amp|lt|gt|quot|#39);)|([\\`*_[\]()#!|~$^{}])/g,
    (_m, entity, ch) => entity !== void 0 ? entity : `\\${ch ?? ""}`
  );
  out = out.replace(/^(\s*)([-+=])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2");
  return breakAutolinks(out);
}
function escapeHtmlText(text) {
  const out = escapeHtmlEntities(normaliseWhitespace(text)).replace(/`/g, "&#96;").replace(/\$/g, "&#36;").replace(/\|/g, "&#124;");
  return breakAutolinks(out);
}
function truncateText(text, max) {
  if (max < 1) return "";
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
}
function escapeValue(text, max = 200) {
  return escapeMarkdown(truncateText(text, max));
}
var ESCAPED_MARKDOWN_PUNCTUATION = MARKDOWN_PUNCTUATION.source;

export {
  escapeMarkdown,
  escapeHtmlText,
  truncateText,
  escapeValue
};
