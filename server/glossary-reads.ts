import "server-only";
import { connection } from "next/server";
import { createTraditionalToSimplifiedFolder } from "@/core/chinese";
import { GLOSSARY_FORMATS, searchTerms, serializeGlossary, type GlossaryFormat, type StoredTerm } from "@/core/glossary";
import { pageOffset } from "@/core/pagination";
import type { AuditRecord } from "@/core/audit";
import { listAuditEntries, listAuditEntriesOf } from "@/db/audit";
import { getPrisma } from "@/db/client";
import { listStoredTerms, listTerms } from "@/db/glossary";

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

/**
 * `GET /api/glossary/export?format=csv|tbx`: the whole glossary as a file to download
 * (core/glossary serializeGlossary), public like the glossary page. Another format is 400.
 */
export async function exportGlossaryRoute(request: Request): Promise<Response> {
  const format = new URL(request.url).searchParams.get("format") ?? "csv";
  if (!isGlossaryFormat(format)) {
    return Response.json({ code: "bad-request", error: `format must be ${GLOSSARY_FORMATS.join(" or ")}` }, { status: 400 });
  }
  const text = serializeGlossary(await listTerms(getPrisma()), format);
  return new Response(text, {
    headers: {
      "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/x-tbx+xml; charset=utf-8",
      "content-disposition": `attachment; filename="glossary.${format}"`,
      "cache-control": "no-store",
    },
  });
}

function isGlossaryFormat(value: string): value is GlossaryFormat {
  return (GLOSSARY_FORMATS as readonly string[]).includes(value);
}
