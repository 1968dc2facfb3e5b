import type { LexicalProfiles, SideWords } from "./lexical-profiles";

/**
 * How strongly the words of a paired block argue that it is a translation, from which of
 * them find a translation on the other side, as a log-likelihood ratio against chance.
 * "Words" are whatever LexicalProfiles holds: dictionary words between English and Chinese,
 * character bigrams between two Chinese editions. Where in the other block a word may find
 * its translation is BlockEvidenceCounter's business; this module holds the model.
 *
 * A word w finds a translation by chance with probability q_f = 1 − (1 − q)^(β·f), q being
 * its chance rate for a whole paragraph (LexicalProfiles), f the number of paragraphs' worth
 * of text it is looked for in, β the document's burstiness; in a true translation with
 * probability t_w + (1 − t_w)·q_f. A match is worth log((t_w + (1 − t_w)·q_f) / q_f), a
 * miss log(1 − t_w). t_w, the chance that w's translation is found when it is there, is
 * learnt per document and word type (estimateTranslationRates): a gloss that is rarely the
 * sense used (的 "target") ends near 0 and stops counting either way.
 */
export interface WordEvidence {
  profiles: LexicalProfiles;
  sourceRate: Float64Array;
  targetRate: Float64Array;
  /**
   * How much likelier than the document-wide rate a word is to find a translation by chance
   * in a neighbouring paragraph (same subject, same names): the exposure multiplier β in
   * q_f = 1 − (1 − q)^(β·f), per side, estimated on the neighbours of a first alignment.
   */
  burstiness: Burstiness;
  /** log(1 − q) per source word id and per target word type. */
  sourceLogChanceMiss: Float64Array;
  targetLogChanceMiss: Float64Array;
  /** log(1 − t): the evidence of a miss. */
  sourceMissed: Float64Array;
  targetMissed: Float64Array;
  /** Prefix sums over paragraphs of the evidence of all their words missing. */
  sourceMissing: Float64Array;
  targetMissing: Float64Array;
  /** Match evidence per word looked for in one whole paragraph (the quick pass), built when first needed. */
  sourceMatchedInParagraph: Float64Array | null;
  targetMatchedInParagraph: Float64Array | null;
  /** Match minus miss evidence per word at the smallest window of a document (for bounds), keyed by that window. */
  gains: Map<string, Float64Array>;
}

/** Translation rate per source word id and per target word type. */
export interface TranslationRates {
  source: Float64Array;
  target: Float64Array;
}

/** See WordEvidence.burstiness. */
export interface Burstiness {
  source: number;
  target: number;
}

export const NO_BURSTINESS: Burstiness = { source: 1, target: 1 };

/** The same rate for every word: the starting point before anything is learnt. */
export function uniformRates(profiles: LexicalProfiles, rate: number): TranslationRates {
  return { source: new Float64Array(profiles.sourceIdCount).fill(rate), target: new Float64Array(profiles.typeCount).fill(rate) };
}

export function wordEvidence(profiles: LexicalProfiles, rates: TranslationRates, burstiness = NO_BURSTINESS): WordEvidence {
  const sourceLogChanceMiss = profiles.sourceChance.map((q) => Math.log(1 - q));
  const targetLogChanceMiss = profiles.targetChance.map((q) => Math.log(1 - q));
  const sourceMissed = rates.source.map((t) => Math.log(1 - t));
  const targetMissed = rates.target.map((t) => Math.log(1 - t));
  const evidence: WordEvidence = {
    profiles,
    sourceRate: rates.source,
    targetRate: rates.target,
    burstiness,
    sourceLogChanceMiss,
    targetLogChanceMiss,
    sourceMissed,
    targetMissed,
    sourceMissing: perParagraph(profiles.source, sourceMissed),
    targetMissing: perParagraph(profiles.target, targetMissed),
    sourceMatchedInParagraph: null,
    targetMatchedInParagraph: null,
    gains: new Map(),
  };
  return evidence;
}

/** Prefix sums over paragraphs of a per-word value summed over each paragraph's words (weighted, see SideWords.weights). */
function perParagraph(words: SideWords, perWord: Float64Array): Float64Array {
  const paragraphs = words.start.length - 1;
  const sums = new Float64Array(paragraphs + 1);
  for (let paragraph = 0; paragraph < paragraphs; paragraph++) {
    let total = 0;
    for (let at = words.start[paragraph] ?? 0; at < (words.start[paragraph + 1] ?? 0); at++) {
      total += (words.weights[at] ?? 1) * (perWord[words.ids[at] ?? 0] ?? 0);
    }
    sums[paragraph + 1] = (sums[paragraph] ?? 0) + total;
  }
  return sums;
}

