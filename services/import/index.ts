import type { InputError } from "@/core/errors";
import type { PrismaClient } from "@/generated/prisma/client";
import { readArticles, type ReadOptions, type ReadyArticle } from "./read-articles";
import { saveArticles, type SaveCounts, type SaveProgress } from "./save-articles";

export { ImportRequestError, readArticles, type ReadOptions, type ReadResult, type ReadyArticle } from "./read-articles";
export { saveArticles, type SaveCounts, type SaveProgress } from "./save-articles";
/** For one-shot callers (the command line): the save leaves the process's connection open. */
export { closeDatabase } from "@/db/client";

export type ImportResult =
  | { status: "refused"; problems: InputError[]; sourceCount: number }
  | { status: "saved"; articles: ReadyArticle[]; counts: SaveCounts };

/**
 * Imports the articles under `paths`: read → prepare every one, then save each in its own
 * transaction; when any file is bad, nothing is saved and the problems come back instead.
 * The one way articles enter the database, whether from the command line, the demo seed
 * or (next) an upload in the browser.
 */
export async function importArticles(
  paths: string[],
  options: ReadOptions & {
    onProgress?: (progress: SaveProgress) => void;
    /** How to open the database once the articles are ready (the command line migrates it first). */
    openDatabase?: () => Promise<PrismaClient>;
  } = {},
): Promise<ImportResult> {
  const { articles, problems, sourceCount } = await readArticles(paths, options);
  if (problems.length > 0) return { status: "refused", problems, sourceCount };
  const counts = await saveArticles(articles, options.onProgress, options.openDatabase);
  return { status: "saved", articles, counts };
}
