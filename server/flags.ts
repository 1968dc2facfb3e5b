import "server-only";
import { cache } from "react";
import { connection } from "next/server";
import type { FlagFilter, ReviewRequest } from "@/core/flag-reports";
import { getPrisma } from "@/db/client";
import {
  corpusTermConsistency,
  countFlags,
  flagsAsCsv,
  flagsAsJson,
  listFlagsOf,
  listRevisionFlags,
  reviewFlag,
  type ExportWording,
  type ReportScope,
} from "@/services/flags";
import { flagsChanged } from "./flags-stamp";
import { latestRevisionNumber } from "./latest-revision";

/** Flags on one report page. */
export const FLAG_REPORT_PAGE_SIZE = 100;

/** The flags of one revision of an article, for its reading view's markers and panel. */
export const loadRevisionFlags = cache(async (slug: string, revision: number) => listRevisionFlags(getPrisma(), slug, revision));

/**
 * A flags report: the counts per kind and status of `scope`, one page (1-based) of the flags
 * that pass `filter`, and for the corpus the consistency table. Per request (`connection()`):
 * a review shows at once.
 */
export async function loadFlagReport(scope: ReportScope, filter: FlagFilter, page: number) {
  await connection();
  const prisma = getPrisma();
  const [counts, listed, consistency] = await Promise.all([
    countFlags(prisma, scope),
    listFlagsOf(prisma, scope, filter, { offset: (page - 1) * FLAG_REPORT_PAGE_SIZE, limit: FLAG_REPORT_PAGE_SIZE }),
    "slug" in scope ? Promise.resolve([]) : corpusTermConsistency(prisma, filter),
  ]);
  return { counts, flags: listed.flags, total: listed.total, consistency };
}

/** Every flag of `scope` that passes `filter` as an export file's text (CSV or JSON), worded by `wording`. */
export async function exportFlags(scope: ReportScope, filter: FlagFilter, format: "csv" | "json", wording: ExportWording): Promise<string> {
  const flags = (await listFlagsOf(getPrisma(), scope, filter, null)).flags;
  return format === "csv" ? flagsAsCsv(flags, wording) : flagsAsJson(flags, wording);
}

/** An editor's review of a flag (see services/flags reviewFlag); the article pages show it on their next load. */
export async function reviewStoredFlag(flagId: number, request: ReviewRequest, editor: string) {
  const outcome = await reviewFlag(getPrisma(), flagId, request, editor);
  if (outcome.status === "reviewed") flagsChanged();
  return outcome;
}

/** Whether an article with this slug has a revision. */
export async function articleExists(slug: string): Promise<boolean> {
  return (await latestRevisionNumber(slug)) !== null;
}
