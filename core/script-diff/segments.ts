import type { ScriptDifference, ScriptSide } from "./types";

/** A run of one original text, marked with the difference it belongs to, if any. */
export interface TextSegment {
  readonly text: string;
  /** Index into the differences array. */
  readonly difference?: number;
}

/**
 * Cuts one original text into runs for rendering (as data: the UI maps runs to elements and
 * never builds HTML from them).
 *
 * Invariants: the runs' texts joined give `text` back; runs are in text order; a
 * difference with text on this side is exactly one run; a difference with NO text on this
 * side (the Traditional side of an omission, the Simplified side of an addition) is an
 * empty run `{ text: "", difference }` at the point where the text is missing, so a view
 * can place a marker there; unmarked runs are never empty. "" with no differences gives [].
 *
 * `differences` must come from `diffScripts` for this text: non-overlapping on each side.
 * They are taken in this side's text order, which on the Traditional side may differ from
 * array order (a regional word that moved across a shared word). Ranges that overlap or
 * fall outside the text throw a RangeError.
 */
export function segmentsFor(text: string, differences: readonly ScriptDifference[], side: ScriptSide): TextSegment[] {
  const ranges = differences
    .map((difference, index) => ({
      index,
      start: side === "hans" ? difference.hansStart : difference.hantStart,
      end: side === "hans" ? difference.hansEnd : difference.hantEnd,
    }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const { index, start, end } of ranges) {
    if (start < at || end < start || end > text.length) {
      throw new RangeError(`difference ${index} (${start}–${end}) does not fit the ${side} text after offset ${at}`);
    }
    if (start > at) segments.push({ text: text.slice(at, start) });
    segments.push({ text: text.slice(start, end), difference: index });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
