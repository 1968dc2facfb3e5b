import "server-only";
import { notFound } from "next/navigation";
import { parseFlagFilter, type FlagFilter, type FlagFilterParameter } from "@/core/flag-reports";
import { parsePageNumber } from "@/core/pagination";

/**
 * A report page's query string: the filter (values that are not among the choices are ignored
 * and listed, so the page can say so) and the 1-based page, a 404 when `?page=` is not a page
 * number.
 */
export function parseFlagReportQuery(query: Record<string, string | string[] | undefined>): {
  filter: FlagFilter;
  invalid: FlagFilterParameter[];
  page: number;
} {
  const { filter, invalid } = parseFlagFilter((name) => {
    const value = query[name];
    return Array.isArray(value) ? value[0] : value;
  });
  const page = parsePageNumber(query.page);
  if (page === null) notFound();
  return { filter, invalid, page };
}
