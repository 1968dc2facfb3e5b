import { describe, expect, it } from "vitest";
import { alignInBand, pathCourse, type BandedAlignmentProblem } from "../../../../core/align/search/banded-dp";
import { shapesFromPriors } from "../../../../core/align/search/bead-shapes";
import type { BeadSpan } from "../../../../core/align/types";

const SHAPES = shapesFromPriors({
  "1-1": 0.9,
  "1-0": 0.01,
  "0-1": 0.01,
  "1-2": 0.02,
  "2-1": 0.02,
  "2-2": 0.01,
  "1-3": 0.01,
  "3-1": 0.01,
});

/** A problem whose only cheap beads pair source i with target i + offset(i). */
function problem(sourceCount: number, targetCount: number, partner: (source: number) => number, initialHalfWidth = 4) {
  const diagonal = new Float64Array(sourceCount + 1).map((_, row) => (row * targetCount) / Math.max(1, sourceCount));
  const spec: BandedAlignmentProblem = {
    sourceCount,
    targetCount,
    shapes: SHAPES,
    minBeadCost: 0,
    diagonal,
    initialHalfWidth,
    maxCells: 10_000_000,
    beadCost(sourceStart, sourceEnd, targetStart, targetEnd) {
      if (sourceStart === sourceEnd || targetStart === targetEnd) return 0;
      const oneToOne = sourceEnd - sourceStart === 1 && targetEnd - targetStart === 1;
      return oneToOne && partner(sourceStart) === targetStart ? 0 : 20;
    },
  };
  return spec;
}

const notation = (spans: readonly BeadSpan[]) =>
  spans.map((s) => `${s.sourceStart}-${s.sourceEnd}:${s.targetStart}-${s.targetEnd}`).join(" ");

describe("alignInBand", () => {
  it("finds the one-to-one path", () => {
    expect(notation(alignInBand(problem(3, 3, (i) => i)).spans)).toBe("0-1:0-1 1-2:1-2 2-3:2-3");
  });

  it("covers both sides exactly, in order", () => {
    const { spans } = alignInBand(problem(50, 40, (i) => Math.floor(i * 0.8)));
    let source = 0;
    let target = 0;
    for (const span of spans) {
      expect(span.sourceStart).toBe(source);
      expect(span.targetStart).toBe(target);
      source = span.sourceEnd;
      target = span.targetEnd;
    }
    expect([source, target]).toEqual([50, 40]);
  });

  it("widens the band when the path runs along its edge", () => {
    // The true path leaves the straight diagonal by 30 paragraphs (30 extra targets up front).
    const result = alignInBand(problem(100, 130, (i) => i + 30));
    expect(result.halfWidth).toBeGreaterThan(30);
    expect(result.spans.filter((s) => s.sourceEnd - s.sourceStart === 1 && s.targetEnd - s.targetStart === 1)).toHaveLength(100);
  });

  it("follows a path that drifts far from the diagonal without widening to the drift", () => {
    // The truth runs at slope 1.1; the diagonal claims 0.5 then 1.7, 180 paragraphs off midway.
    const spec = problem(600, 660, (i) => i + Math.floor(i / 10), 8);
    spec.diagonal = new Float64Array(601).map((_, row) => (row <= 300 ? row * 0.5 : 150 + (row - 300) * 1.7));
    spec.maxCells = 30_000; // allows half-width 8, not 16
    const result = alignInBand(spec);
    expect(result.halfWidth).toBe(8);
    expect(result.spans.filter((s) => s.sourceEnd - s.sourceStart === 1 && s.targetEnd - s.targetStart === 1)).toHaveLength(600);
  });

  it("returns [] when both sides are empty", () => {
    expect(alignInBand(problem(0, 0, (i) => i)).spans).toEqual([]);
  });

  it("aligns one side against an empty side with unmatched beads", () => {
    expect(notation(alignInBand(problem(2, 0, (i) => i)).spans)).toBe("0-1:0-0 1-2:0-0");
    expect(notation(alignInBand(problem(0, 2, (i) => i)).spans)).toBe("0-0:0-1 0-0:1-2");
  });

  it("stays connected where the diagonal is steep", () => {
    // All target paragraphs sit at one source boundary: the path must cross them with 0-1 beads.
    const spec = problem(2, 40, (i) => (i === 0 ? 0 : 39));
    spec.diagonal = Float64Array.of(0, 20, 40);
    expect(alignInBand(spec).spans.at(-1)).toEqual({ sourceStart: 1, sourceEnd: 2, targetStart: 39, targetEnd: 40 });
  });

  it("widens the band where the path touched its edge, enough to follow a jump", () => {
    // One-to-one everywhere, except 20 extra targets in the middle of a long document.
    const result = alignInBand(problem(400, 420, (i) => (i < 200 ? i : i + 20), 4));
    expect(result.spans.filter((s) => s.sourceEnd - s.sourceStart === 1 && s.targetEnd - s.targetStart === 1)).toHaveLength(400);
    expect(result.halfWidth).toBeGreaterThanOrEqual(20);
  });

  it("searches a corridor around a given course when centred", () => {
    const spec = problem(50, 60, (i) => i + Math.floor(i / 5), 2);
    spec.diagonal = new Float64Array(51).map((_, row) => row + Math.floor(row / 5));
    spec.centred = true;
    const result = alignInBand(spec);
    expect(result.spans.filter((s) => s.sourceEnd - s.sourceStart === 1 && s.targetEnd - s.targetStart === 1)).toHaveLength(50);
  });
});

