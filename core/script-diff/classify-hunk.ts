import { snapToTokens, windowOf, type ComparedText, type Span, type TokenRange, type TokenWindow } from "./compared-text";
import { chooseAnchorChain, findAnchors } from "./regional-anchors";
import type { RegionalIndex } from "./regional-index";
import { explainWindows, regionOfPairs, type RegionalPairUse } from "./regional-explanation";
import type { DifferenceClass, Region } from "./types";

/** A classified stretch of the two token sequences (token ranges; offsets come later). */
export interface ClassifiedPiece {
  readonly class: DifferenceClass;
  readonly hans: TokenRange;
  readonly hant: TokenRange;
  readonly region?: Region;
}

export interface ClassifiedHunk {
  /** In order on both sides, non-overlapping, never empty. */
  readonly pieces: readonly ClassifiedPiece[];
  /** Equal tokens taken from the context before and after the hunk to complete a regional wording. */
  readonly consumedBefore: number;
  readonly consumedAfter: number;
}

export interface HunkSetting {
  readonly hans: ComparedText;
  readonly hant: ComparedText;
  readonly index: RegionalIndex;
  /** The regional standard the Traditional text follows, reported on ambiguous pairs. */
  readonly region: Region;
}

/** How many equal tokens a hunk may borrow on each side to complete a dictionary wording. */
const MAX_WIDENING = 3;

/**
 * Classifies one changed span of the token diff, in this order:
 *
 * 1. The whole hunk is a regional rendering (each change is a phrase-table pair, the rest
 *    equal) → one `regional-variant`.
 * 2. The token diff cut a dictionary wording: 打印|机 vs 印表|机 gives the hunk 打印/印表,
 *    which no table pairs. Borrow up to three equal tokens of context on each side (fewest
 *    first); if that makes the hunk a regional rendering, report the widened wording
 *    (打印机/印表機).
 * 3. Otherwise cut the hunk cleanly at regional pairs found inside it: pairs whose key has
 *    two or more characters, snapped outward to whole tokens that a regional reading still
 *    explains (see `snapToRegionalTokens`), in the same order on both sides, choosing the
 *    chain that covers most text.
 *    The pairs become `regional-variant`; what lies between them is `divergent-wording`,
 *    `omission` or `addition`. With no such pair the hunk is one of those three.
 *
 * Every piece is made of whole tokens, so a highlight never splits a word.
 */
export function classifyHunk(
  hunk: Span,
  room: { readonly before: number; readonly after: number },
  setting: HunkSetting,
): ClassifiedHunk {
  const hansWindow = windowOf(setting.hans, hunk.hans);
  const hantWindow = windowOf(setting.hant, hunk.hant);

  const whole = explainWindows(hansWindow, hantWindow, setting.index);
  if (whole !== null) {
    return { pieces: regionalPieces(hansWindow, hantWindow, whole, setting), consumedBefore: 0, consumedAfter: 0 };
  }

  const widened = widenToRegional(hunk, hansWindow, hantWindow, room, setting);
  if (widened !== null) return widened;

  return { pieces: splitAtRegionalPairs(hansWindow, hantWindow, setting), consumedBefore: 0, consumedAfter: 0 };
}

function widenToRegional(
  hunk: Span,
  hansWindow: TokenWindow,
  hantWindow: TokenWindow,
  room: { readonly before: number; readonly after: number },
  setting: HunkSetting,
): ClassifiedHunk | null {
  const limit = setting.index.maxKeyLength;
  // A dictionary wording is short; a longer hunk is not the inside of one.
  if (hansWindow.codePoints.length > limit || hantWindow.codePoints.length > limit) return null;
  const maxBefore = Math.min(room.before, MAX_WIDENING);
  const maxAfter = Math.min(room.after, MAX_WIDENING);
  for (let total = 1; total <= maxBefore + maxAfter; total++) {
    for (let before = Math.min(total, maxBefore); before >= 0 && total - before <= maxAfter; before--) {
      const after = total - before;
      const hans = { start: hunk.hans.start - before, end: hunk.hans.end + after };
      const hant = { start: hunk.hant.start - before, end: hunk.hant.end + after };
      const hansWidened = windowOf(setting.hans, hans);
      const hantWidened = windowOf(setting.hant, hant);
      const uses = explainWindows(hansWidened, hantWidened, setting.index);
      if (uses !== null) {
        return {
          pieces: regionalPieces(hansWidened, hantWidened, uses, setting),
          consumedBefore: before,
          consumedAfter: after,
        };
      }
    }
  }
  return null;
}

