/**
 * Gale & Church (1993) length model: a source block of length s translates a target block
 * of length t with s − ratio·t normally distributed, variance growing linearly with length.
 * `ratio` is source characters per target character; `variance` is per target character.
 */
export interface LengthModel {
  ratio: number;
  variance: number;
}

/**
 * Standardised length mismatch δ of a bead. 0 is a perfect fit; |δ| ≈ 1 is typical of a
 * correct bead once the model has been estimated on the document. Both lengths ≥ 0.
 */
export function lengthDelta(sourceLength: number, targetLength: number, model: LengthModel): number {
  const mean = (targetLength + sourceLength / model.ratio) / 2;
  // Below one character the variance model says nothing useful; avoid dividing by 0.
  return (sourceLength - model.ratio * targetLength) / Math.sqrt(model.variance * Math.max(1, mean));
}

/**
 * −log P(|Z| ≥ |δ|) for a standard normal Z: Gale–Church's length cost. Computed in log
 * space (Numerical Recipes' erfc, fractional error < 1.2·10⁻⁷), so it grows as δ²/2
 * instead of overflowing for grossly mismatched lengths. ≥ 0.
 */
export function lengthCost(delta: number): number {
  const z = Math.abs(delta) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const polynomial =
    -1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  // erfc(z) = t·exp(−z² + polynomial)
  return Math.max(0, z * z - polynomial - Math.log(t));
}

/**
 * Confidence in [0, 1] that a length mismatch is that of a correct bead: 1 at δ = 0,
 * 0.88 at |δ| = 1, 0.61 at 2, 0.32 at 3. Deliberately gentler than the tail probability,
 * which would call half of all correct beads doubtful.
 */
export function lengthFit(delta: number): number {
  return Math.exp(-(delta * delta) / 8);
}

/** Median of χ²₁, to turn a median of squared standardised residuals into a variance. */
const CHI_SQUARE_1_MEDIAN = 0.4549;

/**
 * Re-estimates the model from (source length, target length) pairs believed to be
 * translations of each other, shrunk toward `prior` so a short document cannot produce a
 * wild model: the ratio as if `priorTargetLength` target characters at the prior ratio had
 * been seen too, the variance robustly (a median, so a few misaligned pairs do not inflate
 * it) and as if `priorPairs` pairs at the prior variance had been seen too. The variance
 * never drops below a quarter of the prior's (a very regular document would otherwise make
 * every small deviation look fatal). With no pairs, returns `prior`'s values.
 */
export function estimateLengthModel(
  pairs: readonly (readonly [sourceLength: number, targetLength: number])[],
  prior: LengthModel,
  priorTargetLength = 400,
  priorPairs = 8,
): LengthModel {
  let sourceTotal = prior.ratio * priorTargetLength;
  let targetTotal = priorTargetLength;
  for (const [source, target] of pairs) {
    sourceTotal += source;
    targetTotal += target;
  }
  const ratio = sourceTotal / targetTotal;
  if (pairs.length === 0) return { ratio, variance: prior.variance };

  const residuals = pairs
    .map(([source, target]) => {
      const mean = Math.max(1, (target + source / ratio) / 2);
      return (source - ratio * target) ** 2 / mean;
    })
    .sort((a, b) => a - b);
  const median = residuals[Math.floor(residuals.length / 2)] ?? 0;
  const estimated = median / CHI_SQUARE_1_MEDIAN;
  const variance = (prior.variance * priorPairs + estimated * pairs.length) / (priorPairs + pairs.length);
  return { ratio, variance: Math.max(prior.variance / 2, variance) };
}
