import type { LexicalProfiles } from "./lexical-profiles";
import { chanceOfMatch, type MatchTally, type WordEvidence } from "./word-evidence";

/**
 * How far from its expected place a word's translation may be, either way: `share` of the
 * document's mean target paragraph, and at least `characters` target characters (UTF-16).
 * English ↔ Chinese needs about a sentence (word order differs, and lengths do not map
 * evenly); two editions of one text only a few characters.
 */
export interface MatchWindow {
  share: number;
  characters: number;
}

/**
 * Measures paired blocks of one document pair exactly (see WordEvidence for the model):
 * `measure` gives the dictionary evidence (nats) for English paragraphs [e0, e1) with
 * Chinese paragraphs [c0, c1), both non-empty.
 *
 * Where a word may find its translation: translation keeps the order of sentences, so a
 * word at relative position x of its block (by characters) has its translation near
 * relative position x of the other block; it counts as matched when a translation occurs
 * within ± the window (see MatchWindow). The window is the same stretch of
 * text whatever the size of the block, so merging two paragraphs neither makes their words'
 * matches cheaper nor loses them, and a 2-2 block whose inner boundary moved matches every
 * word where it is. Near a block's ends the window is cut short, and so is the chance of a
 * match by chance.
 *
 * After each call `sourcePart`/`targetPart` hold the evidence from each side's words.
 * O(words + candidates) with stamp arrays, so nothing
 * is cleared between calls. Not re-entrant; create one per document pair.
 */
export class BlockEvidenceCounter {
  sourcePart = 0;
  targetPart = 0;
  private readonly englishMark: Int32Array;
  private readonly chineseMark: Int32Array;
  private readonly englishLast: Float64Array;
  private readonly chineseLast: Float64Array;
  private stamp = 0;
  /**
   * Per stem, for the sweep under way (valid where usedStamp holds its stamp): how many
   * words of the other side offering it the sweep has passed, and how many of this side's
   * words it has matched (see `measure`).
   */
  private readonly usedStamp: Int32Array;
  private readonly englishOffered: Int32Array;
  private readonly chineseOffered: Int32Array;
  private readonly used: Int32Array;
  /** Per stem: the English sweep's stamp when the English block holds the stem. */
  private readonly inEnglishBlock: Int32Array;
  /** Half-width of the window in Chinese characters; mean paragraph lengths (UTF-16 units). */
  private readonly windowCharacters: number;
  private readonly meanChinese: number;
  private readonly meanEnglish: number;
  /** The smallest window a word gets, in mean paragraphs of the other side: where a match is worth most (see `gain`). */
  readonly boundExposure: number;
  /** The block's word positions, relative to the block, grown as needed. */
  private englishPositions = new Float64Array(256);
  private chinesePositions = new Float64Array(256);
  /** Each word's place in its document (see absolutePositions). */
  private readonly englishAbsolute: Float64Array;
  private readonly chineseAbsolute: Float64Array;

  constructor(
    private readonly profiles: LexicalProfiles,
    matchWindow: MatchWindow,
  ) {
    const mean = (textPrefix: Float64Array) => Math.max(1, (textPrefix.at(-1) ?? 0) / Math.max(1, textPrefix.length - 1));
    this.meanChinese = mean(profiles.target.textPrefix);
    this.meanEnglish = mean(profiles.source.textPrefix);
    this.windowCharacters = Math.max(matchWindow.characters, matchWindow.share * this.meanChinese);
    // The smallest window a word gets: half a window (at a block's end), in mean paragraphs,
    // halved again for the other side's different paragraph lengths.
    this.boundExposure = (0.5 * this.windowCharacters) / this.meanChinese;
    this.englishMark = new Int32Array(profiles.sourceIdCount);
    this.chineseMark = new Int32Array(profiles.sourceIdCount);
    this.englishLast = new Float64Array(profiles.sourceIdCount);
    this.chineseLast = new Float64Array(profiles.sourceIdCount);
    this.englishAbsolute = absolutePositions(profiles.source);
    this.chineseAbsolute = absolutePositions(profiles.target);
    this.usedStamp = new Int32Array(profiles.sourceIdCount);
    this.englishOffered = new Int32Array(profiles.sourceIdCount);
    this.chineseOffered = new Int32Array(profiles.sourceIdCount);
    this.used = new Int32Array(profiles.sourceIdCount);
    this.inEnglishBlock = new Int32Array(profiles.sourceIdCount);
  }

