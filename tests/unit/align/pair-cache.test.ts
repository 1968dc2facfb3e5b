import { describe, expect, it } from "vitest";
import { createPairMemo, createRollingPairCache, createRollingPairTable } from "../../../core/align/pair-cache";

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

describe("createRollingPairTable", () => {
  it("computes several numbers per pair together and reads each", () => {
    let calls = 0;
    const table = createRollingPairTable(5, 2, (s, t, out) => {
      calls++;
      out[0] = s + t;
      out[1] = s * t;
    });
    expect([table(2, 3, 0), table(2, 3, 1)]).toEqual([5, 6]);
    expect(calls).toBe(1);
  });
});

describe("createPairMemo", () => {
  it("remembers pairs for the whole pass, and computes those beyond its reach each time", () => {
    const calls: string[] = [];
    const memo = createPairMemo(10, 1, 2, (s, t, out) => {
      calls.push(`${s},${t}`);
      out[0] = s * 100 + t;
    });
    for (let pass = 0; pass < 2; pass++) for (let s = 0; s < 10; s++) expect(memo(s, s, 0)).toBe(s * 101);
    expect(calls).toHaveLength(10);
    expect(memo(0, 9, 0)).toBe(9); // row 0 remembers targets 0 ± 2 only
    expect(memo(0, 9, 0)).toBe(9);
    expect(calls).toHaveLength(12);
  });
});
