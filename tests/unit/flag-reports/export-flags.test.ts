import { describe, expect, it } from "vitest";
import type { StoredFlag } from "@/core/flag-reports";
import { flagsAsCsv } from "@/services/flags/export-flags";

const flag: StoredFlag = {
  id: 7,
  slug: "port",
  revision: 3,
  rowPosition: 4,
  anchor: 5,
  kind: "number-mismatch",
  language: "zh-Hans",
  term: null,
  expected: "-40",
  found: "=HYPERLINK(\"x\")",
  details: {},
  review: { status: "dismissed", note: 'a "range", not a number\nsee the source', reviewedBy: "Mei", reviewedAt: "2026-12-01T10:00:00.000Z" },
  version: 2,
};

describe("the CSV export of flags", () => {
  it("writes a header, quotes cells with commas, quotes or line breaks, and defuses cells a spreadsheet would run as formulas", () => {
    const csv = flagsAsCsv([flag], { locale: "en", explain: () => "40 vs 四十, off by one" });
    expect(csv).toBe(
      "article,revision,row,kind,language,term,expected,found,explanation,status,note,reviewed_by,reviewed_at,link\r\n" +
        `port,3,5,number-mismatch,zh-Hans,,'-40,"'=HYPERLINK(""x"")","40 vs 四十, off by one",dismissed,"a ""range"", not a number\nsee the source",Mei,2026-12-01T10:00:00.000Z,/en/articles/port/r/3#p-5\r\n`,
    );
  });

  it("is only the header when no flag passes the filters", () => {
    expect(flagsAsCsv([], { locale: "zh-Hans", explain: () => "" })).toBe(
      "article,revision,row,kind,language,term,expected,found,explanation,status,note,reviewed_by,reviewed_at,link\r\n",
    );
  });
});
