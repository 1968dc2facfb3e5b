import hongKongPhrases from "opencc-js/dict/HKPhrases";
import hongKongPhrasesReversed from "opencc-js/dict/HKPhrasesRev";
import taiwanPhrases from "opencc-js/dict/TWPhrases";
import taiwanPhrasesReversed from "opencc-js/dict/TWPhrasesRev";
import type { RegionalSource } from "./regional-index";

/**
 * OpenCC's regional phrase tables (data, kept apart from the algorithms that use them).
 *
 * TWPhrases/HKPhrases map mainland wording (in OpenCC's standard Traditional characters:
 * 軟件) to Taiwan/Hong Kong wording (軟體); the *Rev tables map the other way and hold a few
 * pairs the forward tables lack (視訊→視頻 gives 视频 a second Taiwan candidate). The
 * index folds everything, so the script the tables are written in does not matter.
 *
 * These tables classify differences; they never rewrite the text we show.
 */
export const OPENCC_REGIONAL_SOURCES: readonly RegionalSource[] = [
  { name: "OpenCC TWPhrases", region: "tw", direction: "hans-to-hant", entries: taiwanPhrases },
  { name: "OpenCC TWPhrasesRev", region: "tw", direction: "hant-to-hans", entries: taiwanPhrasesReversed },
  { name: "OpenCC HKPhrases", region: "hk", direction: "hans-to-hant", entries: hongKongPhrases },
  { name: "OpenCC HKPhrasesRev", region: "hk", direction: "hant-to-hans", entries: hongKongPhrasesReversed },
];