function splitAtRegionalPairs(hansWindow: TokenWindow, hantWindow: TokenWindow, setting: HunkSetting): ClassifiedPiece[] {
  const anchors = chooseAnchorChain(findAnchors(hansWindow, hantWindow, setting.index));
  const pieces: ClassifiedPiece[] = [];
  let hansAt = hansWindow.range.start;
  let hantAt = hantWindow.range.start;
  for (const anchor of anchors) {
    pushGap({ start: hansAt, end: anchor.hans.start }, { start: hantAt, end: anchor.hant.start });
    pieces.push(regionalPiece(anchor.hans, anchor.hant, anchor.uses, setting.region));
    hansAt = anchor.hans.end;
    hantAt = anchor.hant.end;
  }
  pushGap({ start: hansAt, end: hansWindow.range.end }, { start: hantAt, end: hantWindow.range.end });
  return pieces;

  function pushGap(hans: TokenRange, hant: TokenRange) {
    const hansEmpty = hans.end === hans.start;
    const hantEmpty = hant.end === hant.start;
    if (hansEmpty && hantEmpty) return;
    if (!hansEmpty && !hantEmpty) {
      // What lies between two regional pairs may itself be a short regional rendering (行/列).
      const hansGap = windowOf(setting.hans, hans);
      const hantGap = windowOf(setting.hant, hant);
      const uses = explainWindows(hansGap, hantGap, setting.index);
      if (uses !== null) {
        pieces.push(...regionalPieces(hansGap, hantGap, uses, setting));
        return;
      }
    }
    pieces.push({ class: textualClass(hans, hant), hans, hant });
  }
}

/**
 * The pieces of a stretch a regional reading explains (`uses` are its pairs, in order):
 * one piece per pair, snapped to whole tokens, with pairs whose tokens overlap joined; the
 * equal text around and between them is left out (软件和硬件 / 軟體和硬體 gives 软件 and
 * 硬件, not one difference over 和). If what lies between two pieces is not the same
 * tokens on both sides, the whole stretch is one piece instead.
 */
function regionalPieces(
  hansWindow: TokenWindow,
  hantWindow: TokenWindow,
  uses: readonly RegionalPairUse[],
  setting: HunkSetting,
): ClassifiedPiece[] {
  const whole = [regionalPiece(hansWindow.range, hantWindow.range, uses, setting.region)];
  const groups: { hans: TokenRange; hant: TokenRange; uses: RegionalPairUse[] }[] = [];
  for (const use of uses) {
    const hans = snapToTokens(hansWindow, use.hansStart, use.hansEnd);
    const hant = snapToTokens(hantWindow, use.hantStart, use.hantEnd);
    const last = groups.at(-1);
    if (last !== undefined && (hans.start < last.hans.end || hant.start < last.hant.end)) {
      last.hans = { start: last.hans.start, end: Math.max(last.hans.end, hans.end) };
      last.hant = { start: last.hant.start, end: Math.max(last.hant.end, hant.end) };
      last.uses.push(use);
    } else {
      groups.push({ hans, hant, uses: [use] });
    }
  }
  let hansAt = hansWindow.range.start;
  let hantAt = hantWindow.range.start;
  for (const group of [...groups, { hans: at(hansWindow.range.end), hant: at(hantWindow.range.end) }]) {
    if (!sameTokens({ start: hansAt, end: group.hans.start }, { start: hantAt, end: group.hant.start })) return whole;
    hansAt = group.hans.end;
    hantAt = group.hant.end;
  }
  return groups.map((group) => regionalPiece(group.hans, group.hant, group.uses, setting.region));

  function sameTokens(hans: TokenRange, hant: TokenRange): boolean {
    if (hans.end - hans.start !== hant.end - hant.start) return false;
    for (let offset = 0; offset < hans.end - hans.start; offset++) {
      const hansToken = setting.hans.tokens[hans.start + offset];
      const hantToken = setting.hant.tokens[hant.start + offset];
      if (hansToken?.folded !== hantToken?.folded) return false;
    }
    return true;
  }
}

function at(position: number): TokenRange {
  return { start: position, end: position };
}

export function regionalPiece(
  hans: TokenRange,
  hant: TokenRange,
  uses: readonly RegionalPairUse[],
  region: Region,
): ClassifiedPiece {
  const reported = regionOfPairs(uses, region);
  return reported === undefined
    ? { class: "regional-variant", hans, hant }
    : { class: "regional-variant", hans, hant, region: reported };
}

/** The class of text that differs and is not regional: which sides have any. */
export function textualClass(hans: TokenRange, hant: TokenRange): DifferenceClass {
  if (hans.end === hans.start) return "addition";
  if (hant.end === hant.start) return "omission";
  return "divergent-wording";
}
