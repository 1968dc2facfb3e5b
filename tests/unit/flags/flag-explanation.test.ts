import { describe, expect, it } from "vitest";
import { FLAG_KINDS, flagExplanation, type ComputedFlag } from "@/core/flags";
import { createI18n } from "@/i18n/create-i18n";
import { UI_LOCALES } from "@/i18n/settings";

const flag = (fields: Partial<ComputedFlag> & Pick<ComputedFlag, "kind">): ComputedFlag => ({
  language: "zh-Hant",
  rowPosition: 0,
  paragraphPosition: 0,
  termIndex: 0,
  term: "project",
  expected: "專案",
  found: "計畫",
  details: {},
  ...fields,
});

const EXAMPLES: ComputedFlag[] = [
  flag({ kind: "glossary-missing", found: null }),
  flag({ kind: "glossary-forbidden", term: "server", expected: "伺服器", found: "服務員" }),
  flag({ kind: "sc-tc-mismatch", details: { otherRendering: "项目" } }),
  flag({ kind: "inconsistent-rendering", details: { renderingCounts: { 專案: 4, 計畫: 1 } } }),
  flag({ kind: "number-mismatch", term: null, expected: null, found: null, details: { englishNumbers: ["350 million"], chineseNumbers: ["3.5亿", "20"] } }),
  flag({ kind: "alignment-doubt", term: null, expected: null, found: null, details: { confidence: 0.412, reasons: ["pairings-disagree:en-zh-Hans"] } }),
];

describe("flagExplanation", () => {
  it("gives each kind its key and the values its wording needs", () => {
    expect(EXAMPLES.map(flagExplanation)).toEqual([
      { key: "explanation.glossary-missing", values: { term: "project", expected: "專案", found: "—" } },
      { key: "explanation.glossary-forbidden", values: { term: "server", expected: "伺服器", found: "服務員" } },
      { key: "explanation.sc-tc-mismatch", values: { term: "project", expected: "專案", found: "計畫", other: "项目" } },
      { key: "explanation.inconsistent-rendering", values: { term: "project", expected: "專案", found: "計畫", expectedCount: 4, foundCount: 1 } },
      { key: "explanation.number-mismatch", values: { term: "—", expected: "—", found: "—", englishNumbers: "350 million", chineseNumbers: "3.5亿, 20" } },
      { key: "explanation.alignment-doubt", values: { term: "—", expected: "—", found: "—", confidence: 41, reasons: "pairings-disagree:en-zh-Hans" } },
    ]);
  });

  it("says what a version wrote instead when a glossary-missing flag knows it", () => {
    const explained = flagExplanation(flag({ kind: "glossary-missing", found: "項目" }));
    expect(explained).toEqual({ key: "explanation.glossary-missing-instead", values: { term: "project", expected: "專案", found: "項目" } });
    expect(createI18n("en").t(`flags:${explained.key}`, explained.values)).toBe(
      "The English has “project”, and this version writes 項目, the other edition’s word, where the glossary expects 專案.",
    );
  });

  it("offers no counterpart for a mismatch that has none", () => {
    const explained = flagExplanation(flag({ kind: "sc-tc-mismatch", expected: null, found: "影片", details: { otherRendering: "短片" } }));
    expect(explained.key).toBe("explanation.sc-tc-mismatch-no-counterpart");
    expect(createI18n("en").t(`flags:${explained.key}`, explained.values)).toBe(
      "“project” is 短片 in Simplified but 影片 in Traditional, which are not regional counterparts.",
    );
  });

  it("leaves out the reasons of a doubtful alignment that has none", () => {
    const explained = flagExplanation(flag({ kind: "alignment-doubt", term: null, expected: null, found: null, details: { confidence: 0.58, reasons: [] } }));
    expect(explained.key).toBe("explanation.alignment-doubt-no-reason");
    expect(createI18n("zh-Hans").t(`flags:${explained.key}`, explained.values)).toBe("此组的三语对齐存疑（置信度 58%）。");
  });

  it("is worded in every UI language, one line each, with every value filled in", () => {
    expect(EXAMPLES.map((example) => example.kind)).toEqual([...FLAG_KINDS]);
    for (const locale of UI_LOCALES) {
      const { t } = createI18n(locale);
      for (const example of EXAMPLES) {
        const { key, values } = flagExplanation(example);
        const line = t(`flags:${key}`, values);
        expect(line, `${locale} ${key}`).not.toMatch(/\{\{|\}\}|\n|^explanation\./);
        expect(t(`flags:kind.${example.kind}`), `${locale} kind.${example.kind}`).not.toMatch(/^kind\./);
      }
    }
    const { t } = createI18n("en");
    const [, forbidden, , inconsistent] = EXAMPLES.map(flagExplanation);
    expect(t(`flags:${forbidden?.key ?? "explanation.glossary-forbidden"}`, forbidden?.values)).toBe(
      "服務員 is a forbidden rendering of “server”; the glossary prefers 伺服器.",
    );
    expect(createI18n("zh-Hant").t(`flags:${inconsistent?.key ?? "explanation.inconsistent-rendering"}`, inconsistent?.values)).toBe(
      "「project」在此處譯作「計畫」，本文其他地方譯作「專案」（「專案」×4，「計畫」×1），宜統一。",
    );
  });
});
