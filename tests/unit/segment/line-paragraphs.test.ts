import { describe, expect, it } from "vitest";
import { assembleParagraphs, detectLineLayout, type SourceLine } from "@/core/segment/line-paragraphs";

const lines = (...texts: string[]): SourceLine[] => texts.map((text) => ({ text }));

describe("detectLineLayout", () => {
  it("is 'blocks' when a blank line separates text, ignoring blank lines at the edges", () => {
    expect(detectLineLayout(lines("a", "", "b"))).toBe("blocks");
    expect(detectLineLayout(lines("", "a", "b", "", ""))).toBe("lines");
  });
  it("is 'indents' when at least two lines start with a Chinese paragraph indent", () => {
    expect(detectLineLayout(lines("\u3000\u3000甲。", "\u3000\u3000乙。"))).toBe("indents");
    expect(detectLineLayout(lines("  甲。", "  乙。"))).toBe("indents");
    expect(detectLineLayout(lines("\u3000\u3000甲。", "乙。"))).toBe("lines");
  });
  it("does not count ASCII indents before Latin text as paragraph indents", () => {
    expect(detectLineLayout(lines("  code()", "  more()"))).toBe("lines");
  });
});

describe("assembleParagraphs", () => {
  it("never joins across breakBefore / breakAfter marks", () => {
    const marked: SourceLine[] = [
      { text: "Heading", breakBefore: true, breakAfter: true },
      { text: "body line one" },
      { text: "item", breakBefore: true },
      { text: "continued" },
    ];
    expect(assembleParagraphs(marked, "blocks")).toEqual(["Heading", "body line one", "item continued"]);
  });
  it("uses the layout it is given instead of detecting one", () => {
    expect(assembleParagraphs(lines("a", "b"), "blocks")).toEqual(["a b"]);
    expect(assembleParagraphs(lines("a", "b"))).toEqual(["a", "b"]);
  });
  it("returns no paragraphs for no lines", () => {
    expect(assembleParagraphs([])).toEqual([]);
  });
});

describe("a very long text (issue 11)", () => {
  it("assembles 200,000 lines without overflowing the call stack", () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => ({ text: `Line ${i} of a very long plain-text file.` }));
    const paragraphs = assembleParagraphs(lines, "lines");
    expect(paragraphs).toHaveLength(200_000);
    expect(paragraphs[199_999]).toBe("Line 199999 of a very long plain-text file.");
  }, 60_000);
});
