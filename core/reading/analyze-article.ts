import type { StoredRow } from "../article";
import { findTermOccurrences, regionalSourceFromTerms, type OccurrenceKind, type Term } from "../glossary";
import { CONTENT_LANGUAGES, type ContentLanguage } from "../languages";
import {
  DIFFERENCE_CLASSES,
  prepareScriptComparison,
  regionFromEvidence,
  withRegionalSources,
  type DifferenceClass,
  type Region,
  type ScriptDiffResources,
  type ScriptDifference,
} from "../script-diff";

/** A difference between the Chinese versions of one row, numbered within the article. */
export interface RowDifference {
  /** Unique in the article; marks in both columns carry it, so hovering one finds the other. */
  id: number;
  rowAnchor: number;
  class: DifferenceClass;
  hans: string;
  hant: string;
  region: Region | null;
}

/**
 * Something to highlight inside one paragraph: offsets are UTF-16, half-open, into that
 * paragraph's original text. A zero-width mark (`start === end`) is where the other
 * version has text this one lacks.
 */
export type ParagraphMark =
  | { kind: "difference"; start: number; end: number; differenceId: number; class: DifferenceClass }
  | { kind: "term"; start: number; end: number; termIndex: number; occurrence: OccurrenceKind };

export interface ArticleAnalysis {
  region: Region;
  differences: RowDifference[];
  /** Per difference class, how many differences the article has. */
  summary: Record<DifferenceClass, number>;
  /** Marks per row (in row order), per language, per paragraph position. */
  marks: Map<number, Map<string, ParagraphMark[]>>;
}

/** Key of one paragraph's marks in `ArticleAnalysis.marks`' inner map. */
export function paragraphKey(language: ContentLanguage, position: number): string {
  return `${language}:${position}`;
}

/**
 * Everything the reading view highlights in an article: the Simplified/Traditional
 * differences of every row (the region detected once over the whole article, since one
 * edition follows one standard), and every glossary term in every paragraph.
 *
 * A row's Chinese paragraphs are compared as one text each (a row may hold a split or
 * merged paragraph), then the differences are cut back to the paragraphs they fall in.
 */
export function analyzeArticle(rows: readonly StoredRow[], terms: readonly Term[]): ArticleAnalysis {
  const resources = resourcesFor(terms);
  const comparisons = rows.map((row) => {
    const hans = joinParagraphs(row.paragraphs["zh-Hans"]);
    const hant = joinParagraphs(row.paragraphs["zh-Hant"]);
    const bothPresent = hans.paragraphs.length > 0 && hant.paragraphs.length > 0;
    return { row, hans, hant, prepared: bothPresent ? prepareScriptComparison(hans.text, hant.text, resources) : null };
  });
  const evidence = comparisons.reduce(
    (total, { prepared }) => ({ tw: total.tw + (prepared?.regionEvidence.tw ?? 0), hk: total.hk + (prepared?.regionEvidence.hk ?? 0) }),
    { tw: 0, hk: 0 },
  );
  const region = regionFromEvidence(evidence);

  const differences: RowDifference[] = [];
  const marks = new Map<number, Map<string, ParagraphMark[]>>();
  for (const { row, hans, hant, prepared } of comparisons) {
    const rowMarks = new Map<string, ParagraphMark[]>();
    const add = (language: ContentLanguage, position: number, mark: ParagraphMark) => {
      const key = paragraphKey(language, position);
      rowMarks.set(key, [...(rowMarks.get(key) ?? []), mark]);
    };
    for (const difference of prepared?.classify(region) ?? []) {
      const id = differences.length;
      differences.push(toRowDifference(id, row.anchor, difference));
      for (const piece of cutToParagraphs(hans, difference.hansStart, difference.hansEnd)) {
        add("zh-Hans", piece.position, { kind: "difference", start: piece.start, end: piece.end, differenceId: id, class: difference.class });
      }
      for (const piece of cutToParagraphs(hant, difference.hantStart, difference.hantEnd)) {
        add("zh-Hant", piece.position, { kind: "difference", start: piece.start, end: piece.end, differenceId: id, class: difference.class });
      }
    }
    for (const { language, position, found } of termOccurrencesOfRow(row, terms)) {
      add(language, position, { kind: "term", start: found.start, end: found.end, termIndex: found.termIndex, occurrence: found.kind });
    }
    marks.set(row.anchor, rowMarks);
  }

  const summary = Object.fromEntries(DIFFERENCE_CLASSES.map((c) => [c, 0])) as Record<DifferenceClass, number>;
  for (const difference of differences) summary[difference.class] += 1;
  return { region, differences, summary, marks };
}

