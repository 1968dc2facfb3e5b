import "server-only";
import { connection } from "next/server";
import { createTraditionalToSimplifiedFolder } from "@/core/chinese";
import { searchTerms, type StoredTerm } from "@/core/glossary";
import { pageOffset } from "@/core/pagination";
import type { AuditRecord } from "@/core/audit";
import { listAuditEntries, listAuditEntriesOf } from "@/db/audit";
import { getPrisma } from "@/db/client";
import { listStoredTerms } from "@/db/glossary";

/** Terms on one page of the glossary editor. */
export const GLOSSARY_PAGE_SIZE = 25;

/**
 * One page of the glossary, searched (core/glossary searchTerms: English ignoring case,
 * Chinese in either script). A glossary is thousands of terms at most, so it is read whole
 * and searched in memory, which lets a search fold scripts as the article view does.
 */
export async function loadGlossaryPage(query: string, page: number): Promise<{ terms: StoredTerm[]; total: number }> {
  await connection();
  const found = searchTerms(await listStoredTerms(getPrisma()), query, createTraditionalToSimplifiedFolder());
  const offset = pageOffset(page, GLOSSARY_PAGE_SIZE);
  return { terms: found.slice(offset, offset + GLOSSARY_PAGE_SIZE), total: found.length };
}

/** The recorded changes of each term on a page, newest first (for editors). */
export async function loadTermHistories(termIds: readonly number[]): Promise<Map<number, AuditRecord[]>> {
  return listAuditEntriesOf(getPrisma(), "term", termIds);
}

/** Who saved a term last, for the conflict message (null when the log does not say). */
export async function lastEditorOf(termId: number): Promise<string | null> {
  return (await listAuditEntries(getPrisma(), "term", termId, 1))[0]?.editor ?? null;
}
