import { foldPunctuation } from "../../chinese";
import { AlignmentEvidence, UNMATCHED_SCORE } from "../evidence/alignment-evidence";
import { beadFromSpan, unmatchedBeads } from "../search/bead-invariants";
import { FIRST_PASS_SHAPES, PARAGRAPH_SHAPES } from "../search/bead-shapes";
import type { LengthModel } from "../evidence/gale-church";
import { profilesFromKeys, type SideKeys } from "../evidence/lexical-profiles";
import { IntIds } from "../structures/int-ids";
import { blockIntersectionSize } from "../structures/sorted-multiset";
import { alignInTwoPasses } from "../search/two-pass";
import type { Bead, BeadSpan } from "../types";

/** Letters per letter (folded editions are the same text): ratio 1, a small variance. */
const PRIOR_LENGTH: LengthModel = { ratio: 1, variance: 2 };

/** Dice similarity at and above which a bead counts as fully confident. */
const CONFIDENT_SIMILARITY = 0.8;

/**
 * Aligns a Simplified (`hans`, source) and a Traditional (`hant`, target) edition of one
 * text paragraph by paragraph (see `Bead` for the invariants).
 *
 * Both sides are folded for comparison only — punctuation and width forms, then
 * `foldToSimplified` (character by character, so 軟體 stays 软体 and only the characters
 * of regional words differ; applied to the Simplified side too, where it only touches
 * characters Traditional writing shares, like 著) — and compared by their character
 * bigrams (letters and digits only: editions differ most in punctuation). The same
 * machinery as English ↔ Chinese does the rest, with bigrams for words: a bigram of one
 * edition is matched when the other has it near the same place (see block-evidence), each
 * match or miss weighed by how often bigrams are shared by chance and by true counterparts
 * in this document; so reworded sentences, notes one edition adds, variant characters and
 * regional words lower a pair's evidence without breaking it, while a paragraph missing
 * from one edition is left unmatched, however similar its neighbours. Lengths (letters)
 * enter as a Gale–Church cost. Two passes keep it near-linear (see alignInTwoPasses).
 *
 * Bead scores: Dice similarity of the bigrams / 0.8, capped at 1 (editions with regional
 * wording score about 0.9); an unmatched paragraph gets 0.4.
 * An empty side gives one unmatched bead per paragraph of the other; both empty → [].
 */
export function alignChineseScripts(
  hans: readonly string[],
  hant: readonly string[],
  foldToSimplified: (text: string) => string,
): Bead[] {
  if (hans.length === 0) return unmatchedBeads(hant.length, "target", UNMATCHED_SCORE);
  if (hant.length === 0) return unmatchedBeads(hans.length, "source", UNMATCHED_SCORE);

  const folded = (text: string) => foldToSimplified(foldPunctuation(text));
  const hansFolded = hans.map(folded);
  const hantFolded = hant.map(folded);
  const characters = new CharacterIds(bigramSampling(hansFolded, hantFolded));
  const hansKeys = characters.bigrams(hansFolded);
  const hantKeys = characters.bigrams(hantFolded);
  const profiles = profilesFromKeys(hansKeys, hantKeys);
  const evidence = new AlignmentEvidence({
    sourceLengths: hansKeys.letters,
    targetLengths: hantKeys.letters,
    priorLength: PRIOR_LENGTH,
    anchors: null,
    profiles,
    // Two editions keep the same order, character by character: a few characters of slack.
    matchWindow: { share: 0.1, characters: 10 },
    priorTranslationRate: 0.8,
    wordWeight: 0.5,
    lengthWeightWithWords: 0.5,
  });
  const { spans } = alignInTwoPasses(evidence, PARAGRAPH_SHAPES, FIRST_PASS_SHAPES);

  // Scores: the Dice similarity of the bigrams. Bigrams one edition lacks everywhere are
  // not in the profiles, but they count in each paragraph's size.
  const sortedIds = (words: typeof profiles.source) => {
    const ids = Int32Array.from(words.ids);
    for (let paragraph = 0; paragraph + 1 < words.start.length; paragraph++) {
      ids.subarray(words.start[paragraph] ?? 0, words.start[paragraph + 1] ?? 0).sort();
    }
    return ids;
  };
  const hansIds = sortedIds(profiles.source);
  const hantIds = sortedIds(profiles.target);
  const view = (ids: Int32Array, start: Int32Array, from: number, to: number) =>
    Array.from({ length: to - from }, (_, k) => ids.subarray(start[from + k] ?? 0, start[from + k + 1] ?? 0));
  const similarity = (s: BeadSpan): number => {
    const size = bigramCount(hansKeys, s.sourceStart, s.sourceEnd) + bigramCount(hantKeys, s.targetStart, s.targetEnd);
    // Two blocks without letters (a lone "——" each) are as alike as they can be.
    if (size === 0) return 1;
    const source = view(hansIds, profiles.source.start, s.sourceStart, s.sourceEnd);
    const target = view(hantIds, profiles.target.start, s.targetStart, s.targetEnd);
    return (2 * blockIntersectionSize(source, 0, source.length, target, 0, target.length)) / size;
  };
  return spans.map((s) => {
    const unmatched = s.sourceStart === s.sourceEnd || s.targetStart === s.targetEnd;
    return beadFromSpan(s, unmatched ? UNMATCHED_SCORE : Math.min(1, similarity(s) / CONFIDENT_SIMILARITY));
  });
}

