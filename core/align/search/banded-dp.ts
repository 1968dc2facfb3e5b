import type { BeadShape } from "./bead-shapes";
import type { BeadSpan } from "../types";

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
   * Optional: a cheap lower bound of `beadCost` for the same bead. With it, each cell
   * evaluates its beads cheapest bound first and stops at the first whose bound cannot
   * beat the best found, so most costly evaluations off the path are never made.
   */
  beadBound?: (sourceStart: number, sourceEnd: number, targetStart: number, targetEnd: number) => number;
  /**
   * Expected target boundary for each source boundary 0..sourceCount (length
   * sourceCount + 1), non-decreasing, from 0 to targetCount. Without `centred`, only its
   * local slope is used: how far the band moves from one row to the next (see alignInBand).
   */
  diagonal: Float64Array;
  /**
   * Centre each row's band on `diagonal` itself instead of following the cheapest cell:
   * for a second pass around the path of a first one (see pathCourse), whose costs need not
   * be comparable across the cells of a row.
   */
  centred?: boolean;

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
 * With `centred`, the band is the corridor around `diagonal` instead (a refinement pass).
 *
 * The band is still a heuristic: the best path may leave it. When the path found runs along
 * the band's edge we take that as a sign it wanted to go further: the half-width is doubled
 * around the place where each such run begins (WIDEN_ROWS half-widths either side of it, not
 * everywhere, so a few hard places in a long document do not make the whole search wider)
 * and the search redone, until the path stays clear of the edges, the band covers the grid
 * where it touched, or the band would hold more than `maxCells` cells (then the last path
 * is returned).
 *
 * Returns spans in document order covering both sides exactly; [] when both sides are empty.
 */
export function alignInBand(problem: BandedAlignmentProblem): BandedAlignment {
  const { sourceCount, targetCount } = problem;
  const initial = Math.max(2, Math.ceil(problem.initialHalfWidth));
  const halfWidths = new Int32Array(sourceCount + 1).fill(initial);
  let previous: SolvedGrid | null = null;
  let unchangedRows = 0;
  for (;;) {
    const solved = solveOrWholeGrid(problem, halfWidths, previous, unchangedRows);
    const { spans, band } = solved;
    previous = solved;
    const touched = edgeRows(spans, band, targetCount).filter((row) => (halfWidths[row] ?? 0) < targetCount + 3);
    if (touched.length === 0) return { spans, halfWidth: largest(halfWidths) };
    const wider = Int32Array.from(halfWidths);
    for (const row of runStarts(touched, halfWidths, initial)) {
      // Twice the widest band near it: a run that begins just past a place widened before
      // means that place was not wide enough yet.
      const near = WIDEN_ROWS * (halfWidths[row] ?? initial);
      let width = initial;
      for (let other = Math.max(0, row - near); other <= Math.min(sourceCount, row + near); other++) width = Math.max(width, halfWidths[other] ?? 0);
      const reach = WIDEN_ROWS * width;
      for (let other = Math.max(0, row - reach); other <= Math.min(sourceCount, row + reach); other++) {
        wider[other] = Math.max(wider[other] ?? 0, 2 * width);
      }
    }
    let cells = 0;
    for (const width of wider) cells += 2 * width + 1;
    if (cells > problem.maxCells) return { spans, halfWidth: largest(halfWidths) };
    // Rows before the first widened one come out the same: the next solve starts there.
    unchangedRows = 0;
    while (unchangedRows <= sourceCount && wider[unchangedRows] === halfWidths[unchangedRows]) unchangedRows++;
    halfWidths.set(wider);
  }
}

/**
 * `solve`, but when no path joins the band's corners (one English sentence against ten
 * Chinese ones: the band of the first row stops short of where the last must start), the
 * whole grid instead, if it holds at most `maxCells` cells. A cut band used to end the
 * import with "alignment band is disconnected"; the whole grid always holds a path.
 */
function solveOrWholeGrid(problem: BandedAlignmentProblem, halfWidths: Int32Array, previous: SolvedGrid | null, unchangedRows: number): SolvedGrid {
  try {
    return solve(problem, halfWidths, previous, unchangedRows);
  } catch (error) {
    const whole = problem.targetCount + 3;
    const wholeGridCells = (problem.sourceCount + 1) * (2 * whole + 1);
    if (!(error instanceof DisconnectedBandError) || wholeGridCells > problem.maxCells || halfWidths.every((width) => width >= whole)) throw error;
    halfWidths.fill(whole);
    return solve(problem, halfWidths, null, 0);
  }
}

