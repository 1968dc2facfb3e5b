import { currentDatabaseDescription, getPrisma } from "@/db/client";
import type { PrismaClient } from "@/generated/prisma/client";
import { saveRevision, type SaveRevisionResult } from "@/db/revisions";
import { checkRowsOfPrepared, checkUncheckedLatestRevision, storeFlagsOfNewRevision } from "@/services/flags";
import type { ReadyArticle } from "./read-articles";

/** What a save reports as it goes: once before the first article, then once per article. */
export type SaveProgress =
  | { kind: "start"; total: number; database: string }
  | { kind: "saved"; index: number; total: number; article: ReadyArticle; result: SaveRevisionResult };

export interface SaveCounts {
  created: number;
  unchanged: number;
}

/**
 * The save step of an import: each article in its own transaction, in order, a new revision
 * with its flags and term uses (checked against the stored glossary; review decisions of the
 * previous revision carried to the flags that recur; unchanged content that was stored before
 * flags were gets them now). The database
 * stays open; whoever opened the process's connection closes it.
 */
export async function saveArticles(
  articles: ReadyArticle[],
  onProgress?: (progress: SaveProgress) => void,
  openDatabase: () => Promise<PrismaClient> = async () => getPrisma(),
): Promise<SaveCounts> {
  const prisma = await openDatabase();
  onProgress?.({ kind: "start", total: articles.length, database: currentDatabaseDescription() });
  const counts: SaveCounts = { created: 0, unchanged: 0 };
  for (const [index, article] of articles.entries()) {
    const result = await saveRevision(prisma, article.slug, article.prepared, {
      afterCreate: storeFlagsOfNewRevision((created) => checkRowsOfPrepared(article.prepared, created.rows)),
    });
    // Content stored before flags were computed gets them when it is imported again.
    if (result.status === "unchanged") await checkUncheckedLatestRevision(prisma, article.slug);
    counts[result.status] += 1;
    onProgress?.({ kind: "saved", index, total: articles.length, article, result });
  }
  return counts;
}
