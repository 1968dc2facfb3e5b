import { UNCERTAIN_CONFIDENCE_BELOW } from "../article";
import { isContentLanguage, type ContentLanguage } from "../languages";
import type { CheckRow, ComputedFlag } from "./flag";

/**
 * alignment-doubt flags of one row: one flag when the row's confidence is below
 * `UNCERTAIN_CONFIDENCE_BELOW` (the threshold under which the reading view marks a row
 * uncertain), none otherwise.
 *
 * The flag is about the language its reasons point at (reasons are "kind:detail", see
 * `RowReason` in core/align): the first reason that names one language — `unmatched:zh-Hant`
 * names zh-Hant, and a pair with English (`pairings-disagree:en-zh-Hans`,
 * `low-length-fit:en-zh-Hant`) names its Chinese side, the one aligned to the English. A pair of
 * the two Chinese editions names neither alone; with no reason naming a language the flag is
 * about "en". `details` carries the confidence and every reason; `expected` and `found` are null.
 */
export function findAlignmentDoubts(row: CheckRow): ComputedFlag[] {
  if (!(row.confidence < UNCERTAIN_CONFIDENCE_BELOW)) return [];
  const language = languageOfReasons(row.reasons) ?? "en";
  return [
    {
      kind: "alignment-doubt",
      language,
      rowPosition: row.position,
      paragraphPosition: row.paragraphs[language][0]?.position ?? null,
      termIndex: null,
      term: null,
      expected: null,
      found: null,
      details: { confidence: row.confidence, reasons: [...row.reasons] },
    },
  ];
}

function languageOfReasons(reasons: readonly string[]): ContentLanguage | null {
  for (const reason of reasons) {
    const detail = reason.slice(reason.indexOf(":") + 1);
    if (reason.includes(":") && isContentLanguage(detail)) return detail;
    const chineseSideOfEnglishPair = detail.startsWith("en-") ? detail.slice("en-".length) : null;
    if (chineseSideOfEnglishPair !== null && isContentLanguage(chineseSideOfEnglishPair)) return chineseSideOfEnglishPair;
  }
  return null;
}
