import { describe, expect, it } from "vitest";
import { findContradictingPairings, type PairingInRow } from "../../../../core/align/rows/row-consistency";

// Sides: 0 = en, 1 = zh-Hans, 2 = zh-Hant; positions are within the row.
const pairing = (sourceSide: number, targetSide: number, beads: [number[], number[]][]): PairingInRow => ({
  sourceSide,
  targetSide,
  beads: beads.map(([source, target]) => ({ source, target })),
});

describe("findContradictingPairings", () => {
  it("finds nothing when all three pair one to one", () => {
    const row = [pairing(0, 1, [[[0], [0]]]), pairing(0, 2, [[[0], [0]]]), pairing(1, 2, [[[0], [0]]])];
    expect(findContradictingPairings(row, [1, 1, 1])).toEqual([]);
  });

  it("accepts a pairing finer than the others: en 0 ↔ two paragraphs that the Chinese pair one to one", () => {
    const row = [
      pairing(0, 1, [[[0], [0, 1]]]),
      pairing(0, 2, [[[0], [0, 1]]]),
      pairing(1, 2, [
        [[0], [0]],
        [[1], [1]],
      ]),
    ];
    expect(findContradictingPairings(row, [1, 2, 2])).toEqual([]);
  });

  it("reports every pairing of a triangle that does not close", () => {
    // en 0 ↔ hans 0 ↔ hant 0, en 1 ↔ hans 1 ↔ hant 1, but en ↔ hant is shifted: 0 ↔ 0,1 and 1 unmatched.
    const row = [
      pairing(0, 1, [
        [[0], [0]],
        [[1], [1]],
      ]),
      pairing(0, 2, [
        [[0], [0, 1]],
        [[1], []],
      ]),
      pairing(1, 2, [
        [[0], [0]],
        [[1], [1]],
      ]),
    ];
    expect(findContradictingPairings(row, [2, 2, 2])).toEqual([0, 1, 2]);
  });

  it("reports a triangle where one pairing leaves unmatched what the others connect", () => {
    // Every pairing contradicts the composition of the other two; rows.ts decides who is outvoted.
    const row = [
      pairing(0, 1, [[[0], [0]]]),
      pairing(0, 2, [[[0], [0]]]),
      pairing(1, 2, [
        [[0], []],
        [[], [0]],
      ]),
    ];
    expect(findContradictingPairings(row, [1, 1, 1])).toEqual([0, 1, 2]);
  });

  it("reports a coarser pairing that links what the others leave without counterpart", () => {
    // en 1 ↔ zh-Hans 1, which has no zh-Hant counterpart; en ↔ zh-Hant pairs en 0, 1 with zh-Hant 0.
    const row = [
      pairing(0, 1, [
        [[0], [0]],
        [[1], [1]],
      ]),
      pairing(0, 2, [[[0, 1], [0]]]),
      pairing(1, 2, [
        [[0], [0]],
        [[1], []],
      ]),
    ];
    expect(findContradictingPairings(row, [2, 2, 1])).toContain(1);
  });

  it("accepts unmatched paragraphs that nothing connects", () => {
    const row = [pairing(0, 1, [[[0], [0]]]), pairing(0, 2, [[[0], []]]), pairing(1, 2, [[[0], []]])];
    expect(findContradictingPairings(row, [1, 1, 0])).toEqual([]);
  });
});
