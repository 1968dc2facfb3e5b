import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkArticle, findNumberMismatches, type CheckRow } from "@/core/flags";
import { findTermOccurrences, parseGlossaryCsv } from "@/core/glossary";
import { CONTENT_LANGUAGES, type ContentLanguage } from "@/core/languages";
import { parseMarkdownArticle } from "@/core/segment";

/** The demo corpus as rows: demo/manifest.json's expected rows over the articles' paragraphs. */
const demo = path.resolve(import.meta.dirname, "../../../demo");
const manifest = JSON.parse(readFileSync(path.join(demo, "manifest.json"), "utf8")) as {
  articles: { slug: string; expectedRows: Record<ContentLanguage, number[]>[] }[];
};
const terms = parseGlossaryCsv(readFileSync(path.join(demo, "glossary.csv"), "utf8"), "demo/glossary.csv");

function rowsOf(slug: string, expectedRows: Record<ContentLanguage, number[]>[]): CheckRow[] {
  const paragraphs = Object.fromEntries(
    CONTENT_LANGUAGES.map((language) => [
      language,
      parseMarkdownArticle(readFileSync(path.join(demo, "articles", slug, `${language}.md`), "utf8")).paragraphs,
    ]),
  ) as Record<ContentLanguage, string[]>;
  return expectedRows.map((row, position) => ({
    position,
    anchor: position + 1,
    confidence: 1,
    reasons: [],
    paragraphs: Object.fromEntries(
      CONTENT_LANGUAGES.map((language) => [language, row[language].map((at) => ({ position: at, text: paragraphs[language][at] ?? "" }))]),
    ) as CheckRow["paragraphs"],
  }));
}

const articles = manifest.articles.map((article) => ({ slug: article.slug, rows: rowsOf(article.slug, article.expectedRows) }));

describe("the demo glossary fits the demo corpus", () => {
  it("has every term in the English of some article", () => {
    const english = articles.flatMap(({ rows }) => rows.flatMap((row) => row.paragraphs.en.map((paragraph) => paragraph.text)));
    const named = new Set(english.flatMap((text) => findTermOccurrences(text, "en", terms).map((found) => found.termIndex)));
    expect(terms.filter((_, index) => !named.has(index)).map((term) => term.english[0])).toEqual([]);
  });

  it("gives one flag of each glossary kind, each from a deliberate feature of the texts (demo/README.md)", () => {
    const flags = articles.flatMap(({ slug, rows }) =>
      checkArticle(rows, terms)
        .filter((flag) => flag.kind !== "alignment-doubt" && flag.kind !== "number-mismatch")
        .map((flag) => [slug, flag.rowPosition, flag.kind, flag.language, flag.term, flag.expected, flag.found]),
    );
    expect(flags).toEqual([
      ["hospital-ai-triage-pilot", 3, "sc-tc-mismatch", "zh-Hant", "elderly person", "長者", "長輩"],
      ["remote-cranes-private-5g-port", 6, "glossary-missing", "zh-Hant", "typhoon", "颱風", null],
      ["remote-cranes-private-5g-port", 7, "glossary-forbidden", "zh-Hans", "internet", "互联网", "因特网"],
      ["remote-cranes-private-5g-port", 7, "inconsistent-rendering", "zh-Hans", "crane", "岸桥", "起重机"],
      ["remote-cranes-private-5g-port", 9, "inconsistent-rendering", "zh-Hans", "crane", "岸桥", "起重机"],
    ]);
  });
});

describe("the demo's numbers", () => {
  // Read by hand: every figure agrees (四万多次 "more than 40,000", 六十万 600,000, 百分之十五
  // "15 percent", 一千五百多 "more than 1,500", 六七十年代 "the 1960s and 1970s", 将近四个月 "nearly four months").
  it("raise no number-mismatch flag", () =>
    expect(articles.flatMap(({ rows }) => rows.flatMap((row) => findNumberMismatches(row)))).toEqual([]));
});
