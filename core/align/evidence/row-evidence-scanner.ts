import type { LexicalProfiles, SideWords } from "./lexical-profiles";
import { matchedInParagraph, type WordEvidence } from "./word-evidence";

/**
 * The quick measure of 1-1 pairs for a first pass: like BlockEvidenceCounter but without
 * positions (a word counts as matched anywhere in the other paragraph, at the chance rate
 * of a whole paragraph), over each paragraph's distinct words (their occurrences' weights
 * summed), for one source paragraph against a range of target paragraphs at once.
 *
 * A pass asks for about seventeen pairs of every row. Measured pair by pair, each costs a
 * walk over both paragraphs' words; measured a row at a time from the other side's
 * postings — for each stem, the target paragraphs whose words offer it — a row costs only
 * the postings of its own stems that fall in the range: every pair starts from "all its
 * words missed" and each posting turns a miss into a match. Not re-entrant.
 */
export class RowEvidenceScanner {
  /** Per source paragraph, its distinct stems ascending, with their summed weights. */
  private readonly source: DistinctValues;
  /** Per target paragraph, its distinct types, with their summed weights (flat index k). */
  private readonly target: DistinctValues;
  /** Per stem s: postings [postingStart[s], postingStart[s + 1]) of (target paragraph, distinct type index k), by paragraph. */
  private readonly postingStart: Int32Array;
  private readonly postingParagraph: Int32Array;
  private readonly postingType: Int32Array;
  /** Which row last matched each distinct target type (k), and each stem in which paragraph. */
  private readonly typeMatchedBy: Int32Array;
  /**
   * Per stem, where the last search of its postings ended: a pass asks for rows in order,
   * so the next search for the stem starts there (see firstPostingFrom).
   */
  private readonly postingCursor: Int32Array;
  private row = 0;
  /** Per model: each target paragraph's evidence with all its words missed (cached). */
  private readonly allMissed = new WeakMap<WordEvidence, Float64Array>();

  constructor(private readonly profiles: LexicalProfiles) {
    const scratch = new Float64Array(Math.max(profiles.sourceIdCount, profiles.typeCount));
    this.source = distinctValues(profiles.source, scratch);
    this.target = distinctValues(profiles.target, scratch);
    const { typeStart, typeStems } = profiles;
    const counts = new Int32Array(profiles.sourceIdCount + 1);
    const types = this.target.values;
    for (let k = 0; k < types.length; k++) {
      const type = types[k] ?? 0;
      for (let at = typeStart[type] ?? 0; at < (typeStart[type + 1] ?? 0); at++) {
        const next = (typeStems[at] ?? 0) + 1;
        counts[next] = (counts[next] ?? 0) + 1;
      }
    }
    for (let stem = 0; stem < profiles.sourceIdCount; stem++) counts[stem + 1] = (counts[stem + 1] ?? 0) + (counts[stem] ?? 0);
    this.postingStart = counts;
    const total = counts[profiles.sourceIdCount] ?? 0;
    this.postingParagraph = new Int32Array(total);
    this.postingType = new Int32Array(total);
    const fill = Int32Array.from(counts.subarray(0, profiles.sourceIdCount));
    const paragraphs = this.target.start.length - 1;
    for (let paragraph = 0; paragraph < paragraphs; paragraph++) {
      for (let k = this.target.start[paragraph] ?? 0; k < (this.target.start[paragraph + 1] ?? 0); k++) {
        const type = types[k] ?? 0;
        for (let at = typeStart[type] ?? 0; at < (typeStart[type + 1] ?? 0); at++) {
          const stem = typeStems[at] ?? 0;
          const slot = fill[stem] ?? 0;
          this.postingParagraph[slot] = paragraph;
          this.postingType[slot] = k;
          fill[stem] = slot + 1;
        }
      }
    }
    this.typeMatchedBy = new Int32Array(types.length);
    this.postingCursor = counts.slice(0, profiles.sourceIdCount);
  }

