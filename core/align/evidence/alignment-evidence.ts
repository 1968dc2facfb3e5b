import { sharedAnchorWeights, type AnchorProfiles } from "./shared-anchors";
import { estimateLengthModel, lengthCost, lengthDelta, lengthFit, type LengthModel } from "./gale-church";
import type { LexicalProfiles } from "./lexical-profiles";
import { createPairMemo, createRollingPairTable, createRowMemo } from "./pair-cache";
import { prefixSums, rangeSum } from "../structures/prefix-sums";
import type { BeadSpan } from "../types";
import { BlockEvidenceCounter, boundBlock, estimateBlock, type MatchWindow } from "./block-evidence";
import { RowEvidenceScanner } from "./row-evidence-scanner";
import {
  ChanceTally,
  createMatchCounts,
  estimateTranslationRates,
  gainTable,
  uniformRates,
  wordEvidence,
  type WordEvidence,
} from "./word-evidence";

/** At most this many 1-1 beads (evenly spread) feed the estimates: more change nothing but time. */
const MAX_ESTIMATION_BEADS = 2000;

/** Target paragraphs either side of its first pair that a pass remembers per source paragraph. */
const MEMO_REACH = 16;
/**
 * Target paragraphs before and after its first pair that a pass measures of a source row
 * at once (see createRowMemo), by default: a first pass's band (half-width 8) moving right a
 * little per row. An exact pass searches a corridor of half-width 4 (EXACT_ROW_WINDOW).
 */
const ROW_WINDOW = { before: 2, after: 22 };
const EXACT_ROW_WINDOW = { before: 2, after: 12 };

/** Cost units removed per unit of shared anchor weight, and the most a bead can earn. */
const ANCHOR_REWARD = 1.5;
const ANCHOR_REWARD_CAP = 3;
const MAX_ANCHOR_REWARD = ANCHOR_REWARD * ANCHOR_REWARD_CAP;
/**
 * Cost units added per unit of missable anchor weight (numbers, Latin tokens) that a
 * paired block holds on one side and not the other, and the most a bead can pay. A
 * paragraph the translation left out, merged into its neighbour's bead, brings its
 * numbers along unmatched; left unmatched itself (a 1-0 or 0-1 bead), it pays nothing.
 */
const ANCHOR_MISS_COST = 1;
const ANCHOR_MISS_CAP = 3;

/** Score of a paragraph left without counterpart: possible, never confident. */
export const UNMATCHED_SCORE = 0.4;

/** What an aligner knows about a document pair, and how much to trust each kind of evidence. */
export interface EvidenceInputs {
  /** Paragraph lengths as the length model counts them (any unit; the model learns the ratio). */
  sourceLengths: number[];
  targetLengths: number[];
  /** The length model before the document is seen. */
  priorLength: LengthModel;
  /** Shared anchors (numbers, Latin tokens), or null. */
  anchors: AnchorProfiles | null;
  /** Word-level profiles (a dictionary's view, or shared bigrams), or null for lengths alone. */
  profiles: LexicalProfiles | null;
  /** Where in the other block a word's translation may be (see BlockEvidenceCounter). */
  matchWindow: MatchWindow;
  /** Chance that a word's translation is found when it is there, before the document is seen. */
  priorTranslationRate: number;
  /**
   * Weight of the word evidence (a log-likelihood ratio that treats the words of a
   * paragraph as independent trials, which they are not: a repeated name finds its
   * translation every time or never), and of the length cost once there is such evidence
   * (lengths then mostly break ties), against the shape priors.
   */
  wordWeight: number;
  lengthWeightWithWords: number;
}

/** The document's models: lengths, and the word evidence when there are word profiles. */
export interface Models {
  length: LengthModel;
  words: WordEvidence | null;
}

/**
 * The cost of the bead source [e0, e1) × target [c0, c1), shape prior excluded; may return
 * any value ≥ `budget` once it knows the bead cannot beat it (see BandedAlignmentProblem).
 */
