import { beforeAll, describe, expect, it } from "vitest";
import type { StoredRow } from "@/core/article";
import type { Term } from "@/core/glossary";
import { analyzeArticle, paragraphKey } from "@/core/reading/analyze-article";

function row(anchor: number, en: string[], hans: string[], hant: string[]): StoredRow {
  const paragraphs = (texts: string[], first: number) => texts.map((text, i) => ({ position: first + i, text }));
  return {
    position: anchor - 1,
    anchor,
    confidence: 1,
    reasons: [],
    status: "auto",
    paragraphs: { en: paragraphs(en, anchor - 1), "zh-Hans": paragraphs(hans, anchor - 1), "zh-Hant": paragraphs(hant, anchor - 1) },
    sentenceLinks: null,
  };
}

const software: Term = {
  english: ["software"],
  hansPreferred: "软件",
  hantPreferred: "軟體",
  hansAllowed: [],
  hantAllowed: ["軟件"],
  hansForbidden: [],
  hantForbidden: [],
  note: null,
  noteZhHans: null,
  noteZhHant: null,
};

// The first analysis builds the Simplified/Traditional comparison's regional index (about 2 s
// alone, several times that on a loaded machine): built once here, outside any test's time limit.
beforeAll(() => {
  analyzeArticle([], []);
}, 60_000);

describe("analyzeArticle", () => {
  it("finds a regional variant in both Chinese columns under one id", () => {
    const analysis = analyzeArticle([row(1, ["The software works."], ["这套软件很好用。"], ["這套軟體很好用。"])], []);
    expect(analysis.differences.map((d) => [d.class, d.hans, d.hant])).toEqual([["regional-variant", "软件", "軟體"]]);
    const id = analysis.differences[0]?.id;
    const marks = analysis.marks.get(1);
    expect(marks?.get(paragraphKey("zh-Hans", 0))).toContainEqual({ kind: "difference", start: 2, end: 4, differenceId: id, class: "regional-variant" });
    expect(marks?.get(paragraphKey("zh-Hant", 0))).toContainEqual({ kind: "difference", start: 2, end: 4, differenceId: id, class: "regional-variant" });
    expect(analysis.summary["regional-variant"]).toBe(1);
  });

  it("reports nothing for a script-only difference", () => {
    const analysis = analyzeArticle([row(1, ["Budget."], ["预算公开了。"], ["預算公開了。"])], []);
    expect(analysis.differences).toEqual([]);
  });

  it("cuts a difference back to the paragraph it falls in when a row holds a split paragraph", () => {
    const analysis = analyzeArticle(
      [row(1, ["One paragraph."], ["第一句话。", "我们的软件。"], ["第一句話。我們的軟體。"])],
      [],
    );
    const regional = analysis.differences.find((d) => d.class === "regional-variant");
    expect(regional?.hans).toBe("软件");
    const hansMarks = analysis.marks.get(1)?.get(paragraphKey("zh-Hans", 1)) ?? [];
    expect(hansMarks.some((m) => m.kind === "difference" && m.start === 3 && m.end === 5)).toBe(true);
  });

  it("marks glossary terms in all three languages with the concept's index", () => {
    const analysis = analyzeArticle([row(1, ["New software ships."], ["新软件上线。"], ["新軟體上線。"])], [software]);
    const marks = analysis.marks.get(1);
    for (const [language, start] of [["en", 4], ["zh-Hans", 1], ["zh-Hant", 1]] as const) {
      expect(marks?.get(paragraphKey(language, 0))?.filter((m) => m.kind === "term")).toEqual([
        { kind: "term", start, end: start + (language === "en" ? 8 : 2), termIndex: 0, occurrence: "preferred" },
      ]);
    }
  });

  const project: Term = { ...software, english: ["project"], hansPreferred: "项目", hantPreferred: "專案", hantAllowed: ["計畫"] };
  const termMarks = (analysis: ReturnType<typeof analyzeArticle>, language: "en" | "zh-Hans" | "zh-Hant") =>
    analysis.marks.get(1)?.get(paragraphKey(language, 0))?.filter((m) => m.kind === "term") ?? [];

  it("marks a Chinese rendering only where the row's English names the concept", () => {
    // From the demo's open-data article: the English says "programme", not "project".
    const analysis = analyzeArticle(
      [row(1, ["Payments to individuals receiving social assistance are aggregated by programme."], ["发放给社会救助对象个人的款项，则按救助项目汇总公布。"], ["發放給社會救助對象個人的款項，則按救助項目彙總公布。"])],
      [project],
    );
    expect(termMarks(analysis, "zh-Hans")).toEqual([]);
    expect(termMarks(analysis, "zh-Hant")).toEqual([]);
  });

  it("keeps the Chinese rendering where the English names it", () => {
    const analysis = analyzeArticle([row(1, ["The project began modestly."], ["这个项目起步时规模不大。"], ["這個專案起步時規模不大。"])], [project]);
    expect(termMarks(analysis, "en").map((m) => [m.start, m.end])).toEqual([[4, 11]]);
    expect(termMarks(analysis, "zh-Hans").map((m) => [m.start, m.end])).toEqual([[2, 4]]);
    expect(termMarks(analysis, "zh-Hant").map((m) => [m.start, m.end])).toEqual([[2, 4]]);
  });

  it("keeps every Chinese match in a row without English", () => {
    const analysis = analyzeArticle([row(1, [], ["按救助项目汇总公布。"], ["按救助項目彙總公布。"])], [project]);
    expect(termMarks(analysis, "zh-Hans").map((m) => [m.start, m.end])).toEqual([[3, 5]]);
  });

  it("compares nothing in a row where one Chinese version has no paragraph", () => {
    const analysis = analyzeArticle([row(1, ["Only English and Simplified."], ["只有简体。"], [])], []);
    expect(analysis.differences).toEqual([]);
  });
});
