/** Rows the cache keeps: beads span at most 3 source paragraphs, plus the one being left. */
const SLOTS = 4;

/**
 * Memoises `width` numbers per (source paragraph, target paragraph) pair, computed
 * together by `compute` into `out` (a scratch array of length `width`), while a dynamic
 * programme sweeps source rows in order: a bead ending at source boundary i reads pairs of
 * source paragraphs i-3..i-1 only, so four rows of memory suffice however long the
 * documents are, and each pair is computed about once instead of once per bead shape
 * that contains it. `get(source, target, k)` reads the k-th; pairs read out of order are
 * recomputed, never wrong.
 */
export function createRollingPairTable(
  targetCount: number,
  width: number,
  compute: (source: number, target: number, out: Float64Array) => void,
): (source: number, target: number, index: number) => number {
  const values = Array.from({ length: SLOTS }, () => new Float64Array(targetCount * width).fill(Number.NaN));
  const owner = new Int32Array(SLOTS).fill(-1);
  const touchedLow = new Int32Array(SLOTS).fill(targetCount);
  const touchedHigh = new Int32Array(SLOTS).fill(-1);
  const scratch = new Float64Array(width);

  return (source, target, index) => {
    const slot = source % SLOTS;
    const row = values[slot];
    if (row === undefined || target < 0 || target >= targetCount) {
      compute(source, target, scratch);
      return scratch[index] ?? Number.NaN;
    }
    if (owner[slot] !== source) {
      // Reset only what the previous owner wrote: the band is narrow, the row is not.
      const from = touchedLow[slot] ?? 0;
      const to = touchedHigh[slot] ?? -1;
      if (to >= from) row.fill(Number.NaN, from * width, (to + 1) * width);
      owner[slot] = source;
      touchedLow[slot] = targetCount;
      touchedHigh[slot] = -1;
    }
    const at = target * width;
    const cached = row[at + index] ?? Number.NaN;
    if (!Number.isNaN(cached)) return cached;
    compute(source, target, scratch);
    row.set(scratch, at);
    if (target < (touchedLow[slot] ?? 0)) touchedLow[slot] = target;
    if (target > (touchedHigh[slot] ?? -1)) touchedHigh[slot] = target;
    return scratch[index] ?? Number.NaN;
  };
}

/**
 * Memoises `width` numbers per (source, target) pair for a whole pass, including the
 * passes redone with a wider band: each source row keeps the pairs within `reach` target
 * paragraphs of the first one asked for (memory O(sources × reach)); pairs beyond that
 * are computed each time, never wrong. For a first pass whose band may be widened and the
 * search redone, so that nothing is computed twice.
 */
export function createPairMemo(
  sourceCount: number,
  width: number,
  reach: number,
  compute: (source: number, target: number, out: Float64Array) => void,
): (source: number, target: number, index: number) => number {
  const span = 2 * reach + 1;
  // One flat array for all rows (one allocation, not one per row), filled as rows are reached.
  const values = new Float64Array(sourceCount * span * width);
  const bases = new Int32Array(sourceCount).fill(UNSET);
  const scratch = new Float64Array(width);
  return (source, target, index) => {
    let base = bases[source] ?? UNSET;
    if (base === UNSET) {
      base = target - reach;
      bases[source] = base;
      values.fill(Number.NaN, source * span * width, (source + 1) * span * width);
    }
    const offset = target - base;
    if (offset < 0 || offset >= span || source < 0 || source >= sourceCount) {
      compute(source, target, scratch);
      return scratch[index] ?? Number.NaN;
    }
    const at = (source * span + offset) * width;
    const cached = values[at + index] ?? Number.NaN;
    if (!Number.isNaN(cached)) return cached;
    compute(source, target, scratch);
    values.set(scratch, at);
    return scratch[index] ?? Number.NaN;
  };
}

const UNSET = -(2 ** 31);

/**
 * Like createPairMemo, for values computed a row at a time: the first pair asked of a
 * source row has `computeRow(source, from, to, out)` fill the window from `before` target
 * paragraphs before it to `after` after it (width numbers per pair,
 * out[width·(target − from) + k]), since a row's pairs cost little more together than one
 * alone (see RowEvidenceScanner). A search meets a row's pairs from the left of its band
 * (bands only move right), so the window reaches mostly right. Pairs outside it are
 * computed alone, each time, never wrong.
 */
export function createRowMemo(
  sourceCount: number,
  targetCount: number,
  width: number,
  window: { before: number; after: number },
  computeRow: (source: number, from: number, to: number, out: Float64Array) => void,
): (source: number, target: number, index: number) => number {
  const span = window.before + window.after + 1;
  const values = new Float64Array(sourceCount * span * width);
  const bases = new Int32Array(sourceCount).fill(UNSET);
  const scratch = new Float64Array(width);
  return (source, target, index) => {
    if (source < 0 || source >= sourceCount) {
      computeRow(source, target, target + 1, scratch);
      return scratch[index] ?? Number.NaN;
    }
    let base = bases[source] ?? UNSET;
    if (base === UNSET) {
      base = Math.max(0, Math.min(target - window.before, targetCount - span));
      bases[source] = base;
      const to = Math.min(targetCount, base + span);
      if (to > base) computeRow(source, base, to, values.subarray(source * span * width, (source * span + (to - base)) * width));
    }
    const offset = target - base;
    if (offset < 0 || offset >= span || target >= targetCount) {
      computeRow(source, target, target + 1, scratch);
      return scratch[index] ?? Number.NaN;
    }
    return values[(source * span + offset) * width + index] ?? Number.NaN;
  };
}
