import { describe, expect, it } from "vitest";
import { decodeHtmlBytes, findDeclaredCharset } from "@/ingest/html-charset";
import { fixtureBytes } from "./fixtures";

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("findDeclaredCharset", () => {
  it.each([
    ['<meta charset="gbk">', "gbk"],
    ["<meta charset=big5>", "big5"],
    ["<META CHARSET='UTF-8'/>", "UTF-8"],
    ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', "gb2312"],
    ['<meta content="text/html; charset=Big5" http-equiv="content-type">', "Big5"],
  ])("%s → %s", (head, label) => {
    expect(findDeclaredCharset(ascii(`<html><head>${head}</head></html>`))).toBe(label);
  });

  it("reads the encoding of an XML declaration (XHTML)", () => {
    expect(findDeclaredCharset(ascii('<?xml version="1.0" encoding="GB18030"?>\n<html></html>'))).toBe("GB18030");
  });

  it("ignores declarations in comments and unrelated meta tags", () => {
    expect(findDeclaredCharset(ascii('<!-- <meta charset="big5"> --><meta name="x" content="charset=gbk">'))).toBeNull();
  });
});

describe("decodeHtmlBytes", () => {
  it("honours <meta charset=\"gbk\">", () => {
    const decoded = decodeHtmlBytes(fixtureBytes("encodings/page-gbk.html"), "page-gbk.html");
    expect(decoded.encoding).toBe("GB18030");
    expect(decoded.text).toContain("夜行列车与陆路旅行的缓慢回归");
  });

  it("detects Big5 when the page declares nothing", () => {
    const decoded = decodeHtmlBytes(fixtureBytes("encodings/page-big5-undeclared.html"), "page.html");
    expect(decoded.encoding).toBe("Big5");
    expect(decoded.text).toContain("夜行列車與陸路旅行的緩慢回歸");
  });

  it("reads valid UTF-8 as UTF-8 even under a stale legacy declaration", () => {
    const bytes = ascii('<meta charset="iso-8859-1"><p>夜行列车</p>');
    expect(decodeHtmlBytes(bytes, "page.html")).toMatchObject({ encoding: "UTF-8" });
  });

  it("falls back to detection when the declared charset is unknown", () => {
    const bytes = ascii('<meta charset="no-such-encoding"><p>Plain text.</p>');
    expect(decodeHtmlBytes(bytes, "page.html")).toMatchObject({ encoding: "UTF-8" });
  });

  it("lets a byte-order mark win over the declaration", () => {
    const body = '<meta charset="gbk"><p>夜行列车</p>';
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(body, "utf16le"))]);
    expect(decodeHtmlBytes(bytes, "page.html")).toEqual({ text: body, encoding: "UTF-16LE" });
  });
});
