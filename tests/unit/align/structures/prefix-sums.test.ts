import { describe, expect, it } from "vitest";
import { prefixSums, rangeSum } from "../../../../core/align/structures/prefix-sums";

describe("prefixSums and rangeSum", () => {
  it("sum any 0-based half-open range", () => {
    const sums = prefixSums([3, 1, 4, 1, 5]);
    expect([...sums]).toEqual([0, 3, 4, 8, 9, 14]);
    expect(rangeSum(sums, 1, 4)).toBe(6);
    expect(rangeSum(sums, 2, 2)).toBe(0);
  });
});
