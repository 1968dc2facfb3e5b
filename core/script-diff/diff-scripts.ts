import { classifyHunk, type ClassifiedPiece, type HunkSetting } from "./classify-hunk";
import { compareText, diffTokens, offsetsOf, type ComparedText, type ComparedToken, type Span } from "./compared-text";
import { mergeNeighbouringRewrites } from "./merge-rewrites";
import { pairMovedRegionalWords } from "./moved-regional-words";
import { acceptedStandards, type ReferenceStandard } from "./reference-conversion";
import { defaultScriptDiffResources, type ScriptDiffResources } from "./resources";
import type { Region, ScriptDifference } from "./types";
import {
  createReferenceText,
  isVariantForm,
  regionFromEvidence,
  tallyRegionEvidence,
  type ReferenceText,
  type RegionEvidence,
} from "./variant-forms";

export interface DiffScriptsOptions {
  /**
   * The regional standard the Traditional text follows. Variant forms are judged against
   * it (Taiwan writes 裡 and 著, Hong Kong 裏 and 着). Detected from the text when absent.
   */
  readonly region?: Region;
  /** Dictionaries and converters; the shared defaults when absent (see `withRegionalSources`). */
  readonly resources?: ScriptDiffResources;
}

/**
 * The differences between a Simplified text and its Traditional counterpart, classified.
 *
 * Both texts are folded to Simplified characters (character by character: phrase tables
 * would turn 軟體 into 软件 and erase the terminology we show) and to one form of each
 * punctuation mark, tokenized into words the same way, and diffed token by token.
 * Changed spans are classified by `classifyHunk` (regional, divergent, omission,
 * addition); spans that are equal after folding are checked for variant forms.
 *
 * Invariants:
 * - a difference that is only the script (软件/軟件, 里/裏 in a Hong Kong text) is no
 *   difference: identical-after-folding text yields nothing unless a character is a
 *   variant form (see `isVariantForm`);
 * - whitespace is never compared, so whitespace-only differences yield nothing;
 * - every difference covers whole tokens of both texts (a highlight never splits a word)
 *   and has text on at least one side; `hans`/`hant` are slices of the ORIGINAL texts at
 *   their UTF-16 offsets (characters outside the BMP count two);
 * - the result is sorted by Simplified position and never overlaps on either side; the
 *   Traditional side is in order too, except around a regional word that moved across a
 *   short shared word (视频案例 / 案例影片: see `pairMovedRegionalWords`); "" vs "" gives [].
 */
export function diffScripts(hans: string, hant: string, options: DiffScriptsOptions = {}): ScriptDifference[] {
  const prepared = prepareScriptComparison(hans, hant, options.resources ?? defaultScriptDiffResources());
  return prepared.classify(options.region ?? regionFromEvidence(prepared.regionEvidence));
}

/**
 * A comparison diffed but not yet classified, so a caller comparing many paragraphs of one
 * article can pool the region evidence of all of them before classifying each.
 */
export interface PreparedScriptComparison {
  /** How many Taiwan and Hong Kong marker characters (裡/著, 裏/着…) the Traditional text wrote. */
  readonly regionEvidence: RegionEvidence;
  classify(region: Region): ScriptDifference[];
}

export function prepareScriptComparison(
  hans: string,
  hant: string,
  resources: ScriptDiffResources,
): PreparedScriptComparison {
  const hansText = compareText(hans, resources);
  const hantText = compareText(hant, resources);
  const spans = diffTokens(hansText, hantText);
  const references: Record<ReferenceStandard, ReferenceText> = {
    tw: createReferenceText(hans, resources.referenceConverters.tw),
    hk: createReferenceText(hans, resources.referenceConverters.hk),
    standard: createReferenceText(hans, resources.referenceConverters.standard),
  };
  const equalPairs = () => spans.filter((span) => span.equal).flatMap((span) => tokenPairs(span, hansText, hantText));

  return {
    regionEvidence: tallyRegionEvidence(equalPairs(), hans, hant, references),
    classify(region) {
      const accepted = acceptedStandards(region).map((standard) => references[standard]);
      const setting = { hans: hansText, hant: hantText, index: resources.regionalIndex, region };
      const pieces = pairMovedRegionalWords(classifySpans(spans, setting, accepted, resources), setting);
      return mergeNeighbouringRewrites(pieces, hansText, hantText).map((piece) => toDifference(piece, hansText, hantText));
    },
  };
}

