import compatibilityIdeographs from "opencc-js/dict/CJK_Compatibility_Ideographs";
import hongKongVariantsReversed from "opencc-js/dict/HKVariantsRev";
import traditionalToSimplified from "opencc-js/dict/TSCharacters";
import taiwanVariantsReversed from "opencc-js/dict/TWVariantsRev";

/**
 * The OpenCC character tables (data, kept apart from the folding algorithm), in the order
 * they apply: compatibility ideographs to unified ones, Taiwan and Hong Kong variant
 * characters to OpenCC's standard Traditional ones (裡→裏, 著→着, 衞→衛), then
 * Traditional characters to Simplified ones (裏→里, 衛→卫).
 *
 * Only character tables: the phrase tables (TSPhrases, TWPhrasesRev…) rewrite words
 * (軟體→软件) and would erase the regional terminology we exist to show.
 */
const TABLES_IN_ORDER: readonly string[] = [
  compatibilityIdeographs,
  taiwanVariantsReversed,
  hongKongVariantsReversed,
  traditionalToSimplified,
];

/** Upper bound on table chains (薴→苧→苎 needs two steps); guards against a cyclic table. */
const MAX_CHAIN = 8;

/**
 * One code point → one code point map that folds Traditional (and its Taiwan and Hong Kong
 * variant forms) to Simplified. Composed to a fixed point, so folding is idempotent:
 * every value maps to itself. Entries whose source or target is not exactly one code
 * point are skipped, which is what keeps folding length-preserving.
 */
export function buildTraditionalToSimplifiedTable(): Map<number, number> {
  const steps = TABLES_IN_ORDER.map(parseCharacterTable);
  const table = new Map<number, number>();
  const sources = new Set<number>();
  for (const step of steps) for (const source of step.keys()) sources.add(source);

  for (const source of sources) {
    let current = source;
    for (let round = 0; round < MAX_CHAIN; round++) {
      let next = current;
      for (const step of steps) next = step.get(next) ?? next;
      if (next === current) break;
      current = next;
    }
    if (current !== source) table.set(source, current);
  }
  return table;
}

/** Parses OpenCC's "source target|source target" form, keeping single-character pairs. */
function parseCharacterTable(dictionary: string): Map<number, number> {
  const map = new Map<number, number>();
  for (const entry of dictionary.split("|")) {
    const [source, target] = entry.split(" ");
    if (source === undefined || target === undefined) continue;
    const sourcePoint = singleCodePoint(source);
    const targetPoint = singleCodePoint(target);
    if (sourcePoint === null || targetPoint === null || sourcePoint === targetPoint) continue;
    map.set(sourcePoint, targetPoint);
  }
  return map;
}

function singleCodePoint(text: string): number | null {
  const point = text.codePointAt(0);
  if (point === undefined) return null;
  return text.length === (point > 0xffff ? 2 : 1) ? point : null;
}
