import { describe, expect, it } from "vitest";
import { readSentenceLinks } from "@/core/sentences/read-sentence-links";

const stored = {
  sentences: {
    en: [{ position: 3, spans: [[0, 57], [58, 120]] }],
    "zh-Hans": [{ position: 5, spans: [[0, 30]] }],
    "zh-Hant": [],
  },
  groups: [
    { members: { en: [[3, 0], [3, 1]], "zh-Hans": [[5, 0]], "zh-Hant": [] }, confidence: 0.93 },
  ],
};

describe("readSentenceLinks", () => {
  it("returns stored links of the right shape as they are", () => {
    expect(readSentenceLinks(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
  });

  it("returns null for a row stored without links", () => {
    expect(readSentenceLinks(null)).toBeNull();
    expect(readSentenceLinks(undefined)).toBeNull();
  });

  it("returns null for data of another shape", () => {
    const variants: unknown[] = [
      "links",
      [],
      { sentences: stored.sentences },
      { groups: stored.groups },
      { ...stored, sentences: { en: [], "zh-Hans": [] } },
      { ...stored, sentences: { ...stored.sentences, en: [{ position: -1, spans: [] }] } },
      { ...stored, sentences: { ...stored.sentences, en: [{ position: 3, spans: [[5, 2]] }] } },
      { ...stored, sentences: { ...stored.sentences, en: [{ position: 3, spans: [[0, 1.5]] }] } },
      { ...stored, groups: [{ members: { en: [[3, 0]], "zh-Hans": [], "zh-Hant": [] } }] },
      { ...stored, groups: [{ members: { en: [[3]], "zh-Hans": [], "zh-Hant": [] }, confidence: 1 }] },
      { ...stored, groups: [{ members: { en: [] }, confidence: 1 }] },
    ];
    for (const variant of variants) expect(readSentenceLinks(variant), JSON.stringify(variant)).toBeNull();
  });
});
