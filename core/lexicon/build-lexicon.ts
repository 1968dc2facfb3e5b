import { buildCharTrie } from "./char-trie";
import { ENGLISH_WORD, englishStem } from "./english-words";
import type { BilingualLexicon, DictionaryEntry } from "./types";

/**
 * Glosses longer than this (in content words) are explanations ("a semantically light,
 * transitive verb that is combined with …"), not translations: their words would match
 * any English text.
 */
const MAX_GLOSS_WORDS = 4;

/** Gloss openings that point elsewhere instead of translating (CC-CEDICT conventions). */
const REFERENCE_GLOSS = /^(?:old |archaic |erhua |japanese )?(?:variant of|see |see also|cl:|surname |abbr\. |used in|also written|also pr\.|taiwan pr\.|pr\. )/i;

/**
 * Builds the lexicon from entries (pure: same entries, same lexicon). Entries sharing a
 * headword pool their stems. A gloss is read as its content words outside parentheses and
 * brackets, each reduced by englishStem; glosses that refer to another entry ("variant of",
 * "see", "CL:", "surname") or explain rather than translate (more than MAX_GLOSS_WORDS
 * content words) are skipped. Headwords whose glosses give no stem are left out.
 * No entries → an empty lexicon (nothing segments, nothing matches).
 */
export function buildLexicon(entries: readonly DictionaryEntry[]): BilingualLexicon {
  const stemIds = new Map<string, number>();
  const stems: string[] = [];
  const stemsByWord = new Map<string, Set<number>>();
  const stemMemo = new Map<string, number | null>();
  const stemIdOf = (word: string): number | null => {
    let id = stemMemo.get(word);
    if (id !== undefined) return id;
    const stem = englishStem(word);
    id = null;
    if (stem !== null) {
      id = stemIds.get(stem) ?? null;
      if (id === null) {
        id = stems.length;
        stems.push(stem);
        stemIds.set(stem, id);
      }
    }
    stemMemo.set(word, id);
    return id;
  };

  for (const entry of entries) {
    const found: number[] = [];
    for (const sense of entry.english) {
      for (const gloss of sense.split(";")) {
        const text = gloss.replace(/\([^()]*\)/g, " ").replace(/\[[^\]]*\]/g, " ").trim();
        if (text === "" || REFERENCE_GLOSS.test(text)) continue;
        const ids: number[] = [];
        for (const match of text.matchAll(ENGLISH_WORD)) {
          const id = stemIdOf(match[0]);
          if (id !== null) ids.push(id);
        }
        if (ids.length <= MAX_GLOSS_WORDS) found.push(...ids);
      }
    }
    if (found.length === 0) continue;
    for (const headword of new Set(entry.chinese)) {
      if (headword === "") continue;
      let set = stemsByWord.get(headword);
      if (set === undefined) {
        set = new Set();
        stemsByWord.set(headword, set);
      }
      for (const id of found) set.add(id);
    }
  }

  const words = [...stemsByWord.keys()];
  const wordStemStart = new Int32Array(words.length + 1);
  let total = 0;
  words.forEach((word, index) => {
    total += stemsByWord.get(word)?.size ?? 0;
    wordStemStart[index + 1] = total;
  });
  const wordStems = new Int32Array(total);
  words.forEach((word, index) => {
    const sorted = [...(stemsByWord.get(word) ?? [])].sort((a, b) => a - b);
    wordStems.set(sorted, wordStemStart[index] ?? 0);
  });
  return { trie: buildCharTrie(words), wordStemStart, wordStems, stems, stemIds };
}
