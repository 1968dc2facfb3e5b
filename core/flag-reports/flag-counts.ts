import { FLAG_KINDS, FLAG_STATUSES, type FlagKind, type FlagStatus } from "../flags";

/** How many flags there are of each kind in each review status. */
export type FlagCounts = Record<FlagKind, Record<FlagStatus, number>>;

/** Every kind and status at 0. */
export function emptyFlagCounts(): FlagCounts {
  return Object.fromEntries(
    FLAG_KINDS.map((kind) => [kind, Object.fromEntries(FLAG_STATUSES.map((status) => [status, 0]))]),
  ) as FlagCounts;
}

/** The total per status over every kind, and the grand total. */
export function totalFlagCounts(counts: FlagCounts): Record<FlagStatus, number> & { all: number } {
  const totals = { open: 0, accepted: 0, dismissed: 0, all: 0 };
  for (const kind of FLAG_KINDS) {
    for (const status of FLAG_STATUSES) {
      totals[status] += counts[kind][status];
      totals.all += counts[kind][status];
    }
  }
  return totals;
}

/** The counts of a list of flags (a revision's, in the reading view). */
export function countFlagList(flags: readonly { kind: FlagKind; review: { status: FlagStatus } }[]): FlagCounts {
  const counts = emptyFlagCounts();
  for (const flag of flags) counts[flag.kind][flag.review.status] += 1;
  return counts;
}
