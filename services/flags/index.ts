import type { PrismaClient } from "@/generated/prisma/client";
import { recomputeLatestRevisions } from "./recompute-flags";

/** Flags: computed and stored with each revision, recomputed after a glossary change, reviewed, listed and exported. */
export { checkRevision, checkRowsOfPrepared, type RevisionChecks } from "./compute-flags";
export { storeFlagsOfNewRevision } from "./store-flags";
export { checkUncheckedLatestRevision, recomputeLatestRevisions, type RecomputeSummary } from "./recompute-flags";
export { corpusTermConsistency, countFlags, listFlagsOf, listRevisionFlags, type ReportScope } from "./report";
export { reviewFlag, type ReviewOutcome } from "./review-flag";
export { FLAG_CSV_COLUMNS, flagsAsCsv, flagsAsJson, type ExportWording } from "./export-flags";

/**
 * Recomputes the stored flags of every article's latest revision after the glossary changed,
 * carrying review decisions by fingerprint (a flag that remains keeps its review). The
 * glossary services call it once their change is committed.
 */
export async function recomputeFlagsAfterGlossaryChange(prisma: PrismaClient): Promise<void> {
  await recomputeLatestRevisions(prisma);
}
