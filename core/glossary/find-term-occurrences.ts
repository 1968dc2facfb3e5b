import type { ContentLanguage } from "../languages";
import { chineseWordBoundaries, leavesStrandedCharacter, segmenterKnows } from "./chinese-word-boundaries";
import type { Term } from "./term";

export type OccurrenceKind = "preferred" | "allowed" | "forbidden";

/** Where a glossary rendering occurs in a text. Offsets are UTF-16, 0-based, half-open. */
export interface TermOccurrence {
  /** Index of the term in the `terms` array given. */
  termIndex: number;
  start: number;
  end: number;
  /** The glossary's rendering that matched (the text itself may differ in case or number). */
  rendering: string;
  kind: OccurrenceKind;
}

/**
 * Finds every glossary rendering in `text`, a paragraph in `language`.
 *
 * - English (`en`): each English name, case-insensitively, on word boundaries, with the
 *   words of a name separated by any spaces, a hyphen or nothing (data set, data-set,
 *   dataset), and the last word allowed a plural
 *   or possessive ending (database → databases, database's; policy → policies). Names in
 *   capitals (AI, OCR) match case-sensitively, so "AI" is not found in "said".
 * - Chinese: the variant's preferred, allowed and forbidden renderings, in the
 *   original text (no folding: 軟件 in a zh-Hant text is what it is), on word boundaries:
 *   both ends of a match must be word boundaries of the text (chinese-word-boundaries.ts),
 *   so 项目 is not found in 这项目标 (这项|目标), while 人工智能 (人工|智能) is found whole;
 *   nor where the segmenter kept it whole by stranding a character that belongs with its
 *   edge (各|项目|标, read 各项|目标: see leavesStrandedCharacter).
 *
 * Overlapping matches are resolved longest first (数据库 wins over 数据 inside it), then
 * leftmost, then preferred before allowed before forbidden, then lower term index.
 * The result is sorted by start and never overlaps (with `sharedSpans`, spans of several
 * terms repeat exactly, once per term); an empty text or glossary gives [].
 */