  measure(model: WordEvidence, e0: number, e1: number, c0: number, c1: number, tally?: MatchTally): number {
    const { source: english, target: chinese, typeStart, typeStems } = this.profiles;
    const englishLength = Math.max(1, (english.textPrefix[e1] ?? 0) - (english.textPrefix[e0] ?? 0));
    const chineseLength = Math.max(1, (chinese.textPrefix[c1] ?? 0) - (chinese.textPrefix[c0] ?? 0));
    const englishFrom = english.start[e0] ?? 0;
    const englishTo = english.start[e1] ?? 0;
    const chineseFrom = chinese.start[c0] ?? 0;
    const chineseTo = chinese.start[c1] ?? 0;
    const englishPositions = this.positions(english, e0, e1, englishLength, "english");
    const chinesePositions = this.positions(chinese, c0, c1, chineseLength, "chinese");
    // The window in block-relative units, and the text it spans of the other block, in mean
    // paragraphs, which sets each word's chance of a match by chance.
    const window = this.windowCharacters / chineseLength;
    const chineseParagraphs = chineseLength / this.meanChinese;
    const englishParagraphs = englishLength / this.meanEnglish;
    const wholeSpan = Math.min(1, 2 * window);
    const englishMark = this.englishMark;
    const chineseMark = this.chineseMark;
    const englishLast = this.englishLast;
    const chineseLast = this.chineseLast;

    // A word translates one word: an English word finds a match only while the Chinese
    // words offering its stem that the sweep has passed outnumber the English words of that
    // stem already matched, and the other way round (greedy, in reading order). A paragraph
    // the translation left out, merged with a neighbour that says much the same ("X lived …
    // years, and became the father of Y" in a genealogy), would otherwise have its words
    // matched by words that already translate the neighbour's. Counts are stamped, not cleared.
    const { usedStamp, englishOffered, chineseOffered, used } = this;
    // The model's tables, read directly in the loops below (see matchEvidence for the formula).
    const sourceLogChanceMiss = model.sourceLogChanceMiss;
    const targetLogChanceMiss = model.targetLogChanceMiss;
    const sourceRate = model.sourceRate;
    const targetRate = model.targetRate;
    const sourceMissed = model.sourceMissed;
    const targetMissed = model.targetMissed;
    const sourceBurst = model.burstiness.source;
    const targetBurst = model.burstiness.target;
    const englishIds = english.ids;
    const englishWeights = english.weights;
    const chineseIds = chinese.ids;
    const chineseWeights = chinese.weights;

    // English words, sweeping the Chinese block alongside: each Chinese word marks its
    // candidates with its position once the sweep passes it. Only the stems the English
    // block holds are marked: a Chinese word offers four or five, few of them in the block.
    let stamp = ++this.stamp;
    const inEnglishBlock = this.inEnglishBlock;
    for (let i = englishFrom; i < englishTo; i++) inEnglishBlock[englishIds[i] ?? 0] = stamp;
    let total = 0;
    let j = chineseFrom;
    for (let i = englishFrom; i < englishTo; i++) {
      const x = englishPositions[i - englishFrom] ?? 0;
      const limit = x + window;
      for (; j < chineseTo && (chinesePositions[j - chineseFrom] ?? 0) <= limit; j++) {
        const type = chinese.ids[j] ?? 0;
        const y = chinesePositions[j - chineseFrom] ?? 0;
        for (let k = typeStart[type] ?? 0; k < (typeStart[type + 1] ?? 0); k++) {
          const stem = typeStems[k] ?? 0;
          if (inEnglishBlock[stem] !== stamp) continue;
          if (chineseMark[stem] !== stamp) {
            chineseMark[stem] = stamp;
            chineseOffered[stem] = 0;
          }
          chineseOffered[stem] = (chineseOffered[stem] ?? 0) + 1;
          chineseLast[stem] = y;
        }
      }
      const stem = englishIds[i] ?? 0;
      if (usedStamp[stem] !== stamp) {
        usedStamp[stem] = stamp;
        used[stem] = 0;
      }
      const matched = chineseMark[stem] === stamp && (chineseLast[stem] ?? 0) >= x - window && (used[stem] ?? 0) < (chineseOffered[stem] ?? 0);
      if (matched) used[stem] = (used[stem] ?? 0) + 1;
      // Near the block's ends the window is cut short, and so is the chance of a match.
      const span = x < window || x > 1 - window ? Math.min(1, limit) - Math.max(0, x - window) : wholeSpan;
      const exposure = span * chineseParagraphs;
      let value: number;
      if (matched) {
        const chance = -Math.expm1(exposure * sourceBurst * (sourceLogChanceMiss[stem] ?? 0));
        const t = sourceRate[stem] ?? 0;
        value = Math.log((t + (1 - t) * chance) / chance);
      } else value = sourceMissed[stem] ?? 0;
      total += (englishWeights[i] ?? 1) * value;
      if (tally !== undefined) tally.source(stem, matched, chanceOfMatch(model, "source", stem, exposure));
    }
    this.sourcePart = total;

    // Chinese words, sweeping the English block alongside.
    stamp = ++this.stamp;
    let k = englishFrom;
    for (let i = chineseFrom; i < chineseTo; i++) {
      const y = chinesePositions[i - chineseFrom] ?? 0;
      const limit = y + window;
      for (; k < englishTo && (englishPositions[k - englishFrom] ?? 0) <= limit; k++) {
        const stem = english.ids[k] ?? 0;
        if (englishMark[stem] !== stamp) {
          englishMark[stem] = stamp;
          englishOffered[stem] = 0;
        }
        englishOffered[stem] = (englishOffered[stem] ?? 0) + 1;
        englishLast[stem] = englishPositions[k - englishFrom] ?? 0;
      }
      const type = chineseIds[i] ?? 0;
      let matched = false;
      for (let at = typeStart[type] ?? 0; at < (typeStart[type + 1] ?? 0) && !matched; at++) {
        const stem = typeStems[at] ?? 0;
        if (englishMark[stem] !== stamp || (englishLast[stem] ?? 0) < y - window) continue;
        if (usedStamp[stem] !== stamp) {
          usedStamp[stem] = stamp;
          used[stem] = 0;
        }
        matched = (used[stem] ?? 0) < (englishOffered[stem] ?? 0);
        if (matched) used[stem] = (used[stem] ?? 0) + 1;
      }
      const span = y < window || y > 1 - window ? Math.min(1, limit) - Math.max(0, y - window) : wholeSpan;
      const exposure = span * englishParagraphs;
      let value: number;
      if (matched) {
        const chance = -Math.expm1(exposure * targetBurst * (targetLogChanceMiss[type] ?? 0));
        const t = targetRate[type] ?? 0;
        value = Math.log((t + (1 - t) * chance) / chance);
      } else value = targetMissed[type] ?? 0;
      total += (chineseWeights[i] ?? 1) * value;
      if (tally !== undefined) tally.target(type, matched, chanceOfMatch(model, "target", type, exposure));
    }
    this.targetPart = total - this.sourcePart;
    return total;
  }