/**
 * The evidence of word `id` of a side finding its translation in `exposure` paragraphs'
 * worth of the other side's text: log((t + (1 − t)·q_f) / q_f) with q_f = 1 − (1 − q)^(β·f).
 */
export function matchEvidence(evidence: WordEvidence, side: "source" | "target", id: number, exposure: number): number {
  const logMiss = (side === "source" ? evidence.sourceLogChanceMiss : evidence.targetLogChanceMiss)[id] ?? 0;
  const t = (side === "source" ? evidence.sourceRate : evidence.targetRate)[id] ?? 0;
  const chance = -Math.expm1(exposure * evidence.burstiness[side] * logMiss);
  return Math.log((t + (1 - t) * chance) / chance);
}

/** The chance that word `id` of a side finds a translation by chance in `exposure` paragraphs' worth of text. */
export function chanceOfMatch(evidence: WordEvidence, side: "source" | "target", id: number, exposure: number): number {
  const logMiss = (side === "source" ? evidence.sourceLogChanceMiss : evidence.targetLogChanceMiss)[id] ?? 0;
  return -Math.expm1(exposure * evidence.burstiness[side] * logMiss);
}

/** Match evidence per word of a side when looked for in one whole paragraph (cached in the model). */
export function matchedInParagraph(evidence: WordEvidence, side: "source" | "target"): Float64Array {
  const cached = side === "source" ? evidence.sourceMatchedInParagraph : evidence.targetMatchedInParagraph;
  if (cached !== null) return cached;
  const count = (side === "source" ? evidence.sourceRate : evidence.targetRate).length;
  const table = new Float64Array(count);
  for (let id = 0; id < count; id++) table[id] = matchEvidence(evidence, side, id, 1);
  if (side === "source") evidence.sourceMatchedInParagraph = table;
  else evidence.targetMatchedInParagraph = table;
  return table;
}

/** Per word of a side: what a match at `exposure` adds over a miss, at least 0 (cached in the model per exposure). */
export function gainTable(evidence: WordEvidence, side: "source" | "target", exposure: number): Float64Array {
  const key = `${side} ${exposure}`;
  const cached = evidence.gains.get(key);
  if (cached !== undefined) return cached;
  const missed = side === "source" ? evidence.sourceMissed : evidence.targetMissed;
  const table = new Float64Array(missed.length);
  for (let id = 0; id < missed.length; id++) table[id] = Math.max(0, matchEvidence(evidence, side, id, exposure) - (missed[id] ?? 0));
  evidence.gains.set(key, table);
  return table;
}

/** Receives each word of a block: whether it found its translation, and its chance to by chance. */
export interface MatchTally {
  source(id: number, matched: boolean, chance: number): void;
  target(type: number, matched: boolean, chance: number): void;
}

/** Occurrences, matches and matches expected by chance per word type, on blocks believed to be translations. */
export interface MatchCounts {
  sourceSeen: Float64Array;
  sourceMatched: Float64Array;
  sourceChance: Float64Array;
  targetSeen: Float64Array;
  targetMatched: Float64Array;
  targetChance: Float64Array;
}

export function createMatchCounts(profiles: LexicalProfiles): MatchCounts & MatchTally {
  const counts: MatchCounts = {
    sourceSeen: new Float64Array(profiles.sourceIdCount),
    sourceMatched: new Float64Array(profiles.sourceIdCount),
    sourceChance: new Float64Array(profiles.sourceIdCount),
    targetSeen: new Float64Array(profiles.typeCount),
    targetMatched: new Float64Array(profiles.typeCount),
    targetChance: new Float64Array(profiles.typeCount),
  };
  return {
    ...counts,
    source(id, matched, chance) {
      counts.sourceSeen[id] = (counts.sourceSeen[id] ?? 0) + 1;
      counts.sourceChance[id] = (counts.sourceChance[id] ?? 0) + chance;
      if (matched) counts.sourceMatched[id] = (counts.sourceMatched[id] ?? 0) + 1;
    },
    target(type, matched, chance) {
      counts.targetSeen[type] = (counts.targetSeen[type] ?? 0) + 1;
      counts.targetChance[type] = (counts.targetChance[type] ?? 0) + chance;
      if (matched) counts.targetMatched[type] = (counts.targetMatched[type] ?? 0) + 1;
    },
  };
}

