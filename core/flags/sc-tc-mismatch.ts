import type { Term } from "../glossary";
import { areCounterparts } from "./counterparts";
import type { ComputedFlag } from "./flag";
import { firstOfEachRendering } from "./glossary-usage";
import type { RenderingFound, RowTerms } from "./row-terms";

/**
 * sc-tc-mismatch flags of one row (on its zh-Hant version): for each term the row is about
 * that both Chinese versions render with a preferred or allowed rendering, every zh-Hant
 * rendering that is a regional counterpart of none of the zh-Hans ones (see
 * areCounterparts). found = the zh-Hant rendering; details.otherRendering = the (first)
 * zh-Hans rendering; expected = the glossary's zh-Hant rendering (preferred first, then the
 * allowed ones) that is a counterpart of the zh-Hans rendering (專案 for 项目, 錄影 for 录像),
 * else the zh-Hant preferred one, unless that is what was found (then null: the zh-Hans side
 * is the one off the glossary's pairs).
 *
 * A forbidden rendering on either side is glossary-forbidden's business, and a version
 * without a rendering glossary-missing's, so neither is compared here; nor is a term that a
 * version renders more often than the English names it (RowTerms.rendersOnlyEnglishMentions),
 * nor a span that renders two terms the row is about (RenderingFound.ambiguous).
 */
export function findScTcMismatches(rowTerms: RowTerms, terms: readonly Term[]): ComputedFlag[] {
  const compared = (found: RenderingFound) => found.kind !== "forbidden" && !found.ambiguous;
  const hans = rowTerms.versions["zh-Hans"].found.filter(compared);
  const hant = rowTerms.versions["zh-Hant"].found.filter(compared);
  const flags: ComputedFlag[] = [];
  for (const termIndex of [...new Set(hant.map((found) => found.termIndex))].sort((a, b) => a - b)) {
    const term = terms[termIndex];
    const hansRenderings = [...new Set(hans.filter((found) => found.termIndex === termIndex).map((found) => found.rendering))];
    const [otherRendering] = hansRenderings;
    if (term === undefined || otherRendering === undefined) continue;
    if (!rowTerms.rendersOnlyEnglishMentions("zh-Hans", termIndex) || !rowTerms.rendersOnlyEnglishMentions("zh-Hant", termIndex)) continue;
    for (const found of firstOfEachRendering(hant.filter((entry) => entry.termIndex === termIndex))) {
      if (hansRenderings.some((hansRendering) => areCounterparts(hansRendering, found.rendering, term))) continue;
      flags.push({
        kind: "sc-tc-mismatch",
        language: "zh-Hant",
        rowPosition: rowTerms.row.position,
        paragraphPosition: found.paragraph,
        termIndex,
        term: term.english[0] ?? null,
        expected: expectedCounterpart(otherRendering, found.rendering, term),
        found: found.rendering,
        details: { otherRendering },
      });
    }
  }
  return flags;
}


function expectedCounterpart(hansRendering: string, hantRendering: string, term: Term): string | null {
  const counterpart = [term.hantPreferred, ...term.hantAllowed].find((candidate) => areCounterparts(hansRendering, candidate, term));
  if (counterpart !== undefined) return counterpart;
  return term.hantPreferred === hantRendering ? null : term.hantPreferred;
}
