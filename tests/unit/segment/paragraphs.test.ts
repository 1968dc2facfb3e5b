import { describe, expect, it } from "vitest";
import { InputError } from "@/core/errors";
import { parseMarkdownArticle, parsePlainTextArticle, splitParagraphs } from "@/core/segment/paragraphs";

describe("splitParagraphs", () => {
  it("splits at blank lines and joins the lines of a block with a space", () => {
    expect(splitParagraphs("First line\nwraps here.\n\nSecond paragraph.")).toEqual([
      "First line wraps here.",
      "Second paragraph.",
    ]);
  });

  it("treats CRLF (Windows) and CR (classic Mac) line endings like LF", () => {
    const expected = ["One two.", "Three."];
    expect(splitParagraphs("One\r\ntwo.\r\n\r\nThree.\r\n")).toEqual(expected);
    expect(splitParagraphs("One\rtwo.\r\rThree.\r")).toEqual(expected);
  });

  it("makes every line a paragraph when the text has no blank lines at all", () => {
    expect(splitParagraphs("Line one.\nLine two.\n")).toEqual(["Line one.", "Line two."]);
    expect(splitParagraphs("第一段。\n第二段。\n第三段。")).toEqual(["第一段。", "第二段。", "第三段。"]);
  });

  it("decides per document: one blank line anywhere makes wrapped lines join", () => {
    expect(splitParagraphs("a\nb\n\nc")).toEqual(["a b", "c"]);
    expect(splitParagraphs("a\nb\nc")).toEqual(["a", "b", "c"]);
  });

  it("joins wrapped Chinese lines without a space between CJK characters", () => {
    expect(splitParagraphs("二十年前，欧洲大多数卧铺列车\n都在亏损。\n\n如今新线路开通。")).toEqual([
      "二十年前，欧洲大多数卧铺列车都在亏损。",
      "如今新线路开通。",
    ]);
  });

  it("keeps a space where a wrapped Chinese line meets a Latin word", () => {
    expect(splitParagraphs("他们使用\nGPS 导航。\n\n完。")).toEqual(["他们使用 GPS 导航。", "完。"]);
  });

  it("strips full-width indents (U+3000) at line start", () => {
    expect(splitParagraphs("\u3000\u3000第一段。\n\n\u3000\u3000第二段。")).toEqual(["第一段。", "第二段。"]);
  });

  it("splits Chinese text at full-width indents even without blank lines, joining hard-wrapped lines", () => {
    const text = [
      "夜行列车的回归",
      "\u3000\u3000二十年前，欧洲大多数卧铺列车都在亏损，运营商一个接一个",
      "地将其停运。",
      "\u3000\u3000如今几乎每个季度都有新线路开通。",
    ].join("\n");
    expect(splitParagraphs(text)).toEqual([
      "夜行列车的回归",
      "二十年前，欧洲大多数卧铺列车都在亏损，运营商一个接一个地将其停运。",
      "如今几乎每个季度都有新线路开通。",
    ]);
  });

  it("keeps a short unindented subheading between indented paragraphs on its own", () => {
    const text = "\u3000\u3000第一段说完了。\n二、背景\n\u3000\u3000第二段。";
    expect(splitParagraphs(text)).toEqual(["第一段说完了。", "二、背景", "第二段。"]);
  });

  it("starts a paragraph at a full-width indent inside a blank-line block", () => {
    expect(splitParagraphs("\u3000\u3000甲。\n\u3000\u3000乙。\n\n\u3000\u3000丙。")).toEqual(["甲。", "乙。", "丙。"]);
  });

  it("collapses runs of whitespace (tabs, no-break and ideographic spaces) to one space and trims", () => {
    expect(splitParagraphs("  Too \t many\u00a0\u00a0 spaces  \n\n第一章\u3000总则 ")).toEqual(["Too many spaces", "第一章 总则"]);
  });

  it("drops empty paragraphs, including runs of several blank or whitespace-only lines", () => {
    expect(splitParagraphs("\n\n  \nA.\n \t \n\n\nB.\n\n")).toEqual(["A.", "B."]);
  });

  it("strips a byte-order mark", () => {
    expect(splitParagraphs("\ufeffFirst.\n\nSecond.")).toEqual(["First.", "Second."]);
  });

  it("returns no paragraphs for empty or whitespace-only text", () => {
    expect(splitParagraphs("")).toEqual([]);
    expect(splitParagraphs(" \r\n\t\u3000\n")).toEqual([]);
  });

  it("keeps characters outside the Basic Multilingual Plane intact when joining lines", () => {
    expect(splitParagraphs("名叫𠮷\n田的人。\n\n完。")).toEqual(["名叫𠮷田的人。", "完。"]);
  });
});

