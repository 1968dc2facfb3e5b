import { annotateText, type AnnotatedRun, type Annotation } from "./annotate";

/** Something at one position of a text, with no extent (where the other version has text this one lacks). */
export interface PointAnnotation<T> {
  at: number;
  value: T;
}

/** A piece of a layout segment: a run of text with the annotations covering it, or a point. */
export type LayoutPiece<T> = { kind: "run"; run: AnnotatedRun<T> } | { kind: "point"; value: T };

/**
 * A stretch of the text: one sentence (`sentence` is its value), or the text between
 * sentences (`sentence` null). Offsets are UTF-16, half-open, into the whole text.
 */
export interface LayoutSegment<T, S> {
  start: number;
  end: number;
  sentence: S | null;
  pieces: LayoutPiece<T>[];
}

/**
 * Lays a paragraph out for nested rendering, sentences outermost: the text is cut into
 * segments (each sentence, and the text between sentences), in order, covering the whole
 * text; inside each, runs as `annotateText` gives them (values in the order given, so the
 * caller controls nesting), cut at the segment's edges, so an annotation that crosses a
 * sentence boundary becomes one run in each sentence; and the points, each exactly once,
 * before the run starting where it is (a point at a sentence boundary opens the next
 * segment; one at the very end closes the last).
 *
 * Sentences are clamped to the text; empty ones, and any that overlap an earlier one, are
 * dropped. Run offsets are into the whole text, so a run starts an annotation exactly when
 * `run.start === annotation.start`. An empty text gives one empty segment holding its points.
 */
export function layoutParagraph<T, S>(
  text: string,
  annotations: readonly Annotation<T>[],
  points: readonly PointAnnotation<T>[],
  sentences: readonly Annotation<S>[],
): LayoutSegment<T, S>[] {
  const length = text.length;
  const clampedPoints = points.map((point) => ({ ...point, at: Math.max(0, Math.min(length, point.at)) }));
  const segments = cutSegments(length, sentences);
  return segments.map((segment, index) => {
    const isLast = index === segments.length - 1;
    const mine = clampedPoints.filter((p) => p.at >= segment.start && (p.at < segment.end || (isLast && p.at === segment.end)));
    // Stop at each point's position and at the segment's end (each once, in order).
    const stops = [...new Set([...mine.map((p) => p.at), segment.end])].sort((a, b) => a - b);
    const pieces: LayoutPiece<T>[] = [];
    let from = segment.start;
    for (const stop of stops) {
      if (stop > from) pieces.push(...runsBetween(text, from, stop, annotations));
      for (const point of mine) if (point.at === stop) pieces.push({ kind: "point", value: point.value });
      from = stop;
    }
    return { ...segment, pieces };
  });
}

/** The segments of a text of `length` units: the sentences and the stretches between them. */
function cutSegments<S>(length: number, sentences: readonly Annotation<S>[]): Omit<LayoutSegment<never, S>, "pieces">[] {
  const valid = sentences
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(length, s.end), value: s.value }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const segments: Omit<LayoutSegment<never, S>, "pieces">[] = [];
  let cursor = 0;
  for (const sentence of valid) {
    if (sentence.start < cursor) continue;
    if (sentence.start > cursor) segments.push({ start: cursor, end: sentence.start, sentence: null });
    segments.push({ start: sentence.start, end: sentence.end, sentence: sentence.value });
    cursor = sentence.end;
  }
  if (cursor < length || segments.length === 0) segments.push({ start: cursor, end: length, sentence: null });
  return segments;
}

/** annotateText over [from, to) of the text, with offsets into the whole text. */
function runsBetween<T>(text: string, from: number, to: number, annotations: readonly Annotation<T>[]): LayoutPiece<T>[] {
  const local = annotations
    .filter((a) => a.end > from && a.start < to)
    .map((a) => ({ start: a.start - from, end: a.end - from, value: a.value }));
  return annotateText(text.slice(from, to), local).map((run) => ({
    kind: "run",
    run: { ...run, start: run.start + from, end: run.end + from },
  }));
}
