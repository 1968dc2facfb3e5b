import { codePointLength, type ComparedText, type TokenRange } from "./compared-text";
import { textualClass, type ClassifiedPiece } from "./classify-hunk";
import { CLAUSE_BREAK, foldedText, isRewrite } from "./rewrites";

/** Longest run of equal text (code points) that may be swallowed between two rewrites. */
const MAX_ABSORBED = 2;

/**
 * Joins two neighbouring rewrites (divergent wording, omission, addition) that are
 * separated only by a sliver of equal text — a particle or a comma the token diff happened
 * to match inside a rewritten clause. Like diff-match-patch's semantic cleanup: the sliver
 * is at most two code points and not longer than either neighbour; unlike it, neither the
 * sliver nor the rewrites hold punctuation, so a joined highlight stays within one clause.
 * Regional and variant pieces are never merged, so they stay exact, and a join never
 * covers another piece on either side.
 *
 * Input and output: pieces ordered by Simplified position, non-overlapping on each side.
 */
export function mergeNeighbouringRewrites(
  pieces: readonly ClassifiedPiece[],
  hans: ComparedText,
  hant: ComparedText,
): ClassifiedPiece[] {
  const merged: ClassifiedPiece[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (last !== undefined && isRewrite(last.class) && isRewrite(piece.class) && absorbable(last, piece)) {
      const hansRange = { start: last.hans.start, end: piece.hans.end };
      const hantRange = { start: last.hant.start, end: piece.hant.end };
      merged[merged.length - 1] = { class: textualClass(hansRange, hantRange), hans: hansRange, hant: hantRange };
    } else {
      merged.push(piece);
    }
  }
  return merged;

  function absorbable(before: ClassifiedPiece, after: ClassifiedPiece): boolean {
    const hansGap = { start: before.hans.end, end: after.hans.start };
    const hantGap = { start: before.hant.end, end: after.hant.start };
    if (hansGap.end - hansGap.start !== hantGap.end - hantGap.start || hantGap.end < hantGap.start) return false;
    if (pieces.some((other) => overlaps(other.hant, hantGap) || overlaps(other.hans, hansGap))) return false;
    const gapLength = codePointLength(hans, hansGap);
    if (gapLength > MAX_ABSORBED || gapLength > Math.min(size(before), size(after))) return false;
    return ![hansGap, before.hans, after.hans].some((range) => CLAUSE_BREAK.test(foldedText(hans, range))) &&
      ![before.hant, after.hant].some((range) => CLAUSE_BREAK.test(foldedText(hant, range)));
  }

  function size(piece: ClassifiedPiece): number {
    return Math.max(codePointLength(hans, piece.hans), codePointLength(hant, piece.hant));
  }
}

/** Whether a non-empty `range` lies (partly) inside `gap`. */
function overlaps(range: TokenRange, gap: TokenRange): boolean {
  return range.end > range.start && range.start < gap.end && range.end > gap.start;
}
