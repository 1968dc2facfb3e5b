import { ConverterFactory } from "opencc-js/core";
import hongKongVariants from "opencc-js/dict/HKVariants";
import hongKongVariantPhrases from "opencc-js/dict/HKVariantsPhrases";
import simplifiedToTraditionalCharacters from "opencc-js/dict/STCharacters";
import simplifiedToTraditionalPhrases from "opencc-js/dict/STPhrases";
import regionalPhrasesKeptWhole from "opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases";
import taiwanVariants from "opencc-js/dict/TWVariants";
import taiwanVariantPhrases from "opencc-js/dict/TWVariantsPhrases";
import type { Region } from "./types";

/** A mechanical Simplified → Traditional conversion of a whole text. */
export type ReferenceConverter = (simplified: string) => string;

/** The conversions a Traditional text is checked against: each region's, and OpenCC's standard. */
export type ReferenceStandard = Region | "standard";

/**
 * OpenCC's `cn → tw` and `cn → hk` conversions WITHOUT the regional phrase tables
 * (s2tw/s2hk, not s2twp/s2hkp): Simplified characters to Traditional ones, with STPhrases
 * only to pick among one-to-many characters (头发 → 頭髮, 出发 → 出發), then the region's
 * variant characters (裏 → 裡 and 着 → 著 in Taiwan; 衛 → 衞 in Hong Kong).
 *
 * `standard` is OpenCC's own Traditional (cn → t), without regional variants.
 *
 * They answer "which character would a conversion have written here?", which is what tells
 * a variant form (a character the region would not write) from a script-only difference.
 * The conversions keep the number of code points (every table entry maps a string to one
 * of the same length); callers still check, and fall back when a future table does not.
 */
export function createReferenceConverters(): Readonly<Record<ReferenceStandard, ReferenceConverter>> {
  const toTraditional = [simplifiedToTraditionalPhrases, regionalPhrasesKeptWhole, simplifiedToTraditionalCharacters];
  return {
    tw: ConverterFactory(toTraditional, [taiwanVariantPhrases, taiwanVariants]),
    hk: ConverterFactory(toTraditional, [hongKongVariantPhrases, hongKongVariants]),
    standard: ConverterFactory(toTraditional),
  };
}

/**
 * The conversions whose characters a text of `region` may write without a variant form.
 *
 * Taiwan: Taiwan's conversion only (its standard forms are settled: 裡, 著, 為, 群).
 * Hong Kong: Hong Kong's conversion OR OpenCC's standard one, because Hong Kong writing is
 * split in practice between the Hong Kong list's forms (説, 綫, 衞, 着) and the common
 * Traditional ones (說, 線, 衛); flagging 說 in every Hong Kong article would bury the
 * differences that matter. Taiwan's own forms (裡, 著) are variants in either case.
 */
export function acceptedStandards(region: Region): readonly ReferenceStandard[] {
  switch (region) {
    case "tw":
      return ["tw"];
    case "hk":
      return ["hk", "standard"];
    default:
      return assertNever(region);
  }
}

/**
 * Characters that tell a Taiwan edition from a Hong Kong one when they stand where the two
 * regions' conversions disagree: Taiwan writes 裡 and 著 (for 里 and 着) where Hong Kong
 * keeps 裏 and 着, and only Hong Kong writes 綫, 衞, 説. Other characters the tables
 * distinguish are not used: Taiwan writes 台 as often as 臺, and Hong Kong 說 as often as 説.
 */
export const REGION_MARKERS: ReadonlyMap<string, Region> = new Map([
  ["裡", "tw"],
  ["著", "tw"],
  ["裏", "hk"],
  ["着", "hk"],
  ["綫", "hk"],
  ["衞", "hk"],
  ["説", "hk"],
]);

function assertNever(value: never): never {
  throw new Error(`unexpected region ${String(value)}`);
}

/**
 * Which characters are variant forms of each other (裏/裡, 着/著, 衛/衞, 爲/為), from
 * OpenCC's Taiwan and Hong Kong variant tables, plus CJK compatibility ideographs, which
 * are encoding variants of a unified ideograph.
 *
 * Two different Traditional characters that merely share a Simplified form (髮/發, 乾/幹)
 * are NOT variants: when a text has one where the mechanical conversion guessed the other,
 * the conversion was wrong, not the text.
 */
export interface VariantRelation {
  areVariants(a: string, b: string): boolean;
}

export function createVariantRelation(tables: readonly string[] = [taiwanVariants, hongKongVariants]): VariantRelation {
  const parent = new Map<string, string>();
  const find = (character: string): string => {
    let root = character;
    for (let next = parent.get(root); next !== undefined && next !== root; next = parent.get(root)) root = next;
    parent.set(character, root);
    return root;
  };
  for (const table of tables) {
    for (const entry of table.split("|")) {
      const [from, ...targets] = entry.split(" ");
      if (from === undefined) continue;
      for (const target of targets) {
        const a = find(from);
        const b = find(target);
        if (a !== b) parent.set(a, b);
      }
    }
  }
  const sameClass = (a: string, b: string) => parent.has(a) && parent.has(b) && find(a) === find(b);
  return {
    areVariants: (a, b) => a !== b && (isCompatibilityIdeograph(a) || isCompatibilityIdeograph(b) || sameClass(a, b)),
  };
}

function isCompatibilityIdeograph(character: string): boolean {
  const point = character.codePointAt(0) ?? 0;
  return (point >= 0xf900 && point <= 0xfaff) || (point >= 0x2f800 && point <= 0x2fa1f);
}
