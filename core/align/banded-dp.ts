import type { BeadShape } from "./bead-shapes";
import type { BeadSpan } from "./types";

export interface BandedAlignmentProblem {
  sourceCount: number;
  targetCount: number;
  shapes: readonly BeadShape[];
  /**
   * Cost of the bead source [sourceStart, sourceEnd) × target [targetStart, targetEnd),
   * without the shape's prior. Must be ≥ `minBeadCost`. When a cheap bound shows the cost
   * is at least `budget` (the bead cannot improve the cell), the function may return any
   * value ≥ `budget` (e.g. Infinity) without computing the rest: that pruning is most of
   * the speed.
   */
  beadCost(sourceStart: number, sourceEnd: number, targetStart: number, targetEnd: number, budget: number): number;
  minBeadCost: number;
  /**
   * Expected target boundary for each source boundary 0..sourceCount (length
   * sourceCount + 1), non-decreasing, from 0 to targetCount. Only its local slope is used:
   * how far the band moves from one row to the next (see alignInBand).
   */
  diagonal: Float64Array;
  /** Half-width of the first band, in target paragraphs. */
  initialHalfWidth: number;
  /** The band stops widening before it would hold more cells than this. */
  maxCells: number;
}

export interface BandedAlignment {
  spans: BeadSpan[];
  /** Half-width of the band the returned path was found in. */
  halfWidth: number;
}

/**
 * Minimum-cost monotone path of beads through the (source × target) boundary grid,
 * computed only inside a band. Time and memory are O(sourceCount × halfWidth × shapes)
 * instead of O(sourceCount × targetCount).
 *
 * The band follows the search rather than a line fixed in advance: row i is centred on the
 * cheapest cell of row i−1 moved on by the slope of `diagonal`. A line fixed by text
 * shares drifts on long documents — on the whole Bible, verse by verse, the
 * length-proportional line is up to 540 verses off the true path, because the English/Chinese
 * length ratio differs from book to book — while the cheapest cell stays on the path.
 * The last row reaches to the end of the target, so a path always exists.
 *
 * The band is still a heuristic: the best path may leave it. When the path found runs along
 * the band's edge we take that as a sign it wanted to go further, double the half-width and
 * solve again, until the path stays clear of the edges, the band covers the whole grid, or
 * the next band would exceed `maxCells` (then the last path is returned).
 *
 * Returns spans in document order covering both sides exactly; [] when both sides are empty.
 */
export function alignInBand(problem: BandedAlignmentProblem): BandedAlignment {
  const { sourceCount, targetCount } = problem;
  let halfWidth = Math.max(4, Math.ceil(problem.initialHalfWidth));
  for (;;) {
    const { spans, band } = solve(problem, halfWidth);
    const coversGrid = halfWidth >= targetCount + 3;
    const nextCells = (sourceCount + 1) * (4 * halfWidth + 1);
    if (coversGrid || nextCells > problem.maxCells || !touchesEdge(spans, band, targetCount)) {
      return { spans, halfWidth };
    }
    halfWidth *= 2;
  }
}

interface Band {
  /** First and last target boundary searched on each source boundary row (inclusive). */
  low: Int32Array;
  high: Int32Array;
}

function solve(problem: BandedAlignmentProblem, halfWidth: number): { spans: BeadSpan[]; band: Band } {
  const { sourceCount, targetCount, shapes, minBeadCost, diagonal } = problem;
  const rows = sourceCount + 1;
  const low = new Int32Array(rows);
  const high = new Int32Array(rows);
  const rowStart = new Float64Array(rows + 1);
  // Every row holds at most 2·halfWidth + 1 cells, except the last, which may reach to the end.
  const capacity = rows * (2 * halfWidth + 1) + targetCount + 1;
  const cost = new Float64Array(capacity);
  const back = new Int8Array(capacity);
  const shapeSource = shapes.map((shape) => shape.source);
  const shapeTarget = shapes.map((shape) => shape.target);
  const shapeCost = shapes.map((shape) => shape.cost);

  let cheapestColumn = 0;
  for (let row = 0; row < rows; row++) {
    const centre = row === 0 ? 0 : cheapestColumn + (diagonal[row] ?? 0) - (diagonal[row - 1] ?? 0);
    let rowLow = clamp(Math.round(centre) - halfWidth, 0, targetCount);
    let rowHigh = clamp(Math.round(centre) + halfWidth, 0, targetCount);
    if (row > 0) {
      // Never move left (paths are monotone), and never leave a gap above the row before:
      // the first cell must be reachable from it by a 1-0 bead.
      rowLow = Math.min(Math.max(rowLow, low[row - 1] ?? 0), high[row - 1] ?? 0);
      rowHigh = Math.max(rowHigh, rowLow);
    }
    if (row === sourceCount) rowHigh = targetCount;
    low[row] = rowLow;
    high[row] = rowHigh;
    const offset = rowStart[row] ?? 0;
    rowStart[row + 1] = offset + rowHigh - rowLow + 1;

    let cheapest = Infinity;
    for (let column = rowLow; column <= rowHigh; column++) {
      const cell = offset + column - rowLow;
      if (row === 0 && column === 0) {
        cost[cell] = 0;
        back[cell] = -1;
        cheapest = 0;
        cheapestColumn = 0;
        continue;
      }
      let best = Infinity;
      let bestShape = -1;
      for (let shape = 0; shape < shapeCost.length; shape++) {
        const fromRow = row - (shapeSource[shape] ?? 0);
        const fromColumn = column - (shapeTarget[shape] ?? 0);
        if (fromRow < 0 || fromColumn < 0) continue;
        const fromLow = low[fromRow] ?? 0;
        if (fromColumn < fromLow || fromColumn > (high[fromRow] ?? 0)) continue;
        const before = (cost[(rowStart[fromRow] ?? 0) + fromColumn - fromLow] ?? Infinity) + (shapeCost[shape] ?? 0);
        // Prune before the (costly) bead evaluation: it cannot beat the best so far.
        if (before + minBeadCost >= best) continue;
        const total = before + problem.beadCost(fromRow, row, fromColumn, column, best - before);
        if (total < best) {
          best = total;
          bestShape = shape;
        }
      }
      cost[cell] = best;
      back[cell] = bestShape;
      if (best < cheapest) {
        cheapest = best;
        cheapestColumn = column;
      }
    }
  }

  const spans: BeadSpan[] = [];
  let row = sourceCount;
  let column = targetCount;
  while (row > 0 || column > 0) {
    const shape = back[(rowStart[row] ?? 0) + column - (low[row] ?? 0)] ?? -1;
    if (shape < 0) throw new Error(`alignment band is disconnected at (${row}, ${column})`);
    const fromRow = row - (shapeSource[shape] ?? 0);
    const fromColumn = column - (shapeTarget[shape] ?? 0);
    spans.push({ sourceStart: fromRow, sourceEnd: row, targetStart: fromColumn, targetEnd: column });
    row = fromRow;
    column = fromColumn;
  }
  return { spans: spans.reverse(), band: { low, high } };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

/** Margin, in target paragraphs, within which a path point counts as touching the band edge. */
const EDGE_MARGIN = 1;

function touchesEdge(spans: readonly BeadSpan[], band: Band, targetCount: number): boolean {
  for (const span of spans) {
    const row = span.sourceEnd;
    const column = span.targetEnd;
    const rowLow = band.low[row] ?? 0;
    const rowHigh = band.high[row] ?? 0;
    if (rowLow > 0 && column - rowLow <= EDGE_MARGIN) return true;
    if (rowHigh < targetCount && rowHigh - column <= EDGE_MARGIN) return true;
  }
  return false;
}