export type BeadCost = (e0: number, e1: number, c0: number, c1: number, budget: number) => number;

/** A cheap lower bound of a BeadCost for the same bead (see BandedAlignmentProblem.beadBound). */
export type BeadBound = (e0: number, e1: number, c0: number, c1: number) => number;

/**
 * Everything an aligner knows about one document pair (EvidenceInputs), with the bead
 * costs and scores under given models. Source and target are the two sides (English and
 * Chinese, or two Chinese editions); indices are 0-based paragraph positions.
 */
export class AlignmentEvidence {
  readonly sourceLengths: number[];
  readonly targetLengths: number[];
  private readonly sourcePrefix: Float64Array;
  private readonly targetPrefix: Float64Array;
  /** Prefix sums of each side's paragraphs' missable anchor weight (see AnchorProfiles). */
  private readonly sourceMissablePrefix: Float64Array;
  private readonly targetMissablePrefix: Float64Array;
  private readonly anchors: AnchorProfiles | null;
  private readonly lexical: LexicalProfiles | null;
  private readonly counter: BlockEvidenceCounter | null;
  private readonly scanner: RowEvidenceScanner | null;
  private readonly inputs: EvidenceInputs;

  constructor(inputs: EvidenceInputs) {
    this.inputs = inputs;
    this.sourceLengths = inputs.sourceLengths;
    this.targetLengths = inputs.targetLengths;
    this.sourcePrefix = prefixSums(this.sourceLengths);
    this.targetPrefix = prefixSums(this.targetLengths);
    this.anchors = inputs.anchors;
    this.sourceMissablePrefix = prefixSums(Array.from(inputs.anchors?.englishMissable ?? new Float64Array(this.sourceLengths.length)));
    this.targetMissablePrefix = prefixSums(Array.from(inputs.anchors?.chineseMissable ?? new Float64Array(this.targetLengths.length)));
    this.lexical = inputs.profiles;
    this.counter = this.lexical === null ? null : new BlockEvidenceCounter(this.lexical, inputs.matchWindow);
    this.scanner = this.lexical === null ? null : new RowEvidenceScanner(this.lexical);
  }

  get sourceCount(): number {
    return this.sourceLengths.length;
  }

  get targetCount(): number {
    return this.targetLengths.length;
  }

  get hasWords(): boolean {
    return this.lexical !== null;
  }

  /** First-pass models: the length ratio of the document's totals, every word at the prior rate. */
  priorModels(): Models {
    const prior = this.inputs.priorLength;
    const { ratio } = estimateLengthModel([[this.sourcePrefix.at(-1) ?? 0, this.targetPrefix.at(-1) ?? 0]], prior);
    // The variance scales with the square of the ratio (it is in source units²).
    const length = { ratio, variance: prior.variance * (ratio / prior.ratio) ** 2 };
    return { length, words: this.lexical === null ? null : wordEvidence(this.lexical, uniformRates(this.lexical, this.inputs.priorTranslationRate)) };
  }

