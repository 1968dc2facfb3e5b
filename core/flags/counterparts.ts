import { createTraditionalToSimplifiedFolder, foldPunctuation } from "../chinese";
import type { Term } from "../glossary";
import { createRegionalIndex, DEFAULT_REGIONAL_SOURCES, type RegionalIndex } from "../script-diff";

/**
 * Whether a zh-Hant rendering is a regional counterpart of a zh-Hans one, i.e. what the other
 * edition would be expected to write: the same word in the other script (軟件 for 软件, by
 * OpenCC's character folding), the glossary's own preferred pair, or a pair OpenCC's Taiwan
 * and Hong Kong phrase tables or Parallax's supplement list (软件/軟體, 录像/錄影). The
 * glossary's allowed renderings are not paired with each other: 项目 and 計畫 are each
 * acceptable, but one edition saying "project" and the other "programme" is a divergence.
 */
export function areCounterparts(hansRendering: string, hantRendering: string, term: Term): boolean {
  if (hansRendering === term.hansPreferred && hantRendering === term.hantPreferred) return true;
  const fold = foldForComparison;
  const hans = fold(hansRendering);
  const hant = fold(hantRendering);
  if (hans === hant) return true;
  return regionalCounterparts(hansRendering).includes(hant) || regionalCounterparts(hantRendering).includes(hans);
}

/**
 * The regional renderings OpenCC's phrase tables (and Parallax's supplement) give for a
 * mainland wording, folded to Simplified characters: 软件 → 软体; 视频 → 影片, 视讯, 影像.
 */
export function regionalCounterparts(rendering: string): string[] {
  regionalIndex ??= createRegionalIndex(DEFAULT_REGIONAL_SOURCES, createTraditionalToSimplifiedFolder());
  return regionalIndex.candidatesFor(foldForComparison(rendering)).map((candidate) => candidate.folded);
}

/**
 * The regional phrase index alone, built on first use (about 0.1 s) and kept: the difference
 * triage's full resources also fold OpenCC's 49,000 phrases into a word list (about 2 s), which
 * the checks do not need.
 */
let regionalIndex: RegionalIndex | undefined;

/** Traditional characters folded to Simplified ones, punctuation to one form: for comparing only. */
export function foldForComparison(text: string): string {
  return foldPunctuation(createTraditionalToSimplifiedFolder()(text));
}
