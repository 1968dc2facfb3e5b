import type { InputError } from "@/core/errors";
import type { RevisionChangePermissions } from "@/core/pipeline";
import { getPrisma } from "@/db/client";
import type { PrismaClient } from "@/generated/prisma/client";
import { findRevisionRefusals } from "./check-revisions";
import { readArticles, type ReadOptions, type ReadyArticle } from "./read-articles";
import { saveArticles, type SaveCounts, type SaveProgress } from "./save-articles";

export { ImportRequestError, readArticles, type ReadOptions, type ReadResult, type ReadyArticle } from "./read-articles";
export { saveArticles, type SaveCounts, type SaveProgress } from "./save-articles";
export { findRevisionRefusals } from "./check-revisions";
/** For one-shot callers (the command line): the save leaves the process's connection open. */
export { closeDatabase } from "@/db/client";

export type ImportResult =
  | { status: "refused"; problems: InputError[]; sourceCount: number }
  | { status: "saved"; articles: ReadyArticle[]; counts: SaveCounts };

/**
 * Imports the articles under `paths`: read → prepare every one, check each against its stored
 * revision (a dropped language or all-new titles need `permissions`), then save each in its
 * own transaction; when any file is bad or any article refused, nothing is saved and the
 * problems come back instead. `onNote` hears what discovery decided (files ignored, aliases).
 * The one way articles enter the database, whether from the command line, the demo seed
 * or (next) an upload in the browser.
 */
export async function importArticles(
  paths: string[],
  options: ReadOptions & {
    onProgress?: (progress: SaveProgress) => void;
    /** How to open the database once the articles are ready (the command line migrates it first). */
    openDatabase?: () => Promise<PrismaClient>;
    /** Changes a new revision of a stored article may make (a dropped language, all-new titles). */
    permissions?: RevisionChangePermissions;
    /** Hears what discovery decided on the user's behalf (files ignored, regional tags mapped). */
    onNote?: (note: string) => void;
  } = {},
): Promise<ImportResult> {
  const { articles, problems, sourceCount, notes } = await readArticles(paths, options);
  for (const note of notes) options.onNote?.(note);
  if (problems.length > 0) return { status: "refused", problems, sourceCount };
  const prisma = await (options.openDatabase ?? (async () => getPrisma()))();
  const refusals = await findRevisionRefusals(prisma, articles, options.permissions ?? {});
  if (refusals.length > 0) return { status: "refused", problems: refusals, sourceCount };
  const counts = await saveArticles(articles, options.onProgress, async () => prisma);
  return { status: "saved", articles, counts };
}