  /**
   * Models re-fitted on the 1-1 beads of a first alignment: the length model (see
   * estimateLengthModel), how bursty words are (chance matches on each bead's neighbours,
   * see ChanceTally), then each word type's translation rate (estimateTranslationRates).
   */
  estimateModels(spans: readonly BeadSpan[]): Models {
    const oneToOne = spans.filter((s) => s.sourceEnd - s.sourceStart === 1 && s.targetEnd - s.targetStart === 1);
    const length = estimateLengthModel(
      oneToOne.map((s) => [this.sourceLengths[s.sourceStart] ?? 0, this.targetLengths[s.targetStart] ?? 0]),
      this.inputs.priorLength,
    );
    const { lexical, counter } = this;
    if (lexical === null || counter === null) return { length, words: null };
    const stride = Math.max(1, oneToOne.length / MAX_ESTIMATION_BEADS);
    const sample: BeadSpan[] = [];
    for (let at = 0; at < oneToOne.length; at += stride) {
      const span = oneToOne[Math.floor(at)];
      if (span !== undefined) sample.push(span);
    }
    // Only which words matched is tallied; the evidence values of these models are unused.
    const priorRate = this.inputs.priorTranslationRate;
    const uniform = wordEvidence(lexical, uniformRates(lexical, priorRate));
    const chance = new ChanceTally();
    for (const { sourceStart: e, targetStart: c } of sample) {
      if (c + 1 < this.targetCount) counter.measure(uniform, e, e + 1, c + 1, c + 2, chance);
      if (e + 1 < this.sourceCount) counter.measure(uniform, e + 1, e + 2, c, c + 1, chance);
    }
    const burstiness = chance.burstiness();
    const bursty = wordEvidence(lexical, uniformRates(lexical, priorRate), burstiness);
    const counts = createMatchCounts(lexical);
    for (const { sourceStart: e, targetStart: c } of sample) counter.measure(bursty, e, e + 1, c, c + 1, counts);
    return { length, words: wordEvidence(lexical, estimateTranslationRates(counts, priorRate), burstiness) };
  }

