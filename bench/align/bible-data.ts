import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The gold data of ../shared/data/bible (see its SOURCE.md): the Bible in English (WEB),
 * Simplified and Traditional Chinese (CUV, FHL digital text) and a second Traditional CUV
 * text, with the reference verse alignments. Read in place, never copied into the repo.
 */

/** Where the data lives: `../shared/data/bible` from the project root (PARALLAX_BIBLE_DIR overrides). */
export const BIBLE_DIR = process.env.PARALLAX_BIBLE_DIR ?? path.resolve(import.meta.dirname, "../../../shared/data/bible");

export type BibleEdition = "en" | "zh-Hans" | "zh-Hant" | "zh-Hant-alt";

/** One record of an edition, in file order (canonical book order, then chapter and verse). */
export interface Verse {
  /** "BOOK C:V", the form the TSV files use. */
  ref: string;
  book: string;
  /** Verse text; "" for an omitted (en) or merged-away (zh) record. */
  text: string;
  /** English only: the verse begins a paragraph or stanza in the WEB source. */
  para: boolean;
}

/**
 * A reference alignment between two editions: groups of verse indices (into each edition's
 * `Verse[]`, empty records included) that translate each other as a block. Every record of
 * either edition is in exactly one group; a group may have no verse on one side.
 */
export interface VerseAlignment {
  groups: { source: number[]; target: number[] }[];
}

interface VerseRecord {
  book: string;
  chapter: number;
  verse: number;
  text: string;
  para?: boolean;
}

export function readEdition(edition: BibleEdition): Verse[] {
  const text = readFileSync(path.join(BIBLE_DIR, `${edition}.jsonl`), "utf8");
  const verses: Verse[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    const record = JSON.parse(line) as VerseRecord;
    verses.push({
      ref: `${record.book} ${record.chapter}:${record.verse}`,
      book: record.book,
      text: record.text,
      para: record.para === true,
    });
  }
  return verses;
}

/**
 * The gold alignment between `source` and `target` editions from an exceptions TSV
 * (columns kind, source refs, target refs, note; refs separated by "; "): each TSV row is
 * one group, and every ref named in no row on its side aligns with the same ref on the other.
 */
export function readVerseAlignment(source: readonly Verse[], target: readonly Verse[], tsvFile: string): VerseAlignment {
  const sourceIndex = indexByRef(source);
  const targetIndex = indexByRef(target);
  const sourceListed = new Set<number>();
  const targetListed = new Set<number>();
  const groups: { source: number[]; target: number[] }[] = [];
  const lines = readFileSync(path.join(BIBLE_DIR, tsvFile), "utf8").split("\n").slice(1);
  for (const line of lines) {
    if (line.trim() === "") continue;
    const [, sourceRefs = "", targetRefs = ""] = line.split("\t");
    const group = { source: refsToIndices(sourceRefs, sourceIndex), target: refsToIndices(targetRefs, targetIndex) };
    for (const index of group.source) sourceListed.add(index);
    for (const index of group.target) targetListed.add(index);
    groups.push(group);
  }
  const matchedTargets = new Set<number>();
  source.forEach((verse, index) => {
    if (sourceListed.has(index)) return;
    const partner = targetIndex.get(verse.ref);
    if (partner === undefined || targetListed.has(partner)) groups.push({ source: [index], target: [] });
    else {
      groups.push({ source: [index], target: [partner] });
      matchedTargets.add(partner);
    }
  });
  target.forEach((_, index) => {
    if (!targetListed.has(index) && !matchedTargets.has(index)) groups.push({ source: [], target: [index] });
  });
  for (const group of groups) {
    group.source.sort((a, b) => a - b);
    group.target.sort((a, b) => a - b);
  }
  groups.sort((a, b) => firstOf(a) - firstOf(b));
  return { groups };
}

/** A group's position for ordering: its first target verse, else its first source verse. */
function firstOf(group: { source: number[]; target: number[] }): number {
  return group.target[0] ?? group.source[0] ?? 0;
}

function indexByRef(verses: readonly Verse[]): Map<string, number> {
  const index = new Map<string, number>();
  verses.forEach((verse, position) => index.set(verse.ref, position));
  return index;
}

function refsToIndices(refs: string, index: ReadonlyMap<string, number>): number[] {
  return refs
    .split(";")
    .map((ref) => ref.trim())
    .filter((ref) => ref !== "")
    .map((ref) => {
      const position = index.get(ref);
      if (position === undefined) throw new Error(`reference alignment names ${ref}, which the edition lacks`);
      return position;
    });
}

/** Everything the benchmark reads, loaded once. */
export interface Bible {
  en: Verse[];
  hans: Verse[];
  hant: Verse[];
  alt: Verse[];
  /** English ↔ Chinese (zh-Hans and zh-Hant share verse numbering, record for record). */
  enZh: VerseAlignment;
  /** zh-Hant (and so zh-Hans) ↔ zh-Hant-alt. */
  zhAlt: VerseAlignment;
}

export function loadBible(): Bible {
  const en = readEdition("en");
  const hans = readEdition("zh-Hans");
  const hant = readEdition("zh-Hant");
  const alt = readEdition("zh-Hant-alt");
  return {
    en,
    hans,
    hant,
    alt,
    enZh: readVerseAlignment(en, hans, "alignment-exceptions.tsv"),
    zhAlt: joinVerses(readVerseAlignment(hant, alt, "zh-Hant-alt-vs-zh-Hant.tsv"), hant, alt, MOVED_VERSE_BOUNDARIES),
  };
}

/**
 * Verse pairs whose boundary the two Traditional digital texts place differently, though
 * the data's TSV calls them same-ref: zh-Hant-alt moves words across it (NUM 12:10 ends
 * "…大痲瘋，有雪那樣白。亞倫一看米利暗長了大痲瘋，" where zh-Hant/zh-Hans end at "大麻疯，").
 * Found by comparing the letters of adjacent verses, each checked by reading; their
 * gold alignment is the pair as a block (2-2), since neither verse alone translates the other.
 */
const MOVED_VERSE_BOUNDARIES: readonly [string, string][] = [
  ["NUM 12:10", "NUM 12:11"],
  ["LUK 4:1", "LUK 4:2"],
  ["ACT 3:19", "ACT 3:20"],
  ["ACT 4:34", "ACT 4:35"],
];

/** The alignment with each listed pair of refs (on both sides) made one group. */
function joinVerses(
  alignment: VerseAlignment,
  source: readonly Verse[],
  target: readonly Verse[],
  pairs: readonly (readonly [string, string])[],
): VerseAlignment {
  const sourceIndex = indexByRef(source);
  const targetIndex = indexByRef(target);
  let groups = alignment.groups;
  for (const refs of pairs) {
    const sources = new Set(refs.map((ref) => sourceIndex.get(ref) ?? -1));
    const targets = new Set(refs.map((ref) => targetIndex.get(ref) ?? -1));
    const joined = { source: [] as number[], target: [] as number[] };
    const rest = groups.filter((group) => {
      const inside = group.source.some((index) => sources.has(index)) || group.target.some((index) => targets.has(index));
      if (inside) {
        joined.source.push(...group.source);
        joined.target.push(...group.target);
      }
      return !inside;
    });
    joined.source.sort((a, b) => a - b);
    joined.target.sort((a, b) => a - b);
    groups = [...rest, joined].sort((a, b) => (a.target[0] ?? a.source[0] ?? 0) - (b.target[0] ?? b.source[0] ?? 0));
  }
  return { groups };
}
