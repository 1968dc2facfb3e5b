import type { BilingualLexicon } from "../lexicon";
import { alignArticle } from "../align";
import { CONTENT_LANGUAGES, perLanguage, type PerLanguage } from "../languages";
import { splitChineseSentences } from "./chinese-sentences";
import { splitEnglishSentences } from "./english-sentences";

/** A paragraph of an aligned row: its 0-based position in its version, and its text. */
export interface RowParagraph {
  position: number;
  text: string;
}

/** A sentence: [paragraph position, 0-based sentence index within that paragraph]. */
export type SentenceId = [paragraph: number, sentence: number];

/** One group of sentences that translate each other. */
export type SentenceGroup = {
  /** Per language, its sentences in this group, in order; [] where it has none. */
  members: PerLanguage<SentenceId[]>;
  /** In [0, 1]: how sure the link is (as an aligned row's confidence). */
  confidence: number;
};

/**
 * The sentence links of one aligned row, JSON-safe (numbers, arrays, plain objects), e.g.
 *
 *     {"sentences": {"en": [{"position": 3, "spans": [[0, 57], [58, 120]]}], …},
 *      "groups": [{"members": {"en": [[3, 0]], "zh-Hans": [[5, 0]], "zh-Hant": [[5, 0]]},
 *                  "confidence": 0.93}, …]}
 *
 * - `sentences`: per language, each paragraph of the row in the order given, with its
 *   sentences as [start, end) UTF-16 offsets into the paragraph text (see SentenceSpan);
 *   sentence index k of a paragraph is `spans[k]`.
 * - `groups`: in reading order; every sentence of the row is in exactly one group, and
 *   groups are in order in every language (like rows). A group may lack a language (a
 *   sentence with no counterpart). Hovering a sentence highlights the other members of
 *   its group.
 *
 * (Type aliases rather than interfaces, so a database JSON column accepts them as they are.)
 */
export type SentenceLinks = {
  sentences: PerLanguage<{ position: number; spans: [number, number][] }[]>;
  groups: SentenceGroup[];
};

export interface LinkSentencesOptions {
  /** Traditional → Simplified character folding (core/chinese/fold), for Simplified ↔ Traditional. */
  foldToSimplified: (text: string) => string;
  /** A bilingual dictionary for English ↔ Chinese (core/lexicon); lengths and numbers without. */
  lexicon?: BilingualLexicon;
}

/**
 * Links the sentences of one aligned row across its languages: each paragraph is split
 * into sentences (splitEnglishSentences, splitChineseSentences), and the row's sentences
 * are aligned three ways by the same machinery as paragraphs (alignArticle: bead shapes up
 * to 3-1, lengths, numbers, dictionary evidence, consistency of the three pairings), the
 * sentences of each language taken in order across the row's paragraphs.
 *
 * `row` gives each language's paragraphs of the row in ascending position (any may be
 * empty). Pure; a row without text → no sentences and no groups.
 */
export function linkSentences(row: PerLanguage<readonly RowParagraph[]>, options: LinkSentencesOptions): SentenceLinks {
  const split = (language: (typeof CONTENT_LANGUAGES)[number], text: string) =>
    language === "en" ? splitEnglishSentences(text) : splitChineseSentences(text);
  const sentences = perLanguage((language) =>
    row[language].map((paragraph) => ({
      position: paragraph.position,
      spans: split(language, paragraph.text).map((span): [number, number] => [span.start, span.end]),
    })),
  );
  // Each language's sentences in reading order, with their ids and texts.
  const flat = perLanguage((language) =>
    sentences[language].flatMap(({ position, spans }, paragraph) =>
      spans.map(([start, end], index) => ({
        id: [position, index] as SentenceId,
        text: (row[language][paragraph]?.text ?? "").slice(start, end),
      })),
    ),
  );
  const aligned = alignArticle(
    perLanguage((language) => flat[language].map((sentence) => sentence.text)),
    options.foldToSimplified,
    options.lexicon === undefined ? {} : { lexicon: options.lexicon },
  );
  const groups = aligned.map((group) => ({
    members: perLanguage((language) =>
      group.paragraphs[language].map((index) => flat[language][index]?.id ?? ([0, 0] as SentenceId)),
    ),
    confidence: group.confidence,
  }));
  return { sentences, groups };
}
