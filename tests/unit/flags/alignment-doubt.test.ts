import { describe, expect, it } from "vitest";
import { findAlignmentDoubts, type CheckRow } from "@/core/flags";

function row(confidence: number, reasons: string[], zhHant: number[] = [4]): CheckRow {
  return {
    position: 2,
    anchor: 3,
    confidence,
    reasons,
    paragraphs: {
      en: [{ position: 2, text: "English." }],
      "zh-Hans": [{ position: 3, text: "简体。" }],
      "zh-Hant": zhHant.map((position) => ({ position, text: "繁體。" })),
    },
  };
}

describe("findAlignmentDoubts", () => {
  it("flags a row below the reading view's threshold, about the language its reason names", () =>
    expect(findAlignmentDoubts(row(0.3, ["pairings-disagree:en-zh-Hant"]))).toEqual([
      {
        kind: "alignment-doubt",
        language: "zh-Hant",
        rowPosition: 2,
        paragraphPosition: 4,
        termIndex: null,
        term: null,
        expected: null,
        found: null,
        details: { confidence: 0.3, reasons: ["pairings-disagree:en-zh-Hant"] },
      },
    ]));

  it("does not flag a row at or above the threshold (0.6), whatever its reasons", () => {
    expect(findAlignmentDoubts(row(0.6, ["low-length-fit:en-zh-Hans"]))).toEqual([]);
    expect(findAlignmentDoubts(row(0.95, []))).toEqual([]);
  });

  it("flags just below the threshold", () => expect(findAlignmentDoubts(row(0.59, []))).toHaveLength(1));

  it("names the language of an unmatched reason, with no paragraph when the row has none of it", () => {
    const [flag] = findAlignmentDoubts(row(0.2, ["unmatched:zh-Hant"], []));
    expect([flag?.language, flag?.paragraphPosition]).toEqual(["zh-Hant", null]);
  });

  it("names the Chinese side of a pair with English", () =>
    expect(findAlignmentDoubts(row(0.4, ["low-length-fit:en-zh-Hans"]))[0]?.language).toBe("zh-Hans"));

  it("skips a pair of the two Chinese editions for a later reason that names one language", () =>
    expect(findAlignmentDoubts(row(0.4, ["low-similarity:zh-Hans-zh-Hant", "unmatched:zh-Hans"]))[0]?.language).toBe("zh-Hans"));

  it("falls back to English when no reason names one language", () => {
    const [flag] = findAlignmentDoubts(row(0.4, ["low-similarity:zh-Hans-zh-Hant"]));
    expect([flag?.language, flag?.paragraphPosition]).toEqual(["en", 2]);
  });

  it("falls back to English for a reason it does not know", () =>
    expect(findAlignmentDoubts(row(0.1, ["split-by-editor"]))[0]?.language).toBe("en"));
});