/**
 * Translation rates learnt from counts on 1-1 beads: a word seen n times, matched m times
 * where chance alone would match it Σq times, has t = (m − Σq) / (n − Σq). First for all
 * words of a side together (shrunk toward `prior` as if 50 occurrences had been seen), then
 * per word type shrunk toward that side rate as if `priorCount` occurrences at it had been
 * seen, so a word seen twice keeps roughly the side's rate and a word seen hundreds of
 * times gets its own. Rates stay in [0, 0.95].
 */
export function estimateTranslationRates(counts: MatchCounts, prior: number, priorCount = 4): TranslationRates {
  const side = (seen: Float64Array, matched: Float64Array, chance: Float64Array) => {
    let excess = 0;
    let room = 0;
    seen.forEach((n, word) => {
      excess += (matched[word] ?? 0) - (chance[word] ?? 0);
      room += n - (chance[word] ?? 0);
    });
    const overall = clamp((excess + prior * 50) / (room + 50), 0.05, 0.9);
    return seen.map((n, word) => {
      const expected = chance[word] ?? 0;
      const m = matched[word] ?? 0;
      return clamp((m - expected + priorCount * overall) / (n - expected + priorCount), 0, 0.95);
    });
  };
  return {
    source: side(counts.sourceSeen, counts.sourceMatched, counts.sourceChance),
    target: side(counts.targetSeen, counts.targetMatched, counts.targetChance),
  };
}

/**
 * Chance matches seen on pairs that do not translate each other (neighbours of a first
 * alignment's 1-1 beads), kept as a histogram of the chance rates the model gave them, so
 * the burstiness that explains them can be solved for.
 */
export class ChanceTally implements MatchTally {
  private readonly bins = { source: new Float64Array(CHANCE_BINS), target: new Float64Array(CHANCE_BINS) };
  private readonly matched = { source: 0, target: 0 };

  source(_id: number, matched: boolean, chance: number): void {
    this.add("source", matched, chance);
  }

  target(_type: number, matched: boolean, chance: number): void {
    this.add("target", matched, chance);
  }

  /**
   * β such that the expected chance matches Σ 1 − (1 − q)^β equal those seen, shrunk toward
   * 1 as if `priorWords` words had matched at their modelled rate; within [0.5, 8].
   */
  burstiness(priorWords = 200): Burstiness {
    return { source: this.solve("source", priorWords), target: this.solve("target", priorWords) };
  }

  private add(side: "source" | "target", matched: boolean, chance: number): void {
    const bin = Math.min(CHANCE_BINS - 1, Math.max(0, Math.floor(-Math.log2(Math.max(chance, 1e-9)) * 4)));
    this.bins[side][bin] = (this.bins[side][bin] ?? 0) + 1;
    if (matched) this.matched[side]++;
  }

  private solve(side: "source" | "target", priorWords: number): number {
    const bins = this.bins[side];
    // Only the bins holding words count: a sentence has a handful, and the bisection below
    // evaluates the sum 40 times, so skipping the empty ones (which add exactly 0) keeps the
    // many small alignments of sentences cheap without changing the result.
    const filledCounts: number[] = [];
    const filledMisses: number[] = []; // 1 − the bin's chance rate
    let words = 0;
    bins.forEach((count, bin) => {
      if (count === 0) return;
      filledCounts.push(count);
      filledMisses.push(1 - 2 ** (-(bin + 0.5) / 4));
      words += count;
    });
    const expected = (beta: number) => {
      let total = 0;
      for (let k = 0; k < filledCounts.length; k++) total += (filledCounts[k] ?? 0) * (1 - (filledMisses[k] ?? 0) ** beta);
      return total;
    };
    if (words === 0) return 1;
    const atOne = expected(1);
    const target = (this.matched[side] + (priorWords * atOne) / words) / (1 + priorWords / words);
    let low = 0.5;
    let high = 8;
    for (let step = 0; step < 40; step++) {
      const middle = (low + high) / 2;
      if (expected(middle) < target) low = middle;
      else high = middle;
    }
    return (low + high) / 2;
  }
}

const CHANCE_BINS = 80;

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