/** No path through the band: the band, not the problem, is at fault. */
class DisconnectedBandError extends Error {
  override readonly name = "DisconnectedBandError";
}

/**
 * The first row of each run of touched rows (rows within WIDEN_ROWS half-widths of the one
 * before). Where the path left the band, it runs along the edge from there on, parallel to
 * where it should be, until the band is wide enough at the place it left: widening the
 * start of the run is what helps, and widening the whole run would widen the rest of the
 * document for nothing.
 */
function runStarts(touched: readonly number[], halfWidths: Int32Array, initial: number): number[] {
  const starts: number[] = [];
  let previous = -Infinity;
  for (const row of [...touched].sort((a, b) => a - b)) {
    if (row - previous > WIDEN_ROWS * (halfWidths[row] ?? initial)) starts.push(row);
    previous = row;
  }
  return starts;
}

function largest(values: Int32Array): number {
  let most = 0;
  for (const value of values) most = Math.max(most, value);
  return most;
}

/** Rows either side of a place where the path touched the band's edge that get the wider band. */
const WIDEN_ROWS = 8;

interface Band {
  /** First and last target boundary searched on each source boundary row (inclusive). */
  low: Int32Array;
  high: Int32Array;
}

/** A solved grid: the band, the cells' costs and back-pointers, the cheapest cell per row. */
interface SolvedGrid {
  spans: BeadSpan[];
  band: Band;
  rowStart: Float64Array;
  cost: Float64Array;
  back: Int8Array;
  cheapest: Int32Array;
  /** The half-width of each row's band in this solve. */
  halfWidths: Int32Array;
}

/**
 * Fills the band row by row and reads the path back. With `previous` (a solve of the same
 * problem whose band differed only from row `unchangedRows` on), the rows before that are
 * copied rather than recomputed. After a widened place, once the search has rejoined the
 * previous one — for as many rows as a bead spans, the cells near the cheapest one hold the
 * previous costs plus one constant, with the same back-pointers — the rows up to the next
 * widened place are copied from `previous` too (costs plus that constant): widening the
 * band in a few places redoes those places, not the rest of the document. Cells far from
 * the cheapest one are not compared (they are reached by paths of their own that may take
 * long to merge); a path that would have used them would have touched the band's edge.
 */
