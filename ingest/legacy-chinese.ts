import chardet from "chardet";
import { measureCommonCharacters } from "./chinese-plausibility";
import { decodeStrictly } from "./strict-decode";

/** The legacy Chinese encodings we read. GBK and GB2312 files are read as GB18030, their superset. */
export type LegacyChineseEncoding = "GB18030" | "Big5";

const CANDIDATES: readonly LegacyChineseEncoding[] = ["GB18030", "Big5"];

/** Below this share of common characters a decoding is not Chinese text (real prose: ~0.8–0.95). */
const MIN_COMMON_SHARE = 0.4;

/** Scores closer than this are a tie, settled by chardet. */
const DECISIVE_MARGIN = 0.1;

/**
 * Decodes bytes that are not UTF-8 as GB18030 or Big5, or returns null when neither fits.
 *
 * Both encodings are tried strictly (an invalid byte sequence rules a candidate out). Byte
 * ranges overlap so much that both often decode — GBK bytes are usually valid Big5 and vice
 * versa — so among the survivors the one whose text has more frequent Chinese characters
 * wins (`measureCommonCharacters`): the wrong table yields rare characters and garbled
 * punctuation. chardet (a port of ICU's detector) breaks near-ties, which happen on very
 * short texts. A winner that still does not look like Chinese (e.g. a Windows-1252 file that
 * happens to decode) is rejected rather than turned into mojibake.
 */
export function decodeLegacyChinese(bytes: Uint8Array): { text: string; encoding: LegacyChineseEncoding } | null {
  const confidence = chardetConfidence(bytes);
  const decoded = CANDIDATES.flatMap((encoding) => {
    const text = decodeStrictly(bytes, encoding);
    return text === null ? [] : [{ encoding, text, measure: measureCommonCharacters(text) }];
  });
  decoded.sort((a, b) => {
    const margin = b.measure.share - a.measure.share;
    if (Math.abs(margin) >= DECISIVE_MARGIN) return margin;
    return confidence(b.encoding) - confidence(a.encoding);
  });
  const best = decoded[0];
  if (best === undefined || best.measure.share < MIN_COMMON_SHARE) return null;
  return { text: best.text, encoding: best.encoding };
}

/** chardet's confidence (0–100) per candidate; 0 when chardet does not name it. */
function chardetConfidence(bytes: Uint8Array): (encoding: LegacyChineseEncoding) => number {
  const matches = chardet.analyse(bytes);
  return (encoding) => matches.find((match) => match.name === encoding)?.confidence ?? 0;
}
