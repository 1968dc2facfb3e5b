import { foldPunctuation, type TextFolder } from "../chinese";

/**
 * A text together with the form we compare it in: Traditional characters folded to
 * Simplified ones (character by character, never phrase by phrase) and punctuation and
 * width forms folded to one representative (「」→“”, ，→,).
 *
 * Both folds map one code point to one code point, so code point k of `folded` comes from
 * code point k of `original`; `toOriginal` turns a UTF-16 offset at a code point boundary of
 * `folded` into the matching offset of `original` (they differ only if a fold crossed the
 * BMP boundary, which the tables never do today — the map makes it not matter).
 */
export interface FoldedText {
  readonly original: string;
  readonly folded: string;
  toOriginal(foldedOffset: number): number;
}

/** Folds for comparison only: the result is never shown to a reader. "" → "". */
export function foldForComparison(text: string, foldCharacters: TextFolder): string {
  return foldPunctuation(foldCharacters(text));
}

/** Folds `original` and keeps the offset map between the two forms. */
export function createFoldedText(original: string, foldCharacters: TextFolder): FoldedText {
  const folded = foldForComparison(original, foldCharacters);
  if (folded.length === original.length) {
    return { original, folded, toOriginal: (offset) => offset };
  }
  const offsets = new Int32Array(folded.length + 1);
  let originalOffset = 0;
  let foldedOffset = 0;
  while (foldedOffset < folded.length) {
    offsets[foldedOffset] = originalOffset;
    foldedOffset += codePointWidth(folded, foldedOffset);
    originalOffset += codePointWidth(original, originalOffset);
  }
  offsets[folded.length] = original.length;
  return { original, folded, toOriginal: (offset) => offsets[offset] ?? original.length };
}

/** 2 for a surrogate pair starting at `index`, otherwise 1. */
export function codePointWidth(text: string, index: number): number {
  const point = text.codePointAt(index) ?? 0;
  return point > 0xffff ? 2 : 1;
}
