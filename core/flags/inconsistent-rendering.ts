import type { Term } from "../glossary";
import type { ComputedFlag } from "./flag";
import { CHINESE_LANGUAGES, type ChineseLanguage, type RowTerms } from "./row-terms";

/**
 * inconsistent-rendering flags of an article: for each term and Chinese version, the
 * preferred and allowed renderings used in the rows about the term are counted (every
 * occurrence); when there are two or more, the most used one is the article's own
 * (ties: the preferred rendering, then the allowed ones in glossary order), and each row
 * that uses another one gets a flag per such rendering: expected = the article's rendering,
 * found = the row's, details.renderingCounts = every rendering's count.
 *
 * Forbidden renderings are left out (glossary-forbidden flags each of them already), and so
 * are a row's renderings of a term when it has more of them than its English has mentions
 * (RowTerms.rendersOnlyEnglishMentions): one of them may well be another word; and a span
 * that renders two terms the row is about (RenderingFound.ambiguous).
 */
export function findInconsistentRenderings(rows: readonly RowTerms[], terms: readonly Term[]): ComputedFlag[] {
  const flags: ComputedFlag[] = [];
  for (const language of CHINESE_LANGUAGES) {
    const uses = rows.flatMap((rowTerms) =>
      rowTerms.versions[language].found
        .filter((found) => found.kind !== "forbidden" && !found.ambiguous && rowTerms.rendersOnlyEnglishMentions(language, found.termIndex))
        .map((found) => ({ ...found, rowTerms })),
    );
    const termIndexes = [...new Set(uses.map((use) => use.termIndex))].sort((a, b) => a - b);
    for (const termIndex of termIndexes) {
      const term = terms[termIndex];
      if (term === undefined) continue;
      const ofTerm = uses.filter((use) => use.termIndex === termIndex);
      const renderingCounts: Record<string, number> = {};
      for (const use of ofTerm) renderingCounts[use.rendering] = (renderingCounts[use.rendering] ?? 0) + 1;
      const renderings = Object.keys(renderingCounts);
      if (renderings.length < 2) continue;
      const order = glossaryOrder(term, language);
      const rank = (rendering: string) => (order.indexOf(rendering) === -1 ? order.length : order.indexOf(rendering));
      const [majority] = [...renderings].sort((a, b) => (renderingCounts[b] ?? 0) - (renderingCounts[a] ?? 0) || rank(a) - rank(b));
      const flagged = new Set<string>();
      for (const use of ofTerm) {
        const key = `${use.rowTerms.row.position}\u0000${use.rendering}`;
        if (use.rendering === majority || flagged.has(key)) continue;
        flagged.add(key);
        flags.push({
          kind: "inconsistent-rendering",
          language,
          rowPosition: use.rowTerms.row.position,
          paragraphPosition: use.paragraph,
          termIndex,
          term: term.english[0] ?? null,
          expected: majority ?? null,
          found: use.rendering,
          details: { renderingCounts: { ...renderingCounts } },
        });
      }
    }
  }
  return flags;
}

function glossaryOrder(term: Term, language: ChineseLanguage): string[] {
  return language === "zh-Hans" ? [term.hansPreferred, ...term.hansAllowed] : [term.hantPreferred, ...term.hantAllowed];
}
