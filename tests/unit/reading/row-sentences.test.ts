import { describe, expect, it } from "vitest";
import type { StoredRow } from "@/core/article";
import { paragraphKey } from "@/core/reading/analyze-article";
import { rowSentences } from "@/core/reading/row-sentences";
import type { SentenceLinks } from "@/core/sentences/link-sentences";

function row(sentenceLinks: SentenceLinks | null): StoredRow {
  return {
    position: 6,
    anchor: 9,
    confidence: 1,
    reasons: [],
    status: "auto",
    paragraphs: {
      en: [{ position: 3, text: "It rained. We stayed in." }],
      "zh-Hans": [
        { position: 4, text: "下雨了。" },
        { position: 5, text: "我们待在家里。" },
      ],
      "zh-Hant": [{ position: 4, text: "下雨了。我們待在家裡。" }],
    },
    sentenceLinks,
  };
}

const links: SentenceLinks = {
  sentences: {
    en: [{ position: 3, spans: [[0, 10], [11, 24]] }],
    "zh-Hans": [
      { position: 4, spans: [[0, 4]] },
      { position: 5, spans: [[0, 7]] },
    ],
    "zh-Hant": [{ position: 4, spans: [[0, 4], [4, 11]] }],
  },
  groups: [
    { members: { en: [[3, 0]], "zh-Hans": [[4, 0]], "zh-Hant": [[4, 0]] }, confidence: 0.9 },
    { members: { en: [[3, 1]], "zh-Hans": [[5, 0]], "zh-Hant": [[4, 1]] }, confidence: 0.8 },
  ],
};

describe("rowSentences", () => {
  it("gives each paragraph its sentences in order, each named by the row's anchor and its group", () => {
    const sentences = rowSentences(row(links));
    expect(sentences.get(paragraphKey("en", 3))).toEqual([
      { start: 0, end: 10, group: "9-0" },
      { start: 11, end: 24, group: "9-1" },
    ]);
    expect(sentences.get(paragraphKey("zh-Hans", 4))).toEqual([{ start: 0, end: 4, group: "9-0" }]);
    expect(sentences.get(paragraphKey("zh-Hans", 5))).toEqual([{ start: 0, end: 7, group: "9-1" }]);
    expect(sentences.get(paragraphKey("zh-Hant", 4))).toEqual([
      { start: 0, end: 4, group: "9-0" },
      { start: 4, end: 11, group: "9-1" },
    ]);
  });

  it("gives nothing for a row stored without sentence links", () => {
    expect(rowSentences(row(null)).size).toBe(0);
  });

  it("leaves out sentences that do not fit the row's paragraphs", () => {
    const misfit: SentenceLinks = {
      sentences: {
        en: [{ position: 3, spans: [[0, 10], [11, 99]] }],
        "zh-Hans": [{ position: 7, spans: [[0, 4]] }],
        "zh-Hant": [{ position: 4, spans: [[0, 4]] }],
      },
      groups: [
        { members: { en: [[3, 0]], "zh-Hans": [[7, 0]], "zh-Hant": [[4, 0]] }, confidence: 1 },
        { members: { en: [[3, 1]], "zh-Hans": [], "zh-Hant": [[4, 1]] }, confidence: 1 },
      ],
    };
    const sentences = rowSentences(row(misfit));
    expect(sentences.get(paragraphKey("en", 3))).toEqual([{ start: 0, end: 10, group: "9-0" }]);
    expect(sentences.get(paragraphKey("zh-Hans", 7))).toBeUndefined();
    expect(sentences.get(paragraphKey("zh-Hant", 4))).toEqual([{ start: 0, end: 4, group: "9-0" }]);
  });
});
