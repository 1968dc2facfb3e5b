/**
 * The classes a Simplified/Traditional difference can fall into (DESIGN.md, "Simplified/
 * Traditional differences"). A closed set: every `switch` over it ends in a `never` check.
 *
 * - `variant-form`: the texts are equal once folded to Simplified characters and common
 *   punctuation forms, but the Traditional edition writes a variant character (裏/裡,
 *   着/著) or another punctuation or width form (“”/「」, ，/,) than a mechanical conversion
 *   of the Simplified text to its region would.
 * - `regional-variant`: the Traditional wording is a Taiwan or Hong Kong rendering of the
 *   Simplified wording according to a phrase table (软件→軟體, 信息→資訊).
 * - `divergent-wording`: any other difference where both sides have text.
 * - `omission`: text present in zh-Hans only; `addition`: text present in zh-Hant only.
 */
export const DIFFERENCE_CLASSES = [
  "variant-form",
  "regional-variant",
  "divergent-wording",
  "omission",
  "addition",
] as const;
export type DifferenceClass = (typeof DIFFERENCE_CLASSES)[number];

/** The regional standards of Traditional Chinese that OpenCC's tables describe. */
export const REGIONS = ["tw", "hk"] as const;
export type Region = (typeof REGIONS)[number];

/**
 * One difference between a Simplified text and its Traditional counterpart.
 *
 * Offsets are UTF-16 code-unit offsets into the ORIGINAL strings (never the folded ones),
 * half-open: `hans === hansText.slice(hansStart, hansEnd)`. A side that has no text (the
 * `hant` side of an omission, the `hans` side of an addition) has `start === end`: the
 * point where the missing text would go, which is the end of the preceding token (0 at the
 * start of the text).
 *
 * `region` is set on regional variants whose phrase table names a region: the one the
 * Traditional edition was detected (or declared) to follow when the table lists both.
 */
export interface ScriptDifference {
  class: DifferenceClass;
  hans: string;
  hant: string;
  hansStart: number;
  hansEnd: number;
  hantStart: number;
  hantEnd: number;
  region?: Region;
}

/** Which of the two texts a position or a rendering refers to. */
export type ScriptSide = "hans" | "hant";
