import type { TokenWindow } from "./compared-text";
import type { RegionalCandidate, RegionalIndex } from "./regional-index";
import type { Region } from "./types";

/** One regional pair used in an explanation: code point ranges in the two sequences. */
export interface RegionalPairUse {
  readonly hansStart: number;
  readonly hansEnd: number;
  readonly hantStart: number;
  readonly hantEnd: number;
  readonly regions: readonly Region[];
}

/**
 * Above this many cells (code points × code points) we do not try to explain a difference
 * as a whole: a regional rendering changes a word or two, not a paragraph, and the search is
 * quadratic. Large differences are still searched for regional anchors.
 */
const MAX_CELLS = 250_000;

/**
 * Whether `hant` is `hans` with some of its wordings replaced by regional renderings and
 * everything else equal (both folded, as code points). Returns the pairs used, or null
 * when no such reading exists; [] when the sequences are equal.
 *
 * Dynamic programming over (i, j) prefixes: a step either copies one equal code point or
 * replaces a key of at least `minKeyLength` code points at i by one of its candidates at j.
 * Candidates never equal their key (the index drops script-only pairs), so any path that
 * ends at (n, m) with unequal inputs uses a regional pair.
 */
export function explainByRegionalPairs(
  hans: readonly string[],
  hant: readonly string[],
  index: RegionalIndex,
  minKeyLength = 1,
): RegionalPairUse[] | null {
  const n = hans.length;
  const m = hant.length;
  if ((n + 1) * (m + 1) > MAX_CELLS) return null;
  const width = m + 1;
  // For each reached cell: the cell it was reached from (-1 for the start, -2 unreached)
  // and, when the step was a regional pair, that pair.
  const previous = new Int32Array((n + 1) * width).fill(-2);
  const pairAt = new Map<number, RegionalCandidate>();
  previous[0] = -1;
  const reach = (target: number, from: number, candidate: RegionalCandidate | undefined) => {
    if ((previous[target] ?? -1) !== -2) return;
    previous[target] = from;
    if (candidate !== undefined) pairAt.set(target, candidate);
  };
  const keysAt = Array.from({ length: n }, (_, i) => keysStartingAt(hans, i, index, minKeyLength));

  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const cell = i * width + j;
      if ((previous[cell] ?? -2) === -2) continue;
      if (i < n && j < m && hans[i] === hant[j]) reach((i + 1) * width + j + 1, cell, undefined);
      for (const { length, candidates } of keysAt[i] ?? []) {
        for (const candidate of candidates) {
          const candidateLength = matchesAt(hant, j, candidate.folded);
          if (candidateLength > 0) reach((i + length) * width + j + candidateLength, cell, candidate);
        }
      }
    }
  }
  if ((previous[n * width + m] ?? -2) === -2) return null;

  const uses: RegionalPairUse[] = [];
  for (let cell = n * width + m; cell > 0; ) {
    const from = previous[cell] ?? 0;
    const candidate = pairAt.get(cell);
    if (candidate !== undefined) {
      uses.push({
        hansStart: Math.floor(from / width),
        hansEnd: Math.floor(cell / width),
        hantStart: from % width,
        hantEnd: cell % width,
        regions: candidate.regions,
      });
    }
    cell = from;
  }
  return uses.reverse();
}

/** The regional pairs explaining the whole of both token windows (at least one), or null. */
export function explainWindows(hans: TokenWindow, hant: TokenWindow, index: RegionalIndex): RegionalPairUse[] | null {
  if (hans.codePoints.length === 0 || hant.codePoints.length === 0) return null;
  const uses = explainByRegionalPairs(hans.codePoints, hant.codePoints, index);
  return uses !== null && uses.length > 0 ? uses : null;
}

/** A regional pair found inside a larger difference: key at hans[i…], candidate at hant[j…]. */
export interface RegionalOccurrence extends RegionalPairUse {
  readonly keyLength: number;
}

/**
 * Every place where a key of at least `minKeyLength` code points occurs in `hans` and one of
 * its candidates occurs anywhere in `hant` (the caller decides which of them can be paired).
 * At most `limit` occurrences, in order of hans position then hant position.
 */
export function findRegionalOccurrences(
  hans: readonly string[],
  hant: readonly string[],
  index: RegionalIndex,
  minKeyLength: number,
  limit: number,
): RegionalOccurrence[] {
  const occurrences: RegionalOccurrence[] = [];
  for (let i = 0; i < hans.length; i++) {
    for (const { length, candidates } of keysStartingAt(hans, i, index, minKeyLength)) {
      for (const candidate of candidates) {
        for (let j = 0; j < hant.length; j++) {
          const candidateLength = matchesAt(hant, j, candidate.folded);
          if (candidateLength === 0) continue;
          occurrences.push({
            hansStart: i,
            hansEnd: i + length,
            hantStart: j,
            hantEnd: j + candidateLength,
            regions: candidate.regions,
            keyLength: length,
          });
          if (occurrences.length >= limit) return occurrences;
        }
      }
    }
  }
  return occurrences;
}

/**
 * The region to report for a difference explained by `uses`: `preferred` when any pair's
 * table lists it, else the first region listed, else undefined (region-less sources only).
 */
export function regionOfPairs(uses: readonly RegionalPairUse[], preferred: Region): Region | undefined {
  const regions = uses.flatMap((use) => use.regions);
  return regions.includes(preferred) ? preferred : regions[0];
}

function keysStartingAt(
  codePoints: readonly string[],
  start: number,
  index: RegionalIndex,
  minKeyLength: number,
): { length: number; candidates: readonly RegionalCandidate[] }[] {
  const keys: { length: number; candidates: readonly RegionalCandidate[] }[] = [];
  let key = "";
  for (let length = 1; length <= index.maxKeyLength && start + length <= codePoints.length; length++) {
    key += codePoints[start + length - 1] ?? "";
    if (length < minKeyLength) continue;
    const candidates = index.candidatesFor(key);
    if (candidates.length > 0) keys.push({ length, candidates });
  }
  return keys;
}

/** Length in code points of `candidate` if `codePoints` spells it from `start`, else 0. */
function matchesAt(codePoints: readonly string[], start: number, candidate: string): number {
  let offset = 0;
  let length = 0;
  while (offset < candidate.length) {
    const expected = String.fromCodePoint(candidate.codePointAt(offset) ?? 0);
    if (codePoints[start + length] !== expected) return 0;
    offset += expected.length;
    length++;
  }
  return length;
}
