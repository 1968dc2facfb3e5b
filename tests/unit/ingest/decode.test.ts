import { describe, expect, it } from "vitest";
import { InputError } from "@/core/errors";
import { decodeText } from "@/ingest/decode";
import { fixtureBytes, thrownBy } from "./fixtures";

const SIMPLIFIED_START = "二十年前，欧洲大多数卧铺列车都在亏损";
const TRADITIONAL_START = "二十年前，歐洲大多數臥鋪列車都在虧損";

function decodeFixture(name: string) {
  return decodeText(fixtureBytes(`encodings/${name}`), name);
}

describe("decodeText", () => {
  it.each([
    ["utf8.txt", "UTF-8", SIMPLIFIED_START],
    ["utf8-bom.txt", "UTF-8", SIMPLIFIED_START],
    ["utf16le-bom.txt", "UTF-16LE", TRADITIONAL_START],
    ["utf16be-bom.txt", "UTF-16BE", TRADITIONAL_START],
    ["gbk-simplified.txt", "GB18030", SIMPLIFIED_START],
    ["gbk-traditional.txt", "GB18030", TRADITIONAL_START],
    ["gb18030.txt", "GB18030", SIMPLIFIED_START],
    ["big5-traditional.txt", "Big5", TRADITIONAL_START],
  ])("reads %s as %s", (name, encoding, start) => {
    const decoded = decodeFixture(name);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text.startsWith(start)).toBe(true);
  });

  it("removes the byte-order mark from the text", () => {
    expect(decodeFixture("utf8-bom.txt").text).toBe(decodeFixture("utf8.txt").text);
    expect(decodeFixture("utf16le-bom.txt").text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it("leaves line endings as they are (splitting is the segmenter's job)", () => {
    expect(decodeFixture("utf8-crlf.txt").text).toContain("\r\n\r\n");
  });

  it("decodes GB18030 four-byte sequences (characters outside GBK, outside the BMP)", () => {
    const { text } = decodeFixture("gb18030.txt");
    expect(text).toContain("𠮷");
    expect(text).toContain("㐀");
  });

  it("tells GBK from Big5 even for a four-character text", () => {
    expect(decodeFixture("gbk-short.txt")).toEqual({ text: "夜行列车", encoding: "GB18030" });
    expect(decodeFixture("big5-short.txt")).toEqual({ text: "夜行列車", encoding: "Big5" });
  });

  it("refuses UTF-16 without a byte-order mark: bytes with NUL are binary unless marked UTF-16", () => {
    expect(() => decodeFixture("utf16le-no-bom.txt")).toThrow(/binary.*NUL byte/);
  });

  it("refuses an even-length text with one NUL byte instead of reading it as UTF-16BE (issue 11)", () => {
    const bytes = new TextEncoder().encode("Night trains are back!!\n");
    bytes[5] = 0;
    expect(bytes.length % 2).toBe(0);
    const error = thrownBy(() => decodeText(bytes, "articles/x/en.txt"));
    expect((error as InputError).describe()).toBe(
      "articles/x/en.txt: the file looks like a binary file, not text (it holds a NUL byte and has no UTF-16 byte-order mark)",
    );
  });

  it("rejects invalid bytes with a message naming the file", () => {
    const error = thrownBy(() => decodeText(fixtureBytes("encodings/invalid.txt"), "articles/x/en.txt"));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).describe()).toBe(
      "articles/x/en.txt: the file is not valid UTF-8, UTF-16, GB18030 or Big5 text",
    );
  });

  it("rejects Latin-1 text rather than turning it into Chinese mojibake", () => {
    expect(() => decodeFixture("latin1.txt")).toThrow(/not valid UTF-8, UTF-16, GB18030 or Big5/);
  });

  it("rejects an empty file and a whitespace-only file", () => {
    expect(() => decodeFixture("empty.txt")).toThrow("the file is empty");
    expect(() => decodeFixture("whitespace.txt")).toThrow("the file is empty");
    expect(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf]), "bom-only.txt")).toThrow("the file is empty");
  });

  it("rejects binary files: a PNG, and bytes full of control characters", () => {
    expect(() => decodeFixture("image.png")).toThrow("looks like a binary file, not text");
    expect(() => decodeFixture("controls.txt")).toThrow("looks like a binary file, not text");
  });

  it("names the file in every error", () => {
    const error = thrownBy(() => decodeText(fixtureBytes("encodings/image.png"), "uploads/zh-Hant.txt"));
    expect((error as InputError).where).toBe("uploads/zh-Hant.txt");
  });
});
