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
