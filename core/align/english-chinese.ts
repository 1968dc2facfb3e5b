import { buildAnchorProfiles, sharedAnchorWeight } from "./anchors";
import { lengthDiagonal } from "./band-diagonal";
import { alignInBand } from "./banded-dp";
import { beadFromSpan, unmatchedBeads } from "./bead-invariants";
import { shapesFromPriors } from "./bead-shapes";
import { estimateLengthModel, lengthCost, lengthDelta, lengthFit, type LengthModel } from "./gale-church";
import { createRollingPairCache } from "./pair-cache";
import { chineseLength, englishLength } from "./text-length";
import { prefixSums, rangeSum } from "./prefix-sums";
import type { Bead, BeadSpan } from "./types";

/**
 * Prior probabilities of bead shapes between English and Chinese paragraphs (key
 * "english-chinese"). 1-1 dominates; translators split or merge a paragraph now and then;
 * a paragraph with no counterpart (1-0, 0-1) is rare and must be earned by the evidence.
 * 2-2 is kept rarer than Gale and Church's 0.011: two paragraphs whose lengths are off in
 * opposite directions would otherwise be paired crosswise as one block.
 */
const PRIORS: Readonly<Record<string, number>> = {
  "1-1": 0.85,
  "1-0": 0.006,
  "0-1": 0.006,
  "1-2": 0.05,
  "2-1": 0.05,
  "2-2": 0.003,
  "1-3": 0.005,
  "3-1": 0.005,
};
const SHAPES = shapesFromPriors(PRIORS);

/**
 * English characters per Chinese character and its variance per Chinese character, before
 * the document is seen: English runs about 4.1 characters per Chinese character; the
 * variance is of the order measured on verse-aligned Bible text (≈ 20), loosened for the
 * freer translation of news and policy prose.
 */
const PRIOR_MODEL: LengthModel = { ratio: 4.1, variance: 30 };

/** Cost units removed per unit of shared anchor weight, and the most a bead can earn. */
const ANCHOR_REWARD = 1.5;
const ANCHOR_REWARD_CAP = 3;
const MAX_REWARD = ANCHOR_REWARD * ANCHOR_REWARD_CAP;

/** Score of a paragraph left without counterpart: possible, never confident. */
const UNMATCHED_SCORE = 0.4;

const INITIAL_HALF_WIDTH = 16;
const MAX_CELLS = 12_000_000;

/**
 * Aligns the paragraphs of an English document with those of its Chinese translation
 * (Simplified or Traditional: numerals of both are read) and returns the beads, English as
 * `source`, Chinese as `target` (see `Bead` for the invariants).
 *
 * Dynamic programming over beads 1-1, 1-0, 0-1, 1-2, 2-1, 2-2, 1-3, 3-1 minimising
 * prior cost + Gale–Church length cost − anchor reward (shared numbers, years and Latin
 * tokens). The length ratio and its variance are estimated on the document itself: a
 * first pass with the ratio of the totals, then the model is re-fitted on that pass's 1-1
 * beads and the alignment redone if it moved. The search is banded (the band follows the
 * cheapest path, see alignInBand) and widened when the path reaches the band's edge, so
 * 20,000 × 20,000 paragraphs take about a second and a half, not minutes.
 *
 * An empty side gives one unmatched bead per paragraph of the other; both empty → [].
 *
 * Known limit: without a bilingual dictionary, a paragraph missing from a stretch that
 * has no anchors is placed by lengths alone, and may be placed one paragraph off when its
 * neighbours' lengths fit either way.
 */
