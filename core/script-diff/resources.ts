import simplifiedToTraditionalPhrases from "opencc-js/dict/STPhrases";
import traditionalToSimplifiedPhrases from "opencc-js/dict/TSPhrases";
import { createTraditionalToSimplifiedFolder, type TextFolder } from "../chinese";
import { foldForComparison } from "./folded-text";
import { OPENCC_REGIONAL_SOURCES } from "./opencc-regional-sources";
import {
  createReferenceConverters,
  createVariantRelation,
  type ReferenceConverter,
  type ReferenceStandard,
  type VariantRelation,
} from "./reference-conversion";
import { createRegionalIndex, rowsOf, type RegionalIndex, type RegionalSource } from "./regional-index";
import { REGIONAL_SUPPLEMENT_SOURCES } from "./regional-supplement";
import { createWordList, type WordList } from "./tokenize";

/**
 * Everything the difference triage reads besides the two texts: the character folder, the
 * tokenizer's word list, the regional phrase index, the mechanical conversions and the
 * variant-character relation. Built from data once and passed around, so the functions
 * that use them stay pure.
 */
export interface ScriptDiffResources {
  readonly foldCharacters: TextFolder;
  readonly wordList: WordList;
  readonly regionalIndex: RegionalIndex;
  readonly referenceConverters: Readonly<Record<ReferenceStandard, ReferenceConverter>>;
  readonly variants: VariantRelation;
}

/** OpenCC's regional phrase tables plus Parallax's supplement of everyday vocabulary. */
export const DEFAULT_REGIONAL_SOURCES: readonly RegionalSource[] = [
  ...OPENCC_REGIONAL_SOURCES,
  ...REGIONAL_SUPPLEMENT_SOURCES,
];

let shared: ScriptDiffResources | null = null;

/**
 * The default resources, built on first use (a few hundred milliseconds: the word list
 * folds OpenCC's 49,000-entry STPhrases) and shared afterwards.
 */
export function defaultScriptDiffResources(): ScriptDiffResources {
  if (shared === null) {
    const foldCharacters = createTraditionalToSimplifiedFolder();
    const regionalIndex = createRegionalIndex(DEFAULT_REGIONAL_SOURCES, foldCharacters);
    shared = {
      foldCharacters,
      wordList: createDefaultWordList(foldCharacters, regionalIndex),
      regionalIndex,
      referenceConverters: createReferenceConverters(),
      variants: createVariantRelation(),
    };
  }
  return shared;
}

/**
 * The default resources with more regional pairs (a glossary's preferred and allowed
 * renderings, say). Build it once per glossary and pass it to every comparison; the word
 * list is not extended, so a glossary word may be matched across several tokens.
 */
export function withRegionalSources(extra: readonly RegionalSource[]): ScriptDiffResources {
  const base = defaultScriptDiffResources();
  return {
    ...base,
    regionalIndex: createRegionalIndex([...DEFAULT_REGIONAL_SOURCES, ...extra], base.foldCharacters),
  };
}

/**
 * Words for forward maximum matching, in folded (Simplified) form, because we tokenize
 * folded text: OpenCC's phrase tables (their keys are words whose conversion needs
 * context, ~50,000 of them) plus every wording of the regional index, so a regional word
 * is one token on both sides (软件 / 软体).
 */
function createDefaultWordList(foldCharacters: TextFolder, regionalIndex: RegionalIndex): WordList {
  function* words(): Generator<string> {
    for (const table of [simplifiedToTraditionalPhrases, traditionalToSimplifiedPhrases]) {
      for (const [key] of rowsOf(table)) if (key !== undefined) yield foldForComparison(key, foldCharacters);
    }
    yield* regionalIndex.words();
  }
  return createWordList(words());
}
