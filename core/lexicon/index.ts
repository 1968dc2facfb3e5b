/**
 * The lexicon: a bilingual dictionary (English ↔ Chinese words) that the aligner uses as
 * evidence, built from entries given as plain data (a trie of Chinese headwords, English
 * gloss stems). The data itself is loaded outside core/ (see ingest/cedict-lexicon.ts for
 * CC-CEDICT) and passed in. Not to be confused with core/glossary: the terms an
 * organisation prescribes, which readers see marked.
 */
export { buildLexicon } from "./build-lexicon";
export { buildCharTrie, segmentLongestFirst, type CharTrie } from "./char-trie";
export { englishStem, englishStems } from "./english-words";
export type { BilingualLexicon, DictionaryEntry } from "./types";
