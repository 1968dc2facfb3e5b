/** A bead shape: how many source and target paragraphs it groups, and its prior cost. */
export interface BeadShape {
  source: number;
  target: number;
  /** -log of the shape's prior probability (or a tuned cost in the same units). */
  cost: number;
}

/** The shapes the aligners consider, 1-1 first (ties go to it). */
export const BEAD_SHAPE_SIZES: readonly (readonly [number, number])[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [1, 2],
  [2, 1],
  [2, 2],
  [1, 3],
  [3, 1],
];

/** Shapes with costs -log(p) from prior probabilities keyed "source-target". */
export function shapesFromPriors(priors: Readonly<Record<string, number>>): BeadShape[] {
  return BEAD_SHAPE_SIZES.map(([source, target]) => {
    const prior = priors[`${source}-${target}`];
    if (prior === undefined || !(prior > 0)) throw new Error(`missing prior for bead ${source}-${target}`);
    return { source, target, cost: -Math.log(prior) };
  });
}

/**
 * Prior probabilities of paragraph bead shapes, the same for every pairing (English ↔
 * Chinese, and two Chinese editions): 1-1 dominates; a translator or an editor splits or
 * joins a paragraph now and then, and leaves one out more rarely. 2-2 is kept much rarer
 * than Gale and Church's 0.011: two pairs whose lengths or words fit a little better
 * together would otherwise be merged crosswise. The evidence of a pair (its words, anchors
 * and lengths) decides far more than these.
 */
export const PARAGRAPH_SHAPES: readonly BeadShape[] = shapesFromPriors({
  "1-1": 0.85,
  "1-0": 0.015,
  "0-1": 0.015,
  "1-2": 0.05,
  "2-1": 0.05,
  "2-2": 0.0005,
  "1-3": 0.005,
  "3-1": 0.005,
});

/** A first pass only needs the path: the rarer, larger shapes come out as a near neighbour of it. */
export const FIRST_PASS_SHAPES: readonly BeadShape[] = PARAGRAPH_SHAPES.filter((shape) => shape.source + shape.target <= 3);
