import { describe, expect, it } from "vitest";
import { isReadingView, layoutOf, readingViewStylesheet } from "@/components/article/reading-modes";

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
});
