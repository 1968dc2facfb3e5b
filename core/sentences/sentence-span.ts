import { isWhitespace } from "../text";

/**
 * A sentence as a span of its paragraph's text: [start, end) in UTF-16 code units,
 * 0-based, trimmed (it neither starts nor ends with whitespace), never empty. The
 * sentences of a paragraph are in order and do not overlap; the text between them is
 * whitespace only.
 */
export interface SentenceSpan {
  start: number;
  end: number;
}


/** Spans from cut points: the text between consecutive cuts, trimmed, empty pieces dropped. */
export function spansBetween(text: string, cuts: readonly number[]): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    let start = from;
    let end = cut;
    while (start < end && isWhitespace(text.charCodeAt(start))) start++;
    while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
    if (end > start) spans.push({ start, end });
    from = cut;
  }
  return spans;
}
