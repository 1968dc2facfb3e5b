/**
 * A span of a text that something points at: a Simplified/Traditional difference, a glossary
 * term, a sentence. Offsets are UTF-16 code units, half-open, into the original text.
 */
export interface Annotation<T> {
  start: number;
  end: number;
  value: T;
}

/** A piece of the text with every annotation that covers all of it. */
export interface AnnotatedRun<T> {
  text: string;
  start: number;
  end: number;
  values: T[];
}

/**
 * Cuts `text` into consecutive runs at every annotation boundary, so overlapping annotations
 * (a glossary term inside a regional-variant hunk, both inside a sentence) can be rendered as
 * nested marks. The runs cover the whole text in order; empty annotations are dropped, and
 * annotations are clamped to the text. Each run lists its annotations' values in the order
 * they were given, so callers control nesting by ordering the input.
 */
export function annotateText<T>(text: string, annotations: readonly Annotation<T>[]): AnnotatedRun<T>[] {
  const valid = annotations
    .map((a) => ({ ...a, start: Math.max(0, a.start), end: Math.min(text.length, a.end) }))
    .filter((a) => a.end > a.start);
  const cuts = new Set<number>([0, text.length]);
  for (const a of valid) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const runs: AnnotatedRun<T>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    runs.push({
      text: text.slice(start, end),
      start,
      end,
      values: valid.filter((a) => a.start <= start && a.end >= end).map((a) => a.value),
    });
  }
  return runs;
}
