import type { Term } from "../glossary";
import { foldForComparison, regionalCounterparts } from "./counterparts";
import type { ComputedFlag } from "./flag";
import { CHINESE_LANGUAGES, type ChineseLanguage, type RenderingFound, type RowTerms, type VersionTerms } from "./row-terms";

/**
 * glossary-missing and glossary-forbidden flags of one row, per Chinese version present:
 *
 * - glossary-missing: the row's English names term T, and the version uses none of T's
 *   preferred or allowed renderings, nor keeps its English name (AI分诊). Absence is judged
 *   leniently, since a flag must be worth a reviewer's look (see mentionsTerm): a rendering
 *   inside a longer word counts (护士 in 护士长), as does a rendering of three characters or
 *   more whose first two begin another word (護理長, "charge nurse", for 護理師), and in
 *   zh-Hant a regional counterpart of a zh-Hans rendering that OpenCC's tables know (影像, Hong
 *   Kong's "video"). expected = the preferred rendering; found = the other variant's
 *   rendering as this version writes it (項目 in zh-Hant, the mainland word in Traditional
 *   characters; 资料库 in zh-Hans) when the version has one, else null (what it wrote
 *   instead is not known).
 * - glossary-forbidden: the version uses a forbidden rendering of T, in a row whose English
 *   names T fewer times than the version renders T acceptably (the English says "server"
 *   once, the version has 服务器 once and 服务员 too: that 服务员 is a waiter, not a
 *   wrong "server"); in a row without English, any forbidden rendering. One flag per
 *   forbidden rendering; expected = the preferred rendering, found = the forbidden one.
 *   A forbidden span that is also a rendering of another term the row is about is not
 *   flagged (RenderingFound.ambiguous). When a version uses a forbidden rendering and no
 *   accepted one, only glossary-forbidden is raised (it says what was used), never
 *   glossary-missing as well.
 */
export function findGlossaryUsageFlags(rowTerms: RowTerms, terms: readonly Term[]): ComputedFlag[] {
  const flags: ComputedFlag[] = [];
  for (const language of CHINESE_LANGUAGES) {
    const version = rowTerms.versions[language];
    if (version.firstParagraph === null) continue;
    const termIndexes = new Set([...rowTerms.englishCounts.keys(), ...version.found.map((found) => found.termIndex)]);
    for (const termIndex of [...termIndexes].sort((a, b) => a - b)) {
      const term = terms[termIndex];
      if (term === undefined) continue;
      const ofTerm = version.found.filter((found) => found.termIndex === termIndex);
      const accepted = ofTerm.filter((found) => found.kind !== "forbidden").length + (version.keptInEnglish.get(termIndex) ?? 0);
      const forbidden = firstOfEachRendering(ofTerm.filter((found) => found.kind === "forbidden" && !found.ambiguous));
      const named = rowTerms.englishCounts.get(termIndex) ?? 0;
      const base = { language, rowPosition: rowTerms.row.position, termIndex, term: term.english[0] ?? null, expected: preferredOf(term, language) };
      if (forbidden.length > 0 && (!rowTerms.hasEnglish || accepted < named)) {
        for (const found of forbidden) {
          flags.push({ ...base, kind: "glossary-forbidden", paragraphPosition: found.paragraph, found: found.rendering, details: {} });
        }
      } else if (named > 0 && accepted === 0 && !mentionsTerm(version.text, term, language)) {
        const instead = otherVariantWording(version, term, language);
        flags.push({
          ...base,
          kind: "glossary-missing",
          paragraphPosition: instead?.paragraph ?? version.firstParagraph,
          found: instead?.wording ?? null,
          details: {},
        });
      }
    }
  }
  return flags;
}

/** Whether `text` mentions `term` in a looser sense than whole-word matching (see findGlossaryUsageFlags). */
function mentionsTerm(text: string, term: Term, language: ChineseLanguage): boolean {
  const renderings = language === "zh-Hans" ? [term.hansPreferred, ...term.hansAllowed] : [term.hantPreferred, ...term.hantAllowed];
  if (renderings.some((rendering) => text.includes(rendering))) return true;
  if (renderings.some((rendering) => [...rendering].length >= 3 && text.includes([...rendering].slice(0, 2).join("")))) return true;
  if (language === "zh-Hans") return false;
  const folded = foldForComparison(text);
  return [term.hansPreferred, ...term.hansAllowed].some((rendering) => regionalCounterparts(rendering).some((candidate) => folded.includes(candidate)));
}

/**
 * Where a version writes one of the other variant's renderings in its own script instead
 * (項目 for 项目 in zh-Hant): found by folding both to Simplified characters. Gives the
 * wording as the text has it and its paragraph, or null.
 */
function otherVariantWording(version: VersionTerms, term: Term, language: ChineseLanguage): { wording: string; paragraph: number } | null {
  const others = language === "zh-Hant" ? [term.hansPreferred, ...term.hansAllowed] : [term.hantPreferred, ...term.hantAllowed];
  for (const paragraph of version.paragraphs) {
    const folded = foldForComparison(paragraph.text);
    for (const other of others) {
      const foldedOther = foldForComparison(other);
      const at = folded.indexOf(foldedOther);
      // Folding keeps one code point per code point; offsets match while no surrogate pair changed.
      if (at !== -1 && folded.length === paragraph.text.length) {
        return { wording: paragraph.text.slice(at, at + foldedOther.length), paragraph: paragraph.position };
      }
    }
  }
  return null;
}

function preferredOf(term: Term, language: ChineseLanguage): string {
  return language === "zh-Hans" ? term.hansPreferred : term.hantPreferred;
}

/** The first occurrence of each distinct rendering, in text order. */
export function firstOfEachRendering(found: readonly RenderingFound[]): RenderingFound[] {
  const seen = new Set<string>();
  return found.filter((entry) => !seen.has(entry.rendering) && seen.add(entry.rendering) !== undefined);
}
