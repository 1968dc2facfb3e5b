/**
 * Character classes for Chinese (and Japanese) text that decide spacing.
 *
 * Chinese writes no spaces between words, so whitespace that only comes from layout (a line
 * wrap, an HTML source newline) must disappear between two CJK characters but become a space
 * between two Latin words. These predicates take one code point (a string of length 1 or a
 * surrogate pair); anything longer or empty is "not CJK".
 */

/** Han ideographs (all planes), kana, Bopomofo, CJK symbols and punctuation, full-width forms. */
const CJK_CHAR =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef\u30fc]$/u;

/** Curly quotes are shared by English and Chinese typography, so they take the side of their neighbour. */
const SHARED_QUOTE = /^[\u2018\u2019\u201c\u201d]$/u;

/** True for a single code point written without spaces in Chinese text. */
export function isCjkChar(char: string): boolean {
  return CJK_CHAR.test(char);
}

/** True for a Han ideograph, including those outside the Basic Multilingual Plane (e.g. 𠮷). */
export function isHanChar(char: string): boolean {
  return /^\p{Script=Han}$/u.test(char);
}

/**
 * Whether text that ends with `before` and text that starts with `after` should be joined
 * without a space: both sides CJK, or a curly quote next to a CJK character
 * (“他说：“” + “你好”” keeps no space; “said “” + “hello”” keeps one).
 */
export function joinsWithoutSpace(before: string, after: string): boolean {
  if (isCjkChar(before) && isCjkChar(after)) return true;
  if (isCjkChar(before) && SHARED_QUOTE.test(after)) return true;
  if (SHARED_QUOTE.test(before) && isCjkChar(after)) return true;
  return false;
}

/** The last code point of a string (surrogate-pair safe), or "" for an empty string. */
export function lastChar(text: string): string {
  const chars = Array.from(text.slice(-2));
  return chars[chars.length - 1] ?? "";
}

/** The first code point of a string (surrogate-pair safe), or "" for an empty string. */
export function firstChar(text: string): string {
  return Array.from(text.slice(0, 2))[0] ?? "";
}
