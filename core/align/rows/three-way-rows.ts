import { CONTENT_LANGUAGES, type ContentLanguage, type PerLanguage } from "../../languages";
import { findBeadProblem } from "../search/bead-invariants";
import { alignChineseScripts } from "../pairs/chinese-scripts";
import { alignEnglishChinese, type EnglishChineseOptions } from "../pairs/english-chinese";
import { groupMonotone } from "./monotone-groups";
import { findContradictingPairings } from "./row-consistency";
import type { Bead } from "../types";

/**
 * One aligned row of an article: the paragraphs of each language that translate each
 * other, as 0-based positions (consecutive, ascending; empty where a language has nothing
 * here or no version at all).
 */
export interface AlignedRow {
  paragraphs: PerLanguage<number[]>;
  /** In [0, 1]: the weakest pairwise evidence in the row, lowered where pairings disagree. */
  confidence: number;
  /** Why the confidence is low, machine-readable (see `RowReason`); [] when nothing is wrong. */
  reasons: string[];
}

/** The three pairwise alignments, each with the first-named language as `source`. */
export interface Pairings {
  enHans: Bead[];
  enHant: Bead[];
  hansHant: Bead[];
}

/** The pairs of languages, named "<source>-<target>" in reasons. */
export type LanguagePair = "en-zh-Hans" | "en-zh-Hant" | "zh-Hans-zh-Hant";

/**
 * Reasons a row may carry, `kind:detail`:
 * - `pairings-disagree:<pair>` — the three pairings contradict each other in this row (en
 *   3 ↔ zh-Hans 3 ↔ zh-Hant 3, yet en 3 ↔ zh-Hant 4); the pair named is the likeliest
 *   culprit (see blamePairing). At most one such reason per row;
 * - `unmatched:<language>` — the article has that language but the row has none of it;
 * - `low-length-fit:<pair>` — English and Chinese lengths (with anchors) fit poorly;
 * - `low-similarity:zh-Hans-zh-Hant` — the two Chinese editions share little text here.
 */
export type RowReason =
  | `pairings-disagree:${LanguagePair}`
  | `unmatched:${ContentLanguage}`
  | `low-length-fit:${"en-zh-Hans" | "en-zh-Hant"}`
  | "low-similarity:zh-Hans-zh-Hant";

/** A bead score below this flags the row (low-length-fit / low-similarity). */
const LOW_SCORE = 0.5;
/** A row whose pairings contradict each other has its confidence multiplied by this. */
const DISAGREEMENT_FACTOR = 0.5;
/**
 * Costs of a row's shape when choosing which pairing the others outvote (−log of a bead
 * prior: a merge is about 1 in 20, a missing paragraph about 1 in 60). Overruling a bead
 * costs its score on top, so a confident bead is not outvoted lightly.
 */
const ROW_MERGE_COST = 3;
const ROW_UNMATCHED_COST = 4;

interface PairingSpec {
  pair: LanguagePair;
  source: ContentLanguage;
  target: ContentLanguage;
  beads: (pairings: Pairings) => Bead[];
  lowReason: RowReason;
}

const PAIRINGS: readonly PairingSpec[] = [
  { pair: "en-zh-Hans", source: "en", target: "zh-Hans", beads: (p) => p.enHans, lowReason: "low-length-fit:en-zh-Hans" },
  { pair: "en-zh-Hant", source: "en", target: "zh-Hant", beads: (p) => p.enHant, lowReason: "low-length-fit:en-zh-Hant" },
  {
    pair: "zh-Hans-zh-Hant",
    source: "zh-Hans",
    target: "zh-Hant",
    beads: (p) => p.hansHant,
    lowReason: "low-similarity:zh-Hans-zh-Hant",
  },
];

