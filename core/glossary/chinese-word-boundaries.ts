/**
 * Chinese word boundaries for glossary matching, from the platform's ICU word segmenter
 * (`Intl.Segmenter("zh", { granularity: "word" })`, a dictionary of Chinese words in both
 * scripts; in Node and in every current browser, nothing to install).
 *
 * Chinese has no spaces, so a rendering found as a substring may straddle two words:
 * 项目 in 各项目标 ("each goal", 各项|目标) or 這項目標 (這項|目標). A match counts only
 * where the text's word boundaries fall at both of its ends; a rendering of several words
 * (人工智能 = 人工|智能) still matches, since only its ends are checked.
 *
 * The segmenter is trusted only about words its dictionary knows. A rendering it cuts into
 * single characters (互联网 → 互|联|网) is unknown to it, and it then cuts the text around
 * that rendering from its other words (互|联|网上 in 互联网上), which says nothing about
 * where the rendering ends: such a rendering is matched as a plain substring.
 *
 * ICU's dictionary changes between versions, so this is for display (which spans to mark),
 * never for anything stored or compared across machines.
 */

const segmenter = typeof Intl.Segmenter === "function" ? new Intl.Segmenter("zh", { granularity: "word" }) : null;

/** UTF-16 offsets where a word starts or ends in `text` (0 and `text.length` included). */
export function chineseWordBoundaries(text: string): ReadonlySet<number> {
  const boundaries = new Set<number>([0, text.length]);
  if (segmenter === null) {
    // No segmenter: every code point boundary counts, which is plain substring matching.
    for (let offset = 0; offset <= text.length; offset++) boundaries.add(offset);
    return boundaries;
  }
  for (const { index, segment } of segmenter.segment(text)) {
    boundaries.add(index);
    boundaries.add(index + segment.length);
  }
  return boundaries;
}

const known = new Map<string, boolean>();

/**
 * Whether the segmenter's dictionary knows `rendering`: segmented alone, it is one word or
 * a sequence of words of two or more characters each (软件, 人工|智能), not single characters.
 */
export function segmenterKnows(rendering: string): boolean {
  const cached = known.get(rendering);
  if (cached !== undefined) return cached;
  const knows =
    segmenter !== null && Array.from(segmenter.segment(rendering), ({ segment }) => [...segment].length >= 2).every(Boolean);
  known.set(rendering, knows);
  return knows;
}
