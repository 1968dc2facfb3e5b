import type { OccurrenceKind, Term } from "../glossary";
import type { CheckOptions } from "./check-options";
import type { CheckRow } from "./flag";
import { CHINESE_LANGUAGES, findRowTerms, type ChineseLanguage } from "./row-terms";

/** How often one Chinese version of one row uses one rendering of one term (the stored TermUse). */
export interface TermUse {
  /** 0-based order of the row in the article. */
  rowPosition: number;
  /** Index into the glossary the uses were counted against. */
  termIndex: number;
  language: ChineseLanguage;
  rendering: string;
  occurrence: OccurrenceKind;
  count: number;
}

/**
 * The glossary renderings each Chinese version of each row uses, counted, as the checks see
 * them (pass the same options as to checkArticle): only for the terms a row is about (its
 * English names them, or it has no English), a span that renders several terms counted for each. Sorted by row, term, language (zh-Hans
 * first), then rendering; the corpus-wide consistency report adds these up.
 */
export function termUsesOfArticle(rows: readonly CheckRow[], terms: readonly Term[], options: CheckOptions = {}): TermUse[] {
  const uses: TermUse[] = [];
  for (const row of rows) {
    const rowTerms = findRowTerms(row, terms, options);
    for (const language of CHINESE_LANGUAGES) {
      const counted = new Map<string, TermUse>();
      for (const found of rowTerms.versions[language].found) {
        const key = `${found.termIndex}\u0000${found.rendering}\u0000${found.kind}`;
        const use = counted.get(key);
        if (use) use.count += 1;
        else {
          counted.set(key, {
            rowPosition: row.position,
            termIndex: found.termIndex,
            language,
            rendering: found.rendering,
            occurrence: found.kind,
            count: 1,
          });
        }
      }
      uses.push(...counted.values());
    }
  }
  return uses.sort(
    (a, b) =>
      a.rowPosition - b.rowPosition ||
      a.termIndex - b.termIndex ||
      CHINESE_LANGUAGES.indexOf(a.language) - CHINESE_LANGUAGES.indexOf(b.language) ||
      (a.rendering < b.rendering ? -1 : a.rendering > b.rendering ? 1 : 0),
  );
}