  /**
   * The bead cost of a pass under `models` (see BeadCost): length cost − anchor reward +
   * cost of unmatched numbers − weighted word evidence; 0 for a bead with an empty side (its
   * shape prior is all it costs). `quick` (a first pass) measures 1-1 pairs without word
   * positions and estimates larger blocks from their pairs (estimateBlock); otherwise every
   * bead that its bound (boundBlock) leaves competitive is counted exactly, and `beadBound`
   * gives that bound (lengths and anchors exactly, words at their most) so the search can
   * try beads cheapest bound first. Both remember their 1-1 pairs for the whole pass,
   * re-solves included. `pairEvidence(e, c)` reads that memo. `rowWindow`: the target
   * paragraphs around the first pair asked of a row that are measured with it (quick
   * measures and bounds are made a row at a time, see createRowMemo).
   */
  costs(
    models: Models,
    quick: boolean,
    rowWindow: { before: number; after: number } = quick ? ROW_WINDOW : EXACT_ROW_WINDOW,
  ): { beadCost: BeadCost; beadBound: BeadBound | undefined; pairEvidence: (e: number, c: number) => number } {
    const { length: lengthModel, words } = models;
    const { counter, scanner } = this;
    // Per 1-1 pair: evidence from its English words and from its Chinese words (quick:
    // without positions), and for exact passes, measured quickly, the most its words could
    // add over all missing (the gain that bounds the blocks around it, see boundBlock).
    const pair =
      quick || counter === null
        ? createRowMemo(this.sourceCount, this.targetCount, 2, rowWindow, (e, from, to, out) => {
            if (words !== null && scanner !== null) scanner.measureRow(words, e, from, to, out, 2);
            else out.fill(0, 0, 2 * (to - from));
          })
        : createPairMemo(this.sourceCount, 2, MEMO_REACH, (e, c, out) => {
            if (words !== null) counter.measure(words, e, e + 1, c, c + 1);
            out[0] = counter.sourcePart;
            out[1] = counter.targetPart;
          });
    const gainTables =
      quick || counter === null || words === null
        ? null
        : { source: gainTable(words, "source", counter.boundExposure), target: gainTable(words, "target", counter.boundExposure) };
    let partsScratch = new Float64Array(2 * (rowWindow.before + rowWindow.after + 1));
    const gains =
      gainTables === null || scanner === null || words === null
        ? null
        : createRowMemo(this.sourceCount, this.targetCount, 2, rowWindow, (e, from, to, out) => {
            if (partsScratch.length < 2 * (to - from)) partsScratch = new Float64Array(2 * (to - from));
            scanner.measureRow(words, e, from, to, partsScratch, 2, { ...gainTables, out });
          });
    const pairEvidence = (e: number, c: number) => pair(e, c, 0) + pair(e, c, 1);
    const pairGain = (e: number, c: number, side: 0 | 1) => gains?.(e, c, side) ?? 0;
    const fullGains = gainTables === null || words === null ? null : paragraphGains(words, gainTables);
    const paragraphGain = (side: 0 | 1, paragraph: number) => fullGains?.[side][paragraph] ?? 0;
    const shared = createRollingPairTable(this.targetCount, 2, (e, c, out) => this.sharedAnchors(e, c, out));
    const lengthWeight = words === null ? 1 : this.inputs.lengthWeightWithWords;
    const wordWeight = this.inputs.wordWeight;
    // Length and anchors: what a bead costs before its words are read.
    const knownCost = (e0: number, e1: number, c0: number, c1: number): number => {
      const length = lengthWeight * lengthCost(this.lengthDelta(e0, e1, c0, c1, lengthModel));
      let anchorWeight = 0;
      let missableShared = 0;
      for (let e = e0; e < e1; e++) {
        for (let c = c0; c < c1; c++) {
          anchorWeight += shared(e, c, 0);
          missableShared += shared(e, c, 1);
        }
      }
      const unmatched = this.missableTotal(e0, e1, c0, c1) - 2 * missableShared;
      return length - ANCHOR_REWARD * Math.min(ANCHOR_REWARD_CAP, anchorWeight) + ANCHOR_MISS_COST * Math.min(ANCHOR_MISS_CAP, Math.max(0, unmatched));
    };
    const beadCost: BeadCost = (e0, e1, c0, c1, budget) => {
      if (e0 === e1 || c0 === c1) return 0;
      const known = knownCost(e0, e1, c0, c1);
      if (words === null) return known;
      if (quick || counter === null) {
        if (e1 - e0 === 1 && c1 - c0 === 1) return known - wordWeight * pairEvidence(e0, c0);
        return known - wordWeight * estimateBlock(words, pair, e0, e1, c0, c1);
      }
      // Not competitive even at its bound: not worth counting its words.
      const bound = known - wordWeight * boundBlock(words, pairGain, paragraphGain, e0, e1, c0, c1);
      if (bound >= budget) return bound;
      if (e1 - e0 === 1 && c1 - c0 === 1) return known - wordWeight * pairEvidence(e0, c0);
      return known - wordWeight * counter.measure(words, e0, e1, c0, c1);
    };
    // Exact passes only: there a bead's words are costly to count and its bound is cheap.
    const beadBound: BeadBound | undefined =
      quick || words === null || counter === null
        ? undefined
        : (e0, e1, c0, c1) => {
            if (e0 === e1 || c0 === c1) return 0;
            return knownCost(e0, e1, c0, c1) - wordWeight * boundBlock(words, pairGain, paragraphGain, e0, e1, c0, c1);
          };
    return { beadCost, beadBound, pairEvidence };
  }

  /** Word evidence of a paired block under `models` (0 without words), for scores. */
  wordEvidence(span: BeadSpan, models: Models): number {
    return models.words === null || this.counter === null
      ? 0
      : this.counter.measure(models.words, span.sourceStart, span.sourceEnd, span.targetStart, span.targetEnd);
  }

  /** The lowest any bead cost can be without words (the anchor reward); −∞ with them. */
  minBeadCost(models: Models): number {
    return models.words === null ? -MAX_ANCHOR_REWARD : -Infinity;
  }

