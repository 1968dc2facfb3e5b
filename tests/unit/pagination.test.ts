import { describe, expect, it } from "vitest";
import { countPages, pageLinks, pageOffset, parsePageNumber } from "@/core/pagination";

/** A bar as people read it: "1 … 5 [6] 7 … 50". */
const bar = (current: number, pages: number, around?: number) =>
  pageLinks(current, pages, around)
    .map((link) => (link.kind === "gap" ? "…" : link.page === current ? `[${link.page}]` : String(link.page)))
    .join(" ");

describe("parsePageNumber", () => {
  it("reads a missing value as page 1 and a positive integer as itself", () => {
    expect(parsePageNumber(undefined)).toBe(1);
    expect(parsePageNumber(null)).toBe(1);
    expect(parsePageNumber("1")).toBe(1);
    expect(parsePageNumber("37")).toBe(37);
  });

  it("refuses anything else", () => {
    for (const value of ["", "0", "-1", "2.5", "03", "1e3", "abc", " 2", "9999999", ["1", "2"]]) {
      expect(parsePageNumber(value), JSON.stringify(value)).toBeNull();
    }
  });
});

describe("countPages and pageOffset", () => {
  it("counts pages, with one page for an empty list", () => {
    expect(countPages(0, 20)).toBe(1);
    expect(countPages(20, 20)).toBe(1);
    expect(countPages(21, 20)).toBe(2);
    expect(countPages(1001, 20)).toBe(51);
  });

  it("gives the first item's 0-based index", () => {
    expect(pageOffset(1, 20)).toBe(0);
    expect(pageOffset(3, 20)).toBe(40);
  });
});

describe("pageLinks", () => {
  it("shows every page of a short list", () => {
    expect(bar(1, 1)).toBe("[1]");
    expect(bar(2, 5)).toBe("1 [2] 3 4 5");
  });

  it("leaves out the pages far from the current one", () => {
    expect(bar(6, 50, 1)).toBe("1 … 5 [6] 7 … 50");
    expect(bar(1, 50)).toBe("[1] 2 3 … 50");
    expect(bar(50, 50)).toBe("1 … 48 49 [50]");
  });

  it("never hides a single page behind a gap", () => {
    expect(bar(4, 50, 1)).toBe("1 2 3 [4] 5 … 50");
    expect(bar(47, 50, 1)).toBe("1 … 46 [47] 48 49 50");
  });
});