  /** The block-relative positions of the words of paragraphs [from, to) of one side. */
  private positions(words: LexicalProfiles["source"], from: number, to: number, length: number, side: "english" | "chinese"): Float64Array {
    const first = words.start[from] ?? 0;
    const count = (words.start[to] ?? 0) - first;
    let positions = side === "english" ? this.englishPositions : this.chinesePositions;
    if (count > positions.length) {
      positions = new Float64Array(count * 2);
      if (side === "english") this.englishPositions = positions;
      else this.chinesePositions = positions;
    }
    const absolute = side === "english" ? this.englishAbsolute : this.chineseAbsolute;
    const base = words.textPrefix[from] ?? 0;
    const scale = 1 / length;
    for (let at = 0; at < count; at++) positions[at] = ((absolute[first + at] ?? 0) - base) * scale;
    return positions;
  }
}

/** Where each word of a side starts in its document (UTF-16), paragraphs end to end. */
function absolutePositions(words: LexicalProfiles["source"]): Float64Array {
  const absolute = new Float64Array(words.ids.length);
  for (let paragraph = 0; paragraph + 1 < words.start.length; paragraph++) {
    const before = words.textPrefix[paragraph] ?? 0;
    for (let at = words.start[paragraph] ?? 0; at < (words.start[paragraph + 1] ?? 0); at++) absolute[at] = before + (words.offsets[at] ?? 0);
  }
  return absolute;
}

