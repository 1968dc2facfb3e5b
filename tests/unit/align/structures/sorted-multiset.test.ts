import { describe, expect, it } from "vitest";
import { blockIntersectionSize, intersectionSize } from "../../../../core/align/structures/sorted-multiset";

const ids = (...values: number[]) => Int32Array.from(values);

describe("intersectionSize", () => {
  it("counts shared values with their multiplicity", () => expect(intersectionSize(ids(1, 2, 2, 5), ids(2, 2, 2, 5, 9))).toBe(3));
  it("is 0 for disjoint or empty lists", () => {
    expect(intersectionSize(ids(1, 3), ids(2, 4))).toBe(0);
    expect(intersectionSize(ids(), ids(1))).toBe(0);
  });
});

describe("blockIntersectionSize", () => {
  it("intersects unions of paragraphs exactly, not pair by pair", () => {
    // 7 occurs once on the left in each of two paragraphs, once on the right: one shared.
    const left = [ids(1, 7), ids(7, 8)];
    const right = [ids(7, 8, 9)];
    expect(blockIntersectionSize(left, 0, 2, right, 0, 1)).toBe(2);
    expect(intersectionSize(left[0] ?? ids(), right[0] ?? ids()) + intersectionSize(left[1] ?? ids(), right[0] ?? ids())).toBe(3);
  });
});
