import type { BeadSpan } from "../types";

/** A stretch of both documents: source paragraphs [sourceStart, sourceEnd), target [targetStart, targetEnd). */
export type Stretch = BeadSpan;

/**
 * Splits a first alignment into the beads it is sure of and the stretches between them
 * that deserve a second look: a bead is kept when `isSure(index)` holds for it, and every
 * maximal run of other beads becomes one stretch (the union of their spans, which come
 * with it). Beads and stretches come back in document order as a list of parts; together they cover both
 * documents exactly, like `spans`. A refinement pass then only re-aligns the stretches,
 * which on a faithful translation are a small part of it.
 */
export function splitUnsure(
  spans: readonly BeadSpan[],
  isSure: (index: number) => boolean,
): ({ kept: BeadSpan } | { stretch: Stretch; spans: BeadSpan[] })[] {
  const parts: ({ kept: BeadSpan } | { stretch: Stretch; spans: BeadSpan[] })[] = [];
  let open: { stretch: Stretch; spans: BeadSpan[] } | null = null;
  spans.forEach((span, index) => {
    if (isSure(index)) {
      if (open !== null) parts.push(open);
      open = null;
      parts.push({ kept: span });
      return;
    }
    if (open === null) open = { stretch: { ...span }, spans: [span] };
    else {
      open.stretch.sourceEnd = span.sourceEnd;
      open.stretch.targetEnd = span.targetEnd;
      open.spans.push(span);
    }
  });
  if (open !== null) parts.push(open);
  return parts;
}
