import { regionalPiece, textualClass, type ClassifiedPiece, type HunkSetting } from "./classify-hunk";
import { findAnchors, type Anchor } from "./regional-anchors";
import { codePointLength, windowOf, type ComparedText, type TokenRange } from "./compared-text";
import { isRewrite, SENTENCE_END, foldedText } from "./rewrites";

/** Longest shared text (code points) a regional word may move across. */
const MAX_MOVE_GAP = 4;

/**
 * Translators often swap a regional word with a short shared one: 视频案例 / 案例影片,
 * 给出分诊级别建议 / 建議檢傷級數, 放到互联网上 / 放上網際網路. The token diff keeps the
 * shared word (案例, 建议, 上) and leaves the regional word deleted on one side of it and
 * inserted on the other, inside two neighbouring rewrites. This pass pairs such words:
 * for two neighbouring rewrites separated by at most four code points of equal text (no
 * sentence end), a regional pair with its key in one rewrite's Simplified side and its
 * candidate in the other rewrite's Traditional side becomes a `regional-variant` of its
 * own (the heaviest such pair, snapped to whole tokens), and the rest of the two rewrites
 * is re-cut around it into omissions, additions and divergent wordings.
 *
 * The moved difference's two sides lie on opposite sides of the shared word, so the
 * output is ordered by Simplified position; on the Traditional side pieces still never
 * overlap but may be out of order.
 */
export function pairMovedRegionalWords(pieces: readonly ClassifiedPiece[], setting: HunkSetting): ClassifiedPiece[] {
  let current = [...pieces];
  // Each pairing removes regional text from the rewrites, so this ends; the bound is a guard.
  for (let round = 0; round < pieces.length * 2 + 1; round++) {
    const next = pairOnce(current, setting);
    if (next === null) return current;
    current = next;
  }
  return current;
}

function pairOnce(pieces: readonly ClassifiedPiece[], setting: HunkSetting): ClassifiedPiece[] | null {
  for (let k = 0; k + 1 < pieces.length; k++) {
    const before = pieces[k];
    const after = pieces[k + 1];
    if (before === undefined || after === undefined) continue;
    if (!isRewrite(before.class) || !isRewrite(after.class) || !shortSharedGap(before, after, setting.hans, setting.hant)) {
      continue;
    }
    const replacement = pairAcross(before, after, setting);
    if (replacement !== null) {
      return [...pieces.slice(0, k), ...replacement, ...pieces.slice(k + 2)].sort(
        (a, b) => a.hans.start - b.hans.start || a.hant.start - b.hant.start,
      );
    }
  }
  return null;
}

function shortSharedGap(before: ClassifiedPiece, after: ClassifiedPiece, hans: ComparedText, hant: ComparedText): boolean {
  const hansGap = { start: before.hans.end, end: after.hans.start };
  const hantGap = { start: before.hant.end, end: after.hant.start };
  if (hansGap.end - hansGap.start !== hantGap.end - hantGap.start || hansGap.end <= hansGap.start) return false;
  if (codePointLength(hans, hansGap) > MAX_MOVE_GAP) return false;
  return !SENTENCE_END.test(foldedText(hans, hansGap)) && !SENTENCE_END.test(foldedText(hant, hantGap));
}

function pairAcross(before: ClassifiedPiece, after: ClassifiedPiece, setting: HunkSetting): ClassifiedPiece[] | null {
  const anchorsBetween = (hans: TokenRange, hant: TokenRange) =>
    findAnchors(windowOf(setting.hans, hans), windowOf(setting.hant, hant), setting.index);
  const forward = heaviest(anchorsBetween(before.hans, after.hant));
  const backward = heaviest(anchorsBetween(after.hans, before.hant));
  if (forward !== null && (backward === null || forward.weight >= backward.weight)) {
    // Simplified word early (in `before`), Traditional word late (in `after`).
    return keepNonEmpty([
      rewrite({ start: before.hans.start, end: forward.hans.start }, before.hant),
      regionalPiece(forward.hans, forward.hant, forward.uses, setting.region),
      rewrite({ start: forward.hans.end, end: before.hans.end }, at(before.hant.end)),
      rewrite(at(after.hans.start), { start: after.hant.start, end: forward.hant.start }),
      rewrite(after.hans, { start: forward.hant.end, end: after.hant.end }),
    ]);
  }
  if (backward !== null) {
    // Traditional word early (in `before`), Simplified word late (in `after`).
    return keepNonEmpty([
      rewrite(before.hans, { start: before.hant.start, end: backward.hant.start }),
      rewrite(at(before.hans.end), { start: backward.hant.end, end: before.hant.end }),
      rewrite({ start: after.hans.start, end: backward.hans.start }, at(after.hant.start)),
      regionalPiece(backward.hans, backward.hant, backward.uses, setting.region),
      rewrite({ start: backward.hans.end, end: after.hans.end }, after.hant),
    ]);
  }
  return null;
}

function heaviest(anchors: readonly Anchor[]): Anchor | null {
  let best: Anchor | null = null;
  for (const anchor of anchors) if (best === null || anchor.weight > best.weight) best = anchor;
  return best;
}

function at(position: number): TokenRange {
  return { start: position, end: position };
}

function rewrite(hans: TokenRange, hant: TokenRange): ClassifiedPiece {
  return { class: textualClass(hans, hant), hans, hant };
}

function keepNonEmpty(pieces: readonly ClassifiedPiece[]): ClassifiedPiece[] {
  return pieces.filter((piece) => piece.hans.end > piece.hans.start || piece.hant.end > piece.hant.start);
}
