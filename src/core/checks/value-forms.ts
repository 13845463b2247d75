/**
 * How the reference implementations read a raw cell: Python's `float(x)` (Deepchecks' mixed types),
 * Deepchecks' `string_baseform`, Python's `len` (code points). Kept apart so each check says which it uses.
 */

const DIGITS = String.raw`\d(?:_?\d)*`;
// float(): optional sign, digits with single underscores between them, optional fraction and exponent,
// or inf/infinity/nan in any case; surrounding whitespace is ignored.
const PYTHON_FLOAT = new RegExp(String.raw`^[+-]?(?:(?:${DIGITS}(?:\.(?:${DIGITS})?)?|\.${DIGITS})(?:[eE][+-]?${DIGITS})?|inf|infinity|nan)$`, 'i');

/** True when Python's `float(text)` succeeds. */
export function pythonFloatParses(text: string): boolean {
  return PYTHON_FLOAT.test(text.trim());
}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$|^[+-]?(?:inf|infinity)$|^nan$/i;
const BOOLEAN = /^(?:true|false)$/i;

/** An integer literal (no fraction, no exponent). */
export function isIntegerText(text: string): boolean {
  return INTEGER.test(text.trim());
}

/** A number literal as the readers parse numbers, including `inf` and `nan`. */
export function isNumberText(text: string): boolean {
  return NUMBER.test(text.trim());
}

/** `true` or `false` in any case. */
export function isBooleanText(text: string): boolean {
  return BOOLEAN.test(text.trim());
}

const NON_ALNUM = /[^\p{L}\p{N}]+/gu;

/**
 * Deepchecks `string_baseform`: lower case with every non-alphanumeric character removed; when nothing is
 * left and `allowEmpty` is false, the original string is returned unchanged.
 */
export function baseForm(text: string, allowEmpty = false): string {
  const base = text.replace(NON_ALNUM, '').toLowerCase();
  return base.length > 0 || allowEmpty ? base : text;
}

/** Python's `len(str)`: the number of code points, not UTF-16 units. */
export function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}
