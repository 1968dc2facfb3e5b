import { segmentLongestFirst, englishStem, type BilingualLexicon } from "../../lexicon";
import { IntIds } from "../structures/int-ids";

/**
 * The counted words of one side, all paragraphs in one flat list: paragraph p's words are
 * entries [start[p], start[p + 1]) of `ids` (a stem id in English, a type id in Chinese)
 * and `offsets` (where the word starts in its paragraph, UTF-16). Flat arrays, because a
 * document of 20,000 paragraphs would otherwise need 100,000 small ones.
 */
export interface SideWords {
  ids: Int32Array;
  offsets: Int32Array;
  start: Int32Array;
  /**
   * How much each word counts as evidence: 1/k for the k-th occurrence of its id in its
   * paragraph (see repeatWeights).
   */
  weights: Float64Array;
  /** Prefix sums of the paragraphs' UTF-16 lengths, to place a word inside a block of paragraphs. */
  textPrefix: Float64Array;
}

/**
 * What a bilingual lexicon says about an English and a Chinese document, reduced to what
 * can match across them:
 * - an English word counts when its stem is a gloss of some Chinese word of the document;
 *   its type is its stem;
 * - a Chinese word (longest dictionary match) counts when one of its glosses' stems occurs
 *   in the English document; its type is a document-local id whose candidates are those stems.
 * Words that cannot match anything in the other document are left out: they are neither
 * evidence for nor against any pairing.
 *
 * English is the source side (ids: the document's stems, see dictionaryStems), Chinese
 * the target (ids: types).
 *
 * `sourceChance[id]` and `targetChance[type]` are the chance that one paragraph of the
 * other document, taken at random, holds a translation of the word: the share of target
 * paragraphs with the id among their candidates, and (assuming candidates independent)
 * 1 − Π(1 − share of source paragraphs with each candidate). A word that a random
 * paragraph translates anyway (say/说 in the Bible) proves little when it matches.
 */
export interface LexicalProfiles {
  /** The source side's words; their ids are below `sourceIdCount`. */
  source: SideWords;
  /** The target side's words; their ids are types below `typeCount`. */
  target: SideWords;
  /** The dictionary's stem id (BilingualLexicon.stems) of each source id; [] for profiles not made from a dictionary. */
  dictionaryStems: Int32Array;
  /** The source ids target type t translates to: typeStems[typeStart[t] .. typeStart[t+1]). */
  typeStart: Int32Array;
  typeStems: Int32Array;
  sourceIdCount: number;
  typeCount: number;
  sourceChance: Float64Array;
  targetChance: Float64Array;
}

/**
 * Builds the profiles (see LexicalProfiles). Pure; O(total text length + vocabulary).
 * Empty documents give empty profiles.
 */
