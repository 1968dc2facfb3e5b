import { describe, expect, it } from "vitest";
import { groupMonotone } from "../../../../core/align/rows/monotone-groups";

/** Blocks as "a|b" per block (two sides), "-" for none. */
const notation = (blocks: number[][][]) =>
  blocks.map((block) => block.map((side) => (side.length === 0 ? "-" : side.join(","))).join("|")).join(" ");

describe("groupMonotone", () => {
  it("keeps unlinked paragraphs alone, in document order", () => {
    expect(notation(groupMonotone([2, 1], []))).toBe("0|- -|0 1|-");
  });

  it("groups linked paragraphs", () => {
    expect(notation(groupMonotone([2, 2], [[[0, 0], [1, 0]], [[0, 1], [1, 1]]]))).toBe("0|0 1|1");
  });

  it("fills gaps: a block holding paragraphs 0 and 2 of a side absorbs 1", () => {
    expect(notation(groupMonotone([3, 1], [[[0, 0], [1, 0]], [[0, 2], [1, 0]]]))).toBe("0,1,2|0");
  });

  it("merges crossing links into one block", () => {
    expect(notation(groupMonotone([2, 2], [[[0, 0], [1, 1]], [[0, 1], [1, 0]]]))).toBe("0,1|0,1");
  });

  it("merges cycles across three sides", () => {
    // a0–b0, b1–c0, c1–a0 … and a1–c0: order a says {a0} < {a1}, c says {c0} < {c1}: crossing.
    const blocks = groupMonotone([2, 2, 2], [[[0, 0], [1, 0]], [[1, 1], [2, 0]], [[2, 1], [0, 0]], [[0, 1], [2, 0]]]);
    expect(notation(blocks)).toBe("0,1|0,1|0,1");
  });

  it("handles long documents without deep recursion", () => {
    const count = 50_000;
    const links = Array.from({ length: count }, (_, i) => [[0, i], [1, i]] as [number, number][]);
    expect(groupMonotone([count, count], links)).toHaveLength(count);
  });

  it("returns [] when there are no paragraphs", () => {
    expect(groupMonotone([0, 0, 0], [])).toEqual([]);
  });
});