/**
 * The glossary terms of one row, in every language. A Chinese word can carry more than the
 * glossary's sense (项目 is a "project", but 按救助项目汇总 translates "aggregated by
 * programme"), and no segmenter tells the senses apart; the row's English does. So where the
 * row has English, a Chinese rendering is marked only when that English names the same
 * concept; a row without English keeps every match on word boundaries.
 */
function termOccurrencesOfRow(row: StoredRow, terms: readonly Term[]) {
  const found = CONTENT_LANGUAGES.flatMap((language) =>
    row.paragraphs[language].flatMap((paragraph) =>
      findTermOccurrences(paragraph.text, language, terms).map((occurrence) => ({ language, position: paragraph.position, found: occurrence })),
    ),
  );
  if (row.paragraphs.en.length === 0) return found;
  const namedInEnglish = new Set(found.filter((entry) => entry.language === "en").map((entry) => entry.found.termIndex));
  return found.filter((entry) => entry.language === "en" || namedInEnglish.has(entry.found.termIndex));
}

/**
 * The comparison resources extended with the glossary's pairs, built once per distinct
 * glossary: building the regional index takes a good part of a second, a page render must not.
 */
let cachedResources: { key: string; resources: ScriptDiffResources } | null = null;

function resourcesFor(terms: readonly Term[]): ScriptDiffResources {
  const key = JSON.stringify(terms.map((term) => [term.hansPreferred, term.hansAllowed, term.hantPreferred, term.hantAllowed]));
  if (cachedResources?.key !== key) {
    cachedResources = { key, resources: withRegionalSources(terms.length > 0 ? [regionalSourceFromTerms(terms)] : []) };
  }
  return cachedResources.resources;
}

interface JoinedParagraphs {
  text: string;
  paragraphs: { position: number; offset: number; length: number }[];
}

/** The paragraphs of one language in a row as one text, separated by a line break. */
function joinParagraphs(paragraphs: readonly { position: number; text: string }[]): JoinedParagraphs {
  let offset = 0;
  const placed = paragraphs.map((paragraph) => {
    const entry = { position: paragraph.position, offset, length: paragraph.text.length };
    offset += paragraph.text.length + 1;
    return entry;
  });
  return { text: paragraphs.map((p) => p.text).join("\n"), paragraphs: placed };
}

/**
 * The parts of [start, end) of a joined text that fall in each paragraph, in paragraph
 * offsets. A zero-width range stays one zero-width piece in the paragraph it touches.
 */
function cutToParagraphs(joined: JoinedParagraphs, start: number, end: number): { position: number; start: number; end: number }[] {
  if (start === end) {
    const home = joined.paragraphs.find((p) => start >= p.offset && start <= p.offset + p.length);
    return home ? [{ position: home.position, start: start - home.offset, end: start - home.offset }] : [];
  }
  return joined.paragraphs.flatMap((p) => {
    const from = Math.max(start, p.offset);
    const to = Math.min(end, p.offset + p.length);
    return to > from ? [{ position: p.position, start: from - p.offset, end: to - p.offset }] : [];
  });
}

function toRowDifference(id: number, rowAnchor: number, difference: ScriptDifference): RowDifference {
  return {
    id,
    rowAnchor,
    class: difference.class,
    hans: difference.hans,
    hant: difference.hant,
    region: difference.region ?? null,
  };
}
