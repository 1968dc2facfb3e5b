import { describe, expect, it } from "vitest";
import { createRollingPairCache } from "../../../core/align/pair-cache";

describe("createRollingPairCache", () => {
  it("computes each pair once while rows advance, and stays correct when read out of order", () => {
    const calls: string[] = [];
    const cached = createRollingPairCache(10, (s, t) => {
      calls.push(`${s},${t}`);
      return s * 100 + t;
    });
    for (let row = 1; row <= 6; row++) {
      for (let source = Math.max(0, row - 3); source < row; source++) {
        expect(cached(source, 2)).toBe(source * 100 + 2);
        expect(cached(source, 3)).toBe(source * 100 + 3);
      }
    }
    expect(calls).toHaveLength(12); // sources 0..5 × targets 2, 3
    expect(cached(0, 2)).toBe(2); // evicted long ago: recomputed, still right
    expect(cached(4, 2)).toBe(402);
  });
});
