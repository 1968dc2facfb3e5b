import { describe, expect, it } from "vitest";
import { chineseLength, englishLength } from "../../../../core/align/evidence/text-length";

describe("englishLength", () => {
  it("counts code points with each whitespace run as one, ignoring leading and trailing space", () => {
    expect(englishLength("  The   plan\n passed. ")).toBe("The plan passed.".length);
    expect(englishLength("")).toBe(0);
    expect(englishLength("   ")).toBe(0);
  });

  it("counts a character outside the BMP once", () => {
    expect(englishLength("a😀b")).toBe(3);
  });
});

describe("chineseLength", () => {
  it("counts code points without any whitespace (the reverence space included)", () => {
    expect(chineseLength("起初，　神创造天地。")).toBe(9);
    expect(chineseLength("𠮷野家 ")).toBe(3);
    expect(chineseLength("")).toBe(0);
  });
});