/**
 * Three-way rows from the three pairwise alignments. First the finest grouping in which
 * every bead's paragraphs share a block, each block holds consecutive paragraphs of each
 * language, and blocks are in document order in all three languages (crossing groups are
 * merged). Where the pairings agree, a block is a row. Where they contradict each other
 * (see findContradictingPairings), two pairings outvote the third: the block is split into
 * the rows the other two give, for the pairing whose overruling is likeliest (fewest merged
 * or missing paragraphs in the rows, least confident beads overruled; see overruleCost);
 * the block stays one row when that is likelier still. Every paragraph of every language
 * is in exactly one row, rows in order.
 *
 * A language with no paragraphs (`counts[l] = 0`, the article lacks that version) is
 * simply absent: empty arrays, and its pairings neither link nor lower confidence.
 * Confidence is the lowest score of the beads in the row among pairings of present
 * languages not outvoted (1 when only one language is present), halved in the rows the
 * outvoted pairing disputes, whose reasons name it; `reasons` says why (see `RowReason`).
 *
 * A pairing involving an absent language is not read (pass [] or its unmatched beads).
 * Throws a RangeError when another pairing breaks the `Bead` invariants for `counts`.
 */
export function buildAlignedRows(counts: PerLanguage<number>, pairings: Pairings): AlignedRow[] {
  const side = (language: ContentLanguage) => CONTENT_LANGUAGES.indexOf(language);
  const present = (language: ContentLanguage) => counts[language] > 0;
  const active = PAIRINGS.filter((spec) => present(spec.source) && present(spec.target));
  for (const spec of active) {
    const problem = findBeadProblem(spec.beads(pairings), counts[spec.source], counts[spec.target]);
    if (problem !== null) throw new RangeError(`${spec.pair} alignment: ${problem}`);
  }

  const links = active.flatMap((spec) =>
    spec.beads(pairings).map((bead) => [
      ...bead.source.map((index) => [side(spec.source), index] as const),
      ...bead.target.map((index) => [side(spec.target), index] as const),
    ]),
  );
  const blocks = groupMonotone(
    CONTENT_LANGUAGES.map((language) => counts[language]),
    links,
  );

  // Which row each paragraph landed in, to find each bead's row.
  const rowOf = CONTENT_LANGUAGES.map((language) => new Int32Array(counts[language]));
  blocks.forEach((block, row) => {
    block.forEach((indices, s) => {
      const rows = rowOf[s];
      if (rows !== undefined) for (const index of indices) rows[index] = row;
    });
  });
  const beadsByRow = active.map((spec) => {
    const byRow = new Map<number, Bead[]>();
    for (const bead of spec.beads(pairings)) {
      const first = bead.source[0] ?? bead.target[0] ?? 0;
      const language = bead.source.length > 0 ? spec.source : spec.target;
      const row = rowOf[side(language)]?.[first] ?? 0;
      const beads = byRow.get(row);
      if (beads === undefined) byRow.set(row, [bead]);
      else beads.push(bead);
    }
    return byRow;
  });

  return blocks.flatMap((block, row) => {
    const paragraphs = blockParagraphs(block);
    const inRow = active.map((_, position) => beadsByRow[position]?.get(row) ?? []);
    const blamed = blamePairing(active, inRow, paragraphs);
    if (blamed === null) return [describeRow(paragraphs, inRow, null)];
    // The pairings contradict each other here. Which one do the other two outvote? Try
    // rows without each in turn and keep the likeliest (see overruleCost); if none beats
    // the block as one row, keep it as one row, naming the likeliest culprit.
    const options = active.map((_, position) => {
      const rows = rowsWithout(paragraphs, inRow, position);
      return { position, rows, cost: overruleCost(rows, inRow[position] ?? []) };
    });
    const best = options.reduce((a, b) => (b.cost < a.cost ? b : a));
    const outvoted = active[best.position] ?? blamed;
    if (rowShapeCost(paragraphs) <= best.cost) return [describeRow(paragraphs, inRow, outvoted)];
    return best.rows.map((subParagraphs) => {
      const within = (spec: PairingSpec, bead: Bead) =>
        bead.source.some((index) => subParagraphs[spec.source].includes(index)) ||
        bead.target.some((index) => subParagraphs[spec.target].includes(index));
      const subInRow = active.map((spec, position) => (inRow[position] ?? []).filter((bead) => within(spec, bead)));
      const outvotedBeads = subInRow[best.position] ?? [];
      // Only the rows the outvoted pairing disagrees with lose confidence.
      const agrees =
        outvotedBeads.every((bead) => isInside(outvoted, bead, subParagraphs)) && blamePairing(active, subInRow, subParagraphs) === null;
      return describeRow(subParagraphs, subInRow, agrees ? null : outvoted, best.position);
    });
  });

  /** The block's rows from the links of every active pairing but the one at `dropped`. */
  function rowsWithout(paragraphs: PerLanguage<number[]>, inRow: readonly (readonly Bead[])[], dropped: number): PerLanguage<number[]>[] {
    const first = (language: ContentLanguage) => paragraphs[language][0] ?? 0;
    const local = (language: ContentLanguage, index: number) => [side(language), index - first(language)] as const;
    const subBlocks = groupMonotone(
      CONTENT_LANGUAGES.map((language) => paragraphs[language].length),
      active.flatMap((spec, position) =>
        position === dropped
          ? []
          : (inRow[position] ?? []).map((bead) => [
              ...bead.source.map((index) => local(spec.source, index)),
              ...bead.target.map((index) => local(spec.target, index)),
            ]),
      ),
    );
    return subBlocks.map((subBlock) =>
      blockParagraphs(subBlock.map((indices, s) => indices.map((index) => index + first(CONTENT_LANGUAGES[s] ?? "en")))),
    );
  }

  /**
   * How unlikely rows are, in the units of the aligners' shape priors: each paragraph beyond
   * the first of a language in a row counts as a merge, each present language a row lacks
   * as an unmatched paragraph (see ROW_MERGE_COST, ROW_UNMATCHED_COST).
   */
  function rowShapeCost(paragraphs: PerLanguage<number[]>): number {
    let cost = 0;
    for (const language of CONTENT_LANGUAGES) {
      if (!present(language)) continue;
      const count = paragraphs[language].length;
      cost += count === 0 ? ROW_UNMATCHED_COST : ROW_MERGE_COST * (count - 1);
    }
    return cost;
  }

  /** Cost of rows built without one pairing: their shapes, plus the confidence of the beads overruled. */
  function overruleCost(rows: readonly PerLanguage<number[]>[], overruled: readonly Bead[]): number {
    let cost = 0;
    for (const row of rows) cost += rowShapeCost(row);
    for (const bead of overruled) cost += bead.score;
    return cost;
  }

  function blockParagraphs(block: readonly (readonly number[])[]): PerLanguage<number[]> {
    return {
      en: [...(block[side("en")] ?? [])],
      "zh-Hans": [...(block[side("zh-Hans")] ?? [])],
      "zh-Hant": [...(block[side("zh-Hant")] ?? [])],
    };
  }

  /**
   * One row's confidence and reasons from the beads in it: the weakest bead (of the
   * pairings not outvoted), halved with a reason when `disagreeing` contradicts the row.
   */
  function describeRow(
    paragraphs: PerLanguage<number[]>,
    inRow: readonly (readonly Bead[])[],
    disagreeing: PairingSpec | null,
    outvoted = -1,
  ): AlignedRow {
    const reasons: RowReason[] = [];
    let confidence = 1;
    inRow.forEach((beads, position) => {
      if (position !== outvoted) for (const bead of beads) confidence = Math.min(confidence, bead.score);
    });
    if (disagreeing !== null) {
      reasons.push(`pairings-disagree:${disagreeing.pair}`);
      confidence *= DISAGREEMENT_FACTOR;
    }
    active.forEach((spec, position) => {
      if (position === outvoted) return;
      const paired = (inRow[position] ?? []).filter((bead) => bead.source.length > 0 && bead.target.length > 0);
      if (paired.some((bead) => bead.score < LOW_SCORE)) reasons.push(spec.lowReason);
    });
    for (const language of CONTENT_LANGUAGES) {
      if (present(language) && paragraphs[language].length === 0) reasons.push(`unmatched:${language}`);
    }
    return { paragraphs, confidence, reasons };
  }
}

