import type { BilingualLexicon } from "../../lexicon";
import { AlignmentEvidence, UNMATCHED_SCORE } from "../evidence/alignment-evidence";
import { buildAnchorProfiles } from "../evidence/shared-anchors";
import { beadFromSpan, unmatchedBeads } from "../search/bead-invariants";
import { FIRST_PASS_SHAPES, PARAGRAPH_SHAPES } from "../search/bead-shapes";
import type { LengthModel } from "../evidence/gale-church";
import { buildLexicalProfiles } from "../evidence/lexical-profiles";
import { chineseLength, englishLength } from "../evidence/text-length";
import { alignInTwoPasses } from "../search/two-pass";
import type { Bead } from "../types";

/**
 * English characters per Chinese character and its variance per Chinese character, before
 * the document is seen: English runs about 4.1 characters per Chinese character; the
 * variance is of the order measured on verse-aligned Bible text (≈ 20), loosened for the
 * freer translation of news and policy prose.
 */
const PRIOR_LENGTH: LengthModel = { ratio: 4.1, variance: 30 };

export interface EnglishChineseOptions {
  /**
   * A bilingual lexicon (core/lexicon, e.g. CC-CEDICT loaded by ingest/cedict-lexicon) for
   * word-level evidence. Without one, lengths and anchors alone decide.
   */
  lexicon?: BilingualLexicon;
}

/**
 * Aligns the paragraphs of an English document with those of its Chinese translation
 * (Simplified or Traditional) and returns the beads, English as `source`, Chinese as
 * `target` (see `Bead` for the invariants).
 *
 * Dynamic programming over beads 1-1, 1-0, 0-1, 1-2, 2-1, 2-2, 1-3, 3-1 minimising
 * shape prior + Gale–Church length cost − anchor reward (shared numbers, years, Latin
 * tokens) − dictionary evidence (with `options.lexicon`: the log-likelihood ratio,
 * translation against chance, of which words of a block find a translation near their
 * place in it; see word-evidence and block-evidence), so a paragraph no neighbour
 * translates is left unmatched even among paragraphs of similar length. Every model (length
 * ratio and variance, each word's translation rate) is fitted to the document; two passes
 * keep time and memory near-linear (see alignInTwoPasses).
 *
 * An empty side gives one unmatched bead per paragraph of the other; both empty → [].
 */
export function alignEnglishChinese(
  english: readonly string[],
  chinese: readonly string[],
  options: EnglishChineseOptions = {},
): Bead[] {
  if (english.length === 0) return unmatchedBeads(chinese.length, "target", UNMATCHED_SCORE);
  if (chinese.length === 0) return unmatchedBeads(english.length, "source", UNMATCHED_SCORE);
  const evidence = new AlignmentEvidence({
    sourceLengths: english.map(englishLength),
    targetLengths: chinese.map(chineseLength),
    priorLength: PRIOR_LENGTH,
    anchors: buildAnchorProfiles(english, chinese),
    profiles: options.lexicon === undefined ? null : buildLexicalProfiles(english, chinese, options.lexicon),
    // About a sentence: word order differs between the languages, and lengths do not map evenly.
    matchWindow: { share: 0.3, characters: 40 },
    // Tuned on the benchmark's tuning seeds (bench/align/config.ts): words and lengths
    // count half each against the shape priors.
    priorTranslationRate: 0.35,
    wordWeight: 0.5,
    lengthWeightWithWords: 0.5,
  });
  const { spans, models, pairWords } = alignInTwoPasses(evidence, PARAGRAPH_SHAPES, FIRST_PASS_SHAPES);
  return spans.map((span) => beadFromSpan(span, evidence.scoreBead(span, models, pairWords)));
}
