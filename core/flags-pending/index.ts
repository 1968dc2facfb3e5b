/**
 * TEMPORARY stand-in for the checks core/flags will export (checkArticle, termUsesOfArticle,
 * flagExplanation), with the same signatures, so storage, review and the reports can be built
 * and tested before the checks land. Deleted when they do.
 */
import type { CheckRow, ComputedFlag } from "../flags";
import { findTermOccurrences, type OccurrenceKind, type Term } from "../glossary";
import { CONTENT_LANGUAGES, type ContentLanguage } from "../languages";

export interface TermUseCount {
  rowPosition: number;
  termIndex: number;
  language: ContentLanguage;
  rendering: string;
  occurrence: OccurrenceKind;
  count: number;
}

export function termUsesOfArticle(rows: readonly CheckRow[], terms: readonly Term[]): TermUseCount[] {
  const uses: TermUseCount[] = [];
  for (const row of rows) {
    for (const language of CONTENT_LANGUAGES) {
      if (language === "en") continue;
      const counts = new Map<string, TermUseCount>();
      for (const paragraph of row.paragraphs[language]) {
        for (const occurrence of findTermOccurrences(paragraph.text, language, terms)) {
          const key = `${occurrence.termIndex}\u001f${occurrence.rendering}`;
          const known = counts.get(key);
          if (known) known.count += 1;
          else counts.set(key, { rowPosition: row.position, termIndex: occurrence.termIndex, language, rendering: occurrence.rendering, occurrence: occurrence.kind, count: 1 });
        }
      }
      uses.push(...counts.values());
    }
  }
  return uses;
}

export function checkArticle(rows: readonly CheckRow[], terms: readonly Term[]): ComputedFlag[] {
  const flags: ComputedFlag[] = [];
  for (const row of rows) {
    const english = row.paragraphs.en.map((paragraph) => paragraph.text).join("\n");
    const named = new Set(findTermOccurrences(english, "en", terms).map((occurrence) => occurrence.termIndex));
    for (const language of ["zh-Hans", "zh-Hant"] as const) {
      const paragraphs = row.paragraphs[language];
      if (paragraphs.length === 0) continue;
      const found = paragraphs.flatMap((paragraph) => findTermOccurrences(paragraph.text, language, terms));
      for (const termIndex of named) {
        const term = terms[termIndex];
        if (!term || found.some((occurrence) => occurrence.termIndex === termIndex && occurrence.kind !== "forbidden")) continue;
        flags.push({
          kind: "glossary-missing",
          language,
          rowPosition: row.position,
          paragraphPosition: paragraphs[0]?.position ?? null,
          termIndex,
          term: term.english[0] ?? null,
          expected: language === "zh-Hans" ? term.hansPreferred : term.hantPreferred,
          found: null,
          details: {},
        });
      }
      for (const occurrence of found.filter((candidate) => candidate.kind === "forbidden")) {
        const term = terms[occurrence.termIndex];
        if (!term) continue;
        flags.push({
          kind: "glossary-forbidden",
          language,
          rowPosition: row.position,
          paragraphPosition: paragraphs[0]?.position ?? null,
          termIndex: occurrence.termIndex,
          term: term.english[0] ?? null,
          expected: language === "zh-Hans" ? term.hansPreferred : term.hantPreferred,
          found: occurrence.rendering,
          details: {},
        });
      }
    }
    if (row.confidence < 0.5) {
      flags.push({
        kind: "alignment-doubt",
        language: "en",
        rowPosition: row.position,
        paragraphPosition: row.paragraphs.en[0]?.position ?? null,
        termIndex: null,
        term: null,
        expected: null,
        found: null,
        details: { confidence: row.confidence, reasons: row.reasons },
      });
    }
  }
  return flags;
}

export function flagExplanation(
  flag: Pick<ComputedFlag, "kind" | "language" | "term" | "expected" | "found" | "details">,
): { key: string; values: Record<string, string | number> } {
  return { key: `explanations.${flag.kind}`, values: { term: flag.term ?? "", expected: flag.expected ?? "", found: flag.found ?? "" } };
}