export function findTermOccurrences(
  text: string,
  language: ContentLanguage,
  terms: readonly Term[],
  options: FindTermOptions = {},
): TermOccurrence[] {
  const candidates: TermOccurrence[] = [];
  let boundaries: ReadonlySet<number> | undefined;
  let lowerText: string | undefined;
  const { isWord } = options;
  const chineseWords = (rendering: string) => {
    const substrings = findSubstrings(text, rendering);
    const found = isWord === undefined ? substrings : substrings.filter(({ start, end }) => !isInsideLongerWord(text, start, end, isWord));
    if (found.length === 0 || !segmenterKnows(rendering)) return found;
    boundaries ??= chineseWordBoundaries(text);
    const wordBoundaries = boundaries;
    return found.filter(
      ({ start, end }) =>
        wordBoundaries.has(start) && wordBoundaries.has(end) && !leavesStrandedCharacter(text, start, end, wordBoundaries, isWord),
    );
  };
  terms.forEach((term, termIndex) => {
    for (const { rendering, kind } of renderingsOf(term, language)) {
      const found = language === "en" ? findEnglish(text, (lowerText ??= text.toLowerCase()), rendering) : chineseWords(rendering);
      for (const { start, end } of found) candidates.push({ termIndex, start, end, rendering, kind });
    }
  });

  candidates.sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start ||
      KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
      a.termIndex - b.termIndex,
  );
  const accepted: TermOccurrence[] = [];
  for (const candidate of candidates) {
    const free = accepted.every((taken) => candidate.end <= taken.start || candidate.start >= taken.end);
    const sharing =
      options.sharedSpans === true &&
      accepted.some((taken) => taken.start === candidate.start && taken.end === candidate.end) &&
      !accepted.some((taken) => taken.start === candidate.start && taken.termIndex === candidate.termIndex);
    if (free || sharing) accepted.push(candidate);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

export interface FindTermOptions {
  /**
   * Report a span once per term it renders, not once: 網路 is Taiwan's "network" (preferred)
   * and an allowed "internet", and a check about either term must see it. Longer spans still
   * win over the shorter ones inside them. Default false (one occurrence per span, for marking).
   */
  sharedSpans?: boolean;
  /**
   * A dictionary of Chinese words beyond the segmenter's (CC-CEDICT, say): a match inside a
   * longer word it knows is dropped (录像 in 录像带, videotape, which ICU cuts 录像|带), and
   * it is asked too whether a character beside a match is stranded (see
   * leavesStrandedCharacter). Without it only the segmenter decides.
   */
  isWord?: (candidate: string) => boolean;
}

/** How many characters a longer word may add on each side of a match. */
const LONGER_WORD_REACH = 2;

/** Whether [start, end) lies inside a longer word of the dictionary: up to two Han characters more on either side. */
function isInsideLongerWord(text: string, start: number, end: number, isWord: (candidate: string) => boolean): boolean {
  for (let left = start; left >= Math.max(0, start - LONGER_WORD_REACH); left--) {
    if (left < start && !isHan(text[left] ?? "")) break;
    for (let right = end; right <= Math.min(text.length, end + LONGER_WORD_REACH); right++) {
      if (right > end && !isHan(text[right - 1] ?? "")) break;
      if ((left < start || right > end) && isWord(text.slice(left, right))) return true;
    }
  }
  return false;
}

function isHan(character: string): boolean {
  return /^\p{Script=Han}$/u.test(character);
}

const KIND_RANK: Record<OccurrenceKind, number> = { preferred: 0, allowed: 1, forbidden: 2 };

function renderingsOf(term: Term, language: ContentLanguage): { rendering: string; kind: OccurrenceKind }[] {
  const tagged = (renderings: readonly string[], kind: OccurrenceKind) =>
    renderings.filter((rendering) => rendering !== "").map((rendering) => ({ rendering, kind }));
  switch (language) {
    case "en":
      return tagged(term.english, "preferred");
    case "zh-Hans":
      return [
        ...tagged([term.hansPreferred], "preferred"),
        ...tagged(term.hansAllowed, "allowed"),
        ...tagged(term.hansForbidden, "forbidden"),
      ];
    case "zh-Hant":
      return [
        ...tagged([term.hantPreferred], "preferred"),
        ...tagged(term.hantAllowed, "allowed"),
        ...tagged(term.hantForbidden, "forbidden"),
      ];
    default:
      return assertNever(language);
  }
}

/** Every occurrence, overlapping ones included (resolution happens later). */
function findSubstrings(text: string, rendering: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (let start = text.indexOf(rendering); start !== -1; start = text.indexOf(rendering, start + 1)) {
    found.push({ start, end: start + rendering.length });
  }
  return found;
}

function findEnglish(text: string, lowerText: string, name: string): { start: number; end: number }[] {
  // A cheap test first: the regular expression costs far more than looking for the name's
  // first letters, which no inflection or separator changes, and most names are absent.
  if (!lowerText.includes(leadingLetters(name))) return [];
  const pattern = englishPattern(name);
  if (pattern === null) return [];
  return Array.from(text.matchAll(pattern), (match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** The lowercased start of a name's first word that every form of the name begins with (life → li, for lives). */
function leadingLetters(name: string): string {
  const firstWord = name.trim().toLowerCase().split(/[\s-]+/u)[0] ?? "";
  const single = !/[\s-]/u.test(name.trim());
  // A single word is the last word, whose plural may change its last two letters (life → lives).
  return single ? firstWord.slice(0, Math.max(1, firstWord.length - 2)) : firstWord;
}

/** Cache of compiled name patterns: a glossary is matched against many paragraphs. */
const patterns = new Map<string, RegExp | null>();

function englishPattern(name: string): RegExp | null {
  const cached = patterns.get(name);
  if (cached !== undefined) return cached;
  const words = name.trim().split(/[\s-]+/u).filter((word) => word !== "");
  const last = words.pop();
  let pattern: RegExp | null = null;
  if (last !== undefined) {
    const capitals = /^[\p{Lu}\p{N}]{2,}$/u.test(name.replace(/[\s-]+/gu, ""));
    // Words of a name may be written apart, hyphenated or closed up: e-mail, e mail, email.
    const body = [...words.map(escape), inflected(last)].join("(?:\\s+|-)?");
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, capitals ? "gu" : "giu");
  }
  patterns.set(name, pattern);
  return pattern;
}

/**
 * The last word with an optional plural or possessive ending: policy → policies,
 * analysis → analyses, life → lives, chairman → chairmen, box → boxes, and 's / s'.
 * Other irregular plurals (child → children) need their own English name in the glossary.
 */
function inflected(word: string): string {
  const possessive = "(?:['’]s|s['’])?";
  if (/[^aeiou]y$/iu.test(word)) return `${escape(word.slice(0, -1))}(?:y|ies)${possessive}`;
  if (/is$/iu.test(word)) return `${escape(word.slice(0, -2))}(?:is|es)${possessive}`;
  if (/(?:s|x|z|ch|sh)$/iu.test(word)) return `${escape(word)}(?:es)?${possessive}`;
  const f = /(?<!f)(fe?)$/iu.exec(word)?.[1];
  if (f !== undefined) return `${escape(word.slice(0, -f.length))}(?:${escape(f)}s?|ves)${possessive}`;
  if (/man$/iu.test(word)) return `${escape(word.slice(0, -3))}m(?:an|en|ans)${possessive}`;
  return `${escape(word)}s?${possessive}`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

function assertNever(value: never): never {
  throw new Error(`unexpected language ${String(value)}`);
}
