import type { Term } from "../glossary";
import { findAlignmentDoubts } from "./alignment-doubt";
import type { CheckOptions } from "./check-options";
import { FLAG_KINDS, type CheckRow, type ComputedFlag } from "./flag";
import { findGlossaryUsageFlags } from "./glossary-usage";
import { findInconsistentRenderings } from "./inconsistent-rendering";
import { findNumberMismatches } from "./number-mismatch";
import { findRowTerms } from "./row-terms";
import { findScTcMismatches } from "./sc-tc-mismatch";

/**
 * Every flag of an article: per row glossary-missing, glossary-forbidden and sc-tc-mismatch
 * (see their files for the rules), number-mismatch and alignment-doubt; across the rows
 * inconsistent-rendering. Pure: the same rows and glossary give the same flags, sorted by
 * row, then kind (FLAG_KINDS order), language, term, found.
 *
 * Chinese renderings are matched on the word boundaries of ICU's segmenter
 * (core/glossary) and, given `options.isWord`, a dictionary's words, so flags can change
 * with the platform's ICU data and the dictionary; they are computed and stored at import,
 * and recomputed when the glossary changes.
 */
export function checkArticle(rows: readonly CheckRow[], terms: readonly Term[], options: CheckOptions = {}): ComputedFlag[] {
  const rowTerms = terms.length === 0 ? [] : rows.map((row) => findRowTerms(row, terms, options));
  const flags = [
    ...rowTerms.flatMap((analysis) => [...findGlossaryUsageFlags(analysis, terms), ...findScTcMismatches(analysis, terms)]),
    ...findInconsistentRenderings(rowTerms, terms),
    ...rows.flatMap((row) => [...findNumberMismatches(row), ...findAlignmentDoubts(row)]),
  ];
  return flags.sort(compareFlags);
}

const LANGUAGE_ORDER = ["en", "zh-Hans", "zh-Hant"];

function compareFlags(a: ComputedFlag, b: ComputedFlag): number {
  return (
    a.rowPosition - b.rowPosition ||
    FLAG_KINDS.indexOf(a.kind) - FLAG_KINDS.indexOf(b.kind) ||
    LANGUAGE_ORDER.indexOf(a.language) - LANGUAGE_ORDER.indexOf(b.language) ||
    (a.termIndex ?? -1) - (b.termIndex ?? -1) ||
    compareText(a.found, b.found)
  );
}

function compareText(a: string | null, b: string | null): number {
  const left = a ?? "";
  const right = b ?? "";
  return left < right ? -1 : left > right ? 1 : 0;
}