/**
 * An upper bound on the evidence of the block [e0, e1) × [c0, c1) from its 1-1 pairs: a
 * word matched in a block has its translation in one paragraph of the other side, so it is
 * matched somewhere in that pair, and no match adds more over a miss than at the smallest
 * window (BlockEvidenceCounter.boundExposure). `pairGain(e, c, side)` is what the pair's
 * English (side 0) or Chinese (side 1) words could add that way (RowEvidenceScanner's
 * gains); `paragraphGain(side, p)` what all words of paragraph p could add: a paragraph's
 * words are counted once however many pairs of the block they match in.
 */
export function boundBlock(
  model: WordEvidence,
  pairGain: (e: number, c: number, side: 0 | 1) => number,
  paragraphGain: (side: 0 | 1, paragraph: number) => number,
  e0: number,
  e1: number,
  c0: number,
  c1: number,
): number {
  let bound = (model.sourceMissing[e1] ?? 0) - (model.sourceMissing[e0] ?? 0);
  bound += (model.targetMissing[c1] ?? 0) - (model.targetMissing[c0] ?? 0);
  for (let e = e0; e < e1; e++) {
    let gain = 0;
    for (let c = c0; c < c1; c++) gain += pairGain(e, c, 0);
    bound += c1 - c0 === 1 ? gain : Math.min(gain, paragraphGain(0, e));
  }
  for (let c = c0; c < c1; c++) {
    let gain = 0;
    for (let e = e0; e < e1; e++) gain += pairGain(e, c, 1);
    bound += e1 - e0 === 1 ? gain : Math.min(gain, paragraphGain(1, c));
  }
  return bound;
}

/**
 * The evidence of the block [e0, e1) × [c0, c1) estimated from its 1-1 pairs, without
 * reading its words: each English word counts as matched if it matched in any pair it is
 * in (the pairs' English parts summed, less the all-missing evidence of the pairs beyond
 * the first), likewise each Chinese word. It overrates a word matched in two pairs and
 * ignores where in the block a match lies: good enough to find the path in a first pass.
 * `part(e, c, side)` gives a pair's part (0: English words, 1: Chinese words), cheap when cached.
 */
export function estimateBlock(
  model: WordEvidence,
  part: (e: number, c: number, side: 0 | 1) => number,
  e0: number,
  e1: number,
  c0: number,
  c1: number,
): number {
  let estimate = 0;
  for (let e = e0; e < e1; e++) for (let c = c0; c < c1; c++) estimate += part(e, c, 0) + part(e, c, 1);
  const sourceMissing = (model.sourceMissing[e1] ?? 0) - (model.sourceMissing[e0] ?? 0);
  const targetMissing = (model.targetMissing[c1] ?? 0) - (model.targetMissing[c0] ?? 0);
  return estimate - (c1 - c0 - 1) * sourceMissing - (e1 - e0 - 1) * targetMissing;
}
