import type { LexicalProfiles, SideWords } from "./lexical-profiles";
import { matchedInParagraph, type WordEvidence } from "./word-evidence";

/**
 * The quick measure of 1-1 pairs for a first pass: like BlockEvidenceCounter but without
 * positions (a word counts as matched anywhere in the other paragraph, at the chance rate
 * of a whole paragraph) and over each paragraph's distinct words, so one pair costs a
 * merge of two sorted lists and a lookup per distinct Chinese word. The English paragraph's
 * stems are marked once and reused while the search stays on its row. Leaves the two parts
 * in `sourcePart`/`targetPart` like BlockEvidenceCounter. Not re-entrant.
 */
export class PairEvidenceScanner {
  sourcePart = 0;
  targetPart = 0;
  /**
   * With `measure(…, gains)`: what the pair's English and Chinese words could add at most
   * over all missing, matched anywhere in the other paragraph, by the given per-word gains
   * (gainTable of each side; see boundBlock).
   */
  sourceGain = 0;
  targetGain = 0;
  private readonly englishMark: Int32Array;
  private readonly english: DistinctWords;
  private readonly chinese: DistinctWords;
  /** Per Chinese paragraph: the distinct candidate stems of its words, ascending. */
  private readonly candidates: DistinctWords;
  private markedRow = -1;

  constructor(private readonly profiles: LexicalProfiles) {
    this.englishMark = new Int32Array(profiles.sourceIdCount).fill(-1);
    const scratch = new Int32Array(Math.max(profiles.sourceIdCount, profiles.typeCount));
    this.english = distinctWords(profiles.source, scratch);
    this.chinese = distinctWords(profiles.target, scratch);
    this.candidates = candidateStems(profiles, this.chinese, scratch);
  }

  measure(model: WordEvidence, e: number, c: number, gains?: { source: Float64Array; target: Float64Array }): number {
    const sourceMatched = matchedInParagraph(model, "source");
    const targetMatched = matchedInParagraph(model, "target");
    const sourceGain = gains?.source ?? null;
    const targetGain = gains?.target ?? null;
    let sourceGainTotal = 0;
    let targetGainTotal = 0;
    const { english, chinese, candidates, englishMark } = this;
    const englishFrom = english.start[e] ?? 0;
    const englishTo = english.start[e + 1] ?? 0;
    const candidatesTo = candidates.start[c + 1] ?? 0;
    let sourcePart = 0;
    let at = candidates.start[c] ?? 0;
    for (let i = englishFrom; i < englishTo; i++) {
      const stem = english.values[i] ?? 0;
      while (at < candidatesTo && (candidates.values[at] ?? 0) < stem) at++;
      const matched = at < candidatesTo && candidates.values[at] === stem;
      sourcePart += (english.counts[i] ?? 0) * ((matched ? sourceMatched[stem] : model.sourceMissed[stem]) ?? 0);
      if (matched && sourceGain !== null) sourceGainTotal += (english.counts[i] ?? 0) * (sourceGain[stem] ?? 0);
    }
    if (this.markedRow !== e) {
      for (let i = englishFrom; i < englishTo; i++) englishMark[english.values[i] ?? 0] = e;
      this.markedRow = e;
    }
    const { typeStart, typeStems } = this.profiles;
    let targetPart = 0;
    for (let i = chinese.start[c] ?? 0; i < (chinese.start[c + 1] ?? 0); i++) {
      const type = chinese.values[i] ?? 0;
      let matched = false;
      for (let k = typeStart[type] ?? 0; k < (typeStart[type + 1] ?? 0) && !matched; k++) matched = englishMark[typeStems[k] ?? 0] === e;
      targetPart += (chinese.counts[i] ?? 0) * ((matched ? targetMatched[type] : model.targetMissed[type]) ?? 0);
      if (matched && targetGain !== null) targetGainTotal += (chinese.counts[i] ?? 0) * (targetGain[type] ?? 0);
    }
    this.sourceGain = sourceGainTotal;
    this.targetGain = targetGainTotal;
    this.sourcePart = sourcePart;
    this.targetPart = targetPart;
    return sourcePart + targetPart;
  }
}

/** Each paragraph's distinct values, ascending, with their occurrences' summed weights (flat, like SideWords). */
interface DistinctWords {
  values: Int32Array;
  counts: Float64Array;
  start: Int32Array;
}

/**
 * `scratch` is an array as long as the id space, all zero, and left all zero. A value's
 * count is the sum of its occurrences' weights (SideWords.weights), as the exact counter
 * weighs them.
 */
function distinctWords(words: SideWords, scratch: Int32Array): DistinctWords {
  const paragraphs = words.start.length - 1;
  const values = new Int32Array(words.ids.length);
  const counts = new Float64Array(words.ids.length);
  const start = new Int32Array(paragraphs + 1);
  let size = 0;
  for (let paragraph = 0; paragraph < paragraphs; paragraph++) {
    const first = size;
    for (let at = words.start[paragraph] ?? 0; at < (words.start[paragraph + 1] ?? 0); at++) {
      const id = words.ids[at] ?? 0;
      if ((scratch[id] ?? 0) === 0) values[size++] = id;
      scratch[id] = (scratch[id] ?? 0) + 1;
    }
    sortRange(values, first, size);
    for (let at = first; at < size; at++) {
      const id = values[at] ?? 0;
      counts[at] = harmonic(scratch[id] ?? 0);
      scratch[id] = 0;
    }
    start[paragraph + 1] = size;
  }
  return { values: values.slice(0, size), counts: counts.slice(0, size), start };
}

/** Per Chinese paragraph, the distinct candidate stems of its words, ascending. */
function candidateStems(profiles: LexicalProfiles, chinese: DistinctWords, scratch: Int32Array): DistinctWords {
  const paragraphs = chinese.start.length - 1;
  let values = new Int32Array(Math.max(16, chinese.values.length * 4));
  const start = new Int32Array(paragraphs + 1);
  let size = 0;
  for (let paragraph = 0; paragraph < paragraphs; paragraph++) {
    const first = size;
    for (let at = chinese.start[paragraph] ?? 0; at < (chinese.start[paragraph + 1] ?? 0); at++) {
      const type = chinese.values[at] ?? 0;
      for (let k = profiles.typeStart[type] ?? 0; k < (profiles.typeStart[type + 1] ?? 0); k++) {
        const stem = profiles.typeStems[k] ?? 0;
        if ((scratch[stem] ?? 0) !== 0) continue;
        scratch[stem] = 1;
        if (size === values.length) {
          const grown = new Int32Array(values.length * 2);
          grown.set(values);
          values = grown;
        }
        values[size++] = stem;
      }
    }
    sortRange(values, first, size);
    for (let at = first; at < size; at++) scratch[values[at] ?? 0] = 0;
    start[paragraph + 1] = size;
  }
  return { values: values.slice(0, size), counts: new Float64Array(0), start };
}

/** 1 + 1/2 + … + 1/n: the summed weights of n occurrences of one word in a paragraph (see repeatWeights). */
function harmonic(n: number): number {
  let sum = 0;
  for (let k = 1; k <= n; k++) sum += 1 / k;
  return sum;
}

/** Sorts values[from, to) ascending in place: insertion sort, the ranges are a paragraph's words. */
function sortRange(values: Int32Array, from: number, to: number): void {
  if (to - from > 64) {
    values.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const value = values[i] ?? 0;
    let j = i - 1;
    while (j >= from && (values[j] ?? 0) > value) {
      values[j + 1] = values[j] ?? 0;
      j--;
    }
    values[j + 1] = value;
  }
}
