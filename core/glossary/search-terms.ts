import type { Term } from "./term";

/**
 * The terms that `query` finds, in their order: an English form containing it (ignoring
 * case), or a Chinese rendering (preferred, allowed or forbidden, either script) containing
 * it once both are folded with `fold` (Traditional → Simplified characters), so 软件 finds
 * 軟件 and 軟體 finds 软体 but not 软件 (words are not converted). A blank query finds every term.
 */
export function searchTerms<T extends Term>(terms: readonly T[], query: string, fold: (text: string) => string): T[] {
  const wanted = query.trim();
  if (wanted === "") return [...terms];
  const english = wanted.toLocaleLowerCase("en");
  const chinese = fold(wanted);
  return terms.filter(
    (term) =>
      term.english.some((form) => form.toLocaleLowerCase("en").includes(english)) ||
      [term.hansPreferred, term.hantPreferred, ...term.hansAllowed, ...term.hantAllowed, ...term.hansForbidden, ...term.hantForbidden].some((rendering) =>
        fold(rendering).includes(chinese),
      ),
  );
}
