import { findArticleView } from "@/db/articles";
import { listLatestRevisions, listRevisionRowRefs } from "@/db/flags";
import type { PrismaClient } from "@/generated/prisma/client";
import { checkAndStoreRevision } from "./store-flags";

export interface RecomputeSummary {
  revisions: number;
  flags: number;
  removed: number;
}

/**
 * Checks every article's latest revision again with the glossary as it now is, each in its own
 * transaction: flags that remain keep their id and review, new ones start open, vanished ones
 * go, and the term uses are counted anew. Earlier revisions keep the flags of their time.
 */
export async function recomputeLatestRevisions(prisma: PrismaClient): Promise<RecomputeSummary> {
  const summary: RecomputeSummary = { revisions: 0, flags: 0, removed: 0 };
  for (const { revisionId, slug, number } of await listLatestRevisions(prisma)) {
    const article = await findArticleView(prisma, slug, number);
    if (article === null) continue;
    const rows = await listRevisionRowRefs(prisma, revisionId);
    const stored = await prisma.$transaction((tx) => checkAndStoreRevision(tx, revisionId, rows, article.rows, null), {
      maxWait: 30_000,
      timeout: 120_000,
    });
    summary.revisions += 1;
    summary.flags += stored.stored;
    summary.removed += stored.removed;
  }
  return summary;
}
