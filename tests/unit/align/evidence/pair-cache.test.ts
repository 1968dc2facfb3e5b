import { describe, expect, it } from "vitest";
import { createPairMemo, createRollingPairTable, createRowMemo } from "../../../../core/align/evidence/pair-cache";

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

describe("createRowMemo", () => {
  it("measures a row's window at once, from a little before the first pair asked, and reads it back", () => {
    const rows: [number, number, number][] = [];
    const memo = createRowMemo(5, 100, 2, { before: 2, after: 10 }, (source, from, to, out) => {
      rows.push([source, from, to]);
      for (let target = from; target < to; target++) {
        out[2 * (target - from)] = source * 1000 + target;
        out[2 * (target - from) + 1] = -target;
      }
    });
    expect(memo(3, 40, 0)).toBe(3040);
    expect(memo(3, 38, 1)).toBe(-38);
    expect(memo(3, 50, 0)).toBe(3050);
    expect(rows).toEqual([[3, 38, 51]]);
    // Outside the window: computed alone, still right.
    expect(memo(3, 60, 0)).toBe(3060);
    expect(rows.at(-1)).toEqual([3, 60, 61]);
  });

  it("keeps the window inside the target side", () => {
    const rows: [number, number, number][] = [];
    const memo = createRowMemo(2, 8, 1, { before: 2, after: 10 }, (source, from, to, out) => {
      rows.push([source, from, to]);
      for (let target = from; target < to; target++) out[target - from] = target;
    });
    expect(memo(0, 6, 0)).toBe(6);
    expect(rows).toEqual([[0, 0, 8]]);
  });
});
