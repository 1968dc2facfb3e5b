import { describe, expect, it } from "vitest";
import { pickTitle } from "@/core/titles";

const versions = [
  { language: "en" as const, title: "Open budgets" },
  { language: "zh-Hans" as const, title: "开放预算" },
];

describe("pickTitle", () => {
  it("uses the version in the reader's language", () => {
    expect(pickTitle(versions, "zh-Hans")).toEqual({ language: "zh-Hans", title: "开放预算" });
    expect(pickTitle(versions, "en")).toEqual({ language: "en", title: "Open budgets" });
  });
  it("falls back to the other Chinese script before English", () => {
    expect(pickTitle(versions, "zh-Hant")).toEqual({ language: "zh-Hans", title: "开放预算" });
  });
  it("falls back to English when no Chinese version has a title", () => {
    expect(pickTitle([{ language: "en" as const, title: "Only English" }], "zh-Hant")?.title).toBe("Only English");
  });
  it("returns null when nothing has a title", () => {
    expect(pickTitle([{ language: "en" as const, title: null }], "en")).toBeNull();
  });
});
