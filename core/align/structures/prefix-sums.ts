/** sums[k] = values[0] + … + values[k−1]; length values.length + 1, sums[0] = 0. */
export function prefixSums(values: readonly number[]): Float64Array {
  const sums = new Float64Array(values.length + 1);
  for (let index = 0; index < values.length; index++) sums[index + 1] = (sums[index] ?? 0) + (values[index] ?? 0);
  return sums;
}

/** Sum of values[start..end) from their prefix sums (0-based, end exclusive). */
export function rangeSum(sums: Float64Array, start: number, end: number): number {
  return (sums[end] ?? 0) - (sums[start] ?? 0);
}