function classifySpans(
  spans: readonly Span[],
  setting: HunkSetting,
  accepted: readonly ReferenceText[],
  resources: ScriptDiffResources,
): ClassifiedPiece[] {
  const { hans, hant } = setting;
  // Classify the changed spans first: they may borrow equal tokens from the spans around
  // them. For each equal span: how many of its first and last tokens were borrowed.
  const takenFromStart = new Map<number, number>();
  const takenFromEnd = new Map<number, number>();
  const hunkPieces = new Map<number, readonly ClassifiedPiece[]>();
  spans.forEach((span, k) => {
    if (span.equal) return;
    const before = spans[k - 1];
    const after = spans[k + 1];
    const room = {
      // The previous hunk may already have borrowed from the start of the span before this one.
      before: before?.equal === true ? length(before) - (takenFromStart.get(k - 1) ?? 0) : 0,
      after: after?.equal === true ? length(after) : 0,
    };
    const classified = classifyHunk(span, room, setting);
    hunkPieces.set(k, classified.pieces);
    takenFromEnd.set(k - 1, classified.consumedBefore);
    takenFromStart.set(k + 1, classified.consumedAfter);
  });

  const pieces: ClassifiedPiece[] = [];
  spans.forEach((span, k) => {
    if (!span.equal) {
      pieces.push(...(hunkPieces.get(k) ?? []));
      return;
    }
    const skipStart = takenFromStart.get(k) ?? 0;
    const skipEnd = takenFromEnd.get(k) ?? 0;
    let open: ClassifiedPiece | null = null;
    for (let offset = skipStart; offset < length(span) - skipEnd; offset++) {
      const hansIndex = span.hans.start + offset;
      const hantIndex = span.hant.start + offset;
      const hansToken = hans.tokens[hansIndex];
      const hantToken = hant.tokens[hantIndex];
      if (hansToken === undefined || hantToken === undefined) continue;
      const variant = isVariantForm(
        hans.original.slice(hansToken.start, hansToken.end),
        hant.original.slice(hantToken.start, hantToken.end),
        accepted.map((reference) => reference.codePointsOf(hansToken.start, hansToken.end)),
        resources.variants,
      );
      if (!variant) {
        if (open !== null) pieces.push(open);
        open = null;
        continue;
      }
      // Neighbouring variant tokens form one difference.
      const hansStart: number = open === null ? hansIndex : open.hans.start;
      const hantStart: number = open === null ? hantIndex : open.hant.start;
      open = {
        class: "variant-form",
        hans: { start: hansStart, end: hansIndex + 1 },
        hant: { start: hantStart, end: hantIndex + 1 },
      };
    }
    if (open !== null) pieces.push(open);
  });
  return pieces;
}

function tokenPairs(span: Span, hans: ComparedText, hant: ComparedText): (readonly [ComparedToken, ComparedToken])[] {
  const pairs: (readonly [ComparedToken, ComparedToken])[] = [];
  for (let offset = 0; offset < length(span); offset++) {
    const hansToken = hans.tokens[span.hans.start + offset];
    const hantToken = hant.tokens[span.hant.start + offset];
    if (hansToken !== undefined && hantToken !== undefined) pairs.push([hansToken, hantToken]);
  }
  return pairs;
}

function length(span: Span): number {
  return span.hans.end - span.hans.start;
}

function toDifference(piece: ClassifiedPiece, hans: ComparedText, hant: ComparedText): ScriptDifference {
  const hansOffsets = offsetsOf(hans, piece.hans);
  const hantOffsets = offsetsOf(hant, piece.hant);
  const difference: ScriptDifference = {
    class: piece.class,
    hans: hans.original.slice(hansOffsets.start, hansOffsets.end),
    hant: hant.original.slice(hantOffsets.start, hantOffsets.end),
    hansStart: hansOffsets.start,
    hansEnd: hansOffsets.end,
    hantStart: hantOffsets.start,
    hantEnd: hantOffsets.end,
  };
  if (piece.region !== undefined) difference.region = piece.region;
  return difference;
}
