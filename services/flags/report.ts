import { emptyFlagCounts, type FlagCounts, type FlagFilter, type StoredFlag, type TermConsistency } from "@/core/flag-reports";
import { countFlagsByKindAndStatus, listFlags, type FlagScope } from "@/db/flags";
import { findTermConsistency } from "@/db/term-uses";
import type { PrismaClient } from "@/generated/prisma/client";

/** Which flags a report is about: every article's latest revision, or one article's. */
export type ReportScope = { corpus: true } | { slug: string };

function scopeOf(scope: ReportScope): FlagScope {
  return "slug" in scope ? { latestOf: { slug: scope.slug } } : { latestOf: "corpus" };
}

/** Flags per kind and status in `scope` (no other filter: what the panel and the report's summary show). */
export async function countFlags(prisma: PrismaClient, scope: ReportScope): Promise<FlagCounts> {
  const counts = emptyFlagCounts();
  for (const { kind, status, count } of await countFlagsByKindAndStatus(prisma, scopeOf(scope))) counts[kind][status] = count;
  return counts;
}

/** The flags of `scope` that pass `filter`, a page of them at a time (all of them when `page` is null). */
export async function listFlagsOf(
  prisma: PrismaClient,
  scope: ReportScope,
  filter: FlagFilter,
  page: { offset: number; limit: number } | null,
): Promise<{ flags: StoredFlag[]; total: number }> {
  return listFlags(prisma, scopeOf(scope), filter, page);
}

/** The flags of an article's revision `revision`, in row order (the article view's markers). */
export async function listRevisionFlags(prisma: PrismaClient, slug: string, revision: number): Promise<StoredFlag[]> {
  return (await listFlags(prisma, { slug, revision })).flags;
}

/** The corpus-wide consistency table (see findTermConsistency). */
export async function corpusTermConsistency(prisma: PrismaClient, filter: FlagFilter): Promise<TermConsistency[]> {
  // Term uses are counted in the Chinese versions only: an English filter leaves none.
  return filter.language === "en" ? [] : findTermConsistency(prisma, filter.language);
}
