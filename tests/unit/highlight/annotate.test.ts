import { describe, expect, it } from "vitest";
import { annotateText } from "@/core/highlight/annotate";

const show = (runs: { text: string; values: string[] }[]) => runs.map((r) => `${r.text}[${r.values.join(",")}]`).join("|");

describe("annotateText", () => {
  it("returns the whole text as one bare run when nothing is annotated", () => {
    expect(show(annotateText("我们的软件", []))).toBe("我们的软件[]");
  });

  it("cuts at every boundary of overlapping annotations", () => {
    const runs = annotateText("新的軟體系統上線", [
      { start: 0, end: 8, value: "sentence" },
      { start: 2, end: 4, value: "regional" },
      { start: 2, end: 6, value: "term" },
    ]);
    expect(show(runs)).toBe("新的[sentence]|軟體[sentence,regional,term]|系統[sentence,term]|上線[sentence]");
  });

  it("keeps characters outside the Basic Multilingual Plane whole", () => {
    const text = "𠮷野家的𡘙";
    const runs = annotateText(text, [{ start: 0, end: 2, value: "a" }]);
    expect(show(runs)).toBe("𠮷[a]|野家的𡘙[]");
    expect(runs.map((r) => r.text).join("")).toBe(text);
  });

  it("drops empty annotations and clamps those that run past the text", () => {
    expect(show(annotateText("abc", [{ start: 1, end: 1, value: "x" }, { start: 2, end: 9, value: "y" }]))).toBe("ab[]|c[y]");
  });
});
