/**
 * Bilingual dictionary for alignment: entries as plain data in, a lexicon (trie of Chinese
 * headwords, English gloss stems) out. The data itself is loaded outside core/ (see
 * ingest/dictionary.ts for CC-CEDICT) and passed in.
 */
export { buildLexicon, LEXICON_BUILDER_VERSION } from "./build-lexicon";
export { LEXICON_PACK_FORMAT, packLexicon, unpackLexicon } from "./lexicon-pack";
export { buildCharTrie, segmentLongestFirst, type CharTrie } from "./char-trie";
export { englishStem, englishStems } from "./english-words";
export { glossaryEntries, type GlossaryTermLike } from "./glossary-entries";
export type { BilingualLexicon, DictionaryEntry } from "./types";
