import type { CheckRow } from "@/core/flags";
import { loadGlossaryForChecks, storeRevisionFlags, type RevisionRowRef, type StoredFlagsSummary } from "@/db/flags";
import type { CreatedRevision } from "@/db/revisions";
import { storeRevisionTermUses } from "@/db/term-uses";
import type { Prisma } from "@/generated/prisma/client";
import { checkRevision } from "./compute-flags";

/**
 * Checks a revision's rows with the glossary as it is now and stores the result in `tx`: the
 * flags (decisions carried by fingerprint from `carryReviewsFrom`, or kept from the revision's
 * own earlier flags) and the term uses.
 */
export async function checkAndStoreRevision(
  tx: Prisma.TransactionClient,
  revisionId: number,
  rows: readonly RevisionRowRef[],
  checkRows: readonly CheckRow[],
  carryReviewsFrom: number | null,
): Promise<StoredFlagsSummary> {
  const { terms, termIds } = await loadGlossaryForChecks(tx);
  const { flags, termUses } = checkRevision(checkRows, terms);
  await storeRevisionTermUses(tx, revisionId, rows, termUses, termIds);
  return storeRevisionFlags(tx, { revisionId, rows, flags, termIds, carryReviewsFrom });
}

/**
 * For saveRevision's `afterCreate`: checks the new revision (rows given by `checkRowsFor`) and
 * stores its flags and term uses in the revision's own transaction, carrying the review
 * decisions of the article's previous revision to the flags that recur.
 */
export function storeFlagsOfNewRevision(
  checkRowsFor: (created: CreatedRevision) => CheckRow[],
): (tx: Prisma.TransactionClient, created: CreatedRevision) => Promise<void> {
  return async (tx, created) => {
    await checkAndStoreRevision(tx, created.revisionId, created.rows, checkRowsFor(created), created.previousRevisionId);
  };
}
