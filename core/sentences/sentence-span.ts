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

/** Whitespace as splitters see it: JavaScript's \s, which includes the ideographic space. */
export function isSpace(unit: number): boolean {
  return (
    unit === 0x20 ||
    (unit >= 0x09 && unit <= 0x0d) ||
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  );
}

/** Spans from cut points: the text between consecutive cuts, trimmed, empty pieces dropped. */
export function spansBetween(text: string, cuts: readonly number[]): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    let start = from;
    let end = cut;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) spans.push({ start, end });
    from = cut;
  }
  return spans;
}
