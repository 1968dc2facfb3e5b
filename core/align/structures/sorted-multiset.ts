/** Arrays of ids sorted ascending, repeats kept: multisets. */
export type SortedIds = Int32Array | Float64Array;

/** Size of the multiset intersection of two ascending arrays: Σ min(count in a, count in b). */
export function intersectionSize(a: SortedIds, b: SortedIds): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/**
 * Size of the multiset intersection of two blocks, each the multiset union of consecutive
 * arrays `a[aFrom..aTo)` and `b[bFrom..bTo)` (the paragraphs of a bead, at most three per
 * side): exact, where summing pairwise intersections would count an id twice when it occurs
 * in two paragraphs of one side and once on the other, and so favour merged beads.
 * Allocation-free; O(total length × paragraphs).
 */
export function blockIntersectionSize(
  a: readonly SortedIds[],
  aFrom: number,
  aTo: number,
  b: readonly SortedIds[],
  bFrom: number,
  bTo: number,
): number {
  if (aTo - aFrom === 1 && bTo - bFrom === 1) return intersectionSize(a[aFrom] ?? EMPTY, b[bFrom] ?? EMPTY);
  if (aTo - aFrom > MAX_LISTS || bTo - bFrom > MAX_LISTS) throw new RangeError("blocks of more than three paragraphs");
  aAt.fill(0);
  bAt.fill(0);
  let shared = 0;
  for (;;) {
    const x = smallestHead(a, aFrom, aTo, aAt);
    const y = smallestHead(b, bFrom, bTo, bAt);
    if (x < 0 || y < 0) return shared;
    const xValue = a[aFrom + x]?.[aAt[x] ?? 0] ?? 0;
    const yValue = b[bFrom + y]?.[bAt[y] ?? 0] ?? 0;
    if (xValue <= yValue) aAt[x] = (aAt[x] ?? 0) + 1;
    if (yValue <= xValue) bAt[y] = (bAt[y] ?? 0) + 1;
    if (xValue === yValue) shared++;
  }
}

const EMPTY = new Int32Array(0);
const MAX_LISTS = 3;
// Cursors reused across calls (the function is synchronous and never re-entered).
const aAt = new Int32Array(MAX_LISTS);
const bAt = new Int32Array(MAX_LISTS);

/** Index (from `from`) of the list whose next element is smallest, or −1 when all are exhausted. */
function smallestHead(lists: readonly SortedIds[], from: number, to: number, at: Int32Array): number {
  let best = -1;
  let bestValue = Infinity;
  for (let list = from; list < to; list++) {
    const values = lists[list];
    const position = at[list - from] ?? 0;
    if (values === undefined || position >= values.length) continue;
    const value = values[position] ?? 0;
    if (value < bestValue) {
      bestValue = value;
      best = list - from;
    }
  }
  return best;
}
