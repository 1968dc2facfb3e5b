import { describe, expect, it } from "vitest";
import { isCjkChar, joinsWithoutSpace } from "@/core/segment/cjk";
import { collapseWhitespace, joinLines, normalizeLineEndings, stripBom } from "@/core/segment/normalize-whitespace";

describe("collapseWhitespace", () => {
  it("collapses runs to one space and trims", () => {
    expect(collapseWhitespace("  a \t\u00a0 b\u3000c  ")).toBe("a b c");
  });
  it("removes a line break between two CJK characters (a layout wrap)", () => {
    expect(collapseWhitespace("中文\n  排版")).toBe("中文排版");
  });
  it("keeps a typed space between CJK characters on one line", () => {
    expect(collapseWhitespace("中文 排版")).toBe("中文 排版");
  });
  it("keeps a space where a line break separates Latin words", () => {
    expect(collapseWhitespace("night\ntrain")).toBe("night train");
  });
});

describe("joinLines", () => {
  it("joins English with spaces, Chinese without, mixed with a space at the Latin edge", () => {
    expect(joinLines(["night", "trains"])).toBe("night trains");
    expect(joinLines(["夜行", "列车"])).toBe("夜行列车");
    expect(joinLines(["使用", "GPS", "导航"])).toBe("使用 GPS 导航");
  });
  it("joins a Chinese opening quote to the text after it", () => {
    expect(joinLines(["他说：“", "你好。”"])).toBe("他说：“你好。”");
  });
  it("skips empty lines", () => {
    expect(joinLines(["", "  a ", "", "b"])).toBe("a b");
  });
});

describe("line endings and BOM", () => {
  it("normalizes CRLF, CR and Unicode separators to LF", () => {
    expect(normalizeLineEndings("a\r\nb\rc\u2028d\u2029e")).toBe("a\nb\nc\nd\n\ne");
  });
  it("strips one leading BOM only", () => {
    expect(stripBom("\ufeffa\ufeff")).toBe("a\ufeff");
  });
});

describe("CJK character classes", () => {
  it("counts Han (also outside the BMP), kana and full-width punctuation as CJK, Latin and curly quotes not", () => {
    expect(["中", "𠮷", "か", "，", "。", "「"].every(isCjkChar)).toBe(true);
    expect(["a", "1", "“", " "].some(isCjkChar)).toBe(false);
  });
  it("lets a curly quote take the side of a CJK neighbour", () => {
    expect(joinsWithoutSpace("“", "你")).toBe(true);
    expect(joinsWithoutSpace("“", "h")).toBe(false);
  });
});
