import { describe, expect, it } from "vitest";
import { beadFromSpan, findBeadProblem, unmatchedBeads } from "../../../../core/align/search/bead-invariants";

describe("findBeadProblem", () => {
  it("accepts beads that cover both sides in order", () => {
    const beads = [
      { source: [0], target: [0, 1], score: 1 },
      { source: [1], target: [], score: 0.4 },
      { source: [2, 3], target: [2], score: 0.8 },
    ];
    expect(findBeadProblem(beads, 4, 3)).toBeNull();
    expect(findBeadProblem([], 0, 0)).toBeNull();
  });

  it("names the first broken invariant", () => {
    expect(findBeadProblem([{ source: [1], target: [0], score: 1 }], 2, 1)).toBe("bead 0: source paragraph 1 where 0 was expected");
    expect(findBeadProblem([{ source: [0], target: [0], score: 1 }], 2, 1)).toBe("beads cover 1 of 2 source paragraphs");
    expect(findBeadProblem([{ source: [], target: [], score: 1 }], 0, 0)).toBe("bead 0 is empty");
    expect(findBeadProblem([{ source: [0], target: [0], score: 1.5 }], 1, 1)).toBe("bead 0 has score 1.5 outside [0, 1]");
  });
});

describe("beadFromSpan and unmatchedBeads", () => {
  it("expand ranges into 0-based index lists", () => {
    expect(beadFromSpan({ sourceStart: 2, sourceEnd: 4, targetStart: 3, targetEnd: 3 }, 0.5)).toEqual({
      source: [2, 3],
      target: [],
      score: 0.5,
    });
    expect(unmatchedBeads(2, "target", 0.4)).toEqual([
      { source: [], target: [0], score: 0.4 },
      { source: [], target: [1], score: 0.4 },
    ]);
  });
});
