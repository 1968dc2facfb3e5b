import { findArticleView } from "@/db/articles";
import { countRevisionChecks, listLatestRevisions, listRevisionRowRefs } from "@/db/flags";
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
  for (const latest of await listLatestRevisions(prisma)) {
    const stored = await recheckRevision(prisma, latest);
    if (stored === null) continue;
    summary.revisions += 1;
    summary.flags += stored.stored;
    summary.removed += stored.removed;
  }
  return summary;
}

async function recheckRevision(prisma: PrismaClient, { revisionId, slug, number }: { revisionId: number; slug: string; number: number }) {
  const article = await findArticleView(prisma, slug, number);
  if (article === null) return null;
  const rows = await listRevisionRowRefs(prisma, revisionId);
  return prisma.$transaction((tx) => checkAndStoreRevision(tx, revisionId, rows, article.rows, null), { maxWait: 30_000, timeout: 120_000 });
}

/**
 * Checks the latest revision of `slug` when it has neither flags nor term uses: a revision
 * stored before flags were (an import of unchanged content fills them in). Returns whether it did.
 */
export async function checkUncheckedLatestRevision(prisma: PrismaClient, slug: string): Promise<boolean> {
  const latest = (await listLatestRevisions(prisma)).find((revision) => revision.slug === slug);
  if (!latest || (await countRevisionChecks(prisma, latest.revisionId)) > 0) return false;
  return (await recheckRevision(prisma, latest)) !== null;
}
