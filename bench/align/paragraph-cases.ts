import type { Bible, Verse, VerseAlignment } from "./bible-data";
import { goldBeads, type GoldBead } from "./gold-beads";
import { randomBelow, seededRandom } from "./seeded-random";

/** The language pairs of the paragraph-level benchmark. */
export const PARAGRAPH_PAIRS = ["en-zh-Hans", "en-zh-Hant", "zh-Hans-zh-Hant-alt"] as const;
export type ParagraphPair = (typeof PARAGRAPH_PAIRS)[number];

/** Two documents to align and the answer. */
export interface AlignmentCase {
  source: string[];
  target: string[];
  gold: GoldBead[];
}

/**
 * How often each regrouping happens, per target paragraph (per source paragraph for
 * `dropSource`). Together about one paragraph in eight is touched: far more than a real
 * translation, so the benchmark sees every bead shape many times.
 */
export const REGROUPING_RATES = {
  /** Two consecutive target paragraphs printed as one (gold 1-2 seen from the target: 2-1). */
  merge2: 0.04,
  merge3: 0.01,
  /** One target paragraph split at verse boundaries into two or three (gold 1-2, 1-3). */
  split2: 0.04,
  split3: 0.01,
  /** A target paragraph missing (gold 1-0). */
  dropTarget: 0.015,
  /**
   * The last verse of a target paragraph moved to the start of the next (gold 2-2). Off:
   * the regroupings are merges, splits and drops; set it to see 2-2 beads stressed.
   */
  shift: 0,
  /** A source paragraph missing (gold 0-1). */
  dropSource: 0.015,
} as const;

interface Paragraph {
  /** Indices of the (non-empty) verses it holds, in order. */
  verses: number[];
}

/**
 * A paragraph-level case: `size` consecutive source paragraphs from a seeded position
 * (the English paragraph marks, or for zh-Hans the English marks projected through the
 * verse alignment), and the target text's paragraphs obtained by projecting those through
 * the reference verse alignment and then regrouping them at random (REGROUPING_RATES).
 *
 * The Bible has 8,261 English paragraphs; a larger `size` is made by adding paragraph
 * breaks at seeded random verse boundaries (never inside a gold verse group), i.e. shorter
 * paragraphs over the whole text. Gold beads follow from the verses each paragraph holds.
 */
export function paragraphCase(bible: Bible, pair: ParagraphPair, size: number, seed: number): AlignmentCase {
  const random = seededRandom(seed);
  const enParagraphOf = paragraphIds(bible.en, (verse) => verse.para);
  let sourceVerses: readonly Verse[];
  let targetVerses: readonly Verse[];
  let alignment: VerseAlignment;
  let naturalOf: Int32Array;
  if (pair === "zh-Hans-zh-Hant-alt") {
    sourceVerses = bible.hans;
    targetVerses = bible.alt;
    alignment = bible.zhAlt;
    naturalOf = projectParagraphs(bible.enZh, enParagraphOf, bible.hans);
  } else {
    sourceVerses = bible.en;
    targetVerses = pair === "en-zh-Hans" ? bible.hans : bible.hant;
    alignment = bible.enZh;
    naturalOf = enParagraphOf;
  }

  const sourceOfVerse = addBreaks(naturalOf, sourceVerses, alignment, size, random);
  const paragraphCount = Math.max(...sourceOfVerse) + 1;
  const start = randomBelow(random, Math.max(1, paragraphCount - size + 1));
  const inWindow = (id: number) => id >= start && id < start + size;
  const targetOfVerse = projectParagraphs(alignment, sourceOfVerse, targetVerses);

  const source = groupRuns(sourceVerses, sourceOfVerse, inWindow);
  const target = groupRuns(targetVerses, targetOfVerse, inWindow);
  const perturbed = regroup(source, target, sourceOfVerse, targetOfVerse, random);

  const sourceDocumentOf = documentIndex(perturbed.source, sourceVerses.length);
  const targetDocumentOf = documentIndex(perturbed.target, targetVerses.length);
  const sourceJoiner = pair === "zh-Hans-zh-Hant-alt" ? "" : " ";
  return {
    source: perturbed.source.map((p) => p.verses.map((v) => sourceVerses[v]?.text ?? "").join(sourceJoiner)),
    target: perturbed.target.map((p) => p.verses.map((v) => targetVerses[v]?.text ?? "").join("")),
    gold: goldBeads(alignment, sourceDocumentOf, targetDocumentOf, perturbed.source.length, perturbed.target.length),
  };
}

