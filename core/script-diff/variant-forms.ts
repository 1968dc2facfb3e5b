import type { ComparedToken } from "./compared-text";
import { REGION_MARKERS, type ReferenceConverter, type VariantRelation } from "./reference-conversion";
import type { Region } from "./types";

/**
 * What a mechanical conversion of the Simplified text to one region writes, looked up by
 * stretches of the Simplified original.
 */
export interface ReferenceText {
  /** The converted code points of `hans.slice(start, end)`, or null if they cannot be lined up. */
  codePointsOf(start: number, end: number): readonly string[] | null;
}

/**
 * Converts the whole Simplified text once (STPhrases needs the context across token
 * boundaries) and lines the result up code point by code point. If a table ever changed
 * the number of code points, each stretch is converted on its own instead.
 */
export function createReferenceText(hans: string, convert: ReferenceConverter): ReferenceText {
  const original = [...hans];
  const converted = [...convert(hans)];
  if (converted.length !== original.length) {
    return {
      codePointsOf(start, end) {
        const stretch = hans.slice(start, end);
        const result = [...convert(stretch)];
        return result.length === [...stretch].length ? result : null;
      },
    };
  }
  const codePointIndex = new Int32Array(hans.length + 1);
  let at = 0;
  original.forEach((character, k) => {
    codePointIndex[at] = k;
    at += character.length;
  });
  codePointIndex[hans.length] = original.length;
  return {
    codePointsOf: (start, end) => converted.slice(codePointIndex[start] ?? 0, codePointIndex[end] ?? original.length),
  };
}

/** How many region markers the Traditional text wrote where the regions' conversions disagree. */
export interface RegionEvidence {
  readonly tw: number;
  readonly hk: number;
}

/**
 * Tallies, over token pairs that are equal after folding, the positions where Taiwan's and
 * Hong Kong's conversions of the Simplified text differ and the Traditional text wrote one
 * of the `REGION_MARKERS` (裡/著 for Taiwan; 裏/着/綫/衞/説 for Hong Kong).
 */
export function tallyRegionEvidence(
  pairs: Iterable<readonly [ComparedToken, ComparedToken]>,
  hans: string,
  hant: string,
  references: Readonly<Record<Region, ReferenceText>>,
): RegionEvidence {
  let tw = 0;
  let hk = 0;
  for (const [hansToken, hantToken] of pairs) {
    const [taiwan, hongKong] = alignedReferences(hans.slice(hansToken.start, hansToken.end), [
      references.tw.codePointsOf(hansToken.start, hansToken.end),
      references.hk.codePointsOf(hansToken.start, hansToken.end),
    ]);
    if (!taiwan || !hongKong) continue;
    visibleCharacters(hant.slice(hantToken.start, hantToken.end)).forEach((written, k) => {
      if (taiwan[k] === hongKong[k]) return;
      const region = REGION_MARKERS.get(written);
      if (region === "tw") tw++;
      else if (region === "hk") hk++;
    });
  }
  return { tw, hk };
}

/** The region the evidence points to; `fallback` on a tie (including no evidence at all). */
export function regionFromEvidence(evidence: RegionEvidence, fallback: Region = "tw"): Region {
  if (evidence.tw > evidence.hk) return "tw";
  if (evidence.hk > evidence.tw) return "hk";
  return fallback;
}

/**
 * Whether a token pair that is equal after folding is a variant form rather than a
 * script-only difference. `references` are the accepted conversions of the Simplified
 * token (see `acceptedStandards`). Code point by code point (folding keeps their number):
 *
 * - identical, or the Traditional character is what an accepted conversion writes
 *   (软→軟; 里→裡 in Taiwan, 里→裏 in Hong Kong): script only;
 * - punctuation, width or any non-Han form that differs (“/「, ，/,, ３/3): variant form;
 * - a Han character that is a variant of what the conversion writes (裏 where Taiwan
 *   writes 裡, 著 where Hong Kong writes 着, 爲 where both write 為): variant form;
 * - a different Traditional character sharing the Simplified form (髮 where the
 *   conversion guessed 發): script only — the conversion guessed wrong, not the text.
 */
export function isVariantForm(
  hansText: string,
  hantText: string,
  references: readonly (readonly string[] | null)[],
  variants: VariantRelation,
): boolean {
  if (hansText === hantText) return false;
  // Tokens may span whitespace, which is not compared: line the other characters up.
  const hansCharacters = visibleCharacters(hansText);
  const hantCharacters = visibleCharacters(hantText);
  const aligned = alignedReferences(hansText, references);
  return hantCharacters.some((written, k) => {
    const simplified = hansCharacters[k] ?? "";
    if (written === simplified) return false;
    const expected = aligned.map((reference) => reference?.[k]).filter((character) => character !== undefined);
    if (expected.includes(written)) return false;
    if (!isHan(written) || !isHan(simplified)) return true;
    return expected.some((character) => variants.areVariants(written, character));
  });
}

/** The code points of `text` that are not whitespace. */
function visibleCharacters(text: string): string[] {
  return [...text].filter((character) => !/^\s$/u.test(character));
}

/** Each reference (code points of the conversion of `hansText`) without the positions of whitespace in `hansText`. */
function alignedReferences(
  hansText: string,
  references: readonly (readonly string[] | null)[],
): (readonly string[] | null)[] {
  const visible = [...hansText].map((character) => !/^\s$/u.test(character));
  return references.map((reference) => reference?.filter((_, k) => visible[k] === true) ?? null);
}

function isHan(character: string): boolean {
  return /^\p{Script=Han}$/u.test(character);
}
