import type { Bead, BeadSpan } from "../types";

/** The bead's paragraph indices from its half-open ranges. */
export function beadFromSpan(span: BeadSpan, score: number): Bead {
  return {
    source: range(span.sourceStart, span.sourceEnd),
    target: range(span.targetStart, span.targetEnd),
    score,
  };
}

/** Every paragraph alone: n 1-0 beads (or 0-1 with `side: "target"`), for an empty other side. */
export function unmatchedBeads(count: number, side: "source" | "target", score: number): Bead[] {
  return range(0, count).map((index) =>
    side === "source" ? { source: [index], target: [], score } : { source: [], target: [index], score },
  );
}

/**
 * Describes the first way `beads` break the `Bead` invariants for sides of `sourceCount`
 * and `targetCount` paragraphs (coverage, order, consecutive indices, score range), or
 * returns null when they hold. For checking alignments that come from outside (a stored or
 * hand-corrected alignment) before building rows from them.
 */
export function findBeadProblem(beads: readonly Bead[], sourceCount: number, targetCount: number): string | null {
  let nextSource = 0;
  let nextTarget = 0;
  for (const [position, bead] of beads.entries()) {
    if (bead.source.length === 0 && bead.target.length === 0) return `bead ${position} is empty`;
    if (!(bead.score >= 0 && bead.score <= 1)) return `bead ${position} has score ${bead.score} outside [0, 1]`;
    for (const index of bead.source) {
      if (index !== nextSource) return `bead ${position}: source paragraph ${index} where ${nextSource} was expected`;
      nextSource++;
    }
    for (const index of bead.target) {
      if (index !== nextTarget) return `bead ${position}: target paragraph ${index} where ${nextTarget} was expected`;
      nextTarget++;
    }
  }
  if (nextSource !== sourceCount) return `beads cover ${nextSource} of ${sourceCount} source paragraphs`;
  if (nextTarget !== targetCount) return `beads cover ${nextTarget} of ${targetCount} target paragraphs`;
  return null;
}

function range(start: number, end: number): number[] {
  const indices: number[] = [];
  for (let index = start; index < end; index++) indices.push(index);
  return indices;
}
