import { describe, expect, it } from "vitest";
import { estimateLengthModel, lengthCost, lengthDelta, lengthFit } from "../../../../core/align/evidence/gale-church";

describe("lengthDelta", () => {
  it("is 0 for a perfect fit and signed by which side is longer", () => {
    const model = { ratio: 4, variance: 20 };
    expect(lengthDelta(400, 100, model)).toBe(0);
    expect(lengthDelta(500, 100, model)).toBeGreaterThan(0);
    expect(lengthDelta(300, 100, model)).toBeLessThan(0);
  });

  it("handles empty blocks", () => {
    expect(lengthDelta(0, 0, { ratio: 4, variance: 20 })).toBe(0);
    expect(Number.isFinite(lengthDelta(100, 0, { ratio: 4, variance: 20 }))).toBe(true);
  });
});

describe("lengthCost", () => {
  it("is −log of the two-sided normal tail", () => {
    expect(lengthCost(0)).toBeCloseTo(0, 5);
    expect(lengthCost(1)).toBeCloseTo(-Math.log(0.3173105), 4);
    expect(lengthCost(2)).toBeCloseTo(-Math.log(0.0455003), 4);
    expect(lengthCost(-2)).toBe(lengthCost(2));
  });

  it("grows like δ²/2 instead of overflowing", () => {
    expect(lengthCost(50)).toBeGreaterThan(1250);
    expect(Number.isFinite(lengthCost(1000))).toBe(true);
  });
});

describe("lengthFit", () => {
  it("is 1 at δ = 0 and falls gently", () => {
    expect(lengthFit(0)).toBe(1);
    expect(lengthFit(1)).toBeCloseTo(0.88, 2);
    expect(lengthFit(3)).toBeCloseTo(0.32, 2);
  });
});

describe("estimateLengthModel", () => {
  const prior = { ratio: 4.1, variance: 30 };

  it("returns the prior without evidence", () => {
    expect(estimateLengthModel([], prior)).toEqual(prior);
  });

  it("moves the ratio toward the document's", () => {
    const pairs = Array.from({ length: 50 }, () => [300, 100] as const);
    expect(estimateLengthModel(pairs, prior).ratio).toBeCloseTo(3.04, 1);
  });

  it("estimates the variance robustly and never below half the prior's", () => {
    const regular = Array.from({ length: 50 }, () => [300, 100] as const);
    expect(estimateLengthModel(regular, prior).variance).toBe(15);
    const noisy = Array.from({ length: 50 }, (_, i) => [i % 2 === 0 ? 340 : 260, 100] as const);
    const outliers = [...noisy, [3000, 10] as const, [10, 900] as const];
    // Two wild pairs (a misalignment) barely move a median-based estimate.
    expect(estimateLengthModel(outliers, prior).variance).toBeLessThan(estimateLengthModel(noisy, prior).variance * 1.25);
  });
});
