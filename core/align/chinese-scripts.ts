import { foldPunctuation } from "../chinese/fold";
import { lengthDiagonal } from "./band-diagonal";
import { alignInBand } from "./banded-dp";
import { beadFromSpan, unmatchedBeads } from "./bead-invariants";
import { shapesFromPriors } from "./bead-shapes";
import { bigramProfile, sharedBigramCount } from "./bigram-profile";
import { createRollingPairCache } from "./pair-cache";
import { prefixSums, rangeSum } from "./prefix-sums";
import type { Bead, BeadSpan } from "./types";

/**
 * Bead priors between two editions of the same Chinese text. They are close to each other,
 * so nearly everything is 1-1; as costs (−log p) they are in the units of the text costs
 * below, where one typical paragraph pair sharing nothing costs 2 × MISMATCH_COST.
 */
const SHAPES = shapesFromPriors({
  "1-1": 0.9,
  "1-0": 0.078,
  "0-1": 0.078,
  "1-2": 0.08,
  "2-1": 0.08,
  "2-2": 0.018,
  "1-3": 0.011,
  "3-1": 0.011,
});

/**
 * Text costs, per typical paragraph's worth of bigrams (the document's mean): a bigram in
 * a paired block that the other side lacks costs MISMATCH_COST, a bigram of a paragraph
 * left unmatched UNMATCHED_TEXT_COST. Costs are additive in text, not averaged per bead,
 * so a badly matched pair cannot hide inside a 2-2 block with a well matched one. With
 * the priors, two typical paragraphs are paired rather than both left unmatched when their
 * Dice similarity exceeds about 0.3: regional wording (软件/軟體) and light rewording stay
 * far above that, unrelated paragraphs on the same topic far below.
 */
const MISMATCH_COST = 5;
const UNMATCHED_TEXT_COST = 1;

/** Dice similarity at and above which a bead counts as fully confident. */
const CONFIDENT_SIMILARITY = 0.8;

const UNMATCHED_SCORE = 0.4;
const INITIAL_HALF_WIDTH = 8;
const MAX_CELLS = 12_000_000;

/**
 * Aligns a Simplified (`hans`, source) and a Traditional (`hant`, target) edition of one
 * text paragraph by paragraph (see `Bead` for the invariants).
 *
 * Both sides are folded for comparison only — punctuation and width forms, then
 * `foldToSimplified` (character by character, so 軟體 stays 软体 and only the characters
 * of regional words differ) — and compared by the Dice coefficient of their character
 * bigrams. The fold is applied to the Simplified side too: it leaves Simplified text alone
 * except for characters Traditional writing shares (著), which then fold alike on both sides.
 * Dynamic programming over beads 1-1, 1-0, 0-1, 1-2, 2-1, 2-2, 1-3, 3-1 with prior cost
 * + a cost per bigram left unshared (see MISMATCH_COST), banded (see alignInBand) and
 * widened when the path reaches the band edge; so a paragraph split, merged or missing in
 * one edition costs one bead, not a cascade.
 *
 * Bead scores: Dice / 0.8 capped at 1 (editions with regional wording score about 0.9).
 * An empty side gives one unmatched bead per paragraph of the other; both empty → [].
 */
export function alignChineseScripts(
  hans: readonly string[],
  hant: readonly string[],
  foldToSimplified: (text: string) => string,
): Bead[] {
  if (hans.length === 0) return unmatchedBeads(hant.length, "target", UNMATCHED_SCORE);
  if (hant.length === 0) return unmatchedBeads(hans.length, "source", UNMATCHED_SCORE);

  const profile = (text: string) => bigramProfile(foldToSimplified(foldPunctuation(text)));
  const hansProfiles = hans.map(profile);
  const hantProfiles = hant.map(profile);
  const hansSizes = prefixSums(hansProfiles.map((p) => p.length));
  const hantSizes = prefixSums(hantProfiles.map((p) => p.length));
  const diagonal = lengthDiagonal(
    hansProfiles.map((p) => p.length + 1),
    hantProfiles.map((p) => p.length + 1),
  );

  const shared = createRollingPairCache(hant.length, (s, t) =>
    sharedBigramCount(hansProfiles[s] ?? EMPTY, hantProfiles[t] ?? EMPTY),
  );
  const sharedInside = (sourceStart: number, sourceEnd: number, targetStart: number, targetEnd: number): number => {
    let common = 0;
    for (let i = sourceStart; i < sourceEnd; i++) for (let j = targetStart; j < targetEnd; j++) common += shared(i, j);
    return common;
  };
  const similarity = (s: BeadSpan): number =>
    dice(
      sharedInside(s.sourceStart, s.sourceEnd, s.targetStart, s.targetEnd),
      rangeSum(hansSizes, s.sourceStart, s.sourceEnd),
      rangeSum(hantSizes, s.targetStart, s.targetEnd),
    );

  // The unit of text cost: the mean paragraph size in bigrams, over both editions.
  const unit = Math.max(1, ((hansSizes.at(-1) ?? 0) + (hantSizes.at(-1) ?? 0)) / (hans.length + hant.length));
  const mismatch = MISMATCH_COST / unit;
  const unmatchedText = UNMATCHED_TEXT_COST / unit;

  const { spans } = alignInBand({
    sourceCount: hans.length,
    targetCount: hant.length,
    shapes: SHAPES,
    minBeadCost: 0,
    diagonal,
    initialHalfWidth: INITIAL_HALF_WIDTH,
    maxCells: MAX_CELLS,
    beadCost(sourceStart, sourceEnd, targetStart, targetEnd, budget) {
      const sourceSize = (hansSizes[sourceEnd] ?? 0) - (hansSizes[sourceStart] ?? 0);
      const targetSize = (hantSizes[targetEnd] ?? 0) - (hantSizes[targetStart] ?? 0);
      if (sourceStart === sourceEnd || targetStart === targetEnd) return unmatchedText * (sourceSize + targetSize);
      // At least the difference in size goes unshared: blocks of very different sizes are
      // pruned without reading their bigrams.
      const bound = mismatch * Math.abs(sourceSize - targetSize);
      if (bound >= budget) return bound;
      const common = sharedInside(sourceStart, sourceEnd, targetStart, targetEnd);
      return mismatch * Math.max(0, sourceSize + targetSize - 2 * common);
    },
  });

  return spans.map((s) => {
    const unmatched = s.sourceStart === s.sourceEnd || s.targetStart === s.targetEnd;
    return beadFromSpan(s, unmatched ? UNMATCHED_SCORE : Math.min(1, similarity(s) / CONFIDENT_SIMILARITY));
  });
}

const EMPTY = new Float64Array(0);

/**
 * Dice coefficient from the shared bigram count and the two sizes, in [0, 1]. Summing
 * pairwise overlaps can count a bigram twice in a multi-paragraph bead, hence the cap.
 * Two blocks without letters (a lone "——" each) are as alike as they can be.
 */
function dice(common: number, sourceSize: number, targetSize: number): number {
  const size = sourceSize + targetSize;
  return size === 0 ? 1 : Math.min(1, (2 * common) / size);
}
