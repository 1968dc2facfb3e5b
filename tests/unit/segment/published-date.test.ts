import { describe, expect, it } from "vitest";
import { findPublishedDate, isDateOnly, normalizePublishedDate } from "@/core/segment/published-date";

describe("normalizePublishedDate", () => {
  it.each([
    ["2022-05-10", "2022-05-10"],
    ["2022-05-10T23:30:00-05:00", "2022-05-10"],
    ["2022-05-10T08:00:00Z", "2022-05-10"],
    ["2022/5/10", "2022-05-10"],
    ["2022.05.10", "2022-05-10"],
    ["May 10, 2022", "2022-05-10"],
    ["Sept. 3rd, 2021", "2021-09-03"],
    ["10 May 2022", "2022-05-10"],
    ["2022年5月10日", "2022-05-10"],
    ["２０２２年５月１０日", "2022-05-10"],
    ["2022 年 5 月 10 号", "2022-05-10"],
    ["二〇二二年五月十日", "2022-05-10"],
    ["二〇二一年十二月三十一日", "2021-12-31"],
  ])("%s → %s", (value, iso) => {
    expect(normalizePublishedDate(value)).toBe(iso);
  });

  it.each(["2022-02-30", "2022-13-01", "soon", "May 2022", "Published May 10, 2022", ""])("rejects %j", (value) => {
    expect(normalizePublishedDate(value)).toBeNull();
  });
});

describe("findPublishedDate", () => {
  it("finds the first date inside a longer line", () => {
    expect(findPublishedDate("Published May 10, 2022 · updated June 1, 2022")).toBe("2022-05-10");
    expect(findPublishedDate("发布时间：2022年5月10日 来源：本站")).toBe("2022-05-10");
  });
  it("returns null when there is no date", () => {
    expect(findPublishedDate("No date here, only 2022 and May.")).toBeNull();
  });
});

describe("isDateOnly", () => {
  it("accepts a bare or labelled dateline", () => {
    expect(isDateOnly("May 10, 2022")).toBe(true);
    expect(isDateOnly("Published: May 10, 2022")).toBe(true);
    expect(isDateOnly("发布时间：2022年5月10日")).toBe(true);
  });
  it("rejects a sentence that mentions a date", () => {
    expect(isDateOnly("On May 10, 2022 the forum opened.")).toBe(false);
  });
});
