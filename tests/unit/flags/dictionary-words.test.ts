import { describe, expect, it } from "vitest";
import { checkArticle, dictionaryWordsOf } from "@/core/flags";
import { findTermOccurrences } from "@/core/glossary";
import { buildLexicon } from "@/core/lexicon";
import { GLOSSARY, row } from "./support";

const lexicon = buildLexicon([
  { chinese: ["录像带", "錄影帶"], english: ["videotape"] },
  { chinese: ["录像"], english: ["video recording"] },
  { chinese: ["各项"], english: ["each item"] },
]);
const isWord = dictionaryWordsOf(lexicon);

describe("dictionaryWordsOf", () => {
  it("knows a headword whole, not its parts or a longer string", () => {
    expect(["录像带", "錄影帶", "录像", "录", "录像带子", "各项"].map(isWord)).toEqual([true, true, true, false, false, true]);
  });
});

describe("a dictionary of words in the checks", () => {
  const video = GLOSSARY[3] ? [GLOSSARY[3]] : [];

  it("drops a rendering inside a longer dictionary word, which ICU's segmenter keeps (录像 in 录像带)", () => {
    const text = "许多录像带已经发霉，这段录像也是。";
    expect(findTermOccurrences(text, "zh-Hans", video).map((o) => o.start)).toEqual([2, 12]);
    expect(findTermOccurrences(text, "zh-Hans", video, { isWord }).map((o) => o.start)).toEqual([12]);
  });

  it("so videotapes do not outvote the article's video (录像 / 影片 are no counterparts either)", () => {
    const rows = [
      row(0, { en: "The video and the videotapes", "zh-Hans": "视频和录像带", "zh-Hant": "影片和錄影帶" }),
      row(1, { en: "Old tapes hold video", "zh-Hans": "旧录像带里有录像", "zh-Hant": "舊錄影帶裡有影片" }),
    ];
    expect(checkArticle(rows, GLOSSARY, { isWord }).map((flag) => `${flag.kind} ${flag.language} ${flag.rowPosition} ${flag.found}`)).toEqual([
      "sc-tc-mismatch zh-Hant 1 影片",
      "inconsistent-rendering zh-Hans 1 录像",
    ]);
  });
});

describe("a span that renders two terms the row is about", () => {
  it("is not compared: 網路 in a row without English is network or internet", () => {
    const rows = [row(0, { "zh-Hant": "透過網際網路連線" }), row(1, { "zh-Hant": "網路上的資料" }), row(2, { "zh-Hant": "網路很慢" })];
    expect(checkArticle(rows, GLOSSARY)).toEqual([]);
  });

  it("is compared where the English names one of them", () => {
    const rows = [
      row(0, { en: "over the internet", "zh-Hant": "透過網際網路連線" }),
      row(1, { en: "internet data", "zh-Hant": "網路上的資料" }),
      row(2, { en: "the internet is slow", "zh-Hant": "網際網路很慢" }),
    ];
    expect(checkArticle(rows, GLOSSARY).map((flag) => `${flag.kind} ${flag.rowPosition} ${flag.expected}→${flag.found}`)).toEqual([
      "inconsistent-rendering 1 網際網路→網路",
    ]);
  });
});
