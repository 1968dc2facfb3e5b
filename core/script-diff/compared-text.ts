import { diffArrays } from "diff";
import { createFoldedText } from "./folded-text";
import type { ScriptDiffResources } from "./resources";
import { tokenize } from "./tokenize";

/** A token as compared: its folded text, and where it sits in the ORIGINAL text. */
export interface ComparedToken {
  readonly folded: string;
  /** UTF-16 offsets into the original text. */
  readonly start: number;
  readonly end: number;
}

/**
 * One side of a comparison: the original text and its tokens. Whitespace is left out of
 * the comparison altogether — removed before tokenizing, so 软件 开发 and 软件开发 give the
 * same tokens — which is how whitespace-only differences never become hunks. A token may
 * therefore span whitespace of the original (two Latin words written apart).
 */
export interface ComparedText {
  readonly original: string;
  readonly tokens: readonly ComparedToken[];
}

/** Half-open range of token indices. */
export interface TokenRange {
  readonly start: number;
  readonly end: number;
}

/** A run of the token diff: equal tokens pairwise, or a changed block (either side may be empty). */
export interface Span {
  readonly equal: boolean;
  readonly hans: TokenRange;
  readonly hant: TokenRange;
}

/** Folds and tokenizes one original text. */
export function compareText(original: string, resources: ScriptDiffResources): ComparedText {
  const folded = createFoldedText(original, resources.foldCharacters);
  // The folded text without whitespace, and for each of its code units the folded offset.
  let compact = "";
  const foldedOffsets: number[] = [];
  for (let index = 0; index < folded.folded.length; index++) {
    const unit = folded.folded[index] ?? "";
    if (WHITESPACE.test(unit)) continue;
    compact += unit;
    foldedOffsets.push(index);
  }
  const tokens = tokenize(compact, resources.wordList).map((token) => ({
    folded: token.text,
    start: folded.toOriginal(foldedOffsets[token.start] ?? 0),
    end: folded.toOriginal((foldedOffsets[token.end - 1] ?? 0) + 1),
  }));
  return { original, tokens };
}

/** One UTF-16 unit of whitespace (no whitespace character lies outside the BMP). */
const WHITESPACE = /^\s$/u;

/**
 * Diffs the folded token sequences (Myers, via jsdiff) into alternating spans. Every
 * maximal run of deletions and insertions becomes ONE changed span, so a delete next to an
 * insert is a replacement. Spans cover both token sequences in order, without gaps.
 */
export function diffTokens(hans: ComparedText, hant: ComparedText): Span[] {
  const changes = diffArrays(
    hans.tokens.map((token) => token.folded),
    hant.tokens.map((token) => token.folded),
  );
  const spans: Span[] = [];
  let hansAt = 0;
  let hantAt = 0;
  let pending: { hansStart: number; hantStart: number } | null = null;
  const closePending = () => {
    if (pending === null) return;
    spans.push({
      equal: false,
      hans: { start: pending.hansStart, end: hansAt },
      hant: { start: pending.hantStart, end: hantAt },
    });
    pending = null;
  };
  for (const change of changes) {
    if (!change.added && !change.removed) {
      closePending();
      spans.push({
        equal: true,
        hans: { start: hansAt, end: hansAt + change.count },
        hant: { start: hantAt, end: hantAt + change.count },
      });
      hansAt += change.count;
      hantAt += change.count;
      continue;
    }
    pending ??= { hansStart: hansAt, hantStart: hantAt };
    if (change.removed) hansAt += change.count;
    else hantAt += change.count;
  }
  closePending();
  return spans;
}

/** The code points of the folded tokens in `range`, and the token (index) each belongs to. */
export interface TokenWindow {
  readonly codePoints: readonly string[];
  readonly tokenOf: readonly number[];
  /** Code point index at which each token of the range starts, plus the total at the end. */
  readonly tokenStarts: readonly number[];
  readonly range: TokenRange;
}

export function windowOf(text: ComparedText, range: TokenRange): TokenWindow {
  const codePoints: string[] = [];
  const tokenOf: number[] = [];
  const tokenStarts: number[] = [];
  for (let index = range.start; index < range.end; index++) {
    tokenStarts.push(codePoints.length);
    for (const character of text.tokens[index]?.folded ?? "") {
      codePoints.push(character);
      tokenOf.push(index);
    }
  }
  tokenStarts.push(codePoints.length);
  return { codePoints, tokenOf, tokenStarts, range };
}

/** Original-text offsets of a token range; an empty range sits after the preceding token. */
export function offsetsOf(text: ComparedText, range: TokenRange): { start: number; end: number } {
  if (range.end > range.start) {
    return { start: text.tokens[range.start]?.start ?? 0, end: text.tokens[range.end - 1]?.end ?? 0 };
  }
  const point = range.start > 0 ? (text.tokens[range.start - 1]?.end ?? 0) : 0;
  return { start: point, end: point };
}

/** Number of code points in the tokens of `range`. */
export function codePointLength(text: ComparedText, range: TokenRange): number {
  let length = 0;
  for (let index = range.start; index < range.end; index++) length += [...(text.tokens[index]?.folded ?? "")].length;
  return length;
}

/** The tokens covering code points [start, end) of a window. */
export function snapToTokens(window: TokenWindow, start: number, end: number): TokenRange {
  const first = window.tokenOf[start] ?? window.range.start;
  const last = window.tokenOf[end - 1] ?? first;
  return { start: first, end: last + 1 };
}

/** The part of a window covering the tokens of `range` (which lies inside it). */
export function subWindow(window: TokenWindow, range: TokenRange): TokenWindow {
  const from = window.tokenStarts[range.start - window.range.start] ?? 0;
  const to = window.tokenStarts[range.end - window.range.start] ?? window.codePoints.length;
  return {
    codePoints: window.codePoints.slice(from, to),
    tokenOf: window.tokenOf.slice(from, to),
    tokenStarts: window.tokenStarts
      .slice(range.start - window.range.start, range.end - window.range.start + 1)
      .map((at) => at - from),
    range,
  };
}