  /**
   * Source paragraph `e` against target paragraphs [from, to): writes, for target
   * paragraph from + j, the evidence of the English words into out[width·j] and of the
   * Chinese words into out[width·j + 1]; with `gains` (gainTable of each side), what the
   * pair's English and Chinese words could add at most over all missing into
   * gainOut[2j] and gainOut[2j + 1] (see boundBlock).
   */
  measureRow(
    model: WordEvidence,
    e: number,
    from: number,
    to: number,
    out: Float64Array,
    width: number,
    gains?: { source: Float64Array; target: Float64Array; out: Float64Array },
  ): void {
    const sourceMatched = matchedInParagraph(model, "source");
    const targetMatched = matchedInParagraph(model, "target");
    const missed = this.missedPerTarget(model);
    const { source, target, postingStart, postingParagraph, postingType, typeMatchedBy, postingCursor } = this;
    const types = target.values;
    const row = ++this.row;
    // Everything missed, then each posting in range turns a miss into a match.
    let sourceMissed = 0;
    for (let i = source.start[e] ?? 0; i < (source.start[e + 1] ?? 0); i++) {
      sourceMissed += (source.weights[i] ?? 0) * (model.sourceMissed[source.values[i] ?? 0] ?? 0);
    }
    for (let c = from; c < to; c++) {
      out[width * (c - from)] = sourceMissed;
      out[width * (c - from) + 1] = missed[c] ?? 0;
      if (gains !== undefined) {
        gains.out[2 * (c - from)] = 0;
        gains.out[2 * (c - from) + 1] = 0;
      }
    }
    for (let i = source.start[e] ?? 0; i < (source.start[e + 1] ?? 0); i++) {
      const stem = source.values[i] ?? 0;
      const weight = source.weights[i] ?? 0;
      const stemGain = weight * ((sourceMatched[stem] ?? 0) - (model.sourceMissed[stem] ?? 0));
      const end = postingStart[stem + 1] ?? 0;
      let lastParagraph = -1;
      const first = firstPostingFrom(postingParagraph, postingStart[stem] ?? 0, end, from, postingCursor[stem] ?? 0);
      postingCursor[stem] = first;
      for (let at = first; at < end; at++) {
        const c = postingParagraph[at] ?? 0;
        if (c >= to) break;
        const slot = c - from;
        if (c !== lastParagraph) {
          // This stem is matched in paragraph c (once, however many of its words offer it).
          lastParagraph = c;
          out[width * slot] = (out[width * slot] ?? 0) + stemGain;
          if (gains !== undefined) gains.out[2 * slot] = (gains.out[2 * slot] ?? 0) + weight * (gains.source[stem] ?? 0);
        }
        const k = postingType[at] ?? 0;
        if (typeMatchedBy[k] === row) continue;
        typeMatchedBy[k] = row;
        const type = types[k] ?? 0;
        const typeWeight = target.weights[k] ?? 0;
        out[width * slot + 1] = (out[width * slot + 1] ?? 0) + typeWeight * ((targetMatched[type] ?? 0) - (model.targetMissed[type] ?? 0));
        if (gains !== undefined) gains.out[2 * slot + 1] = (gains.out[2 * slot + 1] ?? 0) + typeWeight * (gains.target[type] ?? 0);
      }
    }
  }

  private missedPerTarget(model: WordEvidence): Float64Array {
    const cached = this.allMissed.get(model);
    if (cached !== undefined) return cached;
    const { target } = this;
    const paragraphs = target.start.length - 1;
    const missed = new Float64Array(paragraphs);
    for (let c = 0; c < paragraphs; c++) {
      let total = 0;
      for (let k = target.start[c] ?? 0; k < (target.start[c + 1] ?? 0); k++) total += (target.weights[k] ?? 0) * (model.targetMissed[target.values[k] ?? 0] ?? 0);
      missed[c] = total;
    }
    this.allMissed.set(model, missed);
    return missed;
  }
}

/**
 * The first posting in [start, end) whose paragraph is at least `from` (`end` if none),
 * searched from `cursor` in [start, end], where the previous search ended: galloping away
 * from it in steps of 1, 2, 4, … toward the answer, then halving the last step. A search
 * costs the logarithm of how far the answer moved, not of the number of postings.
 */
export function firstPostingFrom(paragraphs: Int32Array, start: number, end: number, from: number, cursor: number): number {
  let low: number;
  let high: number;
  if (cursor > start && (paragraphs[cursor - 1] ?? 0) >= from) {
    // Backward: the answer is at or before cursor − 1.
    high = cursor - 1;
    let step = 1;
    while (high - step >= start && (paragraphs[high - step] ?? 0) >= from) {
      high -= step;
      step *= 2;
    }
    low = Math.max(start, high - step + 1);
  } else {
    // Forward: every posting before the cursor is below `from`.
    low = cursor;
    let step = 1;
    while (low + step - 1 < end && (paragraphs[low + step - 1] ?? 0) < from) {
      low += step;
      step *= 2;
    }
    high = Math.min(end, low + step - 1);
  }
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((paragraphs[middle] ?? 0) < from) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Each paragraph's distinct values with the summed weights of their occurrences (flat). */
interface DistinctValues {
  values: Int32Array;
  weights: Float64Array;
  start: Int32Array;
}

/** `scratch` is as long as the id space, all zero, and left all zero. */
function distinctValues(words: SideWords, scratch: Float64Array): DistinctValues {
  const paragraphs = words.start.length - 1;
  const values = new Int32Array(words.ids.length);
  const weights = new Float64Array(words.ids.length);
  const start = new Int32Array(paragraphs + 1);
  let size = 0;
  for (let paragraph = 0; paragraph < paragraphs; paragraph++) {
    const first = size;
    for (let at = words.start[paragraph] ?? 0; at < (words.start[paragraph + 1] ?? 0); at++) {
      const id = words.ids[at] ?? 0;
      if ((scratch[id] ?? 0) === 0) values[size++] = id;
      scratch[id] = (scratch[id] ?? 0) + (words.weights[at] ?? 1);
    }
    for (let at = first; at < size; at++) {
      const id = values[at] ?? 0;
      weights[at] = scratch[id] ?? 0;
      scratch[id] = 0;
    }
    start[paragraph + 1] = size;
  }
  return { values: values.slice(0, size), weights: weights.slice(0, size), start };
}
