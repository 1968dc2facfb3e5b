/** Code points above every real one, so a lone character's key never equals a bigram's. */
const CODE_SPACE = 0x110000;

/**
 * The character bigrams of a text's letters and digits (punctuation, symbols and spaces
 * removed: editions differ most in those and least in words), as numeric keys sorted
 * ascending with repeats kept. A text with a single letter gives one unigram key; a text
 * with none gives []. Characters outside the BMP count as one character.
 */
export function bigramProfile(text: string): Float64Array {
  const points: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const point = text.codePointAt(index) ?? 0;
    if (point > 0xffff) index++;
    if (isLetterOrDigit(point)) points.push(point);
  }
  if (points.length === 1) return Float64Array.of(CODE_SPACE * CODE_SPACE + (points[0] ?? 0));
  const keys = new Float64Array(Math.max(0, points.length - 1));
  for (let index = 1; index < points.length; index++) {
    keys[index - 1] = (points[index - 1] ?? 0) * CODE_SPACE + (points[index] ?? 0);
  }
  return keys.sort();
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isLetterOrDigit(point: number): boolean {
  // Fast path for CJK Unified Ideographs and ASCII; the Unicode test for the rest.
  if (point >= 0x4e00 && point <= 0x9fff) return true;
  if (point < 0x80) return (point >= 0x30 && point <= 0x39) || ((point | 0x20) >= 0x61 && (point | 0x20) <= 0x7a);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(point));
}

/** Size of the multiset intersection of two ascending profiles. */
export function sharedBigramCount(a: Float64Array, b: Float64Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}
