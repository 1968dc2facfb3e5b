/**
 * The expected course of an alignment, whose slope tells the banded search how far to move
 * its band from one row to the next: for each source boundary 0..n (n = number of source
 * paragraphs), the target boundary reached after the same share of the text.
 * Following the share of characters rather than the share of paragraphs keeps the slope
 * close to the true path's when one stretch of a document has many short paragraphs and
 * another a few long ones. Lengths may be in different units on each side (only shares matter).
 *
 * Returns n + 1 non-decreasing values from 0 to m (m = number of target paragraphs);
 * falls back to the straight line i·m/n when either side has no characters at all.
 */
export function lengthDiagonal(sourceLengths: readonly number[], targetLengths: readonly number[]): Float64Array {
  const n = sourceLengths.length;
  const m = targetLengths.length;
  const diagonal = new Float64Array(n + 1);
  const sourceTotal = sum(sourceLengths);
  const targetTotal = sum(targetLengths);
  if (n === 0 || sourceTotal <= 0 || targetTotal <= 0) {
    for (let row = 0; row <= n; row++) diagonal[row] = n === 0 ? 0 : (row * m) / n;
    diagonal[n] = m;
    return diagonal;
  }

  let sourceSeen = 0;
  let column = 0; // target boundary whose cumulative length is ≤ the goal
  let targetSeen = 0; // cumulative target length at `column`
  for (let row = 0; row <= n; row++) {
    const goal = (sourceSeen / sourceTotal) * targetTotal;
    while (column < m && targetSeen + (targetLengths[column] ?? 0) <= goal) {
      targetSeen += targetLengths[column] ?? 0;
      column++;
    }
    const next = targetLengths[column] ?? 0;
    diagonal[row] = column + (column < m && next > 0 ? (goal - targetSeen) / next : 0);
    sourceSeen += sourceLengths[row] ?? 0;
  }
  diagonal[n] = m;
  return diagonal;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