/** Paragraph id of every verse: a new id at each verse `startsParagraph` says begins one. */
function paragraphIds(verses: readonly Verse[], startsParagraph: (verse: Verse) => boolean): Int32Array {
  const ids = new Int32Array(verses.length);
  let id = -1;
  verses.forEach((verse, index) => {
    if (id < 0 || startsParagraph(verse)) id++;
    ids[index] = id;
  });
  return ids;
}

/**
 * The paragraph each target verse falls in when the source paragraphs are projected
 * through the verse alignment: the paragraph of the first non-empty source verse of its
 * group; a group without one (text only the target has) stays with the target verse before.
 * Projected paragraphs keep the source paragraph's id.
 */
function projectParagraphs(alignment: VerseAlignment, sourceOf: Int32Array, target: readonly Verse[]): Int32Array {
  const projected = new Int32Array(target.length).fill(-1);
  for (const group of alignment.groups) {
    let id = -1;
    for (const verse of group.source) {
      const candidate = sourceOf[verse] ?? -1;
      if (candidate >= 0 && (id < 0 || candidate < id)) id = candidate;
    }
    for (const verse of group.target) projected[verse] = id;
  }
  let previous = 0;
  for (let index = 0; index < projected.length; index++) {
    if ((projected[index] ?? -1) < 0) projected[index] = previous;
    previous = projected[index] ?? previous;
  }
  return projected;
}

/**
 * Paragraph ids with extra breaks, so that there are at least `size` paragraphs: breaks go
 * at seeded random boundaries between verses of different gold groups inside a paragraph.
 */
function addBreaks(
  paragraphOf: Int32Array,
  verses: readonly Verse[],
  alignment: VerseAlignment,
  size: number,
  random: () => number,
): Int32Array {
  const count = Math.max(...paragraphOf) + 1;
  if (count >= size) return paragraphOf;
  const groupOf = new Int32Array(verses.length).fill(-1);
  alignment.groups.forEach((group, index) => {
    for (const verse of group.source) groupOf[verse] = index;
  });
  const candidates: number[] = []; // verse v such that a break may go before it
  let previous = -1;
  verses.forEach((verse, index) => {
    if (verse.text === "") return;
    if (previous >= 0 && paragraphOf[previous] === paragraphOf[index] && groupOf[previous] !== groupOf[index]) {
      candidates.push(index);
    }
    previous = index;
  });
  // Partial Fisher–Yates: the first `needed` candidates of a seeded shuffle.
  const needed = Math.min(candidates.length, size - count);
  for (let index = 0; index < needed; index++) {
    const pick = index + randomBelow(random, candidates.length - index);
    [candidates[index], candidates[pick]] = [candidates[pick] ?? 0, candidates[index] ?? 0];
  }
  const breaks = new Set(candidates.slice(0, needed));
  const ids = new Int32Array(verses.length);
  let id = 0;
  for (let index = 0; index < verses.length; index++) {
    if (index > 0 && (paragraphOf[index] !== paragraphOf[index - 1] || breaks.has(index))) id++;
    ids[index] = id;
  }
  return ids;
}

/** Runs of consecutive non-empty verses with the same paragraph id, for ids in the window. */
function groupRuns(verses: readonly Verse[], paragraphOf: Int32Array, inWindow: (id: number) => boolean): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let currentId = -1;
  verses.forEach((verse, index) => {
    const id = paragraphOf[index] ?? -1;
    if (verse.text === "" || !inWindow(id)) return;
    const last = paragraphs.at(-1);
    if (last !== undefined && id === currentId) last.verses.push(index);
    else paragraphs.push({ verses: [index] });
    currentId = id;
  });
  return paragraphs;
}

