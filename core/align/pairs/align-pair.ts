import type { ContentLanguage } from "../../languages";
import { alignChineseScripts } from "./chinese-scripts";
import { alignEnglishChinese, type EnglishChineseOptions } from "./english-chinese";
import type { Bead } from "../types";

/**
 * Aligns two documents in any two content languages, `source` paragraphs against
 * `target` paragraphs (what `parallax align --from --to` prints):
 * English ↔ Chinese by `alignEnglishChinese`, Chinese ↔ Chinese (either script, either
 * order) by `alignChineseScripts`, English ↔ English by the same text-similarity
 * alignment (its folding leaves Latin text alone). `options.lexicon` (a bilingual
 * dictionary, see core/lexicon) strengthens English ↔ Chinese. Beads come back with
 * `source` in the `from` language, whichever way round the underlying aligner works.
 * Both empty → [].
 */
export function alignPair(
  source: readonly string[],
  target: readonly string[],
  from: ContentLanguage,
  to: ContentLanguage,
  foldToSimplified: (text: string) => string,
  options: EnglishChineseOptions = {},
): Bead[] {
  if (from === "en" && to !== "en") return alignEnglishChinese(source, target, options);
  if (from !== "en" && to === "en") return swapSides(alignEnglishChinese(target, source, options));
  if (from === "zh-Hant" && to === "zh-Hans") return swapSides(alignChineseScripts(target, source, foldToSimplified));
  return alignChineseScripts(source, target, foldToSimplified);
}

function swapSides(beads: Bead[]): Bead[] {
  return beads.map((bead) => ({ source: bead.target, target: bead.source, score: bead.score }));
}
