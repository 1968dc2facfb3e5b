import { describe, expect, it } from "vitest";
import type { BeadSpan } from "../../../../core/align/types";
import { splitUnsure } from "../../../../core/align/search/unsure-stretches";

const span = (s0: number, s1: number, t0: number, t1: number): BeadSpan => ({ sourceStart: s0, sourceEnd: s1, targetStart: t0, targetEnd: t1 });

describe("splitUnsure", () => {
  it("keeps sure beads and joins each run of the others into one stretch, in order", () => {
    const spans = [span(0, 1, 0, 1), span(1, 2, 1, 1), span(2, 3, 1, 3), span(3, 4, 3, 4)];
    const parts = splitUnsure(spans, (index) => index === 0 || index === 3);
    expect(parts.map((part) => ("kept" in part ? "kept" : "stretch"))).toEqual(["kept", "stretch", "kept"]);
    expect(parts[1]).toEqual({ stretch: span(1, 3, 1, 3), spans: [spans[1], spans[2]] });
  });

  it("returns one stretch when nothing is sure, and nothing for no beads", () => {
    expect(splitUnsure([span(0, 1, 0, 1), span(1, 2, 1, 2)], () => false)).toEqual([
      { stretch: span(0, 2, 0, 2), spans: [span(0, 1, 0, 1), span(1, 2, 1, 2)] },
    ]);
    expect(splitUnsure([], () => true)).toEqual([]);
  });
});