export function alignEnglishChinese(english: readonly string[], chinese: readonly string[]): Bead[] {
  if (english.length === 0) return unmatchedBeads(chinese.length, "target", UNMATCHED_SCORE);
  if (chinese.length === 0) return unmatchedBeads(english.length, "source", UNMATCHED_SCORE);

  const englishLengths = english.map(englishLength);
  const chineseLengths = chinese.map(chineseLength);
  const englishPrefix = prefixSums(englishLengths);
  const chinesePrefix = prefixSums(chineseLengths);
  const anchors = buildAnchorProfiles(english, chinese);
  const diagonal = lengthDiagonal(englishLengths, chineseLengths);

  const firstModel = modelFromTotals(englishPrefix.at(-1) ?? 0, chinesePrefix.at(-1) ?? 0);
  const first = alignOnce(firstModel, INITIAL_HALF_WIDTH);
  const secondModel = estimateLengthModel(oneToOneLengths(first.spans), PRIOR_MODEL);
  const final = modelMoved(firstModel, secondModel) ? alignOnce(secondModel, first.halfWidth) : first;
  return final.spans.map((span) => beadFromSpan(span, scoreBead(span, final.model)));

  function alignOnce(model: LengthModel, initialHalfWidth: number) {
    const shared = createRollingPairCache(chinese.length, (e, c) =>
      sharedAnchorWeight(anchors.english[e] ?? EMPTY, anchors.chinese[c] ?? EMPTY, anchors.weights),
    );
    const result = alignInBand({
      sourceCount: english.length,
      targetCount: chinese.length,
      shapes: SHAPES,
      minBeadCost: -MAX_REWARD,
      diagonal,
      initialHalfWidth,
      maxCells: MAX_CELLS,
      beadCost(e0, e1, c0, c1, budget) {
        if (e0 === e1 || c0 === c1) return 0;
        const englishLength = (englishPrefix[e1] ?? 0) - (englishPrefix[e0] ?? 0);
        const chineseLength = (chinesePrefix[c1] ?? 0) - (chinesePrefix[c0] ?? 0);
        const length = lengthCost(lengthDelta(englishLength, chineseLength, model));
        // No anchor reward can save this bead: skip looking for anchors.
        if (length - MAX_REWARD >= budget) return length - MAX_REWARD;
        let anchorWeight = 0;
        for (let e = e0; e < e1; e++) for (let c = c0; c < c1; c++) anchorWeight += shared(e, c);
        return length - ANCHOR_REWARD * Math.min(ANCHOR_REWARD_CAP, anchorWeight);
      },
    });
    return { ...result, model };
  }

  function oneToOneLengths(spans: readonly BeadSpan[]): [number, number][] {
    return spans
      .filter((s) => s.sourceEnd - s.sourceStart === 1 && s.targetEnd - s.targetStart === 1)
      .map((s) => [rangeSum(englishPrefix, s.sourceStart, s.sourceEnd), rangeSum(chinesePrefix, s.targetStart, s.targetEnd)]);
  }

  /**
   * Confidence: how well lengths fit, raised by shared anchors (one strong anchor closes
   * about half the remaining doubt), discounted for the rarer shapes.
   */
  function scoreBead(s: BeadSpan, model: LengthModel): number {
    const englishCount = s.sourceEnd - s.sourceStart;
    const chineseCount = s.targetEnd - s.targetStart;
    if (englishCount === 0 || chineseCount === 0) return UNMATCHED_SCORE;
    const fit = lengthFit(lengthDelta(rangeSum(englishPrefix, s.sourceStart, s.sourceEnd), rangeSum(chinesePrefix, s.targetStart, s.targetEnd), model));
    let anchorWeight = 0;
    for (let e = s.sourceStart; e < s.sourceEnd; e++) {
      for (let c = s.targetStart; c < s.targetEnd; c++) {
        anchorWeight += sharedAnchorWeight(anchors.english[e] ?? EMPTY, anchors.chinese[c] ?? EMPTY, anchors.weights);
      }
    }
    const support = 1 - Math.exp(-anchorWeight);
    return shapeFactor(englishCount, chineseCount) * (1 - (1 - fit) * (1 - 0.8 * support));
  }
}

const EMPTY = new Int32Array(0);

/** First-pass model: the ratio of the document's totals (shrunk toward the prior). */
function modelFromTotals(englishTotal: number, chineseTotal: number): LengthModel {
  const { ratio } = estimateLengthModel([[englishTotal, chineseTotal]], PRIOR_MODEL);
  // The variance scales with the square of the ratio (it is in English characters²).
  return { ratio, variance: PRIOR_MODEL.variance * (ratio / PRIOR_MODEL.ratio) ** 2 };
}

function modelMoved(before: LengthModel, after: LengthModel): boolean {
  return Math.abs(after.ratio / before.ratio - 1) > 0.03 || Math.abs(after.variance / before.variance - 1) > 0.25;
}

function shapeFactor(sourceCount: number, targetCount: number): number {
  if (sourceCount === 1 && targetCount === 1) return 1;
  if (sourceCount + targetCount === 3) return 0.9;
  return 0.8;
}