/**
 * Paragraphs at least this long (characters, on average over both editions) have bigrams
 * to spare: every other bigram type is enough to tell a paragraph's counterpart, and
 * counting half of them halves the time (about 1.7 s instead of 2.6 s for the 20,000
 * paragraphs of the whole Bible, with the same benchmark scores). Shorter paragraphs, and
 * sentences, keep them all.
 */
const SAMPLING_LENGTH = 48;

/** Keep one bigram type in this many (see SAMPLING_LENGTH): 1 or 2. */
function bigramSampling(hans: readonly string[], hant: readonly string[]): number {
  let characters = 0;
  for (const text of hans) characters += text.length;
  for (const text of hant) characters += text.length;
  return characters / (hans.length + hant.length) >= SAMPLING_LENGTH ? 2 : 1;
}

/** Bigrams (or lone letters) of paragraphs [from, to). */
function bigramCount(keys: SideKeys, from: number, to: number): number {
  return (keys.start[to] ?? 0) - (keys.start[from] ?? 0);
}

/**
 * Character bigrams of folded texts as small integer keys: every letter or digit gets an
 * id shared by both editions (in order of first appearance), a bigram the key a·N + b for
 * N ids reserved up front, a lone letter the key N² + a. Offsets are where each bigram
 * starts in its paragraph (UTF-16), for placing it (see block-evidence).
 */
class CharacterIds {
  /**
   * Each code point's order of first appearance, in a hash table as small as the texts'
   * alphabet (sentences are aligned row by row: a 64K-entry table for each would cost
   * more than the sentences).
   */
  private readonly seen = new IntIds();
  private static readonly SPACE = 1 << 14;

  /**
   * `sampling` n > 1 keeps a bigram type when its key hashes to 0 modulo n: the same types
   * in both editions, about one in n of them.
   */
  constructor(private readonly sampling = 1) {}

  /** The keys of a document's paragraphs, flat (see SideKeys), and each paragraph's letters. */
  bigrams(paragraphs: readonly string[]): SideKeys & { letters: number[] } {
    let capacity = 0;
    for (const text of paragraphs) capacity += text.length + 1;
    const keys = new Int32Array(capacity);
    const offsets = new Int32Array(capacity);
    const start = new Int32Array(paragraphs.length + 1);
    const textPrefix = new Float64Array(paragraphs.length + 1);
    const letters: number[] = [];
    const space = CharacterIds.SPACE;
    let size = 0;
    paragraphs.forEach((text, paragraph) => {
      let previous = -1;
      let previousStart = 0;
      let count = 0;
      for (let index = 0; index < text.length; index++) {
        const point = text.codePointAt(index) ?? 0;
        const at = index;
        if (point > 0xffff) index++;
        if (!isLetterOrDigit(point)) continue;
        const id = this.idOf(point);
        if (previous >= 0 && this.keeps(previous * space + id)) {
          keys[size] = previous * space + id;
          offsets[size] = previousStart;
          size++;
        }
        previous = id;
        previousStart = at;
        count++;
      }
      if (count === 1) {
        keys[size] = space * space + previous;
        offsets[size] = previousStart;
        size++;
      }
      letters.push(count);
      start[paragraph + 1] = size;
      textPrefix[paragraph + 1] = (textPrefix[paragraph] ?? 0) + text.length;
    });
    return { keys: keys.slice(0, size), offsets: offsets.slice(0, size), start, textPrefix, letters };
  }

  private keeps(key: number): boolean {
    // A multiplicative hash spreads neighbouring keys (bigrams of one character) evenly.
    return this.sampling === 1 || (Math.imul(key, 0x9e3779b1) >>> 0) % this.sampling === 0;
  }

  /** Ids beyond the reserved space share slots: keys stay distinct for texts of up to 16,384 distinct letters. */
  private idOf(point: number): number {
    return this.seen.add(point) % CharacterIds.SPACE;
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isLetterOrDigit(point: number): boolean {
  // Fast path for CJK Unified Ideographs and ASCII; the Unicode test for the rest.
  if (point >= 0x4e00 && point <= 0x9fff) return true;
  if (point < 0x80) return (point >= 0x30 && point <= 0x39) || ((point | 0x20) >= 0x61 && (point | 0x20) <= 0x7a);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(point));
}
