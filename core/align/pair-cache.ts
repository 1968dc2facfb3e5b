/** Rows the cache keeps: beads span at most 3 source paragraphs, plus the one being left. */
const SLOTS = 4;

/**
 * Memoises a score for (source paragraph, target paragraph) pairs while a dynamic
 * programme sweeps source rows in order: a bead ending at source boundary i reads pairs of
 * source paragraphs i-3..i-1 only, so four rows of memory suffice however long the
 * documents are, and each pair is computed about once instead of once per bead shape
 * that contains it. Pairs read out of order are recomputed, never wrong.
 */
export function createRollingPairCache(
  targetCount: number,
  compute: (source: number, target: number) => number,
): (source: number, target: number) => number {
  const values = Array.from({ length: SLOTS }, () => new Float64Array(targetCount).fill(Number.NaN));
  const owner = new Int32Array(SLOTS).fill(-1);
  const touchedLow = new Int32Array(SLOTS).fill(targetCount);
  const touchedHigh = new Int32Array(SLOTS).fill(-1);

  return (source, target) => {
    const slot = source % SLOTS;
    const row = values[slot];
    if (row === undefined) return compute(source, target);
    if (owner[slot] !== source) {
      // Reset only what the previous owner wrote: the band is narrow, the row is not.
      const from = touchedLow[slot] ?? 0;
      const to = touchedHigh[slot] ?? -1;
      if (to >= from) row.fill(Number.NaN, from, to + 1);
      owner[slot] = source;
      touchedLow[slot] = targetCount;
      touchedHigh[slot] = -1;
    }
    const cached = row[target] ?? Number.NaN;
    if (!Number.isNaN(cached)) return cached;
    const value = compute(source, target);
    row[target] = value;
    if (target < (touchedLow[slot] ?? 0)) touchedLow[slot] = target;
    if (target > (touchedHigh[slot] ?? -1)) touchedHigh[slot] = target;
    return value;
  };
}
