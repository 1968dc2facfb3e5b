import { lengthDiagonal } from "./band-diagonal";
import { alignInBand, pathCourse } from "./banded-dp";
import type { BeadShape } from "./bead-shapes";
import { lengthModelMoved, type AlignmentEvidence, type BeadBound, type BeadCost, type Models } from "../evidence/alignment-evidence";
import type { BeadSpan } from "../types";
import { splitUnsure } from "./unsure-stretches";

/** Half-width of the first pass's band (it follows the path), and of the refinement corridor. */
const TRACKING_HALF_WIDTH = 8;
const CORRIDOR_HALF_WIDTH = 4;
const MAX_CELLS = 12_000_000;

/**
 * A first-pass 1-1 pair is kept as it is by the refinement pass when, measured quickly under
 * the fitted models, its word evidence (nats, before weighting) reaches SURE_EVIDENCE and
 * beats its pairings with the neighbouring target paragraphs by SURE_MARGIN, and so do the
 * pairs either side of it.
 */
const SURE_EVIDENCE = 6;
const SURE_MARGIN = 6;

/**
 * Aligns the two sides of `evidence` in two passes, which keeps time and memory
 * near-linear in the number of paragraphs:
 *
 * 1. prior models, quick pair measures and block estimates, in a band that follows the
 *    cheapest path (see alignInBand), with `firstShapes` (the common ones suffice to find
 *    the path);
 * 2. the models fitted to the document on pass 1's beads (length ratio and variance,
 *    burstiness and each word type's translation rate, see AlignmentEvidence.estimateModels;
 *    the shape priors, see fitShapes), then exact counts with all `shapes`, in a corridor
 *    around the first path, but only over
 *    the stretches pass 1 was unsure of: runs of strong 1-1 pairs are kept as they are.
 *    Without words, pass 2 re-aligns everything when the length model moved, else nothing.
 *
 * Returns the spans (covering both sides in order), the fitted models and the exact word
 * evidence of 1-1 pairs under them (remembered from pass 2, measured when asked otherwise).
 * Both sides must be non-empty.
 */
