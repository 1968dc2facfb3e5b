import { segmentLongestFirst, type BilingualLexicon } from "../lexicon";

/** What the checks may use beyond the rows and the glossary. */
export interface CheckOptions {
  /**
   * A dictionary of Chinese words (see dictionaryWordsOf), so that a rendering inside a
   * longer word (录像 in 录像带, videotape) is not taken for a use of the term. Without it the
   * platform's segmenter alone decides, and its Simplified dictionary is thin. Pass the same
   * one wherever flags are computed (import, glossary changes, check-terms), or the flags of
   * one article will differ between them.
   */
  isWord?: (candidate: string) => boolean;
}

/** A bilingual lexicon's Chinese headwords (CC-CEDICT has both scripts) as a word test. */
export function dictionaryWordsOf(lexicon: BilingualLexicon): (candidate: string) => boolean {
  return (candidate) => {
    let whole = false;
    segmentLongestFirst(lexicon.trie, candidate, (_word, start, end) => {
      if (start === 0 && end === candidate.length) whole = true;
    });
    return whole;
  };
}
