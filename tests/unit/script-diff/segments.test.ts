import { describe, expect, it } from "vitest";
import { diffScripts } from "@/core/script-diff/diff-scripts";
import { segmentsFor, type TextSegment } from "@/core/script-diff/segments";
import type { ScriptDifference } from "@/core/script-diff/types";

/** `text` for plain runs, `[text#n]` for runs of difference n. */
const render = (segments: readonly TextSegment[]) =>
  segments.map((segment) => (segment.difference === undefined ? segment.text : `[${segment.text}#${segment.difference}]`)).join("");

describe("segmentsFor", () => {
  const hans = "今天，这款软件很好用";
  const hant = "這套軟體很好用";
  const differences = diffScripts(hans, hant);

  it("marks each difference on the Simplified side", () => {
    expect(render(segmentsFor(hans, differences, "hans"))).toBe("[今天，#0]这[款#1][软件#2]很好用");
  });

  it("leaves an empty marker where the other side has no text", () => {
    expect(render(segmentsFor(hant, differences, "hant"))).toBe("[#0]這[套#1][軟體#2]很好用");
    expect(segmentsFor(hant, differences, "hant")[0]).toEqual({ text: "", difference: 0 });
  });

  it("gives the text back when joined", () => {
    for (const [text, side] of [[hans, "hans"], [hant, "hant"]] as const) {
      expect(segmentsFor(text, differences, side).map((segment) => segment.text).join("")).toBe(text);
    }
  });

  it("follows the Traditional text's order when a regional word moved", () => {
    const moved = diffScripts("一些视频案例", "幾段案例影片");
    expect(render(segmentsFor("幾段案例影片", moved, "hant"))).toBe("[幾段#0]案例[影片#1]");
  });

  it("gives the whole text as one run without differences, and nothing for an empty text", () => {
    expect(segmentsFor("没有差异", [], "hans")).toEqual([{ text: "没有差异" }]);
    expect(segmentsFor("", [], "hant")).toEqual([]);
  });

  it("refuses differences that overlap or fall outside the text", () => {
    const difference: ScriptDifference = {
      class: "divergent-wording",
      hans: "ab",
      hant: "ab",
      hansStart: 0,
      hansEnd: 2,
      hantStart: 0,
      hantEnd: 2,
    };
    expect(() => segmentsFor("abc", [difference, { ...difference, hansStart: 1 }], "hans")).toThrow(RangeError);
    expect(() => segmentsFor("a", [difference], "hant")).toThrow(RangeError);
  });
});
