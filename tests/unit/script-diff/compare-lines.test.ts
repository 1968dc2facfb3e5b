import { describe, expect, it } from "vitest";
import { compareChineseLines } from "@/core/script-diff/compare-lines";

describe("compareChineseLines", () => {
  it("prints what `parallax compare-chinese --json` promises", () => {
    expect(compareChineseLines(["这款软件很好用"], ["這套軟體很好用"])).toEqual({
      lines: [
        {
          line: 1,
          differences: [
            { class: "divergent-wording", hans: "款", hant: "套" },
            { class: "regional-variant", hans: "软件", hant: "軟體" },
          ],
        },
      ],
    });
  });

  it("gives one entry per line pair, 1-based, empty when a pair differs by script only", () => {
    const result = compareChineseLines(["我们的软件", "服务器"], ["我們的軟件", "伺服器"]);
    expect(result.lines.map((line) => line.line)).toEqual([1, 2]);
    expect(result.lines[0]?.differences).toEqual([]);
    expect(result.lines[1]?.differences).toEqual([{ class: "regional-variant", hans: "服务器", hant: "伺服器" }]);
  });

  it("reports extra zh-Hans lines as omissions", () => {
    expect(compareChineseLines(["第一段", "第二段", "第三段"], ["第一段"]).lines).toEqual([
      { line: 1, differences: [] },
      { line: 2, differences: [{ class: "omission", hans: "第二段", hant: "" }] },
      { line: 3, differences: [{ class: "omission", hans: "第三段", hant: "" }] },
    ]);
  });

  it("reports extra zh-Hant lines as additions, and blank extra lines as no difference", () => {
    expect(compareChineseLines(["第一段"], ["第一段", "", "第三段"]).lines).toEqual([
      { line: 1, differences: [] },
      { line: 2, differences: [] },
      { line: 3, differences: [{ class: "addition", hans: "", hant: "第三段" }] },
    ]);
  });

  it("judges every line against the region detected from the whole file", () => {
    // Line 1's 裏 and 着 make it a Hong Kong text, so line 2's Taiwan 著 is a variant form;
    // compared alone, line 2 would pass as Taiwan.
    const result = compareChineseLines(["他在驾驶室里看着", "看着屏幕"], ["他在駕駛室裏看着", "看著屏幕"]);
    expect(result.lines[1]?.differences).toEqual([{ class: "variant-form", hans: "着", hant: "著" }]);
  });

  it("gives no lines for two empty files", () => {
    expect(compareChineseLines([], [])).toEqual({ lines: [] });
  });
});