export function buildLexicalProfiles(
  english: readonly string[],
  chinese: readonly string[],
  lexicon: BilingualLexicon,
): LexicalProfiles {
  // Sets of dictionary stems are hash tables the size of the document's vocabulary, not
  // arrays the size of the dictionary's: a row's sentences are aligned one row at a time,
  // and clearing 100,000-entry arrays for each would cost more than aligning them.
  // English words with a stem in the lexicon (filtered further below).
  const memo = new Map<string, number>();
  const englishPresent = new IntIds();
  const englishIds: number[] = [];
  const englishOffsets: number[] = [];
  const englishStart = new Int32Array(english.length + 1);
  english.forEach((paragraph, index) => {
    // Letter runs by hand: a regular expression's match objects cost more than the words.
    for (let at = 0; at < paragraph.length; ) {
      if (!isLatinLetter(paragraph.charCodeAt(at))) {
        at++;
        continue;
      }
      const begin = at;
      while (at < paragraph.length && isLatinLetter(paragraph.charCodeAt(at))) at++;
      const word = paragraph.slice(begin, at);
      let id = memo.get(word);
      if (id === undefined) {
        const stem = englishStem(word);
        id = stem === null ? -1 : (lexicon.stemIds.get(stem) ?? -1);
        memo.set(word, id);
      }
      if (id >= 0) {
        englishIds.push(id);
        englishOffsets.push(begin);
        englishPresent.add(id);
      }
    }
    englishStart[index + 1] = englishIds.length;
  });

  // Chinese types: lexicon words with at least one candidate in the English document.
  const typeOfWord = new Map<number, number>();
  const typeStemList: number[] = [];
  const typeStartList: number[] = [0];
  // The stems that can match, numbered afresh for this document in order of first offer:
  // every per-stem table of the models is then as small as the document's vocabulary.
  const localStem = new IntIds();
  const chineseIds: number[] = [];
  const chineseOffsets: number[] = [];
  const chineseStart = new Int32Array(chinese.length + 1);
  chinese.forEach((paragraph, index) => {
    segmentLongestFirst(lexicon.trie, paragraph, (word, begin) => {
      let type = typeOfWord.get(word);
      if (type === undefined) {
        const before = typeStemList.length;
        for (let at = lexicon.wordStemStart[word] ?? 0; at < (lexicon.wordStemStart[word + 1] ?? 0); at++) {
          const stem = lexicon.wordStems[at] ?? 0;
          if (englishPresent.get(stem) < 0) continue;
          typeStemList.push(stem);
          localStem.add(stem);
        }
        type = typeStemList.length === before ? -1 : typeStartList.length - 1;
        if (type >= 0) typeStartList.push(typeStemList.length);
        typeOfWord.set(word, type);
      }
      if (type >= 0) {
        chineseIds.push(type);
        chineseOffsets.push(begin);
      }
    });
    chineseStart[index + 1] = chineseIds.length;
  });

  const dictionaryStems = new Int32Array(localStem.size);
  for (let at = 0; at < typeStemList.length; at++) {
    const stem = typeStemList[at] ?? 0;
    const local = localStem.get(stem);
    dictionaryStems[local] = stem;
    typeStemList[at] = local;
  }

  // English words whose stem no Chinese word of the document offers cannot match: drop them.
  const keptStart = new Int32Array(english.length + 1);
  let kept = 0;
  for (let paragraph = 0; paragraph < english.length; paragraph++) {
    for (let at = englishStart[paragraph] ?? 0; at < (englishStart[paragraph + 1] ?? 0); at++) {
      const id = englishIds[at] ?? 0;
      const local = localStem.get(id);
      if (local < 0) continue;
      englishIds[kept] = local;
      englishOffsets[kept] = englishOffsets[at] ?? 0;
      kept++;
    }
    keptStart[paragraph + 1] = kept;
  }

  const typeCount = typeStartList.length - 1;
  const sourceIdCount = dictionaryStems.length;
  const sourceIds = Int32Array.from(englishIds.slice(0, kept));
  const targetIds = Int32Array.from(chineseIds);
  const profiles: LexicalProfiles = {
    source: {
      ids: sourceIds,
      offsets: Int32Array.from(englishOffsets.slice(0, kept)),
      start: keptStart,
      weights: repeatWeights(sourceIds, keptStart, sourceIdCount),
      textPrefix: textPrefix(english),
    },
    target: {
      ids: targetIds,
      offsets: Int32Array.from(chineseOffsets),
      start: chineseStart,
      weights: repeatWeights(targetIds, chineseStart, typeCount),
      textPrefix: textPrefix(chinese),
    },
    dictionaryStems,
    typeStart: Int32Array.from(typeStartList),
    typeStems: Int32Array.from(typeStemList),
    sourceIdCount,
    typeCount,
    sourceChance: new Float64Array(sourceIdCount),
    targetChance: new Float64Array(typeCount),
  };
  fillChance(profiles);
  return profiles;
}

/** Keys of a side's paragraphs, flat like SideWords: paragraph p's keys are [start[p], start[p + 1]). */
export interface SideKeys {
  keys: Int32Array;
  offsets: Int32Array;
  start: Int32Array;
  textPrefix: Float64Array;
}

/**
 * Profiles of two texts of one language (two editions): each side's "words" are its keys
 * (e.g. character bigrams, with their offsets), every key that occurs on both sides is an
 * id, and a target key's only candidate is itself. Keys found on one side only are dropped
 * (they cannot match). Keys must be small integers (below 2^30). Pure; O(total keys).
 */
export function profilesFromKeys(source: SideKeys, target: SideKeys): LexicalProfiles {
  // Source keys first (ids 0…), then the target keys among them get the final ids.
  const onSource = new IntIds(source.keys.length);
  for (const key of source.keys) onSource.add(key);
  const ids = new IntIds(target.keys.length);
  for (const key of target.keys) if (onSource.get(key) >= 0) ids.add(key);
  const side = (keys: SideKeys): SideWords => {
    const paragraphs = keys.start.length - 1;
    const found = new Int32Array(keys.keys.length);
    const offsets = new Int32Array(keys.keys.length);
    const start = new Int32Array(paragraphs + 1);
    let size = 0;
    for (let paragraph = 0; paragraph < paragraphs; paragraph++) {
      for (let at = keys.start[paragraph] ?? 0; at < (keys.start[paragraph + 1] ?? 0); at++) {
        const id = ids.get(keys.keys[at] ?? 0);
        if (id < 0) continue;
        found[size] = id;
        offsets[size] = keys.offsets[at] ?? 0;
        size++;
      }
      start[paragraph + 1] = size;
    }
    const sideIds = found.slice(0, size);
    return { ids: sideIds, offsets: offsets.slice(0, size), start, weights: repeatWeights(sideIds, start, ids.size), textPrefix: keys.textPrefix };
  };
  const count = ids.size;
  const typeStart = new Int32Array(count + 1);
  for (let type = 0; type <= count; type++) typeStart[type] = type;
  const typeStems = new Int32Array(count);
  for (let type = 0; type < count; type++) typeStems[type] = type;
  const profiles: LexicalProfiles = {
    source: side(source),
    target: side(target),
    dictionaryStems: new Int32Array(0),
    typeStart,
    typeStems,
    sourceIdCount: count,
    typeCount: count,
    sourceChance: new Float64Array(count),
    targetChance: new Float64Array(count),
  };
  fillChance(profiles);
  return profiles;
}

