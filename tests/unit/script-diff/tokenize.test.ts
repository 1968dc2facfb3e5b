import { describe, expect, it } from "vitest";
import { createWordList, segmentWithIntl, tokenize, type Token } from "@/core/script-diff/tokenize";
import { tokenizeChinese } from "@/core/script-diff/tokenize-chinese";

const texts = (tokens: readonly Token[]) => tokens.map((token) => token.text);

describe("tokenize", () => {
  const wordList = createWordList(["人工智能", "人工", "智能", "系统", "上网", "网际网路", "网路"]);

  it("takes the longest listed word and leaves unknown Han characters alone", () => {
    expect(texts(tokenize("人工智能系统很好", wordList))).toEqual(["人工智能", "系统", "很", "好"]);
  });

  it("prefers the cut with fewer tokens when forward and backward matching disagree", () => {
    // Forward: 放|上网|际|网路 (4 tokens); backward: 放|上|网际网路 (3).
    expect(texts(tokenize("放上网际网路", wordList))).toEqual(["放", "上", "网际网路"]);
  });

  it("keeps runs of Latin letters and digits whole, with inner connectors", () => {
    expect(texts(tokenize("5G专网、COVID-19和6.1%", wordList))).toEqual(["5G", "专", "网", "、", "COVID-19", "和", "6.1", "%"]);
  });

  it("makes each punctuation mark a token and each whitespace run one token", () => {
    const tokens = tokenize("系统，  OK。", wordList);
    expect(tokens.map((token) => `${token.text}:${token.kind}`)).toEqual([
      "系统:han",
      "，:punctuation",
      "  :space",
      "OK:latin",
      "。:punctuation",
    ]);
  });

  it("never splits a character outside the BMP", () => {
    const tokens = tokenize("𠮷𡘙系统a", wordList);
    expect(tokens.map((token) => [token.text, token.start, token.end])).toEqual([
      ["𠮷", 0, 2],
      ["𡘙", 2, 4],
      ["系统", 4, 6],
      ["a", 6, 7],
    ]);
  });

  it("covers the text exactly, in order", () => {
    const text = "  人工智能 AI，𠮷野家 2026年！";
    const tokens = tokenize(text, wordList);
    expect(tokens.map((token) => token.text).join("")).toBe(text);
    tokens.forEach((token) => expect(text.slice(token.start, token.end)).toBe(token.text));
  });

  it("gives nothing for an empty text", () => {
    expect(tokenize("", wordList)).toEqual([]);
  });

  it("lists only words of two or more Han characters", () => {
    const odd = createWordList(["B超", "一", "软件"]);
    expect(odd.has("B超")).toBe(false);
    expect(odd.has("一")).toBe(false);
    expect(odd.has("软件")).toBe(true);
  });
});

describe("tokenizeChinese", () => {
  it("finds words of either script and returns slices of the original", () => {
    expect(texts(tokenizeChinese("這套軟體"))).toContain("軟體");
    expect(texts(tokenizeChinese("这款软件"))).toContain("软件");
  });

  it("keeps offsets into the original text", () => {
    const text = "𠮷的資料庫";
    const tokens = tokenizeChinese(text);
    tokens.forEach((token) => expect(text.slice(token.start, token.end)).toBe(token.text));
    expect(tokens.map((token) => token.text).join("")).toBe(text);
  });
});

describe("segmentWithIntl (display only: its cut follows the ICU version)", () => {
  it("covers the text exactly with consistent offsets", () => {
    const text = "这款软件很好用，𠮷野家 AI。";
    const segments = segmentWithIntl(text);
    expect(segments.map((segment) => segment.text).join("")).toBe(text);
    segments.forEach((segment) => expect(text.slice(segment.start, segment.end)).toBe(segment.text));
  });
});
