import { subWindow, snapToTokens, type TokenRange, type TokenWindow } from "./compared-text";
import type { RegionalIndex } from "./regional-index";
import {
  explainWindows,
  findRegionalOccurrences,
  type RegionalOccurrence,
  type RegionalPairUse,
} from "./regional-explanation";

/** Bound on the regional pairs examined inside one large difference. */
const MAX_OCCURRENCES = 400;

/** A regional pair inside a larger difference, as whole tokens on both sides. */
export interface Anchor {
  readonly hans: TokenRange;
  readonly hant: TokenRange;
  readonly uses: RegionalPairUse[];
  readonly weight: number;
}

/**
 * Regional pairs with a key of two or more characters found with one side in `hansWindow`
 * and the other in `hantWindow`, as whole-token stretches that a regional reading explains
 * (see `snapToRegionalTokens`). Distinct stretches only; weight is the key's length.
 */
export function findAnchors(hansWindow: TokenWindow, hantWindow: TokenWindow, index: RegionalIndex): Anchor[] {
  const occurrences = findRegionalOccurrences(hansWindow.codePoints, hantWindow.codePoints, index, 2, MAX_OCCURRENCES);
  const anchors = new Map<string, Anchor>();
  const tried = new Set<string>();
  for (const occurrence of occurrences) {
    const tryKey = `${occurrence.hansStart}:${occurrence.hansEnd}/${occurrence.hantStart}:${occurrence.hantEnd}`;
    if (tried.has(tryKey)) continue;
    tried.add(tryKey);
    const anchor = snapToRegionalTokens(hansWindow, hantWindow, occurrence, index);
    if (anchor === null) continue;
    const key = `${anchor.hans.start}:${anchor.hans.end}/${anchor.hant.start}:${anchor.hant.end}`;
    if (!anchors.has(key)) anchors.set(key, anchor);
  }
  return [...anchors.values()];
}

/** How many extra tokens, in all, a snapped pair may take to even out its two sides. */
const MAX_SNAP_EXTENSION = 2;

/**
 * Widens a pair found at code-point level to whole tokens on both sides and checks that a
 * regional reading explains the result. Snapping may add text on one side only (the key
 * 信息 inside the token 信息系统 against the token 资讯 followed by 系统): then up to two
 * neighbouring tokens are added on either side until both sides are explained, or null.
 */
function snapToRegionalTokens(
  hansWindow: TokenWindow,
  hantWindow: TokenWindow,
  occurrence: RegionalOccurrence,
  index: RegionalIndex,
): Anchor | null {
  const hans = snapToTokens(hansWindow, occurrence.hansStart, occurrence.hansEnd);
  const hant = snapToTokens(hantWindow, occurrence.hantStart, occurrence.hantEnd);
  for (let total = 0; total <= MAX_SNAP_EXTENSION; total++) {
    for (const [hansBefore, hansAfter, hantBefore, hantAfter] of distributions(total)) {
      const hansRange = { start: hans.start - hansBefore, end: hans.end + hansAfter };
      const hantRange = { start: hant.start - hantBefore, end: hant.end + hantAfter };
      if (!inside(hansRange, hansWindow.range) || !inside(hantRange, hantWindow.range)) continue;
      const uses = explainWindows(subWindow(hansWindow, hansRange), subWindow(hantWindow, hantRange), index);
      if (uses !== null) return { hans: hansRange, hant: hantRange, uses, weight: occurrence.keyLength };
    }
  }
  return null;
}

/** Every way to spread `total` extra tokens over the four ends of a pair. */
function distributions(total: number): [number, number, number, number][] {
  const result: [number, number, number, number][] = [];
  for (let a = 0; a <= total; a++)
    for (let b = 0; a + b <= total; b++)
      for (let c = 0; a + b + c <= total; c++) result.push([a, b, c, total - a - b - c]);
  return result;
}

function inside(range: TokenRange, outer: TokenRange): boolean {
  return range.start >= outer.start && range.end <= outer.end;
}

/** The heaviest chain of anchors in increasing order on both sides (quadratic; few anchors). */
export function chooseAnchorChain(anchors: readonly Anchor[]): Anchor[] {
  const sorted = [...anchors].sort((a, b) => a.hans.start - b.hans.start || a.hant.start - b.hant.start);
  const best: number[] = [];
  const previous: number[] = [];
  sorted.forEach((anchor, k) => {
    best[k] = anchor.weight;
    previous[k] = -1;
    for (let j = 0; j < k; j++) {
      const before = sorted[j];
      if (before === undefined || before.hans.end > anchor.hans.start || before.hant.end > anchor.hant.start) continue;
      const weight = (best[j] ?? 0) + anchor.weight;
      if (weight > (best[k] ?? 0)) {
        best[k] = weight;
        previous[k] = j;
      }
    }
  });
  let last = -1;
  best.forEach((weight, k) => {
    if (last === -1 || weight > (best[last] ?? 0)) last = k;
  });
  const chain: Anchor[] = [];
  for (let k = last; k !== -1; k = previous[k] ?? -1) {
    const anchor = sorted[k];
    if (anchor !== undefined) chain.push(anchor);
  }
  return chain.reverse();
}

