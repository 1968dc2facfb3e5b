import { describe, expect, it } from "vitest";
import { isReadingView, layoutOf, READING_VIEWS, readingViewStylesheet, showsBothChinese } from "@/components/article/reading-modes";

describe("reading views", () => {
  it("lays out two columns in the order the view names them", () => {
    expect(layoutOf("zh-Hant,en")).toEqual({ layout: "columns", languages: ["zh-Hant", "en"] });
  });
  it("puts the chosen Chinese version after English in the interleaved views", () => {
    expect(layoutOf("interleaved-zh-Hant")).toEqual({ layout: "interleaved", languages: ["en", "zh-Hant"] });
  });
  it("accepts only the listed views", () => {
    expect(isReadingView("en,zh-Hans")).toBe(true);
    expect(isReadingView("en,en")).toBe(false);
    expect(isReadingView("<script>")).toBe(false);
    expect(isReadingView(null)).toBe(false);
  });
  it("hides the third language and orders the columns in a two-column view", () => {
    const css = readingViewStylesheet();
    expect(css).toContain('html[data-view="zh-Hans,en"] .aligned [data-lang="zh-Hant"]{display:none}');
    expect(css).toContain('html[data-view="zh-Hans,en"] .aligned [data-lang="zh-Hans"]{order:1}');
    expect(css).toContain('html[data-view="zh-Hans,en"] .aligned{--view-columns:2}');
  });
  it("shows Simplified↔Traditional differences only in the modes with both Chinese columns", () => {
    expect(READING_VIEWS.filter(showsBothChinese)).toEqual(["three", "zh-Hans,zh-Hant", "zh-Hant,zh-Hans"]);
  });
  it("hides the difference legend, list and highlights in a mode with one Chinese column, and only there", () => {
    const css = readingViewStylesheet();
    expect(css).toContain('html[data-view="interleaved-zh-Hans"] .legend,html[data-view="interleaved-zh-Hans"] .difference-list');
    expect(css).toContain('html[data-view="en,zh-Hant"] mark.diff{text-decoration:none;');
    expect(css).not.toContain('html[data-view="zh-Hans,zh-Hant"] .legend');
    expect(css).not.toContain('html[data-view="zh-Hant,zh-Hans"] mark.diff');
  });
});
