import { InputError } from "@/core/errors";
import { revisionContinuityProblem, type RevisionChangePermissions } from "@/core/pipeline";
import { findLatestHeadings } from "@/db/revisions";
import type { PrismaClient } from "@/generated/prisma/client";
import type { ReadyArticle } from "./read-articles";

/**
 * Checks every article of a batch against its stored latest revision before the first one
 * is saved: a new revision that drops a language, or whose titles all changed, is refused
 * unless `permissions` allow it (revisionContinuityProblem). Returns one InputError per
 * refused article, naming its folder; [] when all may be saved.
 */
export async function findRevisionRefusals(
  prisma: PrismaClient,
  articles: readonly ReadyArticle[],
  permissions: RevisionChangePermissions,
): Promise<InputError[]> {
  const refusals: InputError[] = [];
  for (const article of articles) {
    const latest = await findLatestHeadings(prisma, article.slug);
    const next = article.prepared.versions.map((version) => ({ language: version.language, title: version.document.title }));
    const problem = revisionContinuityProblem(latest, next, permissions);
    if (problem !== null) refusals.push(new InputError(article.where, `"${article.slug}" exists: ${problem}`));
  }
  return refusals;
}
