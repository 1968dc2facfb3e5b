import type { OccurrenceKind } from "./find-term-occurrences";

/**
 * TBX-Basic's words for how a term stands (`<termNote type="administrativeStatus">`), and
 * which of a glossary's kinds of rendering each one is: preferred, allowed (TBX's
 * "admitted") or forbidden ("deprecated"; "superseded" is read as forbidden too).
 */
export const ADMINISTRATIVE_STATUS: Readonly<Record<OccurrenceKind, string>> = {
  preferred: "preferredTerm-admn-sts",
  allowed: "admittedTerm-admn-sts",
  forbidden: "deprecatedTerm-admn-sts",
};

/** The status values a TBX file may give, and the kind each reads as. */
export const STATUS_KINDS: ReadonlyMap<string, OccurrenceKind> = new Map([
  ["preferredTerm-admn-sts", "preferred"],
  ["admittedTerm-admn-sts", "allowed"],
  ["deprecatedTerm-admn-sts", "forbidden"],
  ["supersededTerm-admn-sts", "forbidden"],
]);

/** The glossary's three languages as a TBX file may tag them. */
export type GlossaryLanguage = "en" | "zh-Hans" | "zh-Hant";

/**
 * The glossary language of a TBX `xml:lang` (case-insensitive): `en` and its regions;
 * `zh-Hans`, `zh-CN`, `zh-SG` and `zh-MY`; `zh-Hant`, `zh-TW`, `zh-HK` and `zh-MO`. Any other
 * language (or a bare `zh`, which names no script) is not the glossary's: null.
 */
export function glossaryLanguageOf(tag: string): GlossaryLanguage | null {
  const lower = tag.trim().toLowerCase();
  if (lower === "en" || lower.startsWith("en-")) return "en";
  if (/^zh-(?:hans|cn|sg|my)(?:-|$)/u.test(lower)) return "zh-Hans";
  if (/^zh-(?:hant|tw|hk|mo)(?:-|$)/u.test(lower)) return "zh-Hant";
  return null;
}
