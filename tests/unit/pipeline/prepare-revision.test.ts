import { describe, expect, it, vi } from "vitest";
import { alignArticle } from "@/core/align/rows/three-way-rows";
import { createTraditionalToSimplifiedFolder } from "@/core/chinese/fold";
import type { LanguageVersionInput } from "@/core/document";
import { buildLexicon } from "@/core/lexicon/build-lexicon";
import type { ContentLanguage } from "@/core/languages";
import { prepareRevision } from "@/core/pipeline/prepare-revision";
import { linkSentences } from "@/core/sentences/link-sentences";

// The real functions, watched: the last test checks what they are given.
vi.mock("@/core/align/rows/three-way-rows", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/core/align/rows/three-way-rows")>();
  return { ...real, alignArticle: vi.fn(real.alignArticle) };
});
vi.mock("@/core/sentences/link-sentences", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/core/sentences/link-sentences")>();
  return { ...real, linkSentences: vi.fn(real.linkSentences) };
});

const fold = createTraditionalToSimplifiedFolder();

function version(language: ContentLanguage, paragraphs: string[]): LanguageVersionInput {
  return { language, source: `${language}.md`, encoding: "UTF-8", document: { title: null, byline: null, publishedAt: null, paragraphs } };
}

const english = [
  "The council published its budget in March. Residents downloaded it 40,000 times.",
  "Next year it will publish spending every quarter.",
];
const hans = ["市议会于三月公布了预算。居民下载了四万次。", "明年，市议会将每季度公布一次支出。"];
const hant = ["市議會於三月公布了預算。居民下載了四萬次。", "明年，市議會將每季公布一次支出。"];

describe("prepareRevision", () => {
  it("links the sentences of every row, each paragraph under its own position", () => {
    const prepared = prepareRevision([version("en", english), version("zh-Hans", hans), version("zh-Hant", hant)], fold);
    expect(prepared.rows.map((row) => row.paragraphs)).toEqual([
      { en: [0], "zh-Hans": [0], "zh-Hant": [0] },
      { en: [1], "zh-Hans": [1], "zh-Hant": [1] },
    ]);
    const [first, second] = prepared.rows.map((row) => row.sentenceLinks);
    // "The council published its budget in March." is 0–42; the second sentence starts after the space.
    expect(first?.sentences.en).toEqual([{ position: 0, spans: [[0, 42], [43, 80]] }]);
    expect(first?.sentences["zh-Hans"]).toEqual([{ position: 0, spans: [[0, 12], [12, 21]] }]);
    expect(first?.sentences["zh-Hant"]).toEqual([{ position: 0, spans: [[0, 12], [12, 21]] }]);
    expect(first?.groups.map((group) => group.members)).toEqual([
      { en: [[0, 0]], "zh-Hans": [[0, 0]], "zh-Hant": [[0, 0]] },
      { en: [[0, 1]], "zh-Hans": [[0, 1]], "zh-Hant": [[0, 1]] },
    ]);
    expect(second?.sentences.en).toEqual([{ position: 1, spans: [[0, 49]] }]);
    expect(second?.groups.map((group) => group.members)).toEqual([{ en: [[1, 0]], "zh-Hans": [[1, 0]], "zh-Hant": [[1, 0]] }]);
  });

  it("links the sentences of a language that has no counterpart in the row on their own", () => {
    const prepared = prepareRevision([version("zh-Hans", ["第一句。第二句。"])], fold);
    expect(prepared.rows.map((row) => row.sentenceLinks.groups.map((group) => group.members))).toEqual([
      [
        { en: [], "zh-Hans": [[0, 0]], "zh-Hant": [] },
        { en: [], "zh-Hans": [[0, 1]], "zh-Hant": [] },
      ],
    ]);
  });

  it("gives the lexicon to the paragraph and the sentence aligners alike", () => {
    const lexicon = buildLexicon([
      { chinese: ["预算", "預算"], english: ["budget"] },
      { chinese: ["下载", "下載"], english: ["to download"] },
    ]);
    vi.mocked(alignArticle).mockClear();
    vi.mocked(linkSentences).mockClear();
    prepareRevision([version("en", english), version("zh-Hans", hans)], fold, { lexicon });
    // The paragraphs are aligned first, then the sentences of each row.
    expect(vi.mocked(alignArticle).mock.calls[0]?.[2]?.lexicon).toBe(lexicon);
    expect(vi.mocked(linkSentences).mock.calls.map((call) => call[1].lexicon)).toEqual([lexicon, lexicon]);
  });
});