/**
 * The weight of each word as evidence: 1/k for the k-th occurrence of its id within its
 * paragraph, so n occurrences weigh 1 + 1/2 + … + 1/n (≈ ln n + 0.58) rather than n.
 * Repeats of a word in one paragraph are not independent trials: a list of twelve
 * "chief X" rendered as "X族长" finds "chief" twelve times or never, and counted twelve
 * times a dictionary gap would outweigh everything else the paragraph says.
 * `idCount` bounds the ids. O(words).
 */
export function repeatWeights(ids: Int32Array, start: Int32Array, idCount: number): Float64Array {
  const weights = new Float64Array(ids.length);
  const seenIn = new Int32Array(idCount).fill(-1);
  const occurrences = new Int32Array(idCount);
  for (let paragraph = 0; paragraph + 1 < start.length; paragraph++) {
    for (let at = start[paragraph] ?? 0; at < (start[paragraph + 1] ?? 0); at++) {
      const id = ids[at] ?? 0;
      if (seenIn[id] !== paragraph) {
        seenIn[id] = paragraph;
        occurrences[id] = 0;
      }
      occurrences[id] = (occurrences[id] ?? 0) + 1;
      weights[at] = 1 / (occurrences[id] ?? 1);
    }
  }
  return weights;
}

/** A–Z or a–z: the letters englishStem reads as words (see ENGLISH_WORD in core/lexicon). */
function isLatinLetter(unit: number): boolean {
  return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a);
}

function textPrefix(paragraphs: readonly string[]): Float64Array {
  const sums = new Float64Array(paragraphs.length + 1);
  paragraphs.forEach((paragraph, index) => (sums[index + 1] = (sums[index] ?? 0) + paragraph.length));
  return sums;
}

/** Fills sourceChance and targetChance (see LexicalProfiles) from paragraph frequencies. */
function fillChance(profiles: LexicalProfiles): void {
  const { source: english, target: chinese, typeStart, typeStems, sourceIdCount } = profiles;
  const englishParagraphs = english.start.length - 1;
  const chineseParagraphs = chinese.start.length - 1;
  const seen = new Int32Array(sourceIdCount).fill(-1);
  // Share of Chinese paragraphs that have each stem among their candidates.
  const chineseShare = profiles.sourceChance;
  for (let paragraph = 0; paragraph < chineseParagraphs; paragraph++) {
    for (let at = chinese.start[paragraph] ?? 0; at < (chinese.start[paragraph + 1] ?? 0); at++) {
      const type = chinese.ids[at] ?? 0;
      for (let k = typeStart[type] ?? 0; k < (typeStart[type + 1] ?? 0); k++) {
        const stem = typeStems[k] ?? 0;
        if (seen[stem] === paragraph) continue;
        seen[stem] = paragraph;
        chineseShare[stem] = (chineseShare[stem] ?? 0) + 1;
      }
    }
  }
  for (let stem = 0; stem < sourceIdCount; stem++) chineseShare[stem] = share(chineseShare[stem] ?? 0, chineseParagraphs);

  seen.fill(-1);
  const englishShare = new Float64Array(sourceIdCount);
  for (let paragraph = 0; paragraph < englishParagraphs; paragraph++) {
    for (let at = english.start[paragraph] ?? 0; at < (english.start[paragraph + 1] ?? 0); at++) {
      const stem = english.ids[at] ?? 0;
      if (seen[stem] === paragraph) continue;
      seen[stem] = paragraph;
      englishShare[stem] = (englishShare[stem] ?? 0) + 1;
    }
  }
  for (let type = 0; type < profiles.typeCount; type++) {
    let none = 1;
    for (let k = typeStart[type] ?? 0; k < (typeStart[type + 1] ?? 0); k++) {
      none *= 1 - share(englishShare[typeStems[k] ?? 0] ?? 0, englishParagraphs);
    }
    profiles.targetChance[type] = Math.max(MIN_CHANCE, 1 - none);
  }
}

/** Below this a chance rate is not believed (a word seen once in a small document). */
const MIN_CHANCE = 0.002;

/** Paragraph share with add-one smoothing, so a stem seen in every paragraph is not certain. */
function share(count: number, paragraphs: number): number {
  return Math.max(MIN_CHANCE, Math.min(0.98, (count + 0.5) / (paragraphs + 1)));
}
