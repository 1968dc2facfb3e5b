import type { Bead } from "../../../core/align/types";

/**
 * Beads as one readable line, source|target per bead, "-" for an empty side:
 * "0|0 1|1,2 2|-" means 0↔0, 1↔(1,2), 2 unmatched. Scores are left out.
 */
export function beadNotation(beads: readonly Bead[]): string {
  const side = (indices: readonly number[]) => (indices.length === 0 ? "-" : indices.join(","));
  return beads.map((bead) => `${side(bead.source)}|${side(bead.target)}`).join(" ");
}

/** The document without paragraph `index`. */
export function withoutParagraph(paragraphs: readonly string[], index: number): string[] {
  return paragraphs.filter((_, position) => position !== index);
}

/** The document with paragraph `index` split after its first sentence (ending in 。 or ". "). */
export function splitParagraph(paragraphs: readonly string[], index: number): string[] {
  return paragraphs.flatMap((paragraph, position) => {
    if (position !== index) return [paragraph];
    const chinese = paragraph.indexOf("。");
    const cut = chinese !== -1 ? chinese + 1 : paragraph.indexOf(". ") + 2;
    return [paragraph.slice(0, cut), paragraph.slice(cut).trim()];
  });
}

/** The document with paragraphs `index` and `index + 1` joined into one. */
export function mergeParagraphs(paragraphs: readonly string[], index: number, joiner = ""): string[] {
  return paragraphs.flatMap((paragraph, position) => {
    if (position === index) return [paragraph + joiner + (paragraphs[index + 1] ?? "")];
    return position === index + 1 ? [] : [paragraph];
  });
}
