import type { Bible } from "./bible-data";
import { paragraphCase, type AlignmentCase, type ParagraphPair } from "./paragraph-cases";

/**
 * How many times a repeated case cycles through the text. Long archives repeat themselves
 * (mastheads, disclaimers, the same notice in every issue); this case stands for them: the
 * same stems and the same numbers come back thousands of paragraphs apart.
 */
export const REPEATED_CYCLES = 2.6;

/** A paragraph pair's repeated case goes by the pair's name and this suffix ("en-zh-Hans-repeated"). */
export const REPEATED_SUFFIX = "-repeated";

/** The pair of a case name, and whether it is the pair's repeated case. */
export function parseCaseName(name: string): { pair: ParagraphPair; repeated: boolean } {
  const repeated = name.endsWith(REPEATED_SUFFIX);
  return { pair: (repeated ? name.slice(0, -REPEATED_SUFFIX.length) : name) as ParagraphPair, repeated };
}

/** The case a paragraph job measures: the pair's case, or its repeated case. */
export function caseByName(bible: Bible, name: string, size: number, seed: number): AlignmentCase {
  const { pair, repeated } = parseCaseName(name);
  return repeated ? repeatedParagraphCase(bible, pair, size, seed) : paragraphCase(bible, pair, size, seed);
}

/**
 * A case of `size` paragraphs per side that cycles through the Bible REPEATED_CYCLES times:
 * cycles of about size / REPEATED_CYCLES paragraphs, each a paragraph case of its own (a
 * seeded window with its own regroupings, so no two cycles are identical), concatenated on
 * both sides with their gold beads shifted to match. The last cycle is the remainder.
 */
export function repeatedParagraphCase(bible: Bible, pair: ParagraphPair, size: number, seed: number): AlignmentCase {
  const cycleSize = Math.ceil(size / REPEATED_CYCLES);
  const result: AlignmentCase = { source: [], target: [], gold: [] };
  for (let cycle = 0; result.source.length < size; cycle++) {
    const part = paragraphCase(bible, pair, Math.min(cycleSize, size - result.source.length), seed * 100 + cycle);
    const sourceOffset = result.source.length;
    const targetOffset = result.target.length;
    result.source.push(...part.source);
    result.target.push(...part.target);
    for (const bead of part.gold) {
      result.gold.push({ source: bead.source.map((i) => i + sourceOffset), target: bead.target.map((i) => i + targetOffset) });
    }
  }
  return result;
}
