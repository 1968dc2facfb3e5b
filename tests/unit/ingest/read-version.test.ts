import { describe, expect, it } from "vitest";
import { InputError } from "@/core/errors";
import { readLanguageVersion } from "@/ingest/read-version";
import { fixtureBytes, thrownBy } from "./fixtures";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("readLanguageVersion", () => {
  it("reads an HTML page: encoding, metadata and paragraphs", () => {
    const version = readLanguageVersion(fixtureBytes("library/night-trains/zh-Hant.html"), "night-trains/zh-Hant.html", "zh-Hant");
    expect(version.language).toBe("zh-Hant");
    expect(version.source).toBe("night-trains/zh-Hant.html");
    expect(version.encoding).toBe("UTF-8");
    expect(version.document.title).toBe("夜行列車與陸路旅行的緩慢回歸");
    expect(version.document.paragraphs).toHaveLength(11);
  });

  it("reads a GBK page through its <meta charset>", () => {
    const version = readLanguageVersion(fixtureBytes("encodings/page-gbk.html"), "zh-Hans.htm", "zh-Hans");
    expect(version.encoding).toBe("GB18030");
    expect(version.document.byline).toBe("林海，交通未来研究所高级研究员");
    expect(version.document.paragraphs[0]).toMatch(/^二十年前，欧洲大多数卧铺列车都在亏损/);
  });

  it("reads Markdown with its title and metadata", () => {
    const version = readLanguageVersion(fixtureBytes("library/tea-roads/en.md"), "en.md", "en");
    expect(version.document).toMatchObject({ title: "The Tea Roads Revisited", byline: "Zhou Lan", publishedAt: "2024-03-18" });
    expect(version.document.paragraphs).toEqual([
      "For centuries, bricks of pressed tea travelled on horseback from the hills of the south-west to the high plateau, where they were traded for horses.",
      "Today the old paths are hiking trails, and a few villages along them earn more from walkers than from tea.",
      "A slower economy",
      "Guesthouse owners say that visitors stay longer when there is nothing to hurry for.",
    ]);
  });

  it("reads Chinese Markdown whose paragraphs start with full-width indents", () => {
    const version = readLanguageVersion(fixtureBytes("library/tea-roads/ZH-HANT.md"), "ZH-HANT.md", "zh-Hant");
    expect(version.document).toMatchObject({ title: "茶馬古道再訪", byline: "周嵐", publishedAt: "2024-03-18" });
    expect(version.document.paragraphs).toHaveLength(4);
    expect(version.document.paragraphs[1]).toBe("如今，古道成了健行路線，沿途一些村莊從健行者身上賺的錢比賣茶還多。");
  });

  it("reads plain text with CRLF line endings, joining wrapped Chinese lines", () => {
    const version = readLanguageVersion(fixtureBytes("library/tea-roads/zh-Hans.txt"), "zh-Hans.txt", "zh-Hans");
    expect(version.document.title).toBeNull();
    expect(version.document.paragraphs).toEqual([
      "茶马古道再访",
      "几百年来，压制成砖的茶叶由马帮从西南山区运往高原，在那里换取马匹。",
      "如今，古道成了徒步路线，沿途一些村庄从徒步者身上赚的钱比卖茶还多。",
      "慢下来的经济",
      "民宿老板说，当没有什么需要赶时间的时候，游客会住得更久。",
    ]);
  });

  it("reads a Big5 text file", () => {
    const version = readLanguageVersion(fixtureBytes("encodings/big5-traditional.txt"), "zh-Hant.txt", "zh-Hant");
    expect(version.encoding).toBe("Big5");
    expect(version.document.paragraphs).toHaveLength(3);
  });

  it("chooses the format by extension, case-insensitively", () => {
    const bytes = utf8("<p>Not parsed as HTML.</p>");
    expect(readLanguageVersion(bytes, "EN.TXT", "en").document.paragraphs).toEqual(["<p>Not parsed as HTML.</p>"]);
  });

  it("rejects an unknown extension, naming the file", () => {
    const error = thrownBy(() => readLanguageVersion(utf8("text"), "article/en.docx", "en"));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).describe()).toBe("article/en.docx: unsupported file type; expected .html, .htm, .md, .txt");
  });

  it("rejects a Markdown file with a title but no paragraphs", () => {
    expect(() => readLanguageVersion(utf8("# Only a title\n\nBy: Someone\n"), "en.md", "en")).toThrow("no paragraphs found");
  });

  it("passes on decoding and extraction errors with the file name", () => {
    const empty = thrownBy(() => readLanguageVersion(new Uint8Array(), "x/zh-Hans.txt", "zh-Hans"));
    expect((empty as InputError).describe()).toBe("x/zh-Hans.txt: the file is empty");
    const noBody = thrownBy(() => readLanguageVersion(fixtureBytes("pages/no-body.html"), "x/en.html", "en"));
    expect((noBody as InputError).describe()).toBe("x/en.html: no article body found in the HTML page");
    const badDate = thrownBy(() => readLanguageVersion(utf8("# T\nDate: someday\n\nText."), "x/en.md", "en"));
    expect((badDate as InputError).where).toBe("x/en.md:2");
  });
});
