import { describe, expect, it } from "vitest";
import { parseChineseNumeral } from "../../../core/numbers/chinese-numerals";

describe("parseChineseNumeral", () => {
  it.each([
    ["十", 10],
    ["十五", 15],
    ["二十", 20],
    ["一百零五", 105],
    ["一千零二", 1002],
    ["两千零二十二", 2022],
    ["三万五", 35000],
    ["二十万三千", 203000],
    ["十万", 100000],
    ["三万亿", 3000000000000],
    ["三亿五千万", 350000000],
    ["一九九七", 1997],
    ["三点五", 3.5],
    ["三点五亿", 350000000],
    ["十三点二五", 13.25],
  ])("%s → %d", (run, value) => {
    expect(parseChineseNumeral(run)).toBe(value);
  });

  it("returns null for malformed runs", () => {
    expect(parseChineseNumeral("")).toBeNull();
    expect(parseChineseNumeral("三点")).toBeNull();
    expect(parseChineseNumeral("三点五年")).toBeNull();
  });
});
