import type { CharTrie } from "./char-trie";

/**
 * One bilingual dictionary entry as plain data: a Chinese headword in either script or both
 * (CC-CEDICT gives both; a glossary term may give several renderings) and its English
 * glosses, one sense per string (CC-CEDICT style: "to create; to make", "(coll.) awesome").
 */
export interface DictionaryEntry {
  chinese: readonly string[];
  english: readonly string[];
}

/**
 * A Chinese–English lexicon ready for alignment, built once by `buildLexicon` from
 * `DictionaryEntry` data and read-only afterwards (share it between documents and calls).
 *
 * - `trie` holds every Chinese headword, Simplified and Traditional; word index w of the trie
 *   has the English stems `stems[wordStems[wordStemStart[w] .. wordStemStart[w+1])]`.
 * - `stemIds` maps an English stem (see englishStem) to its index in `stems`.
 */
export interface BilingualLexicon {
  trie: CharTrie;
  wordStemStart: Int32Array;
  wordStems: Int32Array;
  stems: readonly string[];
  stemIds: ReadonlyMap<string, number>;
}
