import type { DictionaryEntry } from "./types";

/** The parts of a glossary term (core/glossary's Term) that say what translates what. */
export interface GlossaryTermLike {
  english: readonly string[];
  hansPreferred: string;
  hantPreferred: string;
  hansAllowed: readonly string[];
  hantAllowed: readonly string[];
}

/**
 * Glossary terms as dictionary entries, so that an organisation's own terminology (a
 * product name, 人工智慧 for "artificial intelligence") counts as alignment evidence next
 * to CC-CEDICT: `buildLexicon([...readCedictEntries(), ...glossaryEntries(terms)])`.
 * Preferred and allowed renderings of both scripts become headwords; forbidden ones do not
 * (they are what the text should not say, not what it says). Empty renderings are skipped.
 */
export function glossaryEntries(terms: readonly GlossaryTermLike[]): DictionaryEntry[] {
  return terms.map((term) => ({
    chinese: [term.hansPreferred, term.hantPreferred, ...term.hansAllowed, ...term.hantAllowed].filter((word) => word !== ""),
    english: [...term.english],
  }));
}
