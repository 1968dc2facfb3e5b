import { describe, expect, it } from "vitest";
import { countFlagList, emptyFlagCounts, flagRowPath, totalFlagCounts } from "@/core/flag-reports";

describe("flag counts", () => {
  it("count a list of flags per kind and status, every other pair at 0", () => {
    const counts = countFlagList([
      { kind: "number-mismatch", review: { status: "open" } },
      { kind: "number-mismatch", review: { status: "open" } },
      { kind: "number-mismatch", review: { status: "dismissed" } },
      { kind: "alignment-doubt", review: { status: "accepted" } },
    ]);
    expect(counts["number-mismatch"]).toEqual({ open: 2, accepted: 0, dismissed: 1 });
    expect(counts["alignment-doubt"]).toEqual({ open: 0, accepted: 1, dismissed: 0 });
    expect(counts["glossary-missing"]).toEqual({ open: 0, accepted: 0, dismissed: 0 });
    expect(totalFlagCounts(counts)).toEqual({ open: 2, accepted: 1, dismissed: 1, all: 4 });
  });

  it("start at 0 for each of the six kinds", () => {
    expect(Object.keys(emptyFlagCounts())).toEqual([
      "glossary-missing",
      "glossary-forbidden",
      "sc-tc-mismatch",
      "inconsistent-rendering",
      "number-mismatch",
      "alignment-doubt",
    ]);
    expect(totalFlagCounts(emptyFlagCounts()).all).toBe(0);
  });
});

describe("a flag's row link", () => {
  it("pins the revision the flag was raised in and names the row's anchor", () => {
    expect(flagRowPath("zh-Hant", { slug: "open-data-city-budgets", revision: 2, anchor: 14 })).toBe("/zh-Hant/articles/open-data-city-budgets/r/2#p-14");
  });
});
