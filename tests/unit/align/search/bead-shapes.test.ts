import { describe, expect, it } from "vitest";
import { shapesFromPriors } from "../../../../core/align/search/bead-shapes";

describe("shapesFromPriors", () => {
  it("turns probabilities into −log costs, 1-1 first", () => {
    const shapes = shapesFromPriors({ "1-1": 1, "1-0": 0.5, "0-1": 0.5, "1-2": 0.1, "2-1": 0.1, "2-2": 0.1, "1-3": 0.1, "3-1": 0.1 });
    expect(shapes[0]).toMatchObject({ source: 1, target: 1 });
    expect(shapes[0]?.cost).toBeCloseTo(0);
    expect(shapes[1]?.cost).toBeCloseTo(Math.log(2));
    expect(shapes).toHaveLength(8);
  });

  it("refuses a missing prior", () => {
    expect(() => shapesFromPriors({ "1-1": 0.9 })).toThrow(/missing prior for bead 1-0/);
  });
});