/** Whether all of a bead's paragraphs lie in the row. */
function isInside(spec: PairingSpec, bead: Bead, paragraphs: PerLanguage<number[]>): boolean {
  return (
    bead.source.every((index) => paragraphs[spec.source].includes(index)) &&
    bead.target.every((index) => paragraphs[spec.target].includes(index))
  );
}

/**
 * The pairing to name when the row's pairings contradict each other (see
 * findContradictingPairings), or null when they are consistent. One error in a triangle of
 * pairings cannot be located from the row alone, so: Simplified ↔ Traditional, the
 * near-exact one, is trusted over the English pairings, then the pairing with the weakest
 * bead in the row is blamed (on a tie, the one with more merged or unmatched beads).
 */
function blamePairing(
  active: readonly PairingSpec[],
  inRow: readonly (readonly Bead[])[],
  paragraphs: PerLanguage<number[]>,
): PairingSpec | null {
  if (active.length < 2) return null;
  // Positions within the row, which is what the consistency check works in.
  const first = (language: ContentLanguage) => paragraphs[language][0] ?? 0;
  const local = active.map((spec, position) => ({
    sourceSide: CONTENT_LANGUAGES.indexOf(spec.source),
    targetSide: CONTENT_LANGUAGES.indexOf(spec.target),
    beads: (inRow[position] ?? []).map((bead) => ({
      source: bead.source.map((index) => index - first(spec.source)),
      target: bead.target.map((index) => index - first(spec.target)),
    })),
  }));
  const contradicting = findContradictingPairings(
    local,
    CONTENT_LANGUAGES.map((language) => paragraphs[language].length),
  );
  if (contradicting.length === 0) return null;
  const untrusted = contradicting.filter((position) => active[position]?.pair !== "zh-Hans-zh-Hant");
  const candidates = untrusted.length > 0 ? untrusted : contradicting;
  const weakest = (position: number) => Math.min(1, ...(inRow[position] ?? []).map((bead) => bead.score));
  // On a tie, the pairing with more merged or unmatched beads: that is how an aligner
  // that went wrong absorbs the offset.
  const irregular = (position: number) =>
    (inRow[position] ?? []).filter((bead) => bead.source.length !== 1 || bead.target.length !== 1).length;
  const worse = (a: number, b: number) => weakest(a) < weakest(b) || (weakest(a) === weakest(b) && irregular(a) > irregular(b));
  const blamed = candidates.reduce((worst, position) => (worse(position, worst) ? position : worst));
  return active[blamed] ?? null;
}

