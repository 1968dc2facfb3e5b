/**
 * Page arithmetic for lists served a page at a time (the library). Pages are numbered from
 * 1, as people count and as `?page=N` shows them.
 */

/** Articles on one page of the library. */
export const LIBRARY_PAGE_SIZE = 20;

/**
 * The page a `?page=` value asks for: 1 when absent, a positive integer when written as one
 * (`"3"`), null for anything else (`"0"`, `"-1"`, `"2.5"`, `"03"`, `"abc"`, a repeated value).
 */
export function parsePageNumber(value: string | string[] | null | undefined): number | null {
  if (value === undefined || value === null) return 1;
  if (Array.isArray(value) || !/^[1-9][0-9]{0,5}$/.test(value)) return null;
  return Number(value);
}

/** How many pages `total` items fill, at least 1 (an empty list still has its page). */
export function countPages(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The 0-based index of the first item of `page`. */
export function pageOffset(page: number, pageSize: number): number {
  return (page - 1) * pageSize;
}

/** A numbered link, or a gap ("…") standing for the pages left out between two links. */
export type PageLink = { kind: "page"; page: number } | { kind: "gap" };

/**
 * The page numbers a pagination bar shows: the first and last pages, and `around` pages
 * on either side of `current`, with a gap where pages are left out. A gap never stands for a
 * single page (that page is shown instead), so the bar is at most 2·around + 5 entries long.
 * 1 of 1 gives [1]; 6 of 50 with around 1 gives 1 … 5 6 7 … 50.
 */
export function pageLinks(current: number, pages: number, around = 2): PageLink[] {
  const shown = new Set<number>([1, pages]);
  for (let page = current - around; page <= current + around; page++) {
    if (page >= 1 && page <= pages) shown.add(page);
  }
  const sorted = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  let previous = 0;
  for (const page of sorted) {
    if (page - previous === 2) links.push({ kind: "page", page: previous + 1 });
    else if (page - previous > 2) links.push({ kind: "gap" });
    links.push({ kind: "page", page });
    previous = page;
  }
  return links;
}
