import { foldPunctuation } from "../../chinese";
import { extractNumbers } from "../../numbers";
import { chineseStructureKeys, englishStructureKeys } from "./text-structure";

/**
 * Anchors shared by an English and a Chinese document: numbers (digits and Chinese
 * numerals normalised to values, years included), Latin-script tokens written in the
 * Chinese text (API, GDP, 5G, COVID-19, names left untranslated), and structure (how many
 * quotations, how long a list; see text-structure). Such an anchor in a Chinese paragraph
 * almost always appears in the English paragraph it translates.
 */
export interface AnchorProfiles {
  /** Per English paragraph: anchor ids, ascending, repeated as often as they occur. */
  english: Int32Array[];
  /** Per Chinese paragraph, likewise. */
  chinese: Int32Array[];
  /**
   * Evidence weight per anchor id, in (0, 1]: 1 for an anchor found in one paragraph per
   * side, less for one repeated across many paragraphs (1/√(paragraphs it is in)),
   * since "2" or "AI" in every other paragraph says little about which one matches.
   */
  weights: Float64Array;
  /**
   * `weights` for the anchors whose absence says something (numbers and Latin tokens: a
   * translation keeps them), 0 for structure keys (a merged paragraph quotes as often as
   * both of its parts together, so its `q:2` need not be found as such on the other side).
   */
  missableWeights: Float64Array;
  /**
   * Per paragraph of each side: the summed missable weight of its anchors (with repeats),
   * those found on its side only included (weighted 1/√(paragraphs of its side it is in)).
   */
  englishMissable: Float64Array;
  chineseMissable: Float64Array;
}

/**
 * Builds the anchor profiles of both documents. Anchors found on one side only are
 * dropped: they cannot match anything. Empty documents give empty profiles.
 */
export function buildAnchorProfiles(english: readonly string[], chinese: readonly string[]): AnchorProfiles {
  const chineseKeys = chinese.map((paragraph) => chineseAnchorKeys(paragraph));
  const latinVocabulary = new Set<string>();
  for (const keys of chineseKeys) for (const key of keys) if (key.startsWith("w:")) latinVocabulary.add(key);
  const englishKeys = english.map((paragraph) => englishAnchorKeys(paragraph, latinVocabulary));

  const englishFrequency = paragraphFrequency(englishKeys);
  const chineseFrequency = paragraphFrequency(chineseKeys);
  const ids = new Map<string, number>();
  const weights: number[] = [];
  const missableWeights: number[] = [];
  for (const [key, englishCount] of englishFrequency) {
    const chineseCount = chineseFrequency.get(key);
    if (chineseCount === undefined) continue;
    ids.set(key, weights.length);
    const weight = 1 / Math.sqrt(Math.max(englishCount, chineseCount));
    weights.push(weight);
    missableWeights.push(isMissable(key) ? weight : 0);
  }
  const none = new Int32Array(0);
  const toIds = (keys: readonly string[]): Int32Array => {
    if (keys.length === 0) return none;
    const found: number[] = [];
    for (const key of keys) {
      const id = ids.get(key);
      if (id !== undefined) found.push(id);
    }
    return found.length === 0 ? none : Int32Array.from(found).sort();
  };
  // A missable anchor found on one side only cannot match, but says the more that its
  // paragraph is not in the other text: it counts as missed wherever that paragraph is paired.
  const missableTotal = (keys: readonly string[], frequency: ReadonlyMap<string, number>) => {
    let total = 0;
    for (const key of keys) {
      if (!isMissable(key)) continue;
      const id = ids.get(key);
      total += id === undefined ? 1 / Math.sqrt(frequency.get(key) ?? 1) : (weights[id] ?? 0);
    }
    return total;
  };
  return {
    english: englishKeys.map(toIds),
    chinese: chineseKeys.map(toIds),
    weights: Float64Array.from(weights),
    missableWeights: Float64Array.from(missableWeights),
    englishMissable: Float64Array.from(englishKeys, (keys) => missableTotal(keys, englishFrequency)),
    chineseMissable: Float64Array.from(chineseKeys, (keys) => missableTotal(keys, chineseFrequency)),
  };
}

/** Numbers and Latin tokens: anchors a translation keeps (see AnchorProfiles.missableWeights). */
function isMissable(key: string): boolean {
  return key.startsWith("n:") || key.startsWith("w:");
}

/**
 * The total weight of the anchors two paragraphs share into out[0], counting a repeated
 * anchor as often as it occurs on both sides (multiset intersection), and the missable part
 * of it (`missableWeights`) into out[1]. Both arrays ascending. ≥ 0.
 */
export function sharedAnchorWeights(a: Int32Array, b: Int32Array, weights: Float64Array, missableWeights: Float64Array, out: Float64Array): void {
  let shared = 0;
  let missable = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared += weights[x] ?? 0;
      missable += missableWeights[x] ?? 0;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  out[0] = shared;
  out[1] = missable;
}

// Letters and digits with inner joiners: API, 5G, GPT-4, COVID-19, Node.js, AT&T.
const LATIN_TOKEN = /[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*(?:[-.+&'][A-Za-z0-9]+)*/g;

/** An ASCII or full-width Latin letter. */
const HAS_LATIN_LETTER = /[A-Za-z\uff21-\uff3a\uff41-\uff5a]/;

function latinTokens(text: string): string[] {
  const tokens: string[] = [];
  // Most Chinese paragraphs hold no Latin letter: skip folding them.
  if (!HAS_LATIN_LETTER.test(text)) return tokens;
  for (const match of foldPunctuation(text).matchAll(LATIN_TOKEN)) {
    const token = match[0];
    // A lone letter (A股, X光) is too common in English to mean anything.
    if (token.length >= 2) tokens.push(`w:${token.toLowerCase()}`);
  }
  return tokens;
}

/** Appends the anchor keys of `text`'s numbers to `keys`. */
function addNumberKeys(keys: string[], text: string, englishWords: boolean): void {
  for (const value of extractNumbers(text, { englishWords })) keys.push(`n:${value}`);
}

function chineseAnchorKeys(text: string): string[] {
  const keys: string[] = [];
  addNumberKeys(keys, text, false);
  keys.push(...latinTokens(text), ...chineseStructureKeys(text));
  return keys;
}

function englishAnchorKeys(text: string, latinVocabulary: ReadonlySet<string>): string[] {
  const keys: string[] = [];
  addNumberKeys(keys, text, true);
  keys.push(...englishStructureKeys(text));
  // Every English word is a Latin token: look for them only when the Chinese side has some.
  if (latinVocabulary.size > 0) for (const key of latinTokens(text)) if (latinVocabulary.has(key)) keys.push(key);
  return keys;
}

/** In how many paragraphs each key occurs. */
function paragraphFrequency(keysPerParagraph: readonly string[][]): Map<string, number> {
  const frequency = new Map<string, number>();
  const lastParagraph = new Map<string, number>();
  keysPerParagraph.forEach((keys, paragraph) => {
    for (const key of keys) {
      if (lastParagraph.get(key) === paragraph) continue;
      lastParagraph.set(key, paragraph);
      frequency.set(key, (frequency.get(key) ?? 0) + 1);
    }
  });
  return frequency;
}