describe("alignInBand, counting bead evaluations", () => {
  /** The problem of `problem`, counting the calls of its beadCost. */
  function counted(spec: BandedAlignmentProblem) {
    const calls = { count: 0 };
    const beadCost = spec.beadCost;
    return { calls, spec: { ...spec, beadCost: (...args: Parameters<typeof beadCost>) => (calls.count++, beadCost(...args)) } };
  }

  it("finds the same path evaluating fewer beads when given a lower bound of their costs", () => {
    const partner = (i: number) => i + Math.floor(i / 12);
    const plain = counted(problem(120, 130, partner));
    const bounded = counted(problem(120, 130, partner));
    // A valid bound: the cost itself, which this test's costs make cheap to know.
    const exact = problem(120, 130, partner).beadCost;
    const withBound = alignInBand({ ...bounded.spec, beadBound: (a, b, c, d) => exact(a, b, c, d, Infinity) }).spans;
    expect(notation(withBound)).toBe(notation(alignInBand(plain.spec).spans));
    expect(bounded.calls.count).toBeLessThan(plain.calls.count / 2);
  });

  it("widens only where the path left the band: cheaper than a band as wide everywhere", () => {
    // One-to-one, except 12 extra targets after source 100 of 2,000: the band (half-width 4)
    // loses the path there and must widen to 32 to follow the jump.
    const jump = counted(problem(2000, 2012, (i) => (i < 100 ? i : i + 12), 4));
    const { spans, halfWidth } = alignInBand(jump.spec);
    expect(spans.filter((s) => s.sourceEnd - s.sourceStart === 1 && s.targetEnd - s.targetStart === 1)).toHaveLength(2000);
    const everywhere = counted(problem(2000, 2012, (i) => (i < 100 ? i : i + 12), halfWidth));
    alignInBand(everywhere.spec);
    expect(jump.calls.count).toBeLessThan(everywhere.calls.count / 2);
  });
});

describe("pathCourse", () => {
  it("gives the target boundary the path reaches at each source boundary, the middle of a 0-1 run", () => {
    const spans = [
      { sourceStart: 0, sourceEnd: 1, targetStart: 0, targetEnd: 1 },
      { sourceStart: 1, sourceEnd: 1, targetStart: 1, targetEnd: 2 },
      { sourceStart: 1, sourceEnd: 1, targetStart: 2, targetEnd: 3 },
      { sourceStart: 1, sourceEnd: 3, targetStart: 3, targetEnd: 4 },
    ];
    expect([...pathCourse(spans, 3)]).toEqual([0, 2, 3.5, 4]);
  });
});
