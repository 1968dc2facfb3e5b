import type { Bible, Verse } from "./bible-data";
import { goldBeads } from "./gold-beads";
import type { AlignmentCase } from "./paragraph-cases";

/** The verse-level pairs: English against each Chinese text, verse by verse. */
export const VERSE_PAIRS = ["en-zh-Hans", "en-zh-Hant"] as const;
export type VersePair = (typeof VERSE_PAIRS)[number];

/** The books in canonical order (as the data files give them). */
export function bookNames(bible: Bible): string[] {
  return [...new Set(bible.en.map((verse) => verse.book))];
}

/**
 * One book as a verse-level case: the book's non-empty English verses (Psalm titles
 * included, as their own sentences) against its non-empty Chinese verses, with the gold
 * beads of the reference alignment, exceptions included (2-1 merged verses and titles, 1-2
 * splits, verses only one side has, and the crossing pairs a monotone aligner cannot get).
 */
export function verseCase(bible: Bible, pair: VersePair, book: string): AlignmentCase {
  const chinese = pair === "en-zh-Hans" ? bible.hans : bible.hant;
  const sourceOf = positions(bible.en, book);
  const targetOf = positions(chinese, book);
  return {
    source: texts(bible.en, book),
    target: texts(chinese, book),
    gold: goldBeads(bible.enZh, sourceOf.of, targetOf.of, sourceOf.count, targetOf.count),
  };
}

function texts(verses: readonly Verse[], book: string): string[] {
  return verses.filter((verse) => verse.book === book && verse.text !== "").map((verse) => verse.text);
}

function positions(verses: readonly Verse[], book: string): { of: Int32Array; count: number } {
  const of = new Int32Array(verses.length).fill(-1);
  let count = 0;
  verses.forEach((verse, index) => {
    if (verse.book === book && verse.text !== "") of[index] = count++;
  });
  return { of, count };
}