  /**
   * Confidence in [0, 1] of a bead: how well lengths fit, raised by shared anchors and by
   * the dictionary evidence (as odds: even before it), discounted for the rarer shapes.
   * Unmatched paragraphs get UNMATCHED_SCORE. `pairWords(e, c)`, when given, is the word
   * evidence of a 1-1 pair under `models` as a pass already measured it (see costs).
   */
  scoreBead(span: BeadSpan, models: Models, pairWords?: (e: number, c: number) => number): number {
    const sourceCount = span.sourceEnd - span.sourceStart;
    const targetCount = span.targetEnd - span.targetStart;
    if (sourceCount === 0 || targetCount === 0) return UNMATCHED_SCORE;
    const fit = lengthFit(this.lengthDelta(span.sourceStart, span.sourceEnd, span.targetStart, span.targetEnd, models.length));
    let anchorWeight = 0;
    const scratch = new Float64Array(2);
    for (let e = span.sourceStart; e < span.sourceEnd; e++) {
      for (let c = span.targetStart; c < span.targetEnd; c++) {
        this.sharedAnchors(e, c, scratch);
        anchorWeight += scratch[0] ?? 0;
      }
    }
    const anchorSupport = 1 - Math.exp(-anchorWeight);
    let evidence: number | null = null;
    if (models.words !== null && this.counter !== null) {
      evidence =
        sourceCount === 1 && targetCount === 1 && pairWords !== undefined
          ? pairWords(span.sourceStart, span.targetStart)
          : this.counter.measure(models.words, span.sourceStart, span.sourceEnd, span.targetStart, span.targetEnd);
    }
    const lexicalSupport = evidence === null ? 0 : 1 / (1 + Math.exp(-this.inputs.wordWeight * evidence));
    const support = 1 - (1 - anchorSupport) * (1 - lexicalSupport);
    return shapeFactor(sourceCount, targetCount) * (1 - (1 - fit) * (1 - 0.8 * support));
  }

  private lengthDelta(e0: number, e1: number, c0: number, c1: number, model: LengthModel): number {
    return lengthDelta(rangeSum(this.sourcePrefix, e0, e1), rangeSum(this.targetPrefix, c0, c1), model);
  }

  /** The anchor weight paragraphs e and c share into out[0], its missable part into out[1]. */
  private sharedAnchors(e: number, c: number, out: Float64Array): void {
    const anchors = this.anchors;
    if (anchors === null) out.fill(0);
    else sharedAnchorWeights(anchors.english[e] ?? EMPTY, anchors.chinese[c] ?? EMPTY, anchors.weights, anchors.missableWeights, out);
  }

  /** The missable anchor weight of the block's paragraphs, both sides together. */
  private missableTotal(e0: number, e1: number, c0: number, c1: number): number {
    return rangeSum(this.sourceMissablePrefix, e0, e1) + rangeSum(this.targetMissablePrefix, c0, c1);
  }
}

/** Per side and paragraph: what all its words could add over missing by `tables` (see boundBlock). */
function paragraphGains(words: WordEvidence, tables: { source: Float64Array; target: Float64Array }): [Float64Array, Float64Array] {
  const side = (which: "source" | "target"): Float64Array => {
    const profile = which === "source" ? words.profiles.source : words.profiles.target;
    const table = tables[which];
    const paragraphs = profile.start.length - 1;
    const gains = new Float64Array(paragraphs);
    for (let paragraph = 0; paragraph < paragraphs; paragraph++) {
      let total = 0;
      for (let at = profile.start[paragraph] ?? 0; at < (profile.start[paragraph + 1] ?? 0); at++) {
        total += (profile.weights[at] ?? 1) * (table[profile.ids[at] ?? 0] ?? 0);
      }
      gains[paragraph] = total;
    }
    return gains;
  };
  return [side("source"), side("target")];
}

/** Whether a re-fitted model differs enough from the first to redo an alignment without words. */
export function lengthModelMoved(before: LengthModel, after: LengthModel): boolean {
  return Math.abs(after.ratio / before.ratio - 1) > 0.03 || Math.abs(after.variance / before.variance - 1) > 0.25;
}

function shapeFactor(sourceCount: number, targetCount: number): number {
  if (sourceCount === 1 && targetCount === 1) return 1;
  if (sourceCount + targetCount === 3) return 0.9;
  return 0.8;
}

const EMPTY = new Int32Array(0);
