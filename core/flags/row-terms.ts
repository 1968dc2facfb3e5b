import { findTermOccurrences, type OccurrenceKind, type Term } from "../glossary";
import type { CheckOptions } from "./check-options";
import type { CheckRow } from "./flag";

/** The two Chinese versions, which the terminology checks look at. */
export const CHINESE_LANGUAGES = ["zh-Hans", "zh-Hant"] as const;
export type ChineseLanguage = (typeof CHINESE_LANGUAGES)[number];

/** One glossary rendering found in a Chinese paragraph of a row. */
export interface RenderingFound {
  termIndex: number;
  rendering: string;
  kind: OccurrenceKind;
  /** 0-based position of its paragraph in the version. */
  paragraph: number;
  /**
   * The same span also renders another term the row is about (網路: network, and internet,
   * in a row naming both or in a row without English): it says nothing about which of them
   * it translates, so comparisons of renderings leave it out.
   */
  ambiguous: boolean;
}

/** What one Chinese version of a row says about the glossary's terms. */
export interface VersionTerms {
  /** 0-based position of the version's first paragraph in the row; null when the row has none. */
  firstParagraph: number | null;
  /** Renderings of the terms the row is about (see RowTerms.isAbout), in text order. */
  found: RenderingFound[];
  /** How often the text keeps a term's English name as it is (AI分诊), per term. */
  keptInEnglish: Map<number, number>;
  /** The version's paragraphs in the row, joined by line breaks. */
  text: string;
  paragraphs: readonly { position: number; text: string }[];
}

/** The glossary terms of one row, as every terminology check reads them. */
export interface RowTerms {
  row: CheckRow;
  hasEnglish: boolean;
  /** How often the row's English names each term, per term index. */
  englishCounts: Map<number, number>;
  /**
   * Whether the row is about term `termIndex`: its English names it, or it has no English.
   * A Chinese word can carry more than the glossary's sense (服务员 is a waiter, and only a
   * wrong rendering of "server"), which only the English tells apart; without English every
   * whole-word match counts.
   */
  isAbout(termIndex: number): boolean;
  /**
   * Whether a version's renderings of a term can each be taken as a translation of one of
   * the English mentions: it renders the term (preferred or allowed) no more often than the
   * English names it, or always with the same word (Chinese repeats a noun where English
   * says "it"), or the row has no English. Where it uses several words more often than the
   * English names the term, some of them carry another sense (the English "video" once, and
   * 视频 and 录像, which also translates "recordings"), and nothing tells which: comparisons
   * of renderings skip it.
   */
  rendersOnlyEnglishMentions(language: ChineseLanguage, termIndex: number): boolean;
  versions: Record<ChineseLanguage, VersionTerms>;
}

/**
 * Finds the glossary's terms in each version of `row`: English names (inflected: see
 * core/glossary findTermOccurrences), and in each Chinese version the preferred, allowed and
 * forbidden renderings on word boundaries, a span that renders several terms counted for
 * each (網路 is Taiwan's "network" and an allowed "internet"), kept only for the terms the
 * row is about.
 */
export function findRowTerms(row: CheckRow, terms: readonly Term[], options: CheckOptions = {}): RowTerms {
  const englishCounts = new Map<number, number>();
  for (const paragraph of row.paragraphs.en) {
    for (const { termIndex } of findTermOccurrences(paragraph.text, "en", terms)) {
      englishCounts.set(termIndex, (englishCounts.get(termIndex) ?? 0) + 1);
    }
  }
  const hasEnglish = row.paragraphs.en.length > 0;
  const isAbout = (termIndex: number) => !hasEnglish || englishCounts.has(termIndex);
  const versionOf = (language: ChineseLanguage): VersionTerms => {
    const paragraphs = row.paragraphs[language];
    const found: RenderingFound[] = [];
    const keptInEnglish = new Map<number, number>();
    for (const paragraph of paragraphs) {
      const occurrences = findTermOccurrences(paragraph.text, language, terms, { sharedSpans: true, isWord: options.isWord }).filter(
        (occurrence) => isAbout(occurrence.termIndex),
      );
      const termsPerSpan = new Map<string, number>();
      const spanOf = (occurrence: { start: number; end: number }) => `${occurrence.start}:${occurrence.end}`;
      for (const occurrence of occurrences) termsPerSpan.set(spanOf(occurrence), (termsPerSpan.get(spanOf(occurrence)) ?? 0) + 1);
      for (const occurrence of occurrences) {
        found.push({
          termIndex: occurrence.termIndex,
          rendering: occurrence.rendering,
          kind: occurrence.kind,
          paragraph: paragraph.position,
          ambiguous: (termsPerSpan.get(spanOf(occurrence)) ?? 0) > 1,
        });
      }
      for (const [termIndex] of englishCounts) {
        const kept = countEnglishNames(paragraph.text, terms[termIndex]?.english ?? []);
        if (kept > 0) keptInEnglish.set(termIndex, (keptInEnglish.get(termIndex) ?? 0) + kept);
      }
    }
    return { firstParagraph: paragraphs[0]?.position ?? null, found, keptInEnglish, text: paragraphs.map((p) => p.text).join("\n"), paragraphs };
  };
  const versions = { "zh-Hans": versionOf("zh-Hans"), "zh-Hant": versionOf("zh-Hant") };
  const rendersOnlyEnglishMentions = (language: ChineseLanguage, termIndex: number) => {
    if (!hasEnglish) return true;
    const renderings = versions[language].found.filter((found) => found.termIndex === termIndex && found.kind !== "forbidden");
    return new Set(renderings.map((found) => found.rendering)).size <= 1 || renderings.length <= (englishCounts.get(termIndex) ?? 0);
  };
  return { row, hasEnglish, englishCounts, isAbout, rendersOnlyEnglishMentions, versions };
}

/**
 * How often a Chinese text writes one of `names` in Latin letters (AI in AI分诊, case-insensitive
 * unless the name is in capitals). Han characters count as a boundary here, unlike in English.
 */
function countEnglishNames(text: string, names: readonly string[]): number {
  let count = 0;
  for (const name of names) count += Array.from(text.matchAll(namePattern(name))).length;
  return count;
}

const namePatterns = new Map<string, RegExp>();

function namePattern(name: string): RegExp {
  let pattern = namePatterns.get(name);
  if (pattern === undefined) {
    const capitals = /^[\p{Lu}\p{N}\s-]+$/u.test(name);
    const escaped = name.trim().replace(/[.*+?^${}()|[\]\\]/gu, "\\$&").replace(/[\s-]+/gu, "[\\s-]?");
    pattern = new RegExp(`(?<![\\p{Script=Latin}\\p{N}])${escaped}(?![\\p{Script=Latin}\\p{N}])`, capitals ? "gu" : "giu");
    namePatterns.set(name, pattern);
  }
  return pattern;
}
