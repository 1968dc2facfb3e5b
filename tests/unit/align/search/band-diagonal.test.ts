import { describe, expect, it } from "vitest";
import { lengthDiagonal } from "../../../../core/align/search/band-diagonal";

describe("lengthDiagonal", () => {
  it("follows the share of text, not the share of paragraphs", () => {
    // One long source paragraph, then two short ones; the target mirrors it in one long and two short.
    expect([...lengthDiagonal([80, 10, 10], [40, 5, 5])]).toEqual([0, 1, 2, 3]);
    // Source: one paragraph holding half the text; target: the same half in two paragraphs.
    expect([...lengthDiagonal([50, 50], [25, 25, 50])]).toEqual([0, 2, 3]);
  });

  it("runs from 0 to the target count, never decreasing", () => {
    const diagonal = [...lengthDiagonal([3, 9, 1, 7, 2], [4, 4, 4])];
    expect(diagonal[0]).toBe(0);
    expect(diagonal.at(-1)).toBe(3);
    for (let i = 1; i < diagonal.length; i++) expect(diagonal[i]).toBeGreaterThanOrEqual(diagonal[i - 1] ?? 0);
  });

  it("falls back to the straight line when a side has no characters", () => {
    expect([...lengthDiagonal([0, 0], [1, 1, 1, 1])]).toEqual([0, 2, 4]);
    expect([...lengthDiagonal([], [1, 2])]).toEqual([2]);
  });
});