/**
 * Applies the regroupings of REGROUPING_RATES. Source drops are decided first, and the
 * target paragraphs of a dropped source paragraph are left alone (they become 0-1 beads);
 * each target operation takes paragraphs no other operation touches, so every gold bead
 * stays the result of one operation.
 */
function regroup(
  source: Paragraph[],
  target: Paragraph[],
  sourceOfVerse: Int32Array,
  targetOfVerse: Int32Array,
  random: () => number,
): { source: Paragraph[]; target: Paragraph[] } {
  const rates = REGROUPING_RATES;
  const droppedIds = new Set<number>();
  const keptSource = source.filter((paragraph) => {
    if (random() >= rates.dropSource) return true;
    droppedIds.add(sourceOfVerse[paragraph.verses[0] ?? 0] ?? -1);
    return false;
  });
  const frozen = (paragraph: Paragraph | undefined) =>
    paragraph === undefined || droppedIds.has(targetOfVerse[paragraph.verses[0] ?? 0] ?? -1);

  const out: Paragraph[] = [];
  for (let index = 0; index < target.length; ) {
    const paragraph = target[index];
    if (paragraph === undefined) break;
    if (frozen(paragraph)) {
      out.push(paragraph);
      index++;
      continue;
    }
    const operation = drawOperation(random());
    const free = (count: number) => {
      const taken = target.slice(index, index + count);
      return taken.length === count && !taken.some(frozen);
    };
    const next = target[index + 1];
    if ((operation === "merge2" || operation === "merge3") && free(operation === "merge2" ? 2 : 3)) {
      const count = operation === "merge2" ? 2 : 3;
      out.push({ verses: target.slice(index, index + count).flatMap((p) => p.verses) });
      index += count;
      continue;
    }
    if ((operation === "split2" || operation === "split3") && paragraph.verses.length >= (operation === "split2" ? 2 : 3)) {
      out.push(...splitInto(paragraph, operation === "split2" ? 2 : 3, random));
      index++;
      continue;
    }
    if (operation === "dropTarget") {
      index++;
      continue;
    }
    if (operation === "shift" && paragraph.verses.length >= 2 && next !== undefined && free(2)) {
      out.push({ verses: paragraph.verses.slice(0, -1) }, { verses: [...paragraph.verses.slice(-1), ...next.verses] });
      index += 2;
      continue;
    }
    // No operation drawn, or the one drawn does not apply here: the paragraph stays as it is.
    out.push(paragraph);
    index++;
  }
  return { source: keptSource, target: out };
}

type TargetOperation = "merge2" | "merge3" | "split2" | "split3" | "dropTarget" | "shift";
const TARGET_OPERATIONS: readonly TargetOperation[] = ["merge2", "merge3", "split2", "split3", "dropTarget", "shift"];

/** The operation a uniform draw in [0, 1) selects by the cumulative rates, or null for none. */
function drawOperation(draw: number): TargetOperation | null {
  let threshold = 0;
  for (const operation of TARGET_OPERATIONS) {
    threshold += REGROUPING_RATES[operation];
    if (draw < threshold) return operation;
  }
  return null;
}

/** The paragraph cut at `parts − 1` distinct seeded verse boundaries. */
function splitInto(paragraph: Paragraph, parts: number, random: () => number): Paragraph[] {
  const cuts = new Set<number>();
  while (cuts.size < parts - 1) cuts.add(1 + randomBelow(random, paragraph.verses.length - 1));
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces: Paragraph[] = [];
  let from = 0;
  for (const cut of [...sorted, paragraph.verses.length]) {
    pieces.push({ verses: paragraph.verses.slice(from, cut) });
    from = cut;
  }
  return pieces;
}

/** For each verse, the index of the document paragraph holding it, or -1. */
function documentIndex(paragraphs: readonly Paragraph[], verseCount: number): Int32Array {
  const of = new Int32Array(verseCount).fill(-1);
  paragraphs.forEach((paragraph, index) => {
    for (const verse of paragraph.verses) of[verse] = index;
  });
  return of;
}
