import type { TermConsistency } from "@/core/flag-reports";
import { isContentLanguage, type ContentLanguage } from "@/core/languages";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { latestRevisionIds, type RevisionRowRef } from "./flags";

/** How often one rendering of a glossary term occurs in one version of one row, as the checks count it. */
export interface TermUseToStore {
  rowPosition: number;
  /** Index into the glossary the uses were counted with. */
  termIndex: number;
  language: ContentLanguage;
  rendering: string;
  /** "preferred" | "allowed" | "forbidden" */
  occurrence: string;
  count: number;
}

/**
 * Makes the stored term uses of a revision exactly `uses` (the old ones go: they were counted
 * with an older glossary). Uses of a term index with no id in `termIds` are left out. Run it
 * inside the caller's transaction.
 */
export async function storeRevisionTermUses(
  tx: Prisma.TransactionClient,
  revisionId: number,
  rows: readonly RevisionRowRef[],
  uses: readonly TermUseToStore[],
  termIds: readonly number[],
): Promise<number> {
  await tx.termUse.deleteMany({ where: { revisionId } });
  const rowIds = new Map(rows.map((row) => [row.position, row.id]));
  const data = uses.flatMap((use): Prisma.TermUseCreateManyInput[] => {
    const rowId = rowIds.get(use.rowPosition);
    const termId = termIds[use.termIndex];
    if (rowId === undefined || termId === undefined) return [];
    return [{ revisionId, rowId, termId, language: use.language, rendering: use.rendering, occurrence: use.occurrence, count: use.count }];
  });
  for (let start = 0; start < data.length; start += 500) {
    await tx.termUse.createMany({ data: data.slice(start, start + 500) });
  }
  return data.length;
}

/**
 * The corpus-wide consistency table: over every article's latest revision, each glossary term
 * in each Chinese version that is rendered in more than one way, with the count of each
 * rendering and the number of articles it occurs in (most frequent rendering first). Ordered
 * by term headword, then language. `language` narrows it to one version.
 */
export async function findTermConsistency(prisma: PrismaClient, language?: ContentLanguage): Promise<TermConsistency[]> {
  const revisionIds = await latestRevisionIds(prisma);
  if (revisionIds.length === 0) return [];
  const grouped = await prisma.$queryRaw<
    { termId: number; english: string[]; language: string; rendering: string; occurrence: string; count: number; articles: number }[]
  >`
    SELECT u."termId", t.english, u.language, u.rendering, min(u.occurrence) AS occurrence,
           sum(u.count)::int AS count, count(DISTINCT u."revisionId")::int AS articles
    FROM "TermUse" u JOIN "Term" t ON t.id = u."termId"
    WHERE u."revisionId" IN (${Prisma.join(revisionIds)})
      ${language === undefined ? Prisma.empty : Prisma.sql`AND u.language = ${language}`}
    GROUP BY u."termId", t.english, u.language, u.rendering`;
  const byTermAndLanguage = new Map<string, TermConsistency>();
  for (const row of grouped) {
    if (!isContentLanguage(row.language)) continue;
    const key = `${row.termId}\u001f${row.language}`;
    let entry = byTermAndLanguage.get(key);
    if (!entry) {
      entry = { termId: row.termId, term: row.english[0] ?? "", language: row.language, renderings: [] };
      byTermAndLanguage.set(key, entry);
    }
    entry.renderings.push({ rendering: row.rendering, occurrence: row.occurrence, count: row.count, articles: row.articles });
  }
  return [...byTermAndLanguage.values()]
    .filter((entry) => entry.renderings.length > 1)
    .map((entry) => ({
      ...entry,
      renderings: entry.renderings.sort((a, b) => b.count - a.count || (a.rendering < b.rendering ? -1 : a.rendering > b.rendering ? 1 : 0)),
    }))
    .sort((a, b) => a.term.localeCompare(b.term, "en") || a.language.localeCompare(b.language));
}