describe("parsePlainTextArticle", () => {
  it("has no title or metadata, and the paragraphs of splitParagraphs", () => {
    expect(parsePlainTextArticle("Night trains\n\nThey are back.")).toEqual({
      title: null,
      byline: null,
      publishedAt: null,
      paragraphs: ["Night trains", "They are back."],
    });
  });
});

describe("parseMarkdownArticle", () => {
  it("takes the first # line as title and Date/By lines after it as metadata", () => {
    const text = "# Night Trains Return\nDate: 2023-06-03\nBy: Lin Hai\n\nFirst paragraph\nwraps.\n\nSecond.";
    expect(parseMarkdownArticle(text)).toEqual({
      title: "Night Trains Return",
      byline: "Lin Hai",
      publishedAt: "2023-06-03",
      paragraphs: ["First paragraph wraps.", "Second."],
    });
  });

  it("accepts metadata separated by blank lines, in either order, and Chinese keys", () => {
    const doc = parseMarkdownArticle("# 夜行列车\n\n作者：林海\n\n日期：2023-06-03\n\n正文。");
    expect([doc.title, doc.byline, doc.publishedAt, doc.paragraphs]).toEqual(["夜行列车", "林海", "2023-06-03", ["正文。"]]);
  });

  it("has a null title when the first line is not a level-1 heading, and then reads no metadata", () => {
    const doc = parseMarkdownArticle("Date: 2023-06-03\n\nText.");
    expect([doc.title, doc.publishedAt, doc.paragraphs]).toEqual([null, null, ["Date: 2023-06-03", "Text."]]);
  });

  it("rejects a Date line that is not a date, naming the file and line", () => {
    const parse = () => parseMarkdownArticle("# T\n\nDate: soon\n\nText.", "article/en.md");
    expect(parse).toThrow(InputError);
    expect(parse).toThrow(/Date line/);
    try {
      parse();
    } catch (error) {
      expect((error as InputError).where).toBe("article/en.md:3");
    }
  });

  it("reduces inline markup to its text", () => {
    const doc = parseMarkdownArticle("# *Night* Trains\n\nA **bold** claim, an _aside_, a [link](https://example.org) and `code`.");
    expect(doc.title).toBe("Night Trains");
    expect(doc.paragraphs).toEqual(["A bold claim, an aside, a link and code."]);
  });

  it("keeps later headings as paragraphs of their own, without the #'s", () => {
    const doc = parseMarkdownArticle("# Title\n\nIntro.\n## What operators learned ##\nBody after heading.\n\n### 结论\n结束。");
    expect(doc.paragraphs).toEqual(["Intro.", "What operators learned", "Body after heading.", "结论", "结束。"]);
  });

  it("makes each list item a paragraph and drops blockquote marks, rules and fences", () => {
    const doc = parseMarkdownArticle("# T\n\nLessons:\n\n- Sell the trip.\n- Share carriages.\n1. Publish early.\n\n> Quoted\n> words.\n\n---\n\n```\nx = 1\n```");
    expect(doc.paragraphs).toEqual(["Lessons:", "Sell the trip.", "Share carriages.", "Publish early.", "Quoted words.", "x = 1"]);
  });

  it("accepts a BOM and CRLF line endings", () => {
    const doc = parseMarkdownArticle("\ufeff# Title\r\nBy: A. Writer\r\n\r\nText\r\nmore.\r\n");
    expect([doc.title, doc.byline, doc.paragraphs]).toEqual(["Title", "A. Writer", ["Text more."]]);
  });

  it("joins wrapped Chinese Markdown lines without spaces", () => {
    expect(parseMarkdownArticle("# 标题\n\n二十年前，欧洲\n大多数卧铺列车都在亏损。").paragraphs).toEqual(["二十年前，欧洲大多数卧铺列车都在亏损。"]);
  });

  it("gives no paragraphs for a title-only file", () => {
    expect(parseMarkdownArticle("# Only a title\n").paragraphs).toEqual([]);
  });
});
