import { CONTENT_LANGUAGES, type PerLanguage } from "../languages";

/** The texts of one row, per language, as the anchor matcher sees them. */
export type RowTexts = PerLanguage<string[]>;

export interface AnchoredRowTexts {
  anchor: number;
  texts: RowTexts;
}

/**
 * Gives each row of a new revision its anchor (the `k` of `#p-k`, 1-based).
 *
 * A row whose content survives from the previous revision keeps that row's anchor, so an old
 * link still finds the same passage: rows match when they share a paragraph text (compared
 * with white space collapsed), English first, then zh-Hans, then zh-Hant. Each previous anchor
 * is given to at most one new row. Rows that match nothing get fresh anchors above every
 * anchor used so far (`highestAnchorEver`), so an anchor is never reused for other content.
 * With no previous revision the anchors are simply 1..n.
 */
export function assignAnchors(
  rows: RowTexts[],
  previous: AnchoredRowTexts[],
  highestAnchorEver: number,
): number[] {
  const anchorByText = new Map<string, number>();
  for (const row of previous) {
    for (const language of CONTENT_LANGUAGES) {
      for (const text of row.texts[language]) {
        const key = `${language}\u0000${normalize(text)}`;
        if (!anchorByText.has(key)) anchorByText.set(key, row.anchor);
      }
    }
  }
  const taken = new Set<number>();
  let next = highestAnchorEver;
  return rows.map((row) => {
    for (const language of CONTENT_LANGUAGES) {
      for (const text of row[language]) {
        const anchor = anchorByText.get(`${language}\u0000${normalize(text)}`);
        if (anchor !== undefined && !taken.has(anchor)) {
          taken.add(anchor);
          return anchor;
        }
      }
    }
    next += 1;
    return next;
  });
}

function normalize(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
