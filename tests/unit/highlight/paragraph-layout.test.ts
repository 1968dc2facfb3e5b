import { describe, expect, it } from "vitest";
import { layoutParagraph, type LayoutSegment } from "@/core/highlight/paragraph-layout";

/**
 * A layout written out: each segment as `{sentence: pieces}` (`{-: …}` between sentences),
 * each run as `text[values]`, each point as `^value`.
 */
function show(segments: LayoutSegment<string, string>[]): string {
  return segments
    .map((segment) => {
      const pieces = segment.pieces.map((piece) => (piece.kind === "point" ? `^${piece.value}` : `${piece.run.text}[${piece.run.values.join(",")}]`));
      return `{${segment.sentence ?? "-"}: ${pieces.join("|")}}`;
    })
    .join(" ");
}

describe("layoutParagraph", () => {
  it("gives the whole text as one segment outside any sentence when there are no sentences", () => {
    expect(show(layoutParagraph("我们的软件", [{ start: 3, end: 5, value: "d" }], [], []))).toBe("{-: 我们的[]|软件[d]}");
  });

  it("wraps each sentence, keeping the whitespace between sentences outside them", () => {
    const text = "One. Two. ";
    expect(show(layoutParagraph(text, [], [], [{ start: 0, end: 4, value: "s0" }, { start: 5, end: 9, value: "s1" }]))).toBe(
      "{s0: One.[]} {-:  []} {s1: Two.[]} {-:  []}",
    );
  });

  it("cuts an annotation that crosses a sentence boundary into one run per sentence, with whole-text offsets", () => {
    const text = "第一句。第二句。";
    const segments = layoutParagraph(text, [{ start: 2, end: 6, value: "d" }], [], [
      { start: 0, end: 4, value: "s0" },
      { start: 4, end: 8, value: "s1" },
    ]);
    expect(show(segments)).toBe("{s0: 第一[]|句。[d]} {s1: 第二[d]|句。[]}");
    const runs = segments.flatMap((segment) => segment.pieces.flatMap((piece) => (piece.kind === "run" ? [piece.run] : [])));
    expect(runs.map((run) => [run.start, run.end])).toEqual([[0, 2], [2, 4], [4, 6], [6, 8]]);
    expect(runs.map((run) => run.text).join("")).toBe(text);
  });

  it("keeps nested annotations in the order given inside a sentence", () => {
    const segments = layoutParagraph("新的軟體系統。", [
      { start: 2, end: 4, value: "regional" },
      { start: 2, end: 6, value: "term" },
    ], [], [{ start: 0, end: 7, value: "s" }]);
    expect(show(segments)).toBe("{s: 新的[]|軟體[regional,term]|系統[term]|。[]}");
  });

  it("places a point in the middle of a run, which cuts the run there", () => {
    expect(show(layoutParagraph("abcdef", [{ start: 0, end: 6, value: "t" }], [{ at: 3, value: "g" }], []))).toBe("{-: abc[t]|^g|def[t]}");
  });

  it("places each point once: a point at a sentence boundary opens the next sentence, one at the end closes the last", () => {
    const segments = layoutParagraph("一。二。", [], [
      { at: 0, value: "start" },
      { at: 2, value: "boundary" },
      { at: 4, value: "end" },
    ], [
      { start: 0, end: 2, value: "s0" },
      { start: 2, end: 4, value: "s1" },
    ]);
    expect(show(segments)).toBe("{s0: ^start|一。[]} {s1: ^boundary|二。[]|^end}");
  });

  it("keeps a point at the end inside the last sentence when the text ends with it", () => {
    expect(show(layoutParagraph("One.", [], [{ at: 4, value: "g" }], [{ start: 0, end: 4, value: "s" }]))).toBe("{s: One.[]|^g}");
  });

  it("drops empty sentences and sentences that overlap an earlier one, and clamps those that run past the text", () => {
    const segments = layoutParagraph<string, string>("abcdef", [], [], [
      { start: 4, end: 99, value: "late" },
      { start: 0, end: 3, value: "first" },
      { start: 2, end: 5, value: "overlapping" },
      { start: 3, end: 3, value: "empty" },
    ]);
    expect(show(segments)).toBe("{first: abc[]} {-: d[]} {late: ef[]}");
  });

  it("gives an empty text one empty segment holding its points", () => {
    expect(show(layoutParagraph<string, string>("", [], [{ at: 0, value: "g" }], []))).toBe("{-: ^g}");
  });
});
