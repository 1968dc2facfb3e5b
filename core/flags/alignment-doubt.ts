import type { CheckRow, ComputedFlag } from "./flag";

/** alignment-doubt flags of one row: not written yet (this stage only fixes the signature). */
export function findAlignmentDoubts(_row: CheckRow): ComputedFlag[] {
  return [];
}