/**
 * Aligns the three versions of an article into rows: English ↔ Simplified and English ↔
 * Traditional by `alignEnglishChinese` (with `options.lexicon` when given: a bilingual
 * dictionary, see core/lexicon), Simplified ↔ Traditional by `alignChineseScripts`
 * (with `foldToSimplified`, see core/chinese/fold), then `buildAlignedRows`. A language
 * with no paragraphs is absent from every row. All three empty → [].
 */
export function alignArticle(
  paragraphs: PerLanguage<readonly string[]>,
  foldToSimplified: (text: string) => string,
  options: EnglishChineseOptions = {},
): AlignedRow[] {
  const en = paragraphs.en;
  const hans = paragraphs["zh-Hans"];
  const hant = paragraphs["zh-Hant"];
  const counts: PerLanguage<number> = { en: en.length, "zh-Hans": hans.length, "zh-Hant": hant.length };
  const skip = (present: boolean, align: () => Bead[]): Bead[] => (present ? align() : []);
  // Pairings with an absent language are never read: don't spend time aligning them.
  return buildAlignedRows(counts, {
    enHans: skip(en.length > 0 && hans.length > 0, () => alignEnglishChinese(en, hans, options)),
    enHant: skip(en.length > 0 && hant.length > 0, () => alignEnglishChinese(en, hant, options)),
    hansHant: skip(hans.length > 0 && hant.length > 0, () => alignChineseScripts(hans, hant, foldToSimplified)),
  });
}