export function alignInTwoPasses(
  evidence: AlignmentEvidence,
  shapes: readonly BeadShape[],
  firstShapes: readonly BeadShape[],
): { spans: BeadSpan[]; models: Models; pairWords: (e: number, c: number) => number } {
  const everything: BeadSpan = { sourceStart: 0, sourceEnd: evidence.sourceCount, targetStart: 0, targetEnd: evidence.targetCount };
  const firstModels = evidence.priorModels();
  const firstCosts = evidence.costs(firstModels, true);
  const diagonal = lengthDiagonal(evidence.sourceLengths, evidence.targetLengths);
  const first = alignStretch(everything, firstModels, firstCosts, diagonal, false, TRACKING_HALF_WIDTH, firstShapes);

  const models = evidence.estimateModels(first);
  const secondCosts = evidence.costs(models, false);
  const fittedShapes = fitShapes(shapes, firstShapes, first);
  const refine = (stretch: BeadSpan, firstSpans: readonly BeadSpan[]): BeadSpan[] => {
    const local = firstSpans.map((s) => shift(s, -stretch.sourceStart, -stretch.targetStart));
    const course = pathCourse(local, stretch.sourceEnd - stretch.sourceStart);
    return alignStretch(stretch, models, secondCosts, course, true, CORRIDOR_HALF_WIDTH, fittedShapes);
  };
  if (!evidence.hasWords) {
    const spans = lengthModelMoved(firstModels.length, models.length) ? refine(everything, first) : first;
    return { spans, models, pairWords: secondCosts.pairEvidence };
  }

  // Each pair judged here is read with the target paragraphs either side of it, no more.
  const quick = evidence.costs(models, true, { before: 1, after: 1 }).pairEvidence;
  const isStrongPair = (index: number) => {
    const span = first[index];
    if (span === undefined) return true; // beyond either end of the document
    if (span.sourceEnd - span.sourceStart !== 1 || span.targetEnd - span.targetStart !== 1) return false;
    const e = span.sourceStart;
    const c = span.targetStart;
    const own = quick(e, c);
    if (own < SURE_EVIDENCE) return false;
    // The rivals are its neighbours on the other side (a neighbour on this side meets
    // them in the pairs either side of it, which are checked too).
    const rival = Math.max(c > 0 ? quick(e, c - 1) : -Infinity, c + 1 < evidence.targetCount ? quick(e, c + 1) : -Infinity);
    return own - rival >= SURE_MARGIN;
  };
  const spans: BeadSpan[] = [];
  for (const part of splitUnsure(first, (index) => isStrongPair(index - 1) && isStrongPair(index) && isStrongPair(index + 1))) {
    if ("kept" in part) spans.push(part.kept);
    else spans.push(...refine(part.stretch, part.spans));
  }
  return { spans, models, pairWords: secondCosts.pairEvidence };

  function alignStretch(
    stretch: BeadSpan,
    stretchModels: Models,
    costs: { beadCost: BeadCost; beadBound: BeadBound | undefined },
    course: Float64Array,
    centred: boolean,
    halfWidth: number,
    stretchShapes: readonly BeadShape[],
  ): BeadSpan[] {
    const { sourceStart: e, targetStart: c } = stretch;
    const bound = costs.beadBound;
    const { spans: local } = alignInBand({
      sourceCount: stretch.sourceEnd - e,
      targetCount: stretch.targetEnd - c,
      shapes: stretchShapes,
      minBeadCost: evidence.minBeadCost(stretchModels),
      diagonal: course,
      centred,
      initialHalfWidth: halfWidth,
      maxCells: MAX_CELLS,
      beadCost: (e0, e1, c0, c1, budget) => costs.beadCost(e0 + e, e1 + e, c0 + c, c1 + c, budget),
      ...(bound === undefined ? {} : { beadBound: (e0: number, e1: number, c0: number, c1: number) => bound(e0 + e, e1 + e, c0 + c, c1 + c) }),
    });
    return local.map((s) => shift(s, e, c));
  }
}

/**
 * The shapes' priors fitted to the document like its other models: how often pass 1 used
 * each shape it could use (`counted`), shrunk toward the given prior as if
 * SHAPE_PRIOR_BEADS beads had been seen at it; the others keep their prior. A translation
 * that leaves paragraphs out, or one that splits them, says so in pass 1, and short
 * paragraphs, whose words say less, then lean on what this document does.
 */
export function fitShapes(shapes: readonly BeadShape[], counted: readonly BeadShape[], spans: readonly BeadSpan[]): BeadShape[] {
  const isCounted = (shape: BeadShape) => counted.some((c) => c.source === shape.source && c.target === shape.target);
  let countedMass = 0;
  for (const shape of shapes) if (isCounted(shape)) countedMass += Math.exp(-shape.cost);
  const counts = new Map<string, number>();
  for (const span of spans) {
    const key = `${span.sourceEnd - span.sourceStart}-${span.targetEnd - span.targetStart}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const total = spans.length + SHAPE_PRIOR_BEADS;
  return shapes.map((shape) => {
    if (!isCounted(shape)) return shape;
    const prior = Math.exp(-shape.cost) / countedMass;
    const share = ((counts.get(`${shape.source}-${shape.target}`) ?? 0) + SHAPE_PRIOR_BEADS * prior) / total;
    return { ...shape, cost: -Math.log(share * countedMass) };
  });
}

/** How many beads' worth of belief the given shape priors carry against pass 1's counts. */
const SHAPE_PRIOR_BEADS = 100;

function shift(span: BeadSpan, source: number, target: number): BeadSpan {
  return {
    sourceStart: span.sourceStart + source,
    sourceEnd: span.sourceEnd + source,
    targetStart: span.targetStart + target,
    targetEnd: span.targetEnd + target,
  };
}