function solve(problem: BandedAlignmentProblem, halfWidths: Int32Array, previous: SolvedGrid | null, unchangedRows: number): SolvedGrid {
  const { sourceCount, targetCount, shapes, minBeadCost, diagonal } = problem;
  const rows = sourceCount + 1;
  const low = new Int32Array(rows);
  const high = new Int32Array(rows);
  const rowStart = new Float64Array(rows + 1);
  const cheapestOf = new Int32Array(rows);
  // Every row holds at most 2·halfWidth + 1 cells, except the last, which may reach to the end.
  let capacity = targetCount + 1;
  for (const halfWidth of halfWidths) capacity += 2 * halfWidth + 1;
  const cost = new Float64Array(capacity);
  const back = new Int8Array(capacity);
  const shapeSource = shapes.map((shape) => shape.source);
  const shapeTarget = shapes.map((shape) => shape.target);
  const shapeCost = shapes.map((shape) => shape.cost);
  const beadBound = problem.beadBound;
  const candidateBound = new Float64Array(shapes.length);
  const candidateBefore = new Float64Array(shapes.length);
  const candidateShape = new Int32Array(shapes.length);

  const deepestShape = Math.max(1, ...shapeSource);
  let rejoinedRows = 0; // consecutive rows found rejoined with `previous`
  let rejoinedShift = 0;
  let copying = false;

  let cheapestColumn = 0;
  let firstRow = 0;
  if (previous !== null && unchangedRows > 0) {
    firstRow = Math.min(unchangedRows, rows);
    low.set(previous.band.low.subarray(0, firstRow));
    high.set(previous.band.high.subarray(0, firstRow));
    rowStart.set(previous.rowStart.subarray(0, firstRow + 1));
    const cells = rowStart[firstRow] ?? 0;
    cost.set(previous.cost.subarray(0, cells));
    back.set(previous.back.subarray(0, cells));
    cheapestOf.set(previous.cheapest.subarray(0, firstRow));
    cheapestColumn = cheapestOf[firstRow - 1] ?? 0;
  }
  for (let row = firstRow; row < rows; row++) {
    const halfWidth = halfWidths[row] ?? 4;
    const sameBandAsBefore = previous !== null && previous.halfWidths[row] === halfWidth;
    if (copying && previous !== null && sameBandAsBefore) {
      copyRow(previous, row, rejoinedShift, { low, high, rowStart, cost, back });
      cheapestColumn = previous.cheapest[row] ?? 0;
      cheapestOf[row] = cheapestColumn;
      continue;
    }
    copying = false;
    const slope = row === 0 ? 0 : (diagonal[row] ?? 0) - (diagonal[row - 1] ?? 0);
    let centre: number;
    if (problem.centred) centre = diagonal[row] ?? 0;
    else if (row === 0) centre = 0;
    else centre = cheapestColumn + slope;
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
      // The beads ending here with the cost of the cell they start from (plus the shape's
      // prior) and a lower bound of their own (beadBound, else minBeadCost), kept in order of
      // bound (at most eight).
      let candidates = 0;
      for (let shape = 0; shape < shapeCost.length; shape++) {
        const fromRow = row - (shapeSource[shape] ?? 0);
        const fromColumn = column - (shapeTarget[shape] ?? 0);
        if (fromRow < 0 || fromColumn < 0) continue;
        const fromLow = low[fromRow] ?? 0;
        if (fromColumn < fromLow || fromColumn > (high[fromRow] ?? 0)) continue;
        const before = (cost[(rowStart[fromRow] ?? 0) + fromColumn - fromLow] ?? Infinity) + (shapeCost[shape] ?? 0);
        if (before === Infinity) continue;
        const bound = before + (beadBound === undefined ? minBeadCost : beadBound(fromRow, row, fromColumn, column));
        let at = candidates++;
        while (at > 0 && (candidateBound[at - 1] ?? 0) > bound) {
          candidateBound[at] = candidateBound[at - 1] ?? 0;
          candidateBefore[at] = candidateBefore[at - 1] ?? 0;
          candidateShape[at] = candidateShape[at - 1] ?? 0;
          at--;
        }
        candidateBound[at] = bound;
        candidateBefore[at] = before;
        candidateShape[at] = shape;
      }
      // Cheapest bound first; once a bound cannot beat the best so far, neither can the
      // rest, and their (costly) beads are never evaluated.
      for (let k = 0; k < candidates && (candidateBound[k] ?? Infinity) < best; k++) {
        const shape = candidateShape[k] ?? 0;
        const before = candidateBefore[k] ?? 0;
        const fromRow = row - (shapeSource[shape] ?? 0);
        const fromColumn = column - (shapeTarget[shape] ?? 0);
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
    cheapestOf[row] = cheapestColumn;

    if (previous !== null && sameBandAsBefore && row >= unchangedRows && row < sourceCount) {
      const shift = shiftNearCheapest(previous, row, cheapestColumn, { low, high, rowStart, cost, back });
      const sameShift = shift !== null && (rejoinedRows === 0 || Math.abs(shift - rejoinedShift) <= TOLERANCE * (1 + Math.abs(shift)));
      rejoinedRows = sameShift ? rejoinedRows + 1 : shift === null ? 0 : 1;
      rejoinedShift = shift ?? 0;
      copying = rejoinedRows >= deepestShape;
    } else rejoinedRows = 0;
  }

  const spans: BeadSpan[] = [];
  let row = sourceCount;
  let column = targetCount;
  while (row > 0 || column > 0) {
    const shape = back[(rowStart[row] ?? 0) + column - (low[row] ?? 0)] ?? -1;
    if (shape < 0) throw new DisconnectedBandError(`alignment band is disconnected at (${row}, ${column})`);
    const fromRow = row - (shapeSource[shape] ?? 0);
    const fromColumn = column - (shapeTarget[shape] ?? 0);
    spans.push({ sourceStart: fromRow, sourceEnd: row, targetStart: fromColumn, targetEnd: column });
    row = fromRow;
    column = fromColumn;
  }
  return { spans: spans.reverse(), band: { low, high }, rowStart, cost, back, cheapest: cheapestOf, halfWidths: Int32Array.from(halfWidths) };
}

/** Relative difference below which two costs count as equal (the same sums in another order). */
const TOLERANCE = 1e-9;
/** Cells either side of a row's cheapest one compared to decide the search has rejoined the previous one. */
const REJOIN_HALF_WIDTH = 4;

interface GridRows {
  low: Int32Array;
  high: Int32Array;
  rowStart: Float64Array;
  cost: Float64Array;
  back: Int8Array;
}

/**
 * When row `row` just filled in `grid` has the band it had in `previous` and, over the
 * cells within REJOIN_HALF_WIDTH of `cheapestColumn`, the same back-pointers and costs that
 * differ from the previous ones by one constant: that constant; else null.
 */
function shiftNearCheapest(previous: SolvedGrid, row: number, cheapestColumn: number, grid: GridRows): number | null {
  const rowLow = grid.low[row] ?? 0;
  const rowHigh = grid.high[row] ?? 0;
  if (rowLow !== previous.band.low[row] || rowHigh !== previous.band.high[row] || cheapestColumn !== previous.cheapest[row]) return null;
  const offset = (grid.rowStart[row] ?? 0) - rowLow;
  const previousOffset = (previous.rowStart[row] ?? 0) - rowLow;
  let shift: number | null = null;
  for (let column = Math.max(rowLow, cheapestColumn - REJOIN_HALF_WIDTH); column <= Math.min(rowHigh, cheapestColumn + REJOIN_HALF_WIDTH); column++) {
    if (grid.back[offset + column] !== previous.back[previousOffset + column]) return null;
    const now = grid.cost[offset + column] ?? Infinity;
    const before = previous.cost[previousOffset + column] ?? Infinity;
    if (!Number.isFinite(now) || !Number.isFinite(before)) {
      if (now !== before) return null;
      continue;
    }
    if (shift === null) shift = now - before;
    else if (Math.abs(now - before - shift) > TOLERANCE * (1 + Math.abs(now))) return null;
  }
  return shift ?? 0;
}

/** Copies row `row` of `previous` into `grid` (whose rows before it are filled), costs plus `shift`. */
function copyRow(previous: SolvedGrid, row: number, shift: number, grid: GridRows): void {
  const rowLow = previous.band.low[row] ?? 0;
  const rowHigh = previous.band.high[row] ?? 0;
  grid.low[row] = rowLow;
  grid.high[row] = rowHigh;
  const offset = grid.rowStart[row] ?? 0;
  const previousOffset = previous.rowStart[row] ?? 0;
  const cells = rowHigh - rowLow + 1;
  grid.rowStart[row + 1] = offset + cells;
  grid.back.set(previous.back.subarray(previousOffset, previousOffset + cells), offset);
  for (let cell = 0; cell < cells; cell++) grid.cost[offset + cell] = (previous.cost[previousOffset + cell] ?? Infinity) + shift;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

/** Margin, in target paragraphs, within which a path point counts as touching the band edge. */
const EDGE_MARGIN = 1;

/** The source boundary rows where the path comes within EDGE_MARGIN of the band's edge. */
function edgeRows(spans: readonly BeadSpan[], band: Band, targetCount: number): number[] {
  const rows: number[] = [];
  for (const span of spans) {
    const row = span.sourceEnd;
    const column = span.targetEnd;
    const rowLow = band.low[row] ?? 0;
    const rowHigh = band.high[row] ?? 0;
    if ((rowLow > 0 && column - rowLow <= EDGE_MARGIN) || (rowHigh < targetCount && rowHigh - column <= EDGE_MARGIN)) {
      rows.push(row);
    }
  }
  return rows;
}

/**
 * The course of an alignment's path as a diagonal for a `centred` pass: for each source
 * boundary 0..sourceCount, the middle of the target boundaries the path visits on it (a
 * run of 0-1 beads visits several), interpolated inside beads of several source
 * paragraphs. `spans` must cover both sides in order.
 */
export function pathCourse(spans: readonly BeadSpan[], sourceCount: number): Float64Array {
  const first = new Float64Array(sourceCount + 1).fill(-1);
  const last = new Float64Array(sourceCount + 1);
  const visit = (row: number, column: number) => {
    if ((first[row] ?? -1) < 0) first[row] = column;
    last[row] = column;
  };
  visit(0, 0);
  for (const span of spans) {
    const rows = span.sourceEnd - span.sourceStart;
    if (rows === 0) visit(span.sourceStart, span.targetEnd);
    for (let step = 1; step <= rows; step++) {
      visit(span.sourceStart + step, span.targetStart + ((span.targetEnd - span.targetStart) * step) / rows);
    }
  }
  return first.map((column, row) => (column + (last[row] ?? column)) / 2);
}
